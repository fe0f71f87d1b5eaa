"""The outbox: replies on their way out, never lost and never sent twice.

A reply's event and its outbox row are written in one transaction (``enqueue``), so a reply
the agent saw go out is in the outbox even if the app dies a moment later.  Delivery
(``channels.sync``) goes in three short steps:

1. **claim** — ``queued → sending`` by a conditional UPDATE, committed *before* the provider
   is called; of two sync processes only one wins the row.
2. the connector hands the message to the provider (outside any transaction);
3. **record** — ``sending → sent`` with the provider's id, or back to ``queued`` with a
   backoff (temporary failure; Retry-After is honoured), or ``failed`` (refused, or too many
   attempts).

If the process dies between 1 and 3, nobody knows whether the provider got the message:
after ``STALE_AFTER`` the row becomes ``unknown`` and waits for an agent to check and either
resend it or mark it sent.  Resending it automatically could send it twice.

Nothing here talks to a network; no Qt.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import make_msgid

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from agent_console.core.models import (
    AccountKind,
    Channel,
    ChannelAccount,
    Customer,
    Event,
    Identity,
    IdentityKind,
    Interaction,
    OutboxItem,
    OutboxStatus,
    utcnow,
)

#: Which channels each kind of account serves.
CHANNELS_BY_KIND = {
    AccountKind.EMAIL.value: (Channel.EMAIL.value,),
    AccountKind.TWILIO.value: (Channel.SMS.value, Channel.WHATSAPP.value),
    AccountKind.TELEGRAM.value: (Channel.TELEGRAM.value,),
}
#: The identity kinds a reply on each channel can go to, best first.
RECIPIENT_KINDS = {
    Channel.EMAIL.value: (IdentityKind.EMAIL.value,),
    Channel.SMS.value: (IdentityKind.PHONE.value, IdentityKind.WHATSAPP.value),
    Channel.WHATSAPP.value: (IdentityKind.WHATSAPP.value, IdentityKind.PHONE.value),
    Channel.TELEGRAM.value: (IdentityKind.TELEGRAM.value,),
}
MAX_ATTEMPTS = 8
FIRST_RETRY_SECONDS = 30
MAX_RETRY_SECONDS = 3600
#: A claim older than this means the process that made it died mid-send.
STALE_AFTER = timedelta(minutes=2)
REFERENCES_KEPT = 20


class OutboxError(ValueError):
    """A reply cannot be queued (no address on that channel ...); the message says why."""


def default_owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def account_for(session: Session, channel: str) -> ChannelAccount | None:
    """The enabled account that sends on ``channel`` (the oldest, if several)."""
    kinds = [kind for kind, channels in CHANNELS_BY_KIND.items() if channel in channels]
    if not kinds:
        return None
    return session.scalar(
        select(ChannelAccount)
        .where(ChannelAccount.kind.in_(kinds), ChannelAccount.enabled.is_(True))
        .order_by(ChannelAccount.id)
        .limit(1)
    )


def recipient_for(session: Session, interaction: Interaction, channel: str) -> str:
    kinds = RECIPIENT_KINDS.get(channel, ())
    if interaction.identity_id is not None and interaction.channel == channel:
        ident = session.get(Identity, interaction.identity_id)
        if ident is not None and ident.kind in kinds and ident.customer_id == interaction.customer_id:
            return ident.value
    rows = session.execute(
        select(Identity.kind, Identity.value).where(
            Identity.customer_id == interaction.customer_id, Identity.kind.in_(kinds)
        )
    ).all()
    for kind in kinds:
        for row_kind, value in rows:
            if row_kind == kind:
                return value
    raise OutboxError(f"The customer has no {channel} address to reply to.")


def enqueue(session: Session, event: Event, interaction: Interaction, account: ChannelAccount) -> OutboxItem:
    """Queue ``event`` (an outbound message, just added) for delivery through ``account``."""
    recipient = recipient_for(session, interaction, event.channel)
    payload: dict = {}
    if event.channel == Channel.EMAIL.value:
        payload = _email_payload(session, interaction, account)
        event.subject = event.subject or payload["subject"]
        # Our Message-ID is the event's external id: the customer's answer threads back to it.
        event.external_id = payload["message_id"]
    item = OutboxItem(
        event=event,
        account_id=account.id,
        channel=event.channel,
        recipient=recipient,
        status=OutboxStatus.QUEUED.value,
        next_attempt_at=utcnow(),
        payload=payload,
    )
    session.add(item)
    event.delivery_status = OutboxStatus.QUEUED.value
    return item


def _email_payload(session: Session, interaction: Interaction, account: ChannelAccount) -> dict:
    ids = session.scalars(
        select(Event.external_id)
        .where(
            Event.interaction_id == interaction.id,
            Event.channel == Channel.EMAIL.value,
            Event.external_id.is_not(None),
        )
        .order_by(Event.occurred_at, Event.id)
    ).all()
    references = [i for i in ids if i][-REFERENCES_KEPT:]
    domain = str(account.settings.get("from_address", "")).rpartition("@")[2] or None
    subject = interaction.subject or ""
    return {
        "message_id": make_msgid(domain=domain).strip("<>"),
        "in_reply_to": references[-1] if references else None,
        "references": references,
        "subject": subject if _is_reply(subject) or not subject else f"Re: {subject}",
    }


def _is_reply(subject: str) -> bool:
    return subject[:3].lower() == "re:"


# --- delivery steps ------------------------------------------------------------------


@dataclass(frozen=True)
class Claimed:
    id: int
    account_id: int | None
    channel: str
    recipient: str
    body_text: str
    payload: dict
    sender_name: str


def due(session: Session, now: datetime | None = None, limit: int = 20) -> list[int]:
    now = now or utcnow()
    return list(
        session.scalars(
            select(OutboxItem.id)
            .where(OutboxItem.status == OutboxStatus.QUEUED.value, OutboxItem.next_attempt_at <= now)
            .order_by(OutboxItem.next_attempt_at, OutboxItem.id)
            .limit(limit)
        )
    )


def claim(session: Session, item_id: int, owner: str, now: datetime | None = None) -> Claimed | None:
    """Take the row for sending; None if another process took it first (commit before sending)."""
    now = now or utcnow()
    taken = session.execute(
        update(OutboxItem)
        .where(OutboxItem.id == item_id, OutboxItem.status == OutboxStatus.QUEUED.value)
        .values(
            status=OutboxStatus.SENDING.value,
            claimed_by=owner,
            claimed_at=now,
            attempts=OutboxItem.attempts + 1,
        )
        .execution_options(synchronize_session=False)
    ).rowcount
    if taken != 1:
        return None
    row = session.execute(
        select(OutboxItem, Event.body_text, Event.author_name)
        .join(Event, Event.id == OutboxItem.event_id)
        .where(OutboxItem.id == item_id)
    ).one()
    item, body, author = row
    return Claimed(item.id, item.account_id, item.channel, item.recipient, body, dict(item.payload), author)


def record_sent(session: Session, item_id: int, provider_id: str, now: datetime | None = None) -> None:
    item = session.get(OutboxItem, item_id)
    if item is None:
        return
    item.status = OutboxStatus.SENT.value
    item.sent_at = now or utcnow()
    item.provider_id = provider_id[:500]
    item.last_error = None
    event = session.get(Event, item.event_id)
    if event is not None:
        event.delivery_status = OutboxStatus.SENT.value
        if event.external_id is None:
            event.external_id = provider_id[:500]


def record_failure(
    session: Session,
    item_id: int,
    error: str,
    *,
    permanent: bool,
    retry_after: float | None = None,
    now: datetime | None = None,
) -> str:
    """Back to the queue with a backoff, or failed; the new status."""
    now = now or utcnow()
    item = session.get(OutboxItem, item_id)
    if item is None:
        return ""
    item.last_error = error[:2000]
    if permanent or item.attempts >= MAX_ATTEMPTS:
        item.status = OutboxStatus.FAILED.value
        if not permanent:
            item.last_error = f"Gave up after {item.attempts} attempts. {error}"[:2000]
    else:
        item.status = OutboxStatus.QUEUED.value
        item.next_attempt_at = now + timedelta(seconds=backoff_seconds(item.attempts, retry_after))
    _mirror(session, item)
    return item.status


def backoff_seconds(attempts: int, retry_after: float | None = None) -> float:
    delay = min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** max(0, attempts - 1))
    return max(float(delay), float(retry_after or 0))


def record_uncertain(session: Session, item_id: int, error: str) -> None:
    """The provider may have the message (the answer was lost): an agent decides, never a retry."""
    item = session.get(OutboxItem, item_id)
    if item is None:
        return
    item.status = OutboxStatus.UNKNOWN.value
    item.last_error = f"{error} Check with the customer's channel, then resend it or mark it sent."[:2000]
    _mirror(session, item)


def recover_stale(session: Session, now: datetime | None = None) -> int:
    """Claims left by a process that died mid-send become ``unknown`` (an agent decides)."""
    now = now or utcnow()
    stale = session.scalars(
        select(OutboxItem).where(
            OutboxItem.status == OutboxStatus.SENDING.value, OutboxItem.claimed_at < now - STALE_AFTER
        )
    ).all()
    for item in stale:
        item.status = OutboxStatus.UNKNOWN.value
        item.last_error = (
            "The app stopped while handing this reply to the provider; it may or may not have been "
            "delivered. Check with the customer's channel, then resend it or mark it sent."
        )
        _mirror(session, item)
    return len(stale)


def retry_now(session: Session, item_id: int) -> None:
    """An agent resends a failed or unknown reply (or hurries a queued one)."""
    item = session.get(OutboxItem, item_id)
    if item is None or item.status in (OutboxStatus.SENT.value, OutboxStatus.SENDING.value):
        return
    item.status = OutboxStatus.QUEUED.value
    item.next_attempt_at = utcnow()
    item.attempts = min(item.attempts, MAX_ATTEMPTS - 1)
    _mirror(session, item)


def mark_sent(session: Session, item_id: int) -> None:
    """An agent confirms an ``unknown`` reply did reach the customer."""
    item = session.get(OutboxItem, item_id)
    if item is None or item.status != OutboxStatus.UNKNOWN.value:
        return
    record_sent(session, item_id, item.provider_id or (item.payload or {}).get("message_id") or "")


def _mirror(session: Session, item: OutboxItem) -> None:
    event = session.get(Event, item.event_id)
    if event is not None:
        event.delivery_status = item.status if item.status != OutboxStatus.SENDING.value else "queued"


@dataclass(frozen=True)
class OutboxRow:
    id: int
    event_id: int
    interaction_id: int
    customer_name: str
    channel: str
    recipient: str
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    preview: str
    created_at: datetime


def pending(session: Session, limit: int = 500) -> list[OutboxRow]:
    """What has not left yet (queued, sending, failed, unknown), oldest first, for the outbox view."""
    rows = session.execute(
        select(
            OutboxItem.id,
            OutboxItem.event_id,
            Event.interaction_id,
            Customer.display_name,
            OutboxItem.channel,
            OutboxItem.recipient,
            OutboxItem.status,
            OutboxItem.attempts,
            OutboxItem.next_attempt_at,
            OutboxItem.last_error,
            Event.body_text,
            OutboxItem.created_at,
        )
        .join(Event, Event.id == OutboxItem.event_id)
        .join(Customer, Customer.id == Event.customer_id)
        .where(OutboxItem.status != OutboxStatus.SENT.value)
        .order_by(OutboxItem.created_at, OutboxItem.id)
        .limit(limit)
    ).all()
    return [OutboxRow(*row[:10], " ".join(row[10].split())[:200], row[11]) for row in rows]
