"""Appending claims to a claims file without disturbing what is already there.

A claims file is written by people: comments, key order, quoting and the ids
they chose are theirs. New claims are therefore added as text after the last
item of the ``claims:`` list, indented like it, and the result is parsed again
to prove that every old claim kept its id, text and place. Only when the list
cannot be extended that way (a flow-style ``claims: []``, say) is the file
written anew from its data, which keeps claims and ids but not comments.
The file is replaced atomically: a crash leaves the old one whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from factcheck.claims.ids import claim_id, same_text
from factcheck.claims.layout import block_claims_list, leading_comments
from factcheck.errors import FactcheckError
from factcheck.workspace import atomic_write, dump_yaml, parse_claims, parse_yaml


@dataclass(frozen=True)
class NewClaim:
    """A claim to append: its wanted id, text, cited sources and a comment written above it.

    ``comment`` is a YAML comment (``# score 9.5: number, date``), so the file stays
    a plain claims file that every command reads.
    """

    id: str
    text: str
    sources: tuple[str, ...] = ()
    comment: str | None = None


@dataclass(frozen=True)
class AppendResult:
    """What ``append_claims`` did: claims added (id, text), texts skipped, how it wrote."""

    added: tuple[tuple[str, str], ...]
    skipped: tuple[str, ...]  # texts already in the file
    created: bool  # the file did not exist before
    rewritten: bool  # written anew from its data (comments not kept)
    text: str  # the file's new content


def _render(items: list[dict[str, Any]], indent: int, comments: Sequence[str | None] = ()) -> str:
    """The items as block-list entries indented by ``indent``, each after its comment if any."""
    pad = " " * indent
    out: list[str] = []
    for index, item in enumerate(items):
        comment = comments[index] if index < len(comments) else None
        if comment:
            # One line per comment line: a newline in it must not end the comment early.
            out.extend(f"{pad}# {line}\n" for line in comment.splitlines())
        block = dump_yaml([item])
        out.extend(pad + line if line.strip() else line for line in block.splitlines(True))
    return "".join(out)


def _item_dict(claim: NewClaim, new_id: str) -> dict[str, Any]:
    return _item(new_id, claim.text, list(claim.sources))


def _insert_after_last_item(
    text: str, items: list[dict[str, Any]], comments: Sequence[str | None]
) -> str | None:
    """``text`` with ``items`` added at the end of its block-style claims list, or None."""
    seq = block_claims_list(text)
    if seq is None:
        return None
    # A block collection "ends" where the next token starts, after any comments that
    # follow it; its last scalar (or flow collection) ends where its content does.
    last: yaml.Node = seq.value[-1]
    while isinstance(last, (yaml.MappingNode, yaml.SequenceNode)) and not last.flow_style:
        if not last.value:
            break
        last = last.value[-1][1] if isinstance(last, yaml.MappingNode) else last.value[-1]
    end = last.end_mark.index
    while end > 0 and text[end - 1].isspace():
        end -= 1  # back to the last character of the last item's content
    line_end = text.find("\n", end)
    if line_end == -1:
        text, line_end = text + "\n", len(text)
    at = line_end + 1
    block = _render(items, seq.start_mark.column, comments)
    if "\r\n" in text:
        block = block.replace("\n", "\r\n")  # keep a Windows file's line endings
    return text[:at] + block + text[at:]


def _rewrite(
    text: str,
    fields: dict[str, Any],
    claims: list[dict[str, Any]],
    comments: Sequence[str | None] = (),
) -> str:
    """The file written anew: its file-level fields (document, url, …) kept, in order.

    ``comments`` go above the claims they belong to (by position).
    """
    data: dict[str, Any] = {k: v for k, v in fields.items() if k != "claims" and v is not None}
    if not claims:
        return leading_comments(text) + dump_yaml({**data, "claims": []})
    head = dump_yaml(data) if data else ""
    return leading_comments(text) + head + "claims:\n" + _render(claims, 2, comments)


def append_claims(
    *,
    path: Path,
    display_path: str,
    claims: Sequence[NewClaim | tuple[str, str]],
    document: str | None = None,
    header: str | None = None,
    taken_ids: Iterable[str] = (),
    write: bool = True,
) -> AppendResult:
    """Append claims (NewClaim, or (id, text)) to the claims file at ``path``, creating it.

    Claims whose text is already in the file are skipped. An id already used (in the
    file or in ``taken_ids``, e.g. other claims files) gets a longer hash. ``document``
    and ``header`` (a comment) are used only for a new file. ``display_path`` names
    the file in messages. With ``write=False`` nothing is written (a dry run).
    """
    created = not path.exists()
    old_text = ""
    if not created:
        try:
            old_text = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise FactcheckError(f"cannot read: {exc}", path=display_path) from None
    fresh = created or parse_yaml(old_text, file=display_path).data is None
    if fresh:  # missing, empty or only comments: start the list, keep the comments
        existing = []
    else:
        parsed = parse_claims(old_text, path=display_path)
        existing = [(c.id, c.text, list(c.sources)) for c in parsed.claims]
    used = {cid for cid, _, _ in existing} | set(taken_ids)
    texts = [t for _, t, _ in existing]
    added: list[tuple[str, str]] = []
    skipped: list[str] = []
    items: list[dict[str, Any]] = []
    comments: list[str | None] = []
    for wanted in claims:
        claim = wanted if isinstance(wanted, NewClaim) else NewClaim(*wanted)
        if any(same_text(claim.text, t) for t in texts):
            skipped.append(claim.text)
            continue
        new_id = claim.id if claim.id not in used else claim_id(claim.text, taken=used)
        used.add(new_id)
        texts.append(claim.text)
        added.append((new_id, claim.text))
        items.append(_item_dict(claim, new_id))
        comments.append(claim.comment)
    rewritten = False
    new_text: str | None
    if fresh:
        top = f"# {header}\n" if header and not leading_comments(old_text) else ""
        new_text = top + _rewrite(old_text, {"document": document}, items, comments)
    elif not added:
        new_text = old_text
    else:
        new_text = _insert_after_last_item(old_text, items, comments)
        if new_text is None or not _keeps(new_text, existing, items, display_path):
            rewritten = True
            old_items = [_item(cid, text, src) for cid, text, src in existing]
            old_fields = parse_yaml(old_text, file=display_path).data
            new_comments = [None] * len(old_items) + comments
            new_text = _rewrite(old_text, old_fields, old_items + items, new_comments)
    if not _keeps(new_text, existing, items, display_path):
        raise FactcheckError("could not append claims without changing others", path=display_path)
    if write and (created or added):
        try:
            atomic_write(path, new_text)
        except OSError as exc:  # a full disk, a folder that is a file: the old file stays
            raise FactcheckError(f"cannot write: {exc.strerror}", path=display_path) from None
    return AppendResult(tuple(added), tuple(skipped), created, rewritten, new_text)


def _item(claim_id_: str, text: str, sources: list[str]) -> dict[str, Any]:
    item: dict[str, Any] = {"id": claim_id_, "text": text}
    if sources:
        item["sources"] = sources
    return item


def _keeps(
    text: str,
    existing: list[tuple[str, str, list[str]]],
    added: list[dict[str, Any]],
    display_path: str,
) -> bool:
    """True when ``text`` parses to the old claims, unchanged and in order, then the new."""
    try:
        parsed = parse_claims(text, path=display_path)
    except FactcheckError:
        return False
    got = [(c.id, c.text, list(c.sources)) for c in parsed.claims]
    want = existing + [(i["id"], i["text"].strip(), i.get("sources", [])) for i in added]
    return got == want
