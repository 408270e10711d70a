"""Bringing saved web pages, PDFs, Word files and text into ``sources/`` with front matter
(title, URL, dates) and the original's hash, and reading drafts in those formats."""

from factcheck.importers.add import (
    AddResult,
    Outcome,
    add_source,
    render_source,
    source_id_for,
)
from factcheck.importers.formats import DOCX_SUFFIXES, HTML_SUFFIXES, SUPPORTED_SUFFIXES
from factcheck.importers.read import import_file, read_bytes

__all__ = [
    "DOCX_SUFFIXES",
    "HTML_SUFFIXES",
    "SUPPORTED_SUFFIXES",
    "AddResult",
    "Outcome",
    "add_source",
    "import_file",
    "read_bytes",
    "render_source",
    "source_id_for",
]
