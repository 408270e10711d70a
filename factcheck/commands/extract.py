"""``factcheck extract``: propose the check-worthy claims of a draft, or append them to a file.

Without ``--into`` the proposals are printed as a claims file (YAML) with each
claim's score and reasons as a comment, so the output can be read as a list or
redirected into ``claims/``. With ``--into`` they are appended to that file.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path
from typing import Any

from factcheck.claims import (
    DEFAULT_MIN_SCORE,
    NewClaim,
    ProposedClaim,
    append_claims,
    extract_claims,
    read_draft,
)
from factcheck.errors import FactcheckError, WorkspaceError
from factcheck.terminal import inert
from factcheck.workspace import (
    CLAIMS_DIR,
    dump_yaml,
    find_workspace,
    parse_claims,
    source_files,
)


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "extract",
        help="propose the check-worthy claims of a draft (.md, .txt, .html, .docx)",
        description="Read a draft, score each sentence for check-worthiness (numbers, dates, "
        "quantities, comparisons, names, quotations, attributed statements; opinion, questions "
        "and boilerplate left out) and propose the best as claims with stable ids. Prints YAML "
        "(each claim's score and reasons as a comment), or appends to a claims file with --into.",
    )
    parser.add_argument("draft", type=Path, metavar="DRAFT", help="the draft to read")
    parser.add_argument(
        "--into",
        type=Path,
        default=None,
        metavar="FILE",
        help="append the claims to this claims file (created if missing, with 'document:' "
        "from the draft's title); claims already there are kept and not repeated",
    )
    parser.add_argument(
        "--min-score",
        type=float,
        default=DEFAULT_MIN_SCORE,
        metavar="X",
        help=f"leave out sentences scoring below X (default {DEFAULT_MIN_SCORE})",
    )
    parser.add_argument(
        "--limit", type=int, default=None, metavar="N", help="at most N claims, the best first"
    )
    parser.add_argument(
        "--cite",
        action="append",
        default=None,
        metavar="SOURCE",
        help="cite this source (its id: the path under sources/ without extension) for every "
        "claim written: 'sources: [SOURCE]'; repeat to cite several",
    )
    parser.set_defaults(run=run)


def render_yaml(
    claims: list[ProposedClaim], *, document: str | None, cite: tuple[str, ...] = ()
) -> str:
    """The proposals as a claims file, best first, each with a comment saying why."""
    lines = ["# Claims proposed by factcheck extract, best first: edit, split or delete freely."]
    if document:
        lines.append(dump_yaml({"document": document}).rstrip("\n"))
    lines.append("claims:" if claims else "claims: []")
    for claim in claims:
        lines.append(f"  # {claim.reason}")
        fields: dict[str, Any] = {"id": claim.id, "text": claim.text}
        if cite:
            fields["sources"] = list(cite)
        item = dump_yaml([fields])
        lines.extend("  " + line for line in item.rstrip("\n").split("\n"))
    return "\n".join(lines) + "\n"


def _workspace_for(into: Path | None) -> Path:
    """The workspace the claims go to: the one whose claims/ holds ``into``, else the nearest.

    Extracting is often the first step in a new folder, before claims/ exists.
    """
    if into is not None and into.parent.name == CLAIMS_DIR:
        return into.parent.parent
    start = into.parent if into is not None else Path.cwd()
    try:
        return find_workspace(start)
    except WorkspaceError:
        return start


def _checked_citations(cited: list[str] | None, *, into: Path | None) -> tuple[str, ...]:
    """The ``--cite`` source ids, each checked against ``sources/`` of the workspace."""
    if not cited:
        return ()
    root = _workspace_for(into)
    known = [source_id for source_id, _ in source_files(root)]
    for source_id in cited:
        if source_id not in known:
            close = difflib.get_close_matches(source_id, known, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise FactcheckError(
                f"--cite {source_id!r}: no such source in {root / 'sources'}{hint}; "
                "a source's id is its path under sources/ without the extension"
            )
    return tuple(dict.fromkeys(cited))


def _other_ids(target: Path) -> set[str]:
    """Ids used by the other claims files beside ``target``: ids are workspace-wide."""
    ids: set[str] = set()
    folder = target.parent
    if not folder.is_dir():
        return ids
    for file in sorted(folder.glob("*.y*ml")):
        if file.resolve() == target.resolve() or not file.is_file():
            continue
        try:
            parsed = parse_claims(file.read_text(encoding="utf-8-sig"), path=str(file))
        except (FactcheckError, OSError, UnicodeDecodeError):
            continue  # `factcheck match` reports a broken file; here it only lends ids
        ids.update(c.id for c in parsed.claims)
    return ids


def run(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        raise FactcheckError(f"--limit must be at least 1 (got {args.limit})")
    cite = _checked_citations(args.cite, into=args.into)
    draft = read_draft(args.draft)
    claims = extract_claims(text=draft.text, min_score=args.min_score, limit=args.limit)
    if args.into is None:
        out = render_yaml(claims, document=draft.title, cite=cite)
        # Draft text reaches a terminal: make control characters visible there.
        sys.stdout.write(inert(out, keep_newlines=True) if sys.stdout.isatty() else out)
        if not claims:
            print("factcheck: no check-worthy sentence found", file=sys.stderr)
        return 0
    if args.into.suffix not in (".yaml", ".yml"):
        raise FactcheckError("--into must name a .yaml claims file", path=str(args.into))
    result = append_claims(
        path=args.into,
        display_path=str(args.into),
        # The preview's comment goes into the file too: the reviewer keeps the why.
        claims=[NewClaim(c.id, c.text, sources=cite, comment=c.reason) for c in claims],
        document=draft.title,
        header=f"Claims proposed by factcheck extract from {args.draft.name}; "
        "edit, split or delete freely.",
        taken_ids=_other_ids(args.into),
    )
    verb = "created" if result.created else "updated"
    if not result.added:
        verb = "unchanged"
    print(
        f"{inert(str(args.into))}: {verb}: {len(result.added)} claims added, "
        f"{len(result.skipped)} already there"
    )
    if result.rewritten:
        print(
            f"{inert(str(args.into))}: the claims list was rewritten in block style "
            "(comments not kept)",
            file=sys.stderr,
        )
    return 0
