"""The reports of ``factcheck check``: text, GitHub annotations, JSON (schema-valid) and JUnit."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from factcheck.check.reporters import github, junit
from factcheck.check.run import CheckResult, Finding, Severity
from factcheck.cli import main
from factcheck.workspace.models import Claim
from tests.check_helpers import CLAIMS, verdict, workspace
from tests.conftest import REPO_ROOT

MakeWs = Callable[..., Path]
SCHEMA = json.loads((REPO_ROOT / "docs/schemas/check-output.schema.json").read_text())
# Two claims: one unsourced (error), one with a stale verdict (warning); plus an orphan verdict.
MIXED = CLAIMS + "  - id: lonely\n    text: Nobody cites a source for this.\n"


def mixed_workspace(make_workspace: MakeWs) -> Path:
    return workspace(
        make_workspace,
        MIXED,
        verdicts={"debris": verdict(text="older text"), "gone": verdict(text="x")},
    )


def test_text_report_groups_by_file_with_summary(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    root = mixed_workspace(make_workspace)
    assert main(["check", str(root)]) == 1
    out = capsys.readouterr().out
    assert "\x1b[" not in out  # captured output is not a terminal: no colour
    lines = out.splitlines()
    assert lines[0] == "claims/draft.yaml"
    assert re.match(
        r"^\s+3\s+warning\s+FC004 stale-verdict\s+the verdict on claim 'debris'", lines[1]
    )
    assert re.match(r"^\s+6\s+error\s+FC001 unsourced\s+claim 'lonely'", lines[2])
    assert "verdicts/draft.yaml" in lines
    assert lines[-1] == "1 error, 2 warnings in 2 claims"


def test_text_report_is_coloured_when_forced(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert main(["check", str(mixed_workspace(make_workspace))]) == 1
    assert "\x1b[31m" in capsys.readouterr().out


def test_text_report_makes_claim_text_inert(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    root = workspace(make_workspace, verdicts={"debris": verdict(text="x")})
    (root / "claims" / "draft.yaml").write_text(
        'claims:\n  - id: debris\n    text: "Evil \\e[2J text"\n'
    )
    main(["check", str(root)])
    out = capsys.readouterr().out
    assert "\x1b[2J" not in out


def test_clean_summary(make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(workspace(make_workspace))]) == 0
    assert capsys.readouterr().out == "0 errors, 0 warnings in 1 claim\n"


ANNOTATION = re.compile(r"^::(error|warning) file=([^,]*),line=(\d+),title=([^:]*)::(.*)$")


def test_github_annotations_parse_back(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    assert main(["check", str(mixed_workspace(make_workspace)), "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    parsed = [ANNOTATION.match(line) for line in lines[:-1]]
    assert all(parsed), lines
    rows = [m.groups() for m in parsed if m]
    assert [(k, f, int(n), t) for k, f, n, t, _ in rows] == [
        ("warning", "claims/draft.yaml", 3, "FC004 stale-verdict"),
        ("error", "claims/draft.yaml", 6, "FC001 unsourced"),
        ("warning", "verdicts/draft.yaml", 8, "FC005 orphan-verdict"),
    ]
    assert rows[1][4].startswith("claim 'lonely' (claims/draft.yaml:6) cites no source")
    assert lines[-1] == "1 error, 2 warnings in 2 claims"


def test_github_escaping() -> None:
    finding = Finding(
        "FC001", Severity.ERROR, "claims/a,b:c%.yaml", 4, "100% bad\r\nline::two", "x"
    )
    line = github.annotation(finding)
    assert line == (
        "::error file=claims/a%2Cb%3Ac%25.yaml,line=4,title=FC001 unsourced::100%25 bad  line::two"
    )
    assert github.escape_data("a%\r\nb") == "a%25%0D%0Ab"
    assert github.escape_property("a:b,c") == "a%3Ab%2Cc"
    assert "\n" not in line


def test_github_step_summary_is_appended(
    make_workspace: MakeWs,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    main(["check", str(mixed_workspace(make_workspace)), "--format", "github"])
    text = summary.read_text()
    assert text.startswith("earlier step\n### factcheck check: 1 error, 2 warnings in 2 claims")
    table = [line for line in text.splitlines() if line.startswith("| ")]
    assert table[0] == "| Severity | Rule | Where | Message |"
    assert len(table) == 1 + 1 + 3
    assert "| error | FC001 unsourced | claims/draft.yaml:6 |" in text


def test_markdown_cell_escapes_table_and_markup() -> None:
    assert github.markdown_cell("a|b <img> *x* @o") == "a\\|b \\<img\\> \\*x\\* @\u2060o"


def test_json_report_validates_against_schema(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert main(["check", str(mixed_workspace(make_workspace)), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, SCHEMA)
    assert data["summary"] == {"claims": 2, "errors": 1, "warnings": 2, "exit_code": 1}
    assert [(f["code"], f["claim"]) for f in data["findings"]] == [
        ("FC004", "debris"),
        ("FC001", "lonely"),
        ("FC005", "gone"),
    ]


def test_json_clean_report_validates(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(workspace(make_workspace)), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, SCHEMA)
    assert data["findings"] == []


def test_junit_report_parses_back(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(mixed_workspace(make_workspace)), "--format", "junit"]) == 1
    root = ET.fromstring(capsys.readouterr().out.encode("utf-8"))
    assert root.tag == "testsuites"
    [suite] = root.findall("testsuite")
    cases = {(c.get("classname"), c.get("name")): c for c in suite.findall("testcase")}
    # One case per claim, plus one for the verdict file with the orphan.
    assert set(cases) == {
        ("claims/draft.yaml", "debris"),
        ("claims/draft.yaml", "lonely"),
        ("verdicts/draft.yaml", "verdicts/draft.yaml"),
    }
    assert suite.get("tests") == "3" and suite.get("failures") == "1"
    failure = cases["claims/draft.yaml", "lonely"].find("failure")
    assert failure is not None and failure.get("type") == "FC001"
    assert "cites no source" in (failure.get("message") or "")
    debris = cases["claims/draft.yaml", "debris"]
    assert debris.find("failure") is None
    assert "FC004" in (debris.findtext("system-out") or "")


def test_junit_output_file_and_text_on_stdout(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    report = tmp_path / "out" / "junit.xml"
    report.parent.mkdir()  # a missing folder is refused (tests/test_hostile_leftovers.py)
    root = mixed_workspace(make_workspace)
    assert main(["check", str(root), "--format", "junit", "--output", str(report)]) == 1
    assert capsys.readouterr().out.endswith("1 error, 2 warnings in 2 claims\n")
    assert ET.parse(report).getroot().tag == "testsuites"


def test_junit_survives_control_characters() -> None:
    claim = Claim(id="x", text="t", file="claims/a.yaml", line=2)
    finding = Finding("FC001", Severity.ERROR, "claims/a.yaml", 2, "bad \x00\x1b\ufffe text", "x")
    xml = junit.render(CheckResult(findings=(finding,), claims=(claim,)))
    failure = ET.fromstring(xml.encode("utf-8")).find("testsuite/testcase/failure")
    assert failure is not None and "\\x00\\x1b" in (failure.get("message") or "")


def test_unwritable_step_summary_still_annotates(
    make_workspace: MakeWs,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "missing" / "summary.md"))
    assert main(["check", str(mixed_workspace(make_workspace)), "--format", "github"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("::warning file=claims/draft.yaml,line=3")
    assert "cannot write the job summary" in captured.err


def test_junit_quote_drift_fails_the_claims_case(
    make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.check_helpers import SOURCE, pinned

    root = workspace(make_workspace, verdicts={"debris": verdict(evidence=(pinned(),))})
    (root / "sources" / "brest.txt").write_text(SOURCE.replace("Poland", "Lithuania"))
    assert main(["check", str(root), "--format", "junit"]) == 1
    suite = ET.fromstring(capsys.readouterr().out.encode("utf-8")).find("testsuite")
    assert suite is not None
    [case] = suite.findall("testcase")
    assert case.get("name") == "debris"
    failure = case.find("failure")
    assert failure is not None and failure.get("type") == "FC003"
