"""The command line: parse arguments, call the library, turn errors into one line and exit 2.

Each subcommand lives in ``factcheck/commands/<name>.py`` with ``add_parser``
and ``run``; this module only wires them together. Nothing here imports
Textual: ``factcheck review`` imports the TUI when it runs.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
from collections.abc import Sequence

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.terminal import inert

# Subcommands in the order `factcheck --help` lists them.
COMMANDS = ("match", "review", "check", "diff", "index", "extract", "add", "export", "report")

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # Usage errors are one line too, and exit 2 like every input problem.
        self.exit(EXIT_USAGE, f"factcheck: {inert(message)} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every available subcommand."""
    parser = _Parser(
        prog="factcheck",
        description="Fact-check claims against sources: find supporting and contradicting "
        "passages, review verdicts, keep them in git.",
        epilog="Exit codes: 0 success, 1 findings (check), 2 usage or input errors.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"factcheck.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"factcheck.commands.{name}":
                continue  # not built yet
            raise
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run factcheck with ``argv`` (default: the process arguments); returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return EXIT_USAGE
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
