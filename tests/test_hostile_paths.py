"""Path safety: nothing in a workspace can make factcheck read or write outside it.

Source ids in claims, pinned evidence ``source:`` in verdicts, ``factcheck add
--id``, oddly named claims files and symlinks (a verdict file, the verdicts
folder, the cache folder) are tried with ``..``, absolute paths, Windows drive
and UNC paths and backslashes. A file outside the workspace holds a secret
that must never show up in any output, and no file outside the workspace or
outside ``verdicts/`` may be written.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.workspace.load import load_workspace
from tests.tui_helpers import app_for, ready

SECRET = "TOP SECRET OUTSIDE THE WORKSPACE"
CLAIM = "The ministry said forty missiles were fired."
SOURCE = "The ministry said forty missiles were fired at the city.\n"
OUTSIDE_IDS = [
    "../secret",
    "../../secret",
    "news/../../secret",
    "/SECRET_PATH",
    "C:/secret",
    "C:secret",
    "..\\secret",
    "\\\\server\\share\\secret",
    "~/secret",
]


@pytest.fixture
def root(make_workspace: Callable[..., Path], tmp_path: Path) -> Path:
    (tmp_path / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    (tmp_path / "secret").write_text(SECRET + "\n", encoding="utf-8")
    return make_workspace(
        {
            "claims/c.yaml": f"claims:\n  - id: a\n    text: {CLAIM}\n    sources: [news]\n",
            "sources/news.txt": SOURCE,
        }
    )


def files_under(top: Path) -> set[str]:
    return {
        p.relative_to(top).as_posix()
        for p in top.rglob("*")
        if p.is_file() and ".git" not in p.parts and ".factcheck" not in p.parts
    }


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def real(source_id: str, tmp_path: Path) -> str:
    return source_id.replace("/SECRET_PATH", str(tmp_path / "secret"))


@pytest.mark.parametrize("source_id", OUTSIDE_IDS)
def test_pinned_evidence_from_outside_is_never_read(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], source_id: str
) -> None:
    (root / "verdicts").mkdir()
    (root / "verdicts/c.yaml").write_text(
        "a:\n  verdict: supported\n  reviewer: R\n  reviewed_at: '2026-11-22T10:15:03Z'\n"
        f"  evidence:\n    - source: {json.dumps(real(source_id, tmp_path))}\n"
        "      stance: supports\n      quote: TOP SECRET\n      start: 0\n      end: 10\n",
        encoding="utf-8",
    )
    before = files_under(tmp_path)
    code, out, err = run(capsys, "check", str(root), "--no-cache")
    assert code == 1 and "FC003" in out
    assert SECRET not in out + err
    for argv in (
        ["match", str(root)],
        ["export", str(root), "--format", "jsonl"],
        ["export", str(root), "--format", "csv"],
        ["report", str(root)],
        ["report", str(root), "--format", "markdown"],
    ):
        code, out, err = run(capsys, *argv)
        assert code == 0, err
        assert SECRET not in out + err, argv
    assert files_under(tmp_path) == before


# "~" is never expanded: "~/secret" is a folder named "~" under sources/, so it is left out.
@pytest.mark.parametrize("source_id", [i for i in OUTSIDE_IDS if not i.startswith("~")])
def test_a_claim_citing_outside_is_refused_and_never_read(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], source_id: str
) -> None:
    cited = json.dumps(real(source_id, tmp_path))
    (root / "claims/c.yaml").write_text(
        f"claims:\n  - id: a\n    text: {CLAIM}\n    sources: [{cited}]\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "match", str(root))
    assert code == 2
    assert err.startswith("factcheck: claims/c.yaml:") and err.count("\n") == 1
    assert "not a source id" in err
    code, out, err = run(capsys, "check", str(root), "--no-cache")
    assert code == 1
    assert SECRET not in out + err


@pytest.mark.parametrize(
    "bad_id",
    [*OUTSIDE_IDS[:3], "/abs/x", "C:\\evil", "a/./b", "sources/../../x", ".hidden", "a/", ""],
)
def test_add_never_writes_outside_sources(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], bad_id: str
) -> None:
    draft = tmp_path / "page.txt"
    draft.write_text("Words to import.\n", encoding="utf-8")
    before = files_under(tmp_path)
    code, _, err = run(capsys, "add", "--workspace", str(root), "--id", bad_id, str(draft))
    assert code == 2
    assert "not a usable source id" in err and err.count("\n") == 1
    assert files_under(tmp_path) == before


def test_symlinked_sources_and_claims_files_out_are_refused(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "more.txt").write_text(SECRET, encoding="utf-8")
    os.symlink(outside, root / "sources/linked", target_is_directory=True)
    # A linked folder is not followed: its files are not sources at all.
    assert set(load_workspace(root).sources) == {"news"}
    (outside / "x.yaml").write_text(f"claims:\n  - id: z\n    text: {SECRET}\n", encoding="utf-8")
    os.symlink(outside / "x.yaml", root / "claims/x.yaml")
    code, out, err = run(capsys, "match", str(root))
    assert code == 2 and "claims/x.yaml" in err and "outside the workspace" in err
    assert SECRET not in out + err


def test_a_source_file_linking_outside_is_refused(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (root / "sources/sub").mkdir()
    os.symlink(tmp_path / "secret.txt", root / "sources/sub/leak.txt")
    code, out, err = run(capsys, "match", str(root))
    assert code == 2 and "sources/sub/leak.txt" in err and "outside the workspace" in err
    assert SECRET not in out + err


def test_check_reports_a_source_file_linking_outside(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (root / "sources/sub").mkdir()
    os.symlink(tmp_path / "secret.txt", root / "sources/sub/leak.txt")
    code, out, err = run(capsys, "check", str(root))
    assert code != 0
    assert "sources/sub/leak.txt" in out + err and "outside the workspace" in out + err
    assert SECRET not in out + err


def test_links_that_stay_inside_the_workspace_are_read(root: Path) -> None:
    (root / "sources/sub").mkdir()
    os.symlink(root / "sources/news.txt", root / "sources/sub/same.txt")
    (root / "notes").mkdir()
    (root / "notes/kept.txt").write_text(SOURCE, encoding="utf-8")
    os.symlink(root / "notes/kept.txt", root / "sources/kept.txt")
    assert set(load_workspace(root).sources) == {"news", "sub/same", "kept"}


def test_a_sources_folder_linking_outside_is_refused(
    make_workspace: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "more.txt").write_text(SECRET, encoding="utf-8")
    root = make_workspace({"claims/c.yaml": f"claims:\n  - id: a\n    text: {CLAIM}\n"})
    (root / "sources").rmdir()
    os.symlink(outside, root / "sources", target_is_directory=True)
    code, out, err = run(capsys, "match", str(root))
    assert code == 2 and "sources/more.txt" in err and "outside the workspace" in err
    assert SECRET not in out + err


def test_a_cache_folder_linking_outside_is_never_written(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    os.symlink(outside, root / ".factcheck", target_is_directory=True)
    code, out, err = run(capsys, "index", str(root))
    assert code == 0
    assert "in memory only" in out + err
    code, _, _ = run(capsys, "match", str(root))
    assert code == 0
    assert not list(outside.iterdir())


ODD_NAMES = ["-rf", "a b", "ünï", "1", "con", "with'quote", "[bold]", "x.y", "%2e%2e"]
# Claims files whose name would make a verdict file outside verdicts/ or a hidden one.
REFUSED_NAMES = ["..", "...", ".hidden", "x\ny", "tab\there"]


async def test_verdicts_are_written_only_under_verdicts(
    make_workspace: Callable[..., Path], tmp_path: Path
) -> None:
    files = {"sources/news.txt": SOURCE}
    for i, name in enumerate(ODD_NAMES):
        files[f"claims/{name}.yaml"] = f"claims:\n  - id: c{i}\n    text: {CLAIM} Case {i}.\n"
    root = make_workspace(files)
    before = files_under(tmp_path)
    app = app_for(root)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        for _ in ODD_NAMES:
            await pilot.press("s")
            await pilot.pause()
    written = files_under(tmp_path) - before
    assert written == {f"ws/verdicts/{name}.yaml" for name in ODD_NAMES}
    for name in ODD_NAMES:
        text = (root / "verdicts" / f"{name}.yaml").read_text(encoding="utf-8")
        assert text.count("verdict: supported") == 1


@pytest.mark.parametrize("name", REFUSED_NAMES)
async def test_a_claims_file_name_that_cannot_name_a_verdict_file_is_an_error(
    make_workspace: Callable[..., Path], tmp_path: Path, name: str
) -> None:
    root = make_workspace(
        {
            "sources/news.txt": SOURCE,
            f"claims/{name}.yaml": f"claims:\n  - id: a\n    text: {CLAIM}\n",
        }
    )
    before = files_under(tmp_path)
    app = app_for(root)
    async with app.run_test(size=(160, 45)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if app.error is not None:
                break
    assert app.error is not None and "cannot name a verdict file" in str(app.error)
    assert "\n" not in str(app.error)
    assert app.return_code == 2
    assert files_under(tmp_path) == before


async def test_a_verdict_file_linking_outside_is_not_written_through(
    root: Path, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere.yaml"
    target.write_text("# someone else's file\n", encoding="utf-8")
    (root / "verdicts").mkdir()
    (root / "verdicts/c.yaml").symlink_to(target)
    app = app_for(root)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause(0.5)
        # The store refuses to open a verdict file that leaves verdicts/: the app says so.
        if app.error is None:
            await ready(pilot)
            await pilot.press("s")
            await pilot.pause()
    assert target.read_text(encoding="utf-8") == "# someone else's file\n"
    assert app.error is not None and "outside" in str(app.error)
    assert app.return_code == 2
