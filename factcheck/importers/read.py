"""Turning a file (saved web page, PDF, Word document, plain text) into source text.

``import_file`` picks the importer by the file's suffix. The heavy libraries (trafilatura,
pypdf, python-docx) are imported only when a file of their format is read, so
``factcheck check`` never pays for them.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.importers.formats import (
    DOCX_SUFFIXES,
    HTML_SUFFIXES,
    PDF_SUFFIXES,
    SUPPORTED_SUFFIXES,
    TEXT_SUFFIXES,
    Imported,
)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or one FactcheckError naming it."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise FactcheckError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None


def import_file(path: Path, *, data: bytes | None = None) -> Imported:
    """Read ``path`` with the importer its suffix names; errors are one FactcheckError."""
    suffix = path.suffix.lower()
    if data is None:
        data = read_bytes(path)
    if suffix in HTML_SUFFIXES:
        from factcheck.importers.html import import_html

        return import_html(data, path=str(path))
    if suffix in PDF_SUFFIXES:
        from factcheck.importers.pdf import import_pdf

        return import_pdf(data, path=str(path))
    if suffix in DOCX_SUFFIXES:
        from factcheck.importers.docx import import_docx

        return import_docx(data, path=str(path))
    if suffix in TEXT_SUFFIXES:
        from factcheck.importers.text import import_text

        return import_text(data, path=str(path), markdown=suffix != ".txt" and suffix != ".text")
    known = ", ".join(SUPPORTED_SUFFIXES)
    raise FactcheckError(
        f"unsupported file type {suffix or '(none)'!r} (known: {known})", path=str(path)
    )
