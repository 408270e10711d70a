"""The shape of the code: the core never imports Textual; every command has help."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import factcheck
from factcheck.cli import COMMANDS, build_parser, main


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
