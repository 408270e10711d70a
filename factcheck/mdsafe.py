"""User text made safe for Markdown: the one function every Markdown writer uses.

``factcheck report --format markdown`` and ``factcheck diff --format markdown`` are read on
wikis and in pull requests, where text is not only shown but acted on: ``**`` and ``[..](..)``
format and link, ``<script>`` and ``<img>`` are HTML, ``|`` splits a table cell, ``# `` or
``1. `` at the start of a line makes a heading or a list, and ``@someone`` notifies them.
``md_text`` shows every such piece of a claim, quote, note or name literally and pings
nobody; CommonMark lets any ASCII punctuation be backslash-escaped, so the escapes are
invisible once rendered.
"""

from __future__ import annotations

import html
import re

from factcheck.terminal import inert

# Inline syntax (emphasis, code, links, HTML, table cells, strikethrough, math, images).
_INLINE = re.compile(r"([\\`*_\[\]{}<>|~#!$])")
# "&amp;" or "&#60;" would render as "&" or "<": escape the "&" of anything entity-like.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# What would start a heading, quote, list, rule or setext underline at the start of a line.
_BLOCK_START = re.compile(r"^(\s*)([>+=-]|\d+(?=[.)]))")
# A word joiner after "@" keeps "@someone" (and "@org/team") from notifying anyone.
NO_MENTION = "@\u2060"


def md_text(text: str) -> str:
    """One line of user text as literal Markdown, safe anywhere: a paragraph, a table cell,
    emphasis, a list item, a block quote, a link's text.

    Line breaks and runs of white space become one space (a caller that keeps lines passes
    one line at a time); control characters are shown as escapes, never sent raw.
    """
    flat = " ".join(inert(text).split())
    flat = _INLINE.sub(r"\\\1", flat)
    flat = _ENTITY.sub(r"\\&", flat).replace("@", NO_MENTION)
    match = _BLOCK_START.match(flat)
    if match is None:
        return flat
    # A digit cannot be escaped; the "." or ")" after it can.
    mark = match.group(2)
    escaped = mark + "\\" if mark[0].isdigit() else "\\" + mark
    return match.group(1) + escaped + flat[match.end() :]


def html_text(text: str) -> str:
    """One line of user text inside HTML in Markdown (``<summary>``, where Markdown is not
    parsed): HTML-escaped, and pinging nobody."""
    return html.escape(inert(" ".join(text.split()))).replace("@", NO_MENTION)
