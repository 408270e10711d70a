"""FC001 match scores: the best cited passage of each claim, computed once and cached.

Each claim's cited passages are scored by the matching pipeline
(``evidence.best_cited_score``: what ``find_evidence(top_k=0)`` gives its cited evidence,
without scoring the other candidates or reading stance), shared out across cores when
there are many, so ``check`` scores exactly as ``factcheck match`` does.

Matching is the slow part of the check. Its result for a claim (the best score of
a passage of its cited sources) depends on the claim's text, citations and dismissed
passages, and, through the index statistics, on every source, the settings and the
code. The cache keeps one score per claim under a fingerprint of everything else:
edit a claim and only that claim is matched again; edit a source, the settings or
factcheck itself and the whole cache is dropped. It lives in ``.factcheck/`` and is
always safe to delete; a cache that cannot be read or written is simply not used.
A claim that passed on a floor (``check.floor``) is kept as that floor, apart: it
answers a later check whose threshold it reaches, and is matched exactly otherwise.

The cache is a file in the workspace, and a workspace arrives by pull request: a committed
``.factcheck/check-cache.json`` with high scores would otherwise let ``check`` pass claims
it fails. So every cache carries an HMAC-SHA256 of its fingerprint and scores, keyed by a
secret of this user on this machine, kept outside any workspace
(``$XDG_CACHE_HOME/factcheck/check-cache.key``, else ``~/.cache/...``, mode 0600). Only
caches this machine wrote verify; anything else (edited, committed, copied from another
machine or user) is ignored and rebuilt. Without a usable key, ``check`` runs uncached.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

import factcheck
from factcheck.check.floor import floor_scores
from factcheck.errors import FactcheckError
from factcheck.evidence import semantic_enabled
from factcheck.workspace import (
    SETTINGS_FILE,
    Claim,
    Workspace,
    atomic_write,
    read_file_text,
)

CACHE_FILE = ".factcheck/check-cache.json"
CACHE_FORMAT = 3
KEY_FILE = "factcheck/check-cache.key"
_KEY_BYTES = 32


def key_path() -> Path:
    """Where this user's cache key lives: the user's cache folder, outside every workspace."""
    base = os.environ.get("XDG_CACHE_HOME") or ""
    folder = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return folder / KEY_FILE


def _read_key(path: Path) -> bytes | None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        # A key others can read or write (or someone else's) could sign a forged cache.
        if not stat.S_ISREG(info.st_mode) or info.st_mode & 0o077 or info.st_uid != os.geteuid():
            return None
        key = handle.read(_KEY_BYTES + 1)
    return key if len(key) == _KEY_BYTES else None


def cache_key() -> bytes | None:
    """This user's secret for signing caches, made on first use; None when it cannot be."""
    path = key_path()
    try:
        return _read_key(path)
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(_KEY_BYTES))
            handle.flush()
            os.fsync(handle.fileno())
    except FileExistsError:
        pass  # another check made it first: use theirs
    except OSError:
        return None
    try:
        return _read_key(path)
    except OSError:
        return None


def seal(
    *,
    key: bytes,
    fingerprint: str,
    scores: dict[str, float],
    floors: dict[str, float] | None = None,
) -> str:
    """The HMAC of a cache's content: what it was computed for, every score and every floor."""
    body = json.dumps(
        [CACHE_FORMAT, fingerprint, scores, floors or {}], sort_keys=True, separators=(",", ":")
    )
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


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
    # Semantic retrieval fuses a cosine into every score.
    digest.update(
        b"semantic\0" if semantic_enabled(workspace.settings, workspace=workspace) else b"lexical\0"
    )
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
    """Best cited scores by claim key, and floors under them, valid for one fingerprint."""

    def __init__(
        self,
        *,
        root: Path,
        fingerprint: str,
        scores: dict[str, float],
        key: bytes | None,
        floors: dict[str, float] | None = None,
    ) -> None:
        self.root = root
        self.fingerprint = fingerprint
        self.scores = scores
        self.floors = floors if floors is not None else {}
        self.key = key
        self._loaded = (dict(self.scores), dict(self.floors))

    @classmethod
    def open(cls, *, workspace: Workspace) -> ScoreCache:
        """The cache of ``workspace``; empty when absent, unreadable, for other sources or
        code, or not sealed with this machine's key (tampered, committed, copied)."""
        current = fingerprint(workspace=workspace)
        key = cache_key()
        scores: dict[str, float] = {}
        floors: dict[str, float] = {}
        with contextlib.suppress(FactcheckError, ValueError, TypeError, AttributeError):
            file = workspace.root / CACHE_FILE
            data = json.loads(read_file_text(file, rel=CACHE_FILE)) if key else {}
            if key and data.get("fingerprint") == current:
                found = {str(k): float(v) for k, v in data["scores"].items()}
                under = {str(k): float(v) for k, v in data.get("floors", {}).items()}
                expected = seal(key=key, fingerprint=current, scores=found, floors=under)
                if hmac.compare_digest(str(data.get("seal", "")), expected):
                    scores, floors = found, under
        return cls(root=workspace.root, fingerprint=current, scores=scores, key=key, floors=floors)

    def save(self, *, keep: Iterable[str]) -> None:
        """Write the scores and floors of the ``keep`` keys (the current claims) if anything
        changed."""
        wanted = sorted(set(keep))
        kept = {key: self.scores[key] for key in wanted if key in self.scores}
        # A floor is kept only while no exact score says more.
        under = {key: self.floors[key] for key in wanted if key in self.floors and key not in kept}
        if (kept, under) == self._loaded or self.key is None:
            return
        target = self.root / CACHE_FILE
        if not target.parent.resolve().is_relative_to(self.root.resolve()):
            return  # a .factcheck/ symlinked out of the workspace: never write there
        sealed = seal(key=self.key, fingerprint=self.fingerprint, scores=kept, floors=under)
        data = {"fingerprint": self.fingerprint, "scores": kept, "floors": under, "seal": sealed}
        text = json.dumps(data, indent=0)
        with contextlib.suppress(OSError):  # a read-only workspace just runs uncached
            atomic_write(target, text + "\n")


Where = tuple[str, str]  # (claims file, claim id): ids can repeat when FC006 fires


def _match(
    workspace: Workspace, claims: Sequence[tuple[Claim, Sequence[str]]]
) -> dict[Where, float]:
    # Imported here: a check whose scores are all cached never loads numpy or the index.
    from factcheck.evidence import best_cited_score, build_index, evidence_in_processes

    index = build_index(workspace=workspace)
    dismissed = {(claim.file, claim.id): tuple(d) for claim, d in claims}

    def best(claim: Claim) -> float:
        # Only the cited passages are scored: the best of them is all FC001 reads.
        return best_cited_score(claim=claim, index=index, dismissed=dismissed[claim.file, claim.id])

    just_claims = [claim for claim, _ in claims]
    vectors = getattr(index, "vectors", None)
    if vectors is not None:  # semantic: the claims encoded here, before any worker forks
        vectors.prepare([claim.text for claim in just_claims], limit=1)
    found = evidence_in_processes(claims=just_claims, find=best)
    if found is None:
        found = [best(claim) for claim in just_claims]
    return {(claim.file, claim.id): score for claim, score in zip(just_claims, found, strict=True)}


def best_cited_scores(
    *,
    workspace: Workspace,
    claims: Sequence[tuple[Claim, Sequence[str]]],
    use_cache: bool = True,
    at_least: float | None = None,
) -> dict[Where, float]:
    """The best score (0-100) of a cited passage for each (claim, dismissed refs) pair.

    With ``at_least`` (FC001's threshold), a claim whose score is shown to reach it by a
    floor (``check.floor``, lexical matching only) gets that floor instead: at least
    ``at_least``, at most its exact score, and found without building the index.
    """
    cache = ScoreCache.open(workspace=workspace) if use_cache else None
    keys = {(claim.file, claim.id): claim_key(claim, d) for claim, d in claims}
    # A floor means nothing without a threshold, nor under a fused (semantic) score.
    threshold = None if semantic_enabled(workspace.settings, workspace=workspace) else at_least
    scores: dict[Where, float] = {}
    floors: dict[Where, float] = {}
    todo = []
    for claim, d in claims:
        where = (claim.file, claim.id)
        key = keys[where]
        floor = cache.floors.get(key) if cache is not None else None
        if cache is not None and key in cache.scores:
            scores[where] = cache.scores[key]
        elif threshold is not None and floor is not None and floor >= threshold:
            floors[where] = floor
        else:
            todo.append((claim, d))
    if todo and threshold is not None:
        floors.update(floor_scores(workspace=workspace, claims=todo, at_least=threshold))
        todo = [(claim, d) for claim, d in todo if (claim.file, claim.id) not in floors]
    if todo:
        scores.update(_match(workspace, todo))
    if cache is not None:
        cache.scores.update({keys[where]: score for where, score in scores.items()})
        cache.floors.update({keys[where]: floor for where, floor in floors.items()})
        cache.save(keep=keys.values())
    return {**scores, **floors}
