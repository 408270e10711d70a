"""PDFs: text page by page through pypdf, each page ended by a form feed."""

from __future__ import annotations

import io
import re

from factcheck.errors import FactcheckError
from factcheck.importers.formats import PAGE_BREAK, Imported, clean_text


def _page_text(raw: str) -> str:
    """One page's text: lines kept (the passage splitter joins wrapped lines), runs of blank
    lines folded to one so paragraphs stay paragraphs."""
    lines = [" ".join(line.split()) for line in raw.replace("\r", "\n").split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def import_pdf(data: bytes, *, path: str) -> Imported:
    """Text by page (pages separated by a form-feed line), title, author and date."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.startswith(b"%PDF"):
        raise FactcheckError("not a PDF file (no %PDF header)", path=path)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FactcheckError("the PDF is encrypted; save an unlocked copy", path=path)
        pages = [_page_text(page.extract_text() or "") for page in reader.pages]
        info = reader.metadata
    except FactcheckError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise FactcheckError(f"cannot read the PDF (corrupt?): {exc}", path=path) from None
    if not any(pages):
        raise FactcheckError("the PDF has no text layer (a scan?); run OCR on it first", path=path)
    # Every page, the last included, ends with a form feed on its own line: page N of a
    # passage is 1 + the form feeds before it (see factcheck.workspace.passages).
    text = "".join(f"{page}\n\n{PAGE_BREAK}\n\n" if page else f"{PAGE_BREAK}\n\n" for page in pages)
    title = author = None
    if info is not None:
        title = _clean(info.title)
        author = _clean(info.author)
    # The file's creation date is not its publication date, so it is not used as one.
    return Imported(
        text=clean_text(text),
        format="pdf",
        title=title,
        author=author,
        pages=len(pages),
    )


# What PDF writers put in when nobody filled the field in.
_PLACEHOLDERS = frozenset(("untitled", "anonymous", "unknown", "user", "author", "(anonymous)"))
_WORD_EXPORT = re.compile(r"^Microsoft (?:Word|PowerPoint) - ")


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = _WORD_EXPORT.sub("", " ".join(value.split()))
    return value if value and value.lower() not in _PLACEHOLDERS else None
