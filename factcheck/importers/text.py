"""Plain text and Markdown: copied as they are, with any front matter read as metadata."""

from __future__ import annotations

import re

from factcheck.errors import FactcheckError
from factcheck.importers.formats import Imported, clean_text
from factcheck.workspace import LEADING_DATE, META_FIELDS, decode_source, parse_yaml

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def import_text(data: bytes, *, path: str, markdown: bool) -> Imported:
    """The file's text (UTF-8); front matter it already has becomes metadata.

    Front matter from elsewhere (a static-site post with ``layout:`` or ``tags:``) is
    read leniently: the fields factcheck knows are kept, the rest are dropped, since
    the source is written with front matter of its own.
    """
    text = decode_source(data, path=path)
    fields: dict[str, str] = {}
    body = text
    match = _FRONT_MATTER.match(text)
    if match:
        front = parse_yaml(match.group(1), file=path).data
        if isinstance(front, dict):
            fields = {
                key: str(value)
                for key, value in front.items()
                if key in META_FIELDS and value is not None and not isinstance(value, (dict, list))
            }
        body = text[match.end() :]
    published = fields.get("published")
    if published is None:
        leading = LEADING_DATE.match(body)
        published = leading.group(1) if leading else None
    elif _ISO_DATE.match(published):
        published = published[:10]
    body = clean_text(body)
    if not body.strip():
        raise FactcheckError("the file holds no text", path=path)
    return Imported(
        text=body,
        format="markdown" if markdown else "text",
        title=fields.get("title"),
        url=fields.get("url"),
        publisher=fields.get("publisher"),
        published=published,
        author=fields.get("author"),
        archived_url=fields.get("archived_url"),
    )
