"""A git diff driver for verdict files: ``factcheck diff --textconv FILE``.

git runs the driver once per version of every verdict file it shows, so
this module stays light: the ``factcheck-textconv`` script runs it without
importing the rest of the command line (matching, numpy, the subcommands),
which makes ``git log -p`` several times faster than ``factcheck diff
--textconv``. Both print the same text.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from factcheck.diff_report import render_verdict_file
from factcheck.errors import FactcheckError
from factcheck.terminal import inert
from factcheck.verdicts import parse_verdicts


def textconv(file: Path) -> str:
    """One verdict file as text for ``git diff``; a file that does not parse is shown raw.

    git runs this on every version of the file, old ones included; failing
    would break ``git log -p`` on history that holds one bad file, so the
    raw text is shown under a one-line explanation instead.
    """
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise FactcheckError(f"cannot read: {exc.strerror}", path=str(file)) from None
    text = data.decode("utf-8-sig", "replace")
    try:
        verdicts = parse_verdicts(text, path=file.name)
    except FactcheckError as exc:
        note = f"# factcheck: not a valid verdict file ({exc.message}); shown as is\n"
        return note + inert(text, keep_newlines=True)
    return render_verdict_file(verdicts)


def main(argv: Sequence[str] | None = None) -> int:
    """``factcheck-textconv FILE``: print FILE as ``factcheck diff --textconv FILE`` does."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1 or args[0].startswith("-"):
        print(
            "usage: factcheck-textconv FILE (a git diff driver; see docs/diff.md)", file=sys.stderr
        )
        return 2
    try:
        sys.stdout.write(textconv(Path(args[0])))
    except FactcheckError as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
