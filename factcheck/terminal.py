"""Making untrusted text inert before it reaches a terminal.

Sources and claims are copied from anywhere. Printed raw, an ANSI or OSC
escape in them could move the cursor, retitle the window, plant a hyperlink
or clear the screen, and a bidi override could make text read backwards.
``inert`` shows every such character as a visible escape instead.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from typing import NoReturn, TextIO

# Bidirectional controls and other invisible format characters that change how text reads.
_BIDI_AND_INVISIBLE = frozenset(
    "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2066\u2067\u2068\u2069\ufeff"
)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def inert(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with control, escape and bidi characters replaced by visible escapes.

    Tabs stay; newlines stay only with ``keep_newlines`` (else they become spaces,
    so a one-line message stays one line).
    """
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\t":
            out.append(ch)
        elif ch == "\n":
            out.append("\n" if keep_newlines else " ")
        elif ch == "\r":
            out.append("" if keep_newlines else " ")
        elif code < 0x20 or 0x7F <= code < 0xA0 or ch in _BIDI_AND_INVISIBLE:
            out.append(_escape(ch))
        else:
            out.append(ch)
    return "".join(out)


# Characters json.dumps(ensure_ascii=False) leaves raw that a terminal may act on (DEL and the
# C1 controls, U+009B is a one-byte CSI on some terminals), that reorder text (bidi), or that
# str.splitlines() splits on. JSON only allows them inside strings, where \uXXXX means the same.
_JSON_UNSAFE = str.maketrans(
    {
        ch: f"\\u{ord(ch):04x}"
        for ch in [*map(chr, range(0x7F, 0xA0)), *_BIDI_AND_INVISIBLE, "\u2028", "\u2029"]
    }
)
_JSON_UNSAFE_FOUND = re.compile("[" + "".join(map(chr, _JSON_UNSAFE)) + "]")


def inert_json(text: str) -> str:
    """JSON text (from ``json.dumps``) with terminal-active characters as ``\\uXXXX`` escapes.

    The result parses to the same data; printed, it cannot act on a terminal.
    """
    # Almost no output holds such a character: one regex scan finds that out in C, where
    # str.translate would rebuild the whole text character by character.
    if _JSON_UNSAFE_FOUND.search(text) is None:
        return text
    return text.translate(_JSON_UNSAFE)


def use_color(stream: TextIO | None = None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


class Style:
    """ANSI styles that turn into nothing when colour is off."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled else text

    def bold(self, text: str) -> str:
        return self(text, "1")

    def dim(self, text: str) -> str:
        return self(text, "2")

    def green(self, text: str) -> str:
        return self(text, "32")

    def red(self, text: str) -> str:
        return self(text, "31")

    def yellow(self, text: str) -> str:
        return self(text, "33")

    def cyan(self, text: str) -> str:
        return self(text, "36")


def exit_now(code: int) -> NoReturn:
    """End the process with ``code`` once its output is flushed, skipping the interpreter's
    teardown (freeing every object, exit handlers).

    For a command that is the whole process (``args.whole_process``, set by ``cli.main``)
    and done with everything but its memory: a million-passage ``match`` holds the
    workspace, the index's maps and the array its workers shared, and freeing them took
    0.1-0.4 s of wall after the last byte of output (7 December 2026).
    """
    try:
        if sys.stdout is not None:  # None: pointed at nothing after a broken pipe
            sys.stdout.flush()
    except BrokenPipeError:  # the reader left (``factcheck match | head``): not our error
        pass
    except OSError as exc:  # what the interpreter's own final flush would have met
        print(f"factcheck: {inert(str(exc))}", file=sys.stderr)
        code = 2
    with contextlib.suppress(OSError):
        sys.stderr.flush()
    os._exit(code)
