"""Quick first looks for IGNORECASE patterns: a text lower-cased, in which the runs of
letters every match of a pattern holds are looked for at C speed before the pattern is
tried (under IGNORECASE, and opening with a word boundary or a look-behind, it is tried
at every character of the text)."""

from __future__ import annotations

# The only characters an ASCII letter of a pattern matches under IGNORECASE besides the
# letter in either case ("İ" and "ı" for "i", "ſ" for "s", the Kelvin sign for "k"):
# checked over every code point.
_FOLDED = frozenset("\u0130\u0131\u017f\u212a")


def hint_text(text: str) -> str | None:
    """``text`` lower-cased, where a run of ASCII letters an IGNORECASE pattern matches is
    found as that run in lower case; None where the text holds a character of ``_FOLDED``
    (then only the pattern can tell)."""
    if text.isascii() or _FOLDED.isdisjoint(text):
        return text.lower()
    return None
