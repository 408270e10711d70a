"""What every importer shares: the formats known, the ``Imported`` result and text clean-up.

Each importer (html, pdf, docx, text) reads one format and returns an ``Imported``: the text,
with paragraphs separated by blank lines, and whatever metadata the file holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A page of a PDF ends with a form feed on a line of its own (the pdftotext
# convention), so passages can say which page they are on.
PAGE_BREAK = "\f"

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
PDF_SUFFIXES = (".pdf",)
DOCX_SUFFIXES = (".docx",)
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
SUPPORTED_SUFFIXES = HTML_SUFFIXES + PDF_SUFFIXES + DOCX_SUFFIXES + TEXT_SUFFIXES

# Control characters other than tab, newline and form feed: never useful in a source,
# and NUL would make the workspace loader refuse the file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\x7f]")


@dataclass(frozen=True)
class Imported:
    """What an importer found in a file: text (paragraphs split by blank lines) and metadata."""

    text: str
    format: str  # "html", "pdf", "docx", "text" or "markdown"
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None  # YYYY-MM-DD
    author: str | None = None
    archived_url: str | None = None
    pages: int | None = None


def clean_text(text: str) -> str:
    """Unix line endings, no stray control characters, no trailing spaces, one final newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    lines = [line.rstrip(" \t") for line in text.split("\n")]  # keep form feeds
    return "\n".join(lines).strip("\n") + "\n"


def join_paragraphs(paragraphs: list[str]) -> str:
    """Paragraphs (blocks of text) joined by blank lines, empty ones dropped."""
    kept = [" ".join(p.split()) for p in paragraphs]
    return "\n\n".join(p for p in kept if p)
