"""Where a claim's pinned passages are now, and which column each passage goes in.

Pure functions over the verdict entry and the sources: the review screen calls
them to draw the evidence columns, the actions to find the stored pin behind a card.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from factcheck.check import locate_quote
from factcheck.workspace import Evidence, Passage, PinnedEvidence, Source, Stance, Verdict

Located = dict[str, tuple[PinnedEvidence, Passage]]


def located_pins(pins: Iterable[PinnedEvidence], sources: Mapping[str, Source]) -> Located:
    """The pins by the ref of where their quote is now, with that passage.

    A source re-saved with other line endings (or edited above the quote)
    moves spans: the quote is found again by its text, so the passage found
    there is the one marked pinned, and p or t on it acts on the stored pin.
    """
    located: Located = {}
    for pin in pins:
        source = sources.get(pin.source)
        span = None
        if source is not None:
            span = locate_quote(
                quote=pin.quote, source_text=source.text, start=pin.start, end=pin.end
            )
        if source is None or span is None:  # gone or drifted: shown as it was pinned
            passage = Passage(source_id=pin.source, start=pin.start, end=pin.end, text=pin.quote)
        else:
            start, end = span
            passage = Passage(pin.source, start, end, source.text[start:end])
        located[passage.ref] = (pin, passage)
    return located


def by_stance(
    found: Sequence[Evidence] | None,
    *,
    claim_id: str,
    verdict: Verdict,
    located: Located,
    stances: Iterable[Stance],
) -> dict[Stance, list[Evidence]]:
    """The passages to show in each column: found ones not dismissed, and every pin.

    A pinned passage goes in the column of its pinned stance, whatever the
    matcher said; one pinned earlier and no longer among the best is still shown.
    """
    dismissed = set(verdict.dismissed)
    shown = [e for e in found or () if e.passage.ref not in dismissed]
    refs = {e.passage.ref for e in shown}
    for ref, (pin, passage) in located.items():
        if ref not in refs:
            shown.append(Evidence(claim_id, passage, 0.0, pin.stance))
    pinned = {ref: pin.stance for ref, (pin, _) in located.items()}
    columns: dict[Stance, list[Evidence]] = {stance: [] for stance in stances}
    for e in shown:
        columns[pinned.get(e.passage.ref, e.stance)].append(e)
    return columns
