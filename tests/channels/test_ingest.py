"""Filing inbound messages: the right customer, the right conversation, once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from agent_console import paths
from agent_console.channels.base import AttachmentData, Inbound
from agent_console.channels.ingest import ingest
from agent_console.core import attachments
from agent_console.core.db import Database
from agent_console.core.models import Attachment, AttachmentContent, Customer, Event, Identity, Interaction

T = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def mail(external_id: str, sender: str = "nino@example.ge", *, at: datetime = T, **kw) -> Inbound:
    fields = {"subject": "Order 4417", "body_text": f"body of {external_id}", "customer_name": "ნინო ბერიძე"}
    fields.update(kw)
    return Inbound(
        channel="email",
        external_id=external_id,
        address_kind="email",
        customer_address=sender,
        occurred_at=at,
        **fields,
    )


def file(db: Database, *messages: Inbound, history: bool = False):
    with db.session() as s:
        return ingest(s, list(messages), history=history, source="test")


def interactions(db: Database) -> list[Interaction]:
    with db.session() as s:
        return list(s.scalars(select(Interaction).order_by(Interaction.id)))


def test_unknown_sender_becomes_a_customer_with_an_open_unread_conversation(database: Database) -> None:
    summary = file(database, mail("a@x"))
    assert (summary.imported, summary.skipped, summary.customers_created) == (1, 0, 1)
    with database.session() as s:
        customer = s.scalars(select(Customer)).one()
        assert customer.display_name == "ნინო ბერიძე"
        assert customer.last_activity_at == T
        ident = s.scalars(select(Identity)).one()
        assert (ident.kind, ident.value, ident.customer_id) == ("email", "nino@example.ge", customer.id)
        interaction = s.scalars(select(Interaction)).one()
        assert (interaction.status, interaction.unread, interaction.identity_id) == ("open", True, ident.id)
        assert interaction.subject == "Order 4417"
        assert interaction.last_preview == "body of a@x"
        event = s.scalars(select(Event)).one()
        assert (event.external_id, event.direction, event.author_name) == ("a@x", "in", "ნინო ბერიძე")


def test_filing_twice_adds_nothing_and_duplicates_in_one_batch_are_skipped(database: Database) -> None:
    file(database, mail("a@x"), mail("a@x"))
    summary = file(database, mail("a@x"), mail("b@x", at=T + timedelta(hours=1)))
    assert (summary.imported, summary.skipped) == (1, 1)
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == 2


def test_replies_thread_by_message_ids_and_a_closed_thread_starts_a_new_contact(database: Database) -> None:
    file(database, mail("root@x"))
    file(database, mail("other@x", sender="giorgi@example.ge", at=T + timedelta(minutes=5)))
    file(database, mail("reply@x", at=T + timedelta(hours=1), thread_keys=["root@x"]))
    first, second = interactions(database)
    with database.session() as s:
        ids = dict(s.execute(select(Event.external_id, Event.interaction_id)).all())
    assert ids == {"root@x": first.id, "other@x": second.id, "reply@x": first.id}
    with database.session() as s:
        s.get(Interaction, first.id).status = "closed"
        s.get(Interaction, first.id).closed_at = T + timedelta(hours=2)
    file(database, mail("late@x", at=T + timedelta(days=2), thread_keys=["reply@x", "root@x"]))
    third = interactions(database)[-1]
    assert third.id not in (first.id, second.id)
    assert (third.status, third.customer_id) == ("open", first.customer_id)


def test_an_unthreaded_message_joins_the_open_conversation_on_the_same_channel(database: Database) -> None:
    file(database, mail("a@x"))
    file(database, mail("b@x", at=T + timedelta(hours=3), subject="Another thing"))
    sms = Inbound(
        channel="sms",
        external_id="SM1",
        address_kind="phone",
        customer_address="+995 599 12 34 56",
        occurred_at=T + timedelta(hours=4),
        body_text="გამარჯობა",
    )
    file(database, sms)
    rows = interactions(database)
    assert [(i.channel, i.last_preview) for i in rows] == [("email", "body of b@x"), ("sms", "გამარჯობა")]


def test_whatsapp_and_sms_from_one_number_are_one_customer(database: Database) -> None:
    def msg(channel: str, kind: str, external_id: str) -> Inbound:
        return Inbound(
            channel=channel,
            external_id=external_id,
            address_kind=kind,
            customer_address="+97455123456",
            occurred_at=T,
            body_text="hi",
        )

    file(database, msg("sms", "phone", "SM1"), msg("whatsapp", "whatsapp", "SM2"))
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
        assert s.scalar(select(func.count()).select_from(Identity)) == 2


def test_old_history_is_filed_closed_and_recent_history_open(database: Database) -> None:
    now = datetime.now(UTC)
    old = mail("old@x", at=now - timedelta(days=400))
    old_reply = mail("old-reply@x", at=now - timedelta(days=399), thread_keys=["old@x"])
    recent = mail("new@x", sender="eleni@example.gr", at=now - timedelta(days=1))
    file(database, old, old_reply, recent, history=True)
    rows = interactions(database)
    assert [(i.status, i.unread) for i in rows] == [("closed", False), ("open", True)]
    assert rows[0].closed_at == now - timedelta(days=399)
    with database.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(Event).where(Event.interaction_id == rows[0].id)) == 2
        )


def test_an_older_message_arriving_late_does_not_replace_the_preview(database: Database) -> None:
    file(database, mail("new@x", at=T + timedelta(hours=2)))
    file(database, mail("old@x", at=T))
    (row,) = interactions(database)
    assert (row.last_preview, row.last_activity_at, row.opened_at) == (
        "body of new@x",
        T + timedelta(hours=2),
        T,
    )


def test_attachments_are_stored_once_by_content_in_the_database(database: Database) -> None:
    pdf = AttachmentData("ინვოისი.pdf", "application/pdf", b"%PDF-1.7 invoice")
    photo = AttachmentData("photo.png", "image/png", b"\x89PNG fake", content_id="photo@x")
    file(database, mail("a@x", attachments=[pdf, photo]), mail("b@x", attachments=[pdf]))
    file(database, mail("c@x", attachments=[pdf]))  # a later batch: the content is there already
    with database.session() as s:
        rows = s.scalars(select(Attachment).order_by(Attachment.id)).all()
        assert [(a.filename, a.size_bytes, a.content_id) for a in rows] == [
            ("ინვოისი.pdf", 16, None),
            ("photo.png", 9, "photo@x"),
            ("ინვოისი.pdf", 16, None),
            ("ინვოისი.pdf", 16, None),
        ]
        assert s.scalar(select(func.count()).select_from(AttachmentContent)) == 2
        assert attachments.content(s, rows[3].id) == b"%PDF-1.7 invoice"
        first = s.scalars(select(Event).where(Event.external_id == "a@x")).one()
        assert first.meta["attachments"] == 2  # what the timeline card shows
        assert attachments.inline_images(s, first.id) == {"cid:photo@x": b"\x89PNG fake"}
    assert not paths.attachments_dir().exists()  # nothing on this machine's disk


def test_an_unusable_address_is_a_recorded_failure_not_a_crash(database: Database) -> None:
    summary = file(database, mail("a@x", sender="not an address"), mail("b@x"))
    assert summary.imported == 1
    assert [(f.source, "not an e-mail address" in f.reason) for f in summary.failed] == [("test", True)]


def test_problems_are_kept_on_the_event(database: Database) -> None:
    summary = file(database, mail("a@x", problems=["part 2: undecodable bytes shown as �"]))
    assert summary.partial == 1
    with database.session() as s:
        assert s.scalars(select(Event.meta)).one()["problems"] == ["part 2: undecodable bytes shown as �"]
