"""Channel accounts: creating and changing them, their connectors, their status.

Settings live in the database (shared by a team); secrets in the keyring (see
:mod:`secrets`).  Required settings are checked here so a typo gets a message naming the
field, not a stack trace from the connector.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent_console.channels import secrets as secret_store
from agent_console.channels.base import Connector
from agent_console.core.models import AccountKind, ChannelAccount, OutboxItem, OutboxStatus

#: kind -> (module, class) of its connector, imported only when an account of that kind runs.
CONNECTORS = {
    AccountKind.EMAIL.value: ("agent_console.channels.email", "EmailConnector"),
    AccountKind.TWILIO.value: ("agent_console.channels.twilio", "TwilioConnector"),
    AccountKind.TELEGRAM.value: ("agent_console.channels.telegram", "TelegramConnector"),
}
REQUIRED = {
    AccountKind.EMAIL.value: ("imap_host", "smtp_host", "username", "from_address"),
    AccountKind.TWILIO.value: ("account_sid",),
    AccountKind.TELEGRAM.value: (),
}
REQUIRED_SECRETS = {
    AccountKind.EMAIL.value: ("password",),
    AccountKind.TWILIO.value: ("auth_token",),
    AccountKind.TELEGRAM.value: ("bot_token",),
}
MIN_POLL_SECONDS = 10


class AccountError(ValueError):
    """Settings that cannot work; the message names the field."""


def validate(kind: str, settings: dict[str, Any], poll_seconds: int) -> None:
    if kind not in CONNECTORS:
        raise AccountError(f"Unknown account kind '{kind}' (expected one of {', '.join(CONNECTORS)}).")
    missing = [name for name in REQUIRED[kind] if not str(settings.get(name) or "").strip()]
    if missing:
        raise AccountError(f"Missing setting: {', '.join(missing)}.")
    if poll_seconds < MIN_POLL_SECONDS:
        raise AccountError(f"Poll interval must be at least {MIN_POLL_SECONDS} seconds.")
    base_url = str(settings.get("base_url") or "")
    if base_url and not base_url.startswith(("http://", "https://")):
        raise AccountError(f"Base URL must start with http:// or https:// (got '{base_url}').")
    if kind == AccountKind.TWILIO.value and not (settings.get("numbers") or settings.get("whatsapp_numbers")):
        raise AccountError("Add at least one SMS or WhatsApp number of the Twilio account.")


def save(
    session: Session,
    *,
    name: str,
    kind: str,
    settings: dict[str, Any],
    secrets: dict[str, str] | None = None,
    poll_seconds: int = 60,
    queue: str = "general",
    enabled: bool = True,
    account_id: int | None = None,
) -> ChannelAccount:
    """Create or change an account; secrets given (non-empty) replace the stored ones."""
    validate(kind, settings, poll_seconds)
    if any(str(v).strip() and k in secret_store.FIELDS.get(kind, ()) for k, v in settings.items()):
        raise AccountError("Secrets belong in the secrets argument, never in settings.")
    name = name.strip()
    if not name:
        raise AccountError("Give the account a name.")
    clash = session.scalar(select(ChannelAccount.id).where(ChannelAccount.name == name))
    if clash is not None and clash != account_id:
        raise AccountError(f"An account named '{name}' exists already.")
    account = session.get(ChannelAccount, account_id) if account_id else None
    if account is None:
        account = ChannelAccount(kind=kind, cursor={})
        session.add(account)
    elif account.kind != kind:
        raise AccountError("The kind of an existing account cannot change; add a new account.")
    account.name = name
    account.settings = dict(settings)
    account.poll_seconds = poll_seconds
    account.queue = queue or "general"
    account.enabled = enabled
    session.flush()
    for field, value in (secrets or {}).items():
        if value:
            secret_store.store(account.id, field, value)
    return account


def missing_secrets(account: ChannelAccount) -> list[str]:
    return [f for f in REQUIRED_SECRETS[account.kind] if not secret_store.get(account.id, f)]


def remove(session: Session, account_id: int) -> bool:
    """Delete an account and its secrets; one with replies still in its outbox is only disabled."""
    account = session.get(ChannelAccount, account_id)
    if account is None:
        return False
    waiting = session.scalar(
        select(func.count())
        .select_from(OutboxItem)
        .where(OutboxItem.account_id == account_id, OutboxItem.status != OutboxStatus.SENT.value)
    )
    if waiting:
        account.enabled = False
        return False
    session.execute(
        OutboxItem.__table__.update().where(OutboxItem.account_id == account_id).values(account_id=None)
    )
    secret_store.forget(account.id, account.kind)
    session.delete(account)
    return True


def connector_for(account: ChannelAccount, *, timeout: float = 30.0) -> Connector:
    missing = missing_secrets(account)
    if missing:
        where = ", ".join(secret_store.env_name(account.id, f) for f in missing)
        raise AccountError(
            f"The account '{account.name}' has no {' or '.join(missing)}: enter it in Settings → Channels "
            f"(a headless sync service reads {where})."
        )
    return connector_from(
        account.kind, dict(account.settings), secret_store.load(account.id, account.kind), timeout
    )


def connector_from(
    kind: str, settings: dict[str, Any], secrets: dict[str, str], timeout: float = 30.0
) -> Connector:
    """A connector for settings not saved yet (the dialog's "Test connection")."""
    module_name, class_name = CONNECTORS[kind]
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls(settings, secrets, timeout=timeout)


@dataclass(frozen=True)
class AccountStatus:
    id: int
    name: str
    kind: str
    enabled: bool
    poll_seconds: int
    last_attempt_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    last_fetched: int

    @property
    def ok(self) -> bool:
        return self.last_error is None


def statuses(session: Session) -> list[AccountStatus]:
    rows = session.scalars(select(ChannelAccount).order_by(ChannelAccount.name)).all()
    return [
        AccountStatus(
            a.id,
            a.name,
            a.kind,
            a.enabled,
            a.poll_seconds,
            a.last_attempt_at,
            a.last_success_at,
            a.last_error,
            a.last_fetched,
        )
        for a in rows
    ]
