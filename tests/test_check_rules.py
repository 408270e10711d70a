"""Every rule of ``factcheck check``, passing and failing, through the library."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.check.run import CheckOptions, CheckResult, Severity, check_workspace
from factcheck.errors import FactcheckError
from factcheck.workspace.models import Stance
from tests.check_helpers import CLAIMS, DEBRIS, QUOTE, SOURCE, pinned, verdict, workspace

MakeWs = Callable[..., Path]


def codes(result: CheckResult) -> list[str]:
    return [f.code for f in result.findings]


def run(root: Path, **options: object) -> CheckResult:
    return check_workspace(root=root, options=CheckOptions(**options))  # type: ignore[arg-type]


def test_sourced_claim_passes(make_workspace: MakeWs) -> None:
    result = run(workspace(make_workspace))
    assert result.findings == ()
    assert [c.id for c in result.claims] == ["debris"]
    assert result.exit_code == 0


def test_fc001_claim_without_sources(make_workspace: MakeWs) -> None:
    claims = f"claims:\n  - id: debris\n    text: {DEBRIS}\n"
    [finding] = run(workspace(make_workspace, claims)).findings
    assert (finding.code, finding.severity, finding.file, finding.line) == (
        "FC001",
        Severity.ERROR,
        "claims/draft.yaml",
        2,
    )
    assert "'debris'" in finding.message and "claims/draft.yaml:2" in finding.message
    assert "add `sources: [id]`" in finding.message and "factcheck review" in finding.message


def test_fc001_cited_source_does_not_match(make_workspace: MakeWs) -> None:
    claims = (
        "claims:\n  - id: cheese\n    text: The moon is made of green cheese.\n"
        "    sources: [brest]\n"
    )
    [finding] = run(workspace(make_workspace, claims)).findings
    assert finding.code == "FC001" and "no passage of brest matches it" in finding.message


def test_fc001_threshold_is_configurable(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace)
    assert codes(run(root, min_score=100)) == ["FC001"]
    (root / "factcheck.yaml").write_text("check:\n  min_score: 100\n")
    assert codes(run(root)) == ["FC001"]
    assert codes(run(root, min_score=10)) == []


def test_fc001_dismissed_passage_does_not_source(make_workspace: MakeWs) -> None:
    start = SOURCE.index(QUOTE)
    ref = f"brest@{start}-{start + len(QUOTE)}"
    root = workspace(make_workspace, verdicts={"debris": verdict(None, dismissed=(ref,))})
    # Only the other passage is left and it does not match the claim well enough.
    assert codes(run(root, min_score=60)) == ["FC001"]


def test_fc001_pinned_evidence_backs_an_uncited_claim(make_workspace: MakeWs) -> None:
    claims = f"claims:\n  - id: debris\n    text: {DEBRIS}\n"
    root = workspace(make_workspace, claims, verdicts={"debris": verdict(evidence=(pinned(),))})
    assert run(root).findings == ()


def test_fc001_not_enough_evidence_verdict_is_reviewed_as_unsourced(make_workspace: MakeWs) -> None:
    claims = "claims:\n  - id: summit\n    text: NATO held an emergency summit.\n"
    root = workspace(
        make_workspace,
        claims,
        verdicts={"summit": verdict("not-enough-evidence", text="NATO held an emergency summit.")},
    )
    assert run(root).findings == ()
    # Any other verdict without evidence does not source the claim.
    root2 = workspace(
        make_workspace,
        claims,
        verdicts={"summit": verdict("supported", text="NATO held an emergency summit.")},
    )
    assert codes(run(root2)) == ["FC001"]


def test_fc001_accepted_verdicts_are_configurable(make_workspace: MakeWs) -> None:
    claims = "claims:\n  - id: summit\n    text: NATO held an emergency summit.\n"
    root = workspace(
        make_workspace,
        claims,
        verdicts={"summit": verdict("not-enough-evidence", text="NATO held an emergency summit.")},
    )
    (root / "factcheck.yaml").write_text("check:\n  unsourced_verdicts: []\n")
    assert codes(run(root)) == ["FC001"]


def test_fc002_unknown_source_suggests_the_closest(make_workspace: MakeWs) -> None:
    claims = CLAIMS.replace("[brest]", "[brst]")
    [finding] = run(workspace(make_workspace, claims)).findings
    assert finding.code == "FC002" and finding.severity is Severity.ERROR
    assert "'brst'" in finding.message and "did you mean 'brest'?" in finding.message
    assert finding.line == 3


def test_fc002_not_raised_for_existing_sources(make_workspace: MakeWs) -> None:
    claims = CLAIMS.replace("[brest]", "[brest, news/other]")
    root = workspace(make_workspace, claims, extra={"sources/news/other.md": "Other text.\n"})
    assert run(root).findings == ()


def test_fc003_quote_drift_names_the_quote(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace, verdicts={"debris": verdict(evidence=(pinned(),))})
    assert run(root).findings == ()
    edited = SOURCE.replace("borders Ukraine and Poland", "borders Ukraine and Lithuania")
    (root / "sources" / "brest.txt").write_text(edited)
    [finding] = run(root).findings
    assert finding.code == "FC003" and finding.file == "verdicts/draft.yaml"
    assert '"Debris fell in a village' in finding.message
    assert "sources/brest.txt" in finding.message and "Lithuania" in finding.message
    assert finding.line == 3


def test_fc003_source_removed(make_workspace: MakeWs) -> None:
    pin = pinned(source="gone")
    root = workspace(make_workspace, verdicts={"debris": verdict(evidence=(pin,))})
    [finding] = run(root).findings
    assert finding.code == "FC003" and "'gone', which no longer exists" in finding.message


def test_fc003_moved_quote_is_not_drift(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace, verdicts={"debris": verdict(evidence=(pinned(),))})
    (root / "sources" / "brest.txt").write_text("A new first paragraph.\n\n" + SOURCE)
    assert run(root).findings == ()


def test_fc004_stale_verdict_is_a_warning_and_an_error_when_strict(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace, verdicts={"debris": verdict(text="An older text.")})
    [finding] = run(root).findings
    assert (finding.code, finding.severity) == ("FC004", Severity.WARNING)
    assert finding.file == "claims/draft.yaml" and "verdicts/draft.yaml:3" in finding.message
    assert run(root).exit_code == 0
    strict = run(root, strict=True)
    assert [f.severity for f in strict.findings] == [Severity.ERROR]
    assert strict.exit_code == 1


def test_fc004_current_verdict_is_not_stale(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace, verdicts={"debris": verdict()})
    assert run(root, strict=True).findings == ()


def test_fc005_orphan_verdict(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace, verdicts={"debris": verdict(), "gone": verdict(text="x")})
    [finding] = run(root).findings
    assert (finding.code, finding.severity, finding.file) == (
        "FC005",
        Severity.WARNING,
        "verdicts/draft.yaml",
    )
    assert "'gone'" in finding.message and "no claim has that id" in finding.message
    assert run(root).exit_code == 0 and run(root, strict=True).exit_code == 1


def test_fc005_verdict_of_a_moved_claim_says_where_it_went(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace, verdicts={})
    (root / "claims" / "draft.yaml").rename(root / "claims" / "renamed.yaml")
    (root / "verdicts" / "draft.yaml").write_text(
        (root / "verdicts" / "draft.yaml").read_text() + "debris:\n  verdict: supported\n"
    )
    [finding] = run(root).findings
    assert finding.code == "FC005" and "now in claims/renamed.yaml" in finding.message


def test_fc006_duplicate_claim_id_across_files(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace, extra={"claims/zz.yaml": CLAIMS})
    [finding] = run(root).findings
    assert (finding.code, finding.file, finding.line) == ("FC006", "claims/zz.yaml", 3)
    assert "also claims/draft.yaml:3" in finding.message


def test_fc007_invalid_yaml_is_reported_and_other_files_still_checked(
    make_workspace: MakeWs,
) -> None:
    unsourced = "claims:\n  - id: lonely\n    text: Nobody cites anything here.\n"
    root = workspace(
        make_workspace,
        extra={
            "claims/broken.yaml": "claims:\n  - id: [unclosed\n",
            "claims/other.yaml": unsourced,
        },
    )
    result = run(root)
    assert [(f.code, f.file) for f in result.findings] == [
        ("FC007", "claims/broken.yaml"),
        ("FC001", "claims/other.yaml"),
    ]
    assert result.findings[0].line >= 2 and "invalid YAML" in result.findings[0].message
    assert result.exit_code == 1


def test_fc007_invalid_verdict_file(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace, extra={"verdicts/draft.yaml": "debris: [\n"})
    assert [(f.code, f.file) for f in run(root).findings] == [("FC007", "verdicts/draft.yaml")]


def test_fc007_source_not_utf8(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace, extra={"sources/latin1.txt": "caf\xe9\n".encode("latin-1")})
    [finding] = run(root).findings
    assert (finding.code, finding.file) == ("FC007", "sources/latin1.txt")


@pytest.mark.parametrize(
    ("files", "where"),
    [
        ({"claims/draft.yaml": "claims:\n  - id: x\n    txt: typo\n"}, ("claims/draft.yaml", 3)),
        ({"verdicts/draft.yaml": "debris:\n  verdict: supported\n  colour: red\n"}, None),
        ({"sources/bad.txt": "---\ncolour: red\n---\nText.\n"}, ("sources/bad.txt", 2)),
        ({"verdicts/draft.yaml": "debris:\n  verdict: supportd\n"}, ("verdicts/draft.yaml", 2)),
    ],
)
def test_fc008_schema_errors(
    make_workspace: MakeWs, files: dict[str, str], where: tuple[str, int] | None
) -> None:
    root = workspace(make_workspace, extra=files)
    result = run(root)
    fc008 = [f for f in result.findings if f.code == "FC008"]
    assert len(fc008) == 1 and result.exit_code == 1
    if where is not None:
        assert (fc008[0].file, fc008[0].line) == where


def test_fc008_citation_that_is_not_a_source_id(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace, CLAIMS.replace("[brest]", "[brest, ../etc/passwd]"))
    [finding] = run(root).findings
    assert finding.code == "FC008" and "'../etc/passwd'" in finding.message


def test_fc009_require_verdicts(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace)
    assert run(root).findings == ()
    [finding] = run(root, require_verdicts=True).findings
    assert finding.code == "FC009" and "has no verdict" in finding.message
    reviewed = workspace(make_workspace, verdicts={"debris": verdict()})
    assert run(reviewed, require_verdicts=True).findings == ()


def test_fc010_fail_on(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace, verdicts={"debris": verdict("refuted")})
    assert run(root).findings == ()
    [finding] = run(root, fail_on=frozenset({"refuted", "mixed"})).findings
    assert finding.code == "FC010" and "'refuted'" in finding.message
    assert run(root, fail_on=frozenset({"mixed"})).findings == ()


def test_fail_on_unknown_verdict_is_a_usage_error(make_workspace: MakeWs) -> None:
    with pytest.raises(FactcheckError, match="not a verdict"):
        run(workspace(make_workspace), fail_on=frozenset({"refutd"}))


def test_contradicting_pin_also_counts_as_sourced(make_workspace: MakeWs) -> None:
    claims = "claims:\n  - id: debris\n    text: Debris fell in the Gomel region.\n"
    pin = pinned(stance=Stance.CONTRADICTS)
    ev = verdict("refuted", text="Debris fell in the Gomel region.", evidence=(pin,))
    assert run(workspace(make_workspace, claims, verdicts={"debris": ev})).findings == ()


def test_fc001_scores_are_the_ones_factcheck_match_shows(example_root: Path) -> None:
    from factcheck.check.cache import best_cited_scores
    from factcheck.evidence.matching import match_claims
    from factcheck.workspace.load import load_workspace

    ws = load_workspace(example_root)
    cited = [c for c in ws.claims if c.sources]
    scores = best_cited_scores(workspace=ws, claims=[(c, ()) for c in cited], use_cache=False)
    for found in match_claims(workspace=ws, claims=cited):
        best = max(e.score for e in found.evidence if e.cited)
        assert scores[found.claim.file, found.claim.id] == best, found.claim.id
