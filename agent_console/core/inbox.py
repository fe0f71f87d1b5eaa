"""The agent's inbox: open conversations, most recent activity first, a page at a time."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text, tuple_
from sqlalchemy.orm import Session

from agent_console.core.models import Customer, Interaction, InteractionStatus

OPEN_STATUSES = (InteractionStatus.OPEN.value, InteractionStatus.PENDING.value)
# Written as the literal predicate of ix_interactions_open_recent: a bound parameter would hide
# from SQLite that the partial index applies, and it would sort every open interaction instead.
OPEN = text("interactions.status != 'closed'")
PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class InboxItem:
    interaction_id: int
    customer_id: int
    customer_name: str
    country: str | None
    language: str | None
    channel: str
    subject: str | None
    status: str
    preview: str
    last_activity_at: datetime
    unread: bool
    assigned_agent_id: int | None

    @property
    def cursor(self) -> tuple[datetime, int]:
        return (self.last_activity_at, self.interaction_id)


def page(
    session: Session,
    *,
    before: tuple[datetime, int] | None = None,
    limit: int = PAGE_SIZE,
    statuses: Collection[str] = OPEN_STATUSES,
    channels: Collection[str] | None = None,
    agent_id: int | None = None,
) -> list[InboxItem]:
    stmt = select(
        Interaction.id,
        Interaction.customer_id,
        Customer.display_name,
        Customer.country,
        Customer.language,
        Interaction.channel,
        Interaction.subject,
        Interaction.status,
        Interaction.last_preview,
        Interaction.last_activity_at,
        Interaction.unread,
        Interaction.assigned_agent_id,
    ).join(Customer, Customer.id == Interaction.customer_id)
    # Role-play writes to its own sandbox database, so no training rows are filtered here.
    if set(statuses) == set(OPEN_STATUSES):
        stmt = stmt.where(OPEN)
    else:
        stmt = stmt.where(Interaction.status.in_(list(statuses)))
    if channels:
        stmt = stmt.where(Interaction.channel.in_(list(channels)))
    if agent_id is not None:
        stmt = stmt.where(Interaction.assigned_agent_id == agent_id)
    if before is not None:
        stmt = stmt.where(tuple_(Interaction.last_activity_at, Interaction.id) < tuple_(*before))
    stmt = stmt.order_by(Interaction.last_activity_at.desc(), Interaction.id.desc()).limit(limit)
    return [InboxItem(*row) for row in session.execute(stmt)]


def latest_open_for_customer(session: Session, customer_id: int) -> int | None:
    return session.scalar(
        select(Interaction.id)
        .where(Interaction.customer_id == customer_id, OPEN)
        .order_by(Interaction.last_activity_at.desc())
        .limit(1)
    )


def count_open(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Interaction).where(OPEN)) or 0
