"""Opening a database: the one place that makes engines and sessions.

``Database.open(url)`` checks the target before touching it (a corrupt file, an
unwritable folder, a schema written by a newer version, an unreachable server each
raise :class:`DatabaseOpenError` with a message for humans), then migrates the schema
to head.  Work is done in short sessions: ``with db.session() as s: ...`` commits on
success and rolls back on error.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseOpenError(Exception):
    """The database cannot be used; ``str(exc)`` is a message for the user."""


def redact(url: str | URL) -> str:
    """The URL with any password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid database URL>"


def _check_sqlite_target(url: URL) -> None:
    database = url.database
    if not database or database == ":memory:" or url.query.get("mode") == "memory":
        return
    path = Path(database).expanduser()
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseOpenError(f"Cannot create the data folder {folder}: {exc.strerror or exc}.") from exc
    if not os.access(folder, os.W_OK):
        raise DatabaseOpenError(
            f"The data folder {folder} is not writable. Choose another location with --db or "
            "AGENT_CONSOLE_DB, or fix the folder's permissions."
        )
    if path.exists():
        if path.is_dir():
            raise DatabaseOpenError(f"{path} is a folder, not a database file.")
        if not os.access(path, os.R_OK | os.W_OK):
            raise DatabaseOpenError(f"The database file {path} cannot be read and written by this user.")
        with path.open("rb") as handle:
            header = handle.read(16)
        if header and header != SQLITE_HEADER:
            raise DatabaseOpenError(
                f"{path} is not an Agent Console database (the file is damaged or of another kind). "
                "It was left untouched; move it away or open another database with --db."
            )


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.close()


def create_db_engine(url: str | URL, echo: bool = False) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseOpenError(
            f"'{url}' is not a database URL (expected e.g. sqlite:///path or postgresql://...)."
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        _check_sqlite_target(parsed)
    elif parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3 is the driver we ship
    try:
        engine = create_engine(parsed, echo=echo, future=True)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseOpenError(
            f"No driver for {parsed.drivername}. For PostgreSQL install the extra: pip install 'agent-console[postgres]'."
        ) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def url(self) -> str:
        return redact(self.engine.url)

    @property
    def short_name(self) -> str:
        """The database in a few characters: its file's name, or host/name on a server."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return Path(url.database).name if url.database else ":memory:"
        return f"{url.host or 'localhost'}/{url.database or ''}"

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @classmethod
    def open(cls, url: str | URL, *, migrate: bool = True, echo: bool = False) -> Database:
        engine = create_db_engine(url, echo=echo)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            if migrate:
                from agent_console.core.migrate import upgrade

                upgrade(engine)
        except DatabaseOpenError:
            engine.dispose()
            raise
        except (OperationalError, DBAPIError) as exc:
            engine.dispose()
            raise DatabaseOpenError(describe_db_error(exc, engine.url)) from exc
        return cls(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back if it raises."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def describe_db_error(exc: BaseException, url: URL) -> str:
    text = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
    lowered = text.lower()
    where = redact(url)
    if "file is not a database" in lowered or "malformed" in lowered:
        return f"The database at {where} is damaged ({text}). It was left untouched."
    if "unable to open database" in lowered:
        return f"Cannot open the database at {where}: the file or its folder is not accessible."
    if "readonly" in lowered or "read-only" in lowered:
        return f"The database at {where} is read-only for this user."
    if "password authentication failed" in lowered or "authentication" in lowered:
        return f"The database server at {where} refused the user name or password."
    if "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered:
        return f"Cannot reach the database server at {where}: {text}."
    if "does not exist" in lowered:
        return f"The database at {where} does not exist: {text}."
    return f"Cannot use the database at {where}: {text}."
