"""The domain: claims, sources, passages, evidence and verdicts.

Every type here is a frozen dataclass or an Enum, so values can be shared
between the matcher, the verdict store, the CLI and the TUI without anyone
mutating them behind another's back. Nothing in this module does I/O.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Stance(StrEnum):
    """How a passage relates to a claim."""

    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    NEUTRAL = "neutral"


class CueKind(StrEnum):
    """The kind of textual evidence that moved a passage's stance."""

    NUMBER = "number"  # quantities and counts: "three people" vs "two people"
    DATE = "date"  # calendar dates, months, years, weekdays
    TIME = "time"  # clock times: "7 am" vs "10 am"
    NEGATION = "negation"  # "did not", "never", "denies" on one side only
    ANTONYM = "antonym"  # "accepted" vs "rejected", "left" vs "remained"
    ENTITY = "entity"  # a person or place swapped for another
    ATTRIBUTION = "attribution"  # the same words said by a different party
    AGREEMENT = "agreement"  # the same number, date or name on both sides
    ORDER = "order"  # "cold kills more than heat" vs "heat kills more than cold"


@dataclass(frozen=True)
class Cue:
    """One precise reason for a stance, shown to the reviewer.

    ``claim`` and ``source`` are the words on each side that agree or disagree;
    ``start``/``end`` locate ``source`` in the source file (absolute character offsets,
    like passage spans) so a UI can highlight it. ``start`` is -1 when the cue has no
    single place in the source (for example a negation that the source lacks).
    """

    kind: CueKind
    claim: str
    source: str
    conflict: bool
    start: int = -1
    end: int = -1

    def describe(self) -> str:
        """A short human sentence, e.g. ``number: claim "three" vs source "two"``."""
        if self.kind is CueKind.ATTRIBUTION and self.claim and self.source:
            if self.conflict:
                return f"attribution: claim says {self.claim}, source says {self.source}"
            return f"attribution agrees: {self.source}"
        if self.conflict:
            if not self.source:
                return f'{self.kind.value}: claim says "{self.claim}", source does not'
            if not self.claim:
                return f'{self.kind.value}: source says "{self.source}", claim does not'
            return f'{self.kind.value}: claim "{self.claim}" vs source "{self.source}"'
        if self.kind is CueKind.AGREEMENT and self.claim and self.source:
            if self.claim == self.source:
                return f'agreement: "{self.source}" on both sides'
            return f'agreement: claim "{self.claim}", source "{self.source}"'
        return f'{self.kind.value} agrees: "{self.source or self.claim}"'

    def __str__(self) -> str:
        return self.describe()


def text_hash(text: str) -> str:
    """The hash recorded with a verdict, so a later edit of the claim shows up."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Claim:
    """A statement to check, as written in ``claims/<file>.yaml``.

    ``file`` is the workspace-relative POSIX path of the claims file and
    ``line`` the 1-based line where the claim's entry starts, so every
    message about a claim can point at it.
    """

    id: str
    text: str
    file: str
    line: int
    sources: tuple[str, ...] = ()
    document: str | None = None

    @property
    def hash(self) -> str:
        return text_hash(self.text)

    @property
    def claims_name(self) -> str:
        """The claims file's name without folder and extension (``claims/a.yaml`` -> ``a``)."""
        name = self.file.rsplit("/", 1)[-1]
        return name.rsplit(".", 1)[0]


@dataclass(frozen=True)
class SourceMeta:
    """Metadata of a source, from its YAML front matter or guessed from the file."""

    title: str
    url: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    archived_url: str | None = None
    author: str | None = None

    @classmethod
    def recorded(cls, values: Sequence[str | None]) -> SourceMeta:
        """``SourceMeta(*values)`` for values as an earlier run recorded them (see
        ``workspace.sourcecache``), built without the frozen ``setattr`` per field."""
        meta = object.__new__(cls)
        meta.__dict__.update(zip(_META_NAMES, values, strict=True))
        return meta


_META_NAMES = ("title", "url", "publisher", "published", "archived_url", "author")


class _LazyText:
    """``Source.text``: the text itself, or a reader called once, on first use.

    A source loaded from the fast path (its file's size and times match what an earlier
    run recorded, see ``workspace.sourcecache``) gets a reader instead of its text, so a
    run that shows a few passages reads only their sources. The reader checks the
    content hash of what it reads, so the text is always the one the hash names.
    """

    def __get__(self, obj: Any, owner: Any = None) -> str:
        if obj is None:
            raise AttributeError("text")  # no default: the field is required
        text: str | None = obj.__dict__.get("_text")
        if text is None:
            text = obj.__dict__["_text"] = obj.__dict__.pop("_read")()
        return text

    def __set__(self, obj: Any, value: str | Callable[[], str]) -> None:
        if isinstance(value, str):
            obj.__dict__["_text"] = value
        else:
            obj.__dict__["_text"] = None
            obj.__dict__["_read"] = value


@dataclass(frozen=True)
class Source:
    """A source document under ``sources/``.

    ``text`` is the whole file exactly as decoded (front matter included,
    line endings untouched), so passage spans are offsets into the file. It may be
    given as a function that reads it, called on first use (``text_loaded`` says
    whether that has happened).
    ``body_start`` is where the text after the front matter begins.
    """

    id: str
    path: str  # workspace-relative POSIX path, e.g. "sources/news/belarus-s300.md"
    text: _LazyText = _LazyText()
    # mypy takes the descriptor for a default; dataclasses do not (it has none on the class).
    meta: SourceMeta  # type: ignore[misc]
    body_start: int = 0
    content_hash: str = ""

    @classmethod
    def unread(
        cls,
        *,
        id: str,
        path: str,
        read: Callable[[], str],
        meta: SourceMeta,
        body_start: int,
        content_hash: str,
    ) -> Source:
        """``Source(..., text=read)``: the text read by ``read`` on first use. The same
        object as ``__init__`` makes, without its six frozen ``setattr`` calls (the fast
        path builds 10,000 of these on every run of a large workspace)."""
        source = object.__new__(cls)
        source.__dict__.update(
            id=id,
            path=path,
            _text=None,
            _read=read,
            meta=meta,
            body_start=body_start,
            content_hash=content_hash,
        )
        return source

    @property
    def text_loaded(self) -> bool:
        """False while ``text`` is still to be read from the file."""
        return self.__dict__["_text"] is not None

    @property
    def title(self) -> str:
        return self.meta.title

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass(frozen=True)
class Passage:
    """A stretch of a source: one sentence, or short sentences joined.

    Invariant: ``source.text[start:end] == text``.
    """

    source_id: str
    start: int
    end: int
    text: str
    boilerplate: bool = False
    page: int | None = None

    @property
    def ref(self) -> str:
        """A stable reference used in ``dismissed`` lists: ``source@start-end``."""
        return f"{self.source_id}@{self.start}-{self.end}"


@dataclass(frozen=True)
class Evidence:
    """A passage found for a claim, with its score (0-100), stance and cues."""

    claim_id: str
    passage: Passage
    score: float
    stance: Stance
    cues: tuple[Cue, ...] = ()
    cited: bool = False  # the passage's source is one the claim cites
    # Spans (absolute source offsets) of words the passage shares with the claim.
    matched: tuple[tuple[int, int], ...] = field(default=(), compare=False)
    # With semantic retrieval, the cosine of the claim's and the passage's sentence
    # vectors (what "supports" then reads); None with lexical retrieval.
    meaning: float | None = field(default=None, compare=False)

    @property
    def source_id(self) -> str:
        return self.passage.source_id


@dataclass(frozen=True)
class PinnedEvidence:
    """A passage a reviewer pinned as evidence for a verdict (stored in YAML)."""

    source: str
    stance: Stance
    quote: str
    start: int
    end: int
    # For a passage of the newsroom archive ("archive:<id>"): its source's content hash
    # when pinned, so check can say the archive's copy changed.
    source_hash: str | None = None

    @property
    def ref(self) -> str:
        return f"{self.source}@{self.start}-{self.end}"


@dataclass(frozen=True)
class Verdict:
    """What a reviewer decided about one claim.

    ``verdict`` is a key of the configured scale (default: supported,
    refuted, mixed, not-enough-evidence), or None while the reviewer has
    only pinned evidence or written a note.
    """

    verdict: str | None = None
    reviewer: str | None = None
    reviewed_at: str | None = None  # UTC ISO 8601, e.g. 2026-11-22T10:15:03Z
    claim_hash: str | None = None
    evidence: tuple[PinnedEvidence, ...] = ()
    dismissed: tuple[str, ...] = ()  # Passage.ref values
    note: str | None = None

    @property
    def is_empty(self) -> bool:
        return (
            self.verdict is None
            and not self.evidence
            and not self.dismissed
            and not (self.note or "").strip()
        )
