"""Citing a source for claims: its id added to their ``sources:`` in the claims file.

Like every claims edit this changes the text in place (one ``sources:`` line
added or replaced per claim), keeps comments and layout, verifies the result
parses to exactly the intended claims, and writes it atomically. Claims that
already cite the source are left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import yaml

from factcheck.claims.checks import checked_sources
from factcheck.claims.edit import _parsed_if_holds, _read, _write
from factcheck.claims.layout import (
    CannotEditInPlace,
    _content_end,
    block_claims_list,
    triples,
    written_from_data,
)
from factcheck.errors import FactcheckError
from factcheck.workspace import CLAIMS_DIR, load_claims

__all__ = ["cite_source"]


def cite_source(
    *, root: Path, claims_path: str, source_id: str, claim_ids: Sequence[str] | None = None
) -> list[str]:
    """Add ``source_id`` to the sources of these claims of one file (None: all of them).

    Returns the ids of the claims that did not cite it yet (and now do).
    """
    [source_id] = checked_sources([source_id], path=claims_path)
    claims_file = next((f for f in load_claims(root) if f.path == claims_path), None)
    if claims_file is None:
        raise FactcheckError(f"no such claims file in {CLAIMS_DIR}/", path=claims_path)
    wanted_ids = None if claim_ids is None else set(claim_ids)
    wanted = triples(claims_file.claims)
    changed: dict[int, tuple[str, ...]] = {}
    for index, (claim_id, text, sources) in enumerate(wanted):
        if (wanted_ids is None or claim_id in wanted_ids) and source_id not in sources:
            changed[index] = (*sources, source_id)
            wanted[index] = (claim_id, text, changed[index])
    if not changed:
        return []
    old = _read(root, claims_path)
    try:
        new = _with_sources(old, changed)
        parsed = _parsed_if_holds(new, claims_file, wanted)
    except (CannotEditInPlace, yaml.YAMLError):
        parsed = None
    if parsed is None:
        new = written_from_data(old, claims_file, wanted)
        if _parsed_if_holds(new, claims_file, wanted) is None:
            raise FactcheckError("could not cite the source without changing other claims")
    _write(root, claims_path, new)
    return [wanted[i][0] for i in sorted(changed)]


def _with_sources(text: str, changed: dict[int, tuple[str, ...]]) -> str:
    """``text`` with each changed claim's ``sources:`` written as ``sources: [a, b]``."""
    seq = block_claims_list(text)
    if seq is None:
        raise CannotEditInPlace
    edits: list[tuple[int, int, str]] = []
    for index, sources in changed.items():
        item = seq.value[index]
        if not isinstance(item, yaml.MappingNode) or item.flow_style:
            raise CannotEditInPlace
        line = "sources: " + yaml.safe_dump(list(sources), default_flow_style=True).strip()
        found = next(((k, v) for k, v in item.value if k.value == "sources"), None)
        if found is not None:
            key, value = found
            edits.append((key.start_mark.index, _content_end(text, value), line))
        else:
            column = item.value[0][0].start_mark.column
            end = _content_end(text, item)
            edits.append((end, end, "\n" + " " * column + line))
    crlf = "\r\n" in text
    for start, end, replacement in sorted(edits, reverse=True):
        if crlf:
            replacement = replacement.replace("\n", "\r\n")
        text = text[:start] + replacement + text[end:]
    return text
