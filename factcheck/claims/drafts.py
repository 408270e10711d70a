"""Reading a draft article (.md, .txt, .html, .docx) as plain text in paragraphs.

Claim extraction works on sentences, so a draft is reduced to its prose:
Markdown headings, emphasis, links, images, code and comments go, list items
and quotes become paragraphs of their own. Saved web pages and Word files go
through the same importers as sources do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.importers import DOCX_SUFFIXES, HTML_SUFFIXES, import_file, read_bytes

DRAFT_SUFFIXES = (".md", ".markdown", ".txt", ".text", *HTML_SUFFIXES, *DOCX_SUFFIXES)

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT_RULE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`([^`]*)`")


@dataclass(frozen=True)
class Draft:
    """A draft's title (if it has one) and its prose, paragraphs separated by blank lines."""

    path: str
    title: str | None
    text: str


def _inline(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _TAG.sub("", line)
    for _ in range(2):  # nested emphasis: ***both***
        line = _EMPHASIS.sub(r"\2", line)
    return line


def markdown_to_text(markdown: str) -> tuple[str | None, str]:
    """(first heading or None, the prose): one paragraph per block, list item or quote."""
    title: str | None = None
    paragraphs: list[list[str]] = [[]]
    in_fence = False
    lines = _COMMENT.sub("", markdown).split("\n")
    for index, raw in enumerate(lines):
        if _FENCE.match(raw):
            in_fence = not in_fence
            paragraphs.append([])
            continue
        next_line = lines[index + 1] if index + 1 < len(lines) else ""
        heading = _HEADING.match(raw)
        setext = raw.strip() and _SETEXT_RULE.match(next_line) and not paragraphs[-1]
        if in_fence or _LINK_DEFINITION.match(raw) or _SETEXT_RULE.match(raw):
            paragraphs.append([])
            continue
        if heading or setext:
            text = _inline(heading.group(2) if heading else raw.strip())
            if title is None:
                title = " ".join(text.split()) or None
            paragraphs.append([])  # headings are not sentences to check
            continue
        line = raw
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        if _LIST_ITEM.match(line):
            paragraphs.append([])
            line = _LIST_ITEM.sub("", line, count=1)
        if not line.strip():
            paragraphs.append([])
            continue
        paragraphs[-1].append(_inline(line.strip()))
    blocks = [" ".join(" ".join(p).split()) for p in paragraphs]
    return title, "\n\n".join(b for b in blocks if b)


def read_draft(path: Path) -> Draft:
    """Read a draft of any supported kind; every problem is one FactcheckError naming it."""
    suffix = path.suffix.lower()
    if suffix not in DRAFT_SUFFIXES:
        known = ", ".join(DRAFT_SUFFIXES)
        raise FactcheckError(
            f"unsupported draft type {suffix or '(none)'!r} (known: {known})", path=str(path)
        )
    imported = import_file(path, data=read_bytes(path))
    if imported.format == "markdown":
        heading, prose = markdown_to_text(imported.text)
        return Draft(path=str(path), title=imported.title or heading, text=prose)
    return Draft(path=str(path), title=imported.title, text=imported.text.strip())
