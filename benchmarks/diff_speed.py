"""How long ``factcheck diff`` takes on a large workspace, and how big its Markdown gets.

A git repository is generated under a temporary folder (never in the
repository): ``--files`` claims files holding ``--claims`` claims in all, each
with a verdict and pinned evidence. A second commit changes the verdict,
evidence and note of ``--changed`` claims, edits some texts and renames a
few. ``factcheck diff HEAD~1 HEAD`` then runs in a fresh process for each
format, as CI runs it; wall times and the Markdown size are printed.

    python benchmarks/diff_speed.py [--claims 5000] [--files 200] [--changed 500] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factcheck.verdicts.files import serialize_verdicts
from factcheck.workspace.models import PinnedEvidence, Stance, Verdict, text_hash


def git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Bench", "-c", "user.email=bench@example.com", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def write_revision(root: Path, *, claims: int, files: int, changed: int, second: bool) -> None:
    per_file = max(1, claims // files)
    for f in range(files):
        ids = [f"f{f:03}-c{i:04}" for i in range(per_file)]
        texts = {
            cid: f"Claim {cid} says that {n} people attended the meeting."
            for n, cid in enumerate(ids)
        }
        entries: dict[str, Verdict] = {}
        lines = ["claims:\n"]
        for n, cid in enumerate(ids):
            index = f * per_file + n
            text, shown_id = texts[cid], cid
            touched = second and index < changed
            if touched and index % 10 == 1:
                text = text.replace("attended", "skipped")
            if touched and index % 25 == 2:
                shown_id = cid + "-renamed"
            lines.append(f"  - id: {shown_id}\n    text: {json.dumps(text)}\n")
            pin = PinnedEvidence(
                source="news",
                stance=Stance.SUPPORTS,
                quote=f"Quote for {cid}.",
                start=index,
                end=index + 9,
            )
            entries[shown_id] = Verdict(
                verdict="refuted" if touched else "supported",
                reviewer="Bench",
                reviewed_at="2026-11-23T08:00:00Z" if touched else "2026-11-22T08:00:00Z",
                claim_hash=text_hash(texts[cid]),
                evidence=(pin,) if not touched else (),
                note="Checked again." if touched else None,
            )
        (root / "claims" / f"file{f:03}.yaml").write_text("".join(lines), encoding="utf-8")
        (root / "verdicts" / f"file{f:03}.yaml").write_text(
            serialize_verdicts(entries), encoding="utf-8"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=5000)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--changed", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "claims").mkdir()
        (root / "verdicts").mkdir()
        (root / "sources").mkdir()
        (root / "sources/news.txt").write_text("News.\n", encoding="utf-8")
        git(root, "init", "-q", "-b", "main")
        write_revision(
            root, claims=args.claims, files=args.files, changed=args.changed, second=False
        )
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", "first")
        write_revision(
            root, claims=args.claims, files=args.files, changed=args.changed, second=True
        )
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", "second")
        print(f"{args.claims} claims in {args.files} files, {args.changed} changed")
        for fmt in ("text", "markdown", "json"):
            times, size = [], 0
            for _ in range(args.runs):
                start = time.perf_counter()
                done = subprocess.run(
                    [sys.executable, "-m", "factcheck", "diff", "HEAD~1", "HEAD", "--format", fmt],
                    cwd=root,
                    capture_output=True,
                    check=True,
                )
                times.append(time.perf_counter() - start)
                size = len(done.stdout.decode("utf-8"))
            print(f"  {fmt:<8} median {statistics.median(times):.2f} s  output {size:,} characters")


if __name__ == "__main__":
    main()
