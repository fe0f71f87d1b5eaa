"""The hot queries keep their index plans (SQLite): a plan change is how a 3 ms query becomes 300 ms.

Timing tests are unreliable on shared machines; the plans are what the benchmark figures rest on
(docs/BENCHMARKS.md), so a migration or query edit that loses one fails here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent_console.core import customers, inbox, timeline
from agent_console.core.db import Database
from agent_console.core.models import Interaction


@pytest.fixture
def db(tmp_path: Path):
    database = Database.open(f"sqlite:///{tmp_path / 'plans.sqlite3'}")
    yield database
    database.close()


def plan(db: Database, stmt) -> str:
    sql = str(stmt.compile(dialect=db.engine.dialect, compile_kwargs={"literal_binds": True}))
    with db.engine.connect() as conn:
        return " | ".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


def test_inbox_reads_open_work_in_index_order(db: Database) -> None:
    with db.session() as s:
        stmt = (
            select(Interaction.id)
            .where(inbox.OPEN)
            .order_by(Interaction.last_activity_at.desc(), Interaction.id.desc())
            .limit(100)
        )
        count = select(func.count()).select_from(Interaction).where(inbox.OPEN)
        del s
    assert "ix_interactions_open_recent" in plan(db, stmt)
    assert "TEMP B-TREE" not in plan(db, stmt)
    assert "ix_interactions_open_recent" in plan(db, count)


def test_timeline_page_is_one_index_range(db: Database) -> None:
    stmt = (
        timeline._base(1, None, None)
        .order_by(timeline.Event.occurred_at.desc(), timeline.Event.id.desc())
        .limit(40)
    )
    text = plan(db, stmt)
    assert "ix_events_timeline" in text and "TEMP B-TREE" not in text
    cursor = (datetime(2026, 1, 1, tzinfo=UTC), 5)
    deeper = (
        timeline._base(1, None, None)
        .where(timeline.tuple_(timeline.Event.occurred_at, timeline.Event.id) < timeline.tuple_(*cursor))
        .order_by(timeline.Event.occurred_at.desc(), timeline.Event.id.desc())
        .limit(40)
    )
    assert "ix_events_timeline" in plan(db, deeper)


def test_search_uses_the_trigram_index_or_a_bounded_recent_scan(db: Database) -> None:
    long_query = plan(db, customers.search_statement("karimova", "sqlite"))
    assert "customer_search VIRTUAL TABLE INDEX" in long_query
    short_query = plan(db, customers.search_statement("ka", "sqlite"))
    assert "ix_customers_recent" in short_query


def test_the_training_looks_each_read_one_index_range(db: Database) -> None:
    """Every desk looks for invitations every 5 s; a live session reads commands twice a second."""
    from agent_console.core.training import sandbox

    invitations = plan(db, sandbox.invitations_query("Aziz Rakhimov"))
    assert "ix_training_sessions_status" in invitations and "SCAN" not in invitations
    commands = plan(db, sandbox.commands_query(7, 120))
    assert "ix_training_commands_session" in commands and "TEMP B-TREE" not in commands
