"""Channels in the desktop: background sync, its status, the outbox, history import, logged calls.

:class:`ChannelSync` ticks every few seconds on the task runner (never on the GUI thread):
when this desk runs the connectors (``settings.sync_in_app``) it lets the sync service fetch
due accounts and deliver the outbox; in every mode it reads the accounts' status, what waits
in the outbox and the newest event id, and says ``changed`` when something new was filed
(by this desk or by a team's sync service), so the open timeline and inbox refresh within
one tick.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from agent_console.core import outbox
from agent_console.core.db import Database
from agent_console.core.models import Event
from agent_console.ui.common import channel_icon, channel_name, format_agent_time
from agent_console.ui.tasks import TaskError, TaskRunner

TICK_MS = 1000


@dataclass(frozen=True)
class ChannelState:
    accounts: list[Any]  # AccountStatus
    waiting: int
    attention: int  # failed or unknown: an agent must act
    newest_event: int


def read_state(session: Any) -> ChannelState:
    from agent_console.channels.accounts import statuses

    rows = outbox.pending(session)
    attention = sum(1 for r in rows if r.status in ("failed", "unknown"))
    newest = session.scalar(select(func.max(Event.id))) or 0
    return ChannelState(statuses(session), len(rows), attention, newest)


class ChannelSync(QObject):
    """Runs the sync service on the task runner and reports what changed."""

    changed = Signal()  # something new was filed: refresh the inbox and the open timeline
    state_changed = Signal(object)  # ChannelState

    def __init__(
        self, tasks: TaskRunner, database: Database, run_connectors: bool, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.tasks = tasks
        self.database = database
        self.run_connectors = run_connectors
        self.state: ChannelState | None = None
        self._busy = False
        self._force = False
        self._service: Any = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()
        self.tick()

    def stop(self) -> None:
        self.timer.stop()

    def sync_now(self) -> None:
        self._force = True
        self.tick()

    def tick(self) -> None:
        if self._busy:
            return
        self._busy = True
        force, self._force = self._force, False
        run = self.run_connectors
        database = self.database

        def work() -> ChannelState:
            if run:
                self._service_for(database).run_once(force=force)
            with database.session() as session:
                return read_state(session)

        self.tasks.run(work, self._ticked, self._tick_failed, owner=self)

    def _service_for(self, database: Database) -> Any:
        if self._service is None:
            from agent_console.channels.sync import SyncService

            self._service = SyncService(database)
        return self._service

    def _ticked(self, state: ChannelState) -> None:
        self._busy = False
        previous, self.state = self.state, state
        # The first tick too: something may have been filed since the inbox was loaded.
        if previous is None or state.newest_event != previous.newest_event:
            self.changed.emit()
        self.state_changed.emit(state)

    def _tick_failed(self, _error: TaskError) -> None:
        self._busy = False


class ChannelStatusButton(QToolButton):
    """Status bar: how the channel accounts are doing and what waits in the outbox."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.state: ChannelState | None = None
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_state(self.state)
        super().changeEvent(event)

    def show_state(self, state: ChannelState | None) -> None:
        self.state = state
        if state is None or (not state.accounts and not state.waiting):
            self.hide()
            return
        enabled = [a for a in state.accounts if a.enabled]
        broken = [a for a in enabled if not a.ok]
        parts = []
        if broken:
            parts.append(self.tr("Channels: %n with a problem", "", len(broken)))
        elif enabled:
            parts.append(self.tr("Channels: all working"))
        if state.waiting:
            parts.append(self.tr("Outbox: %n waiting", "", state.waiting))
        self.setText(" · ".join(parts))
        warn = bool(broken or state.attention)
        self.setStyleSheet("color: #c0392b; font-weight: bold;" if warn else "")
        lines = []
        for account in state.accounts:
            when = format_agent_time(account.last_success_at) if account.last_success_at else self.tr("never")
            if not account.enabled:
                lines.append(self.tr("%1: disabled").replace("%1", account.name))
            elif account.ok:
                lines.append(self.tr("%1: last synced %2").replace("%1", account.name).replace("%2", when))
            else:
                lines.append(
                    self.tr("%1: %2 (last synced %3)")
                    .replace("%1", account.name)
                    .replace("%2", account.last_error or "")
                    .replace("%3", when)
                )
        if state.attention:
            lines.append(self.tr("%n replies need your decision in the outbox", "", state.attention))
        self.setToolTip("\n".join(lines))
        self.setAccessibleName(self.text())
        self.show()


# --- the outbox -------------------------------------------------------------------------


class OutboxDialog(QDialog):
    """Replies that have not left yet: why, when they are retried; resend or confirm them."""

    open_conversation = Signal(int)

    COLUMNS = 6

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.rows: list[outbox.OutboxRow] = []
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self._open())
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.retry_button = QPushButton(self)
        self.retry_button.clicked.connect(self._retry)
        self.sent_button = QPushButton(self)
        self.sent_button.clicked.connect(self._mark_sent)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.sent_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 420)
        self.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Outbox"))
        self.explain.setText(
            self.tr(
                "Replies that have not reached the customer yet. Temporary failures are retried "
                "automatically; a reply whose fate is unknown (the app stopped while sending it) is "
                "never resent on its own: check, then resend it or mark it as sent."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Channel"),
                self.tr("Status"),
                self.tr("Next attempt"),
                self.tr("Attempts"),
                self.tr("Reply and last error"),
            ]
        )
        self.retry_button.setText(self.tr("&Resend now"))
        self.sent_button.setText(self.tr("&Mark as sent"))
        self.open_button.setText(self.tr("&Open conversation"))
        self._fill()

    def status_text(self, status: str) -> str:
        return {
            "queued": self.tr("waiting to retry"),
            "sending": self.tr("sending"),
            "failed": self.tr("failed"),
            "unknown": self.tr("unknown: check"),
        }.get(status, status)

    def reload(self) -> None:
        self.tasks.db(outbox.pending, self._loaded, owner=self)

    def _loaded(self, rows: list[outbox.OutboxRow]) -> None:
        self.rows = rows
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            channel = QTableWidgetItem(channel_icon(row.channel), channel_name(row.channel))
            detail = row.preview if not row.last_error else f"{row.preview}\n⚠ {row.last_error}"
            values = [
                QTableWidgetItem(f"{row.customer_name}\n{row.recipient}"),
                channel,
                QTableWidgetItem(self.status_text(row.status)),
                QTableWidgetItem(format_agent_time(row.next_attempt_at) if row.status == "queued" else "—"),
                QTableWidgetItem(str(row.attempts)),
                QTableWidgetItem(detail),
            ]
            for column, item in enumerate(values):
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        if self.rows and not self.table.selectedItems():
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> outbox.OutboxRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) and self.table.selectedItems() else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.retry_button.setEnabled(row is not None and row.status in ("queued", "failed", "unknown"))
        self.sent_button.setEnabled(row is not None and row.status == "unknown")
        self.open_button.setEnabled(row is not None)

    def _retry(self) -> None:
        row = self.selected()
        if row is not None:
            self.tasks.db(lambda s: outbox.retry_now(s, row.id), lambda _r: self.reload(), owner=self)

    def _mark_sent(self) -> None:
        row = self.selected()
        if row is not None:
            self.tasks.db(lambda s: outbox.mark_sent(s, row.id), lambda _r: self.reload(), owner=self)

    def _open(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_conversation.emit(row.interaction_id)


# --- history import -------------------------------------------------------------------


class _Progress(QObject):
    moved = Signal(int, int)


class ImportRun(QObject):
    """Imports files on the task runner behind a progress dialog; ``finished`` with the report."""

    finished = Signal(object)  # ImportReport
    failed = Signal(str)

    def __init__(self, tasks: TaskRunner, paths: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.paths = paths
        self.cancelled = False
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(self.tr("Import history"))
        self.dialog.setLabelText(self.tr("Importing %n files…", "", len(paths)))
        self.dialog.setCancelButtonText(self.tr("Stop"))
        self.dialog.setRange(0, 1000)
        self.dialog.setMinimumDuration(0)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.canceled.connect(self._cancel)
        self.progress = _Progress(self)
        self.progress.moved.connect(self._moved)

    def start(self) -> None:
        from agent_console.channels.importer import run_import

        database = self.tasks.database
        progress = self.progress

        def work() -> Any:
            return run_import(
                database,
                self.paths,
                on_progress=lambda done, total: progress.moved.emit(done, total),
                cancelled=lambda: self.cancelled,
            )

        self.dialog.show()
        self.tasks.run(work, self._done, self._error, owner=self)

    def _cancel(self) -> None:
        self.cancelled = True

    def _moved(self, done: int, total: int) -> None:
        self.dialog.setValue(min(999, int(1000 * done / max(1, total))))

    def _done(self, report: Any) -> None:
        self.dialog.reset()
        self.finished.emit(report)

    def _error(self, error: TaskError) -> None:
        self.dialog.reset()
        self.failed.emit(str(error))


# --- a call taken on a desk phone ---------------------------------------------------------


class LogCallDialog(QDialog):
    """Direction, start, length and notes of a call that reached us outside the app."""

    def __init__(self, customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer = QLabel(customer_name, self)
        self.direction = QComboBox(self)
        self.started = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.started.setCalendarPopup(True)
        self.started.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 600)
        self.seconds = QSpinBox(self)
        self.seconds.setRange(0, 59)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        length = QHBoxLayout()
        self.minutes_label = QLabel(self)
        self.seconds_label = QLabel(self)
        length.addWidget(self.minutes)
        length.addWidget(self.minutes_label)
        length.addWidget(self.seconds)
        length.addWidget(self.seconds_label)
        length.addStretch(1)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(
            self.labels, (self.customer, self.direction, self.started, length, self.notes), strict=True
        ):
            if isinstance(field, QWidget):
                label.setBuddy(field)
            self.form.addRow(label, field)
        self.labels[3].setBuddy(self.minutes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a call"))
        texts = (
            self.tr("Customer:"),
            self.tr("&Direction:"),
            self.tr("&Started:"),
            self.tr("&Length:"),
            self.tr("&Notes:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        current = self.direction.currentIndex()
        self.direction.clear()
        self.direction.addItem(self.tr("Incoming (the customer called)"), "in")
        self.direction.addItem(self.tr("Outgoing (we called)"), "out")
        self.direction.setCurrentIndex(max(0, current))
        self.minutes_label.setText(self.tr("min"))
        self.seconds_label.setText(self.tr("s"))

    def values(self) -> dict[str, Any]:
        return {
            "direction": self.direction.currentData(),
            "started_at": datetime.fromtimestamp(self.started.dateTime().toSecsSinceEpoch(), UTC),
            "duration_seconds": self.minutes.value() * 60 + self.seconds.value(),
            "notes": self.notes.toPlainText(),
        }
