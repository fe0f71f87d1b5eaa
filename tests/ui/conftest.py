from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent_console.core import agents, demo
from agent_console.core.db import Database
from agent_console.settings import Settings


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database built once; each test gets its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    demo.generate(db, customers=60, events=900, seed=11)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    db = Database.open(f"sqlite:///{path}")
    yield db
    db.close()


def make_window(qtbot, db: Database, settings: Settings | None = None):
    from agent_console.ui.main_window import MainWindow

    with db.session() as s:
        agent = agents.ensure_agent(s, None, "Agent")
        s.expunge(agent)
    window = MainWindow(db, agent, settings or Settings())
    qtbot.addWidget(window)
    if settings is None:
        window.resize(1300, 820)
    with qtbot.waitSignal(window.inbox_model.loaded, timeout=10_000):
        window.show()
    return window


@pytest.fixture
def main_window(qtbot, demo_db: Database):
    window = make_window(qtbot, demo_db)
    yield window
    window.close()
