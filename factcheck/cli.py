"""The command line: parse arguments, call the library, turn errors into one line and exit 2.

Each subcommand lives in ``factcheck/commands/<name>.py`` with ``add_parser``
and ``run``; this module only wires them together. Nothing here imports
Textual: ``factcheck review`` imports the TUI when it runs.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import importlib
import signal
import sys
from collections.abc import Sequence

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.terminal import inert

# Subcommands in the order `factcheck --help` lists them, with the one line it shows.
# Only the chosen command's module is imported: `factcheck check` in CI and the git
# diff driver should not pay for numpy, the matcher or the importers of the others.
SUMMARIES = {
    "init": "make a new workspace: folders, factcheck.yaml, git files, a CI workflow",
    "match": "print each claim with its supporting and contradicting passages",
    "review": "review claims in a terminal UI and record verdicts in verdicts/",
    "check": "check that every claim is sourced, for CI and pre-commit (exit 1 on errors)",
    "diff": "show claim and verdict changes between two git revisions",
    "index": "build or update the passage index in .factcheck/ (done automatically when needed)",
    "extract": "propose the check-worthy claims of a draft (.md, .txt, .html, .docx)",
    "add": "bring files (.html, .pdf, .docx, .txt, .md) into sources/ with metadata",
    "export": "write reviewed claims as ClaimReview JSON-LD, CSV or JSON Lines",
    "report": "write an HTML (or Markdown) report of claims, verdicts and evidence",
    "archive": "the newsroom archive on PostgreSQL: shared sources and earlier fact-checks",
}
COMMANDS = tuple(SUMMARIES)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # Usage errors are one line too, and exit 2 like every input problem.
        self.exit(EXIT_USAGE, f"factcheck: {inert(message)} (see '{self.prog} --help')\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; ``command``'s own options are loaded, the others only listed.

    With no ``command`` every subcommand's module is loaded (for tests and tools that
    want the whole parser).
    """
    parser = _Parser(
        prog="factcheck",
        description="Fact-check claims against sources: find supporting and contradicting "
        "passages, review verdicts, keep them in git.",
        epilog="Exit codes: 0 success, 1 findings (check), 2 usage or input errors.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, summary in SUMMARIES.items():
        if command is None or name == command:
            module = importlib.import_module(f"factcheck.commands.{name}")
            module.add_parser(sub)
        else:
            sub.add_parser(name, help=summary, add_help=False)
    return parser


def _chosen_command(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv`` (the first word that is not an option), if any."""
    for word in argv:
        if not word.startswith("-"):
            return word if word in SUMMARIES else None
    return None


def _unknown_command(argv: Sequence[str]) -> str | None:
    """The error for a first word that is no subcommand, suggesting the closest, or None."""
    word = next((w for w in argv if not w.startswith("-")), None)
    if word is None or word in SUMMARIES:
        return None
    close = difflib.get_close_matches(word.lower(), COMMANDS, n=1, cutoff=0.6)
    hint = f" (did you mean {close[0]!r}?)" if close else f" (commands: {', '.join(COMMANDS)})"
    return f"unknown command {word!r}{hint}"


def _imported(command: str | None) -> argparse.ArgumentParser:
    """``build_parser`` for the whole process, with the cyclic garbage collector paused
    while the command's modules are imported and what they made set aside for good after
    (``gc.freeze``): modules, functions, classes and compiled patterns that live as long
    as the process, which the collector, run after every 700 new objects, walked again and
    again and found nothing in (a 100k ``factcheck match``: 53 M instructions of its start,
    paid once more by each worker it forks, which inherits the count)."""
    gc.disable()
    try:
        return build_parser(command) if command else build_parser("")
    finally:
        gc.freeze()
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    """Run factcheck with ``argv`` (default: the process arguments); returns the exit code.

    With the process arguments, ``args.whole_process`` tells the command that it is the
    whole process: done, it may end it at once (``terminal.exit_now``).
    """
    whole_process = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    command = _chosen_command(argv)
    if whole_process:
        parser = _imported(command)
    else:
        parser = build_parser(command) if command else build_parser("")
    unknown = _unknown_command(argv)
    if unknown is not None:
        parser.error(unknown)  # exits 2, as argparse's own usage errors do
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return EXIT_USAGE
    args.whole_process = whole_process
    try:
        return int(args.run(args))
    except FactcheckError as exc:
        # Messages quote file names, ids and text from the workspace: keep them inert.
        print(f"factcheck: {inert(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 128 + signal.SIGINT
    except BrokenPipeError:
        # `factcheck match | head`: the reader left; that is not an error of ours.
        # Point stdout at nothing so the interpreter's final flush cannot fail again.
        sys.stdout = None
        return EXIT_OK
    except OSError as exc:
        # A disk that fills or a folder that turns read-only mid-command: one line, not a
        # traceback. Commands report the errors they expect with their own words first.
        print(f"factcheck: {inert(str(exc))}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    raise SystemExit(main())
