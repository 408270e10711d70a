"""The archive on a real PostgreSQL (a throwaway cluster, tests/pgcluster.py): add, status,
remove, incremental re-adding, schema versions, URL and password handling."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.archive import (
    SCHEMA_VERSION,
    add_sources,
    has_password,
    open_archive,
    read_source,
    source_paths,
)
from factcheck.archive import archive_url as resolve
from factcheck.cli import main
from factcheck.errors import FactcheckError
from factcheck.workspace import load_settings, load_workspace, split_passages, terms


def _add(url: str, *paths: Path) -> None:
    with open_archive(url, create=True) as conn:
        add_sources(conn, (read_source(i, f) for i, f in source_paths(list(paths))))


def test_add_stores_sources_passages_and_the_local_terms(archive_url: str, example_root: Path):
    _add(archive_url, example_root)
    workspace = load_workspace(example_root)
    with open_archive(archive_url) as conn:
        stored = conn.execute(
            "SELECT source_id, start_at, end_at, text, terms, nterms FROM archive_passages "
            "ORDER BY id"
        ).fetchall()
        hashes = dict(conn.execute("SELECT id, content_hash FROM archive_sources").fetchall())
        corpus = conn.execute("SELECT passages, terms FROM archive_corpus").fetchone()
        df = dict(conn.execute("SELECT term, df FROM archive_terms").fetchall())
        tsv_tf = conn.execute(
            "SELECT array_length(u.positions, 1) FROM archive_passages p, unnest(p.tsv) u "
            "WHERE p.id = (SELECT min(id) FROM archive_passages) AND u.lexeme = %s",
            (terms(stored[0][3])[0],),
        ).fetchone()
    expected = [p for s in workspace.sources.values() for p in split_passages(s)]
    assert [(r[0], r[1], r[2], r[3]) for r in stored] == [
        (p.source_id, p.start, p.end, p.text) for p in expected
    ]
    assert all(r[4] == " ".join(terms(r[3])) and r[5] == len(terms(r[3])) for r in stored)
    assert hashes == {s.id: s.content_hash for s in workspace.sources.values()}
    assert corpus == (len(expected), sum(len(terms(p.text)) for p in expected))
    first = terms(expected[0].text)
    assert tsv_tf == (first.count(first[0]),)
    some = first[0]
    assert df[some] == sum(1 for p in expected if some in terms(p.text))


def test_cli_add_is_incremental_and_status_and_remove(
    archive_url: str, example_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    folder = tmp_path / "wire"
    shutil.copytree(example_root / "sources", folder)
    assert main(["archive", "add", str(folder), "--url", archive_url]) == 0
    assert capsys.readouterr().out.startswith("added 2, unchanged 0, changed 0")
    assert main(["archive", "add", str(folder), "--url", archive_url]) == 0
    assert capsys.readouterr().out.startswith("added 0, unchanged 2, changed 0")
    changed = folder / "belarus-s300.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA new closing line.\n")
    (folder / "extra.md").write_text("---\ntitle: Extra\n---\nMissiles fell near Zyxwvut.\n")
    assert main(["archive", "add", str(folder), "--url", archive_url]) == 0
    out = capsys.readouterr().out
    assert "changed: belarus-s300" in out and "added 1, unchanged 1, changed 1" in out
    assert main(["archive", "status", "--url", archive_url]) == 0
    out = capsys.readouterr().out
    assert f"schema version {SCHEMA_VERSION}" in out
    assert "sources                  3" in out
    with open_archive(archive_url) as conn:
        before = conn.execute("SELECT passages, terms FROM archive_corpus").fetchone()
        brest = conn.execute("SELECT df FROM archive_terms WHERE term = 'zyxwvut'").fetchone()
    assert brest == (1,)
    assert main(["archive", "remove", "extra", "nothing-here", "--url", archive_url]) == 1
    captured = capsys.readouterr()
    assert "removed 1" in captured.out and "not in the archive: nothing-here" in captured.err
    with open_archive(archive_url) as conn:
        after = conn.execute("SELECT passages, terms FROM archive_corpus").fetchone()
        recount = conn.execute("SELECT count(*), sum(nterms) FROM archive_passages").fetchone()
        brest = conn.execute("SELECT df FROM archive_terms WHERE term = 'zyxwvut'").fetchone()
    assert after == recount and after is not None and before is not None
    assert after[0] == before[0] - 1
    assert brest is None


def test_a_newer_schema_is_refused_and_an_empty_one_is_not_read(archive_url: str):
    with pytest.raises(FactcheckError, match="empty"):
        open_archive(archive_url)
    open_archive(archive_url, create=True).close()
    with open_archive(archive_url) as conn:
        conn.execute("UPDATE archive_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(FactcheckError, match="newer than this factcheck"):
        open_archive(archive_url)


def test_an_older_schema_is_migrated(archive_url: str):
    import psycopg

    from factcheck.archive.schema import MIGRATIONS

    with psycopg.connect(archive_url, autocommit=True) as conn:
        conn.execute(MIGRATIONS[1].encode())
        conn.execute("INSERT INTO archive_meta VALUES ('schema_version', '1')")
        conn.execute(
            "INSERT INTO archive_sources VALUES ('s', 's', 'S', NULL, NULL, NULL, "
            "NULL, 'sha256:x', 9, now())"
        )
        conn.execute(
            "INSERT INTO archive_passages VALUES (1, 's', 0, 9, false, NULL, "
            "'a b a', 3, 'a b a', $$'a':1,3 'b':2$$)"
        )
    with open_archive(archive_url) as conn:
        version = conn.execute("SELECT value FROM archive_meta WHERE key = 'schema_version'")
        assert version.fetchone() == (str(SCHEMA_VERSION),)
        assert conn.execute("SELECT count(*) FROM archive_claimreviews").fetchone() == (0,)
        assert conn.execute("SELECT repeats FROM archive_passages").fetchone() == ({"a": 2},)


def test_bad_url_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    code = main(["archive", "status", "--url", f"postgresql:///nope?host={tmp_path}"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("factcheck: cannot connect to the archive")
    assert err.count("\n") == 1


def test_url_order_and_no_password_in_files(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("FACTCHECK_ARCHIVE_URL", raising=False)
    assert resolve(given=None, configured="service=newsroom") == "service=newsroom"
    monkeypatch.setenv("FACTCHECK_ARCHIVE_URL", "postgresql:///env")
    assert resolve(given=None, configured="service=newsroom") == "postgresql:///env"
    assert resolve(given="postgresql:///cli", configured=None) == "postgresql:///cli"
    monkeypatch.delenv("FACTCHECK_ARCHIVE_URL")
    assert has_password("postgresql://ed:secret@db/news")
    assert has_password("host=db password=secret")
    assert not has_password("postgresql://ed@db/news")
    with pytest.raises(FactcheckError, match="must not hold a password"):
        resolve(given=None, configured="postgresql://ed:secret@db/news")


def test_archive_url_setting(tmp_path: Path):
    (tmp_path / "factcheck.yaml").write_text("archive:\n  url: service=newsroom\n")
    assert load_settings(tmp_path).archive_url == "service=newsroom"
    (tmp_path / "factcheck.yaml").write_text("archive:\n  uri: x\n")
    with pytest.raises(FactcheckError, match=r"unknown setting archive\.uri"):
        load_settings(tmp_path)
