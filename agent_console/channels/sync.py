"""Running the connectors: fetch what is new, file it, deliver the outbox.

One :class:`SyncService` serves both ways the app runs:

- **desktop, alone**: the main window calls :meth:`SyncService.run_once` on its background
  runner every few seconds (accounts are fetched when their poll interval is up);
- **team**: ``agent-console sync`` runs :meth:`run_forever` headless against the shared
  database, so one process syncs for everyone.  Leases on accounts and claims on outbox rows
  keep two processes from fetching the same account or sending the same reply.

A fetch's messages and the account's new cursor are committed together: after a crash the
next fetch resumes where the last *filed* one ended (nothing lost, nothing twice).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update

from agent_console.channels import accounts
from agent_console.channels.base import (
    ChannelError,
    Connector,
    Outgoing,
    PermanentError,
    TransientError,
    UncertainError,
)
from agent_console.channels.ingest import IngestSummary, ingest
from agent_console.channels.secrets import SecretStoreError
from agent_console.core import outbox
from agent_console.core.db import Database
from agent_console.core.models import ChannelAccount, utcnow

log = logging.getLogger(__name__)

#: Fetch rounds per account per run when the connector says more is waiting.
MAX_ROUNDS = 20
LEASE = timedelta(minutes=10)
#: How often the outbox is looked at when nothing else wakes the service.
OUTBOX_TICK_SECONDS = 5.0

ConnectorFactory = Callable[[ChannelAccount], Connector]


@dataclass
class SyncReport:
    fetched: dict[str, IngestSummary] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    unknown: int = 0

    @property
    def interactions(self) -> set[int]:
        found: set[int] = set()
        for summary in self.fetched.values():
            found |= summary.interactions
        return found

    @property
    def imported(self) -> int:
        return sum(s.imported for s in self.fetched.values())


class SyncService:
    def __init__(
        self,
        db: Database,
        *,
        owner: str | None = None,
        timeout: float = 30.0,
        connector_factory: ConnectorFactory | None = None,
    ) -> None:
        self.db = db
        self.owner = owner or outbox.default_owner()
        self.timeout = timeout
        self._factory = connector_factory or (
            lambda account: accounts.connector_for(account, timeout=timeout)
        )

    # --- one pass ---------------------------------------------------------------------

    def run_once(self, *, force: bool = False, now: datetime | None = None) -> SyncReport:
        """Fetch every account that is due (all enabled ones with ``force``), then the outbox."""
        report = SyncReport()
        with self.db.session() as session:
            report.unknown = outbox.recover_stale(session, now)
        for account_id in self._due_accounts(force, now):
            self.fetch_account(account_id, report)
        self.deliver_due(report, now)
        return report

    def _due_accounts(self, force: bool, now: datetime | None) -> list[int]:
        now = now or utcnow()
        with self.db.session() as session:
            rows = session.execute(
                select(ChannelAccount.id, ChannelAccount.poll_seconds, ChannelAccount.last_attempt_at)
                .where(ChannelAccount.enabled.is_(True))
                .order_by(ChannelAccount.id)
            ).all()
        return [
            account_id
            for account_id, poll, last in rows
            if force or last is None or last + timedelta(seconds=poll) <= now
        ]

    def fetch_account(self, account_id: int, report: SyncReport | None = None) -> IngestSummary | None:
        report = report if report is not None else SyncReport()
        if not self._lease(account_id):
            return None  # another sync process is fetching it
        try:
            return self._fetch(account_id, report)
        finally:
            self._release(account_id)

    def _fetch(self, account_id: int, report: SyncReport) -> IngestSummary | None:
        with self.db.session() as session:
            account = session.get(ChannelAccount, account_id)
            if account is None:
                return None
            name, queue, cursor = account.name, account.queue, dict(account.cursor or {})
            account.last_attempt_at = utcnow()
        total = IngestSummary()
        connector: Connector | None = None
        try:
            connector = self._factory(account)  # its settings were loaded above (no expiry on commit)
            for _ in range(MAX_ROUNDS):
                result = connector.fetch(cursor)
                with self.db.session() as session:
                    summary = ingest(session, result.messages, queue=queue, source=name)
                    account = session.get(ChannelAccount, account_id)
                    assert account is not None
                    account.cursor = result.cursor
                    account.last_success_at = utcnow()
                    account.last_error = None
                    account.last_fetched = total.imported + summary.imported
                total.add(summary)
                cursor = result.cursor
                if not result.more:
                    break
        except (ChannelError, SecretStoreError, accounts.AccountError) as exc:
            self._record_error(account_id, str(exc) or type(exc).__name__)
            report.errors[name] = str(exc)
            log.warning("sync of account %s failed: %s", name, exc)
        except Exception as exc:  # a connector bug must not stop the other accounts
            log.exception("sync of account %s failed unexpectedly", name)
            message = f"Unexpected error ({type(exc).__name__}); details are in the log."
            self._record_error(account_id, message)
            report.errors[name] = message
        finally:
            if connector is not None:
                connector.close()
        report.fetched[name] = total
        return total

    def _record_error(self, account_id: int, message: str) -> None:
        with self.db.session() as session:
            account = session.get(ChannelAccount, account_id)
            if account is not None:
                account.last_error = message[:2000]

    def _lease(self, account_id: int) -> bool:
        now = utcnow()
        with self.db.session() as session:
            taken = session.execute(
                update(ChannelAccount)
                .where(
                    ChannelAccount.id == account_id,
                    or_(
                        ChannelAccount.lease_until.is_(None),
                        ChannelAccount.lease_until < now,
                        ChannelAccount.lease_owner == self.owner,
                    ),
                )
                .values(lease_owner=self.owner, lease_until=now + LEASE)
                .execution_options(synchronize_session=False)
            ).rowcount
        return taken == 1

    def _release(self, account_id: int) -> None:
        with self.db.session() as session:
            session.execute(
                update(ChannelAccount)
                .where(ChannelAccount.id == account_id, ChannelAccount.lease_owner == self.owner)
                .values(lease_owner=None, lease_until=None)
                .execution_options(synchronize_session=False)
            )

    # --- the outbox -------------------------------------------------------------------

    def deliver_due(self, report: SyncReport | None = None, now: datetime | None = None) -> SyncReport:
        report = report if report is not None else SyncReport()
        with self.db.session() as session:
            ids = outbox.due(session, now)
        connectors: dict[int, Connector] = {}
        try:
            for item_id in ids:
                self._deliver(item_id, connectors, report)
        finally:
            for connector in connectors.values():
                connector.close()
        return report

    def _deliver(self, item_id: int, connectors: dict[int, Connector], report: SyncReport) -> None:
        with self.db.session() as session:  # committed before the provider is called
            claimed = outbox.claim(session, item_id, self.owner)
        if claimed is None:
            return
        try:
            connector = self._connector(claimed.account_id, connectors)
            provider_id = connector.send(_outgoing(claimed))
        except PermanentError as exc:
            self._failed(item_id, str(exc), permanent=True, report=report)
            return
        except UncertainError as exc:
            with self.db.session() as session:
                outbox.record_uncertain(session, item_id, str(exc))
            report.unknown += 1
            log.warning("outbox item %s may or may not have been delivered: %s", item_id, exc)
            return
        except TransientError as exc:
            self._failed(item_id, str(exc), permanent=False, retry_after=exc.retry_after, report=report)
            return
        except (ChannelError, SecretStoreError, accounts.AccountError) as exc:
            # Settings or credentials: retried with backoff, so fixing them lets the reply go.
            self._failed(item_id, str(exc), permanent=False, report=report)
            return
        except Exception as exc:
            log.exception("delivering outbox item %s failed unexpectedly", item_id)
            self._failed(item_id, f"Unexpected error ({type(exc).__name__})", permanent=False, report=report)
            return
        with self.db.session() as session:
            outbox.record_sent(session, item_id, provider_id)
        report.sent += 1

    def _connector(self, account_id: int | None, connectors: dict[int, Connector]) -> Connector:
        if account_id is None:
            raise PermanentError("The channel account of this reply was removed.")
        if account_id not in connectors:
            with self.db.session() as session:
                account = session.get(ChannelAccount, account_id)
                if account is None:
                    raise PermanentError("The channel account of this reply was removed.")
                if not account.enabled:
                    raise ChannelError(f"The account '{account.name}' is disabled.")
                connectors[account_id] = self._factory(account)
        return connectors[account_id]

    def _failed(
        self,
        item_id: int,
        message: str,
        *,
        permanent: bool,
        report: SyncReport,
        retry_after: float | None = None,
    ) -> None:
        with self.db.session() as session:
            status = outbox.record_failure(
                session, item_id, message, permanent=permanent, retry_after=retry_after
            )
        if status == "failed":
            report.failed += 1
        else:
            report.retrying += 1
        log.warning("outbox item %s not sent (%s): %s", item_id, status, message)

    # --- headless ---------------------------------------------------------------------

    def seconds_until_due(self, now: datetime | None = None) -> float:
        now = now or utcnow()
        with self.db.session() as session:
            rows = session.execute(
                select(ChannelAccount.poll_seconds, ChannelAccount.last_attempt_at).where(
                    ChannelAccount.enabled.is_(True)
                )
            ).all()
        waits = [OUTBOX_TICK_SECONDS]
        for poll, last in rows:
            waits.append(0.0 if last is None else (last + timedelta(seconds=poll) - now).total_seconds())
        return max(0.0, min(waits))

    def run_forever(
        self, stop: threading.Event, on_report: Callable[[SyncReport], None] | None = None
    ) -> None:
        while not stop.is_set():
            report = self.run_once()
            if on_report is not None:
                on_report(report)
            stop.wait(max(0.5, self.seconds_until_due()))


def _outgoing(claimed: outbox.Claimed) -> Outgoing:
    payload = claimed.payload
    return Outgoing(
        outbox_id=claimed.id,
        channel=claimed.channel,
        recipient=claimed.recipient,
        body_text=claimed.body_text,
        subject=payload.get("subject"),
        message_id=payload.get("message_id"),
        in_reply_to=payload.get("in_reply_to"),
        references=list(payload.get("references") or []),
        sender_name=claimed.sender_name or None,
    )
