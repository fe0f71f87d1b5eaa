"""Follow-ups: the "due" list (overdue, today, upcoming), due notifications, and completing one.

Completing a follow-up opens a new contact with the customer on the channel of the old
one and links the two (``FollowUp.done_interaction_id`` and a system event in the new
contact that names the old one), so the timeline shows why the agent got in touch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_console.core.models import (
    Customer,
    Direction,
    Event,
    EventKind,
    FollowUp,
    Interaction,
    InteractionStatus,
    utcnow,
)


@dataclass(frozen=True, slots=True)
class DueItem:
    id: int
    interaction_id: int
    customer_id: int
    customer_name: str
    channel: str
    due_at: datetime
    basis: str
    timezone: str
    reason: str
    notified: bool

    def bucket(self, now: datetime, agent_tz: str) -> str:
        """ "overdue", "today" or "upcoming", by the agent's calendar day."""
        if self.due_at <= now:
            return "overdue"
        zone = ZoneInfo(agent_tz)
        end_of_today = datetime.combine(now.astimezone(zone).date() + timedelta(days=1), time(), zone)
        return "today" if self.due_at < end_of_today else "upcoming"


def due_list(session: Session, agent_id: int | None, *, limit: int = 500) -> list[DueItem]:
    """Open follow-ups of this agent (all agents' when None), soonest first."""
    stmt = (
        select(
            FollowUp.id,
            FollowUp.interaction_id,
            FollowUp.customer_id,
            Customer.display_name,
            Interaction.channel,
            FollowUp.due_at,
            FollowUp.basis,
            FollowUp.timezone,
            FollowUp.reason,
            FollowUp.notified_at.is_not(None),
        )
        .join(Customer, Customer.id == FollowUp.customer_id)
        .join(Interaction, Interaction.id == FollowUp.interaction_id)
        .where(FollowUp.done_at.is_(None))
        .order_by(FollowUp.due_at, FollowUp.id)
        .limit(limit)
    )
    if agent_id is not None:
        stmt = stmt.where(FollowUp.agent_id == agent_id)
    return [DueItem(*row) for row in session.execute(stmt)]


def take_due_notifications(
    session: Session, agent_id: int | None, now: datetime | None = None
) -> list[DueItem]:
    """Follow-ups that fell due and were not announced yet; marks them announced."""
    now = now or utcnow()
    due = [item for item in due_list(session, agent_id) if item.due_at <= now and not item.notified]
    if due:
        for row in session.scalars(select(FollowUp).where(FollowUp.id.in_([d.id for d in due]))):
            row.notified_at = now
    return due


def complete(
    session: Session,
    follow_up_id: int,
    *,
    agent_id: int | None,
    agent_name: str = "",
    now: datetime | None = None,
) -> int:
    """Open the new contact for a follow-up and link it to the old one; returns the new interaction's id."""
    now = now or utcnow()
    follow = session.get(FollowUp, follow_up_id)
    if follow is None:
        raise ValueError("This follow-up no longer exists.")
    if follow.done_at is not None and follow.done_interaction_id is not None:
        return follow.done_interaction_id
    old = session.get(Interaction, follow.interaction_id)
    assert old is not None
    customer_id = old.customer_id  # after a merge the old contact's customer is the current one
    subject = follow.reason or old.subject
    new = Interaction(
        customer_id=customer_id,
        channel=old.channel,
        subject=subject,
        status=InteractionStatus.OPEN.value,
        queue=old.queue,
        assigned_agent_id=agent_id,
        identity_id=old.identity_id,
        opened_at=now,
        last_activity_at=now,
        last_preview=follow.reason[:300],
    )
    session.add(new)
    session.flush()
    session.add(
        Event(
            interaction_id=new.id,
            customer_id=customer_id,
            channel=old.channel,
            kind=EventKind.SYSTEM.value,
            direction=Direction.INTERNAL.value,
            author_agent_id=agent_id,
            author_name=agent_name,
            body_text=follow.reason,
            occurred_at=now,
            meta={"follow_up_of": old.id, "follow_up_id": follow.id},
        )
    )
    follow.done_at = now
    follow.done_interaction_id = new.id
    customer = session.get(Customer, customer_id)
    if customer is not None:
        customer.last_activity_at = now
    session.flush()
    return new.id
