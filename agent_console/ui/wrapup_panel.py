"""The wrap-up panel: how an interaction ended, filled in from the keyboard in a few seconds.

It takes the composer's place under the timeline (the conversation stays in view).  Focus
starts in the disposition tree, where each code's hotkey (1–9, 0) picks it and pre-sets
"resolved"; Tab walks reason → resolved → notes → scores → follow-up; Ctrl+Enter saves and
moves to the next conversation; Esc goes back to the conversation and keeps the draft.
The same panel corrects a saved outcome (then it shows the audit trail instead of the
follow-up).  It holds no database code: the main window loads and saves through tasks.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.outcomes.codes import Code, QueueCodes
from agent_console.core.outcomes.wrapup import FollowUpRequest, OutcomeView, Problem, WrapUp
from agent_console.ui.common import outcome_label

CodeRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class WrapUpTarget:
    """What the panel needs to know about the conversation being wrapped up."""

    interaction_id: int
    customer_name: str
    customer_timezone: str | None
    agent_timezone: str
    codes: QueueCodes
    active_seconds: int = 0
    draft: WrapUp | None = None
    acw_seconds: int = 0
    #: Set when correcting a saved outcome.
    saved: OutcomeView | None = None


def _clock(seconds: int) -> str:
    minutes, secs = divmod(max(0, int(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class WrapUpPanel(QWidget):
    save_requested = Signal(object)  # WrapUp
    back_requested = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: WrapUpTarget | None = None
        self._started = time.monotonic()
        self._loading = False

        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.handle_label = QLabel(self)
        self.handle_label.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c0392b;")
        self.problems.hide()

        self.dispositions = QTreeWidget(self)
        self.dispositions.setHeaderHidden(True)
        self.dispositions.setRootIsDecorated(False)
        self.dispositions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dispositions.installEventFilter(self)
        self.dispositions.currentItemChanged.connect(self._disposition_changed)
        self.reason = QComboBox(self)
        self.resolved_yes = QRadioButton(self)
        self.resolved_no = QRadioButton(self)
        self.resolved_group = QButtonGroup(self)
        self.resolved_group.addButton(self.resolved_yes)
        self.resolved_group.addButton(self.resolved_no)
        resolved_row = QHBoxLayout()
        resolved_row.addWidget(self.resolved_yes)
        resolved_row.addWidget(self.resolved_no)
        resolved_row.addStretch(1)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        self.csat = QSpinBox(self)
        self.csat.setRange(0, 5)
        self.nps = QSpinBox(self)
        self.nps.setRange(-1, 10)
        self.ces = QSpinBox(self)
        self.ces.setRange(0, 7)
        scores = QHBoxLayout()
        self.csat_label, self.nps_label, self.ces_label = QLabel(self), QLabel(self), QLabel(self)
        for label, box in (
            (self.csat_label, self.csat),
            (self.nps_label, self.nps),
            (self.ces_label, self.ces),
        ):
            label.setBuddy(box)
            scores.addWidget(label)
            scores.addWidget(box)
        scores.addStretch(1)

        self.follow_box = QGroupBox(self)
        self.follow_box.setCheckable(True)
        self.follow_box.setChecked(False)
        self.follow_when = QDateTimeEdit(self.follow_box)
        self.follow_when.setCalendarPopup(True)
        self.follow_zone = QComboBox(self.follow_box)
        self.follow_reason = QLineEdit(self.follow_box)
        follow_layout = QFormLayout(self.follow_box)
        when_row = QHBoxLayout()
        when_row.addWidget(self.follow_when, 1)
        when_row.addWidget(self.follow_zone, 1)
        self.follow_when_label, self.follow_reason_label = QLabel(self), QLabel(self)
        follow_layout.addRow(self.follow_when_label, when_row)
        follow_layout.addRow(self.follow_reason_label, self.follow_reason)
        self.follow_zone.currentIndexChanged.connect(self._zone_changed)
        self._zone_shown: str | None = None

        self.history = QListWidget(self)
        self.history.hide()

        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.request_save)
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.back_requested)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.disposition_label, self.reason_label = QLabel(self), QLabel(self)
        self.resolved_label, self.notes_label, self.scores_label = QLabel(self), QLabel(self), QLabel(self)
        self.disposition_label.setBuddy(self.dispositions)
        self.reason_label.setBuddy(self.reason)
        self.notes_label.setBuddy(self.notes)
        form.addRow(self.disposition_label, self.dispositions)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.resolved_label, resolved_row)
        form.addRow(self.notes_label, self.notes)
        form.addRow(self.scores_label, scores)

        buttons = QHBoxLayout()
        buttons.addWidget(self.handle_label, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.problems)
        layout.addLayout(form, 1)
        layout.addWidget(self.follow_box)
        layout.addWidget(self.history)
        layout.addLayout(buttons)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.request_save)
        escape = QShortcut(QKeySequence("Escape"), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)

        for signal in (
            self.reason.currentIndexChanged,
            self.resolved_group.buttonToggled,
            self.notes.textChanged,
            self.csat.valueChanged,
            self.nps.valueChanged,
            self.ces.valueChanged,
            self.follow_box.toggled,
            self.follow_when.dateTimeChanged,
            self.follow_reason.textChanged,
        ):
            signal.connect(self._emit_changed)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_handle_time)
        self.retranslate()

    # --- text ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.disposition_label.setText(self.tr("&Disposition"))
        self.reason_label.setText(self.tr("Contact &reason"))
        self.resolved_label.setText(self.tr("Resolved"))
        self.resolved_yes.setText(self.tr("&Yes"))
        self.resolved_no.setText(self.tr("N&o"))
        self.notes_label.setText(self.tr("&Notes"))
        self.scores_label.setText(self.tr("Survey"))
        self.csat_label.setText(self.tr("CSAT"))
        self.nps_label.setText(self.tr("NPS"))
        self.ces_label.setText(self.tr("CES"))
        none = self.tr("none")
        for box in (self.csat, self.nps, self.ces):
            box.setSpecialValueText(none)
        self.csat.setToolTip(self.tr("Customer satisfaction, 1–5, if the customer answered the survey"))
        self.nps.setToolTip(self.tr("Net Promoter Score, 0–10, if the customer answered the survey"))
        self.ces.setToolTip(self.tr("Customer effort, 1–7 (lower is easier), if the customer answered"))
        self.follow_box.setTitle(self.tr("&Follow up"))
        self.follow_when_label.setText(self.tr("When"))
        self.follow_reason_label.setText(self.tr("Why"))
        self.follow_reason.setPlaceholderText(self.tr("e.g. confirm the refund arrived"))
        self.save_button.setText(self.tr("Save and next (Ctrl+Enter)"))
        self.back_button.setText(self.tr("Back to the conversation (Esc)"))
        self.dispositions.setAccessibleName(self.tr("Disposition"))
        self.reason.setAccessibleName(self.tr("Contact reason"))
        self.resolved_yes.setAccessibleName(self.tr("Resolved: yes"))
        self.resolved_no.setAccessibleName(self.tr("Resolved: no"))
        self.notes.setAccessibleName(self.tr("Wrap-up notes"))
        self.csat.setAccessibleName(self.tr("CSAT score"))
        self.nps.setAccessibleName(self.tr("NPS score"))
        self.ces.setAccessibleName(self.tr("CES score"))
        self.follow_box.setAccessibleName(self.tr("Follow up"))
        self.follow_when.setAccessibleName(self.tr("Follow-up date and time"))
        self.follow_zone.setAccessibleName(self.tr("Follow-up time zone"))
        self.follow_reason.setAccessibleName(self.tr("Follow-up reason"))
        self.history.setAccessibleName(self.tr("Changes to this outcome"))
        self.save_button.setAccessibleName(self.tr("Save the wrap-up"))
        self.back_button.setAccessibleName(self.tr("Back to the conversation"))
        if self.target is not None:
            self._fill_codes(self.target.codes, self.current())
            self._update_title()
            self._fill_zones()
            self._fill_history()
        self._update_handle_time()

    def _update_title(self) -> None:
        if self.target is None:
            self.title.setText("")
        elif self.target.saved is not None:
            self.title.setText(self.tr("Correct the outcome: %1").replace("%1", self.target.customer_name))
        else:
            self.title.setText(self.tr("Wrap-up: %1").replace("%1", self.target.customer_name))

    # --- filling ------------------------------------------------------------------------

    def start(self, target: WrapUpTarget) -> None:
        self._loading = True
        self.target = target
        self._started = time.monotonic()
        self.problems.hide()
        correcting = target.saved is not None
        initial = target.saved.wrap if target.saved is not None else target.draft or WrapUp()
        self._fill_codes(target.codes, initial)
        self.resolved_group.setExclusive(False)
        self.resolved_yes.setChecked(initial.resolved is True)
        self.resolved_no.setChecked(initial.resolved is False)
        self.resolved_group.setExclusive(True)
        self.notes.setPlainText(initial.notes)
        self.csat.setValue(initial.csat or 0)
        self.nps.setValue(initial.nps if initial.nps is not None else -1)
        self.ces.setValue(initial.ces or 0)
        self.follow_box.setVisible(not correcting)
        self._fill_zones()
        follow = initial.follow_up
        self.follow_box.setChecked(follow is not None)
        if follow is not None:
            index = 0 if follow.basis == "customer" else 1
            self.follow_zone.setCurrentIndex(min(index, self.follow_zone.count() - 1))
            self._show_due(follow.due_at)
            self.follow_reason.setText(follow.reason)
        else:
            self.follow_zone.setCurrentIndex(0)
            self._show_due(datetime.now(UTC) + timedelta(days=1))
            self.follow_reason.clear()
        self.history.setVisible(correcting)
        self._fill_history()
        self._update_title()
        self._loading = False
        self._update_handle_time()
        if not correcting:
            self._tick.start()
        self.dispositions.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        self._tick.stop()
        self.target = None

    def _fill_codes(self, codes: QueueCodes, selected: WrapUp) -> None:
        self.dispositions.blockSignals(True)
        self.dispositions.clear()
        items: dict[str, QTreeWidgetItem] = {}
        current = None
        for code in codes.dispositions:
            if not code.active and code.code != selected.disposition:
                continue
            text = outcome_label(code.labels, code.code)
            if code.hotkey:
                text = f"{code.hotkey}  {text}"
            if not code.active:
                text = self.tr("%1 (removed)").replace("%1", text)
            parent = items.get(code.parent or "")
            item = QTreeWidgetItem([text])
            item.setData(0, CodeRole, code)
            if not code.selectable:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)  # a heading: the cursor may rest on it, but it is not a code
            if parent is not None:
                parent.addChild(item)
            else:
                self.dispositions.addTopLevelItem(item)
            items[code.code] = item
            if code.code == selected.disposition:
                current = item
        self.dispositions.expandAll()
        # Nothing chosen yet: the cursor rests on the first group, so focus does not pick a code.
        first = self.dispositions.topLevelItem(0)
        if current is not None:
            self.dispositions.setCurrentItem(current)
        elif first is not None:
            self.dispositions.setCurrentItem(first)
        self.dispositions.blockSignals(False)
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.addItem(self.tr("Choose…"), None)
        for code in codes.reasons:
            if code.active or code.code == selected.reason:
                self.reason.addItem(outcome_label(code.labels, code.code), code.code)
        found = self.reason.findData(selected.reason) if selected.reason else 0
        self.reason.setCurrentIndex(max(found, 0))
        self.reason.blockSignals(False)

    def _zones(self) -> list[tuple[str, str]]:
        assert self.target is not None
        zones = []
        if self.target.customer_timezone:
            zones.append(("customer", self.target.customer_timezone))
        zones.append(("agent", self.target.agent_timezone))
        return zones

    def _fill_zones(self) -> None:
        if self.target is None:
            return
        keep = self.follow_zone.currentIndex()
        self.follow_zone.blockSignals(True)
        self.follow_zone.clear()
        for basis, zone in self._zones():
            text = (
                self.tr("customer's time (%1)") if basis == "customer" else self.tr("my time (%1)")
            ).replace("%1", zone)
            self.follow_zone.addItem(text, (basis, zone))
        self.follow_zone.setCurrentIndex(max(0, min(keep, self.follow_zone.count() - 1)))
        self.follow_zone.blockSignals(False)
        self._zone_shown = self.follow_zone.currentData()[1] if self.follow_zone.count() else None

    def _fill_history(self) -> None:
        self.history.clear()
        if self.target is None or self.target.saved is None:
            return
        locale_fmt = Qt.DateFormat.ISODate
        for when, who, field, old, new in self.target.saved.changes:
            stamp = QDateTime.fromSecsSinceEpoch(int(when.timestamp())).toLocalTime().toString(locale_fmt)
            self.history.addItem(
                self.tr("%1 · %2 changed %3: %4 → %5")
                .replace("%1", stamp.replace("T", " ")[:16])
                .replace("%2", who or "?")
                .replace("%3", field)
                .replace("%4", old or "—")
                .replace("%5", new or "—")
            )
        if not self.target.saved.changes:
            self.history.addItem(self.tr("No changes since the wrap-up."))

    def _show_due(self, moment: datetime) -> None:
        zone = self.follow_zone.currentData()[1] if self.follow_zone.count() else "UTC"
        local = moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        self.follow_when.setDateTime(QDateTime(local.date(), local.time()))
        self._zone_shown = zone

    def _zone_changed(self, _index: int) -> None:
        """Keep the same moment when the agent switches between the customer's and their own clock."""
        if self._zone_shown is None or not self.follow_zone.count():
            return
        moment = self._due_in(self._zone_shown)
        self._show_due(moment)
        self._emit_changed()

    def _due_in(self, zone: str) -> datetime:
        qdt = self.follow_when.dateTime()
        naive = datetime(
            qdt.date().year(), qdt.date().month(), qdt.date().day(), qdt.time().hour(), qdt.time().minute()
        )
        return naive.replace(tzinfo=ZoneInfo(zone))

    # --- reading ------------------------------------------------------------------------

    def current(self) -> WrapUp:
        item = self.dispositions.currentItem()
        code: Code | None = item.data(0, CodeRole) if item is not None else None
        resolved = True if self.resolved_yes.isChecked() else False if self.resolved_no.isChecked() else None
        follow = None
        correcting = self.target is not None and self.target.saved is not None
        if not correcting and self.follow_box.isChecked() and self.follow_zone.count():
            basis, zone = self.follow_zone.currentData()
            follow = FollowUpRequest(self._due_in(zone), basis, zone, self.follow_reason.text().strip())
        return WrapUp(
            disposition=code.code if code is not None and code.selectable else None,
            reason=self.reason.currentData(),
            resolved=resolved,
            notes=self.notes.toPlainText(),
            csat=self.csat.value() or None,
            nps=self.nps.value() if self.nps.value() >= 0 else None,
            ces=self.ces.value() or None,
            follow_up=follow,
        )

    def acw_seconds(self) -> int:
        """After-contact work so far: time since the panel opened, plus a restored draft's."""
        base = self.target.acw_seconds if self.target is not None else 0
        return base + int(time.monotonic() - self._started)

    def _update_handle_time(self) -> None:
        if self.target is None or self.target.saved is not None:
            self.handle_label.setText(
                self.tr("Handle time %1").replace("%1", _clock(self.target.saved.handle_seconds))
                if self.target is not None and self.target.saved is not None
                else ""
            )
            return
        acw = self.acw_seconds()
        self.handle_label.setText(
            self.tr("Handle time %1 (after-contact work %2)")
            .replace("%1", _clock(self.target.active_seconds + acw))
            .replace("%2", _clock(acw))
        )

    # --- behaviour ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dispositions and event.type() == QEvent.Type.KeyPress and self.target is not None:
            key_text = event.text()  # type: ignore[attr-defined]
            code = self.target.codes.by_hotkey(key_text) if key_text else None
            if code is not None:
                self.select_disposition(code.code)
                return True
        return super().eventFilter(watched, event)

    def select_disposition(self, code: str) -> bool:
        for item in self._all_items():
            found: Code | None = item.data(0, CodeRole)
            if found is not None and found.code == code and found.selectable:
                self.dispositions.setCurrentItem(item)
                return True
        return False

    def _all_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            out.append(item)
            for n in range(item.childCount()):
                walk(item.child(n))

        for n in range(self.dispositions.topLevelItemCount()):
            walk(self.dispositions.topLevelItem(n))
        return out

    def _disposition_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        code: Code | None = current.data(0, CodeRole) if current is not None else None
        if code is not None and code.resolves is not None and not self._loading:
            (self.resolved_yes if code.resolves else self.resolved_no).setChecked(True)
        self._emit_changed()

    def _emit_changed(self, *_args: Any) -> None:
        if not self._loading and self.target is not None:
            self.problems.hide()
            self.changed.emit()

    def request_save(self) -> None:
        if self.target is not None:
            self.save_requested.emit(self.current())

    def show_problems(self, problems: list[Problem]) -> None:
        """Problems from validation, beside the panel's title; focus goes to the first field named."""
        names = {
            "disposition": self.tr("Choose a disposition."),
            "reason": self.tr("Choose the contact reason."),
            "resolved": self.tr("Say whether the issue was resolved."),
            "notes": self.tr("This queue needs a note."),
            "csat": self.tr("CSAT is between 1 and 5."),
            "nps": self.tr("NPS is between 0 and 10."),
            "ces": self.tr("CES is between 1 and 7."),
            "follow_up": self.tr("The follow-up is in the past; pick a later time."),
        }
        lines = []
        for problem in problems:
            text = names.get(problem.field, problem.message)
            if "removed since" in problem.message:
                text = self.tr("This code was removed since; choose another.")
            lines.append(text)
        self.problems.setText("\n".join(dict.fromkeys(lines)))
        self.problems.show()
        focus = {
            "disposition": self.dispositions,
            "reason": self.reason,
            "resolved": self.resolved_yes,
            "notes": self.notes,
            "csat": self.csat,
            "nps": self.nps,
            "ces": self.ces,
            "follow_up": self.follow_when,
        }
        if problems and problems[0].field in focus:
            focus[problems[0].field].setFocus(Qt.FocusReason.OtherFocusReason)
