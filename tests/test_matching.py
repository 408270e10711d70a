"""Evidence matching: the example's claims find their sentences, ranking rules hold."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.evidence.matching import find_evidence, match_claims, workspace_passages
from factcheck.index.candidates import CandidateIndex, MemoryIndex
from factcheck.workspace.load import Workspace, load_workspace
from factcheck.workspace.models import Claim, CueKind, Stance

# claim id -> (words of the sentence that must be among the top 3, stance of that passage,
# the kind of cue that must explain a contradiction)
EXPECTED: dict[str, tuple[str, Stance, CueKind | None]] = {
    "iskander-zhytomyr": ("targeting an airport in Zhytomyr", Stance.SUPPORTS, None),
    "iskander-date": ("Yesterday, February 27", Stance.CONTRADICTS, CueKind.DATE),
    "zhytomyr-east": ("a city to the west of Kyiv", Stance.CONTRADICTS, CueKind.ANTONYM),
    "talks-pripyat": ("at the Pripyat river", Stance.SUPPORTS, None),
    "lukashenko-promise": ("Lukashenko had promised to keep", Stance.SUPPORTS, None),
    "lukashenko-no-missiles-quote": (
        "'I do not want missiles, planes, helicopters",
        Stance.CONTRADICTS,
        CueKind.ATTRIBUTION,
    ),
    "zelensky-optimistic": ("he was skeptical", Stance.CONTRADICTS, CueKind.ANTONYM),
    "gomel-offer-accepted": ("an offer that was rejected", Stance.CONTRADICTS, CueKind.ANTONYM),
    "troops-left-belarus": ("remained following", Stance.CONTRADICTS, CueKind.ANTONYM),
    "eu-sanctions": ("the EU yesterday announced", Stance.SUPPORTS, None),
    "s300-shot-down": ("said Thursday it shot down", Stance.SUPPORTS, None),
    "s300-first-incident": ("in the first such incident", Stance.SUPPORTS, None),
    "s300-time": ("around 10 am local time", Stance.CONTRADICTS, CueKind.TIME),
    "s300-debris-brest": ("western Brest region", Stance.SUPPORTS, None),
    "s300-debris-gomel": ("western Brest region", Stance.CONTRADICTS, CueKind.ENTITY),
    "s300-fragments": ("fragments belonged to an S-300", Stance.SUPPORTS, None),
    "lukashenko-not-informed": ("was immediately informed", Stance.CONTRADICTS, CueKind.NEGATION),
    "ambassador-summoned": ("foreign ministry summoned", Stance.SUPPORTS, None),
    "poland-missile-deaths": ("killed two people", Stance.CONTRADICTS, CueKind.NUMBER),
    "russia-admits-poland": ("Russia denies having fired", Stance.CONTRADICTS, CueKind.ANTONYM),
    "warsaw-blames-air-defence": ("Warsaw said it was likely", Stance.SUPPORTS, None),
    "joint-force-october": ("joint regional force", Stance.SUPPORTS, None),
}
WITHOUT_EVIDENCE = {"border-closed", "nato-emergency-summit"}


@pytest.fixture(scope="module")
def example() -> tuple[Workspace, MemoryIndex]:
    workspace = load_workspace(Path(__file__).resolve().parent.parent)
    return workspace, MemoryIndex(workspace_passages(workspace))


def test_expectations_cover_every_example_claim(example: tuple[Workspace, MemoryIndex]) -> None:
    workspace, _ = example
    assert {c.id for c in workspace.claims} == set(EXPECTED) | WITHOUT_EVIDENCE


@pytest.mark.parametrize("claim_id", sorted(EXPECTED))
def test_example_claim_finds_its_sentence_in_top_3_with_the_right_stance(
    example: tuple[Workspace, MemoryIndex], claim_id: str
) -> None:
    workspace, index = example
    claim = workspace.claim(claim_id)
    assert claim is not None
    words, stance, cue_kind = EXPECTED[claim_id]
    evidence = find_evidence(claim=claim, index=index, top_k=3)[:3]
    hit = next((e for e in evidence if words in e.passage.text), None)
    assert hit is not None, [e.passage.text for e in evidence]
    assert hit.stance is stance, hit.cues
    if cue_kind is not None:
        assert any(c.kind is cue_kind and c.conflict for c in hit.cues), hit.cues


@pytest.fixture(scope="module")
def semantic_example(example: tuple[Workspace, MemoryIndex]) -> tuple[Workspace, CandidateIndex]:
    """The example with every passage's vector in memory, as semantic retrieval has it."""
    from factcheck.evidence import semantic
    from factcheck.index.embeddings import in_memory

    if not semantic.installed():
        pytest.skip("the semantic extra is not installed")
    workspace, index = example
    return workspace, in_memory(index=index, encoder=semantic.load_encoder())


@pytest.mark.slow
def test_with_semantic_retrieval_every_example_claim_is_still_decided_right(
    semantic_example: tuple[Workspace, CandidateIndex],
) -> None:
    """The stance reads the cosine then: the example's sentences keep their stance."""
    workspace, index = semantic_example
    wrong = {}
    for claim_id, (words, stance, _) in EXPECTED.items():
        claim = workspace.claim(claim_id)
        assert claim is not None
        evidence = find_evidence(claim=claim, index=index, top_k=5)
        hit = next((e for e in evidence if words in e.passage.text), None)
        if hit is None or hit.stance is not stance:
            wrong[claim_id] = None if hit is None else hit.stance
    assert wrong == {}
    for claim_id in WITHOUT_EVIDENCE:  # nothing states these claims: none is "supports"
        claim = workspace.claim(claim_id)
        assert claim is not None
        found = find_evidence(claim=claim, index=index)
        assert all(e.stance is not Stance.SUPPORTS for e in found), found


def test_claims_without_evidence_only_find_weak_matches(
    example: tuple[Workspace, MemoryIndex],
) -> None:
    workspace, index = example
    for claim_id in WITHOUT_EVIDENCE:
        claim = workspace.claim(claim_id)
        assert claim is not None
        evidence = find_evidence(claim=claim, index=index)
        assert all(e.score < 50 for e in evidence)


def article(extra: str = "") -> str:
    return (
        "---\ntitle: Harbour news\n---\n"
        "READ ALSO: The harbour bridge will close for repairs next month\n\n"
        "Featured Image Credit: Harbour bridge closed for repairs (Alamy)\n\n"
        "The city council said the harbour bridge will close for repairs next month.\n\n"
        "Ferries will run every ten minutes while the bridge is closed.\n"
        f"{extra}"
    )


def small_workspace(make_workspace: Callable[..., Path], claims: str) -> Workspace:
    root = make_workspace(
        {
            "claims/c.yaml": claims,
            "sources/harbour.txt": article(),
            "sources/other/weather.txt": "Rain is expected over the harbour next month.\n\n"
            "The bridge festival was moved to June because of the repairs.\n",
        }
    )
    return load_workspace(root)


CLAIMS = """\
claims:
  - id: bridge
    text: The harbour bridge will close for repairs next month.
  - id: festival
    text: The bridge festival moved to June.
    sources: [harbour]
"""


def test_boilerplate_ranks_below_article_text(make_workspace: Callable[..., Path]) -> None:
    workspace = small_workspace(make_workspace, CLAIMS)
    index = MemoryIndex(workspace_passages(workspace))
    claim = workspace.claim("bridge")
    assert claim is not None
    evidence = find_evidence(claim=claim, index=index)
    assert evidence[0].passage.text.startswith("The city council said")
    boiler = [i for i, e in enumerate(evidence) if e.passage.boilerplate]
    assert boiler, "the read-also line should still be found, just ranked lower"
    assert min(boiler) > 0


def test_cited_source_is_always_shown(make_workspace: Callable[..., Path]) -> None:
    workspace = small_workspace(make_workspace, CLAIMS)
    index = MemoryIndex(workspace_passages(workspace))
    claim = workspace.claim("festival")
    assert claim is not None
    evidence = find_evidence(claim=claim, index=index, top_k=1)
    # The best passage is in the uncited source; the cited one is shown as well.
    assert evidence[0].source_id == "other/weather"
    assert not evidence[0].cited
    assert [e.source_id for e in evidence[1:]] == ["harbour"]
    assert evidence[1].cited


def test_dismissed_passages_are_excluded(make_workspace: Callable[..., Path]) -> None:
    workspace = small_workspace(make_workspace, CLAIMS)
    index = MemoryIndex(workspace_passages(workspace))
    claim = workspace.claim("bridge")
    assert claim is not None
    first = find_evidence(claim=claim, index=index)[0]
    again = find_evidence(claim=claim, index=index, dismissed=[first.passage.ref])
    assert first.passage.ref not in {e.passage.ref for e in again}
    assert again  # the next best passages move up


def test_scores_are_within_0_and_100_and_best_first(
    example: tuple[Workspace, MemoryIndex],
) -> None:
    workspace, index = example
    for result in match_claims(workspace=workspace, index=index):
        scores = [e.score for e in result.evidence]
        assert all(0 <= s <= 100 for s in scores)
        uncited = [e.score for e in result.evidence if not e.cited]
        assert uncited == sorted(uncited, reverse=True)
        assert len(result.evidence) <= workspace.settings.top_k + len(result.claim.sources)


def test_evidence_text_is_the_source_span(example: tuple[Workspace, MemoryIndex]) -> None:
    workspace, index = example
    for result in match_claims(workspace=workspace, index=index, top_k=3):
        for e in result.evidence:
            source = workspace.sources[e.source_id]
            assert source.text[e.passage.start : e.passage.end] == e.passage.text
            for cue in e.cues:
                if cue.start >= 0:
                    assert source.text[cue.start : cue.end] == cue.source


def test_claim_with_no_shared_words_gets_no_evidence(
    example: tuple[Workspace, MemoryIndex],
) -> None:
    _, index = example
    claim = Claim(id="x", text="Quantum chromodynamics explains gluons.", file="c.yaml", line=1)
    assert find_evidence(claim=claim, index=index) == ()


@pytest.fixture(scope="module")
def shuffled(example: tuple[Workspace, MemoryIndex]) -> tuple[Workspace, MemoryIndex]:
    """40 sources of the example's sentences, spliced and shuffled: many passages share
    most words with a claim, and some are identical (ties broken by passage number)."""
    import dataclasses
    import itertools
    import random

    from factcheck.workspace.sources import parse_source

    workspace, index = example
    sentences = [p.text for p in index.passages if len(p.text) > 40]
    rng = random.Random(0)
    sources = {}
    for i in range(40):
        picked = rng.sample(sentences, 12)
        lines = [
            f"{a.rstrip('.')} and {b[0].lower()}{b[1:]}" if rng.random() < 0.3 else a
            for a, b in itertools.pairwise(picked)
        ]
        sources[f"s{i:02d}"] = parse_source(
            "\n\n".join(lines) + "\n", source_id=f"s{i:02d}", path=f"sources/s{i:02d}.txt"
        )
    mixed = dataclasses.replace(workspace, sources=sources)
    return mixed, MemoryIndex(workspace_passages(mixed))


@pytest.mark.parametrize("top_k", [1, 3, 5])
@pytest.mark.parametrize("corpus", ["example", "shuffled"])
def test_skipping_hopeless_candidates_changes_no_ranking(
    request: pytest.FixtureRequest, corpus: str, monkeypatch: pytest.MonkeyPatch, top_k: int
) -> None:
    """partial_ratio is skipped for candidates that cannot reach the top K: the top K, their
    scores and the best of each cited source must be those of scoring every candidate."""
    from factcheck.evidence import scoring

    workspace, index = request.getfixturevalue(corpus)
    claims = [
        *workspace.claims,
        # The same claims citing two sources: cited passages are always scored.
        *(
            Claim(
                id=f"{c.id}-cites",
                text=c.text,
                file=c.file,
                line=c.line,
                sources=tuple(sorted(workspace.sources)[:2]),
            )
            for c in workspace.claims
        ),
    ]
    pruned = [find_evidence(claim=c, index=index, top_k=top_k) for c in claims]
    top = scoring.Ranking.top

    def score_everything(self: scoring.Ranking, top_k: int) -> list[tuple[float, int]]:
        return top(self, 0)  # top_k 0: every candidate scored exactly

    monkeypatch.setattr(scoring.Ranking, "top", score_everything)
    exhaustive = [find_evidence(claim=c, index=index, top_k=top_k) for c in claims]
    assert pruned == exhaustive
    assert any(len(e) > top_k for e in pruned)  # some cited best shown below the top K
