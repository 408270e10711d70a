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
from factcheck.evidence.sides import Side
from factcheck.evidence.stance import SUPPORT_MIN, alignment
from factcheck.workspace.models import Stance
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


def test_weights_count_rare_words_more() -> None:
    common = {"belarus": 0.2, "missil": 0.2, "incid": 0.2}

    def idf(stem: str) -> float:
        return common.get(stem, 3.0)

    claim, topic = Side.of(CLAIM), Side.of(TOPIC)
    assert alignment(claim, topic) == pytest.approx(0.5)  # belarus, missil, incid of six
    assert alignment(claim, topic, idf) == pytest.approx(0.6 / (0.6 + 3 * 3.0))
    # Equal weights give the plain share; no weights at all (a unit test's passage) too.
    assert alignment(claim, topic, lambda _: 1.0) == pytest.approx(0.5)
    assert alignment(claim, Side.of(STATES), idf) == pytest.approx(1.0)


def test_weights_decide_only_without_meaning() -> None:
    """Passed a weight, the lexical stance reads it; the semantic one reads the cosine."""

    def idf(stem: str) -> float:
        return 0.1 if stem in {"belarus", "missil", "incid"} else 3.0

    assert assess(CLAIM, TOPIC)[0] is Stance.SUPPORTS  # half the words: the old reading
    assert assess(CLAIM, TOPIC, weight=idf)[0] is Stance.NEUTRAL
    assert assess(CLAIM, STATES, weight=idf)[0] is Stance.SUPPORTS
    assert assess(CLAIM, TOPIC, weight=idf, meaning=0.9)[0] is Stance.SUPPORTS
    assert alignment(Side.of(CLAIM), Side.of(TOPIC)) >= SUPPORT_MIN


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
