"""Where the archive is and opening it: the URL, password safety, the driver imported lazily.

The URL (a libpq connection string or ``postgresql://`` URL) comes from ``--archive`` /
``--url``, else ``FACTCHECK_ARCHIVE_URL``, else ``archive.url`` in ``factcheck.yaml``. A
password never belongs in a file: one written into ``factcheck.yaml`` is refused, and libpq
finds it in ``~/.pgpass``, ``PGPASSWORD`` or a service file (``service=newsroom``) instead.
psycopg is imported only here, when an archive is opened, so commands that never use the
archive never load it.
"""

from __future__ import annotations

import os
from types import ModuleType
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.workspace import SETTINGS_FILE

if TYPE_CHECKING:
    import psycopg

ENV_URL = "FACTCHECK_ARCHIVE_URL"


def archive_url(*, given: str | None, configured: str | None) -> str | None:
    """The archive URL to use: ``given`` on the command line, the environment, the setting."""
    if given:
        return given
    from_env = os.environ.get(ENV_URL, "").strip()
    if from_env:
        return from_env
    if configured:
        if has_password(configured):
            raise FactcheckError(
                "archive.url must not hold a password: put it in ~/.pgpass, PGPASSWORD or "
                "a libpq service file",
                path=SETTINGS_FILE,
            )
        return configured
    return None


def has_password(url: str) -> bool:
    """True when the connection string carries a password (``user:secret@`` or ``password=``)."""
    driver = _driver()
    try:
        return bool(driver.conninfo.conninfo_to_dict(url).get("password"))
    except driver.ProgrammingError:
        return False  # not parseable: connecting will say what is wrong


def _driver() -> ModuleType:
    try:
        import psycopg
    except ImportError:
        raise FactcheckError(
            "the archive needs psycopg: pip install 'factcheck[archive]'"
        ) from None
    return psycopg


def connect(url: str) -> psycopg.Connection[tuple[object, ...]]:
    """An open connection to the archive, or one FactcheckError naming what failed."""
    driver = _driver()
    try:
        conn: psycopg.Connection[tuple[object, ...]] = driver.connect(url, autocommit=True)
    except driver.Error as exc:
        raise FactcheckError(f"cannot connect to the archive: {describe(exc)}") from None
    return conn


def describe(exc: BaseException) -> str:
    """A database error as one short line, without the password libpq may echo."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


def open_archive(url: str, *, create: bool = False) -> psycopg.Connection[tuple[object, ...]]:
    """A connection to the archive at ``url`` with its schema current (created if ``create``)."""
    from factcheck.archive.schema import ensure_schema

    conn = connect(url)
    try:
        ensure_schema(conn, create=create)
    except BaseException:
        conn.close()
        raise
    return conn
