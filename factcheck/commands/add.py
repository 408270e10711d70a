"""``factcheck add``: bring saved web pages, PDFs, Word files and text into ``sources/``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.importers import SUPPORTED_SUFFIXES, AddResult, Outcome, add_source, source_id_for
from factcheck.terminal import inert
from factcheck.workspace import SOURCES_DIR, find_workspace

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "add",
        help="bring files (.html, .pdf, .docx, .txt, .md) into sources/ with metadata",
        description="Import each file into sources/<id>.txt with front matter: saved web pages "
        "keep the article's main text, title, author, date and canonical URL; PDFs keep their "
        "pages (passages cite them); Word files and text are copied. A hash of the original is "
        "kept: adding it again says 'unchanged' or 'changed since added' (exit 1; --force "
        f"replaces the source). Formats: {', '.join(SUPPORTED_SUFFIXES)}.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="SOURCE", help="files to add")
    parser.add_argument(
        "--id",
        dest="source_id",
        default=None,
        metavar="ID",
        help="the source id (one file only; default: from the file name); may name a folder, "
        "e.g. news/belarus-s300",
    )
    parser.add_argument(
        "--workspace",
        type=Path,
        default=None,
        metavar="DIR",
        help="the workspace (default: the current folder or the nearest above with claims/)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace a changed or different source with the same id",
    )
    parser.set_defaults(run=run)


def describe(result: AddResult) -> str:
    """One line about what happened to one file."""
    where = inert(result.path)
    if result.outcome is Outcome.UNCHANGED:
        return f"unchanged: {where}"
    if result.outcome is Outcome.CHANGED:
        return (
            f"changed since added: {where} (the original's sha256 differs); "
            "--force replaces the source, which may move cited passages"
        )
    imported = result.imported
    assert imported is not None
    details = [imported.format]
    if imported.pages:
        details.append(f"{imported.pages} pages")
    details.append(f"{len(imported.text.split())} words")
    title = f' "{inert(imported.title)}"' if imported.title else ""
    return f"{result.outcome.value}: {where}{title} ({', '.join(details)})"


def run(args: argparse.Namespace) -> int:
    if args.source_id is not None and len(args.files) > 1:
        raise FactcheckError("--id names one source; give one file with it")
    if args.workspace is not None:
        root = args.workspace
        if not root.is_dir():
            raise FactcheckError(f"not a folder: {root}")
    else:
        try:
            root = find_workspace()
        except FactcheckError as exc:
            raise FactcheckError(
                f"{exc.message}; start one with 'factcheck extract DRAFT --into claims/NAME.yaml' "
                "or name a folder with --workspace DIR"
            ) from None
    (root / SOURCES_DIR).mkdir(exist_ok=True)
    status = EXIT_OK
    seen: dict[str, Path] = {}
    for file in args.files:
        try:
            if str(file).startswith(("http:/", "https:/")):
                raise FactcheckError(
                    "factcheck add reads saved files, it never fetches: save the page in a "
                    "browser (File, Save page as) and add that file",
                    path=str(file),
                )
            source_id = source_id_for(file, explicit=args.source_id)
            if source_id in seen:
                raise FactcheckError(
                    f"gives the source id {source_id!r} like {seen[source_id]}; add it with --id",
                    path=str(file),
                )
            seen[source_id] = file
            result = add_source(root=root, file=file, source_id=source_id, force=args.force)
        except FactcheckError as exc:
            print(f"factcheck: {inert(str(exc))}", file=sys.stderr)
            status = EXIT_USAGE
            continue
        print(describe(result))
        if result.outcome is Outcome.CHANGED and status == EXIT_OK:
            status = EXIT_FINDINGS
    return status
