"""One customer's history across every channel, newest first, a page at a time.

Pages are keyset-paginated on (occurred_at, id) over ``ix_events_timeline``, so the
cost of a page does not depend on how long the history is, and only the first
``PREVIEW_CHARS`` of a body travel with a page (a long e-mail is read in full only
when the agent expands it).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import Session

from agent_console.core import attachments
from agent_console.core.models import Attachment, CoachingComment, Event, Interaction, Outcome
from agent_console.core.text import like_escape

PAGE_SIZE = 30
PREVIEW_CHARS = 1200

Cursor = tuple[datetime, int]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    id: int
    interaction_id: int
    channel: str
    kind: str
    direction: str
    author_name: str
    subject: str | None
    preview: str
    body_length: int
    occurred_at: datetime
    duration_seconds: int | None
    delivery_status: str | None
    interaction_subject: str | None
    interaction_status: str
    #: The interaction's recorded outcome, if it was wrapped up (shown in its header).
    outcome_disposition: str | None = None
    outcome_resolved: bool | None = None
    outcome_csat: int | None = None
    #: Coaching notes a supervisor pinned to this message (the agent reads them in My coaching).
    coaching_notes: int = 0
    meta: dict | None = None

    @property
    def draft_warnings(self) -> int:
        """Draft-check warnings the message was sent with (not counting ones the agent dismissed)."""
        checks = (self.meta or {}).get("draft_checks") or []
        return sum(1 for c in checks if isinstance(c, dict) and "code" in c)

    @property
    def attachment_count(self) -> int:
        """Files that came with the message (counted when it was filed)."""
        count = (self.meta or {}).get("attachments")
        return count if isinstance(count, int) and count > 0 else 0

    @property
    def unreadable_parts(self) -> int:
        """Parts of the message that could not be read (listed in the message window)."""
        problems = (self.meta or {}).get("problems")
        return len(problems) if isinstance(problems, list) else 0

    @property
    def cursor(self) -> Cursor:
        return (self.occurred_at, self.id)

    @property
    def truncated(self) -> bool:
        return self.body_length > len(self.preview)


def _base(
    customer_id: int, channels: Collection[str] | None, text: str | None, interaction_id: int | None = None
) -> Select:
    stmt = (
        select(
            Event.id,
            Event.interaction_id,
            Event.channel,
            Event.kind,
            Event.direction,
            Event.author_name,
            Event.subject,
            func.substr(Event.body_text, 1, PREVIEW_CHARS),
            func.length(Event.body_text),
            Event.occurred_at,
            Event.duration_seconds,
            Event.delivery_status,
            Interaction.subject,
            Interaction.status,
            Outcome.disposition,
            Outcome.resolved,
            Outcome.csat,
            select(func.count(CoachingComment.id))
            .where(CoachingComment.event_id == Event.id)
            .correlate(Event)
            .scalar_subquery(),
            Event.meta,
        )
        .join(Interaction, Interaction.id == Event.interaction_id)
        .outerjoin(Outcome, Outcome.interaction_id == Event.interaction_id)
        .where(Event.customer_id == customer_id)
    )
    if interaction_id is not None:  # one interaction only (the supervisor's review)
        stmt = stmt.where(Event.interaction_id == interaction_id)
    if channels:
        stmt = stmt.where(Event.channel.in_(list(channels)))
    if text:
        pattern = f"%{like_escape(text)}%"
        stmt = stmt.where(
            Event.body_text.ilike(pattern, escape="\\") | Event.subject.ilike(pattern, escape="\\")
        )
    return stmt


def page(
    session: Session,
    customer_id: int,
    *,
    before: Cursor | None = None,
    limit: int = PAGE_SIZE,
    channels: Collection[str] | None = None,
    text: str | None = None,
    interaction_id: int | None = None,
) -> list[TimelineEntry]:
    """Up to *limit* entries older than *before* (or the newest ones), newest first."""
    stmt = _base(customer_id, channels, text, interaction_id)
    if before is not None:
        stmt = stmt.where(tuple_(Event.occurred_at, Event.id) < tuple_(*before))
    stmt = stmt.order_by(Event.occurred_at.desc(), Event.id.desc()).limit(limit)
    return [TimelineEntry(*row) for row in session.execute(stmt)]


def full_body(session: Session, event_id: int) -> tuple[str, str | None]:
    """The whole text (and sanitised HTML) of one event, for an expanded entry."""
    row = session.execute(select(Event.body_text, Event.body_html).where(Event.id == event_id)).one()
    return row[0], row[1]


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    mime_type: str
    size_bytes: int
    content_id: str | None


@dataclass(frozen=True)
class MessageDetail:
    """One message in full, for the message window: formatting, attachments, what was unreadable."""

    id: int
    channel: str
    author_name: str
    subject: str | None
    occurred_at: datetime
    body_text: str
    body_html: str | None
    attachments: list[AttachmentInfo]
    problems: list[str]
    #: Inline images (``cid:`` URL -> bytes) the HTML body shows; read with the message.
    inline_images: dict[str, bytes]


def message_detail(session: Session, event_id: int) -> MessageDetail | None:
    event = session.get(Event, event_id)
    if event is None:
        return None
    files = session.scalars(select(Attachment).where(Attachment.event_id == event_id).order_by(Attachment.id))
    return MessageDetail(
        event.id,
        event.channel,
        event.author_name,
        event.subject,
        event.occurred_at,
        event.body_text,
        event.body_html,
        [AttachmentInfo(a.id, a.filename, a.mime_type, a.size_bytes, a.content_id) for a in files],
        [str(p) for p in (event.meta or {}).get("problems", [])],
        attachments.inline_images(session, event_id) if event.body_html else {},
    )


def previous_interaction_cursor(
    session: Session, customer_id: int, entry_cursor: Cursor, interaction_id: int
) -> Cursor | None:
    """Where the interaction before *interaction_id* (older in time) has its latest entry."""
    row = session.execute(
        select(Event.occurred_at, Event.id)
        .where(
            Event.customer_id == customer_id,
            Event.interaction_id != interaction_id,
            tuple_(Event.occurred_at, Event.id) < tuple_(*entry_cursor),
        )
        .order_by(Event.occurred_at.desc(), Event.id.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def count(session: Session, customer_id: int) -> int:
    return (
        session.scalar(select(func.count()).select_from(Event).where(Event.customer_id == customer_id)) or 0
    )


def newer(
    session: Session,
    customer_id: int,
    *,
    after: Cursor,
    channels: Collection[str] | None = None,
    text: str | None = None,
    interaction_id: int | None = None,
    limit: int = 500,
) -> list[TimelineEntry]:
    """Entries newer than *after* (a reply just sent, a message just fetched), newest first."""
    stmt = (
        _base(customer_id, channels, text, interaction_id)
        .where(tuple_(Event.occurred_at, Event.id) > tuple_(*after))
        .order_by(Event.occurred_at.desc(), Event.id.desc())
        .limit(limit)
    )
    return [TimelineEntry(*row) for row in session.execute(stmt)]


def page_after(
    session: Session,
    customer_id: int,
    *,
    after: Cursor,
    limit: int = PAGE_SIZE,
    channels: Collection[str] | None = None,
    text: str | None = None,
    interaction_id: int | None = None,
) -> list[TimelineEntry]:
    """The *limit* entries just newer than *after*, newest first (scrolling back up a window)."""
    stmt = (
        _base(customer_id, channels, text, interaction_id)
        .where(tuple_(Event.occurred_at, Event.id) > tuple_(*after))
        .order_by(Event.occurred_at.asc(), Event.id.asc())
        .limit(limit)
    )
    return [TimelineEntry(*row) for row in reversed(session.execute(stmt).all())]
