"""Alembic environment: always called with a live connection from core.migrate."""

from alembic import context

from agent_console.core.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable through the alembic CLI
    raise RuntimeError("Run migrations through 'agent-console db upgrade'.")


def include_object(obj, name, type_, reflected, compare_to):
    # The FTS5 search index (migration 0002) is SQL Alembic cannot see in the models: never drop it.
    return not (type_ == "table" and name.startswith("customer_search"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_object=include_object,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
