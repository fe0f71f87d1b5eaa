"""Role-play in the real agent screen: the scenario library, a training console, the debrief.

A session opens a second main window on the **training sandbox** (its own database; no
connectors run; a banner nobody can miss). The trainee works exactly as on a real contact:
inbox, timeline, canned replies, locale panel, draft checks, wrap-up. ``TrainingRun`` plays the
customer: in *scripted* mode it files the scenario's lines after their delays, judging each
reply with ``core.training.engine``; in *live* mode a trainer writes the customer's side from
``CustomerSide`` (the engine's lines come as suggestions). At the end the automatic checks and
the trainer's comments make the debrief, on screen and as PDF.
"""

from __future__ import annotations

import html
import logging
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agent_console import paths
from agent_console.core import agents
from agent_console.core.db import Database, redact
from agent_console.core.training import catalog, loader, sandbox, scoring
from agent_console.core.training.engine import CUSTOMER, Engine, Entry, ReplyEvent, Step
from agent_console.core.training.schema import Scenario
from agent_console.ui.common import channel_name, format_agent_time
from agent_console.ui.locale_panel import ui_language
from agent_console.ui.tasks import TaskError, TaskRunner

if TYPE_CHECKING:
    from agent_console.ui.main_window import MainWindow

log = logging.getLogger(__name__)

TRAINER_ROLES = ("trainer", "supervisor", "admin")
TICK_MS = 250  # real ms between checks for due customer lines and the customer's patience
#: Real ms between looks at the training database in a live session: the trainee's console for
#: the trainer's commands, the trainer's side for the state the console published. (Team mode's
#: LISTEN/NOTIFY will wake both at once; the look stays as the fallback for SQLite.)
POLL_MS = 500
#: After the training database could not be opened, background looks wait this long.
RETRY_OPEN_S = 60.0
#: A session in one of these states is over for both sides.
FINAL_STATES = ("ended", "abandoned", "declined", "cancelled")


# --- the scripted (or live) customer ----------------------------------------------------------


class TrainingRun(QObject):
    """One session in a training console: the customer's side, the clock, the end and the score.

    Times given to the engine are *scenario seconds* since the start, not counting pauses;
    ``time_scale`` shrinks them to real time (tests play a 5-minute scenario in seconds).

    The trainer's side never touches this object: in a live session it sends commands through
    the training database (``sandbox.send_command``), which this run plays, and reads the state
    this run publishes after every change (``sandbox.publish``). So the trainer may sit at the
    same desk or at another one that shares the training database.
    """

    changed = Signal()  # state for the banner and the trainer's window
    finished = Signal(int)  # the session's id, once scored and stored

    def __init__(
        self,
        window: MainWindow,
        scenario: Scenario,
        session_id: int,
        *,
        mode: str = "scripted",
        time_scale: float = 1.0,
        seed: int = 0,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.scenario = scenario
        self.session_id = session_id
        self.mode = mode
        self.time_scale = time_scale
        self.engine = Engine(scenario, seed=seed)
        self.interaction_id: int | None = None
        self.customer_id: int | None = None
        self.paused = False
        self.done = False
        self.suggestions: list[str] = []  # live mode: what the script would have the customer say
        self._pending: list[tuple[float, str]] = []  # (scenario second due, text) to file
        self._filing = False
        self._messages = 0
        self._last_reply_event = 0
        self._started = time.monotonic()
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(max(10, int(TICK_MS * min(1.0, time_scale * 4))))
        self.timer.timeout.connect(self._tick)
        self._last_command = 0
        self._polling = False
        self._publishing = False
        self._publish_again = False
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self._poll)
        self.changed.connect(self._publish)
        window.composer.sent.connect(self._reply_sent)

    # --- clock ---------------------------------------------------------------------------------

    def clock(self) -> float:
        now = self._paused_at if self._paused_at is not None else time.monotonic()
        return (now - self._started - self._paused_total) / self.time_scale

    def set_paused(self, paused: bool) -> None:
        if paused == self.paused or self.done:
            return
        self.paused = paused
        if paused:
            self._paused_at = time.monotonic()
        else:
            assert self._paused_at is not None
            self._paused_total += time.monotonic() - self._paused_at
            self._paused_at = None
        self.changed.emit()

    # --- flow ----------------------------------------------------------------------------------

    def start(self) -> None:
        self._queue(self.engine.start(0.0), force=True)
        self.timer.start()
        if self.mode == "live":
            self.poll_timer.start()
        self.changed.emit()

    def _queue(self, step_messages: Any, force: bool = False) -> None:
        for message in step_messages:
            if self.mode == "live" and not force and not message.injected:
                self.suggestions.append(message.text)
                continue
            self._pending.append((message.at_seconds, message.text))
        self._pending.sort(key=lambda item: item[0])

    def _tick(self) -> None:
        if self.paused or self.done:
            return
        now = self.clock()
        if self.mode == "scripted":
            step = self.engine.tick(now)
            if step is not None and step.matched:
                self._stepped(step)
        if self._pending and not self._filing and self._pending[0][0] <= now:
            _due, text = self._pending.pop(0)
            self._file(text)

    def _file(self, text: str) -> None:
        self._filing = True
        self._messages += 1
        number, session_id, scenario = self._messages, self.session_id, self.scenario

        def work(session: Any) -> tuple[int, int, int]:
            from agent_console.core.models import Event, TrainingSession

            record = session.get(TrainingSession, session_id)
            event_id = sandbox.customer_says(session, record, scenario, text, number)
            event = session.get(Event, event_id)
            return event.id, event.interaction_id, event.customer_id

        self.window.tasks.db(work, self._filed, self._failed, owner=self)

    def _filed(self, ids: tuple[int, int, int]) -> None:
        self._filing = False
        _event_id, interaction_id, customer_id = ids
        first = self.interaction_id is None
        self.interaction_id, self.customer_id = interaction_id, customer_id
        if first:
            self.window.open_interaction(interaction_id)
        self.window.channel_sync.tick()  # on screen now, not at the next status tick
        self.changed.emit()

    def _failed(self, error: TaskError) -> None:
        self._filing = False
        log.error("training session %s: %s", self.session_id, error)
        QMessageBox.warning(self.window, self.tr("Training"), str(error))

    def _reply_sent(self, interaction_id: int, _customer_id: int) -> None:
        if self.done or interaction_id != self.interaction_id:
            return
        session_id, after = self.session_id, self._last_reply_event
        at = self.clock()

        def work(session: Any) -> sandbox.SentReply | None:
            from agent_console.core.models import TrainingSession

            return sandbox.latest_reply(session, session.get(TrainingSession, session_id), after)

        self.window.tasks.db(work, lambda reply: self._judge(reply, at), self._failed, owner=self)

    def _judge(self, reply: sandbox.SentReply | None, at: float) -> None:
        if reply is None or self.done:
            return
        self._last_reply_event = reply.event_id
        step = self.engine.reply(ReplyEvent(reply.text, at, reply.reply_keys, reply.warnings))
        self._stepped(step)

    def _stepped(self, step: Step) -> None:
        self._queue(step.messages)
        self.changed.emit()

    def say(self, text: str) -> None:
        """Live mode (or a complication in a scripted one): the trainer writes as the customer."""
        text = text.strip()
        if not text or self.done:
            return
        self._queue(self.engine.inject(text, self.clock()).messages)
        self.changed.emit()

    def end(self, ending_id: str) -> None:
        """The trainer ends a live session with one of the scenario's endings."""
        if self.done or ending_id not in self.scenario.endings:
            return
        self._queue(self.engine.finish(ending_id, self.clock()).messages, force=True)
        self.changed.emit()

    # --- the trainer's commands in, the conversation's state out --------------------------------

    def _poll(self) -> None:
        if self.done or self._polling:
            return
        self._polling = True
        session_id, after = self.session_id, self._last_command
        self.window.tasks.db(
            lambda s: sandbox.commands_after(s, session_id, after), self._play, self._poll_failed, owner=self
        )

    def _play(self, commands: list[sandbox.Command]) -> None:
        self._polling = False
        for command in commands:
            self._last_command = command.id
            if command.kind == "say":
                self.say(command.text)
            elif command.kind in ("pause", "resume"):
                self.set_paused(command.kind == "pause")
            elif command.kind == "end":
                self.end(command.text)

    def _poll_failed(self, error: TaskError) -> None:
        # A shared database that blinks: try again at the next look, without a dialog per look.
        self._polling = False
        log.warning("training session %s: cannot read the trainer's commands: %s", self.session_id, error)

    def state(self) -> dict[str, Any]:
        """Where the conversation stands, for the trainer's side (JSON-ready)."""
        return {
            "transcript": [asdict(entry) for entry in self.engine.transcript],
            "current_turn": self.engine.current_turn,
            "suggestions": self.suggestions[-5:],
            "paused": self.paused,
            "ending_id": self.ending_id,
            "done": self.done,
        }

    def _publish(self) -> None:
        if self._publishing:  # one write at a time; the newest state follows the one in flight
            self._publish_again = True
            return
        self._publishing = True
        session_id, state = self.session_id, self.state()
        self.window.tasks.db(
            lambda s: sandbox.publish(s, session_id, state), self._published, self._publish_failed, owner=self
        )

    def _published(self, _result: object = None) -> None:
        self._publishing = False
        if self._publish_again:
            self._publish_again = False
            self._publish()

    def _publish_failed(self, error: TaskError) -> None:
        log.warning("training session %s: cannot publish its state: %s", self.session_id, error)
        self._published()

    # --- the end -------------------------------------------------------------------------------

    @property
    def ending_id(self) -> str | None:
        return self.engine.ending_id

    def finish(self) -> None:
        """Score the session (with the wrap-up the trainee recorded, if any) and store it."""
        if self.done:
            return
        self.done = True
        self.timer.stop()
        self.poll_timer.stop()
        scenario, engine, session_id = self.scenario, self.engine, self.session_id
        ending = scenario.endings.get(engine.ending_id) if engine.ending_id else None

        def work(session: Any) -> int:
            from agent_console.core.models import TrainingSession

            record = session.get(TrainingSession, session_id)
            disposition = sandbox.disposition_of(session, record)
            result = scoring.score(scenario, engine.transcript, engine.ending_id, disposition)
            sandbox.finish(
                session,
                record,
                engine.transcript,
                engine.ending_id,
                ending.kind if ending else None,
                disposition,
                result,
            )
            return session_id

        self.window.tasks.db(work, self.finished.emit, self._failed, owner=self)
        self.changed.emit()


# --- the banner on the training console -------------------------------------------------------


class TrainingBanner(QFrame):
    """Across the top of the training console: this is practice, with the session's controls."""

    def __init__(self, run: TrainingRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.setObjectName("trainingBanner")
        self.setStyleSheet(
            "#trainingBanner { background: #7a2e00; border-bottom: 3px solid #ffb000; }"
            "#trainingBanner QLabel { color: white; }"
        )
        self.setAccessibleName("training")
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.brief_button = QPushButton(self)
        self.brief_button.clicked.connect(self.show_brief)
        self.finish_button = QPushButton(self)
        self.finish_button.clicked.connect(run.finish)
        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.state)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addWidget(self.brief_button)
        layout.addWidget(self.finish_button)
        run.changed.connect(self.refresh)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        scenario = self.run.scenario
        self.title.setText(
            "<b>"
            + html.escape(self.tr("TRAINING"))
            + "</b> · "
            + html.escape(scenario.title.get(ui_language()))
            + " · "
            + html.escape(self.tr("a practice database: nothing reaches real customers"))
        )
        self.brief_button.setText(self.tr("Scenario &brief…"))
        self.finish_button.setText(self.tr("&Finish and score"))
        self.setAccessibleName(self.tr("Training session"))
        self.refresh()

    def refresh(self) -> None:
        run = self.run
        if run.done:
            text = self.tr("Session finished: scoring…")
        elif run.paused:
            text = self.tr("Paused by the trainer.")
        elif run.ending_id is not None:
            text = self.tr(
                "The customer has ended the conversation. Record the wrap-up, then press Finish and score."
            )
        elif run.mode == "live":
            text = self.tr("Live: a trainer is writing as the customer.")
        else:
            text = self.tr("Scripted customer: reply as you would to a real one.")
        self.state.setText(text)
        self.finish_button.setEnabled(not run.done)

    def show_brief(self) -> None:
        QMessageBox.information(self, self.tr("Scenario brief"), brief_text(self.run.scenario, ui_language()))


def brief_text(scenario: Scenario, language: str) -> str:
    persona, facts = scenario.persona, scenario.facts
    lines = [
        scenario.title.get(language),
        "",
        QCoreApplication.translate("Training", "Customer: %1 (%2, %3), writes by %4; mood: %5")
        .replace("%1", persona.name)
        .replace("%2", persona.country)
        .replace("%3", persona.language)
        .replace("%4", channel_name(persona.channel.value))
        .replace("%5", mood_name(persona.mood)),
        QCoreApplication.translate("Training", "Order %1: %2 %3")
        .replace("%1", facts.order_id)
        .replace("%2", str(facts.amount))
        .replace("%3", facts.currency),
    ]
    if facts.payment_method:
        lines.append(
            QCoreApplication.translate("Training", "Paid with: %1").replace("%1", facts.payment_method)
        )
    lines += [f"• {item}" for item in facts.history]
    lines += [
        "",
        QCoreApplication.translate("Training", "Your goal: %1").replace("%1", scenario.goal.get(language)),
    ]
    return "\n".join(lines)


def mood_name(mood: str) -> str:
    return {
        "calm": QCoreApplication.translate("Training", "calm"),
        "friendly": QCoreApplication.translate("Training", "friendly"),
        "anxious": QCoreApplication.translate("Training", "anxious"),
        "annoyed": QCoreApplication.translate("Training", "annoyed"),
        "angry": QCoreApplication.translate("Training", "angry"),
    }.get(mood, mood)


def ending_kind_name(kind: str | None) -> str:
    return {
        "resolved": QCoreApplication.translate("Training", "resolved"),
        "escalated": QCoreApplication.translate("Training", "escalated"),
        "customer_left": QCoreApplication.translate("Training", "customer left"),
    }.get(kind or "", kind or "—")


# --- starting a session -----------------------------------------------------------------------


class Sandbox(QObject):
    """The training database, opened once per desk (on the task runner: it may need migrating).

    One per main window (``Sandbox.of``): the library, the invitations and the debriefs share
    it, and it knows the training console that is open on this desk, if any.
    """

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        self.database: Database | None = None
        self.tasks: TaskRunner | None = None
        self.console: Any = None  # the training console open on this desk
        self.run: TrainingRun | None = None
        # Callers while the database is being opened: (then, quiet, existing_only).
        self._waiting: list[tuple[Any, bool, bool]] = []
        self._failed_at: float | None = None  # a background look waits a minute after a failure

    @classmethod
    def of(cls, main: MainWindow) -> Sandbox:
        box = main.training_sandbox
        if box is None:
            box = main.training_sandbox = cls(main)
        return box

    def close(self) -> None:
        """The desk's window is closing: the training console with it, then the connection."""
        if self.console is not None:
            self.console.close()
        if self.tasks is not None:
            self.tasks.shutdown(5000)
        if self.database is not None:
            self.database.close()
        self.database = self.tasks = None

    @property
    def busy(self) -> bool:
        """A session is running in this desk's training console."""
        return self.console is not None and self.run is not None and not self.run.done

    def open(self, then: Any, *, quiet: bool = False, existing_only: bool = False) -> None:
        """Open the sandbox, then ``then(database)``.

        *quiet* (background looks): problems go to the log, not to a dialog. *existing_only*:
        a desk without a team training database does not create its local one just to look.
        """
        if self.database is not None:
            then(self.database)
            return
        if quiet and self._failed_at is not None and time.monotonic() - self._failed_at < RETRY_OPEN_S:
            return
        if self._waiting:  # already opening: this caller goes on once it is open
            self._waiting.append((then, quiet, existing_only))
            return
        configured = self.main.settings.training_database_url
        url = sandbox.sandbox_url(configured)
        if redact(url) == self.main.database.url:  # the real one is shown redacted
            if not quiet:
                QMessageBox.warning(
                    self.main,
                    QCoreApplication.translate("Training", "Training"),
                    QCoreApplication.translate(
                        "Training", "The training database must not be the real one: check Settings."
                    ),
                )
            return
        local_file = None if configured else paths.data_dir() / "training.sqlite3"

        def work() -> Database | None:
            if existing_only and local_file is not None and not local_file.exists():
                return None
            database = Database.open(url)
            with database.session() as session:
                sandbox.prepare(session)
            return database

        def opened(database: Database | None) -> None:
            waiting, self._waiting = self._waiting, []
            if database is None:  # nothing to look at; a caller who needs the sandbox makes it
                for callback, was_quiet, was_existing_only in waiting:
                    if not was_existing_only:
                        self.open(callback, quiet=was_quiet)
                return
            self.database, self._failed_at = database, None
            self.tasks = TaskRunner(database, self)
            for callback, _quiet, _existing_only in waiting:
                callback(database)

        def failed(error: TaskError) -> None:
            waiting, self._waiting = self._waiting, []
            self._failed_at = time.monotonic()
            if all(was_quiet for _callback, was_quiet, _existing_only in waiting):
                log.warning("the training database cannot be opened: %s", error)
                return
            QMessageBox.warning(
                self.main,
                QCoreApplication.translate("Training", "Training"),
                QCoreApplication.translate("Training", "The training database cannot be opened: %1").replace(
                    "%1", str(error)
                ),
            )

        self._waiting.append((then, quiet, existing_only))
        self.main.tasks.run(work, opened, failed, owner=self)


def start_session(
    main: MainWindow,
    box: Sandbox,
    entry: catalog.Entry,
    *,
    mode: str = "scripted",
    trainee_name: str | None = None,
    time_scale: float = 1.0,
    on_started: Any = None,
) -> None:
    """Open a training console on this desk for *entry* and start the customer.

    ``on_started(window, run)`` follows once the console is up.
    """
    from agent_console.core.models import Role

    trainee = trainee_name or main.agent_name
    trainer = main.agent_name if mode == "live" else None
    language = ui_language()
    title = entry.scenario.title.get(language)

    def opened(database: Database) -> None:
        def work(session: Any) -> tuple[Any, int]:
            agent = sandbox.sandbox_agent(session, trainee, Role.AGENT.value, timezone=main.agent_timezone)
            if trainer and trainer != trainee:
                sandbox.sandbox_agent(session, trainer, Role.TRAINER.value)
            record = sandbox.begin(
                session,
                entry.scenario,
                entry.text,
                trainee=agent,
                trainer_name=trainer,
                mode=mode,
                title=title,
            )
            session.expunge(agent)
            return agent, record.id

        assert box.tasks is not None
        box.tasks.db(
            work,
            lambda result: open_console(
                main, box, database, result[0], result[1], entry.scenario, mode, time_scale, on_started
            ),
            owner=box,
        )

    box.open(opened)


def open_console(
    main: MainWindow,
    box: Sandbox,
    database: Database,
    agent: Any,
    session_id: int,
    scenario: Scenario,
    mode: str,
    time_scale: float = 1.0,
    on_started: Any = None,
) -> None:
    """The trainee's training console on the sandbox, with the banner; the customer starts."""
    from agent_console.ui.main_window import MainWindow

    settings = replace(main.settings, sync_in_app="off")
    window = MainWindow(database, agent, settings, training=True)
    run = TrainingRun(window, scenario, session_id, mode=mode, time_scale=time_scale)
    banner = TrainingBanner(run, window)
    central = window.takeCentralWidget()
    container = QWidget(window)
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(central, 1)
    window.setCentralWidget(container)
    window.training_run = run  # type: ignore[attr-defined]
    window.training_banner = banner  # type: ignore[attr-defined]
    box.console, box.run = window, run
    run.finished.connect(lambda sid: show_debrief(main, box, sid, window))
    window.installEventFilter(_Abandon(run, box, window))
    window.show()
    run.start()
    if on_started is not None:
        on_started(window, run)


class Invitations(QObject):
    """On a trainee's desk: sessions a trainer started for them elsewhere, offered as they come.

    Looks at the training database every ``INTERVAL_MS`` on the task runner, only where there is
    one to look at (the team's, or a local sandbox already made). "Start" takes the session
    (``sandbox.claim``: one desk only) and opens the training console; "Decline" tells the
    trainer; closing the question asks again later.
    """

    INTERVAL_MS = 5_000
    ASK_AGAIN_S = 120.0

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        self.time_scale = 1.0
        self.prompt: QMessageBox | None = None
        self.prompt_start: QPushButton | None = None
        self.prompt_decline: QPushButton | None = None
        self._asked: dict[int, float] = {}
        self._checking = False
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        box = Sandbox.of(self.main)
        if self._checking or self.prompt is not None or box.busy:
            return
        self._checking = True
        name = self.main.agent_name

        def opened(_database: Database) -> None:
            assert box.tasks is not None
            box.tasks.db(lambda s: sandbox.invitations(s, name), self._found, self._failed, owner=self)

        box.open(opened, quiet=True, existing_only=True)
        if box.database is None:
            self._checking = False  # opening (or nothing to open): the next look goes on from there

    def _failed(self, error: TaskError) -> None:
        self._checking = False
        log.warning("cannot look for training invitations: %s", error)

    def _found(self, invitations: list[sandbox.Invitation]) -> None:
        self._checking = False
        now = time.monotonic()
        for invitation in invitations:
            asked = self._asked.get(invitation.id)
            if asked is None or now - asked >= self.ASK_AGAIN_S:
                self.ask(invitation)
                return

    def ask(self, invitation: sandbox.Invitation) -> None:
        self._asked[invitation.id] = time.monotonic()
        trainer = invitation.trainer_name or QCoreApplication.translate("Training", "A trainer")
        text = (
            QCoreApplication.translate("Training", "%1 has started a live training session for you: %2.")
            if invitation.mode == "live"
            else QCoreApplication.translate("Training", "%1 has started a training session for you: %2.")
        )
        box = QMessageBox(self.main)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Training", "Training"))
        box.setText(text.replace("%1", trainer).replace("%2", invitation.scenario_title))
        box.setInformativeText(
            QCoreApplication.translate(
                "Training",
                "It opens a training console on a practice database; your real work stays as it is.",
            )
        )
        self.prompt_start = box.addButton(
            QCoreApplication.translate("Training", "&Start now"), QMessageBox.ButtonRole.AcceptRole
        )
        self.prompt_decline = box.addButton(
            QCoreApplication.translate("Training", "&Decline"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QCoreApplication.translate("Training", "&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.prompt_start)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._answered(invitation, button))
        box.finished.connect(self._closed)
        self.prompt = box
        box.open()

    def _closed(self) -> None:
        self.prompt = self.prompt_start = self.prompt_decline = None

    def _answered(self, invitation: sandbox.Invitation, button: Any) -> None:
        box = Sandbox.of(self.main)
        if box.tasks is None:
            return
        if button is self.prompt_decline:
            box.tasks.db(lambda s: sandbox.withdraw(s, invitation.id, "declined"), owner=self)
        elif button is self.prompt_start:
            self.take(invitation.id)

    def take(self, session_id: int) -> None:
        """Claim the session for this desk and open its training console."""
        box = Sandbox.of(self.main)
        assert box.tasks is not None and box.database is not None
        database, name, time_scale = box.database, self.main.agent_name, self.time_scale
        timezone = self.main.agent_timezone

        def work(session: Any) -> tuple[Any, int, Scenario, str] | None:
            from agent_console.core.models import Agent, TrainingSession

            record = session.get(TrainingSession, session_id)
            if record is None or record.status != "assigned":
                return None
            # Read it before taking it: a scenario this desk cannot play stays waiting.
            scenario = loader.load_text(record.scenario_text, f"{record.scenario_id}.yaml")
            if sandbox.claim(session, session_id, name) is None:
                return None
            agent = session.get(Agent, record.trainee_agent_id) or sandbox.sandbox_agent(session, name)
            if timezone:
                agent.timezone = timezone
            session.flush()
            session.expunge(agent)
            return agent, session_id, scenario, record.mode

        def taken(result: tuple[Any, int, Scenario, str] | None) -> None:
            if result is None:
                QMessageBox.information(
                    self.main,
                    QCoreApplication.translate("Training", "Training"),
                    QCoreApplication.translate(
                        "Training",
                        "This session is no longer waiting: the trainer cancelled it, or it started elsewhere.",
                    ),
                )
                return
            agent, sid, scenario, mode = result
            open_console(self.main, box, database, agent, sid, scenario, mode, time_scale)

        def failed(error: TaskError) -> None:
            QMessageBox.warning(
                self.main,
                QCoreApplication.translate("Training", "Training"),
                QCoreApplication.translate(
                    "Training", "This session cannot be started on this desk: %1"
                ).replace("%1", str(error)),
            )

        box.tasks.db(work, taken, failed, owner=self)


class _Abandon(QObject):
    """Closing the training console before the end leaves the session on record as abandoned."""

    def __init__(self, run: TrainingRun, box: Sandbox, parent: QObject) -> None:
        super().__init__(parent)
        self.run, self.box = run, box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and not self.run.done and self.box.tasks is not None:
            self.run.done = True
            self.run.timer.stop()
            self.run.poll_timer.stop()
            session_id = self.run.session_id
            self.box.tasks.db(lambda s: sandbox.abandon(s, session_id), owner=self.box)
        return False


# --- the debrief ------------------------------------------------------------------------------


def check_label(code: str) -> str:
    return {
        "ending": QCoreApplication.translate("Training", "Ending reached"),
        "language": QCoreApplication.translate("Training", "Replied in the customer's language"),
        "formal_address": QCoreApplication.translate("Training", "Formal address"),
        "first_response": QCoreApplication.translate("Training", "First response time"),
        "response_times": QCoreApplication.translate("Training", "Response times"),
        "currency": QCoreApplication.translate("Training", "Currency named"),
        "payment_methods": QCoreApplication.translate("Training", "Local payment method named"),
        "disposition": QCoreApplication.translate("Training", "Wrap-up code"),
    }.get(code, code)


def check_detail(detail: str, params: dict[str, Any]) -> str:
    """A scoring check's English template, translated, then filled in."""
    templates = {
        "Every reply was in {expected}.": QCoreApplication.translate(
            "Training", "Every reply was in {expected}."
        ),
        "First reply after {seconds} s (limit {limit} s).": QCoreApplication.translate(
            "Training", "First reply after {seconds} s (limit {limit} s)."
        ),
        "No reply named a payment method the customer can use ({methods}).": QCoreApplication.translate(
            "Training", "No reply named a payment method the customer can use ({methods})."
        ),
        "No reply named the currency {currency} (as {names}).": QCoreApplication.translate(
            "Training", "No reply named the currency {currency} (as {names})."
        ),
        "No wrap-up code was chosen; expected {expected}.": QCoreApplication.translate(
            "Training", "No wrap-up code was chosen; expected {expected}."
        ),
        "Reply {n} addressed the customer informally.": QCoreApplication.translate(
            "Training", "Reply {n} addressed the customer informally."
        ),
        "Reply {n} named {found}.": QCoreApplication.translate("Training", "Reply {n} named {found}."),
        "Reply {n} was written in {found}, not in {expected}.": QCoreApplication.translate(
            "Training", "Reply {n} was written in {found}, not in {expected}."
        ),
        "Slowest later reply after {seconds} s (limit {limit} s).": QCoreApplication.translate(
            "Training", "Slowest later reply after {seconds} s (limit {limit} s)."
        ),
        "The conversation ended in '{ending}' ({kind}); good endings: {good}.": QCoreApplication.translate(
            "Training", "The conversation ended in '{ending}' ({kind}); good endings: {good}."
        ),
        "The customer's message in '{turn}' was never answered.": QCoreApplication.translate(
            "Training", "The customer's message in '{turn}' was never answered."
        ),
        "Wrap-up code {found} (expected {expected}).": QCoreApplication.translate(
            "Training", "Wrap-up code {found} (expected {expected})."
        ),
        "The trainee never replied.": QCoreApplication.translate("Training", "The trainee never replied."),
        "Every reply addressed the customer formally.": QCoreApplication.translate(
            "Training", "Every reply addressed the customer formally."
        ),
        "The first message was never answered.": QCoreApplication.translate(
            "Training", "The first message was never answered."
        ),
        "The conversation did not reach an ending.": QCoreApplication.translate(
            "Training", "The conversation did not reach an ending."
        ),
    }
    text = templates.get(detail, detail)
    values = dict(params)
    if "kind" in values:
        values["kind"] = ending_kind_name(str(values["kind"]))
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        return detail.format(**params)


def debrief_html(record: Any, scorecard: sandbox.ScorecardResult | None = None) -> str:
    """The report: score, each check, the transcript with where points were lost, comments."""
    percent = 100.0 * (record.points or 0) / record.max_points if record.max_points else 0.0
    score_line = (
        QCoreApplication.translate("Training", "Score: %1 of %2 points (%3%)")
        .replace("%1", str(record.points or 0))
        .replace("%2", str(record.max_points or 0))
        .replace("%3", f"{percent:.0f}")
    )
    transcript_title = QCoreApplication.translate("Training", "Transcript")
    comments_title = QCoreApplication.translate("Training", "Trainer comments")
    lost_turns = {c.get("turn_id") for c in record.checks if not c.get("passed") and c.get("turn_id")}
    parts = [
        f"<h2>{html.escape(record.scenario_title)}</h2>",
        "<p>"
        + html.escape(
            QCoreApplication.translate("Training", "Trainee: %1 · %2 · ending: %3")
            .replace("%1", record.trainee_name)
            .replace("%2", format_agent_time(record.started_at))
            .replace(
                "%3",
                f"{record.ending} ({ending_kind_name(record.ending_kind)})"
                if record.ending
                else QCoreApplication.translate("Training", "none"),
            )
        )
        + "</p>",
        "<h3>" + html.escape(score_line) + "</h3>",
        "<table border='1' cellspacing='0' cellpadding='4'>",
        "<tr><th>"
        + "</th><th>".join(
            html.escape(h)
            for h in (
                QCoreApplication.translate("Training", "Check"),
                QCoreApplication.translate("Training", "Points"),
                QCoreApplication.translate("Training", "What happened"),
            )
        )
        + "</th></tr>",
    ]
    for check in record.checks:
        mark = "✓" if check.get("passed") else "✗"
        detail = check_detail(str(check.get("detail", "")), check.get("params") or {})
        colour = "#1b5e20" if check.get("passed") else "#b71c1c"
        parts.append(
            f"<tr><td style='color:{colour}'>{mark} {html.escape(check_label(str(check.get('code'))))}</td>"
            f"<td>{check.get('points', 0)} / {check.get('max_points', 0)}</td>"
            f"<td>{html.escape(detail)}</td></tr>"
        )
    parts.append("</table>")
    parts.append("<h3>" + html.escape(transcript_title) + "</h3>")
    for entry in record.transcript:
        who = (
            QCoreApplication.translate("Training", "Customer")
            if entry.get("who") == CUSTOMER
            else QCoreApplication.translate("Training", "Trainee")
        )
        minutes, seconds = divmod(int(entry.get("at_seconds") or 0), 60)
        flag = ""
        if entry.get("who") != CUSTOMER and entry.get("turn_id") in lost_turns:
            flag = (
                " <span style='color:#b71c1c'>⚑ "
                + html.escape(QCoreApplication.translate("Training", "points lost here"))
                + "</span>"
            )
        if entry.get("who") != CUSTOMER and entry.get("warnings"):
            flag += " <span style='color:#a04000'>⚠ " + html.escape(", ".join(entry["warnings"])) + "</span>"
        parts.append(
            f"<p><b>{minutes:02d}:{seconds:02d} {html.escape(who)}</b>{flag}<br>"
            + html.escape(str(entry.get("text", ""))).replace("\n", "<br>")
            + "</p>"
        )
    if scorecard is not None:
        parts.append(
            "<h3>"
            + html.escape(
                QCoreApplication.translate("Training", "Trainer's scorecard: %1 of 100 (%2)")
                .replace("%1", f"{scorecard.score:.0f}")
                .replace("%2", scorecard.reviewer)
            )
            + "</h3>"
        )
        if scorecard.summary:
            parts.append("<p>" + html.escape(scorecard.summary).replace("\n", "<br>") + "</p>")
    if record.trainer_comments:
        parts.append("<h3>" + html.escape(comments_title) + "</h3>")
        parts.append("<p>" + html.escape(record.trainer_comments).replace("\n", "<br>") + "</p>")
    return "\n".join(parts)


def write_pdf(report_html: str, target: Path) -> None:
    """The debrief as PDF, with Qt's own printing (A4).

    Safe on a worker thread: QTextDocument and QPdfWriter are made and used there, and Qt
    supports painting on printer-like devices outside the GUI thread.
    """
    document = QTextDocument()
    document.setHtml(report_html)
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(target.stem)
    document.print_(writer)


class DebriefDialog(QDialog):
    """The end of a session: score, checks, transcript; the trainer's comments and scorecard."""

    def __init__(self, tasks: TaskRunner, session_id: int, can_comment: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.session_id = session_id
        self.record: Any = None
        self.scorecard: sandbox.ScorecardResult | None = None
        self.report = QTextBrowser(self)
        self.report.setOpenLinks(False)
        self.comments = QPlainTextEdit(self)
        self.comments.setReadOnly(not can_comment)
        self.comments_label = QLabel(self)
        self.comments_label.setBuddy(self.comments)
        self.save_comments_button = QPushButton(self)
        self.save_comments_button.clicked.connect(self.save_comments)
        self.save_comments_button.setVisible(can_comment)
        self.scorecard_button = QPushButton(self)
        self.scorecard_button.clicked.connect(self.open_scorecard)
        self.scorecard_button.setVisible(can_comment)
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addWidget(self.scorecard_button)
        row.addStretch(1)
        row.addWidget(self.save_comments_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.report, 3)
        layout.addWidget(self.comments_label)
        layout.addWidget(self.comments, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.review: Any = None
        self.resize(900, 760)
        self.retranslate()
        self.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Debrief"))
        self.comments_label.setText(self.tr("Trainer's &comments:"))
        self.save_comments_button.setText(self.tr("Save comments"))
        self.scorecard_button.setText(self.tr("Score with the &scorecard…"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.report.setAccessibleName(self.tr("Debrief report"))
        self.comments.setAccessibleName(self.tr("Trainer's comments"))
        if self.record is not None:
            self.report.setHtml(self.html())

    def load(self) -> None:
        from agent_console.core.models import TrainingSession

        def work(session: Any) -> tuple[Any, sandbox.ScorecardResult | None]:
            record = session.get(TrainingSession, self.session_id)
            if record is None:
                return None, None
            scorecard = sandbox.scorecard_result(session, record)
            session.flush()
            session.expunge(record)
            return record, scorecard

        self.tasks.db(work, self._loaded, owner=self)

    def _loaded(self, result: tuple[Any, sandbox.ScorecardResult | None]) -> None:
        self.record, self.scorecard = result
        if self.record is None:
            self.report.setPlainText(self.tr("This session no longer exists."))
            return
        self.comments.setPlainText(self.record.trainer_comments or "")
        self.report.setHtml(self.html())

    def html(self) -> str:
        return debrief_html(self.record, self.scorecard)

    def save_comments(self) -> None:
        text = self.comments.toPlainText()
        session_id = self.session_id
        self.tasks.db(
            lambda s: sandbox.save_comments(s, session_id, text), lambda _r: self.load(), owner=self
        )

    def save_pdf(self) -> None:
        if self.record is None:
            return
        name = f"debrief-{self.record.scenario_id}-{self.record.id}.pdf"
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the debrief"), name, "PDF (*.pdf)")
        if target:  # rendering and writing a long transcript takes a moment: not on the GUI thread
            report = self.html()
            self.tasks.run(
                lambda: write_pdf(report, Path(target)),
                None,
                lambda error: QMessageBox.warning(self, self.tr("Save the debrief"), str(error)),
                owner=self,
            )

    def open_scorecard(self) -> None:
        """The coaching scorecard, on the session's conversation in the sandbox."""
        if self.record is None or self.record.interaction_id is None:
            return
        from agent_console.core.models import Role
        from agent_console.ui.review import ReviewWindow

        reviewer_name = self.record.trainer_name or self.tr("Trainer")
        interaction_id = self.record.interaction_id

        def work(session: Any) -> int:
            return sandbox.sandbox_agent(session, reviewer_name, Role.TRAINER.value).id

        def opened(reviewer_id: int) -> None:
            self.review = ReviewWindow(self.tasks, reviewer_id, self)
            self.review.installEventFilter(self)  # closing it brings its score into the report
            self.review.show()
            self.review.open_review(interaction_id)

        self.tasks.db(work, opened, owner=self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.review and event.type() == QEvent.Type.Close:
            self.load()
        return False


def show_debrief(
    main: MainWindow, box: Sandbox, session_id: int, console: QWidget | None = None
) -> DebriefDialog:
    assert box.tasks is not None
    dialog = DebriefDialog(box.tasks, session_id, main.agent_role in TRAINER_ROLES, main)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    if console is not None:
        console.close()
    main.last_debrief = dialog  # type: ignore[attr-defined]
    return dialog


# --- the trainer's side of a live session -----------------------------------------------------


class RemoteRun(QObject):
    """The trainer's handle on a live session, wherever the trainee's console runs.

    Reads what the console published (``sandbox.live_view``) every ``POLL_MS``; sends the
    trainer's lines and controls as commands. The same code serves a trainee at this desk and
    one at another desk sharing the training database.
    """

    changed = Signal()

    def __init__(
        self, tasks: TaskRunner, scenario: Scenario, session_id: int, trainer_name: str, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.scenario = scenario
        self.session_id = session_id
        self.trainer_name = trainer_name
        self.status = "assigned"
        self.trainee_name = ""
        self.transcript: list[Entry] = []
        self.current_turn: str | None = None
        self.suggestions: list[str] = []
        self.paused = False
        self.ending_id: str | None = None
        self.error: str | None = None
        self._seen_view: tuple[str, str, dict[str, Any]] | None = None
        self._polling = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.poll()

    @property
    def done(self) -> bool:
        return self.status in FINAL_STATES

    def poll(self) -> None:
        if self._polling:
            return
        self._polling = True
        session_id = self.session_id
        self.tasks.db(lambda s: sandbox.live_view(s, session_id), self._seen, self._poll_failed, owner=self)

    def _seen(self, view: sandbox.LiveView | None) -> None:
        self._polling = False
        if view is None:
            return
        key = (view.status, view.trainee_name, view.state)
        if key == self._seen_view and self.error is None:
            return  # nothing new since the last look
        self._seen_view, self.error = key, None
        state = view.state
        self.status, self.trainee_name = view.status, view.trainee_name
        self.transcript = [
            Entry(**{k: tuple(v) if isinstance(v, list) else v for k, v in entry.items()})
            for entry in state.get("transcript") or []
        ]
        self.current_turn = state.get("current_turn")
        self.suggestions = [str(s) for s in state.get("suggestions") or []]
        self.paused = bool(state.get("paused"))
        self.ending_id = state.get("ending_id")
        if self.done:
            self.timer.stop()
        self.changed.emit()

    def _poll_failed(self, error: TaskError) -> None:
        self._polling = False
        self.error = str(error)
        log.warning("training session %s: cannot read its state: %s", self.session_id, error)
        self.changed.emit()

    def _send(self, kind: str, text: str = "") -> None:
        session_id, by = self.session_id, self.trainer_name
        self.tasks.db(
            lambda s: sandbox.send_command(s, session_id, kind, text, by=by),
            lambda _id: self.poll(),
            self._poll_failed,
            owner=self,
        )

    def say(self, text: str) -> None:
        text = text.strip()
        if text and self.status == "running":
            self._send("say", text)

    def set_paused(self, paused: bool) -> None:
        if self.status == "running":
            self._send("pause" if paused else "resume")

    def end(self, ending_id: str) -> None:
        if self.status == "running" and ending_id in self.scenario.endings:
            self._send("end", ending_id)

    def cancel(self) -> None:
        """Withdraw a session the trainee has not taken yet."""
        session_id = self.session_id
        self.tasks.db(
            lambda s: sandbox.withdraw(s, session_id, "cancelled"), lambda _ok: self.poll(), owner=self
        )


class CustomerSide(QWidget):
    """The trainer plays the customer: persona card, the conversation, suggested lines, controls."""

    def __init__(self, run: RemoteRun, parent: QWidget | None = None, open_debrief: Any = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.run = run
        self.open_debrief = open_debrief
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-weight: bold;")
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(run.cancel)
        self.debrief_button = QPushButton(self)
        self.debrief_button.clicked.connect(lambda: open_debrief(run.session_id) if open_debrief else None)
        self.persona = QLabel(self)
        self.persona.setWordWrap(True)
        self.persona.setTextFormat(Qt.TextFormat.PlainText)
        self.transcript = QTextBrowser(self)
        self.suggestions = QListWidget(self)
        self.suggestions.setWordWrap(True)
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestions.setStyleSheet(
            "QListWidget::item { padding: 4px 2px; border-bottom: 1px solid palette(mid); }"
        )
        # The lines are in the customer's language: their direction, not the UI's (Georgian lines
        # in an Arabic UI read left to right, with the full stop at the end).
        self.suggestions.setLayoutDirection(QLocale(run.scenario.persona.language).textDirection())
        self.suggestions.itemActivated.connect(lambda item: self.text.setPlainText(item.text()))
        self.suggestions_label = QLabel(self)
        self.text = QPlainTextEdit(self)
        self.text.setMaximumHeight(110)
        self.send_button = QPushButton(self)
        self.send_button.clicked.connect(self.send)
        self.pause_button = QPushButton(self)
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(run.set_paused)
        self.ending = QComboBox(self)
        for ending in run.scenario.endings.values():
            self.ending.addItem(f"{ending.id} ({ending_kind_name(ending.kind)})", ending.id)
        self.end_button = QPushButton(self)
        self.end_button.clicked.connect(lambda: run.end(self.ending.currentData()))
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.debrief_button)
        controls = QHBoxLayout()
        controls.addWidget(self.send_button)
        controls.addWidget(self.pause_button)
        controls.addStretch(1)
        controls.addWidget(self.ending)
        controls.addWidget(self.end_button)
        right = QVBoxLayout()
        right.addWidget(self.suggestions_label)
        right.addWidget(self.suggestions, 1)
        side = QWidget(self)
        side.setLayout(right)
        splitter = QSplitter(self)
        main = QWidget(self)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(self.persona)
        main_layout.addWidget(self.transcript, 1)
        main_layout.addWidget(self.text)
        main_layout.addLayout(controls)
        splitter.addWidget(main)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        run.changed.connect(self.refresh)
        self.resize(1000, 640)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Playing the customer — %1").replace("%1", self.run.scenario.persona.name)
        )
        self.suggestions_label.setText(self.tr("Suggested lines (double-click to use):"))
        self.send_button.setText(self.tr("&Send as the customer"))
        self.pause_button.setText(self.tr("&Pause"))
        self.end_button.setText(self.tr("&End the session with"))
        self.cancel_button.setText(self.tr("&Cancel the session"))
        self.debrief_button.setText(self.tr("Open the &debrief"))
        self.text.setPlaceholderText(
            self.tr("Write as the customer: a reply, or a complication to test the trainee")
        )
        self.text.setAccessibleName(self.tr("The customer's message"))
        self.transcript.setAccessibleName(self.tr("Conversation"))
        self.suggestions.setAccessibleName(self.tr("Suggested lines"))
        self.ending.setAccessibleName(self.tr("Ending"))
        self.persona.setText(brief_text(self.run.scenario, ui_language()))
        self.refresh()

    def status_text(self) -> str:
        run = self.run
        trainee = run.trainee_name or self.tr("the trainee")
        if run.error is not None:
            return self.tr("The training database cannot be reached; trying again… (%1)").replace(
                "%1", run.error
            )
        texts = {
            "assigned": self.tr("Waiting for %1 to take the session at their desk…"),
            "ended": self.tr("Finished and scored: the debrief is ready."),
            "abandoned": self.tr("%1 closed the training console before the end."),
            "declined": self.tr("%1 declined the session."),
            "cancelled": self.tr("The session was cancelled before it started."),
        }
        if run.status in texts:
            return texts[run.status].replace("%1", trainee)
        if run.ending_id is not None:
            return self.tr("The customer has left the conversation; %1 is recording the wrap-up.").replace(
                "%1", trainee
            )
        if run.paused:
            return self.tr("Paused: the customer's clock has stopped.")
        return self.tr(
            "Live with %1: what you send reaches their console as the customer's message."
        ).replace("%1", trainee)

    def refresh(self) -> None:
        run = self.run
        self.status.setText(self.status_text())
        rows = []
        for entry in run.transcript:
            who = self.tr("Customer") if entry.who == CUSTOMER else self.tr("Trainee")
            rows.append(f"<p><b>{html.escape(who)}</b><br>{html.escape(entry.text)}</p>")
        self.transcript.setHtml("".join(rows))
        self.transcript.verticalScrollBar().setValue(self.transcript.verticalScrollBar().maximum())
        script = [run.scenario.turns[t].say for t in self._next_turns()]
        lines = list(dict.fromkeys([*run.suggestions[-3:], *script]))
        if [self.suggestions.item(i).text() for i in range(self.suggestions.count())] != lines:
            self.suggestions.clear()
            self.suggestions.addItems(lines)
        playing = run.status == "running" and run.ending_id is None
        for widget in (self.send_button, self.end_button, self.pause_button, self.text, self.ending):
            widget.setEnabled(playing)
        self.pause_button.blockSignals(True)
        self.pause_button.setChecked(run.paused)
        self.pause_button.blockSignals(False)
        self.cancel_button.setVisible(run.status == "assigned")
        self.debrief_button.setVisible(run.status == "ended" and self.open_debrief is not None)

    def _next_turns(self) -> list[str]:
        """The turns the script could go to from here (lines the trainer may want to use)."""
        current = self.run.current_turn
        turns = self.run.scenario.turns
        if current is None:
            return [self.run.scenario.start]
        if current not in turns:
            return []
        return [b.goto for b in turns[current].branches if b.goto in turns]

    def send(self) -> None:
        self.run.say(self.text.toPlainText())
        self.text.clear()


# --- the library, history and cohort ----------------------------------------------------------


def _table(columns: int, parent: QWidget) -> QTableWidget:
    """A read-only table of whole rows, columns sized to their contents."""
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class TrainingLibrary(QWidget):
    """Tools → Training: the scenarios, and the sessions played (one's own, or the cohort's)."""

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self.main = main
        self.box = Sandbox.of(main)
        self.entries: list[catalog.Entry] = []
        self.problems: list[Any] = []
        self.trainer = main.agent_role in TRAINER_ROLES
        self.console: Any = None
        self.run: TrainingRun | None = None
        self.customer_side: CustomerSide | None = None
        self.customer_sides: list[CustomerSide] = []  # a trainer may run several at once
        self.editor: ScenarioEditor | None = None
        self.tabs = QTabWidget(self)

        # Scenarios
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._fill)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        self.list.currentRowChanged.connect(self._show)
        self.details = QTextBrowser(self)
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #a04000;")
        self.problems_label.hide()
        self.start_button = QPushButton(self)
        self.start_button.clicked.connect(lambda: self.start("scripted"))
        self.live_button = QPushButton(self)
        self.live_button.clicked.connect(lambda: self.start("live"))
        self.live_button.setVisible(self.trainer)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_files)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        for button in (self.edit_button, self.import_button):
            button.setVisible(self.trainer)
        # A trainer starts a session for themself (a try-out) or for a trainee at their desk.
        self.trainee_label = QLabel(self)
        self.trainee = QComboBox(self)
        self.trainee.setEditable(True)
        self.trainee.setMinimumContentsLength(14)
        self.trainee.addItem(main.agent_name, main.agent_name)
        self.trainee_label.setBuddy(self.trainee)
        for widget in (self.trainee_label, self.trainee):
            widget.setVisible(self.trainer)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        scenario_buttons = QHBoxLayout()
        scenario_buttons.addWidget(self.trainee_label)
        scenario_buttons.addWidget(self.trainee)
        for button in (self.start_button, self.live_button):
            scenario_buttons.addWidget(button)
        scenario_buttons.addStretch(1)
        for button in (self.edit_button, self.import_button, self.export_button):
            scenario_buttons.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([440, 660])
        scenarios_page = QWidget(self)
        scenarios_layout = QVBoxLayout(scenarios_page)
        scenarios_layout.addWidget(self.problems_label)
        scenarios_layout.addWidget(splitter, 1)
        scenarios_layout.addLayout(scenario_buttons)
        scenarios_layout.addWidget(self.notice)
        self.tabs.addTab(scenarios_page, "")

        # Sessions (own history; a trainer sees everyone's) and the cohort
        self.sessions = _table(6, self)
        self.sessions.cellActivated.connect(lambda row, _col: self.open_debrief(row))
        self.debrief_button = QPushButton(self)
        self.debrief_button.clicked.connect(lambda: self.open_debrief(self.sessions.currentRow()))
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(lambda: self.cancel(self.sessions.currentRow()))
        self.cancel_button.setVisible(self.trainer)
        self.cancel_button.setEnabled(False)
        self.sessions.currentCellChanged.connect(lambda row, *_: self._session_selected(row))
        sessions_page = QWidget(self)
        sessions_layout = QVBoxLayout(sessions_page)
        sessions_layout.addWidget(self.sessions, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.debrief_button)
        sessions_layout.addLayout(row)
        self.tabs.addTab(sessions_page, "")
        self.cohort = _table(6, self)
        self.tabs.addTab(self.cohort, "")
        self.tabs.setTabVisible(2, self.trainer)
        self.tabs.currentChanged.connect(self._tab_changed)
        # Sessions change at other desks (taken, declined, finished): the open list follows.
        self.sessions_timer = QTimer(self)
        self.sessions_timer.setInterval(Invitations.INTERVAL_MS)
        self.sessions_timer.timeout.connect(lambda: self.load_sessions() if self.isVisible() else None)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.session_rows: list[sandbox.SessionRow] = []
        self.resize(1100, 700)
        self.retranslate()
        self.load()
        if self.trainer:
            self.main.tasks.db(
                lambda s: [a.name for a in agents.list_agents(s)], self._agents_loaded, owner=self
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Training"))
        self.tabs.setTabText(0, self.tr("Scenarios"))
        self.tabs.setTabText(1, self.tr("Sessions") if self.trainer else self.tr("My sessions"))
        self.tabs.setTabText(2, self.tr("Cohort"))
        self.filter.setPlaceholderText(self.tr("Filter: title, country, language, channel"))
        self.filter.setAccessibleName(self.tr("Filter scenarios"))
        self.list.setAccessibleName(self.tr("Scenarios"))
        self.details.setAccessibleName(self.tr("Scenario details"))
        self.start_button.setText(self.tr("&Start a session"))
        self.live_button.setText(self.tr("Start &live (you play the customer)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.import_button.setText(self.tr("&Import…"))
        self.export_button.setText(self.tr("E&xport…"))
        self.debrief_button.setText(self.tr("Open the &debrief"))
        self.cancel_button.setText(self.tr("&Cancel the waiting session"))
        self.trainee_label.setText(self.tr("&For:"))
        self.trainee.setAccessibleName(self.tr("Trainee"))
        self.trainee.setToolTip(
            self.tr(
                "Yourself, to try the scenario, or a trainee: it starts on their desk when they accept it."
            )
        )
        self.trainee.setItemText(0, self.tr("%1 (you)").replace("%1", self.main.agent_name))
        self.sessions.setAccessibleName(self.tr("Sessions"))
        self.cohort.setAccessibleName(self.tr("Cohort"))
        self.sessions.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("Trainee"),
                self.tr("Scenario"),
                self.tr("Mode"),
                self.tr("Ending"),
                self.tr("Score"),
            ]
        )
        self.cohort.setHorizontalHeaderLabels(
            [
                self.tr("Trainee"),
                self.tr("Sessions"),
                self.tr("Average score"),
                self.tr("Best score"),
                self.tr("Resolved / escalated / left"),
                self.tr("Last session"),
            ]
        )
        self._fill()

    # --- scenarios -----------------------------------------------------------------------------

    def load(self) -> None:
        self.main.tasks.run(catalog.available, self._loaded, owner=self)

    def _loaded(self, result: tuple[list[catalog.Entry], list[Any]]) -> None:
        self.entries, self.problems = result
        if self.problems:
            self.problems_label.setText(
                self.tr("Some scenario files cannot be used:")
                + "\n"
                + "\n".join(str(p) for p in self.problems[:8])
            )
        self.problems_label.setVisible(bool(self.problems))
        self._fill()

    def _visible(self) -> list[catalog.Entry]:
        words = self.filter.text().casefold().split()
        language = ui_language()
        found = []
        for entry in self.entries:
            s = entry.scenario
            haystack = " ".join(
                (s.id, s.title.get(language), s.persona.country, s.persona.language, s.persona.channel.value)
            ).casefold()
            if all(w in haystack for w in words):
                found.append(entry)
        return found

    def _fill(self) -> None:
        current = self.current()
        self.list.clear()
        language = ui_language()
        for entry in self._visible():
            s = entry.scenario
            item = QListWidgetItem(
                f"{s.title.get(language)}\n{s.persona.country} · {s.persona.language} · "
                f"{channel_name(s.persona.channel.value)} · {mood_name(s.persona.mood)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.list.addItem(item)
            if current is not None and entry.scenario.id == current.scenario.id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        has = self.list.count() > 0
        for button in (self.start_button, self.live_button, self.edit_button, self.export_button):
            button.setEnabled(has)

    def current(self) -> catalog.Entry | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show(self, _row: int) -> None:
        entry = self.current()
        if entry is None:
            self.details.clear()
            return
        s, language = entry.scenario, ui_language()
        expect = s.expect
        facts = [
            (self.tr("Customer"), f"{s.persona.name} · {s.persona.country} · {s.persona.language}"),
            (self.tr("Channel"), channel_name(s.persona.channel.value)),
            (self.tr("Mood"), mood_name(s.persona.mood)),
            (self.tr("Patience"), self.tr("%1 s").replace("%1", str(s.persona.patience))),
            (self.tr("Order"), f"{s.facts.order_id} · {s.facts.amount} {s.facts.currency}"),
        ]
        if s.facts.payment_method:
            facts.append((self.tr("Paid with"), s.facts.payment_method))
        if expect.payment_methods:
            facts.append(
                (self.tr("Payment methods to offer"), ", ".join(m[0] for m in expect.payment_methods))
            )
        if expect.disposition:
            facts.append((self.tr("Expected wrap-up"), expect.disposition))
        endings = ", ".join(f"{e.id} ({ending_kind_name(e.kind)})" for e in s.endings.values())
        facts.append((self.tr("Endings"), endings))
        rows = "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in facts
        )
        history = "".join(f"<li>{html.escape(h)}</li>" for h in s.facts.history)
        goal_label = self.tr("Goal")
        self.details.setHtml(
            f"<h2>{html.escape(s.title.get(language))}</h2><p>{html.escape(s.summary.get(language))}</p>"
            f"<p><b>{html.escape(goal_label)}:</b> {html.escape(s.goal.get(language))}</p>"
            f"<table cellpadding='3'>{rows}</table>" + (f"<ul>{history}</ul>" if history else "")
        )

    def _side_gone(self, side: CustomerSide) -> None:
        if side in self.customer_sides:
            self.customer_sides.remove(side)
        if self.customer_side is side:
            self.customer_side = None

    def _tab_changed(self, index: int) -> None:
        if index:
            self.load_sessions()
            self.sessions_timer.start()
        else:
            self.sessions_timer.stop()

    def _agents_loaded(self, names: list[str]) -> None:
        for name in names:
            if name != self.main.agent_name and self.trainee.findData(name) < 0:
                self.trainee.addItem(name, name)

    def chosen_trainee(self) -> str:
        """The name chosen or typed under "For:"; this desk's agent when it is left as it is."""
        index = self.trainee.currentIndex()
        text = self.trainee.currentText().strip()
        if index >= 0 and text == self.trainee.itemText(index):
            return str(self.trainee.itemData(index))
        return text or self.main.agent_name

    def start(
        self,
        mode: str,
        entry: catalog.Entry | None = None,
        time_scale: float = 1.0,
        trainee: str | None = None,
    ) -> None:
        entry = entry or self.current()
        if entry is None:
            return
        trainee = trainee or (self.chosen_trainee() if self.trainer else self.main.agent_name)
        if trainee != self.main.agent_name:
            self.assign(mode, entry, trainee)
            return
        if self.box.busy:
            QMessageBox.information(
                self, self.tr("Training"), self.tr("Finish the session that is running first.")
            )
            return

        def started(window: Any, run: TrainingRun) -> None:
            self.console, self.run = window, run
            run.finished.connect(lambda _sid: self.load_sessions())
            if mode == "live":
                self.open_customer_side(entry.scenario, run.session_id)

        start_session(self.main, self.box, entry, mode=mode, time_scale=time_scale, on_started=started)

    def assign(self, mode: str, entry: catalog.Entry, trainee: str) -> None:
        """A session for a trainee at another desk: it waits there until they take it."""
        trainer, title = self.main.agent_name, entry.scenario.title.get(ui_language())
        shared = bool(self.main.settings.training_database_url)

        def opened(_database: Database) -> None:
            assert self.box.tasks is not None
            self.box.tasks.db(
                lambda s: (
                    sandbox.assign(
                        s,
                        entry.scenario,
                        entry.text,
                        trainee_name=trainee,
                        trainer_name=trainer,
                        mode=mode,
                        title=title,
                    ).id
                ),
                assigned,
                lambda error: QMessageBox.warning(self, self.tr("Training"), str(error)),
                owner=self,
            )

        def assigned(session_id: int) -> None:
            text = self.tr("The session waits for %1: it starts when they accept it at their desk.").replace(
                "%1", trainee
            )
            if not shared:
                text += " " + self.tr(
                    "This desk keeps its training database to itself: for a trainee at another desk, "
                    "set the team's training database in Settings."
                )
            self.notice.setText(text)
            self.notice.show()
            self.load_sessions()
            if mode == "live":
                self.open_customer_side(entry.scenario, session_id)

        self.box.open(opened)

    def open_customer_side(self, scenario: Scenario, session_id: int) -> CustomerSide:
        """The trainer's side of a live session (the console may be here or at another desk)."""
        assert self.box.tasks is not None
        run = RemoteRun(self.box.tasks, scenario, session_id, self.main.agent_name, self)
        side = CustomerSide(run, self, open_debrief=self.open_session_debrief)
        run.changed.connect(lambda: self.load_sessions() if run.done else None)
        side.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        side.destroyed.connect(lambda: self._side_gone(side))
        self.customer_side = side
        self.customer_sides.append(side)
        side.show()
        return side

    def export(self) -> None:
        entry = self.current()
        if entry is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the scenario"), entry.path.name, self.tr("Scenarios (*.yaml *.yml)")
        )
        if target:
            self.main.tasks.run(
                lambda: Path(target).write_text(entry.text, encoding="utf-8"),
                None,
                lambda error: QMessageBox.warning(self, self.tr("Export the scenario"), str(error)),
                owner=self,
            )

    def import_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import scenarios"), "", self.tr("Scenarios (*.yaml *.yml)")
        )
        if files:
            self.main.tasks.run(
                lambda: catalog.import_files([Path(f) for f in files]), self._imported, owner=self
            )

    def _imported(self, result: tuple[list[Path], list[Any]]) -> None:
        copied, problems = result
        text = self.tr("%n scenarios imported.", "", len(copied))
        if problems:
            text += "\n\n" + self.tr("Not imported:") + "\n" + "\n".join(str(p) for p in problems[:20])
        QMessageBox.information(self, self.tr("Import scenarios"), text)
        self.load()

    def edit(self) -> None:
        entry = self.current()
        if entry is None:
            return
        self.editor = ScenarioEditor(self, entry)
        self.editor.show()

    # --- sessions ------------------------------------------------------------------------------

    def load_sessions(self) -> None:
        trainee = None if self.trainer else self.main.agent_name

        def opened(_database: Database) -> None:
            assert self.box.tasks is not None
            self.box.tasks.db(
                lambda s: (sandbox.history(s, trainee), sandbox.cohort(s) if trainee is None else []),
                self._sessions_loaded,
                owner=self,
            )

        self.box.open(opened)

    def _sessions_loaded(self, result: tuple[list[sandbox.SessionRow], list[sandbox.CohortRow]]) -> None:
        rows, cohort = result
        self.session_rows = rows
        self.sessions.setRowCount(len(rows))
        modes = {"scripted": self.tr("scripted"), "live": self.tr("live")}
        for r, row in enumerate(rows):
            score = f"{row.percent:.0f} %" if row.percent is not None else self._status(row.status)
            values = [
                format_agent_time(row.started_at),
                row.trainee_name,
                row.scenario_title,
                modes.get(row.mode, row.mode),
                row.ending or "—",
                score,
            ]
            for c, value in enumerate(values):
                self.sessions.setItem(r, c, QTableWidgetItem(value))
        self.cohort.setRowCount(len(cohort))
        for r, person in enumerate(cohort):
            values = [
                person.trainee_name,
                str(person.sessions),
                f"{person.average_percent:.0f} %" if person.average_percent is not None else "—",
                f"{person.best_percent:.0f} %" if person.best_percent is not None else "—",
                f"{person.resolved} / {person.escalated} / {person.customer_left}",
                format_agent_time(person.last_started_at),
            ]
            for c, value in enumerate(values):
                self.cohort.setItem(r, c, QTableWidgetItem(value))
        self._session_selected(self.sessions.currentRow())

    def _status(self, status: str) -> str:
        return {
            "running": self.tr("running"),
            "abandoned": self.tr("abandoned"),
            "assigned": self.tr("waiting for the trainee"),
            "declined": self.tr("declined"),
            "cancelled": self.tr("cancelled"),
        }.get(status, status)

    def _session_selected(self, row: int) -> None:
        waiting = 0 <= row < len(self.session_rows) and self.session_rows[row].status == "assigned"
        self.cancel_button.setEnabled(waiting)

    def cancel(self, row: int) -> None:
        if not 0 <= row < len(self.session_rows) or self.box.tasks is None:
            return
        session_id = self.session_rows[row].id
        self.box.tasks.db(
            lambda s: sandbox.withdraw(s, session_id, "cancelled"),
            lambda _ok: self.load_sessions(),
            owner=self,
        )

    def open_debrief(self, row: int) -> DebriefDialog | None:
        if not 0 <= row < len(self.session_rows):
            return None
        return self.open_session_debrief(self.session_rows[row].id)

    def open_session_debrief(self, session_id: int) -> DebriefDialog:
        return show_debrief(self.main, self.box, session_id)


# --- the scenario editor ----------------------------------------------------------------------


class ScenarioEditor(QWidget):
    """The YAML, checked as it is typed; saving refuses a file with problems; "play it now"."""

    saved = Signal()

    def __init__(self, library: TrainingLibrary, entry: catalog.Entry) -> None:
        super().__init__(library, Qt.WindowType.Window)
        self.library = library
        self.entry = entry
        self.path = entry.path if entry.editable else catalog.user_folder() / entry.path.name
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(entry.text)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.problems = QListWidget(self)
        self.problems.setMaximumHeight(140)
        self.problems.itemActivated.connect(self._go_to_problem)
        self.status = QLabel(self)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.play_button = QPushButton(self)
        self.play_button.clicked.connect(self.play)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.validate)
        self.text.textChanged.connect(self._timer.start)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.play_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.problems)
        layout.addLayout(row)
        self.found: list[Any] = []
        self.resize(900, 760)
        self.retranslate()
        self.validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scenario editor — %1").replace("%1", str(self.path)))
        self.save_button.setText(self.tr("&Save"))
        self.play_button.setText(self.tr("&Play it now"))
        self.text.setAccessibleName(self.tr("Scenario (YAML)"))
        self.problems.setAccessibleName(self.tr("Problems"))

    def validate(self) -> list[Any]:
        from agent_console.core.training import loader

        try:
            loader.load_text(self.text.toPlainText(), self.path)
            self.found = []
        except loader.ScenarioError as exc:
            self.found = list(exc.problems)
        self.problems.clear()
        for problem in self.found:
            item = QListWidgetItem(
                self.tr("line %1: %2").replace("%1", str(problem.line)).replace("%2", problem.message)
            )
            item.setData(Qt.ItemDataRole.UserRole, problem.line)
            self.problems.addItem(item)
        self.status.setText(
            self.tr("No problems.")
            if not self.found
            else self.tr("%n problems: fix them to save.", "", len(self.found))
        )
        self.problems.setVisible(bool(self.found))
        return self.found

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        line = int(item.data(Qt.ItemDataRole.UserRole) or 1)
        block = self.text.document().findBlockByLineNumber(max(0, line - 1))
        cursor = self.text.textCursor()
        cursor.setPosition(block.position())
        self.text.setTextCursor(cursor)
        self.text.setFocus()

    def save(self) -> bool:
        """Refuse a scenario with problems; else write it on the task runner (``saved`` follows)."""
        if self.validate():
            QMessageBox.warning(
                self,
                self.tr("Scenario editor"),
                self.tr("The scenario has problems and was not saved:")
                + "\n"
                + "\n".join(str(p) for p in self.found[:12]),
            )
            return False
        text, path = self.text.toPlainText(), self.path
        self.library.main.tasks.run(
            lambda: catalog.save(text, path),
            lambda _scenario: self._saved(),
            lambda error: QMessageBox.warning(self, self.tr("Scenario editor"), str(error)),
            owner=self,
        )
        return True

    def _saved(self) -> None:
        self.library.load()
        self.saved.emit()

    def play(self) -> None:
        """A test run of the text as it stands (nothing is saved)."""
        from agent_console.core.training import loader

        if self.validate():
            QMessageBox.warning(self, self.tr("Scenario editor"), self.tr("Fix the problems first."))
            return
        text = self.text.toPlainText()
        scenario = loader.load_text(text, self.path)
        self.library.start("scripted", catalog.Entry(scenario, text, self.path, True))
