"""FC001 match scores: the best cited passage of each claim, computed once and cached.

Each claim gets one call of the matching pipeline (``top_k=0``: only the best
passage of each cited source), shared out across cores when there are many, so
``check`` scores exactly as ``factcheck match`` does.

Matching is the slow part of the check. Its result for a claim (the best score of
a passage of its cited sources) depends on the claim's text, citations and dismissed
passages, and, through the index statistics, on every source, the settings and the
code. The cache keeps one score per claim under a fingerprint of everything else:
edit a claim and only that claim is matched again; edit a source, the settings or
factcheck itself and the whole cache is dropped. It lives in ``.factcheck/`` and is
always safe to delete; a cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import factcheck
from factcheck.evidence import build_index, evidence_in_processes, find_evidence
from factcheck.workspace import SETTINGS_FILE, Claim, Evidence, Workspace, atomic_write

CACHE_FILE = ".factcheck/check-cache.json"
CACHE_FORMAT = 1


def _code_hash() -> str:
    """A hash of factcheck's own code: any change to matching invalidates every score."""
    digest = hashlib.sha256(factcheck.__version__.encode())
    package = Path(factcheck.__file__).parent
    for file in sorted(package.rglob("*.py")):
        digest.update(file.relative_to(package).as_posix().encode() + b"\0")
        digest.update(file.read_bytes())
    return digest.hexdigest()


def fingerprint(*, workspace: Workspace) -> str:
    """What every cached score depends on besides its own claim."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}\0{_code_hash()}\0".encode())
    for source_id, source in sorted(workspace.sources.items()):
        digest.update(f"{source_id}\0{source.content_hash}\0".encode())
    settings = workspace.root / SETTINGS_FILE
    if settings.is_file():
        digest.update(settings.read_bytes())
    return digest.hexdigest()


def claim_key(claim: Claim, dismissed: Iterable[str]) -> str:
    """The cache key of one claim: its text, its citations and its dismissed passages."""
    data = json.dumps([claim.text, sorted(claim.sources), sorted(dismissed)], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


class ScoreCache:
    """Best cited scores by claim key, valid for one fingerprint."""

    def __init__(self, *, root: Path, fingerprint: str, scores: dict[str, float]) -> None:
        self.root = root
        self.fingerprint = fingerprint
        self.scores = scores
        self._loaded = dict(scores)

    @classmethod
    def open(cls, *, workspace: Workspace) -> ScoreCache:
        """The cache of ``workspace``; empty when absent, unreadable or for other sources/code."""
        current = fingerprint(workspace=workspace)
        scores: dict[str, float] = {}
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            data = json.loads((workspace.root / CACHE_FILE).read_text(encoding="utf-8"))
            if data.get("fingerprint") == current:
                scores = {str(k): float(v) for k, v in data["scores"].items()}
        return cls(root=workspace.root, fingerprint=current, scores=scores)

    def save(self, *, keep: Iterable[str]) -> None:
        """Write the scores of the ``keep`` keys (the current claims) if anything changed."""
        kept = {key: self.scores[key] for key in sorted(set(keep)) if key in self.scores}
        if kept == self._loaded:
            return
        target = self.root / CACHE_FILE
        if not target.parent.resolve().is_relative_to(self.root.resolve()):
            return  # a .factcheck/ symlinked out of the workspace: never write there
        text = json.dumps({"fingerprint": self.fingerprint, "scores": kept}, indent=0)
        with contextlib.suppress(OSError):  # a read-only workspace just runs uncached
            atomic_write(target, text + "\n")


Where = tuple[str, str]  # (claims file, claim id): ids can repeat when FC006 fires


def _match(
    workspace: Workspace, claims: Sequence[tuple[Claim, Sequence[str]]]
) -> dict[Where, float]:
    index = build_index(workspace=workspace)
    dismissed = {(claim.file, claim.id): tuple(d) for claim, d in claims}

    def cited_evidence(claim: Claim) -> tuple[Evidence, ...]:
        found = find_evidence(
            claim=claim, index=index, top_k=0, dismissed=dismissed[claim.file, claim.id]
        )
        return tuple(e for e in found if e.cited)

    just_claims = [claim for claim, _ in claims]
    found = evidence_in_processes(claims=just_claims, find=cited_evidence)
    if found is None:
        found = [cited_evidence(claim) for claim in just_claims]
    return {
        (claim.file, claim.id): max((e.score for e in evidence), default=0.0)
        for claim, evidence in zip(just_claims, found, strict=True)
    }


def best_cited_scores(
    *, workspace: Workspace, claims: Sequence[tuple[Claim, Sequence[str]]], use_cache: bool = True
) -> dict[Where, float]:
    """The best score (0-100) of a cited passage for each (claim, dismissed refs) pair."""
    cache = ScoreCache.open(workspace=workspace) if use_cache else None
    keys = {(claim.file, claim.id): claim_key(claim, d) for claim, d in claims}
    scores: dict[Where, float] = {}
    todo = []
    for claim, d in claims:
        where = (claim.file, claim.id)
        if cache is not None and keys[where] in cache.scores:
            scores[where] = cache.scores[keys[where]]
        else:
            todo.append((claim, d))
    if todo:
        scores.update(_match(workspace, todo))
    if cache is not None:
        cache.scores.update({keys[where]: score for where, score in scores.items()})
        cache.save(keep=keys.values())
    return scores
