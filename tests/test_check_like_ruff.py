"""``factcheck check`` with ruff's habits: --statistics, --explain, --exit-zero,
--output-format, one line for many findings of a rule, "did you mean" for typos."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.check.explain import EXPLANATIONS
from factcheck.check.rules import RULES
from factcheck.cli import COMMANDS, main
from tests.check_helpers import CLAIMS, workspace

MakeWs = Callable[..., Path]
# A freshly extracted draft: many claims, none citing a source.
UNCITED = [f"Claim number {n} happened in 2022 in Minsk." for n in range(18)]
DRAFT = "claims:\n" + "".join(f"  - id: c{n:02}\n    text: {t}\n" for n, t in enumerate(UNCITED))


def many_unsourced(make_workspace: MakeWs) -> Path:
    return workspace(make_workspace, CLAIMS, extra={"claims/draft.yaml": DRAFT})


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_info:  # argparse's usage errors
        code = int(exit_info.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_many_findings_of_one_rule_in_a_file_are_one_line(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    root = many_unsourced(make_workspace)
    code, out, _ = run(capsys, "check", str(root))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "claims/draft.yaml"
    (folded,) = [line for line in lines if "FC001" in line and "×" in line]
    assert folded.lstrip().startswith("×18  error   FC001 unsourced")
    assert "(lines 2, 4, 6, 8," in folded and folded.endswith(", …, 36)")
    assert "cites no source" not in out  # no long message repeated 18 times
    assert sum(1 for line in lines if "FC001" in line) == 2  # the folded line and the hint
    assert "`factcheck check --explain FC001`" in out
    assert lines[-1] == "18 errors, 0 warnings in 18 claims"
    # Every finding is still there on request, each on its own line.
    code, full, _ = run(capsys, "check", str(root), "--output-format", "full")
    assert code == 1
    assert full.count("cites no source") == 18
    assert "claim 'c17' (claims/draft.yaml:36) cites no source" in full


def test_a_few_findings_stay_one_line_each(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    few = "claims:\n" + "".join(f"  - id: c{n}\n    text: {UNCITED[n]}\n" for n in range(3))
    root = workspace(make_workspace, CLAIMS, extra={"claims/draft.yaml": few})
    code, out, _ = run(capsys, "check", str(root))
    assert code == 1
    assert out.count("cites no source") == 3 and "×" not in out


def test_concise_format_is_file_line_code_message(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "check", str(many_unsourced(make_workspace)), "--format", "concise")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 19
    assert lines[0].startswith("claims/draft.yaml:2: FC001 [error] claim 'c00' ")


def test_statistics_count_findings_per_rule(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    root = many_unsourced(make_workspace)
    (root / "claims" / "more.yaml").write_text(
        "claims:\n  - id: cited\n    text: It rained in Minsk.\n    sources: [nowhere]\n"
    )
    code, out, _ = run(capsys, "check", str(root), "--statistics")
    assert code == 1  # as ruff: the counts replace the findings, the exit code stays
    assert out.splitlines() == [
        "18\tFC001\terror  \tunsourced",
        " 1\tFC002\terror  \tunknown-source",
        "19 errors, 0 warnings in 19 claims",
    ]
    code, out, _ = run(capsys, "check", str(root), "--statistics", "--output-format", "json")
    assert code == 1
    assert json.loads(out) == [
        {"code": "FC001", "name": "unsourced", "severity": "error", "count": 18},
        {"code": "FC002", "name": "unknown-source", "severity": "error", "count": 1},
    ]
    (root / "claims" / "more.yaml").unlink()
    (root / "claims" / "draft.yaml").write_text(CLAIMS)
    assert run(capsys, "check", str(root), "--statistics")[1] == (
        "0 errors, 0 warnings in 1 claim\n"
    )


def test_exit_zero_passes_with_errors_but_not_usage_errors(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    root = many_unsourced(make_workspace)
    code, out, _ = run(capsys, "check", str(root), "--exit-zero")
    assert code == 0
    assert out.splitlines()[-1] == "18 errors, 0 warnings in 18 claims"  # still reported
    assert run(capsys, "check", str(root), "--exit-zero", "--select", "FC999")[0] == 2
    assert run(capsys, "check", str(root.parent / "nope"), "--exit-zero")[0] == 2


def test_output_format_is_an_alias_of_format(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    root = many_unsourced(make_workspace)
    for fmt in ("json", "github", "junit"):
        by_format = run(capsys, "check", str(root), "--format", fmt)
        by_output_format = run(capsys, "check", str(root), "--output-format", fmt)
        assert by_format == by_output_format
    code, out, _ = run(capsys, "check", str(root), "--output-format", "json")
    assert code == 1 and json.loads(out)["summary"]["errors"] == 18


def test_explain_says_what_why_and_how_to_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no workspace needed to read about a rule
    code, out, err = run(capsys, "check", "--explain", "FC001")
    assert (code, err) == (0, "")
    assert out.startswith("FC001 unsourced (error)\n")
    for heading in ("What it checks", "Why it matters", "How to fix it"):
        assert f"\n{heading}\n" in out
    assert "`sources: [id]`" in out and "factcheck review" in out
    assert all(len(line) <= 80 for line in out.splitlines())
    # By name and in any case, too.
    assert run(capsys, "check", "--explain", "unsourced")[1] == out
    assert run(capsys, "check", "--explain", "fc001")[1] == out


def test_every_rule_has_an_explanation(capsys: pytest.CaptureFixture[str]) -> None:
    for rule in RULES:
        assert rule.code in EXPLANATIONS, rule.code
        code, out, _ = run(capsys, "check", "--explain", rule.code)
        assert code == 0 and out.startswith(f"{rule.code} {rule.name} ({rule.severity.value})")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["check", "--explain", "FC0O1"],
            "factcheck: unknown rule code 'FC0O1' (did you mean 'FC001'?)\n",
        ),
        (
            ["check", "--explain", "unsorced"],
            "factcheck: unknown rule code 'unsorced' (did you mean 'FC001'?)\n",
        ),
        (
            ["chek"],
            "factcheck: unknown command 'chek' (did you mean 'check'?) (see 'factcheck --help')\n",
        ),
        (
            ["revew", "--reviewer", "Ada"],
            "factcheck: unknown command 'revew' (did you mean 'review'?) "
            "(see 'factcheck --help')\n",
        ),
    ],
)
def test_did_you_mean(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *argv) == (2, "", message)


def test_select_with_a_mistyped_code_suggests_the_right_one(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "check", str(workspace(make_workspace)), "--select", "FC0O1")
    assert (code, out) == (2, "")
    assert err.startswith("factcheck: unknown rule code 'FC0O1' (did you mean 'FC001'?)")
    assert err.count("\n") == 1


def test_unknown_command_without_a_close_one_lists_the_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "zzz")
    assert code == 2
    assert err == (
        f"factcheck: unknown command 'zzz' (commands: {', '.join(COMMANDS)}) "
        "(see 'factcheck --help')\n"
    )
    assert "check, diff" in err
