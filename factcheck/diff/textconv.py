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

from factcheck.diff.report import reviewed_by, verdict_label
from factcheck.errors import FactcheckError
from factcheck.terminal import inert
from factcheck.verdicts import VerdictFile, parse_verdicts


def render_verdict_file(verdicts: VerdictFile) -> str:
    """A verdict file as one readable block per claim, for git's textconv diff driver.

    One fact per line, so ``git diff`` shows exactly which fact changed.
    """
    lines: list[str] = []
    for claim_id in sorted(verdicts.entries):
        entry = verdicts.entries[claim_id]
        lines.append(f"{inert(claim_id)}: {verdict_label(entry)}")
        if entry.reviewer or entry.reviewed_at:
            lines.append(f"  reviewed by {inert(reviewed_by(entry))}")
        if entry.claim_hash:
            lines.append(f"  claim hash {inert(entry.claim_hash)}")
        for e in entry.evidence:
            lines.append(
                f"  evidence {e.stance.value} {inert(e.ref)}: “{inert(' '.join(e.quote.split()))}”"
            )
        lines += [f"  dismissed {inert(ref)}" for ref in sorted(entry.dismissed)]
        note_lines = (entry.note or "").strip().splitlines()
        for i, line in enumerate(note_lines):
            lines.append(("  note: " if i == 0 else "        ") + inert(line))
        lines.append("")
    return "\n".join(lines)


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


def write_utf8(text: str) -> None:
    """Write ``text`` to stdout as UTF-8 whatever the locale: git shows the bytes as they are."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a test's captured stdout, say
        sys.stdout.write(text)
        return
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """``factcheck-textconv FILE``: print FILE as ``factcheck diff --textconv FILE`` does."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1 or args[0].startswith("-"):
        print(
            "usage: factcheck-textconv FILE (a git diff driver; see docs/diff.md)", file=sys.stderr
        )
        return 2
    try:
        write_utf8(textconv(Path(args[0])))
    except FactcheckError as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
