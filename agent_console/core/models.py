"""SQLAlchemy models for the console's spine.

A *customer* has many *identities* (one per channel address) and many *interactions*
(a contact on one channel).  An interaction holds *events* (messages, calls, notes,
system entries).  ``Event.customer_id`` and ``Event.channel`` repeat what the
interaction says so that one customer's whole timeline is a single index range scan
(``ix_events_timeline``) however many interactions it spans; merges and undos keep them
in step.  All timestamps are stored in UTC.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; the database stores UTC only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Channel(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    TELEGRAM = "telegram"
    CHAT = "chat"
    SOCIAL = "social"


class IdentityKind(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"  # E.164; used by calls and SMS
    WHATSAPP = "whatsapp"  # E.164 of the WhatsApp account
    TELEGRAM = "telegram"  # numeric user id or @username
    CHAT = "chat"  # web-chat visitor id
    SOCIAL = "social"  # network:handle


class EventKind(enum.StrEnum):
    MESSAGE = "message"
    CALL = "call"
    NOTE = "note"
    SYSTEM = "system"


class Direction(enum.StrEnum):
    IN = "in"
    OUT = "out"
    INTERNAL = "internal"


class InteractionStatus(enum.StrEnum):
    OPEN = "open"
    PENDING = "pending"  # waiting for the customer
    CLOSED = "closed"


class Role(enum.StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    TRAINER = "trainer"
    ADMIN = "admin"


def _enum(cls: type[enum.StrEnum], length: int = 16) -> String:
    # Stored as plain strings (not native enums) so adding a value never needs a
    # PostgreSQL ALTER TYPE migration; validated in Python.
    return String(length)


class Agent(Base):
    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), unique=True)
    role: Mapped[str] = mapped_column(_enum(Role), default=Role.AGENT.value)
    #: The agent's own locale (UI language, date formats), BCP 47.
    locale: Mapped[str] = mapped_column(String(35), default="en")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    team: Mapped[str | None] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Customer(Base):
    __tablename__ = "customers"
    # Search results and lists: most recently active first, ties by id, read in index order.
    __table_args__ = (
        Index("ix_customers_recent", "last_activity_at", "id"),
        # Partial: only merged rows are looked up by it, and "IS NULL" filters must not pick it.
        Index(
            "ix_customers_merged_into_id",
            "merged_into_id",
            sqlite_where=text("merged_into_id IS NOT NULL"),
            postgresql_where=text("merged_into_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(300))
    given_name: Mapped[str | None] = mapped_column(String(150))
    family_name: Mapped[str | None] = mapped_column(String(150))
    #: BCP 47 language from the profile (None = unknown; inferred later).
    language: Mapped[str | None] = mapped_column(String(35))
    #: ISO 3166-1 alpha-2 country from the profile.
    country: Mapped[str | None] = mapped_column(String(2))
    timezone: Mapped[str | None] = mapped_column(String(64))
    #: Case- and accent-folded name, words sorted: merge suggestions compare it.
    name_key: Mapped[str] = mapped_column(String(300), default="", index=True)
    #: Folded name + identity values + phone digits: customer search scans this one column.
    search_text: Mapped[str] = mapped_column(Text, default="")
    #: Set when this customer was merged into another; such rows are hidden, never deleted.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    last_activity_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    attributes: Mapped[dict] = mapped_column(JSON, default=dict)

    identities: Mapped[list[Identity]] = relationship(back_populates="customer", order_by="Identity.id")


class Identity(Base):
    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("kind", "value", name="uq_identities_kind_value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(_enum(IdentityKind))
    #: Normalised value (lower-case email, E.164 phone, lower-case @handle).
    value: Mapped[str] = mapped_column(String(320))
    #: Looser key that two spellings of one address share (phone: last 9 digits; email:
    #: local part without +tag and, for Gmail, dots); equal keys across customers suggest a merge.
    match_key: Mapped[str | None] = mapped_column(String(320), index=True)
    #: As the customer or the channel wrote it.
    raw_value: Mapped[str | None] = mapped_column(String(320))
    label: Mapped[str | None] = mapped_column(String(100))
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="identities")


class Interaction(Base):
    __tablename__ = "interactions"
    __table_args__ = (
        # The inbox: open work newest first, read in index order (the predicate must match inbox.OPEN).
        Index(
            "ix_interactions_open_recent",
            "last_activity_at",
            "id",
            sqlite_where=text("status != 'closed'"),
            postgresql_where=text("status != 'closed'"),
        ),
        Index("ix_interactions_customer", "customer_id", "opened_at"),
        # Connectors file a message into the conversation its thread key names.
        Index("ix_interactions_thread", "external_thread_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    channel: Mapped[str] = mapped_column(_enum(Channel))
    subject: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(_enum(InteractionStatus), default=InteractionStatus.OPEN.value)
    queue: Mapped[str] = mapped_column(String(100), default="general")
    assigned_agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), index=True)
    #: The identity the customer used for this contact (reply goes back to it).
    identity_id: Mapped[int | None] = mapped_column(ForeignKey("identities.id"))
    #: Provider thread key (email Message-ID root, chat id ...), for connectors.
    external_thread_id: Mapped[str | None] = mapped_column(String(500))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    #: Preview of the latest event for the inbox (avoids a join per row).
    last_preview: Mapped[str] = mapped_column(String(300), default="")
    unread: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Training-mode rows never mix with real ones (role-play writes to a sandbox anyway).
    is_training: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Seconds an agent had this conversation in front of them (handle time's active part).
    active_seconds: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship()
    assigned_agent: Mapped[Agent | None] = relationship()


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        # Timeline: one customer's events, newest first, keyset-paged by (occurred_at, id).
        Index("ix_events_timeline", "customer_id", "occurred_at", "id"),
        Index("ix_events_interaction", "interaction_id", "occurred_at"),
        # Connectors are idempotent: one provider id appears once per channel.
        UniqueConstraint("channel", "external_id", name="uq_events_channel_external_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    channel: Mapped[str] = mapped_column(_enum(Channel))
    kind: Mapped[str] = mapped_column(_enum(EventKind), default=EventKind.MESSAGE.value)
    direction: Mapped[str] = mapped_column(_enum(Direction))
    author_agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    #: Display name of the author (customer name, agent name, "System").
    author_name: Mapped[str] = mapped_column(String(300), default="")
    subject: Mapped[str | None] = mapped_column(String(500))
    body_text: Mapped[str] = mapped_column(Text, default="")
    #: Already sanitised (nh3) when stored; never raw provider HTML.
    body_html: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(35))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    external_id: Mapped[str | None] = mapped_column(String(500))
    #: Calls: length in seconds.
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    #: Outbound delivery: "recorded" (not sent through a connector), "queued", "sent", "failed".
    delivery_status: Mapped[str | None] = mapped_column(String(16))
    meta: Mapped[dict] = mapped_column(JSON, default=dict)

    interaction: Mapped[Interaction] = relationship()
    attachments: Mapped[list[Attachment]] = relationship(back_populates="event")


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    filename: Mapped[str] = mapped_column(String(500))
    mime_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str | None] = mapped_column(String(64))
    #: Before 0011 the content lived in a per-machine folder; this is where it was (kept so an
    #: old database names what it is missing). New attachments keep their content in
    #: ``attachment_contents``, which every desk of a team can read.
    storage_path: Mapped[str | None] = mapped_column(String(1000))
    #: The part's Content-ID without angle brackets: an HTML body shows it as ``cid:<id>``.
    content_id: Mapped[str | None] = mapped_column(String(300))

    event: Mapped[Event] = relationship(back_populates="attachments")


class AttachmentContent(Base):
    """An attachment's bytes, once per distinct content (SHA-256), shared by every copy.

    In the database rather than a folder so a team's desks open what the sync service
    fetched; the same picture sent a hundred times is stored once.
    """

    __tablename__ = "attachment_contents"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Draft(Base):
    """The reply an agent is writing, saved as they type so nothing is lost in a crash."""

    __tablename__ = "drafts"

    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id"), primary_key=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    body: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str | None] = mapped_column(String(16))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Merge(Base):
    """One merge of customer *source* into *target*, with what moved, so it can be undone."""

    __tablename__ = "merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    reason: Mapped[str] = mapped_column(String(300), default="")
    #: {"identities": [...ids], "interactions": [...ids], "source_fields": {...}}
    moved: Mapped[dict] = mapped_column(JSON, default=dict)
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))


class ExchangeRate(Base):
    """One published rate: 1 *base* = *rate* *quote*, as the *source* published it for *rate_date*."""

    __tablename__ = "exchange_rates"
    __table_args__ = (
        UniqueConstraint("source", "base", "quote", "rate_date", name="uq_exchange_rates_published"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    base: Mapped[str] = mapped_column(String(3))
    quote: Mapped[str] = mapped_column(String(3))
    rate: Mapped[float] = mapped_column(Float)
    rate_date: Mapped[date] = mapped_column(Date, index=True)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class RateFetch(Base):
    """How the last fetch from each rate provider went, for the status shown to agents."""

    __tablename__ = "rate_fetches"

    source: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    rates_date: Mapped[date | None] = mapped_column(Date)


class Reply(Base):
    """One canned reply: a concept with a variant per locale (see ReplyVariant)."""

    __tablename__ = "replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    category: Mapped[str] = mapped_column(String(50), default="general")
    #: Channels the reply suits ("any", or e.g. ["email", "chat"]); a long e-mail reply is not for SMS.
    channels: Mapped[list] = mapped_column(JSON, default=list)
    #: Placeholder names every variant must use, e.g. ["customer_name", "amount"].
    placeholders: Mapped[list] = mapped_column(JSON, default=list)
    source_locale: Mapped[str] = mapped_column(String(35), default="en")
    #: Bumped when the source text changes; a variant translating an older version is outdated.
    source_version: Mapped[int] = mapped_column(Integer, default=1)
    usage_count: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    variants: Mapped[list[ReplyVariant]] = relationship(
        back_populates="reply", order_by="ReplyVariant.locale"
    )


class ReplyVariant(Base):
    __tablename__ = "reply_variants"
    __table_args__ = (UniqueConstraint("reply_id", "locale", name="uq_reply_variants_reply_locale"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reply_id: Mapped[int] = mapped_column(ForeignKey("replies.id"), index=True)
    #: BCP 47 with underscores, as babel writes it: "pt_BR", "zh_Hans".
    locale: Mapped[str] = mapped_column(String(35))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    tags: Mapped[list] = mapped_column(JSON, default=list)
    #: The source version this variant translates.
    source_version: Mapped[int] = mapped_column(Integer, default=1)
    #: Changed in the app's editor: re-importing the shipped library leaves it alone.
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    reply: Mapped[Reply] = relationship(back_populates="variants")


class ReplyUsage(Base):
    """A reply inserted into a conversation: usage statistics and what the supervisor reviews."""

    __tablename__ = "reply_usages"

    id: Mapped[int] = mapped_column(primary_key=True)
    reply_id: Mapped[int] = mapped_column(ForeignKey("replies.id"), index=True)
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interactions.id"), index=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    locale: Mapped[str] = mapped_column(String(35))
    fallback: Mapped[bool] = mapped_column(Boolean, default=False)
    used_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class MergeDismissal(Base):
    """A suggested pair an agent said is *not* the same person; not suggested again."""

    __tablename__ = "merge_dismissals"
    __table_args__ = (UniqueConstraint("customer_a_id", "customer_b_id", name="uq_merge_dismissals_pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_a_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    customer_b_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class OutcomeCodeKind(enum.StrEnum):
    DISPOSITION = "disposition"
    REASON = "reason"


class OutcomeCode(Base):
    """One wrap-up code a queue offers: a disposition (a tree, by *parent_code*) or a contact reason.

    Codes are deactivated, never deleted, so an old outcome keeps a label to show.
    """

    __tablename__ = "outcome_codes"
    __table_args__ = (UniqueConstraint("queue", "kind", "code", name="uq_outcome_codes_queue_kind_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "*" = offered in every queue; a named queue adds to (or overrides) it.
    queue: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(_enum(OutcomeCodeKind))
    code: Mapped[str] = mapped_column(String(64))
    parent_code: Mapped[str | None] = mapped_column(String(64))
    #: {"en": "Question answered", "ka": "..."}
    labels: Mapped[dict] = mapped_column(JSON, default=dict)
    hotkey: Mapped[str | None] = mapped_column(String(4))
    #: Picking this disposition pre-sets "resolved" (None: no opinion; groups).
    resolves: Mapped[bool | None] = mapped_column(Boolean)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class QueueConfig(Base):
    """Per-queue wrap-up rules ("*" is the default for queues without a row)."""

    __tablename__ = "queue_configs"

    queue: Mapped[str] = mapped_column(String(100), primary_key=True)
    #: Wrap-up fields that must be filled: disposition, reason, resolved, notes.
    required: Mapped[list] = mapped_column(JSON, default=list)


class KpiSetting(Base):
    """Team-wide KPI definitions (FCR window, reporting time zone): one value per key."""

    __tablename__ = "kpi_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Outcome(Base):
    """How one interaction ended: the wrap-up, plus what the KPIs need, computed when it is saved.

    Dimensions (agent, queue, channel, country, language) are the ones at contact time.
    ``*_epoch`` columns are UTC seconds, so KPI arithmetic is the same integer SQL on
    SQLite and PostgreSQL.  The link columns (previous/next contact) and the flags derived
    from them are maintained by ``core.outcomes.kpi.relink`` whenever a customer's outcomes
    change (a wrap-up, a correction, a merge).
    """

    __tablename__ = "outcomes"
    __table_args__ = (
        Index("ix_outcomes_customer", "customer_id", "opened_epoch"),
        Index("ix_outcomes_day", "day", "closed_epoch"),
        Index("ix_outcomes_closed", "closed_epoch", "interaction_id"),
    )

    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id"), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), index=True)
    #: The agent's team at contact time (reports by team stay right after someone moves teams).
    team: Mapped[str | None] = mapped_column(String(100))
    queue: Mapped[str] = mapped_column(String(100))
    channel: Mapped[str] = mapped_column(_enum(Channel))
    country: Mapped[str | None] = mapped_column(String(2))
    language: Mapped[str | None] = mapped_column(String(35))
    disposition: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(String(64))
    resolved: Mapped[bool] = mapped_column(Boolean)
    notes: Mapped[str] = mapped_column(Text, default="")
    csat: Mapped[int | None] = mapped_column(Integer)
    nps: Mapped[int | None] = mapped_column(Integer)
    ces: Mapped[int | None] = mapped_column(Integer)
    active_seconds: Mapped[int] = mapped_column(Integer, default=0)
    acw_seconds: Mapped[int] = mapped_column(Integer, default=0)
    handle_seconds: Mapped[int] = mapped_column(Integer, default=0)
    first_response_seconds: Mapped[int | None] = mapped_column(Integer)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    opened_epoch: Mapped[int] = mapped_column(BigInteger)
    closed_epoch: Mapped[int] = mapped_column(BigInteger)
    #: closed_at's date in the team's reporting time zone: periods and the daily rollup use it.
    day: Mapped[date] = mapped_column(Date)
    prev_same_closed_epoch: Mapped[int | None] = mapped_column(BigInteger)
    next_same_opened_epoch: Mapped[int | None] = mapped_column(BigInteger)
    next_contact_opened_epoch: Mapped[int | None] = mapped_column(BigInteger)
    chain_start_epoch: Mapped[int | None] = mapped_column(BigInteger)
    #: Not a repeat of a contact on the same reason closed within the FCR window before it.
    first_contact: Mapped[bool] = mapped_column(Boolean, default=True)
    #: A first contact, resolved, and no contact on the same reason within the window after it.
    fcr: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The same customer contacted again (any reason, any channel) within the window.
    repeat: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Resolved: from the first contact of the chain to this close.
    resolution_seconds: Mapped[int | None] = mapped_column(Integer)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class OutcomeChange(Base):
    """Audit trail: one row per field changed by a correction (who, when, old → new)."""

    __tablename__ = "outcome_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id"), index=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    field: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class WrapUpDraft(Base):
    """A wrap-up being filled in, saved as the agent types: offered again after a crash."""

    __tablename__ = "wrapup_drafts"

    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id"), primary_key=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), index=True)
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    acw_seconds: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class FollowUp(Base):
    """A promised next contact: due at a moment (stored UTC; entered in the customer's or agent's zone)."""

    __tablename__ = "follow_ups"
    __table_args__ = (Index("ix_follow_ups_due", "agent_id", "done_at", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: "customer" or "agent": whose clock the agent set the time on, and that zone's name.
    basis: Mapped[str] = mapped_column(String(16), default="agent")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    reason: Mapped[str] = mapped_column(String(300), default="")
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: The contact that completed it (linked to the old one).
    done_interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interactions.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class KpiDaily(Base):
    """Daily rollup of outcomes per dimension value: the dashboard reads this, not a million rows.

    *dim* is "all" (item ""), "agent", "team", "queue", "channel", "country" or "language"; rows
    are rebuilt for the days an outcome change touches (``core.outcomes.kpi.refresh_days``).
    """

    __tablename__ = "kpi_daily"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    dim: Mapped[str] = mapped_column(String(16), primary_key=True)
    item: Mapped[str] = mapped_column(String(100), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)
    resolved: Mapped[int] = mapped_column(Integer, default=0)
    csat_n: Mapped[int] = mapped_column(Integer, default=0)
    csat_pos: Mapped[int] = mapped_column(Integer, default=0)
    nps_n: Mapped[int] = mapped_column(Integer, default=0)
    nps_pro: Mapped[int] = mapped_column(Integer, default=0)
    nps_det: Mapped[int] = mapped_column(Integer, default=0)
    ces_n: Mapped[int] = mapped_column(Integer, default=0)
    ces_sum: Mapped[int] = mapped_column(Integer, default=0)
    handle_sum: Mapped[int] = mapped_column(BigInteger, default=0)
    frt_n: Mapped[int] = mapped_column(Integer, default=0)
    frt_sum: Mapped[int] = mapped_column(BigInteger, default=0)
    res_n: Mapped[int] = mapped_column(Integer, default=0)
    res_sum: Mapped[int] = mapped_column(BigInteger, default=0)
    first_n: Mapped[int] = mapped_column(Integer, default=0)
    fcr_n: Mapped[int] = mapped_column(Integer, default=0)
    repeat_n: Mapped[int] = mapped_column(Integer, default=0)


class Scorecard(Base):
    """A quality scorecard; its content lives in immutable versions (a review keeps the one it used)."""

    __tablename__ = "scorecards"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class ScorecardVersion(Base):
    __tablename__ = "scorecard_versions"
    __table_args__ = (UniqueConstraint("scorecard_id", "version", name="uq_scorecard_versions_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scorecard_id: Mapped[int] = mapped_column(ForeignKey("scorecards.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    #: sections → criteria (key, title per language, scale, weight, critical, allow_na, root_causes).
    definition: Mapped[dict] = mapped_column(JSON)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Calibration(Base):
    """Several supervisors score one interaction blind; their reviews never count for the agent."""

    __tablename__ = "calibrations"

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interactions.id", ondelete="SET NULL"))
    scorecard_version_id: Mapped[int] = mapped_column(ForeignKey("scorecard_versions.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Review(Base):
    """One supervisor's scoring of one interaction with one scorecard version."""

    __tablename__ = "reviews"
    __table_args__ = (Index("ix_reviews_agent", "agent_id", "submitted_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Kept when the interaction is erased later (SET NULL): the review and its score stay.
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL"), index=True
    )
    #: The reviewed agent.
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    scorecard_version_id: Mapped[int] = mapped_column(ForeignKey("scorecard_versions.id"))
    #: "review" or "calibration" (calibration reviews do not count toward the agent's quality).
    kind: Mapped[str] = mapped_column(String(16), default="review")
    calibration_id: Mapped[int | None] = mapped_column(ForeignKey("calibrations.id"), index=True)
    #: "draft" or "submitted".
    status: Mapped[str] = mapped_column(String(16), default="draft")
    #: criterion key → {"value": "yes"|"no"|1..5|"na", "comment": str, "root_cause": str}.
    answers: Mapped[dict] = mapped_column(JSON, default=dict)
    summary: Mapped[str] = mapped_column(Text, default="")
    #: 0–100 after critical failures; None until submitted.
    score: Mapped[float | None] = mapped_column(Float)
    raw_score: Mapped[float | None] = mapped_column(Float)
    critical_failed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CoachingComment(Base):
    """A supervisor's note pinned to one message; the agent sees it in their timeline and acknowledges it."""

    __tablename__ = "coaching_comments"
    __table_args__ = (Index("ix_coaching_comments_agent", "agent_id", "acknowledged_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"), index=True)
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interactions.id", ondelete="SET NULL"))
    review_id: Mapped[int | None] = mapped_column(ForeignKey("reviews.id"))
    #: Who should read it (the agent who wrote the message).
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Exemplar(Base):
    """A conversation a supervisor shares as an example to follow (with one agent, or the team)."""

    __tablename__ = "exemplars"

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"))
    shared_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    #: None: the whole team.
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AccountKind(enum.StrEnum):
    EMAIL = "email"  # IMAP in, SMTP out
    TWILIO = "twilio"  # SMS and WhatsApp
    TELEGRAM = "telegram"


class ChannelAccount(Base):
    """One connection to a provider (a mailbox, a Twilio account, a Telegram bot).

    ``settings`` never holds a secret: passwords and tokens live in the OS keyring (or, for a
    headless sync service, its environment), looked up by the account's id.
    """

    __tablename__ = "channel_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(_enum(AccountKind))
    settings: Mapped[dict] = mapped_column(JSON, default=dict)
    #: New conversations from this account land in this queue.
    queue: Mapped[str] = mapped_column(String(100), default="general")
    poll_seconds: Mapped[int] = mapped_column(Integer, default=60)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Where the next fetch resumes (IMAP UIDVALIDITY/UID, Telegram offset, Twilio date).
    cursor: Mapped[dict] = mapped_column(JSON, default=dict)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    #: Messages filed by the last successful fetch.
    last_fetched: Mapped[int] = mapped_column(Integer, default=0)
    #: Which sync process polls the account now (so two never fetch it at once) and until when.
    lease_owner: Mapped[str | None] = mapped_column(String(200))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class OutboxStatus(enum.StrEnum):
    QUEUED = "queued"  # waiting for its next attempt
    SENDING = "sending"  # claimed by a sync process, being handed to the provider
    SENT = "sent"
    FAILED = "failed"  # the provider refused it, or attempts ran out; an agent decides
    #: The process stopped while handing it over: it may or may not have left. Never resent
    #: automatically; an agent checks and resends or marks it sent.
    UNKNOWN = "unknown"


class OutboxItem(Base):
    """A reply on its way out; written in the same transaction as the reply's event."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), unique=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("channel_accounts.id"))
    channel: Mapped[str] = mapped_column(_enum(Channel))
    recipient: Mapped[str] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(_enum(OutboxStatus), default=OutboxStatus.QUEUED.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: The provider's id for the delivered message (e-mail: our Message-ID).
    provider_id: Mapped[str | None] = mapped_column(String(500))
    #: What the connector needs besides the event: subject, Message-ID, In-Reply-To, References.
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    event: Mapped[Event] = relationship()


class TrainingSession(Base):
    """One role-play: a trainee, a scenario, what was said, how it ended and how it scored.

    Lives in the training sandbox database, never beside real customers. The scenario's text
    is kept as played, so a debrief reads the same after the file was edited.
    """

    __tablename__ = "training_sessions"
    __table_args__ = (
        Index("ix_training_sessions_trainee", "trainee_name", "started_at"),
        # A trainee's desk looks for sessions a trainer assigned to them.
        Index("ix_training_sessions_status", "status", "trainee_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scenario_id: Mapped[str] = mapped_column(String(100), index=True)
    scenario_title: Mapped[str] = mapped_column(String(300))
    scenario_text: Mapped[str] = mapped_column(Text)
    #: "scripted" (the engine plays the customer) or "live" (a trainer does).
    mode: Mapped[str] = mapped_column(String(16), default="scripted")
    trainee_name: Mapped[str] = mapped_column(String(200))
    #: The trainee's agent row in the sandbox (their replies carry it).
    trainee_agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    trainer_name: Mapped[str | None] = mapped_column(String(200))
    #: "assigned" (waiting for the trainee's desk to take it), "running", "ended" (scored),
    #: "abandoned" (closed before the end; not scored), "declined" by the trainee or
    #: "cancelled" by the trainer before it started.
    status: Mapped[str] = mapped_column(String(16), default="running")
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interactions.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ending: Mapped[str | None] = mapped_column(String(100))
    ending_kind: Mapped[str | None] = mapped_column(String(20))
    disposition: Mapped[str | None] = mapped_column(String(100))
    points: Mapped[int | None] = mapped_column(Integer)
    max_points: Mapped[int | None] = mapped_column(Integer)
    #: Each automatic check: code, passed, points, max_points, detail, params, turn_id.
    checks: Mapped[list] = mapped_column(JSON, default=list)
    #: Who said what and when (seconds from the start), which turn and branch it played.
    transcript: Mapped[list] = mapped_column(JSON, default=list)
    #: The trainer's coaching-scorecard review of the session's conversation, if any.
    review_id: Mapped[int | None] = mapped_column(ForeignKey("reviews.id"))
    trainer_comments: Mapped[str] = mapped_column(Text, default="")
    #: While it runs: what the trainee's console publishes for the trainer's side (transcript,
    #: current turn, suggested lines, paused, ending). See ``core.training.sandbox.publish``.
    state: Mapped[dict | None] = mapped_column(JSON)


class TrainingCommand(Base):
    """What the trainer's side of a live session asks the trainee's console to play.

    "say" (a customer line), "pause", "resume" or "end" (with the ending's id as text). The
    trainee's console reads the ones after the last it played, in id order, so a trainer at
    another desk drives the same conversation through the shared training database.
    """

    __tablename__ = "training_commands"
    __table_args__ = (Index("ix_training_commands_session", "session_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id"))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")
    by_name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
