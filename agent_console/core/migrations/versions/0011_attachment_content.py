"""attachment content in the database

Revision ID: 0011_attachment_content
Revises: 0010_channels
Attachment bytes move from a per-machine folder into ``attachment_contents`` (one row per
SHA-256), so every desk sharing a database can open them; attachments get their Content-ID
(inline images in HTML mail), and each event with attachments records their number in its
``meta`` so timeline cards can show it without a join.

Create Date: 2026-11-24 02:30:00
"""

import json
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0011_attachment_content"
down_revision = "0010_channels"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_contents",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_contents")),
    )
    op.add_column("attachments", sa.Column("content_id", sa.String(length=300), nullable=True))
    bind = op.get_bind()
    _copy_stored_files(bind)
    _count_on_events(bind)


def _copy_stored_files(bind: sa.Connection) -> None:
    """Bring what this machine's folder holds into the database; what is not here stays named."""
    from agent_console import paths

    root = paths.attachments_dir()
    if not root.is_dir():
        return
    contents = sa.table(
        "attachment_contents", sa.column("sha256"), sa.column("size_bytes"), sa.column("data")
    )
    rows = bind.execute(
        sa.text("SELECT DISTINCT sha256, storage_path FROM attachments WHERE storage_path IS NOT NULL")
    ).all()
    done: set[str] = set()
    for digest, relative in rows:
        if not digest or digest in done:
            continue
        path = (root / relative).resolve()
        if root.resolve() not in path.parents or not path.is_file():
            continue
        data = Path(path).read_bytes()
        bind.execute(contents.insert().values(sha256=digest, size_bytes=len(data), data=data))
        done.add(digest)


def _count_on_events(bind: sa.Connection) -> None:
    counts = bind.execute(sa.text("SELECT event_id, COUNT(*) FROM attachments GROUP BY event_id")).all()
    for event_id, count in counts:
        raw = bind.execute(sa.text("SELECT meta FROM events WHERE id = :id"), {"id": event_id}).scalar()
        meta = (json.loads(raw) if isinstance(raw, str) else raw) or {}
        meta["attachments"] = int(count)
        bind.execute(
            sa.text("UPDATE events SET meta = :meta WHERE id = :id").bindparams(
                sa.bindparam("meta", type_=sa.JSON())
            ),
            {"meta": meta, "id": event_id},
        )


def downgrade() -> None:
    op.drop_column("attachments", "content_id")
    op.drop_table("attachment_contents")
