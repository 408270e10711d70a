"""FC001's shortcut: a claim that plainly matches a cited passage passes without the index.

FC001 asks one question of a claim's best cited score: is it at least the threshold?
The exact score needs the whole index (the terms' idf weights, the passage's BM25 score
and whether it is among the claim's BM25 candidates), and building the index is most of
a cold check. But a passage's score has a floor that needs none of that
(``evidence.score_floor``: the BM25 signal taken as 0, the coverage as 100 when the
passage holds every claim term, the rapidfuzz signals as they are). When the floor of one
cited passage reaches the threshold, so does the best cited score, and the claim passes
with exactly the findings the exact score would give. Only claims no floor settles are
matched exactly, and only when there are some is the index built (with the scoring, most
of a cold check).

Which passages to try is a guess (the few most like the claim as written, by
``fuzz.ratio``); a wrong guess costs time, never a different finding, since every
floor is a passage's own. Passages are the index's own (``passage_spans`` of the source)
and dismissed ones are never tried.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rapidfuzz import fuzz, process

from factcheck.workspace import Claim, Workspace, passage_spans, terms

Where = tuple[str, str]  # (claims file, claim id)

# Passages floored per claim before it is left to the exact match: the first guess settles
# nearly every claim a floor can settle; the runner-up is cheap insurance.
TRIED = 2

Span = tuple[int, int, bool]  # start, end, boilerplate


class _Passages:
    """Each source's passages (as the index splits them) and their term strings, on first use."""

    def __init__(self, workspace: Workspace) -> None:
        self._sources = workspace.sources
        self._spans: dict[str, list[Span]] = {}
        self._texts: dict[str, list[str]] = {}
        self._terms: dict[tuple[str, int, int], str] = {}

    def spans(self, source_id: str) -> list[Span]:
        found = self._spans.get(source_id)
        if found is None:
            source = self._sources[source_id]
            found = [(start, end, boiler) for start, end, boiler, _ in passage_spans(source)]
            self._spans[source_id] = found
        return found

    def texts(self, source_id: str) -> list[str]:
        found = self._texts.get(source_id)
        if found is None:
            text = self._sources[source_id].text
            found = [text[start:end] for start, end, _ in self.spans(source_id)]
            self._texts[source_id] = found
        return found

    def term_string(self, source_id: str, start: int, end: int) -> str:
        key = (source_id, start, end)
        found = self._terms.get(key)
        if found is None:
            found = " ".join(terms(self._sources[source_id].text[start:end]))
            self._terms[key] = found
        return found

    def guesses(self, claim: Claim, dismissed: set[str]) -> Iterator[tuple[str, Span]]:
        """The cited passages most like the claim as written (``fuzz.ratio``), best first:
        the best one, then (when asked for) the others of the TRIED best."""
        cited = [s for s in dict.fromkeys(claim.sources) if s in self._sources]
        choices: list[tuple[str, Span]] = []
        texts: list[str] = []
        for source_id in cited:
            for span, text in zip(self.spans(source_id), self.texts(source_id), strict=True):
                if not dismissed or f"{source_id}@{span[0]}-{span[1]}" not in dismissed:
                    choices.append((source_id, span))
                    texts.append(text)
        if not texts:
            return
        # Most claims are settled by the first guess: the others are ranked only if not.
        first = process.extractOne(claim.text, texts, scorer=fuzz.ratio)[2]
        yield choices[first]
        for _, _, number in process.extract(claim.text, texts, scorer=fuzz.ratio, limit=TRIED):
            if number != first:
                yield choices[number]


def floor_scores(
    *, workspace: Workspace, claims: Sequence[tuple[Claim, Sequence[str]]], at_least: float
) -> dict[Where, float]:
    """For each (claim, dismissed refs) settled by a floor: a best cited score at least
    ``at_least`` and at most the exact one (rounded as ``Evidence.score``). Claims no
    floor settles are left out. Lexical scores only: a fused (semantic) score has no
    such floor.
    """
    # Imported here: a check whose scores are all cached never loads the scorers.
    from factcheck.evidence import score_floor

    # The highest floor there is (a passage worded as the claim, every signal but BM25 at
    # 100): above it no floor settles anything (a --min-score of 95, say), so none is tried.
    if round(score_floor(claim_terms="a", passage_terms="a", boilerplate=False), 1) < at_least:
        return {}
    # Claims citing the same sources together: only their passages are held at a time.
    groups: dict[tuple[str, ...], list[tuple[Claim, Sequence[str]]]] = {}
    for claim, dismissed in claims:
        groups.setdefault(tuple(sorted(set(claim.sources))), []).append((claim, dismissed))
    found: dict[Where, float] = {}
    for group in groups.values():
        passages = _Passages(workspace)
        for claim, dismissed in group:
            claim_terms = " ".join(terms(claim.text))
            if not claim_terms:
                continue
            for source_id, (start, end, boilerplate) in passages.guesses(claim, set(dismissed)):
                floor = score_floor(
                    claim_terms=claim_terms,
                    passage_terms=passages.term_string(source_id, start, end),
                    boilerplate=boilerplate,
                )
                # Rounding is monotone: the exact score rounds to at least this.
                if round(floor, 1) >= at_least:
                    found[claim.file, claim.id] = round(floor, 1)
                    break
    return found
