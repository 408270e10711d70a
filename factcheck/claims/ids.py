"""Stable claim ids from claim text, and comparing claim texts up to typography."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from factcheck.workspace import STOP_WORDS, normalize


def _ascii_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", normalize(text)).encode("ascii", "ignore").decode()
    return re.findall(r"[a-z0-9]+", folded.replace("-", ""))


def claim_id(text: str, *, taken: Iterable[str] = ()) -> str:
    """A stable id from the text: up to four key words and a short hash.

    ``"Belarus said it shot down an S-300 missile"`` gives ``belarus-shot-s300-missile-3f2a``
    (stop words left out); the same text, up to case, spacing and typography, always
    gives the same id.
    The hash grows when an id in ``taken`` already has it.
    """
    key = " ".join(normalize(text).split())
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    words = [w for w in _ascii_words(text) if w not in STOP_WORDS and len(w) > 1][:4]
    slug = "-".join(words)[:40].strip("-") or "claim"
    used = set(taken)
    for size in (4, 6, 8, 12, 64):
        candidate = f"{slug}-{digest[:size]}"
        if candidate not in used:
            return candidate
    raise ValueError(f"no free id for {text!r}")  # only if 64 hex digits collide


def same_text(a: str, b: str) -> bool:
    """True when two claim texts differ only in case, spacing or typography."""
    return " ".join(normalize(a).split()) == " ".join(normalize(b).split())
