"""``factcheck init``: a new workspace that passes its own check, and nothing overwritten."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from factcheck.cli import main
from factcheck.workspace.scaffold import Ci, template, workflow_text
from factcheck.workspace.settings import Settings, parse_settings
from tests.conftest import REPO_ROOT

CREATED = ("claims", "sources", "verdicts", "factcheck.yaml", ".gitignore", ".gitattributes")


@pytest.fixture(autouse=True)
def _isolated_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No user or system git config leaks into the repositories these tests make."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(name, raising=False)


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout


def needs_git() -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_makes_a_workspace_that_passes_its_own_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = tmp_path / "new" / "fact-check"  # created with its parents
    code, out, err = run(capsys, "init", str(ws))
    assert (code, err) == (0, "")
    for name in CREATED:
        assert (ws / name).exists(), name
        assert f"created {ws.as_posix()}/{name}" in out
    for folder in ("claims", "sources", "verdicts"):
        assert (ws / folder).is_dir()
    assert "git config diff.factcheck.textconv factcheck-textconv" in out
    code, out, err = run(capsys, "check", str(ws))
    assert (code, err) == (0, "")
    assert "0 errors, 0 warnings in 0 claims" in out


def test_init_defaults_to_the_current_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "init")[0] == 0
    assert all((tmp_path / name).exists() for name in CREATED)
    assert run(capsys, "check")[0] == 0


def test_the_settings_file_documents_every_setting_at_its_default() -> None:
    text = template("factcheck.yaml")
    settings = parse_settings(text)
    assert settings == Settings()
    assert settings.publisher == {} and settings.author == {} and settings.reviewer is None
    # Every setting is named, the ones without a default value in a comment.
    for key in (
        "scale:",
        "min_score:",
        "top_k:",
        "max_source_mb:",
        "reviewer:",
        "auto_advance:",
        "select:",
        "ignore:",
        "# min_score:",
        "unsourced_verdicts:",
        "# publisher:",
        "# author:",
        "# archive:",
    ):
        assert key in text, key
    # Uncommenting the commented settings gives a file that still loads.
    uncommented = re.sub(
        r"^(\s*)# (reviewer|min_score|publisher|author|archive|  url):", r"\1\2:", text, flags=re.M
    )
    full = parse_settings(uncommented)
    assert full.check_min_score == 50.0 and full.reviewer == "Ada Lovelace"
    assert full.publisher["name"] == "Example Fact Check"
    assert full.archive_url == "postgresql://factcheck@db.example.org/newsroom"


def test_git_files_match_the_diff_driver_of_docs_diff_md(tmp_path: Path) -> None:
    needs_git()
    diff_md = (REPO_ROOT / "docs" / "diff.md").read_text(encoding="utf-8")
    assert "verdicts/*.yaml diff=factcheck" in diff_md
    assert 'git config diff.factcheck.textconv "factcheck diff --textconv"' in diff_md
    git(tmp_path, "init", "-q")
    assert main(["init", str(tmp_path / "ws")]) == 0
    attr = git(tmp_path, "check-attr", "diff", "ws/verdicts/draft.yaml")
    assert attr.strip().endswith("diff: factcheck")
    assert (
        git(tmp_path, "check-attr", "diff", "ws/claims/draft.yaml").strip().endswith("unspecified")
    )
    ignored = git(tmp_path, "check-ignore", "ws/.factcheck/index/manifest.json")
    assert ignored.strip() == "ws/.factcheck/index/manifest.json"


def test_init_never_overwrites_and_lists_what_it_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "factcheck.yaml").write_text("matching: {top_k: 3}\n", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("node_modules/\n", encoding="utf-8")
    (tmp_path / ".gitattributes").write_text("verdicts/*.yaml diff=factcheck\n", "utf-8")
    code, out, err = run(capsys, "init", str(tmp_path))
    assert (code, err) == (0, "")
    assert (tmp_path / "factcheck.yaml").read_text(encoding="utf-8") == "matching: {top_k: 3}\n"
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == "node_modules/\n"
    lines = out.splitlines()
    assert f"kept {tmp_path.as_posix()}/factcheck.yaml (exists)" in lines
    assert f"kept {tmp_path.as_posix()}/claims/ (exists)" in lines
    assert f"created {tmp_path.as_posix()}/sources/" in lines
    # A kept file that lacks what factcheck needs is named with the missing line.
    gitignore = next(line for line in lines if ".gitignore" in line)
    assert gitignore.startswith("kept ") and "'.factcheck/'" in gitignore
    attributes = next(line for line in lines if ".gitattributes" in line)
    assert attributes == f"kept {tmp_path.as_posix()}/.gitattributes (exists)"
    # Running it again keeps everything.
    code, out, _ = run(capsys, "init", str(tmp_path))
    assert code == 0 and not [line for line in out.splitlines() if line.startswith("created")]


def test_a_non_empty_folder_that_is_not_a_workspace_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    code, out, err = run(capsys, "init", str(tmp_path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("factcheck: ")
    assert "not empty (notes.txt)" in err and "--force" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # nothing written
    code, out, err = run(capsys, "init", str(tmp_path), "--force")
    assert (code, err) == (0, "")
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert all((tmp_path / name).exists() for name in CREATED)
    assert run(capsys, "check", str(tmp_path))[0] == 0


def test_a_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "init", str(target))
    assert code == 2 and "is not a folder" in err and err.count("\n") == 1


def test_a_fresh_git_repository_counts_as_empty_and_git_sets_the_driver(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    needs_git()
    git(tmp_path, "init", "-q")
    code, out, err = run(capsys, "init", str(tmp_path), "--git")
    assert (code, err) == (0, "")
    assert git(tmp_path, "config", "--get", "diff.factcheck.textconv").strip() == (
        "factcheck-textconv"
    )
    assert "set in the repository's config" in out


def test_git_outside_a_repository_is_refused_before_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    needs_git()
    if any((folder / ".git").exists() for folder in tmp_path.parents):
        pytest.skip("the temporary folder is inside a git repository")
    code, out, err = run(capsys, "init", str(tmp_path / "ws"), "--git")
    assert code == 2 and out == ""
    assert "not in a git repository" in err and "git init" in err
    assert not (tmp_path / "ws").exists()


def test_ci_github_writes_both_workflows_at_the_repository_top(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".git").mkdir()  # the repository's top, as git finds it
    code, out, _ = run(
        capsys, "init", str(tmp_path / "fc"), "--ci", "github", "--repo", "acme/factcheck"
    )
    assert code == 0
    folder = tmp_path / ".github" / "workflows"
    check = yaml.safe_load((folder / "factcheck.yml").read_text(encoding="utf-8"))
    [step] = [s for s in check["jobs"]["check"]["steps"] if "factcheck" in s.get("uses", "")]
    assert step["uses"] == "acme/factcheck@v0.1.0"
    assert step["with"]["workspace"] == "fc"
    diff = yaml.safe_load((folder / "factcheck-diff.yml").read_text(encoding="utf-8"))
    triggers = diff.get("on", diff.get(True))  # YAML 1.1 reads `on` as True
    assert triggers["pull_request"]["paths"] == ["fc/claims/**", "fc/verdicts/**"]
    [step] = [s for s in diff["jobs"]["comment"]["steps"] if "factcheck" in s.get("uses", "")]
    assert step["with"] == {"mode": "diff-comment", "workspace": "fc"}
    assert "OWNER" not in out  # --repo given: nothing left to fill in


def test_ci_gitlab_installs_from_the_repository_and_keeps_an_existing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "init", str(tmp_path), "--ci", "gitlab", "--ref", "v2.0.0")
    assert code == 0
    job = yaml.safe_load((tmp_path / ".gitlab-ci.yml").read_text(encoding="utf-8"))["factcheck"]
    assert job["variables"] == {"FACTCHECK_REPO": "OWNER/factcheck", "FACTCHECK_REF": "v2.0.0"}
    assert "replace OWNER/factcheck" in out
    install = next(line for line in job["script"] if line.startswith("pip install"))
    assert "archive/$FACTCHECK_REF.tar.gz" in install and "constraints.txt" in install
    assert "factcheck check . --format junit" in " ".join(job["script"])

    other = tmp_path / "other"
    other.mkdir()
    (other / ".gitlab-ci.yml").write_text("test: {script: [make]}\n", encoding="utf-8")
    code, out, _ = run(capsys, "init", str(other), "--ci", "gitlab", "--force")
    assert code == 0 and "kept" in next(line for line in out.splitlines() if ".gitlab-ci" in line)
    assert (other / ".gitlab-ci.yml").read_text(encoding="utf-8") == "test: {script: [make]}\n"


@pytest.mark.parametrize(
    ("ci", "name"),
    [(Ci.GITHUB, "check.yml"), (Ci.GITHUB, "diff-comment.yml"), (Ci.GITLAB, "check.yml")],
)
def test_docs_ci_templates_are_what_init_writes(ci: Ci, name: str) -> None:
    """docs/ci/ and `factcheck init --ci` cannot drift apart."""
    docs = (REPO_ROOT / "docs" / "ci" / f"{ci.value}-{name}").read_text(encoding="utf-8")
    assert docs == workflow_text(
        ci=ci, name=name, repo="OWNER/factcheck", ref="v0.1.0", workspace="."
    )


@pytest.mark.parametrize(
    "option", [["--repo", "acme"], ["--repo", "a/b\nrun: x"], ["--ref", "v1 && curl"]]
)
def test_repo_and_ref_are_checked_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: list[str]
) -> None:
    code, out, err = run(capsys, "init", str(tmp_path / "ws"), "--ci", "github", *option)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert option[0] in err
    assert not (tmp_path / "ws").exists()


@pytest.mark.parametrize("existing", ["claims", "sources"])
def test_a_folder_with_claims_or_sources_is_a_workspace_to_complete(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], existing: str
) -> None:
    (tmp_path / existing).mkdir()
    (tmp_path / "README.md").write_text("notes\n", encoding="utf-8")
    code, out, err = run(capsys, "init", str(tmp_path))
    assert (code, err) == (0, "")
    assert f"kept {tmp_path.as_posix()}/{existing}/ (exists)" in out.splitlines()
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "notes\n"
