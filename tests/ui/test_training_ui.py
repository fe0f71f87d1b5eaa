"""Role-play through the real widgets: the library, a training console, the scripted customer, the debrief."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from agent_console.core.db import Database
from agent_console.core.models import Event, Outcome, TrainingSession
from tests.ui.conftest import make_window

#: Scenario seconds to real seconds: a 5-minute patience passes in 3 s.
FAST = 0.01


def open_library(qtbot, window):
    window.act_training.trigger()
    library = window.training_library
    qtbot.waitUntil(lambda: library.list.count() > 0, timeout=10_000)
    return library


def pick(library, scenario_id: str) -> None:
    for row in range(library.list.count()):
        if library.list.item(row).data(Qt.ItemDataRole.UserRole).scenario.id == scenario_id:
            library.list.setCurrentRow(row)
            return
    raise AssertionError(f"{scenario_id} is not in the library")


def customer_lines(console) -> list[str]:
    model = console.timeline.model
    return [model.entry(r).preview for r in range(model.rowCount()) if model.entry(r).direction == "in"]


def reply(qtbot, console, text: str) -> None:
    """Type and send as the trainee does: into the composer, Ctrl+Enter."""
    qtbot.waitUntil(lambda: console.composer.interaction is not None, timeout=10_000)
    console.composer.editor.setPlainText(text)
    qtbot.keyClick(console.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def wait_for_customer(qtbot, console, count: int) -> None:
    qtbot.waitUntil(lambda: len(customer_lines(console)) >= count, timeout=15_000)


def start(qtbot, library, scenario_id: str, mode: str = "scripted"):
    pick(library, scenario_id)
    library.start(mode, time_scale=FAST)
    qtbot.waitUntil(lambda: library.run is not None, timeout=10_000)
    console, run = library.console, library.run
    qtbot.addWidget(console)
    return console, run


def test_a_trainee_pays_with_click_and_reaches_the_good_ending(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    window = make_window(qtbot, demo_db)
    library = open_library(qtbot, window)
    console, run = start(qtbot, library, "uz-telegram-click")
    assert console.training and "TRAINING" in console.windowTitle().upper()
    assert console.database.url != demo_db.url  # the sandbox, never the real customers
    assert not console.channel_sync.run_connectors and not console.act_accounts.isEnabled()
    assert console.training_banner.isVisible()
    wait_for_customer(qtbot, console, 1)
    assert "Click" in customer_lines(console)[0]
    assert console.customer_name == "Dilnoza Karimova"

    reply(qtbot, console, "Assalomu alaykum, Dilnoza! Ha, Siz buyurtmani Click orqali to'lashingiz mumkin.")
    wait_for_customer(qtbot, console, 2)
    assert run.engine.current_turn == "how_to"
    reply(qtbot, console, "Dilnoza, Sizga Click orqali to'lov havolasini yubordim: 450 000 so'm.")
    wait_for_customer(qtbot, console, 3)
    assert run.engine.current_turn == "paying"
    reply(qtbot, console, "Rahmat, Dilnoza! To'lovingiz qabul qilindi, buyurtmangiz tasdiqlandi.")
    qtbot.waitUntil(lambda: run.ending_id is not None, timeout=10_000)
    assert run.scenario.endings[run.ending_id].kind == "resolved"
    assert "wrap-up" in console.training_banner.state.text()

    console.act_wrapup.trigger()
    qtbot.waitUntil(lambda: console.wrapup.target is not None, timeout=10_000)
    console.wrapup.select_disposition("payment_retried")
    console.wrapup.reason.setFocus()
    qtbot.keyClick(console.wrapup.reason, Qt.Key.Key_Down)
    console.wrapup.request_save()
    qtbot.waitUntil(lambda: _outcome(console.database, run.interaction_id) is not None, timeout=10_000)

    console.training_banner.finish_button.click()
    qtbot.waitUntil(lambda: getattr(window, "last_debrief", None) is not None, timeout=10_000)
    debrief = window.last_debrief
    qtbot.waitUntil(lambda: debrief.record is not None, timeout=10_000)
    record = debrief.record
    assert (record.status, record.ending_kind, record.disposition) == ("ended", "resolved", "payment_retried")
    passed = {c["code"]: c["passed"] for c in record.checks}
    assert passed["ending"] and passed["language"] and passed["payment_methods"] and passed["disposition"]
    assert passed["formal_address"]
    assert record.points == record.max_points
    report = debrief.report.toPlainText()
    assert "Dilnoza" in report and "100%" in report

    # Save as PDF: the file dialog answers with a path; the PDF is written on the task runner.
    pdf = tmp_path / "debrief.pdf"
    monkeypatch.setattr(
        "agent_console.ui.training.QFileDialog.getSaveFileName", lambda *_args: (str(pdf), "PDF (*.pdf)")
    )
    debrief.save_pdf()
    qtbot.waitUntil(lambda: debrief.tasks.pending() == 0, timeout=10_000)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2_000

    # The trainer scores the conversation with the coaching scorecard; the debrief shows it.
    from agent_console.core.coaching import reviews

    debrief.open_scorecard()
    qtbot.waitUntil(lambda: debrief.review is not None, timeout=10_000)
    with library.box.database.session() as s:
        version = reviews.ensure_default_scorecard(s)
        definition = reviews.definition_of(s, version.id)
        review = reviews.start_review(s, record.interaction_id, debrief.review.reviewer_id)
        best = {c.key: {"value": c.values()[-2 if c.allow_na else -1]} for c in definition.criteria}
        reviews.save_answers(s, review.id, best, "Warm, clear, formal throughout.")
        reviews.submit(s, review.id)
    debrief.review.close()
    qtbot.waitUntil(lambda: debrief.scorecard is not None, timeout=10_000)
    assert debrief.scorecard.score == 100
    assert "scorecard: 100 of 100" in debrief.report.toPlainText()
    assert "Warm, clear, formal throughout." in debrief.report.toPlainText()

    # The trainee's history lists the session with its score.
    library.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: library.sessions.rowCount() == 1, timeout=10_000)
    assert library.sessions.item(0, 5).text() == "100 %"
    window.close()


def test_a_trainee_who_keeps_the_customer_waiting_loses_her(qtbot, demo_db: Database) -> None:
    window = make_window(qtbot, demo_db)
    library = open_library(qtbot, window)
    console, run = start(qtbot, library, "uz-telegram-click")
    wait_for_customer(qtbot, console, 1)
    # No reply: patience runs out twice (a nudge, then she leaves).
    qtbot.waitUntil(lambda: run.ending_id is not None, timeout=15_000)
    assert run.scenario.endings[run.ending_id].kind == "customer_left"
    wait_for_customer(qtbot, console, 2)
    console.training_banner.finish_button.click()
    qtbot.waitUntil(lambda: getattr(window, "last_debrief", None) is not None, timeout=10_000)
    debrief = window.last_debrief
    qtbot.waitUntil(lambda: debrief.record is not None, timeout=10_000)
    record = debrief.record
    assert record.ending_kind == "customer_left"
    failed = {c["code"] for c in record.checks if not c["passed"]}
    assert {"ending", "first_response", "disposition"} <= failed
    assert record.points < record.max_points
    assert "✗ Ending reached" in debrief.report.toPlainText()
    window.close()


def test_a_trainer_plays_the_customer_live_and_ends_the_session(qtbot, demo_db: Database) -> None:
    window = make_window(qtbot, demo_db)
    library = open_library(qtbot, window)
    console, run = start(qtbot, library, "ka-whatsapp-gel-dispute", mode="live")
    side = library.customer_side
    assert side is not None and side.isVisible()
    wait_for_customer(qtbot, console, 1)  # the opening line is the script's
    reply(qtbot, console, "გამარჯობა! ბოდიშს გიხდით, ახლავე შევამოწმებ თქვენს გადახდას.")
    qtbot.waitUntil(lambda: any(e.who == "trainee" for e in run.engine.transcript), timeout=10_000)
    # The trainer's side reads what the console published: the trainee's reply, next lines.
    qtbot.waitUntil(lambda: "ბოდიშს" in side.transcript.toPlainText(), timeout=5_000)
    qtbot.waitUntil(lambda: side.suggestions.count() > 0, timeout=5_000)
    assert side.send_button.isEnabled() and "Live with" in side.status.text()
    side.text.setPlainText("კიდევ ერთი რამ: ბანკმა დამირეკა და ორჯერ ჩამოჭრილი თანხა დამიდასტურა.")
    side.send_button.click()
    wait_for_customer(qtbot, console, 2)
    assert "ორჯერ" in customer_lines(console)[0]
    side.pause_button.click()
    qtbot.waitUntil(lambda: run.paused, timeout=5_000)
    assert "Paused" in console.training_banner.state.text()
    qtbot.waitUntil(lambda: "Paused" in side.status.text(), timeout=5_000)
    side.pause_button.click()
    qtbot.waitUntil(lambda: not run.paused, timeout=5_000)
    index = side.ending.findData(next(e.id for e in run.scenario.endings.values() if e.kind == "escalated"))
    side.ending.setCurrentIndex(index)
    side.end_button.click()
    qtbot.waitUntil(lambda: run.ending_id is not None, timeout=5_000)
    qtbot.waitUntil(lambda: not side.send_button.isEnabled(), timeout=5_000)
    console.training_banner.finish_button.click()
    qtbot.waitUntil(lambda: getattr(window, "last_debrief", None) is not None, timeout=10_000)
    debrief = window.last_debrief
    qtbot.waitUntil(lambda: debrief.record is not None, timeout=10_000)
    assert (debrief.record.mode, debrief.record.ending_kind) == ("live", "escalated")
    assert any(e.get("injected") for e in debrief.record.transcript)
    window.close()


def test_closing_the_console_mid_session_leaves_it_abandoned(qtbot, demo_db: Database) -> None:
    window = make_window(qtbot, demo_db)
    library = open_library(qtbot, window)
    console, run = start(qtbot, library, "uz-telegram-click")
    wait_for_customer(qtbot, console, 1)
    session_id = run.session_id
    console.close()
    qtbot.waitUntil(lambda: library.box.tasks.pending() == 0, timeout=10_000)
    with library.box.database.session() as s:
        assert s.get(TrainingSession, session_id).status == "abandoned"
        # The persona's messages live in the sandbox only.
    with demo_db.session() as s:
        assert not s.scalars(select(Event).where(Event.external_id.like("training-%"))).first()
    window.close()


def test_the_editor_refuses_to_save_a_broken_scenario(qtbot, demo_db: Database, monkeypatch) -> None:
    from agent_console.core.training import catalog

    window = make_window(qtbot, demo_db)
    library = open_library(qtbot, window)
    pick(library, "uz-telegram-click")
    library.edit()
    editor = library.editor
    assert editor.validate() == []
    assert editor.path.parent == catalog.user_folder()  # the shipped file stays as shipped
    broken = editor.text.toPlainText().replace("goto: how_to", "goto: nowhere", 1)
    editor.text.setPlainText(broken)
    problems = editor.validate()
    assert problems and "nowhere" in problems[0].message
    warned: list[str] = []
    monkeypatch.setattr(
        "agent_console.ui.training.QMessageBox.warning", lambda _p, _t, text: warned.append(text) or 0
    )
    assert editor.save() is False
    assert warned and not editor.path.exists()
    editor.text.setPlainText(broken.replace("goto: nowhere", "goto: how_to"))
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save() is True
    assert editor.path.exists()
    window.close()


def _outcome(database: Database, interaction_id: int | None):
    with database.session() as s:
        return s.scalar(select(Outcome.disposition).where(Outcome.interaction_id == interaction_id))


def test_a_desks_edited_copy_takes_the_shipped_scenarios_place(tmp_path: Path) -> None:
    from agent_console.core.training import catalog

    shipped = {e.scenario.id: e for e in catalog.available(tmp_path)[0]}
    original = shipped["uz-telegram-click"]
    assert not original.editable
    edited = original.text.replace("patience: 300", "patience: 600", 1)
    catalog.save(edited, tmp_path / "uz-telegram-click.yaml")
    (tmp_path / "broken.yaml").write_text("id: broken\ntitle: [", encoding="utf-8")
    entries, problems = catalog.available(tmp_path)
    mine = next(e for e in entries if e.scenario.id == "uz-telegram-click")
    assert mine.editable and mine.scenario.persona.patience == 600
    assert len(entries) == len(shipped)  # replaced, not added
    assert [Path(p.path).name for p in problems] == ["broken.yaml"]


# --- two desks sharing the team's training database -------------------------------------------


def desk(qtbot, db: Database, name: str, role: str, training_url: str):
    """One person's console: their own agent row, settings naming the shared training database."""
    from agent_console.core.models import Agent
    from agent_console.settings import Settings
    from agent_console.ui.main_window import MainWindow

    with db.session() as s:
        agent = Agent(name=name, role=role, locale="en", timezone="Asia/Tbilisi")
        s.add(agent)
        s.flush()
        s.expunge(agent)
    window = MainWindow(db, agent, Settings(training_database_url=training_url))
    qtbot.addWidget(window)
    window.resize(1300, 820)
    with qtbot.waitSignal(window.inbox_model.loaded, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: window.training_invitations is not None, timeout=5_000)
    return window


def invitation(qtbot, window):
    invitations = window.training_invitations
    invitations.time_scale = FAST
    invitations.check()
    qtbot.waitUntil(lambda: invitations.prompt is not None, timeout=10_000)
    return invitations


def test_a_trainer_at_one_desk_plays_the_customer_for_a_trainee_at_another(
    qtbot, demo_db: Database, pg_schema_url: str
) -> None:
    """The team's setup: a shared PostgreSQL training database, two consoles, two connections."""
    trainer_desk = desk(qtbot, demo_db, "Tamar Beridze", "trainer", pg_schema_url)
    trainee_desk = desk(qtbot, demo_db, "Aziz Rakhimov", "agent", pg_schema_url)
    library = open_library(qtbot, trainer_desk)
    assert library.trainee.isVisibleTo(library)
    qtbot.waitUntil(lambda: library.trainee.findData("Aziz Rakhimov") >= 0, timeout=5_000)
    library.trainee.setCurrentIndex(library.trainee.findData("Aziz Rakhimov"))
    pick(library, "ka-whatsapp-gel-dispute")
    library.live_button.click()
    qtbot.waitUntil(lambda: library.customer_side is not None, timeout=10_000)
    side = library.customer_side
    qtbot.waitUntil(lambda: "Waiting for Aziz Rakhimov" in side.status.text(), timeout=5_000)
    assert not side.send_button.isEnabled() and side.cancel_button.isVisibleTo(side)
    assert "waits for Aziz Rakhimov" in library.notice.text()
    assert library.box.console is None  # nothing opened on the trainer's desk

    invitations = invitation(qtbot, trainee_desk)
    assert "Tamar Beridze has started a live training session" in invitations.prompt.text()
    invitations.prompt_start.click()
    box = trainee_desk.training_sandbox
    qtbot.waitUntil(lambda: box.run is not None, timeout=10_000)
    console, run = box.console, box.run
    qtbot.addWidget(console)
    assert (run.mode, console.agent_name) == ("live", "Aziz Rakhimov")
    assert box.database is not library.box.database  # each desk its own connection
    wait_for_customer(qtbot, console, 1)
    qtbot.waitUntil(lambda: "Live with Aziz Rakhimov" in side.status.text(), timeout=5_000)

    reply(qtbot, console, "გამარჯობა, ნინო! ბოდიშს გიხდით, ახლავე შევამოწმებ თქვენს გადახდას.")
    qtbot.waitUntil(lambda: "ახლავე შევამოწმებ" in side.transcript.toPlainText(), timeout=10_000)
    side.text.setPlainText("ბანკმა დამიდასტურა, რომ თანხა ორჯერ ჩამოიჭრა.")
    side.send_button.click()
    wait_for_customer(qtbot, console, 2)
    assert "ორჯერ" in customer_lines(console)[0]
    resolved = next(e.id for e in run.scenario.endings.values() if e.kind == "resolved")
    side.ending.setCurrentIndex(side.ending.findData(resolved))
    side.end_button.click()
    qtbot.waitUntil(lambda: run.ending_id == resolved, timeout=10_000)
    qtbot.waitUntil(lambda: "recording the wrap-up" in side.status.text(), timeout=5_000)
    console.training_banner.finish_button.click()
    qtbot.waitUntil(lambda: getattr(trainee_desk, "last_debrief", None) is not None, timeout=10_000)

    qtbot.waitUntil(lambda: side.debrief_button.isVisibleTo(side), timeout=10_000)
    side.debrief_button.click()
    debrief = trainer_desk.last_debrief
    qtbot.waitUntil(lambda: debrief.record is not None, timeout=10_000)
    record = debrief.record
    assert (record.status, record.mode, record.ending) == ("ended", "live", resolved)
    assert (record.trainee_name, record.trainer_name) == ("Aziz Rakhimov", "Tamar Beridze")
    assert [e["text"] for e in record.transcript if e.get("injected")] == [
        "ბანკმა დამიდასტურა, რომ თანხა ორჯერ ჩამოიჭრა."
    ]
    # The trainer may comment and score; the trainee's copy is read-only.
    assert not debrief.comments.isReadOnly() and debrief.scorecard_button.isVisibleTo(debrief)
    assert trainee_desk.last_debrief.comments.isReadOnly()
    trainer_desk.close()
    trainee_desk.close()


def test_a_trainee_declines_and_a_trainer_cancels_a_waiting_session(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    shared = f"sqlite:///{tmp_path / 'team-training.sqlite3'}"
    trainer_desk = desk(qtbot, demo_db, "Tamar Beridze", "trainer", shared)
    trainee_desk = desk(qtbot, demo_db, "Aziz Rakhimov", "agent", shared)
    library = open_library(qtbot, trainer_desk)
    pick(library, "uz-telegram-click")
    library.start("scripted", trainee="Aziz Rakhimov")
    qtbot.waitUntil(lambda: library.notice.isVisibleTo(library), timeout=10_000)

    invitations = invitation(qtbot, trainee_desk)
    assert "started a training session for you" in invitations.prompt.text()
    invitations.prompt_decline.click()
    qtbot.waitUntil(lambda: trainee_desk.training_sandbox.tasks.pending() == 0, timeout=10_000)
    library.tabs.setCurrentIndex(1)
    qtbot.waitUntil(
        lambda: library.sessions.rowCount() == 1 and library.sessions.item(0, 5).text() == "declined",
        timeout=10_000,
    )

    library.tabs.setCurrentIndex(0)
    library.start("scripted", trainee="Aziz Rakhimov")
    library.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: library.sessions.rowCount() == 2, timeout=10_000)
    assert library.sessions.item(0, 5).text() == "waiting for the trainee"
    library.sessions.setCurrentCell(0, 0)
    assert library.cancel_button.isEnabled()
    library.cancel_button.click()
    qtbot.waitUntil(lambda: library.sessions.item(0, 5).text() == "cancelled", timeout=10_000)

    invitations.check()
    qtbot.waitUntil(lambda: not invitations._checking, timeout=10_000)
    assert invitations.prompt is None  # nothing waits for him any more
    assert trainee_desk.training_sandbox.console is None
    trainer_desk.close()
    trainee_desk.close()


def test_an_unreachable_training_database_is_logged_not_shown_and_not_hammered(
    qtbot, demo_db: Database, caplog
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    # Port 1 on this machine: the connection is refused at once (a real failure, no server).
    trainee_desk = desk(qtbot, demo_db, "Aziz Rakhimov", "agent", "postgresql://nobody@127.0.0.1:1/none")
    invitations = trainee_desk.training_invitations
    invitations.check()
    box = trainee_desk.training_sandbox
    qtbot.waitUntil(lambda: box._failed_at is not None, timeout=15_000)
    assert "training database cannot be opened" in caplog.text
    assert box.database is None and invitations.prompt is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    invitations.check()  # within the minute: no new attempt
    qtbot.wait(500)
    assert caplog.text.count("training database cannot be opened") == 1
    trainee_desk.close()


def test_a_trainer_who_asks_while_a_background_look_opens_nothing_still_gets_the_sandbox(
    qtbot, demo_db: Database
) -> None:
    from agent_console.ui.training import Sandbox

    window = make_window(qtbot, demo_db)
    box = Sandbox.of(window)
    looked: list[object] = []
    opened: list[Database] = []
    box.open(looked.append, quiet=True, existing_only=True)  # no local sandbox yet: opens nothing
    box.open(opened.append)  # the trainer presses Start meanwhile
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0] is box.database and not looked
    window.close()


def test_the_customers_lines_keep_their_own_direction_in_a_right_to_left_ui(qtbot, main_window) -> None:
    from PySide6.QtWidgets import QApplication

    from agent_console.core.training import catalog
    from agent_console.ui.training import CustomerSide, RemoteRun

    entries = {e.scenario.id: e for e in catalog.available()[0]}
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as the Arabic UI does
    try:
        for scenario_id, direction in (
            ("ka-whatsapp-gel-dispute", Qt.LayoutDirection.LeftToRight),
            ("ar-sa-friday", Qt.LayoutDirection.RightToLeft),
        ):
            run = RemoteRun(main_window.tasks, entries[scenario_id].scenario, 0, "Tamar", main_window)
            side = CustomerSide(run, main_window)
            qtbot.addWidget(side)
            assert side.layoutDirection() == Qt.LayoutDirection.RightToLeft
            assert side.suggestions.layoutDirection() == direction, scenario_id
            run.timer.stop()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
