"""PDFs: text page by page through pypdf, each page ended by a form feed."""

from __future__ import annotations

import io
import re

from factcheck.errors import FactcheckError
from factcheck.importers import PAGE_BREAK, Imported, clean_text

# PDF dates look like D:20221229103000+01'00'.
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


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
    # passage is 1 + the form feeds before it (see factcheck.passages).
    text = "".join(f"{page}\n\n{PAGE_BREAK}\n\n" if page else f"{PAGE_BREAK}\n\n" for page in pages)
    title = author = published = None
    if info is not None:
        title = _clean(info.title)
        author = _clean(info.author)
        published = _date(info.get("/CreationDate"))
    return Imported(
        text=clean_text(text),
        format="pdf",
        title=title,
        author=author,
        published=published,
        pages=len(pages),
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _date(value: object) -> str | None:
    match = _PDF_DATE.match(str(value)) if value else None
    if not match or not match.group(2) or not match.group(3):
        return None
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}"
