"""``factcheck check`` on the command line: exit codes, options, the example and the newcomer."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from factcheck.check.run import RULES, rule_filter
from factcheck.cli import main
from factcheck.errors import FactcheckError
from tests.check_helpers import CLAIMS, verdict, workspace
from tests.conftest import REPO_ROOT

MakeWs = Callable[..., Path]
UNSOURCED = CLAIMS + "  - id: lonely\n    text: Nobody cites a source for this.\n"


def test_example_workspace_passes_its_own_check(
    example_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(example_root)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("0 errors, 0 warnings in 24 claims"), out


def test_newcomer_adds_an_unsourced_claim_then_fixes_it(
    example_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "example"
    for folder in ("claims", "sources", "verdicts"):
        shutil.copytree(example_root / folder, root / folder)
    claims = root / "claims" / "s300-incident.yaml"
    text = claims.read_text()
    line = text.count("\n") + 1
    text += (
        "  - id: investigation\n"
        "    text: Minsk demanded an immediate investigation of the incident.\n"
    )
    claims.write_text(text)
    assert main(["check", str(root)]) == 1
    out = capsys.readouterr().out
    assert "claims/s300-incident.yaml" in out
    assert (
        f"claim 'investigation' (claims/s300-incident.yaml:{line}) cites no source: "
        "add `sources: [id]` citing a source that supports it, or pin evidence in "
        "`factcheck review`"
    ) in out
    assert out.splitlines()[-1] == "1 error, 0 warnings in 25 claims"
    claims.write_text(text + "    sources: [belarus-s300]\n")
    assert main(["check", str(root)]) == 0
    assert capsys.readouterr().out == "0 errors, 0 warnings in 25 claims\n"


def test_exit_codes(make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(workspace(make_workspace))]) == 0
    assert main(["check", str(workspace(make_workspace, UNSOURCED))]) == 1
    # Warnings alone do not fail.
    stale = workspace(make_workspace, verdicts={"debris": verdict(text="old")})
    assert main(["check", str(stale)]) == 0
    assert main(["check", str(stale), "--strict"]) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["--select", "FC999"],
        ["--ignore", "XX"],
        ["--min-score", "101"],
        ["--fail-on", "refutd"],
    ],
)
def test_usage_errors_exit_2(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert main(["check", str(workspace(make_workspace)), *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("factcheck: ") and err.count("\n") == 1


def test_bad_option_value_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--format", "xml"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'xml'" in capsys.readouterr().err


def test_bad_settings_exit_2(make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]) -> None:
    root = workspace(make_workspace, extra={"factcheck.yaml": "check:\n  selekt: [FC001]\n"})
    assert main(["check", str(root)]) == 2
    assert "factcheck.yaml:2: unknown setting check.selekt" in capsys.readouterr().err


def test_missing_workspace_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nope")]) == 2


def test_select_and_ignore_by_prefix(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    root = workspace(make_workspace, UNSOURCED, verdicts={"debris": verdict(text="old")})
    assert main(["check", str(root), "--format", "json"]) == 1
    assert '"FC001"' in capsys.readouterr().out
    assert main(["check", str(root), "--ignore", "FC001"]) == 0
    assert "FC004" in capsys.readouterr().out
    assert main(["check", str(root), "--select", "FC004", "--strict"]) == 1
    out = capsys.readouterr().out
    assert "FC004" in out and "FC001" not in out
    assert main(["check", str(root), "--select", "FC00", "--ignore", "FC001,FC004"]) == 0
    assert capsys.readouterr().out.startswith("0 errors, 0 warnings")


def test_select_and_ignore_from_settings(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    root = workspace(
        make_workspace, UNSOURCED, extra={"factcheck.yaml": "check:\n  ignore: FC001\n"}
    )
    assert main(["check", str(root)]) == 0
    # The command line overrides the file.
    assert main(["check", str(root), "--ignore", "FC004"]) == 1
    capsys.readouterr()


def test_rule_filter_longest_prefix_wins() -> None:
    every = {rule.code for rule in RULES}
    assert rule_filter(select=(), ignore=()) == every
    always = {"FC007", "FC008", "FC011"}
    assert rule_filter(select=("ALL",), ignore=("FC00",)) == {"FC010"} | always
    assert rule_filter(select=("FC001",), ignore=("FC0",)) == {"FC001"} | always
    assert rule_filter(select=("fc01",), ignore=()) == {"FC010"} | always
    with pytest.raises(FactcheckError):
        rule_filter(select=("FC2",), ignore=())


def test_unreadable_files_cannot_be_ignored(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    root = workspace(make_workspace, extra={"claims/broken.yaml": "claims: [\n"})
    assert main(["check", str(root), "--select", "FC001"]) == 1
    assert "FC007" in capsys.readouterr().out


def test_require_verdicts_and_fail_on(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    root = workspace(make_workspace)
    assert main(["check", str(root), "--require-verdicts"]) == 1
    assert "FC009" in capsys.readouterr().out
    refuted = workspace(make_workspace, verdicts={"debris": verdict("refuted")})
    assert main(["check", str(refuted), "--require-verdicts"]) == 0
    assert main(["check", str(refuted), "--fail-on", "refuted,mixed"]) == 1
    assert "FC010" in capsys.readouterr().out
    assert main(["check", str(refuted), "--fail-on", "mixed", "--fail-on", "supported"]) == 0


def test_check_finds_the_workspace_from_the_current_folder(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = workspace(make_workspace, UNSOURCED)
    monkeypatch.chdir(root / "claims")
    assert main(["check"]) == 1
    assert "lonely" in capsys.readouterr().out


def test_check_does_not_import_textual(example_root: Path) -> None:
    code = (
        "import sys\nfrom factcheck.cli import main\n"
        f"rc = main(['check', {str(example_root)!r}, '--format', 'json'])\n"
        "print(rc, any(m == 'textual' or m.startswith('textual.') for m in sys.modules), "
        "file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip() == "0 False"


def test_pre_commit_hook() -> None:
    [hook] = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "factcheck-check"
    assert hook["entry"] == "factcheck check"
    assert hook["pass_filenames"] is False
    import re

    files = re.compile(hook["files"])
    for path in (
        "claims/a.yaml",
        "sources/x/y.txt",
        "verdicts/a.yaml",
        "factcheck.yaml",
        "docs/ws/claims/b.yml",
    ):
        assert files.search(path), path
    for path in ("README.md", "factcheck/check/run.py", "tests/test_check_cli.py"):
        assert not files.search(path), path


def test_github_workflow_runs_factcheck_check() -> None:
    workflow = yaml.safe_load((REPO_ROOT / "docs/ci/github-check.yml").read_text())
    steps = workflow["jobs"]["check"]["steps"]
    assert any(step.get("uses", "").startswith("actions/checkout@") for step in steps)
    assert any(step.get("uses", "").startswith("OWNER/factcheck@") for step in steps)
    assert True in workflow or "on" in workflow  # YAML 1.1 reads the `on:` key as True
    # The workflow's action (action.yml) runs the check (tests/test_action.py runs it).
    action = yaml.safe_load((REPO_ROOT / "action.yml").read_text())
    runs = [step["run"] for step in action["runs"]["steps"] if "run" in step]
    assert any("factcheck check" in run and "--format github" in run for run in runs)


def test_gitlab_job_runs_factcheck_check_with_junit() -> None:
    job = yaml.safe_load((REPO_ROOT / "docs/ci/gitlab-check.yml").read_text())["factcheck"]
    [command] = [line for line in job["script"] if line.startswith("factcheck check")]
    assert "--format junit" in command
    report = command.split("--output", 1)[1].split()[0]
    assert job["artifacts"]["reports"]["junit"] == report


def test_ci_runs_factcheck_check_after_pytest() -> None:
    lines = (REPO_ROOT / ".ci/run").read_text().splitlines()
    pytest_line = next(i for i, line in enumerate(lines) if "pytest" in line)
    assert any(line.strip() == "factcheck check" for line in lines[pytest_line + 1 :])


def test_documented_check_settings_load() -> None:
    from factcheck.workspace.settings import parse_settings

    docs = (REPO_ROOT / "docs" / "formats.md").read_text()
    block = docs.split("## Settings: `factcheck.yaml`", 1)[1].split("```yaml\n", 1)[1]
    settings = parse_settings(block.split("```", 1)[0])
    assert settings.check_min_score == 50.0
    assert settings.check_unsourced_verdicts == ("not-enough-evidence",)
    check_md = (REPO_ROOT / "docs" / "check.md").read_text()
    example = check_md.split("# factcheck.yaml\n", 1)[1].split("```", 1)[0]
    settings = parse_settings(example)
    assert settings.check_ignore == ("FC005",) and settings.check_min_score == 60.0


def test_every_rule_is_documented() -> None:
    check_md = (REPO_ROOT / "docs" / "check.md").read_text()
    for rule in RULES:
        assert f"| {rule.code} | {rule.name} | {rule.severity.value} |" in check_md


def test_folder_that_is_not_a_workspace_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path)]) == 2
    assert "is not a workspace" in capsys.readouterr().err


def test_unwritable_output_exits_2(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    argv = ["check", str(workspace(make_workspace)), "--format", "json", "-o", str(blocker / "x")]
    assert main(argv) == 2
    assert "cannot write" in capsys.readouterr().err
