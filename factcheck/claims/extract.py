"""Proposing check-worthy claims from a draft: score each sentence, rank, give stable ids.

A sentence is worth checking when it states something a source can confirm or
refute: numbers, dates, quantities, comparisons, named people and places,
quotations and statements attributed to someone. The writer's own opinion
(outside quotation marks), questions, speculation and page furniture are left
out. The scoring is a transparent sum of signals, so a reviewer can see why a
sentence was proposed; it does no I/O and needs no model.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.claims.ids import claim_id
from factcheck.claims.names import mid_sentence_names
from factcheck.claims.scoring import score_sentence
from factcheck.claims.signals import Signal
from factcheck.workspace import normalize, sentence_spans

# Sentences scoring below this are not proposed. One signal is enough: on the example
# draft and two real articles (benchmarks/extract_quality.py) 1.0 costs no precision
# against 2.0 (0.93 both, recall 1.00 both), while real claims that people
# sent to fact-checkers (CLIMATE-FEVER, HealthVer; held-out halves) are proposed 83% and
# 84% of the time instead of 65% and 71%: many state a cause or a trend and little else.
# A fact-checker deletes an extra claim in a second; a missed one is never seen.
DEFAULT_MIN_SCORE = 1.0


@dataclass(frozen=True)
class ProposedClaim:
    """A sentence proposed as a claim, with its check-worthiness score and the reasons."""

    id: str
    text: str
    score: float
    signals: tuple[Signal, ...]
    position: int  # the sentence's place in the draft, from 0

    @property
    def reason(self) -> str:
        """Why it was proposed, as the preview and ``--into`` write it: ``score 3: date, name``."""
        return f"score {self.score:g}: {', '.join(s.value for s in self.signals)}"


def extract_claims(
    *, text: str, min_score: float = DEFAULT_MIN_SCORE, limit: int | None = None
) -> list[ProposedClaim]:
    """The check-worthy sentences of ``text``, best first (ties in draft order).

    Boilerplate lines (read-also links, prompts, captions, see factcheck.workspace.passages)
    and duplicate sentences are skipped; ids are unique within the result.
    """
    sentences: list[tuple[str, bool]] = [
        (" ".join(text[start:end].split()), boilerplate)
        for paragraph in sentence_spans(text)
        for start, end, boilerplate in paragraph
    ]
    known = mid_sentence_names(s for s, boilerplate in sentences if not boilerplate)
    scored: list[tuple[float, int, str, tuple[Signal, ...]]] = []
    seen: set[str] = set()
    for position, (sentence, boilerplate) in enumerate(sentences):
        key = " ".join(normalize(sentence).split())
        if boilerplate or key in seen:
            continue
        seen.add(key)
        result = score_sentence(sentence, known_names=known)
        if result is None or result[0] < min_score:
            continue
        scored.append((result[0], position, sentence, result[1]))
    scored.sort(key=lambda item: (-item[0], item[1]))
    if limit is not None:
        scored = scored[:limit]
    claims: list[ProposedClaim] = []
    ids: set[str] = set()
    for score, pos, sentence, signals in scored:
        new_id = claim_id(sentence, taken=ids)
        ids.add(new_id)
        claims.append(
            ProposedClaim(id=new_id, text=sentence, score=score, signals=signals, position=pos)
        )
    return claims
