"""Word documents (.docx) through python-docx: paragraphs, tables and core properties."""

from __future__ import annotations

import io
import zipfile

from factcheck.errors import FactcheckError
from factcheck.importers.formats import Imported, clean_text, join_paragraphs


def import_docx(data: bytes, *, path: str) -> Imported:
    """The document's paragraphs (and table cells) as text, with title, author and date."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise FactcheckError(
            f"cannot read the Word document (corrupt?): {exc}", path=path
        ) from None
    paragraphs: list[str] = []
    title: str | None = None
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if title is None and style == "Title" and paragraph.text.strip():
            title = " ".join(paragraph.text.split())
            continue  # the title goes to the front matter, not the body
        paragraphs.append(paragraph.text)
    for table in document.tables:
        for row in table.rows:
            paragraphs.append(" | ".join(cell.text.strip() for cell in row.cells))
    props = document.core_properties
    title = (props.title or "").strip() or title
    author = (props.author or "").strip()
    # The creation date of a file is not when it was published, so it is not used; and
    # python-docx's own template signs documents "python-docx", which names nobody.
    return Imported(
        text=clean_text(join_paragraphs(paragraphs)),
        format="docx",
        title=title or None,
        author=author if author and author != "python-docx" else None,
    )
