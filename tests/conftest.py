"""Shared fixtures: the bundled example workspace and small workspaces built on the fly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = REPO_ROOT.parent / "shared" / "eval"


@pytest.fixture(autouse=True)
def lexical_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests match lexically (their expected ranks and scores), whether or not the semantic
    extra is installed; ``--semantic`` on a command, or ``semantic.overridden(True)``,
    still turns it on (tests/test_semantic.py)."""
    from factcheck.evidence import semantic

    monkeypatch.setattr(semantic, "_OVERRIDES", [False])


@pytest.fixture
def example_root() -> Path:
    """The example workspace at the repository root (read-only: copy it to change it)."""
    return REPO_ROOT


@pytest.fixture
def make_workspace(tmp_path: Path) -> Callable[..., Path]:
    """Build a workspace from {relative path: text} and return its root."""

    def build(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "ws"
        (root / "claims").mkdir(parents=True, exist_ok=True)
        (root / "sources").mkdir(parents=True, exist_ok=True)
        for rel, content in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8", newline="")
        return root

    return build


# A throwaway PostgreSQL cluster for the archive tests (tests/pgcluster.py).
from tests.pgcluster import archive_url, postgres_cluster  # noqa: E402, F401
