"""`factcheck check` starts without numpy, the index or the semantic model where it needs none.

Start-up is a large share of a `check` in CI or a pre-commit hook whose scores are all
cached (docs/scaling.md): these tests fail when someone adds a top-level import that
pulls numpy (the index, the scorers), onnxruntime or Textual back into that path.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from factcheck.archive import ENV_URL as ARCHIVE_ENV_URL
from factcheck.commands.archive import ENV_URL

HEAVY = ("numpy", "onnxruntime", "textual", "factcheck.index", "factcheck.evidence.matching")

# Runs the command line in-process and reports, on stderr's last line, which heavy modules
# it loaded: the command's exit code and that list, as JSON.
RUN = """
import json, sys
from factcheck.cli import main
code = main(sys.argv[1:])
print(json.dumps([code, [m for m in {heavy!r} if m in sys.modules]]), file=sys.stderr)
"""


def _run(args: list[str], *, env: dict[str, str]) -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", RUN.format(heavy=HEAVY), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    code, loaded = json.loads(done.stderr.strip().splitlines()[-1])
    return int(code), list(loaded)


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != ENV_URL}
    env["XDG_CACHE_HOME"] = str(tmp_path / "user-cache")  # this test's own cache key
    return env


def test_importing_the_check_command_loads_no_numpy() -> None:
    code = "import sys, factcheck.commands.check\n"
    code += f"print([m for m in {HEAVY!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_check_with_every_score_cached_loads_no_numpy(example_root: Path, tmp_path: Path) -> None:
    root = tmp_path / "ws"
    for name in ("claims", "sources", "verdicts"):
        shutil.copytree(example_root / name, root / name)
    env = _env(tmp_path)
    args = ["check", str(root), "--format", "json", "--no-semantic"]
    first_code, first = _run(args, env=env)
    assert "numpy" in first  # the scores were computed: the index was opened
    assert (root / ".factcheck" / "check-cache.json").is_file()
    code, loaded = _run(args, env=env)
    assert (code, loaded) == (first_code, [])


def test_check_and_the_archive_name_the_same_variable() -> None:
    # commands/archive.py names it to skip importing the archive when none is configured.
    assert ENV_URL == ARCHIVE_ENV_URL
