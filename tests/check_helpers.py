"""Small workspaces for the ``factcheck check`` tests."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from factcheck.verdicts.files import serialize_verdicts
from factcheck.workspace.models import PinnedEvidence, Stance, Verdict, text_hash

SOURCE = (
    "The ministry said the missile was shot down at around 10 am local time.\n"
    "\n"
    "Debris fell in a village in the western Brest region, which borders Ukraine and Poland.\n"
)
DEBRIS = "Debris fell in a village in the Brest region."
QUOTE = "Debris fell in a village in the western Brest region, which borders Ukraine and Poland."
CLAIMS = f"""\
document: Draft
claims:
  - id: debris
    text: {DEBRIS}
    sources: [brest]
"""


def pinned(
    quote: str = QUOTE, source: str = "brest", stance: Stance = Stance.SUPPORTS
) -> PinnedEvidence:
    start = SOURCE.find(quote)
    return PinnedEvidence(
        source=source, stance=stance, quote=quote, start=start, end=start + len(quote)
    )


def verdict(
    key: str | None = "supported",
    *,
    text: str = DEBRIS,
    evidence: tuple[PinnedEvidence, ...] = (),
    dismissed: tuple[str, ...] = (),
) -> Verdict:
    return Verdict(
        verdict=key,
        reviewer="Ada",
        reviewed_at="2026-11-22T10:00:00Z",
        claim_hash=text_hash(text),
        evidence=evidence,
        dismissed=dismissed,
    )


def verdict_file(entries: Mapping[str, Verdict]) -> str:
    return serialize_verdicts(entries)


def workspace(
    make_workspace: Callable[..., Path],
    claims: str = CLAIMS,
    *,
    source: str = SOURCE,
    verdicts: Mapping[str, Verdict] | None = None,
    extra: Mapping[str, str | bytes] | None = None,
) -> Path:
    files: dict[str, str | bytes] = {"claims/draft.yaml": claims, "sources/brest.txt": source}
    if verdicts is not None:
        files["verdicts/draft.yaml"] = verdict_file(verdicts)
    files.update(extra or {})
    root: Path = make_workspace(files)
    return root
