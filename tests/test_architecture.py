"""The shape of the code: one folder per domain, imports one way, no cycles, the core never
imports Textual, every command has help."""

from __future__ import annotations

import ast
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import COMMANDS, build_parser, main
from tests.import_graph import cycles, layer_violations


def _core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(factcheck.__path__, prefix="factcheck."):
        if info.name.startswith("factcheck.tui") or info.name in (
            "factcheck.commands.review",
            "factcheck.__main__",  # runs the CLI on import
        ):
            continue
        names.append(info.name)
    return names


def test_core_modules_do_not_import_textual() -> None:
    modules = _core_modules()
    assert "factcheck.evidence.matching" in modules and "factcheck.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"core imports Textual: {out}"


def test_cli_parser_does_not_import_textual() -> None:
    code = (
        "import sys\nfrom factcheck.cli import build_parser\nbuild_parser()\n"
        "print('textual' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _available_commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return [name for name in COMMANDS if name in sub.choices]  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", _available_commands())
def test_every_subcommand_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert f"factcheck {command}" in out
    assert len(out.splitlines()) > 3


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("factcheck: ") and err.count("\n") == 1


def test_python_dash_m_runs() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0 and "factcheck" in out.stdout


def test_a_command_loads_only_its_own_module() -> None:
    """`factcheck diff` (also the git diff driver) must not pay for the matcher's imports."""
    code = (
        "import sys\nfrom factcheck.cli import main\n"
        "try:\n    main(['diff', '--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = ('factcheck.evidence.matching', 'numpy', 'factcheck.commands.match')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


PACKAGE = Path(factcheck.__file__).parent
DOMAINS = (
    "workspace",
    "index",
    "evidence",
    "verdicts",
    "claims",
    "check",
    "diff",
    "publish",
    "archive",
)
TOP_LEVEL = {"__init__.py", "__main__.py", "cli.py", "errors.py", "terminal.py", "progress.py"}
TOP_LEVEL |= {"mdsafe.py"}  # Markdown-safe text, shared by every Markdown writer


def test_the_package_is_one_folder_per_domain() -> None:
    assert {p.name for p in PACKAGE.glob("*.py")} == TOP_LEVEL
    for name in DOMAINS:
        init = PACKAGE / name / "__init__.py"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc) > 60, f"{init} must say what the domain owns"


def test_imports_run_one_way_through_each_domains_front_door() -> None:
    assert layer_violations(PACKAGE) == []


def test_no_module_imports_itself_in_a_circle() -> None:
    assert cycles(PACKAGE) == []


def _planted(tmp_path: Path, module: str, line: str) -> Path:
    copy = tmp_path / "factcheck"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    return copy


@pytest.mark.parametrize(
    "module,line,expected",
    [
        (
            "workspace/models.py",
            "from factcheck.check import locate_quote",
            "must not import check",
        ),
        ("index/disk.py", "from factcheck.evidence import find_evidence", "must not import"),
        ("errors.py", "from factcheck.workspace import Claim", "(base) imports"),
    ],
)
def test_a_planted_wrong_way_import_is_caught(
    tmp_path: Path, module: str, line: str, expected: str
) -> None:
    problems = layer_violations(_planted(tmp_path, module, line))
    assert len(problems) == 1 and expected in problems[0], problems
    assert problems[0].startswith(f"factcheck/{module}:")


def test_a_planted_cycle_is_caught(tmp_path: Path) -> None:
    # Inside a function, as lazy imports are: a circle all the same.
    line = "def _late():\n    from factcheck.workspace.load import Workspace"
    found = cycles(_planted(tmp_path, "workspace/models.py", line))
    assert ["factcheck.workspace.load", "factcheck.workspace.models"] in [
        [m for m in group if m in ("factcheck.workspace.load", "factcheck.workspace.models")]
        for group in found
    ]


MAX_LINES = 300


def test_every_module_fits_in_one_sitting() -> None:
    long = {
        str(path.relative_to(PACKAGE)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}, long
