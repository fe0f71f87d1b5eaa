"""The sync service end to end: a real Telegram-speaking server, the real connector, the database.

Inbound updates land in the timeline; replies leave through the outbox exactly once, also when
the provider is slow, rate-limits, or the sync process is killed in the middle of a send.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from agent_console.channels import accounts
from agent_console.channels.sync import SyncService
from agent_console.core import conversation
from agent_console.core.db import Database
from agent_console.core.models import ChannelAccount, Customer, Event, Interaction, OutboxItem, utcnow
from tests.channels.fake_providers import FakeTelegram

TOKEN = "7000000001:AAHsEcReT-t0ken_ValUe0123456789abcd"
NINO = {"id": 421337, "is_bot": False, "first_name": "ნინო", "last_name": "ბერიძე", "language_code": "ka"}


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    server = FakeTelegram(TOKEN)
    yield server
    server.close()


def add_bot(db: Database, base_url: str, name: str = "Support bot") -> int:
    with db.session() as s:
        return accounts.save(
            s, name=name, kind="telegram", settings={"base_url": base_url}, secrets={"bot_token": TOKEN}
        ).id


def service(db: Database, timeout: float = 2.0) -> SyncService:
    return SyncService(db, owner="test:1", timeout=timeout)


def first_reply(db: Database, text: str = "გამარჯობა! როგორ შემიძლია დაგეხმაროთ?") -> int:
    with db.session() as s:
        interaction_id = s.scalars(select(Interaction.id)).one()
        return conversation.send_reply(s, interaction_id, text, agent_id=None).id


def test_an_update_lands_in_the_timeline_once_and_the_cursor_moves_on(
    database: Database, telegram: FakeTelegram
) -> None:
    account_id = add_bot(database, telegram.url)
    telegram.add_message(NINO, datetime(2026, 11, 20, 9, 0, tzinfo=UTC), text="გამარჯობა, შეკვეთა 4417?")
    report = service(database).run_once(force=True)
    assert (report.imported, report.errors) == (1, {})
    again = service(database).run_once(force=True)
    assert again.imported == 0
    with database.session() as s:
        customer = s.scalars(select(Customer)).one()
        event = s.scalars(select(Event)).one()
        account = s.get(ChannelAccount, account_id)
        assert (customer.display_name, customer.language) == ("ნინო ბერიძე", "ka")
        assert (event.channel, event.body_text, event.external_id) == (
            "telegram",
            "გამარჯობა, შეკვეთა 4417?",
            "421337:1",
        )
        assert account.cursor == {"offset": 500_000_002}
        assert (account.last_error, account.last_fetched) == (None, 0)
        assert account.last_success_at is not None and account.lease_owner is None


def test_a_reply_leaves_through_the_outbox_once(database: Database, telegram: FakeTelegram) -> None:
    add_bot(database, telegram.url)
    telegram.add_message(NINO, datetime(2026, 11, 20, 9, 0, tzinfo=UTC), text="hi")
    service(database).run_once(force=True)
    event_id = first_reply(database)
    report = service(database).run_once()
    assert report.sent == 1
    service(database).run_once()
    assert [(m["chat_id"], m["text"]) for m in telegram.sent] == [
        ("421337", "გამარჯობა! როგორ შემიძლია დაგეხმაროთ?")
    ]
    with database.session() as s:
        event = s.get(Event, event_id)
        item = s.scalars(select(OutboxItem)).one()
        assert (event.delivery_status, event.external_id) == ("sent", item.provider_id)
        assert (item.status, item.attempts, item.recipient) == ("sent", 1, "421337")


def test_rate_limits_wait_as_told_and_an_unanswered_send_is_never_resent(
    database: Database, telegram: FakeTelegram
) -> None:
    add_bot(database, telegram.url)
    telegram.add_message(NINO, datetime(2026, 11, 20, 9, 0, tzinfo=UTC), text="hi")
    service(database).run_once(force=True)
    first_reply(database, "one")
    telegram.fail_next(
        1,
        429,
        body={
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 120",
            "parameters": {"retry_after": 120},
        },
        match="sendMessage",
    )
    before = utcnow()
    assert service(database).run_once().retrying == 1
    with database.session() as s:
        item = s.scalars(select(OutboxItem)).one()
        assert item.status == "queued"
        assert item.next_attempt_at - before >= timedelta(seconds=120)
        item.next_attempt_at = utcnow()
    telegram.delay_next(3.0, match="sendMessage")
    report = service(database, timeout=0.5).run_once()
    assert report.unknown == 1
    service(database).run_once(now=utcnow() + timedelta(hours=1))
    with database.session() as s:
        item = s.scalars(select(OutboxItem)).one()
        assert item.status == "unknown" and "may have received it" in item.last_error
    assert len([p for p in telegram.paths() if p.endswith("sendMessage")]) == 2
    assert telegram.sent == []


def test_one_broken_account_does_not_stop_the_others(database: Database, telegram: FakeTelegram) -> None:
    add_bot(database, "http://127.0.0.1:9", name="Gone bot")
    add_bot(database, telegram.url)
    telegram.add_message(NINO, datetime(2026, 11, 20, 9, 0, tzinfo=UTC), text="hi")
    report = service(database, timeout=0.5).run_once(force=True)
    assert report.imported == 1
    assert list(report.errors) == ["Gone bot"]
    with database.session() as s:
        broken = s.scalars(select(ChannelAccount).where(ChannelAccount.name == "Gone bot")).one()
        assert broken.last_error.startswith("Cannot reach 127.0.0.1")
        assert TOKEN not in broken.last_error


def test_a_missing_secret_names_where_to_put_it(
    database: Database, telegram: FakeTelegram, memory_keyring
) -> None:
    account_id = add_bot(database, telegram.url)
    memory_keyring.entries.clear()
    report = service(database).run_once(force=True)
    assert report.errors["Support bot"].startswith("The account 'Support bot' has no bot_token")
    assert f"AGENT_CONSOLE_SECRET_{account_id}_BOT_TOKEN" in report.errors["Support bot"]


def test_a_sync_process_killed_mid_send_leaves_the_reply_unknown_not_resent(
    sqlite_database: Database, telegram: FakeTelegram, tmp_path
) -> None:
    database = sqlite_database
    account_id = add_bot(database, telegram.url)
    telegram.add_message(NINO, datetime(2026, 11, 20, 9, 0, tzinfo=UTC), text="hi")
    service(database).run_once(force=True)
    first_reply(database, "the one and only")
    telegram.delay_next(30.0, match="sendMessage")  # the provider got it; its answer never comes
    env = {**os.environ, f"AGENT_CONSOLE_SECRET_{account_id}_BOT_TOKEN": TOKEN}
    process = subprocess.Popen(
        [sys.executable, "-m", "agent_console", "sync", "--once", "--db", str(database.engine.url)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 20
        while not any(p.endswith("sendMessage") for p in telegram.paths()):
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail(f"the sync process never tried to send: {process.communicate()[0].decode()}")
            time.sleep(0.05)
        with database.session() as s:
            assert s.scalars(select(OutboxItem.status)).one() == "sending"
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=10)
    assert service(database).run_once().sent == 0  # within the lease: left alone
    report = service(database).run_once(now=utcnow() + timedelta(minutes=5))
    assert (report.unknown, report.sent) == (1, 0)
    service(database).run_once(now=utcnow() + timedelta(hours=2))
    with database.session() as s:
        item = s.scalars(select(OutboxItem)).one()
        assert item.status == "unknown"
        assert s.get(Event, item.event_id).delivery_status == "unknown"
    assert len([p for p in telegram.paths() if p.endswith("sendMessage")]) == 1
