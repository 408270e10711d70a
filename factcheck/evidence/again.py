"""A first time and a second: "The bridge reopened on 3 March 2025" is not dated by "The
bridge first opened in May 1962". When one side's verb is a verb of again ("reopened",
"resumed", "rebuilt") and the other says the first time ("first opened", "originally
built"), the two dates are two events of one phase (``instances.other_event``)."""

from __future__ import annotations

_FIRST = frozenset("first originally initially".split())
# Verbs of again whose stem is "re" and a verb of the same phase ("reopen" / "open").
_AGAIN = frozenset(
    "reopen reopened reopens reopening resume resumed resumes restart restarted rebuilt "
    "rebuild relaunch relaunched reinstated reelected re-elected".split()
)


def _said(text: str, start: int) -> tuple[bool, bool]:
    """Whether the words before a date at ``start`` (up to five) hold a verb of again, and
    a first time ("first opened")."""
    words = text[max(0, start - 50) : start].lower().split()[-5:]
    again = any(w.strip(".,;:") in _AGAIN for w in words)
    first = any(w in _FIRST for w in words)
    return again, first


def first_and_again(claim: str, mine: int, passage: str, theirs: int) -> bool:
    """Whether one side dates a first time and the other a time again (see ``__doc__``):
    ``mine`` and ``theirs`` are where the two dates start."""
    a = _said(claim, mine)
    b = _said(passage, theirs)
    return (a[0] and b[1] and not b[0]) or (b[0] and a[1] and not a[0])
