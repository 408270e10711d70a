"""Editing the text of a claims file in place: one item inserted, one text replaced, one cut.

The edits are made on the YAML text, located through PyYAML's node marks, so
comments, quoting and key order outside the touched lines stay as they were.
``written_from_data`` is the fallback for layouts the text edits do not handle.
Callers (factcheck.claims.edit) parse the result again to verify it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

from factcheck.workspace import Claim, ClaimsFile, dump_yaml, parse_yaml

Triple = tuple[str, str, tuple[str, ...]]
Inserts = dict[int, list[dict[str, Any]]]

# libyaml when present (its marks count characters, as the pure-Python parser's do).
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Wide enough that PyYAML never folds a claim's text over several lines.
_NO_FOLD = 1_000_000


class CannotEditInPlace(Exception):
    """The file's layout is one the text edits do not handle; write it from its data."""


def triples(claims: Sequence[Claim]) -> list[Triple]:
    """(id, text, sources) of each claim, in order: what an edit must keep or change."""
    return [(c.id, c.text, c.sources) for c in claims]


def item(claim_id: str, text: str, sources: Sequence[str]) -> dict[str, Any]:
    """A claim as a claims-file list item (``sources`` only when there are some)."""
    return {"id": claim_id, "text": text, **({"sources": list(sources)} if sources else {})}


def render_items(items: Sequence[dict[str, Any]], *, indent: int, top: str = "") -> str:
    """Block-list items as people write them: one line of text, sources in brackets."""
    pad = " " * indent
    lines = [top] if top else []
    for entry in items:
        # One key at a time: scalars in block style, a list of sources in brackets.
        body = "".join(
            yaml.safe_dump(
                {key: value},
                default_flow_style=None if isinstance(value, list) else False,
                allow_unicode=True,
                width=_NO_FOLD,
            )
            for key, value in entry.items()
        )
        for i, line in enumerate(body.splitlines()):
            lines.append(f"{pad}{'- ' if i == 0 else '  '}{line}\n")
    return "".join(lines)


def _render_text_value(text: str, *, indent: int) -> str:
    """``text: <value>`` for a claim whose keys start at column ``indent``."""
    body = yaml.safe_dump({"text": text}, sort_keys=False, allow_unicode=True, width=_NO_FOLD)
    lines = body.rstrip("\n").split("\n")
    return "\n".join([lines[0], *(" " * indent + line for line in lines[1:])])


def block_claims_list(text: str) -> yaml.SequenceNode | None:
    """The node of a claims file's ``claims:`` list when it is a non-empty block list.

    Edits made as text (insert, replace, cut an item) only handle that layout; a flow
    list (``claims: [...]``) or an empty one is written anew by the callers instead.
    """
    root = yaml.compose(text, Loader=_Loader)
    if not isinstance(root, yaml.MappingNode):
        return None
    seq = next(
        (v for k, v in root.value if isinstance(k, yaml.ScalarNode) and k.value == "claims"), None
    )
    if not isinstance(seq, yaml.SequenceNode) or seq.flow_style or not seq.value:
        return None
    return seq


def edit_in_place(
    text: str,
    *,
    inserts: Inserts,
    texts: dict[int, str],
    delete: int | None,
) -> str:
    """``text`` with items inserted before list positions, texts replaced, one item cut.

    Positions and indexes refer to the list as it is in ``text``. Raises
    CannotEditInPlace for a layout this does not handle.
    """
    seq = block_claims_list(text)
    if seq is None:
        raise CannotEditInPlace
    if delete is not None and len(seq.value) == 1:
        raise CannotEditInPlace  # the list would be left empty: write ``claims: []``
    edits: list[tuple[int, int, str]] = []
    for index, new_text in texts.items():
        item = seq.value[index]
        if not isinstance(item, yaml.MappingNode) or item.flow_style:
            raise CannotEditInPlace
        key, value = next((k, v) for k, v in item.value if k.value == "text")
        end = _content_end(text, value)
        edits.append(
            (key.start_mark.index, end, _render_text_value(new_text, indent=key.start_mark.column))
        )
    for position, items in inserts.items():
        anchor = seq.value[position - 1] if position else seq.value[0]
        start, end = _item_span(text, anchor)
        block = render_items(items, indent=start[1])
        at = end if position else start[0]
        prefix = "" if at == 0 or text[at - 1] == "\n" else "\n"
        edits.append((at, at, prefix + block))
    if delete is not None:
        (start_index, _), end = _item_span(text, seq.value[delete])
        edits.append((start_index, end, ""))
    newline_crlf = "\r\n" in text
    for cut_from, cut_to, replacement in sorted(edits, reverse=True):
        if newline_crlf:
            replacement = replacement.replace("\r\n", "\n").replace("\n", "\r\n")
        text = text[:cut_from] + replacement + text[cut_to:]
    return text


def _content_end(text: str, node: yaml.Node) -> int:
    """Where the last character of a node's content is (before trailing blank lines)."""
    last = node
    while isinstance(last, (yaml.MappingNode, yaml.SequenceNode)) and not last.flow_style:
        if not last.value:
            break
        last = last.value[-1][1] if isinstance(last, yaml.MappingNode) else last.value[-1]
    end = last.end_mark.index
    while end > node.start_mark.index and text[end - 1].isspace():
        end -= 1
    return end


def _item_span(text: str, item: yaml.Node) -> tuple[tuple[int, int], int]:
    """((start of the item's ``-`` line, the dash's column), end of its last line)."""
    dash = item.start_mark.index - 1
    while dash >= 0 and text[dash] in " \t":
        dash -= 1
    if dash < 0 or text[dash] != "-":
        raise CannotEditInPlace  # "-" on a line of its own, a comment after it, …
    line_start = text.rfind("\n", 0, dash) + 1
    if text[line_start:dash].strip():
        raise CannotEditInPlace
    end = _content_end(text, item)
    line_end = text.find("\n", end)
    return (line_start, dash - line_start), (len(text) if line_end == -1 else line_end + 1)


def leading_comments(text: str) -> str:
    """The comment lines at the top of a file (kept when it is written anew)."""
    lines = []
    for line in text.splitlines(True):
        if not line.startswith("#"):
            break
        lines.append(line)
    return "".join(lines)


def written_from_data(old: str, claims_file: ClaimsFile, wanted: list[Triple]) -> str:
    """The file written anew: its fields as they were, the ``wanted`` claims, the top comments."""
    data = parse_yaml(old, file=claims_file.path).data
    assert isinstance(data, dict)
    originals = {}
    for raw in data.get("claims") or []:
        if isinstance(raw, dict) and "id" in raw:
            originals[str(raw["id"])] = raw
    kept = {(c.id, c.text, c.sources) for c in claims_file.claims}
    items: list[dict[str, Any]] = []
    for cid, text, sources in wanted:
        unchanged = (cid, text, sources) in kept
        items.append(originals[cid] if unchanged else item(cid, text, sources))
    data = {**data, "claims": items}
    return leading_comments(old) + dump_yaml(data)
