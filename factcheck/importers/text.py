"""Plain text and Markdown: copied as they are, with any front matter read as metadata."""

from __future__ import annotations

from factcheck.errors import FactcheckError
from factcheck.importers import Imported, clean_text
from factcheck.sources import decode_source, front_matter, parse_source


def import_text(data: bytes, *, path: str, markdown: bool) -> Imported:
    """The file's text (UTF-8); front matter it already has becomes metadata."""
    text = decode_source(data, path=path)
    source = parse_source(text, source_id="imported", path=path)
    body = clean_text(source.body)
    if not body.strip():
        raise FactcheckError("the file holds no text", path=path)
    has_title = "title" in front_matter(text, path=path)[0]
    meta = source.meta
    return Imported(
        text=body,
        format="markdown" if markdown else "text",
        title=meta.title if has_title else None,
        url=meta.url,
        publisher=meta.publisher,
        published=meta.published,
        author=meta.author,
        archived_url=meta.archived_url,
    )
