"""Filing connector and importer output into customers' timelines.

For each :class:`~agent_console.channels.base.Inbound`:

1. **Once only.** An ``(channel, external_id)`` already stored is skipped, so a re-delivered
   message, a re-run import or two sync processes racing add nothing (the unique constraint
   ``uq_events_channel_external_id`` is the last word).
2. **Who.** The customer's address resolves to a customer by identity (an unknown address
   creates one; see :func:`agent_console.core.identity.resolve`).
3. **Which conversation.** A message answering a stored one (e-mail In-Reply-To/References,
   a Telegram chat, a Twilio number pair) joins that conversation while it is open; after it
   was closed it starts a new contact (KPIs count it as a repeat).  Otherwise it joins the
   customer's open conversation on the same channel, or starts one.
4. **History.** Imported history (``history=True``) older than ``HISTORY_OPEN_DAYS`` lands in
   closed conversations, so importing years of mail does not flood the inbox.

Batches are filed in one transaction each, with the lookups for a batch done in a few
queries, so a 100,000-message mbox imports at the speed of its parsing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, bindparam, insert, select, tuple_, update
from sqlalchemy.orm import Session

from agent_console.channels.base import AttachmentData, Inbound
from agent_console.core import attachments, identity
from agent_console.core.conversation import PREVIEW_LEN
from agent_console.core.models import (
    Attachment,
    Customer,
    Direction,
    Event,
    EventKind,
    Interaction,
    InteractionStatus,
    utcnow,
)

log = logging.getLogger(__name__)

#: Imported conversations whose last message is older than this are filed closed.
HISTORY_OPEN_DAYS = 14
BATCH_SIZE = 500
CLOSED = InteractionStatus.CLOSED.value


@dataclass
class Failure:
    source: str
    reason: str


@dataclass
class IngestSummary:
    imported: int = 0
    skipped: int = 0  # already stored
    failed: list[Failure] = field(default_factory=list)
    #: Messages filed with something unreadable recorded on them.
    partial: int = 0
    interactions: set[int] = field(default_factory=set)
    customers_created: int = 0

    def add(self, other: IngestSummary) -> None:
        self.imported += other.imported
        self.skipped += other.skipped
        self.failed.extend(other.failed)
        self.partial += other.partial
        self.interactions |= other.interactions
        self.customers_created += other.customers_created


@dataclass(eq=False)
class _Conv:
    """A conversation as filing sees it; written back with Core when its batch ends."""

    id: int | None
    customer_id: int
    channel: str
    status: str
    opened_at: datetime
    last_activity_at: datetime
    closed_at: datetime | None
    last_preview: str
    unread: bool
    #: Only for new ones (``id`` None until the batch is written).
    new: dict | None = None
    dirty: bool = False


@dataclass(eq=False)
class _Person:
    id: int
    last_activity_at: datetime | None
    language: str | None
    dirty: bool = False


@dataclass
class _Context:
    """What a run has looked up already, so a batch costs a few queries, not a few per message."""

    queue: str
    history: bool
    now: datetime
    #: thread key -> the conversation it belongs to (stored ones and this run's).
    threads: dict[str, _Conv] = field(default_factory=dict)
    #: (customer, channel) -> the customer's open conversation on that channel.
    open_by_customer: dict[tuple[int, str], _Conv] = field(default_factory=dict)
    #: Customers whose open conversations were looked up already.
    looked_up: set[int] = field(default_factory=set)
    customers: dict[int, _Person] = field(default_factory=dict)
    #: Every conversation loaded or created in this run, by id (new ones: not yet).
    convs: dict[int, _Conv] = field(default_factory=dict)


def ingest(
    session: Session,
    messages: Iterable[Inbound],
    *,
    queue: str = "general",
    history: bool = False,
    source: str = "",
) -> IngestSummary:
    """File ``messages``; the caller's session commits (one unit of work)."""
    ctx = _Context(queue=queue, history=history, now=utcnow())
    summary = IngestSummary()
    batch: list[Inbound] = []
    for message in messages:
        batch.append(message)
        if len(batch) >= BATCH_SIZE:
            summary.add(_file_batch(session, batch, ctx, source))
            batch = []
    if batch:
        summary.add(_file_batch(session, batch, ctx, source))
    return summary


def _file_batch(session: Session, batch: Sequence[Inbound], ctx: _Context, source: str) -> IngestSummary:
    """A batch in a fixed number of queries: what is stored, who, which threads; then Core writes."""
    summary = IngestSummary()
    stored = _stored_ids(session, batch)
    todo: list[tuple[Inbound, identity.AddressRequest]] = []
    seen: set[tuple[str, str]] = set()
    for message in batch:
        key = (message.channel, message.external_id)
        if key in stored or key in seen:
            summary.skipped += 1
            continue
        seen.add(key)
        try:
            value = identity.normalize(message.address_kind, message.customer_address, message.default_region)
        except identity.IdentityError as exc:
            summary.failed.append(Failure(source or message.external_id, str(exc)))
            continue
        request = identity.AddressRequest(
            message.address_kind, value, message.customer_address, message.customer_name, message.language
        )
        todo.append((message, request))
    if not todo:
        return summary
    people = identity.resolve_many(session, [request for _, request in todo])
    customer_ids = {customer_id for customer_id, _, _ in people}
    _prefetch_threads(session, [m for m, _ in todo], ctx)
    _prefetch_open(session, customer_ids - ctx.looked_up, ctx)
    _prefetch_customers(session, customer_ids, ctx)
    filed: list[tuple[Inbound, int, _Conv]] = []
    for (message, _request), (customer_id, identity_id, created) in zip(todo, people, strict=True):
        summary.customers_created += int(created)
        conv = _conv_for(message, customer_id, identity_id, ctx)
        for key in [message.external_id, *message.thread_keys]:
            ctx.threads.setdefault(key, conv)
        _touch(conv, message, ctx.customers.get(customer_id))
        filed.append((message, customer_id, conv))
        summary.imported += 1
        if message.problems:
            summary.partial += 1
    _write(session, filed, ctx)
    summary.interactions.update(conv.id for _, _, conv in filed if conv.id is not None)
    return summary


def _write(session: Session, filed: list[tuple[Inbound, int, _Conv]], ctx: _Context) -> None:
    """New conversations, then the events (one multi-row INSERT), then what changed: all Core."""
    connection = session.connection()
    table = Interaction.__table__
    for _, _, conv in filed:
        if conv.id is None and conv.new is not None:
            row = {**conv.new, **_conv_state(conv)}
            conv.id = connection.execute(insert(table).returning(table.c.id), row).scalar_one()
            conv.new, conv.dirty = None, False
            ctx.convs[conv.id] = conv
    _insert_events(connection, filed)
    changed = list({id(c): c for _, _, c in filed if c.dirty}.values())
    if changed:
        connection.execute(
            update(table).where(table.c.id == bindparam("conv_id")),
            [{"conv_id": c.id, **_conv_state(c)} for c in changed],
        )
        for conv in changed:
            conv.dirty = False
    people = [p for p in ctx.customers.values() if p.dirty]
    if people:
        customers = Customer.__table__
        connection.execute(
            update(customers).where(customers.c.id == bindparam("person_id")),
            [
                {"person_id": p.id, "last_activity_at": p.last_activity_at, "language": p.language}
                for p in people
            ],
        )
        for person in people:
            person.dirty = False


def _conv_state(conv: _Conv) -> dict:
    return {
        "status": conv.status,
        "opened_at": conv.opened_at,
        "last_activity_at": conv.last_activity_at,
        "closed_at": conv.closed_at,
        "last_preview": conv.last_preview,
        "unread": conv.unread,
    }


def _insert_events(connection: Connection, filed: list[tuple[Inbound, int, _Conv]]) -> None:
    """The batch's events in one multi-row INSERT (ORM objects would cost ~5x as much per row)."""
    now = utcnow()
    rows = [
        {
            "interaction_id": conv.id,
            "customer_id": customer_id,
            "channel": message.channel,
            "kind": message.kind,
            "direction": message.direction,
            "author_agent_id": None,
            "author_name": _author(message),
            "subject": message.subject,
            "body_text": message.body_text,
            "body_html": message.body_html,
            "language": message.language,
            "occurred_at": message.occurred_at,
            "created_at": now,
            "external_id": message.external_id,
            "duration_seconds": message.duration_seconds,
            "delivery_status": "sent" if message.direction == Direction.OUT.value else None,
            "meta": _event_meta(message),
        }
        for message, customer_id, conv in filed
    ]
    connection.execute(insert(Event.__table__), rows)
    with_files = [message for message, _, _ in filed if message.attachments]
    if not with_files:
        return
    keys = [(m.channel, m.external_id) for m in with_files]
    ids = {
        (channel, external_id): event_id
        for channel, external_id, event_id in connection.execute(
            select(Event.channel, Event.external_id, Event.id).where(
                tuple_(Event.channel, Event.external_id).in_(keys)
            )
        )
    }
    attachments.save_contents(connection, (a.data for m in with_files for a in m.attachments))
    files = [
        {**_attachment_row(attachment, index), "event_id": ids[(message.channel, message.external_id)]}
        for message in with_files
        for index, attachment in enumerate(message.attachments)
    ]
    connection.execute(insert(Attachment.__table__), files)


def _author(message: Inbound) -> str:
    if message.direction == Direction.IN.value:
        return message.customer_name or message.customer_address
    return str(message.meta.get("from_name") or "")


def _stored_ids(session: Session, batch: Sequence[Inbound]) -> set[tuple[str, str]]:
    keys = list({(m.channel, m.external_id) for m in batch})
    found: set[tuple[str, str]] = set()
    for start in range(0, len(keys), 200):
        chunk = keys[start : start + 200]
        found.update(
            (channel, external_id)
            for channel, external_id in session.execute(
                select(Event.channel, Event.external_id).where(
                    tuple_(Event.channel, Event.external_id).in_(chunk)
                )
            )
        )
    return found


def _prefetch_threads(session: Session, batch: Sequence[Inbound], ctx: _Context) -> None:
    """Map the batch's thread keys to conversations: stored messages' ids, then thread ids."""
    wanted: dict[str, set[str]] = {}
    for message in batch:
        for key in message.thread_keys:
            if key not in ctx.threads:
                wanted.setdefault(message.channel, set()).add(key)
    found: dict[str, int] = {}
    for channel, keys in wanted.items():
        found.update(_thread_interaction_ids(session, channel, list(keys)))
    loaded = _load_convs(session, set(found.values()), ctx)
    for key, interaction_id in found.items():
        if interaction_id in loaded:
            ctx.threads.setdefault(key, loaded[interaction_id])


def _thread_interaction_ids(session: Session, channel: str, keys: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        rows = session.execute(
            select(Event.external_id, Event.interaction_id).where(
                Event.channel == channel, Event.external_id.in_(chunk)
            )
        )
        for external_id, interaction_id in rows:
            found.setdefault(external_id, interaction_id)
        rows = session.execute(
            select(Interaction.external_thread_id, Interaction.id)
            .where(Interaction.external_thread_id.in_(chunk))
            .order_by(Interaction.opened_at)
        )
        for thread_id, interaction_id in rows:
            found[thread_id] = interaction_id  # the newest conversation of a thread wins
    return found


_CONV_COLUMNS = (
    Interaction.id,
    Interaction.customer_id,
    Interaction.channel,
    Interaction.status,
    Interaction.opened_at,
    Interaction.last_activity_at,
    Interaction.closed_at,
    Interaction.last_preview,
    Interaction.unread,
)


def _load_convs(session: Session, ids: set[int], ctx: _Context) -> dict[int, _Conv]:
    loaded = {i: ctx.convs[i] for i in ids if i in ctx.convs}
    missing = sorted(ids - loaded.keys())
    for start in range(0, len(missing), 500):
        for row in session.execute(
            select(*_CONV_COLUMNS).where(Interaction.id.in_(missing[start : start + 500]))
        ):
            conv = _Conv(*row)
            loaded[conv.id] = ctx.convs[conv.id] = conv  # type: ignore[index]
    return loaded


def _prefetch_open(session: Session, customer_ids: set[int], ctx: _Context) -> None:
    """Each customer's most recent open conversation per channel, for the whole batch at once."""
    ordered = sorted(customer_ids)
    for start in range(0, len(ordered), 500):
        rows = session.execute(
            select(*_CONV_COLUMNS)
            .where(
                Interaction.customer_id.in_(ordered[start : start + 500]),
                Interaction.status != CLOSED,
                Interaction.is_training.is_(False),
            )
            .order_by(Interaction.last_activity_at)
        )
        for row in rows:  # ascending: the most recent one is written last and stays
            conv = ctx.convs.setdefault(row[0], _Conv(*row))
            ctx.open_by_customer[(conv.customer_id, conv.channel)] = conv
    ctx.looked_up |= customer_ids


def _prefetch_customers(session: Session, customer_ids: set[int], ctx: _Context) -> None:
    missing = sorted(customer_ids - ctx.customers.keys())
    for start in range(0, len(missing), 500):
        rows = session.execute(
            select(Customer.id, Customer.last_activity_at, Customer.language).where(
                Customer.id.in_(missing[start : start + 500])
            )
        )
        for customer_id, last, language in rows:
            ctx.customers[customer_id] = _Person(customer_id, last, language)


def _event_meta(message: Inbound) -> dict:
    meta = dict(message.meta)
    if message.attachments:  # timeline cards show the number without a join
        meta["attachments"] = len(message.attachments)
    if message.problems:
        meta["problems"] = list(message.problems)
    return meta


def _conv_for(message: Inbound, customer_id: int, identity_id: int, ctx: _Context) -> _Conv:
    for key in message.thread_keys:
        conv = ctx.threads.get(key)
        if conv is not None and conv.customer_id == customer_id and _joinable(conv, message, ctx):
            return conv
    conv = ctx.open_by_customer.get((customer_id, message.channel))
    if conv is not None and conv.status != CLOSED:
        return conv
    return _new_conv(message, customer_id, identity_id, ctx)


def _joinable(conv: _Conv, message: Inbound, ctx: _Context) -> bool:
    if conv.status != CLOSED:
        return True
    # History: an old thread's messages belong together although it is closed now.
    return _old(message, ctx) or (conv.closed_at is not None and message.occurred_at <= conv.closed_at)


def _old(message: Inbound, ctx: _Context) -> bool:
    return ctx.history and message.occurred_at < ctx.now - timedelta(days=HISTORY_OPEN_DAYS)


def _new_conv(message: Inbound, customer_id: int, identity_id: int, ctx: _Context) -> _Conv:
    old = _old(message, ctx)
    thread_root = message.thread_keys[-1] if message.thread_keys else message.external_id
    conv = _Conv(
        id=None,
        customer_id=customer_id,
        channel=message.channel,
        status=CLOSED if old else InteractionStatus.OPEN.value,
        opened_at=message.occurred_at,
        last_activity_at=message.occurred_at,
        closed_at=message.occurred_at if old else None,
        last_preview="",
        unread=False,
        new={
            "customer_id": customer_id,
            "channel": message.channel,
            "subject": (message.subject or "")[:500] or None,
            "queue": ctx.queue,
            "identity_id": identity_id,
            "external_thread_id": thread_root[:500],
            "is_training": False,
            "active_seconds": 0,
        },
    )
    if not old:
        ctx.open_by_customer[(customer_id, message.channel)] = conv
    return conv


def _touch(conv: _Conv, message: Inbound, person: _Person | None) -> None:
    """Keep the conversation's and customer's 'latest' fields right whatever order messages come in."""
    conv.dirty = True
    if message.occurred_at >= conv.last_activity_at:
        conv.last_activity_at = message.occurred_at
        conv.last_preview = _preview(message)
        if message.direction == Direction.IN.value and conv.status != CLOSED:
            conv.unread = True
            if conv.status == InteractionStatus.PENDING.value:
                conv.status = InteractionStatus.OPEN.value
    if conv.status == CLOSED and conv.closed_at is not None:
        conv.closed_at = max(conv.closed_at, message.occurred_at)
    if message.occurred_at < conv.opened_at:
        conv.opened_at = message.occurred_at
    if person is None:
        return
    if person.last_activity_at is None or message.occurred_at > person.last_activity_at:
        person.last_activity_at, person.dirty = message.occurred_at, True
    if person.language is None and message.language:
        person.language, person.dirty = message.language, True


def _preview(message: Inbound) -> str:
    if message.kind == EventKind.CALL.value:
        return (message.body_text or message.subject or "")[:PREVIEW_LEN]
    return " ".join((message.body_text or message.subject or "").split())[:PREVIEW_LEN]


def _attachment_row(attachment: AttachmentData, index: int) -> dict:
    return {
        "filename": attachment.filename or f"attachment-{index + 1}.bin",
        "mime_type": attachment.mime_type or "application/octet-stream",
        "size_bytes": len(attachment.data),
        "sha256": attachments.digest(attachment.data),
        "storage_path": None,
        "content_id": attachment.content_id,
    }
