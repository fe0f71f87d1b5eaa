"""Writing to a customer: drafts saved as the agent types, replies recorded in the timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from agent_console.core import outbox
from agent_console.core.customers import default_timezone
from agent_console.core.models import (
    Agent,
    Channel,
    Customer,
    Direction,
    Draft,
    Event,
    EventKind,
    Identity,
    Interaction,
    utcnow,
)

PREVIEW_LEN = 300


class ConversationError(ValueError):
    pass


@dataclass(frozen=True)
class InteractionInfo:
    id: int
    customer_id: int
    customer_name: str
    channel: str
    subject: str | None
    status: str
    opened_at: datetime
    customer_timezone: str | None


def info(session: Session, interaction_id: int) -> InteractionInfo | None:
    row = session.execute(
        select(
            Interaction.id,
            Interaction.customer_id,
            Customer.display_name,
            Interaction.channel,
            Interaction.subject,
            Interaction.status,
            Interaction.opened_at,
            Customer.timezone,
            Customer.country,
        )
        .join(Customer, Customer.id == Interaction.customer_id)
        .where(Interaction.id == interaction_id)
    ).first()
    if row is None:
        return None
    *fields, tz, country = row
    return InteractionInfo(*fields, customer_timezone=tz or default_timezone(country))


def open_conversation(session: Session, interaction_id: int) -> InteractionInfo | None:
    """What the agent screen needs to show a conversation; marks it read."""
    mark_read(session, interaction_id)
    return info(session, interaction_id)


def save_draft(
    session: Session,
    interaction_id: int,
    body: str,
    *,
    agent_id: int | None = None,
    channel: str | None = None,
) -> None:
    """Upsert the draft; an empty body removes it."""
    draft = session.get(Draft, interaction_id)
    if not body.strip():
        if draft is not None:
            session.delete(draft)
        return
    if draft is None:
        draft = Draft(interaction_id=interaction_id)
        session.add(draft)
    draft.body = body
    draft.agent_id = agent_id
    draft.channel = channel
    draft.updated_at = utcnow()


def reply_channels(session: Session, interaction_id: int) -> list[str]:
    """Channels a reply can take: the conversation's own first, then any other the customer has an
    address on (an e-mail address, a phone number for SMS or WhatsApp, a Telegram chat)."""
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        return []
    kinds = set(session.scalars(select(Identity.kind).where(Identity.customer_id == interaction.customer_id)))
    others = [
        channel
        for channel, wanted in outbox.RECIPIENT_KINDS.items()
        if channel != interaction.channel and kinds & set(wanted)
    ]
    return [interaction.channel, *others]


def load_draft(session: Session, interaction_id: int) -> Draft | None:
    return session.get(Draft, interaction_id)


def send_reply(
    session: Session,
    interaction_id: int,
    body: str,
    *,
    agent_id: int | None,
    channel: str | None = None,
    subject: str | None = None,
    draft_checks: list[dict] | None = None,
) -> Event:
    """Record an outbound message and clear the draft in one transaction.

    When an account sends on that channel the reply is queued in the outbox in the same
    transaction (``delivery_status="queued"``; the sync service delivers it).  Without one
    (the demo, a desk phone) it is only recorded (``"recorded"``).
    """
    text = body.strip()
    if not text:
        raise ConversationError("the reply is empty")
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        raise ConversationError("the conversation no longer exists")
    channel = channel or interaction.channel
    if channel not in {c.value for c in Channel}:
        raise ConversationError(f"unknown channel {channel}")
    agent = session.get(Agent, agent_id) if agent_id else None
    now = utcnow()
    event = Event(
        interaction_id=interaction.id,
        customer_id=interaction.customer_id,
        channel=channel,
        kind=EventKind.MESSAGE.value,
        direction=Direction.OUT.value,
        author_agent_id=agent_id,
        author_name=agent.name if agent else "",
        subject=subject,
        body_text=text,
        occurred_at=now,
        delivery_status="recorded",
        # What the draft checks still said when the agent sent it (supervisors see it in review).
        meta={"draft_checks": draft_checks} if draft_checks else {},
    )
    session.add(event)
    account = outbox.account_for(session, channel)
    if account is not None:
        try:
            outbox.enqueue(session, event, interaction, account)
        except outbox.OutboxError as exc:
            raise ConversationError(str(exc)) from exc
    interaction.last_activity_at = now
    interaction.last_preview = text[:PREVIEW_LEN]
    interaction.unread = False
    customer = session.get(Customer, interaction.customer_id)
    if customer is not None:
        customer.last_activity_at = now
    session.execute(delete(Draft).where(Draft.interaction_id == interaction_id))
    session.flush()
    return event


def mark_read(session: Session, interaction_id: int) -> None:
    interaction = session.get(Interaction, interaction_id)
    if interaction is not None and interaction.unread:
        interaction.unread = False


def log_call(
    session: Session,
    customer_id: int,
    *,
    direction: str,
    started_at: datetime,
    duration_seconds: int,
    notes: str = "",
    agent_id: int | None = None,
    number: str | None = None,
) -> Event:
    """A call taken on a desk phone, entered by hand: a new phone conversation holding the call.

    It stays open so the agent can wrap it up like any other contact.
    """
    if direction not in (Direction.IN.value, Direction.OUT.value):
        raise ConversationError(f"unknown call direction {direction}")
    if duration_seconds < 0:
        raise ConversationError("a call cannot last less than nothing")
    if started_at > utcnow():
        raise ConversationError("the call cannot start in the future")
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise ConversationError("the customer no longer exists")
    agent = session.get(Agent, agent_id) if agent_id else None
    interaction = Interaction(
        customer_id=customer_id,
        channel=Channel.PHONE.value,
        status="open",
        opened_at=started_at,
        last_activity_at=started_at,
        last_preview=" ".join(notes.split())[:PREVIEW_LEN],
        assigned_agent_id=agent_id,
        unread=False,
    )
    session.add(interaction)
    session.flush()
    event = Event(
        interaction_id=interaction.id,
        customer_id=customer_id,
        channel=Channel.PHONE.value,
        kind=EventKind.CALL.value,
        direction=direction,
        author_agent_id=agent_id,
        author_name=agent.name if agent else "",
        body_text=notes.strip(),
        occurred_at=started_at,
        duration_seconds=duration_seconds,
        delivery_status=None,
        meta={"logged_by_hand": True, "number": number} if number else {"logged_by_hand": True},
    )
    session.add(event)
    if customer.last_activity_at is None or started_at > customer.last_activity_at:
        customer.last_activity_at = started_at
    session.flush()
    return event
