"""Render the main screens offscreen to PNG: for docs, and to look at every UI language."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import func, select

from agent_console.core import agents
from agent_console.core.db import Database
from agent_console.settings import Settings


def settle(window: QWidget, tasks: object, timeout: float = 10.0) -> None:
    """Let queued background work finish and the UI catch up."""
    deadline = time.monotonic() + timeout
    idle_rounds = 0
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        busy = getattr(tasks, "pending", lambda: 0)()
        idle_rounds = idle_rounds + 1 if not busy else 0
        if idle_rounds >= 5:
            return
        time.sleep(0.01)


def _grab(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path))
    return path


def _dialog_shot(window: QWidget, dialog: QDialog, path: Path, tasks: object) -> Path:
    dialog.show()
    settle(window, tasks)
    shot = _grab(dialog, path)
    dialog.close()
    return shot


def _informal_draft(context: object) -> str:
    """A sample draft that breaks the customer's etiquette, in their language when rules exist."""
    from agent_console.core.culture import reference

    language = getattr(context, "language", None)
    rules = reference.rules_for(language)
    if rules is not None and rules.examples.get("informal"):
        return rules.examples["informal"][0] + " !!!"
    return "ok, your ORDER IS LATE!!! see the SLA"


def render_all(outdir: str, lang: str = "en", db_url: str | None = None) -> list[Path]:
    from agent_console.ui import i18n
    from agent_console.ui.app import make_application, open_database
    from agent_console.ui.help import ShortcutsDialog
    from agent_console.ui.main_window import MainWindow
    from agent_console.ui.merge_dialog import MergeDialog

    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    scratch = None
    if db_url is None:
        scratch = tempfile.TemporaryDirectory(prefix="agent-console-shots-")
        os.environ.setdefault("AGENT_CONSOLE_HOME", scratch.name)
        # Screens show channel accounts with made-up servers: never try to reach them.
        os.environ.setdefault("AGENT_CONSOLE_SYNC", "0")
        db_url = f"sqlite:///{scratch.name}/demo.sqlite3"
    app: QApplication = make_application()
    i18n.install(app, lang)
    database: Database = open_database(db_url, demo_mode=True)
    with database.session() as session:
        agent = agents.ensure_agent(session, None, "Agent")
        session.expunge(agent)
    settings = Settings()
    window = MainWindow(database, agent, settings)
    window.resize(1440, 900)
    window.show()
    settle(window, window.tasks)
    files: list[Path] = []
    suffix = f"_{lang}"
    # 1. The agent desk on the newest conversation.
    files.append(_grab(window, out / f"main{suffix}.png"))
    # 2. A conversation with a long e-mail expanded, if the inbox has one.
    for row in range(window.inbox_model.rowCount()):
        if window.inbox_model.items[row].channel == "email":
            window.inbox_view.setCurrentIndex(window.inbox_model.index(row))
            settle(window, window.tasks)
            model = window.timeline.model
            for entry_row in range(model.rowCount()):
                entry = model.entry(entry_row)
                if entry is not None and entry.body_length > 400:
                    window.timeline.view.setCurrentIndex(model.index(entry_row))
                    window.timeline.view._toggle(entry_row)
                    break
            settle(window, window.tasks)
            files.append(_grab(window, out / f"email{suffix}.png"))
            break
    # 3. A draft with check warnings (an informal, greeting-less reply in the customer's language).
    window.inbox_view.setCurrentIndex(window.inbox_model.index(0))
    settle(window, window.tasks)
    window.composer.editor.setPlainText(_informal_draft(window.composer.checks.context))
    window.composer.checks.check_now(window.composer.editor.toPlainText())
    settle(window, window.tasks)
    files.append(_grab(window, out / f"draft_checks{suffix}.png"))
    window.composer.editor.clear()
    settle(window, window.tasks)
    # 4. Customer search.
    window.search.setText("a")
    QTimer.singleShot(0, lambda: None)
    settle(window, window.tasks)
    time.sleep(0.2)
    settle(window, window.tasks)
    files.append(_grab(window, out / f"search{suffix}.png"))
    window.search.clear()
    settle(window, window.tasks)
    # 5. Wrapping up the newest conversation: a disposition by hotkey, a reason, a follow-up.
    window.inbox_view.setCurrentIndex(window.inbox_model.index(0))
    settle(window, window.tasks)
    window.begin_wrap_up()
    settle(window, window.tasks)
    if window.wrapup.target is not None:
        window.wrapup.select_disposition("callback")
        window.wrapup.reason.setCurrentIndex(min(3, window.wrapup.reason.count() - 1))
        window.wrapup.csat.setValue(4)
        window.wrapup.follow_box.setChecked(True)
        settle(window, window.tasks)
        files.append(_grab(window, out / f"wrapup{suffix}.png"))
        window.wrapup.back_requested.emit()
        settle(window, window.tasks)
    # 6. Follow-ups due.
    window.show_follow_ups()
    settle(window, window.tasks)
    files.append(_grab(window, out / f"followups{suffix}.png"))
    window.left_tabs.setCurrentIndex(0)
    # 7. The KPI dashboard over the last 12 months, and the contacts behind its CSAT.
    window.open_dashboard()
    dashboard = window.dashboard
    assert dashboard is not None
    dashboard.resize(1440, 900)
    dashboard.period.setCurrentIndex(dashboard.period.findData("365d"))
    settle(dashboard, window.tasks)
    files.append(_grab(dashboard, out / f"dashboard{suffix}.png"))
    drill = dashboard.drill("csat")
    if drill is not None:
        settle(drill, window.tasks)
        files.append(_grab(drill, out / f"drill{suffix}.png"))
        drill.close()
    dashboard.close()
    # 8. A supervisor's review: queue, the conversation, the scorecard.
    from agent_console.core.models import Agent
    from agent_console.ui.review import ReviewWindow

    with database.session() as session:
        supervisor = session.scalar(select(Agent.id).where(Agent.role == "supervisor").limit(1))
    if supervisor is not None:
        review = ReviewWindow(window.tasks, supervisor, window)
        review.resize(1440, 900)
        review.show()
        settle(review, window.tasks)
        if review.items:
            review.queue.setCurrentCell(0, 0)
            settle(review, window.tasks)
        files.append(_grab(review, out / f"review{suffix}.png"))
        if len(review.items) >= 2:
            compare = review.compare_interactions(
                review.items[0].interaction_id, review.items[1].interaction_id
            )
            compare.resize(1440, 900)
            settle(compare, window.tasks)
            files.append(_grab(compare, out / f"compare{suffix}.png"))
            compare.close()
        editor = review.edit_scorecard()
        editor.resize(1100, 700)
        settle(editor, window.tasks)
        if editor.tree.topLevelItemCount():
            editor.tree.setCurrentItem(editor.tree.topLevelItem(1).child(1))
        files.append(_grab(editor, out / f"scorecard_editor{suffix}.png"))
        editor.close()
        review.close()
    # 9. An agent's coaching: reviews, trend, notes, exemplars (the most reviewed demo agent).
    from agent_console.core.models import Review
    from agent_console.ui.coaching_view import CoachingWindow

    with database.session() as session:
        reviewed = session.scalar(
            select(Review.agent_id).group_by(Review.agent_id).order_by(func.count().desc()).limit(1)
        )
    if reviewed is not None:
        coaching = CoachingWindow(window.tasks, reviewed, window)
        coaching.resize(1200, 800)
        coaching.show()
        settle(coaching, window.tasks)
        files.append(_grab(coaching, out / f"coaching{suffix}.png"))
        coaching.close()
    # 10. Channels: accounts, the outbox, a formatted e-mail with an attachment, a logged call.
    files.extend(_channel_shots(window, database, out, suffix))
    # 11. Training: the library, a console mid-session, the trainer's side, the debrief, the editor.
    files.extend(_training_shots(window, out, suffix))
    # 12. Keyboard shortcuts and the merge dialog.
    files.append(
        _dialog_shot(
            window, ShortcutsDialog(window.actions(), window), out / f"shortcuts{suffix}.png", window.tasks
        )
    )
    if window.customer_id is not None:
        dialog = MergeDialog(window.tasks, window.customer_id, window.customer_name, window)
        dialog.query.setText(window.customer_name.split()[0] if window.customer_name else "a")
        time.sleep(0.3)
        files.append(_dialog_shot(window, dialog, out / f"merge{suffix}.png", window.tasks))
    window.close()
    database.close()
    if scratch is not None:
        scratch.cleanup()
    return files


def sample_html_mail(pixel: str = "https://tracker.example.net/open.gif?u=42") -> bytes:
    """A customer's formatted e-mail: an inline photo, a tracking pixel, a link, a script, a PDF."""
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["From"] = "ნინო ბერიძე <nino.beridze@example.ge>"
    mail["To"] = "support@shop.example"
    mail["Subject"] = "სამაჯურს საკეტი აკლია — შეკვეთა 4417"
    mail["Date"] = "Mon, 23 Nov 2026 09:12:00 +0400"
    mail["Message-ID"] = "<shot-html-1@example.ge>"
    mail.set_content("გამარჯობა,\n\nშეკვეთა 4417: სამაჯური საკეტის გარეშე მოვიდა.\n\nნინო")
    mail.add_alternative(
        "<html><body><p>გამარჯობა,</p><p>შეკვეთა <b>4417</b>: სამაჯური <i>საკეტის გარეშე</i> მოვიდა. "
        "ფოტო და კურიერის შენიშვნა თან ერთვის.</p>"
        '<p><img src="cid:photo-4417@example.ge" alt="ფოტო"></p>'
        f'<img src="{pixel}" width="1" height="1">'
        '<p><a href="https://courier.example.net/track/4417">თრექინგის გვერდი</a></p>'
        "<script>alert('x')</script><p style=\"color:#555\">ნინო</p></body></html>",
        subtype="html",
    )
    html_part = mail.get_payload()[1]
    html_part.add_related(
        _sample_png(160, 90), maintype="image", subtype="png", cid="<photo-4417@example.ge>"
    )
    mail.add_attachment(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
        maintype="application",
        subtype="pdf",
        filename="courier-note.pdf",
    )
    return bytes(mail)


def _wait(condition: object, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.01)
    return False


def _training_shots(window: object, out: Path, suffix: str) -> list[Path]:
    """A scripted session on the Georgian WhatsApp dispute, its debrief, a live session, the editor."""
    from agent_console.ui.training import TrainingLibrary

    files: list[Path] = []
    library = TrainingLibrary(window)  # type: ignore[arg-type]
    window.training_library = library  # type: ignore[attr-defined]
    library.resize(1200, 720)
    library.show()
    if not _wait(lambda: library.list.count() > 0):
        return files
    for row in range(library.list.count()):
        if library.list.item(row).data(Qt.ItemDataRole.UserRole).scenario.id == "ka-whatsapp-gel-dispute":
            library.list.setCurrentRow(row)
    settle(library, window.tasks)  # type: ignore[attr-defined]
    files.append(_grab(library, out / f"training_library{suffix}.png"))
    library.start("scripted", time_scale=0.01)
    if not _wait(lambda: library.run is not None and library.run.interaction_id is not None):
        return files
    console, run = library.console, library.run
    console.resize(1440, 900)
    _wait(lambda: console.composer.interaction is not None and console.timeline.model.rowCount() > 0)
    console.composer.editor.setPlainText("გამარჯობა, ნინო! ბოდიშს გიხდით, ახლავე შევამოწმებ ორმაგ ჩამოჭრას.")
    console.composer.send()
    _wait(lambda: sum(1 for e in run.engine.transcript if e.who == "customer") >= 2)
    settle(console, console.tasks)
    _wait(lambda: console.timeline.model.rowCount() >= 3, 5.0)
    settle(console, console.tasks)
    files.append(_grab(console, out / f"training_console{suffix}.png"))
    run.finish()
    if _wait(
        lambda: getattr(window, "last_debrief", None) is not None and window.last_debrief.record is not None
    ):
        debrief = window.last_debrief  # type: ignore[attr-defined]
        debrief.comments.setPlainText(
            "Good apology first. Name the amount in lari (₾) and offer a refund to the card."
        )
        settle(debrief, library.box.tasks)
        files.append(_grab(debrief, out / f"training_debrief{suffix}.png"))
        debrief.close()
    library.start("live", time_scale=0.01)
    if _wait(
        lambda: library.customer_side is not None and library.run is not None and library.run.interaction_id
    ):
        side = library.customer_side
        # The conversation reaches this side with the next look at what the console published.
        _wait(lambda: side.suggestions.count() > 0 and bool(side.transcript.toPlainText().strip()), 5.0)
        side.text.setPlainText("კიდევ ერთი რამ: ბანკმა დამირეკა.")
        settle(side, library.console.tasks)
        files.append(_grab(side, out / f"training_live{suffix}.png"))
        side.close()
        library.console.close()
    # A trainer's library (this desk's agent seen as a trainer): a live session for a trainee at
    # another desk, the trainer's side waiting, and the question the trainee's console asks.
    role = window.agent_role  # type: ignore[attr-defined]
    window.agent_role = "trainer"  # type: ignore[attr-defined]
    trainer_library = TrainingLibrary(window)  # type: ignore[arg-type]
    window.agent_role = role  # type: ignore[attr-defined]
    trainer_library.resize(1200, 720)
    trainer_library.show()
    _wait(lambda: trainer_library.list.count() > 0 and trainer_library.trainee.count() > 1)
    trainee = "Nino Beridze"
    if trainer_library.trainee.findData(trainee) >= 0:
        trainer_library.trainee.setCurrentIndex(trainer_library.trainee.findData(trainee))
    for row in range(trainer_library.list.count()):
        if (
            trainer_library.list.item(row).data(Qt.ItemDataRole.UserRole).scenario.id
            == "ka-whatsapp-gel-dispute"
        ):
            trainer_library.list.setCurrentRow(row)
    library.close()
    library = trainer_library
    window.training_library = library  # type: ignore[attr-defined]
    settle(library, window.tasks)  # type: ignore[attr-defined]
    library.start("live", trainee=trainee)
    _wait(lambda: library.notice.isVisibleTo(library))
    files.append(_grab(library, out / f"training_library_trainer{suffix}.png"))
    if _wait(lambda: library.customer_side is not None and library.customer_side.run.trainee_name):
        side = library.customer_side
        settle(side, library.box.tasks)
        files.append(_grab(side, out / f"training_waiting{suffix}.png"))
        side.close()
    from agent_console.core.training.sandbox import Invitation
    from agent_console.ui.locale_panel import ui_language
    from agent_console.ui.training import Invitations

    invitations = Invitations(window)  # type: ignore[arg-type]
    invitations.timer.stop()
    scenario = library.current()
    title = scenario.scenario.title.get(ui_language()) if scenario is not None else ""
    invitations.ask(Invitation(0, title, "live", window.agent_name))  # type: ignore[attr-defined]
    if invitations.prompt is not None:
        prompt = invitations.prompt
        settle(prompt, window.tasks)  # type: ignore[attr-defined]
        files.append(_grab(prompt, out / f"training_invitation{suffix}.png"))
        prompt.done(0)
    library.edit()
    editor = library.editor
    if editor is not None:
        editor.text.setPlainText(editor.text.toPlainText().replace("kind: escalated", "kind: escalate", 1))
        editor.validate()
        files.append(_grab(editor, out / f"training_editor{suffix}.png"))
        editor.close()
    library.close()
    return files


def _sample_png(width: int, height: int) -> bytes:
    """A small striped PNG (the customer's "photo"), made with the stdlib so tests need no Qt."""
    import struct
    import zlib

    rows = b"".join(
        b"\x00"
        + b"".join(
            bytes((200, 170, 60)) if (x // 12 + y // 12) % 2 else bytes((90, 120, 170)) for x in range(width)
        )
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _channel_shots(window: object, database: Database, out: Path, suffix: str) -> list[Path]:
    """Accounts (one working, one failing), the outbox, a formatted e-mail, the log-a-call form."""
    from datetime import timedelta

    from agent_console.channels import accounts
    from agent_console.channels.ingest import ingest
    from agent_console.channels.mail import parse_message
    from agent_console.core import conversation, outbox
    from agent_console.core.models import Event, OutboxItem, utcnow
    from agent_console.ui.accounts_dialog import AccountsDialog
    from agent_console.ui.channels import LogCallDialog, OutboxDialog
    from agent_console.ui.message_view import MessageDialog

    files: list[Path] = []
    tasks = window.tasks  # type: ignore[attr-defined]
    now = utcnow()
    with database.session() as session:
        mailbox = accounts.save(
            session,
            name="support@shop.example",
            kind="email",
            settings={
                "imap_host": "imap.shop.example",
                "imap_port": 993,
                "imap_security": "ssl",
                "smtp_host": "smtp.shop.example",
                "smtp_port": 587,
                "smtp_security": "starttls",
                "username": "support@shop.example",
                "from_address": "support@shop.example",
                "from_name": "Shop Support",
                "sent_folder": "Sent",
            },
        )
        mailbox.last_attempt_at = mailbox.last_success_at = now - timedelta(minutes=1)
        bot = accounts.save(
            session, name="@shop_help_bot", kind="telegram", settings={}, poll_seconds=30, queue="chat"
        )
        bot.last_attempt_at, bot.last_success_at = now - timedelta(seconds=20), now - timedelta(hours=3)
        bot.last_error = "Cannot reach api.telegram.org: no answer within 20 s"
        filed = ingest(session, [parse_message(sample_html_mail())], queue="general")
        interaction_id = next(iter(filed.interactions))
        event_id, customer_id = session.execute(
            select(Event.id, Event.customer_id).where(Event.external_id == "shot-html-1@example.ge")
        ).one()
        reply = conversation.send_reply(session, interaction_id, "Dear Nino, we are sorry…", agent_id=None)
        item = session.scalars(select(OutboxItem).where(OutboxItem.event_id == reply.id)).one()
        outbox.claim(session, item.id, "screenshot", now - timedelta(minutes=10))
        outbox.recover_stale(session, now)
    window.open_customer(customer_id)  # type: ignore[attr-defined]  # her card: attachments, the reply
    window.channel_sync.tick()  # type: ignore[attr-defined]
    settle(window, tasks)  # type: ignore[arg-type]
    files.append(_grab(window, out / f"channels_status{suffix}.png"))  # type: ignore[arg-type]
    dialog = AccountsDialog(tasks, window)  # type: ignore[arg-type]
    dialog.resize(980, 640)
    files.append(_dialog_shot(window, dialog, out / f"accounts{suffix}.png", tasks))  # type: ignore[arg-type]
    files.append(
        _dialog_shot(window, OutboxDialog(tasks, window), out / f"outbox{suffix}.png", tasks)  # type: ignore[arg-type]
    )
    files.append(
        _dialog_shot(window, MessageDialog(tasks, event_id, window), out / f"message{suffix}.png", tasks)  # type: ignore[arg-type]
    )
    call = LogCallDialog("Nino Beridze", window)  # type: ignore[arg-type]
    call.minutes.setValue(6)
    call.notes.setPlainText("Asked about the missing clasp; promised a replacement by courier.")
    files.append(_dialog_shot(window, call, out / f"log_call{suffix}.png", tasks))  # type: ignore[arg-type]
    return files
