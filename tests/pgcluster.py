"""A throwaway PostgreSQL cluster for the archive tests: real server, no mocks.

``postgres_cluster`` (session scope) runs ``initdb`` into a fresh temporary folder, starts
``postgres`` listening only on a Unix socket in that folder, yields a connection URL to
its ``postgres`` database, and stops the server and deletes the folder at the end.
``initdb`` refuses to run as root (CI runs as root), so as root the cluster belongs to the
unprivileged ``postgres`` user that Debian's package creates.

``archive_url`` (function scope) creates an empty database in that cluster for one test.

With ``CI=true`` a missing PostgreSQL fails the tests loudly; elsewhere they skip and say why.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
_numbers = itertools.count(1)


def _unavailable(reason: str) -> None:
    if _CI:
        pytest.fail(f"CI=true but {reason}: the archive tests must run in CI", pytrace=False)
    pytest.skip(f"{reason}; install Debian's postgresql and psycopg to run the archive tests")


def postgres_bindir() -> Path | None:
    """The folder holding ``initdb`` and ``postgres`` (Debian keeps them off PATH)."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0,
    )
    return Path(versions[-1]).parent if versions else None


def _as_owner(command: list[str], owner: str | None) -> list[str]:
    return command if owner is None else ["runuser", "-u", owner, "--", *command]


class ClusterError(Exception):
    """PostgreSQL is missing or would not start (the message says which)."""


@contextmanager
def running_cluster(*, durable: bool = False) -> Iterator[str]:
    """Start a throwaway cluster; yields a libpq URL of its ``postgres`` database.

    Tests skip fsync (nothing outlives them); ``durable`` keeps it, for benchmarks.
    """
    bindir = postgres_bindir()
    if bindir is None:
        raise ClusterError("PostgreSQL (initdb) is not installed")
    owner = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise ClusterError(
                "running as root and there is no 'postgres' user to own the cluster"
            ) from None
        owner = "postgres"
    # Short path: a Unix socket path must stay under about 100 bytes.
    folder = Path(tempfile.mkdtemp(prefix="fcpg-"))
    try:
        if owner is not None:
            shutil.chown(folder, user=owner, group=owner)
        data = folder / "data"
        log = folder / "server.log"
        initdb = [str(bindir / "initdb"), "-D", str(data), "-U", "factcheck", "-A", "trust"]
        initdb += ["--no-sync", "-E", "UTF8", "--locale=C"]
        made = subprocess.run(_as_owner(initdb, owner), capture_output=True, text=True)
        if made.returncode != 0:
            raise ClusterError(f"initdb failed: {made.stderr.strip()}")
        options = f"-k {folder} -c listen_addresses='' -c max_connections=60"
        if not durable:
            options += " -c fsync=off"
        pg_ctl = [str(bindir / "pg_ctl"), "-D", str(data)]
        start = [*pg_ctl, "-o", options, "-l", str(log), "-w", "start"]
        started = subprocess.run(_as_owner(start, owner), capture_output=True, text=True)
        if started.returncode != 0:
            detail = log.read_text(errors="replace") if log.exists() else started.stderr
            raise ClusterError(f"PostgreSQL did not start:\n{detail}")
        try:
            yield f"postgresql://factcheck@/postgres?host={folder}"
        finally:
            stop = [*pg_ctl, "-m", "fast", "-w", "stop"]
            subprocess.run(_as_owner(stop, owner), capture_output=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[str]:
    """A running throwaway cluster for the session; yields a libpq URL."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[test]')")
    try:
        with running_cluster() as url:
            yield url
    except ClusterError as exc:
        _unavailable(str(exc))


def new_database(cluster_url: str) -> str:
    """Create an empty database in the cluster; its URL."""
    import psycopg

    name = f"test_{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(cluster_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return cluster_url.replace("/postgres?", f"/{name}?")


@pytest.fixture
def archive_url(postgres_cluster: str) -> str:
    """The URL of an empty database of its own, for one test."""
    return new_database(postgres_cluster)
