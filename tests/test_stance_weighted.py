"""Lexical "supports" weighs the claim's words by their idf in the workspace.

Every source of a story names its places and things ("Belarus", "missile", "incident"):
a passage that holds only those is on the claim's topic, not stating it. Without the
weights, "Belarus said the missile incident is under investigation" held half the words of
"Belarus closed its border with Poland after the missile incident" and was shown as
supporting it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.evidence.alignment import claim_weights
from factcheck.evidence.sides import Side
from factcheck.evidence.stance import SUPPORT_MIN, alignment, decide
from factcheck.index.candidates import MemoryIndex
from factcheck.workspace.models import Passage, Stance
from tests.stance_helpers import assess

CLAIM = "Belarus closed its border with Poland after the missile incident."
STATES = "On Friday Belarus closed the border with Poland after the incident with the missile."
TOPIC = "Belarus said the missile incident is under investigation."
# The rest of the story: every line names Belarus, the missile or the incident.
STORY = [
    "Belarus said the missile fell in a field near Brest.",
    "The missile incident drew protests from Kyiv.",
    "Officials in Belarus said the incident caused no injuries.",
    "Fragments of the missile were taken to Minsk.",
    "Belarus demanded an inquiry into the incident.",
    "A second missile was reported over Belarus on Sunday.",
]


def _index(*texts: str) -> MemoryIndex:
    return MemoryIndex([Passage("s", i * 100, i * 100 + len(t), t) for i, t in enumerate(texts)])


def _weights(claim: str, index: MemoryIndex) -> dict[str, float]:
    return claim_weights(claim_text=claim, idf=index.idf, passages=len(index.passages))


def test_weights_count_rare_words_more() -> None:
    weights = _weights(CLAIM, _index(*STORY, TOPIC, STATES))
    claim, topic = Side.of(CLAIM), Side.of(TOPIC)
    assert alignment(claim, topic) == pytest.approx(0.5)  # belarus, missil, incid of six
    assert weights["border"] > weights["belarus"]
    assert alignment(claim, topic, weights) < 0.2
    # Equal weights give the plain share; the passage that states the claim holds it all.
    assert alignment(claim, topic, dict.fromkeys(weights, 1.0)) == pytest.approx(0.5)
    assert alignment(claim, Side.of(STATES), weights) == pytest.approx(1.0)


def test_a_word_weighs_by_its_own_index_terms() -> None:
    """The stance's stems are not always index terms: "short-range" is indexed as "short"
    and "range", "killed" as "kill" (the stance reads it as "die"). Weighed by the stem, as
    if no passage held it, a word in most passages outweighed the rest."""
    index = _index(
        "Russia fired a short-range missile at the port.",
        "The short-range missile hit a warehouse.",
        "Officials said the short-range missile was intercepted.",
        "Two people were killed in the shooting at the mall.",
        "Three shoppers were killed as they fled.",
        "Ships waited offshore.",
    )
    weights = _weights("Ukraine shot down a short-range drone near the port.", index)
    assert weights["short-range"] == pytest.approx(index.idf("short"))
    assert weights["short-range"] < weights["drone"]
    weights = _weights("Police killed the gunman.", index)
    assert [w for s, w in weights.items() if s not in {"polic", "gunman"}] == [index.idf("kill")]


def test_a_word_no_passage_holds_weighs_as_the_rarest() -> None:
    """In a workspace of one passage, every word it holds is in every passage: weighed by
    idf, the claim's other words would outweigh them all and nothing would be stated."""
    source = "Acme Corp will close its Ohio plant in May."
    claim = "Acme Corp will close its Ohio plant, its chief executive told reporters."
    weights = _weights(claim, _index(source))
    assert len(set(weights.values())) == 1
    assert assess(claim, source, weights=weights)[0] is Stance.SUPPORTS


def test_weights_decide_only_without_meaning() -> None:
    """Given weights, the lexical stance reads them; the semantic one reads the cosine."""
    weights = _weights(CLAIM, _index(*STORY, TOPIC, STATES))
    assert assess(CLAIM, TOPIC)[0] is Stance.SUPPORTS  # half the words: the old reading
    assert assess(CLAIM, TOPIC, weights=weights)[0] is Stance.NEUTRAL
    assert assess(CLAIM, STATES, weights=weights)[0] is Stance.SUPPORTS
    assert assess(CLAIM, TOPIC, weights=weights, meaning=0.9)[0] is Stance.SUPPORTS
    assert alignment(Side.of(CLAIM), Side.of(TOPIC)) >= SUPPORT_MIN
    # The shipped share, chosen on the evaluation data with the weights (docs/matching.md).
    assert decide(aligned=1.0, cues=(), weighted=0.2) is Stance.SUPPORTS
    assert decide(aligned=1.0, cues=(), weighted=0.15) is Stance.NEUTRAL


def test_the_same_figure_rule_still_counts_words_alike() -> None:
    """With the cosine, a passage giving the claim's figure states it with 27.5% of its
    words counted alike (SAME_FIGURE_MIN), not the lexical share: a quarter is not enough."""
    claim = "The factory employs 1,200 people in Ohio."
    rally = "About 1,200 people attended the rally in Columbus."
    plant = "The plant, which employs about 1,200 people, will close."
    assert assess(claim, rally, meaning=0.416)[0] is Stance.NEUTRAL
    assert assess(claim, plant, meaning=0.35)[0] is Stance.SUPPORTS


def test_match_shows_a_topic_passage_as_related(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    story = "\n\n".join([*STORY, TOPIC, STATES]) + "\n"
    (tmp_path / "sources" / "story.txt").write_text(story, encoding="utf-8")
    (tmp_path / "claims" / "c.yaml").write_text(
        f"claims:\n- id: border\n  text: {CLAIM}\n", encoding="utf-8"
    )
    code = main(["match", str(tmp_path), "--format", "json", "--no-semantic", "--top", "8"])
    assert code == 0
    evidence = json.loads(capsys.readouterr().out)["claims"][0]["evidence"]
    stances = {e["text"]: e["stance"] for e in evidence}
    assert stances[STATES] == "supports"
    assert stances[TOPIC] == "neutral"
    assert "supports" not in {stances[line] for line in STORY if line in stances}


def test_match_weighs_hyphenated_words_by_their_parts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    story = [
        "Russia fired a short-range missile at the port.",
        "The short-range missile hit a warehouse.",
        "Officials said the short-range missile was intercepted.",
        "A short-range rocket landed in a field.",
        "Ships waited outside the port for two days.",
        "The port reopened on Monday.",
    ]
    (tmp_path / "sources" / "story.txt").write_text("\n\n".join(story) + "\n", encoding="utf-8")
    claim = "Ukraine shot down a short-range drone near the port."
    (tmp_path / "claims" / "c.yaml").write_text(
        f"claims:\n- id: drone\n  text: {claim}\n", encoding="utf-8"
    )
    code = main(["match", str(tmp_path), "--format", "json", "--no-semantic", "--top", "6"])
    assert code == 0
    evidence = json.loads(capsys.readouterr().out)["claims"][0]["evidence"]
    assert {e["text"]: e["stance"] for e in evidence}[story[0]] == "neutral"
