"""Word-level diffs of claim texts: runs of words kept, deleted or inserted."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum


class WordOp(StrEnum):
    """What a run of words in a word diff is: kept, deleted from the old text, or inserted."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


@dataclass(frozen=True)
class WordChange:
    """A run of words kept, deleted or inserted by a claim text edit."""

    op: WordOp
    text: str


def word_diff(old: str, new: str) -> tuple[WordChange, ...]:
    """A word-level diff of two texts: runs of equal, deleted and inserted words."""
    old_words, new_words = re.findall(r"\S+", old), re.findall(r"\S+", new)
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    out: list[WordChange] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(WordChange(WordOp.EQUAL, " ".join(old_words[i1:i2])))
            continue
        if i2 > i1:
            out.append(WordChange(WordOp.DELETE, " ".join(old_words[i1:i2])))
        if j2 > j1:
            out.append(WordChange(WordOp.INSERT, " ".join(new_words[j1:j2])))
    return tuple(out)
