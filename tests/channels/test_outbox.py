"""The outbox: queued with the reply, claimed once, retried with backoff, never sent twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from agent_console.channels import accounts
from agent_console.channels.base import Inbound
from agent_console.channels.ingest import ingest
from agent_console.core import conversation, outbox
from agent_console.core.db import Database
from agent_console.core.models import Draft, Event, Interaction, OutboxItem, utcnow
from tests.factories import T0, add_agent, add_customer, add_interaction


def email_account(db: Database) -> int:
    with db.session() as s:
        return accounts.save(
            s,
            name="Support mailbox",
            kind="email",
            settings={
                "imap_host": "127.0.0.1",
                "smtp_host": "127.0.0.1",
                "username": "support",
                "from_address": "support@shop.example",
            },
            secrets={"password": "s3cret"},
        ).id


def customer_mail(db: Database) -> int:
    """A customer's e-mail, filed as a connector would; the conversation's id."""
    with db.session() as s:
        message = Inbound(
            channel="email",
            external_id="first@customer.example",
            address_kind="email",
            customer_address="nino@example.ge",
            occurred_at=T0,
            subject="Where is my order?",
            body_text="Hello",
        )
        return next(iter(ingest(s, [message]).interactions))


def test_without_an_account_a_reply_is_only_recorded(database: Database) -> None:
    interaction_id = customer_mail(database)
    with database.session() as s:
        event = conversation.send_reply(s, interaction_id, "Hi", agent_id=None)
        assert event.delivery_status == "recorded"
        assert s.scalar(select(func.count()).select_from(OutboxItem)) == 0


def test_a_reply_is_queued_with_threading_headers_in_the_same_transaction(database: Database) -> None:
    account_id = email_account(database)
    interaction_id = customer_mail(database)
    agent = add_agent(database)
    with database.session() as s:
        event = conversation.send_reply(s, interaction_id, "გამარჯობა ნინო", agent_id=agent)
        event_id = event.id
    with database.session() as s:
        item = s.scalars(select(OutboxItem)).one()
        event = s.get(Event, event_id)
        assert (item.event_id, item.account_id, item.channel) == (event_id, account_id, "email")
        assert (item.recipient, item.status, item.attempts) == ("nino@example.ge", "queued", 0)
        assert item.payload["in_reply_to"] == "first@customer.example"
        assert item.payload["references"] == ["first@customer.example"]
        assert item.payload["subject"] == "Re: Where is my order?"
        assert item.payload["message_id"].endswith("@shop.example")
        assert event.external_id == item.payload["message_id"]
        assert event.delivery_status == "queued"


def test_no_address_on_the_channel_refuses_the_reply_and_keeps_the_draft(database: Database) -> None:
    email_account(database)
    customer = add_customer(database, "Aziz", identities=(("phone", "+998901234567"),))
    interaction_id = add_interaction(database, customer, "email", messages=1)
    with database.session() as s:
        conversation.save_draft(s, interaction_id, "draft text")
    with pytest.raises(conversation.ConversationError, match="no email address"), database.session() as s:
        conversation.send_reply(s, interaction_id, "draft text", agent_id=None)
    with database.session() as s:
        assert s.get(Draft, interaction_id).body == "draft text"
        assert s.scalar(select(func.count()).select_from(Event).where(Event.direction == "out")) == 0


def queued(database: Database) -> int:
    email_account(database)
    interaction_id = customer_mail(database)
    with database.session() as s:
        conversation.send_reply(s, interaction_id, "Hi", agent_id=None)
    with database.session() as s:
        return s.scalars(select(OutboxItem.id)).one()


def test_only_one_process_claims_a_reply(database: Database) -> None:
    item_id = queued(database)
    with database.session() as s:
        assert outbox.due(s) == [item_id]
        first = outbox.claim(s, item_id, "host-a:1")
    with database.session() as s:
        second = outbox.claim(s, item_id, "host-b:2")
        assert outbox.due(s) == []
    assert first is not None and first.recipient == "nino@example.ge" and first.body_text == "Hi"
    assert second is None


def test_temporary_failures_back_off_and_honour_retry_after_then_give_up(database: Database) -> None:
    item_id = queued(database)
    now = utcnow()
    for attempt in range(1, outbox.MAX_ATTEMPTS + 1):
        with database.session() as s:
            s.get(OutboxItem, item_id).next_attempt_at = now
        with database.session() as s:
            assert outbox.claim(s, item_id, "me", now) is not None
        with database.session() as s:
            retry_after = 600 if attempt == 1 else None
            status = outbox.record_failure(
                s, item_id, "421 try later", permanent=False, retry_after=retry_after, now=now
            )
            item = s.get(OutboxItem, item_id)
            if attempt < outbox.MAX_ATTEMPTS:
                expected = 600 if attempt == 1 else min(3600, 30 * 2 ** (attempt - 1))
                assert (status, item.next_attempt_at - now) == ("queued", timedelta(seconds=expected))
    assert status == "failed"
    with database.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item.last_error == f"Gave up after {outbox.MAX_ATTEMPTS} attempts. 421 try later"
        assert s.get(Event, item.event_id).delivery_status == "failed"


def test_a_refusal_fails_at_once_and_an_agent_can_resend(database: Database) -> None:
    item_id = queued(database)
    with database.session() as s:
        outbox.claim(s, item_id, "me")
    with database.session() as s:
        assert outbox.record_failure(s, item_id, "550 no such user", permanent=True) == "failed"
    with database.session() as s:
        outbox.retry_now(s, item_id)
    with database.session() as s:
        assert outbox.due(s) == [item_id]
        assert s.get(OutboxItem, item_id).status == "queued"


def test_a_claim_left_by_a_crash_becomes_unknown_and_is_never_resent_by_itself(database: Database) -> None:
    item_id = queued(database)
    then = utcnow() - timedelta(minutes=5)
    with database.session() as s:
        assert outbox.claim(s, item_id, "crashed:1", then) is not None
    with database.session() as s:
        assert outbox.recover_stale(s, then + timedelta(minutes=1)) == 0  # still within the lease
        assert outbox.recover_stale(s) == 1
    with database.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item.status == "unknown" and "may or may not have been delivered" in item.last_error
        assert outbox.due(s, utcnow() + timedelta(days=1)) == []
        assert s.get(Event, item.event_id).delivery_status == "unknown"
        assert [r.status for r in outbox.pending(s)] == ["unknown"]
    with database.session() as s:
        outbox.mark_sent(s, item_id)
    with database.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item.status == "sent" and item.provider_id == item.payload["message_id"]
        assert outbox.pending(s) == []


def test_the_inbox_preview_shows_the_reply(database: Database) -> None:
    item_id = queued(database)
    with database.session() as s:
        item = s.get(OutboxItem, item_id)
        interaction = s.get(Interaction, s.get(Event, item.event_id).interaction_id)
        assert interaction.last_preview == "Hi"
