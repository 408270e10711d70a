"""FC001's floor shortcut (``check.floor``) gives exactly the findings of exact matching.

Each test runs ``check`` twice, with floors and with ``floor_scores`` settling nothing
(every claim matched exactly, as before the shortcut), and compares the reports.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.check import cache as check_cache
from factcheck.check.cache import CACHE_FILE, best_cited_scores
from factcheck.check.floor import floor_scores
from factcheck.check.reporters import render
from factcheck.check.run import CheckOptions, check_workspace
from factcheck.workspace import load_workspace
from tests.check_helpers import CLAIMS, SOURCE, verdict, workspace

MakeWs = Callable[..., Path]
THRESHOLDS = (None, 0.0, 30.0, 50.0, 57.5, 60.0, 66.6, 66.7, 80.0, 95.0)


@pytest.fixture(autouse=True)
def own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))


def report(root: Path, monkeypatch: pytest.MonkeyPatch, *, floors: bool, **options: object) -> str:
    """The JSON report of a run without cache, with floors or with every claim exact."""
    with monkeypatch.context() as patch:
        if not floors:
            patch.setattr(check_cache, "floor_scores", lambda **_: {})
        result = check_workspace(root=root, options=CheckOptions(cache=False, **options))  # type: ignore[arg-type]
    return render(result, fmt="json")


def same_both_ways(root: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Assert both ways report the same at every threshold; the FC001 messages at 50."""
    for threshold in THRESHOLDS:
        exact = report(root, monkeypatch, floors=False, min_score=threshold)
        assert report(root, monkeypatch, floors=True, min_score=threshold) == exact, threshold
    found = json.loads(report(root, monkeypatch, floors=True, min_score=50.0))["findings"]
    return [f["message"] for f in found if f["code"] == "FC001"]


def generated(tmp_path: Path) -> Path:
    """A generated workspace from the repository's own texts, the same on every machine.

    The benchmark's default pool adds ``../shared/eval``, which a clean clone may lack: the
    example's 18 sentences alone put nearly the same lines in every source, many of them
    flagged as boilerplate, and 15 of the 160 claims then scored below 50."""
    from benchmarks.check_speed import generate, sentence_pool

    repo = Path(__file__).resolve().parent.parent
    files = sorted((repo / "sources").rglob("*.txt"))
    files += sorted((repo / "tests" / "articles").glob("*.txt"))
    root = tmp_path / "bench"
    generate(root, claims=160, sources=40, pool=sentence_pool(files))
    return root


def test_the_example_reports_the_same(
    example_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "example"
    for name in ("claims", "sources", "verdicts"):
        shutil.copytree(example_root / name, root / name)
    same_both_ways(root, monkeypatch)


def test_a_generated_workspace_reports_the_same_and_needs_no_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = generated(tmp_path)
    same_both_ways(root, monkeypatch)
    shutil.rmtree(root / ".factcheck", ignore_errors=True)
    result = check_workspace(root=root, options=CheckOptions())
    assert [f for f in result.findings if f.code == "FC001"] == []
    # Every claim was settled by a floor: the index was never built...
    assert not (root / ".factcheck" / "index").exists()
    data = json.loads((root / CACHE_FILE).read_text())
    assert data["scores"] == {} and len(data["floors"]) > 100
    # ...and a stricter threshold than any floor reaches matches them all exactly.
    strict = check_workspace(root=root, options=CheckOptions(min_score=95.0))
    assert len([f for f in strict.findings if f.code == "FC001"]) > 100
    assert (root / ".factcheck" / "index").exists()


def test_floors_are_never_above_the_exact_scores(tmp_path: Path, example_root: Path) -> None:
    settled = 0
    for root in (generated(tmp_path), example_root):
        ws = load_workspace(root)
        claims = [(c, ()) for c in ws.claims if c.sources]
        exact = best_cited_scores(workspace=ws, claims=claims, use_cache=False)
        for at_least in (0.0, 40.0, 55.0, 60.0, 62.0, 66.6):
            floors = floor_scores(workspace=ws, claims=claims, at_least=at_least)
            for where, floor in floors.items():
                assert at_least <= floor <= exact[where], (where, at_least)
            settled += len(floors)
    assert settled > 500


def test_a_contradicting_cited_passage_gets_the_same_finding(
    make_workspace: MakeWs, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The passage words the claim but for its numbers and a negation: lexically close.
    source = "Debris fell in 12 villages of the Brest region on 3 March, officials said.\n"
    claims = """\
claims:
  - id: villages
    text: Debris fell in 40 villages of the Brest region on 9 March, officials said.
    sources: [brest]
  - id: none-fell
    text: No debris fell in any village of the Brest region, officials said.
    sources: [brest]
  - id: elsewhere
    text: Debris fell in a village in the Gomel region near the border.
    sources: [brest]
"""
    root = workspace(make_workspace, claims)
    (root / "sources" / "brest.txt").write_text(source)
    messages = same_both_ways(root, monkeypatch)
    # Lexically the contradicted claims are sourced (the stance is the reviewer's), the
    # claim about another region is not, with its exact best score in the message.
    assert len(messages) == 1 and "'elsewhere'" in messages[0] and "(best " in messages[0]


def test_a_dismissed_passage_is_never_the_floor(
    make_workspace: MakeWs, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = SOURCE.index("Debris fell")
    ref = f"brest@{start}-{SOURCE.index('Poland.') + len('Poland.')}"  # the claim's passage
    root = workspace(make_workspace, CLAIMS, verdicts={"debris": verdict(dismissed=(ref,))})
    ws = load_workspace(root)
    [claim] = ws.claims
    assert floor_scores(workspace=ws, claims=[(claim, ())], at_least=50.0)
    assert not floor_scores(workspace=ws, claims=[(claim, (ref,))], at_least=50.0)
    # Through check: with the only matching passage dismissed, FC001 fires both ways.
    messages = same_both_ways(root, monkeypatch)
    assert len(messages) == 1 and "'debris'" in messages[0]


def test_a_cached_floor_is_matched_again_under_a_higher_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = generated(tmp_path)
    assert check_workspace(root=root, options=CheckOptions()).findings == ()
    floors = json.loads((root / CACHE_FILE).read_text())["floors"]
    high = {key for key, floor in floors.items() if floor >= 66.0}
    assert floors and high and len(high) < len(floors)
    # A threshold above some cached floors: those answer nothing, their claims are matched.
    cached = check_workspace(root=root, options=CheckOptions(min_score=66.0))
    exact = report(root, monkeypatch, floors=False, min_score=66.0)
    assert render(cached, fmt="json") == exact
    data = json.loads((root / CACHE_FILE).read_text())
    assert set(data["floors"]) == high  # the floors that still answer are kept
    assert set(data["scores"]) == set(floors) - high  # the others are exact now


def edited_claims(example_root: Path, tmp_path: Path) -> Path:
    """The example's sources, cited by claims made from their passages with words dropped,
    swapped, reordered, replaced, numbers changed and negated (seeded)."""
    import random

    from factcheck.workspace import split_passages
    from factcheck.workspace.yamlio import dump_yaml

    rng = random.Random(17)
    root = tmp_path / "edited"
    shutil.copytree(example_root / "sources", root / "sources")
    ws = load_workspace(root)
    entries = []
    for source_id, source in sorted(ws.sources.items()):
        for n, passage in enumerate(split_passages(source)):
            words = passage.text.split()
            edit = n % 6
            if edit == 0 and len(words) > 4:
                del words[rng.randrange(len(words))]
            elif edit == 1 and len(words) > 4:
                i = rng.randrange(len(words) - 1)
                words[i], words[i + 1] = words[i + 1], words[i]
            elif edit == 2:
                rng.shuffle(words)
            elif edit == 3:
                words[rng.randrange(len(words))] = "Lisbon"
            elif edit == 4:
                words = [str(int(w) + 7) if w.isdigit() else w for w in words] + ["not"]
            else:
                words = words[: max(3, len(words) // 2)]
            entries.append(
                {"id": f"{source_id}-{n}", "text": " ".join(words), "sources": [source_id]}
            )
    (root / "claims").mkdir()
    (root / "claims" / "edited.yaml").write_text(dump_yaml({"claims": entries}), "utf-8")
    return root


def test_edited_claims_report_the_same_and_floors_stay_below(
    example_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = edited_claims(example_root, tmp_path)
    same_both_ways(root, monkeypatch)
    ws = load_workspace(root)
    claims = [(c, ()) for c in ws.claims]
    exact = best_cited_scores(workspace=ws, claims=claims, use_cache=False)
    settled = 0
    for at_least in (30.0, 50.0, 60.0, 65.0):
        floors = floor_scores(workspace=ws, claims=claims, at_least=at_least)
        assert all(at_least <= f <= exact[where] for where, f in floors.items())
        settled += len(floors)
    assert settled > 50 and len(claims) > 40


def test_no_floor_under_semantic_matching(
    make_workspace: MakeWs, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fused (semantic) score has no floor: every claim is matched exactly."""
    ws = load_workspace(workspace(make_workspace))
    claims = [(c, ()) for c in ws.claims]

    def refused(**_: object) -> dict[tuple[str, str], float]:
        raise AssertionError("floored a claim under semantic matching")

    monkeypatch.setattr(check_cache, "floor_scores", refused)
    monkeypatch.setattr(check_cache, "semantic_enabled", lambda settings, **_: True)
    monkeypatch.setattr(check_cache, "_match", lambda ws, todo: {("x", "y"): 1.0})
    found = best_cited_scores(workspace=ws, claims=claims, use_cache=False, at_least=50.0)
    assert found == {("x", "y"): 1.0}
