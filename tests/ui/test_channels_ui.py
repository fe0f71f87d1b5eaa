"""Channels in the desktop: live arrival, the accounts dialog, the outbox and a logged call."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from agent_console.channels import accounts
from agent_console.core import conversation, identity, outbox
from agent_console.core.db import Database
from agent_console.core.models import ChannelAccount, Customer, Event, OutboxItem
from tests.channels.fake_providers import FakeTelegram
from tests.ui.conftest import make_window

TOKEN = "7000000001:AAHsEcReT-t0ken_ValUe0123456789abcd"


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    server = FakeTelegram(TOKEN)
    yield server
    server.close()


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(
        lambda: window.tasks.pending() == 0 and not window.timeline.model.is_loading(), timeout=10_000
    )


def test_a_new_message_appears_in_the_open_timeline(qtbot, demo_db: Database, telegram: FakeTelegram) -> None:
    window = make_window(qtbot, demo_db)
    wait_idle(qtbot, window)
    customer_id = window.customer_id
    assert customer_id is not None
    with demo_db.session() as s:
        identity.add_identity(s, s.get(Customer, customer_id), "telegram", "987654")
        accounts.save(
            s, name="Bot", kind="telegram", settings={"base_url": telegram.url}, secrets={"bot_token": TOKEN}
        )
    sender = {"id": 987654, "is_bot": False, "first_name": "Test"}
    telegram.add_message(sender, datetime.now(UTC) - timedelta(seconds=5), text="ახალი შეტყობინება")
    started = time.monotonic()
    window.channel_sync.sync_now()
    model = window.timeline.model
    qtbot.waitUntil(
        lambda: model.rowCount() > 0 and model.entry(0).preview == "ახალი შეტყობინება", timeout=5_000
    )
    print(f"fetched to on screen: {time.monotonic() - started:.3f} s")
    assert model.entry(0).channel == "telegram"
    qtbot.waitUntil(lambda: window.channel_button.isVisible(), timeout=5_000)
    assert window.channel_button.text() == "Channels: all working"
    window.close()


def test_accounts_dialog_tests_and_saves_with_the_token_in_the_keyring(
    qtbot, demo_db: Database, telegram: FakeTelegram, memory_keyring
) -> None:
    from agent_console.ui.accounts_dialog import AccountsDialog
    from agent_console.ui.tasks import TaskRunner

    tasks = TaskRunner(demo_db)
    dialog = AccountsDialog(tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    dialog.kind.setCurrentIndex(dialog.kind.findData("telegram"))
    dialog.name.setText("Support bot")
    token = dialog.inputs["telegram"]["bot_token"]
    assert isinstance(token, QLineEdit) and token.echoMode() == QLineEdit.EchoMode.Password
    token.setText(TOKEN)
    dialog.inputs["telegram"]["base_url"].setText(telegram.url)  # type: ignore[attr-defined]
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Connection works"), timeout=5_000)
    assert dialog.status.text() == "Connection works: Telegram bot @acme_support_bot"
    dialog.save()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved"), timeout=5_000)
    assert token.text() == ""  # never shown again
    with demo_db.session() as s:
        account = s.scalars(select(ChannelAccount)).one()
        assert (account.name, account.kind, account.settings) == (
            "Support bot",
            "telegram",
            {"base_url": telegram.url},
        )
        assert TOKEN not in str(account.settings)
    assert memory_keyring.entries == {("agent-console", f"channel-account:{account.id}:bot_token"): TOKEN}
    token.setText("7000000001:wrong-token-but-well-formed_000000000")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Connection failed"), timeout=5_000)
    assert "wrong-token" not in dialog.status.text()
    tasks.shutdown()


def test_the_outbox_dialog_lets_an_agent_confirm_an_unknown_reply(qtbot, demo_db: Database, telegram) -> None:
    from agent_console.ui.channels import OutboxDialog
    from agent_console.ui.tasks import TaskRunner

    with demo_db.session() as s:
        customer = s.scalars(select(Customer).order_by(Customer.id)).first()
        identity.add_identity(s, customer, "telegram", "555001")
        accounts.save(
            s, name="Bot", kind="telegram", settings={"base_url": telegram.url}, secrets={"bot_token": TOKEN}
        )
        interaction = conversation.log_call(
            s,
            customer.id,
            direction="in",
            started_at=datetime.now(UTC) - timedelta(hours=1),
            duration_seconds=60,
        ).interaction
        interaction.channel = "telegram"
        s.flush()
        event = conversation.send_reply(s, interaction.id, "Дякуємо", agent_id=None)
        item = s.scalars(select(OutboxItem).where(OutboxItem.event_id == event.id)).one()
        outbox.claim(s, item.id, "crashed", datetime.now(UTC) - timedelta(minutes=10))
        outbox.recover_stale(s)
        item_id = item.id
    tasks = TaskRunner(demo_db)
    dialog = OutboxDialog(tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5_000)
    assert dialog.table.item(0, 2).text() == "unknown: check"
    assert "may or may not have been delivered" in dialog.table.item(0, 5).text()
    dialog.table.selectRow(0)
    assert dialog.sent_button.isEnabled() and dialog.retry_button.isEnabled()
    dialog.sent_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5_000)
    with demo_db.session() as s:
        assert s.get(OutboxItem, item_id).status == "sent"
    tasks.shutdown()


def test_log_a_call_from_the_desk_phone(qtbot, demo_db: Database, monkeypatch) -> None:
    from agent_console.ui.channels import LogCallDialog

    window = make_window(qtbot, demo_db)
    wait_idle(qtbot, window)
    customer_id = window.customer_id

    def fill(dialog: LogCallDialog) -> int:
        dialog.direction.setCurrentIndex(1)
        dialog.minutes.setValue(4)
        dialog.seconds.setValue(30)
        dialog.notes.setPlainText("Called back about the refund; promised an e-mail by Friday.")
        return 1

    monkeypatch.setattr(LogCallDialog, "exec", fill)
    window.log_call()
    model = window.timeline.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.entry(0).kind == "call", timeout=5_000)
    entry = model.entry(0)
    assert (entry.direction, entry.duration_seconds) == ("out", 270)
    assert entry.preview == "Called back about the refund; promised an e-mail by Friday."
    with demo_db.session() as s:
        event = s.get(Event, entry.id)
        assert (event.customer_id, event.channel, event.meta["logged_by_hand"]) == (
            customer_id,
            "phone",
            True,
        )
    window.close()


def test_the_message_window_blocks_remote_images_until_asked_and_lists_attachments(
    qtbot, demo_db: Database, monkeypatch, tmp_path
) -> None:
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from threading import Thread

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    from agent_console.channels.ingest import ingest
    from agent_console.channels.mail import parse_message
    from agent_console.ui.message_view import MessageDialog
    from agent_console.ui.screenshots import sample_html_mail
    from agent_console.ui.tasks import TaskRunner

    image = QImage(4, 3, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    png = QByteArray()
    buffer = QBuffer(png)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    hits: list[str] = []

    class Images(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(png.size()))
            self.end_headers()
            self.wfile.write(bytes(png.data()))

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Images)
    Thread(target=server.serve_forever, daemon=True).start()
    pixel = f"http://127.0.0.1:{server.server_address[1]}/open.gif?u=42"
    raw = sample_html_mail(pixel)
    with demo_db.session() as s:
        ingest(s, [parse_message(raw)])
        event_id = s.scalars(select(Event.id).where(Event.external_id == "shot-html-1@example.ge")).one()
    tasks = TaskRunner(demo_db)
    dialog = MessageDialog(tasks, event_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=5_000)
    html = dialog.browser.toHtml()
    assert "alert" not in html and "თრექინგის გვერდი" in html
    assert dialog.images_button.isVisibleTo(dialog)
    assert hits == []  # nothing fetched by merely opening the message
    assert [dialog.files.item(i).text().split("  ")[0] for i in range(dialog.files.count())] == [
        "attachment-1.png",
        "courier-note.pdf",
    ]
    inline = dialog.browser.allowed["cid:photo-4417@example.ge"]  # the customer's photo shows at once
    assert (inline.width(), inline.height()) == (160, 90)
    dialog.show_images()
    qtbot.waitUntil(lambda: pixel in dialog.browser.allowed, timeout=5_000)
    assert hits == ["/open.gif?u=42"]
    assert dialog.browser.allowed[pixel].size().width() == 4
    asked: list[str] = []
    monkeypatch.setattr(
        "agent_console.ui.message_view.QMessageBox.question",
        lambda _parent, _title, text: asked.append(text) or 0,
    )
    from PySide6.QtCore import QUrl

    dialog.browser.anchorClicked.emit(QUrl("https://courier.example.net/track/4417"))
    assert asked and "https://courier.example.net/track/4417" in asked[0]
    saved = tmp_path / "saved.pdf"
    monkeypatch.setattr(
        "agent_console.ui.message_view.QFileDialog.getSaveFileName", lambda *_args: (str(saved), "")
    )
    dialog.files.setCurrentRow(1)
    dialog.save_attachment()
    qtbot.waitUntil(lambda: saved.exists() and tasks.pending() == 0, timeout=5_000)
    assert saved.read_bytes().startswith(b"%PDF-1.4")
    server.shutdown()
    server.server_close()
    tasks.shutdown()


def test_a_reply_can_leave_on_another_channel_of_the_customer(qtbot, demo_db: Database) -> None:
    window = make_window(qtbot, demo_db)
    wait_idle(qtbot, window)
    customer_id = window.customer_id
    with demo_db.session() as s:
        customer = s.get(Customer, customer_id)
        for kind, value in (("email", "pick.me@example.ge"), ("phone", "+995599000111")):
            identity.add_identity(s, customer, kind, value)
    window.composer.set_interaction(window.composer.interaction)  # reload the channels
    via = window.composer.via
    qtbot.waitUntil(lambda: via.count() > 1, timeout=5_000)
    channels = [via.itemData(i) for i in range(via.count())]
    assert channels[0] == window.composer.interaction.channel
    assert "sms" in channels and "email" in channels
    via.setCurrentIndex(via.findData("sms"))
    assert "SMS" in window.composer.header.text()
    window.composer.editor.setPlainText("Your parcel is at the pick-up point.")
    window.composer.send()
    qtbot.waitUntil(lambda: window.composer.state.text() == "Sent", timeout=5_000)
    with demo_db.session() as s:
        event = s.scalars(
            select(Event).where(Event.body_text == "Your parcel is at the pick-up point.")
        ).one()
        assert (event.channel, event.interaction_id) == ("sms", window.composer.interaction.id)
    window.close()


def test_new_mail_for_someone_else_never_moves_the_agent_away(qtbot, demo_db: Database) -> None:
    from agent_console.channels.base import Inbound
    from agent_console.channels.ingest import ingest
    from agent_console.core.models import Interaction

    window = make_window(qtbot, demo_db)
    wait_idle(qtbot, window)
    with demo_db.session() as s:
        open_customers = select(Interaction.customer_id).where(Interaction.status != "closed")
        quiet = s.scalars(select(Customer.id).where(Customer.id.not_in(open_customers)).limit(1)).one()
    window.open_customer(quiet)
    qtbot.waitUntil(lambda: window.customer_id == quiet and window.tasks.pending() == 0, timeout=5_000)
    total = window.inbox_model.total
    with demo_db.session() as s:
        ingest(
            s,
            [
                Inbound(
                    channel="email",
                    external_id="someone-else@example.net",
                    address_kind="email",
                    customer_address="someone.else@example.net",
                    occurred_at=datetime.now(UTC),
                    body_text="A new question",
                )
            ],
        )
    window.channel_sync.tick()
    qtbot.waitUntil(lambda: window.inbox_model.total == total + 1, timeout=5_000)
    wait_idle(qtbot, window)
    assert window.customer_id == quiet
    window.close()


def test_timeline_cards_show_attachments_and_unreadable_parts(qtbot, demo_db: Database) -> None:
    from PySide6.QtCore import Qt

    from agent_console.channels.ingest import ingest
    from agent_console.channels.mail import parse_message
    from agent_console.ui.screenshots import sample_html_mail

    broken = (
        b"From: nino.beridze@example.ge\r\nMessage-ID: <broken-4417@example.ge>\r\n"
        b"Subject: photo\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="never-closed"\r\n\r\n'
        b"--never-closed\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\n\xff\xfe text\r\n"
    )
    with demo_db.session() as s:
        ingest(s, [parse_message(sample_html_mail()), parse_message(broken)])
        customer = s.scalars(
            select(Event.customer_id).where(Event.external_id == "shot-html-1@example.ge")
        ).one()
    window = make_window(qtbot, demo_db)
    wait_idle(qtbot, window)
    window.open_customer(customer)
    model = window.timeline.model
    qtbot.waitUntil(lambda: window.customer_id == customer and model.rowCount() >= 2, timeout=10_000)
    rows = {model.entry(r).subject: r for r in range(model.rowCount())}
    with_files = model.entry(rows["სამაჯურს საკეტი აკლია — შეკვეთა 4417"])
    notes = window.timeline.view.delegate._notes(with_files)
    assert "2 attachments" in notes and "could not be read" not in notes
    spoken = model.data(
        model.index(rows["სამაჯურს საკეტი აკლია — შეკვეთა 4417"]), Qt.ItemDataRole.AccessibleTextRole
    )
    assert "2 attachments" in spoken
    damaged = model.entry(rows["photo"])
    assert damaged.unreadable_parts >= 1
    assert "could not be read" in window.timeline.view.delegate._notes(damaged)
    window.close()
