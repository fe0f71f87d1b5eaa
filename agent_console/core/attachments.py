"""Attachment content: stored once per SHA-256 in the database, read only on request.

In the database, not a folder, so every desk sharing a team's PostgreSQL opens what the sync
service fetched, and a backup of the database is a backup of the attachments.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import Connection, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from agent_console.core.models import Attachment, AttachmentContent

#: Inline images shown in one message window, all together (a newsletter can hold dozens).
INLINE_IMAGES_BYTES = 20 * 1024 * 1024


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def save_contents(connection: Connection, contents: Iterable[bytes]) -> None:
    """Store each distinct content once; content already stored (by anyone) is left alone."""
    rows = {digest(data): data for data in contents}
    if not rows:
        return
    insert = postgresql_insert if connection.dialect.name == "postgresql" else sqlite_insert
    stmt = insert(AttachmentContent).on_conflict_do_nothing(index_elements=[AttachmentContent.sha256])
    connection.execute(
        stmt, [{"sha256": sha, "size_bytes": len(data), "data": data} for sha, data in rows.items()]
    )


def content(session: Session, attachment_id: int) -> bytes | None:
    """The attachment's bytes, or None when the database does not hold them (an old import)."""
    return session.scalar(
        select(AttachmentContent.data)
        .join(Attachment, Attachment.sha256 == AttachmentContent.sha256)
        .where(Attachment.id == attachment_id)
    )


def inline_images(session: Session, event_id: int) -> dict[str, bytes]:
    """The message's images that have a Content-ID, by ``cid:`` URL, up to INLINE_IMAGES_BYTES."""
    rows = session.execute(
        select(Attachment.content_id, Attachment.size_bytes, Attachment.sha256)
        .where(
            Attachment.event_id == event_id,
            Attachment.content_id.is_not(None),
            Attachment.mime_type.like("image/%"),
        )
        .order_by(Attachment.id)
    ).all()
    wanted: dict[str, str] = {}
    total = 0
    for content_id, size, sha in rows:
        if total + size > INLINE_IMAGES_BYTES:
            break
        total += size
        wanted["cid:" + content_id] = sha
    if not wanted:
        return {}
    data = dict(
        session.execute(
            select(AttachmentContent.sha256, AttachmentContent.data).where(
                AttachmentContent.sha256.in_(set(wanted.values()))
            )
        ).all()
    )
    return {url: data[sha] for url, sha in wanted.items() if sha in data}
