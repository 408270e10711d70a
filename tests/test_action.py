"""action.yml (the GitHub Action) and the install instructions in docs/.

The action installs factcheck from its own checkout; no document may tell anyone to
install the name ``factcheck`` from PyPI, which is another project there.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import REPO_ROOT

ACTION = REPO_ROOT / "action.yml"


def action() -> dict[str, Any]:
    data = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def step(predicate: str) -> dict[str, Any]:
    [found] = [s for s in action()["runs"]["steps"] if predicate in str(s.get("run", ""))]
    return found


def test_action_is_composite_with_mode_workspace_and_args() -> None:
    data = action()
    assert data["runs"]["using"] == "composite"
    inputs = data["inputs"]
    assert {"mode", "workspace", "args"} <= set(inputs)
    assert inputs["mode"]["default"] == "check"
    assert "diff-comment" in inputs["mode"]["description"]
    assert inputs["workspace"]["default"] == "."
    for name, spec in inputs.items():
        assert spec.get("description"), name
    for s in data["runs"]["steps"]:
        if "run" in s:
            assert s["shell"] == "bash"
            # Inputs reach scripts through the environment, never pasted into them.
            assert "${{" not in s["run"], s["run"]


def test_action_installs_factcheck_from_its_own_checkout() -> None:
    install = step("pip install")["run"]
    assert '"$GITHUB_ACTION_PATH"' in install
    assert '-c "$GITHUB_ACTION_PATH/constraints.txt"' in install
    assert (REPO_ROOT / "constraints.txt").is_file()


def test_check_mode_runs_check_with_annotations_and_diff_mode_comments() -> None:
    check = step("factcheck check")
    assert check["if"] == "inputs.mode == 'check'"
    assert "--format github" in check["run"]  # annotations, and the job summary it writes
    diff = step("factcheck diff")
    assert diff["if"] == "inputs.mode == 'diff-comment'"
    assert "--format markdown" in diff["run"] and "GITHUB_STEP_SUMMARY" in diff["run"]
    [comment] = [s for s in action()["runs"]["steps"] if "github-script" in str(s.get("uses"))]
    assert "inputs.mode == 'diff-comment'" in comment["if"]


def _fake_factcheck(folder: Path) -> None:
    """A `factcheck` on PATH that prints the annotations the real one prints for a finding."""
    folder.mkdir()
    script = folder / "factcheck"
    script.write_text(
        "#!/bin/sh\n"
        'echo "args: $*" >&2\n'
        "echo '::error file=claims/a.yaml,line=3,title=FC001 unsourced::claim a cites no source'\n"
        "echo '1 error, 0 warnings in 1 claim'\n"
        "exit 1\n",
        encoding="utf-8",
    )
    script.chmod(0o755)


@pytest.mark.parametrize(
    ("workspace", "file"),
    [
        (".", "claims/a.yaml"),
        ("fc/", "fc/claims/a.yaml"),
        ("./a&b|c", "a&b|c/claims/a.yaml"),
        ("news, 2026", "news%2C 2026/claims/a.yaml"),  # `,` would end the property
    ],
)
def test_check_step_points_annotations_at_the_repository_path(
    tmp_path: Path, workspace: str, file: str
) -> None:
    """The step's own script: its exit code survives the pipe, paths get the folder in front."""
    bash = shutil.which("bash")
    if bash is None or shutil.which("sed") is None:
        pytest.skip("needs bash and sed")
    _fake_factcheck(tmp_path / "bin")
    env = {
        **os.environ,
        "PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}",
        "FACTCHECK_WORKSPACE": workspace,
        "FACTCHECK_ARGS": "--fail-on refuted,mixed --strict",
    }
    done = subprocess.run(
        [bash, "-e", "-c", step("factcheck check")["run"]],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1  # the findings fail the job
    assert done.stdout.splitlines()[0].startswith(f"::error file={file},line=3,")
    assert done.stderr.strip() == (
        f"args: check {workspace} --format github --fail-on refuted,mixed --strict"
    )


def test_diff_mode_outside_a_pull_request_says_so(tmp_path: Path) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("needs bash")
    _fake_factcheck(tmp_path / "bin")
    env = {
        **os.environ,
        "PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}",
        "BASE_REF": "",
        "RUNNER_TEMP": str(tmp_path),
        "FACTCHECK_WORKSPACE": ".",
        "FACTCHECK_ARGS": "",
    }
    done = subprocess.run(
        [bash, "-e", "-c", step("factcheck diff")["run"]],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "runs on pull_request events" in done.stdout
    assert "args:" not in done.stderr  # factcheck never ran


def test_the_install_step_refuses_an_unknown_mode(tmp_path: Path) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("needs bash")
    env = {**os.environ, "FACTCHECK_MODE": "publish", "RUNNER_TEMP": str(tmp_path)}
    done = subprocess.run(
        [bash, "-e", "-c", step("pip install")["run"]],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "mode must be check or diff-comment" in done.stdout
    assert not (tmp_path / "factcheck-venv").exists()


# `pip install ... factcheck`, `pip install "factcheck>=1"`, `pipx install factcheck[x]`,
# `uv pip install factcheck`: a requirement naming the bare distribution `factcheck`.
_INSTALL = re.compile(r"\b(?:pip3?|pipx|uv pip|python3? -m pip)\s+install\b(?P<args>[^\n#`&;|]*)")
_BARE = re.compile(r"^factcheck(?:\[[^\]]*\])?(?:\s*[=<>!~].*)?$", re.I)


def bare_installs(text: str) -> list[str]:
    """The install commands in ``text`` that take ``factcheck`` from an index by name."""
    found = []
    for match in _INSTALL.finditer(text):
        try:
            words = shlex.split(match.group("args"))
        except ValueError:
            words = match.group("args").split()
        if any(_BARE.match(word) for word in words if not word.startswith("-")):
            found.append(match.group(0).strip())
    return found


def test_the_bare_name_detector_catches_what_it_must() -> None:
    for text in (
        "run: pip install factcheck",
        "- pip install 'factcheck>=0.1'",
        "python -m pip install -U factcheck[all]",
        "pipx install factcheck",
    ):
        assert bare_installs(text), text
    for text in (
        "pip install -e '.[test]'",
        'pip install -c "$GITHUB_ACTION_PATH/constraints.txt" "$GITHUB_ACTION_PATH"',
        "pip install https://github.com/OWNER/factcheck/archive/v0.1.0.tar.gz",
        "pip install factcheck-review",
        "pip install pre-commit && pre-commit install",
        "pip install -e . && factcheck match",
    ):
        assert not bare_installs(text), text


def test_no_document_installs_factcheck_from_pypi_by_name() -> None:
    files = [p for p in (REPO_ROOT / "docs").rglob("*") if p.is_file()]
    files += [REPO_ROOT / "README.md", ACTION, REPO_ROOT / ".pre-commit-hooks.yaml"]
    offenders = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # images and other binary files
        offenders += [f"{path.relative_to(REPO_ROOT)}: {cmd}" for cmd in bare_installs(text)]
    assert offenders == []


def test_every_ci_template_uses_the_action_or_installs_from_the_repository() -> None:
    for path in sorted((REPO_ROOT / "docs" / "ci").glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        uses_action = re.search(r"uses: OWNER/factcheck@v\d", text)
        from_repo = "https://github.com/$FACTCHECK_REPO/archive/$FACTCHECK_REF" in text
        assert uses_action or from_repo, path.name


def test_pre_commit_snippet_names_a_real_url_form() -> None:
    for path in (REPO_ROOT / ".pre-commit-hooks.yaml", REPO_ROOT / "docs" / "check.md"):
        text = path.read_text(encoding="utf-8")
        assert "repo: https://github.com/OWNER/factcheck" in text
        assert "<owner>" not in text
        assert "OWNER" in text and "once" in text


def test_the_distribution_name_is_not_the_pypi_factcheck() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    assert project["name"] == "factcheck-review"
    assert project["scripts"]["factcheck"] == "factcheck.cli:main"


def _pins() -> dict[str, str]:
    pins = {}
    for line in (REPO_ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not pinned with =="
            pins[canonicalize_name(name)] = version
    return pins


def test_constraints_pin_every_dependency_within_its_range() -> None:
    """docs/dependencies.md: the tested versions, inside pyproject's bounded ranges."""
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    pins = _pins()
    for text in [*project["dependencies"], *project["optional-dependencies"]["test"]]:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"constraints.txt does not pin {name}"
        assert requirement.specifier.contains(pins[name], prereleases=True), (name, pins[name])
        assert any(spec.operator == "<" for spec in requirement.specifier), (
            f"{name} has no upper bound in pyproject.toml"
        )
    assert "factcheck-review" not in pins and "factcheck" not in pins


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    [command] = [
        line for line in readme.splitlines() if "pytest" in line and line.startswith("python3")
    ]
    assert "-c constraints.txt" in command
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert command in ci
