"""Schema migrations (Alembic), run programmatically on every start and by ``db upgrade``."""

from __future__ import annotations

import logging

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from agent_console.core.db import MIGRATIONS_DIR, DatabaseOpenError, redact

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(engine)
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several types for an unknown revision
            raise DatabaseOpenError(
                f"The database at {redact(engine.url)} was written by a newer version of Agent Console "
                f"(schema {current}). Update the app; the database was left untouched."
            ) from exc
    if current == script.get_current_head():
        return
    log.info("migrating %s from %s to %s", redact(engine.url), current, revision)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
