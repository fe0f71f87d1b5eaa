from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from agent_console.core.db import Database, DatabaseOpenError, redact
from agent_console.core.migrate import current_revision, head_revision


def test_new_sqlite_is_migrated_wal_and_enforces_foreign_keys(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'sub' / 'new.sqlite3'}")
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()
    again = Database.open(f"sqlite:///{tmp_path / 'sub' / 'new.sqlite3'}")  # idempotent
    assert current_revision(again.engine) == head_revision()
    again.close()


def test_postgres_is_migrated(pg_schema_url: str) -> None:
    db = Database.open(pg_schema_url)
    assert current_revision(db.engine) == head_revision()
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM events")).scalar() == 0
    db.close()


def test_corrupt_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    content = b"this is not a database at all" * 100
    path.write_bytes(content)
    with pytest.raises(DatabaseOpenError, match="damaged"):
        Database.open(f"sqlite:///{path}")
    assert path.read_bytes() == content


def test_truncated_sqlite_is_refused(tmp_path: Path) -> None:
    good = tmp_path / "good.sqlite3"
    Database.open(f"sqlite:///{good}").close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(good.read_bytes()[:100] + b"\x00garbage" * 200)
    with pytest.raises(DatabaseOpenError):
        Database.open(f"sqlite:///{bad}")


def test_newer_schema_is_refused_without_changes(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    db.close()
    with pytest.raises(DatabaseOpenError, match="newer version"):
        Database.open(f"sqlite:///{path}")
    check = Database.open(f"sqlite:///{path}", migrate=False)
    assert current_revision(check.engine) == "9999_from_the_future"
    check.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DatabaseOpenError, match="not writable"):
            Database.open(f"sqlite:///{folder / 'x.sqlite3'}")
    finally:
        folder.chmod(0o700)


def test_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseOpenError, match="Cannot create the data folder"):
        Database.open(f"sqlite:///{blocker / 'sub' / 'x.sqlite3'}")


@pytest.mark.parametrize("url", ["not a url", "nosuchdb://x/y"])
def test_bad_urls(url: str) -> None:
    with pytest.raises(DatabaseOpenError):
        Database.open(url)


def test_unreachable_server_message_hides_password() -> None:
    url = "postgresql://agent:s3cret-pass@127.0.0.1:1/nowhere?connect_timeout=2"
    with pytest.raises(DatabaseOpenError) as info:
        Database.open(url)
    assert "s3cret-pass" not in str(info.value)
    assert "127.0.0.1" in str(info.value)
    assert "s3cret-pass" not in redact(url)


def test_the_fast_path_knows_the_newest_migration() -> None:
    from agent_console.core import migrate

    assert head_revision() == migrate.HEAD


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_0011_brings_this_machines_attachment_files_into_the_database(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Before 0011 attachment bytes lived in a folder; upgrading moves them where a team sees them."""
    from alembic import command
    from sqlalchemy import select

    from agent_console import paths
    from agent_console.channels.base import AttachmentData, Inbound
    from agent_console.channels.ingest import ingest
    from agent_console.core import attachments, migrate
    from agent_console.core.models import Attachment, AttachmentContent, Event

    url = (
        f"sqlite:///{tmp_path / 'old.sqlite3'}"
        if kind == "sqlite"
        else request.getfixturevalue("pg_schema_url")
    )
    db = Database.open(url)
    pdf, lost = b"%PDF-1.4 kept", b"%PDF-1.4 gone"
    message = Inbound(
        channel="email",
        external_id="old@x",
        address_kind="email",
        customer_address="nino@example.ge",
        occurred_at=datetime(2026, 1, 5, tzinfo=UTC),
        attachments=[AttachmentData("a.pdf", "application/pdf", pdf), AttachmentData("b.pdf", "x/y", lost)],
    )
    with db.session() as s:
        ingest(s, [message])
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:  # back to how 0010 kept things: files on disk, no counts
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010_channels")
        conn.execute(
            text("UPDATE attachments SET storage_path = substr(sha256, 1, 2) || '/' || substr(sha256, 3)")
        )
        conn.execute(text("UPDATE events SET meta = '{}'"))
    kept = attachments.digest(pdf)
    (paths.attachments_dir() / kept[:2]).mkdir(parents=True)
    (paths.attachments_dir() / kept[:2] / kept[2:]).write_bytes(pdf)
    db.close()

    db = Database.open(url)  # upgrades to head
    with db.session() as s:
        first, second = s.scalars(select(Attachment).order_by(Attachment.id)).all()
        assert attachments.content(s, first.id) == pdf
        assert attachments.content(s, second.id) is None  # its file was not on this machine
        assert s.scalar(select(AttachmentContent.size_bytes)) == len(pdf)
        assert s.scalars(select(Event.meta)).one() == {"attachments": 2}
    db.close()
