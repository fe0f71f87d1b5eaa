"""Trigram index for customer search (SQLite FTS5, PostgreSQL pg_trgm).

Revision ID: 0002_search
Revises: 0001_spine
"""

import logging

from alembic import op

revision = "0002_search"
down_revision = "0001_spine"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

SQLITE_UP = [
    "CREATE VIRTUAL TABLE customer_search USING fts5("
    "search_text, content='customers', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER customers_search_ai AFTER INSERT ON customers BEGIN "
    "INSERT INTO customer_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER customers_search_ad AFTER DELETE ON customers BEGIN "
    "INSERT INTO customer_search(customer_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER customers_search_au AFTER UPDATE OF search_text ON customers BEGIN "
    "INSERT INTO customer_search(customer_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO customer_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO customer_search(customer_search) VALUES ('rebuild')",
]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        # pg_trgm ships with PostgreSQL (contrib); creating it needs a privileged role once.
        with bind.begin_nested():
            try:
                op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            except Exception as exc:  # search still works, by a scan, without the index
                log.warning("pg_trgm unavailable (%s); customer search will scan", exc)
                return
        op.execute("CREATE INDEX ix_customers_search_trgm ON customers USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("customers_search_ai", "customers_search_ad", "customers_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS customer_search")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_customers_search_trgm")
