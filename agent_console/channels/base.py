"""What every connector and importer speaks: inbound messages, outgoing replies, errors.

Connectors (IMAP, SMTP, Twilio, Telegram) and file importers (.eml, mbox, Maildir,
call-record CSV) turn provider data into :class:`Inbound` records; :mod:`ingest` files them
into customers' timelines.  Outgoing replies reach a connector as :class:`Outgoing`.
Nothing here imports Qt or opens the database.

Errors: :class:`TransientError` (network down, timeout, 429, 5xx: try again later, after
``retry_after`` seconds if the provider said so), :class:`PermanentError` (bad
credentials, a rejected recipient, a malformed request: retrying will not help) and
:class:`UncertainError` (a send that may or may not have arrived).  All carry a message for
humans and never a secret.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol


class ChannelError(Exception):
    """A connector could not do its job; ``str(exc)`` is a message for the user."""


class TransientError(ChannelError):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentError(ChannelError):
    pass


class UncertainError(ChannelError):
    """A send whose fate is unknown: the request left, the answer did not come back (a read
    timeout, a dropped connection, a garbled success).  Retrying could deliver it twice, so
    the outbox holds it for an agent to check."""


@dataclass
class AttachmentData:
    filename: str
    mime_type: str
    data: bytes
    #: Content-ID without angle brackets: the HTML body refers to an inline image as ``cid:<id>``.
    content_id: str | None = None


@dataclass
class Inbound:
    """One message or call as a provider or a file gave it, ready to be filed.

    ``external_id`` is unique per ``channel`` (e-mail: the Message-ID; Twilio: the message
    SID; Telegram: ``chat_id:message_id``; CDR: the unique id), so filing it twice adds
    nothing.  ``direction`` is "in" for the customer's messages and "out" for ours (an mbox
    of the support mailbox holds both); ``sender_*`` and ``recipient_*`` name the customer's
    side by ``address_kind`` (an IdentityKind value).
    """

    channel: str
    external_id: str
    address_kind: str
    #: The customer's address: sender of inbound messages, recipient of outbound ones.
    customer_address: str
    occurred_at: datetime
    direction: str = "in"
    customer_name: str | None = None
    subject: str | None = None
    body_text: str = ""
    #: Sanitised HTML (see channels.sanitize), never raw provider HTML.
    body_html: str | None = None
    kind: str = "message"  # EventKind: message or call
    duration_seconds: int | None = None
    #: Keys that tie messages into one conversation: e-mail Message-IDs of the thread
    #: (In-Reply-To and References), a Telegram chat id, a Twilio conversation pair.
    thread_keys: list[str] = field(default_factory=list)
    attachments: list[AttachmentData] = field(default_factory=list)
    #: What could not be read (undecodable part, truncated body, skipped attachment ...),
    #: kept on the event so nobody mistakes a partial message for a whole one.
    problems: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    #: The language the customer wrote in, when the provider says (else inferred later).
    language: str | None = None
    #: For phone numbers without a country code: the region to read them in.
    default_region: str | None = None


@dataclass
class Outgoing:
    """A reply to deliver, as the outbox hands it to a connector."""

    outbox_id: int
    channel: str
    #: The customer's address on that channel (e-mail address, E.164 number, chat id).
    recipient: str
    body_text: str
    subject: str | None = None
    #: E-mail threading: our Message-ID for this reply (fixed before the first attempt, so a
    #: retry is recognisably the same message), and what it answers.
    message_id: str | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    sender_name: str | None = None


@dataclass
class FetchResult:
    messages: list[Inbound]
    #: Where the next fetch resumes (stored on the account after the messages are filed).
    cursor: dict[str, Any]
    #: More is waiting (a page limit was reached): fetch again without sleeping.
    more: bool = False


class Connector(Protocol):
    """A pull-based channel account. Each call is short; the sync service schedules them."""

    def test(self) -> str:
        """Connect and authenticate; a one-line description of what was reached."""

    def fetch(self, cursor: dict[str, Any]) -> FetchResult:
        """New messages since ``cursor`` ({} the first time)."""

    def send(self, message: Outgoing) -> str:
        """Deliver ``message``; the provider's id for it."""

    def close(self) -> None: ...
