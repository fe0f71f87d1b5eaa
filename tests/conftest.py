"""Test set-up shared by every test.

- Qt runs offscreen; every standard folder points into a temp dir, so no test touches a
  real profile (``AGENT_CONSOLE_HOME``).
- ``database`` runs a core test twice: on a real SQLite file and on a real PostgreSQL
  (``AGENT_CONSOLE_TEST_PG``, started by ``.ci/start-postgres.sh``), each test in its own
  fresh schema.  In CI a missing PostgreSQL fails the run instead of skipping.
- Tests that use ``qtbot``/``qapp`` are marked ``gui`` automatically: ``pytest -m "not gui"``
  runs the fast core suite alone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "1")

from sqlalchemy import create_engine, text

from agent_console.core.db import Database


def _start_local_postgres() -> str:
    """Without AGENT_CONSOLE_TEST_PG, start the throw-away cluster if PostgreSQL is installed."""
    script = Path(__file__).resolve().parent.parent / ".ci" / "start-postgres.sh"
    if not script.exists() or not (
        shutil.which("initdb") or list(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    ):
        return ""
    try:
        done = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=120, check=True)
    except (subprocess.SubprocessError, OSError):
        return ""
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


PG_URL = os.environ.get("AGENT_CONSOLE_TEST_PG") or _start_local_postgres()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "main_window" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("AGENT_CONSOLE_HOME", str(home))
    monkeypatch.delenv("AGENT_CONSOLE_DB", raising=False)
    # Tests never reach the central banks' real feeds; rate tests run their own local servers.
    monkeypatch.setenv("AGENT_CONSOLE_FETCH_RATES", "0")
    return home


def _pg_available() -> bool:
    if not PG_URL:
        return False
    try:
        engine = create_engine(PG_URL)
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


_PG_OK: bool | None = None


def pg_url_or_skip() -> str:
    global _PG_OK
    if _PG_OK is None:
        _PG_OK = _pg_available()
    if not _PG_OK:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is required in CI: set AGENT_CONSOLE_TEST_PG (see .ci/start-postgres.sh)")
        pytest.skip("no PostgreSQL: run .ci/start-postgres.sh and set AGENT_CONSOLE_TEST_PG")
    return PG_URL


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a brand-new schema, dropped afterwards."""
    base = pg_url_or_skip()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        db = Database.open(f"sqlite:///{tmp_path / 'test.sqlite3'}")
        yield db
        db.close()
    else:
        url = request.getfixturevalue("pg_schema_url")
        db = Database.open(url)
        yield db
        db.close()


@pytest.fixture
def sqlite_database(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(f"sqlite:///{tmp_path / 'test.sqlite3'}")
    yield db
    db.close()


class MemoryKeyring(KeyringBackend):
    """Stands in for the OS's credential store (a third-party service, not ours), per test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)
