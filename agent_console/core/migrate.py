"""Schema migrations (Alembic), run programmatically on every start and by ``db upgrade``.

Every start checks the schema; when it is already current (the usual case) that is one
plain query, and Alembic (about 170 ms of imports) is not loaded at all.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from agent_console.core.db import MIGRATIONS_DIR, DatabaseOpenError, redact

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

#: The newest revision; tests/core/test_db.py checks it against the migration scripts.
HEAD = "0013_training_desks"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine, revision: str = "head") -> None:
    current = current_revision(engine)
    if current == HEAD and revision == "head":
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
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
