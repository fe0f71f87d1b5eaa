"""Review: a supervisor's queue of conversations, each shown beside its scorecard.

The conversation is the agent screen's own timeline (``TimelinePanel``, the same model and
delegate), read-only and limited to the interaction under review; the scorecard pane is
built from the review's scorecard version.  Notes can be pinned to the selected message and
a conversation shared as an exemplar.  All database work goes through the task runner.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_console.core import agents as core_agents
from agent_console.core.coaching import reviews, scoring
from agent_console.core.coaching.reviews import QueueFilter, QueueItem, ReviewState
from agent_console.core.models import Calibration, Interaction, ScorecardVersion
from agent_console.core.outcomes import codes
from agent_console.ui.common import channel_name, country_display, outcome_label, to_qdatetime
from agent_console.ui.compare import CompareWindow
from agent_console.ui.scorecard_editor import ScorecardEditor
from agent_console.ui.tasks import TaskError, TaskRunner
from agent_console.ui.timeline import TimelinePanel


def rating_text(criterion: scoring.Criterion, value: Any) -> str:
    """An answer as the scorecard shows it: Yes, No, N/A or "3 of 4"."""
    if value == scoring.NA:
        return QCoreApplication.translate("ScorecardForm", "N/A")
    if value == "yes":
        return QCoreApplication.translate("ScorecardForm", "Yes")
    if value == "no":
        return QCoreApplication.translate("ScorecardForm", "No")
    return (
        QCoreApplication.translate("ScorecardForm", "%1 of %2")
        .replace("%1", str(value))
        .replace("%2", str(criterion.points))
    )


class ScorecardForm(QWidget):
    """One row per criterion: rating, root cause (when the rating is negative), comment."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: ReviewState | None = None
        self.root_cause_labels: dict[str, dict[str, str]] = {}
        self.rows: dict[str, tuple[QComboBox, QComboBox, QLineEdit]] = {}
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.score_label = QLabel(self)
        font = self.score_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.score_label.setFont(font)
        self.score_label.setWordWrap(True)
        self.messages = QLabel(self)
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet("color: #a05a00;")
        self.sections = QWidget(self)
        self.sections_layout = QVBoxLayout(self.sections)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 3 + 12)
        self.summary.textChanged.connect(self.changed)
        self.summary_label = QLabel(self)
        self.summary_label.setBuddy(self.summary)
        self.layout_.addWidget(self.score_label)
        self.layout_.addWidget(self.messages)
        self.layout_.addWidget(self.sections)
        self.layout_.addWidget(self.summary_label)
        self.layout_.addWidget(self.summary)
        self.layout_.addStretch(1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.summary_label.setText(self.tr("&Summary for the agent"))
        self.summary.setAccessibleName(self.tr("Summary for the agent"))
        if self.state is not None:
            answers = self.answers()
            self._build(self.state, answers)
        self.update_score()

    def value_text(self, criterion: scoring.Criterion, value: Any) -> str:
        return rating_text(criterion, value)

    def set_state(self, state: ReviewState, root_cause_labels: dict[str, dict[str, str]]) -> None:
        self.state = state
        self.root_cause_labels = root_cause_labels
        self._build(state, state.answers)
        self.summary.blockSignals(True)
        self.summary.setPlainText(state.summary)
        self.summary.blockSignals(False)
        self.messages.setText("\n".join(state.messages))
        self.messages.setVisible(bool(state.messages))
        self.set_read_only(state.status == "submitted")
        self.update_score()

    def _build(self, state: ReviewState, answers: dict[str, Any]) -> None:
        while self.sections_layout.count():
            item = self.sections_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows.clear()
        definition = state.definition
        for section_key, titles in definition.sections:
            box = QGroupBox(outcome_label(titles, section_key), self.sections)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            for c in (c for c in definition.criteria if c.section == section_key):
                title = outcome_label(c.title, c.key)
                if c.critical:
                    title += " ★"
                label = QLabel(title, box)
                label.setWordWrap(True)
                tip = self.tr("Weight %1").replace("%1", f"{c.weight:g}")
                if c.critical:
                    tip += " · " + self.tr("critical: the lowest rating fails the whole review")
                label.setToolTip(tip)
                rating = QComboBox(box)
                rating.addItem(self.tr("Not rated"), None)
                for value in reversed(c.values()) if c.scale != "yes_no" else c.values()[::-1]:
                    rating.addItem(self.value_text(c, value), value)
                cause = QComboBox(box)
                cause.addItem(self.tr("Root cause…"), None)
                for code in c.root_causes:
                    cause.addItem(outcome_label(self.root_cause_labels.get(code, {}), code), code)
                comment = QLineEdit(box)
                comment.setPlaceholderText(self.tr("Comment (optional)"))
                rating.setAccessibleName(self.tr("Rating: %1").replace("%1", title))
                cause.setAccessibleName(self.tr("Root cause: %1").replace("%1", title))
                comment.setAccessibleName(self.tr("Comment: %1").replace("%1", title))
                answer = answers.get(c.key) or {}
                found = rating.findData(answer.get("value")) if answer.get("value") is not None else 0
                rating.setCurrentIndex(max(found, 0))
                cause.setCurrentIndex(max(cause.findData(answer.get("root_cause")), 0))
                comment.setText(answer.get("comment", ""))
                row = QHBoxLayout()
                row.addWidget(rating, 1)
                row.addWidget(cause, 1)
                form.addRow(label, row)
                form.addRow(comment)
                self.rows[c.key] = (rating, cause, comment)
                rating.currentIndexChanged.connect(lambda _i, key=c.key: self._rating_changed(key))
                cause.currentIndexChanged.connect(lambda _i: self._emit())
                comment.textChanged.connect(lambda _t: self._emit())
                self._update_cause(c.key)
            self.sections_layout.addWidget(box)

    def _rating_changed(self, key: str) -> None:
        self._update_cause(key)
        self._emit()

    def _update_cause(self, key: str) -> None:
        if self.state is None:
            return
        criterion = self.state.definition.criterion(key)
        rating, cause, _comment = self.rows[key]
        value = rating.currentData()
        negative = value is not None and criterion.negative(value)
        cause.setEnabled(negative and bool(criterion.root_causes) and self.state.status != "submitted")
        cause.setVisible(bool(criterion.root_causes))

    def _emit(self) -> None:
        self.update_score()
        self.changed.emit()

    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, (rating, cause, comment) in self.rows.items():
            value = rating.currentData()
            if value is None and not comment.text().strip():
                continue
            answer: dict[str, Any] = {"value": value}
            if cause.isEnabled() and cause.currentData():
                answer["root_cause"] = cause.currentData()
            if comment.text().strip():
                answer["comment"] = comment.text().strip()
            out[key] = answer
        return out

    def result(self) -> scoring.Result | None:
        if self.state is None:
            return None
        return scoring.score(self.state.definition, self.answers())

    def update_score(self) -> None:
        result = self.result()
        if result is None:
            self.score_label.setText("")
            return
        locale = QLocale()
        if result.raw_score is None:
            text = self.tr("Quality score: —")
        elif result.critical_failed:
            text = self.tr("Quality score: 0 % (critical criterion failed; %1 % without it)").replace(
                "%1", locale.toString(result.raw_score, "f", 1)
            )
        else:
            text = self.tr("Quality score: %1 %").replace("%1", locale.toString(result.score or 0.0, "f", 1))
        if result.problems:
            text += "  ·  " + self.tr("%n criteria still to rate or explain", "", len(result.problems))
        self.score_label.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        for key, (rating, cause, comment) in self.rows.items():
            rating.setEnabled(not read_only)
            comment.setReadOnly(read_only)
            self._update_cause(key)
            if read_only:
                cause.setEnabled(False)
        self.summary.setReadOnly(read_only)


class ReviewWindow(QWidget):
    """Queue | conversation | scorecard.  Enter in the queue opens a review; Ctrl+Enter submits it."""

    open_interaction = Signal(int)
    loaded = Signal()
    review_shown = Signal(int)

    def __init__(
        self, tasks: TaskRunner, reviewer_id: int, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.tasks = tasks
        self.reviewer_id = reviewer_id
        self.today = today or date.today()
        self.items: list[QueueItem] = []
        self.labels: dict[str, dict[str, str]] = {}
        self.review_id: int | None = None
        self._generation = 0  # a late review for an earlier choice is dropped
        self.resize(1500, 900)

        self.period = QComboBox(self)
        self.agent = QComboBox(self)
        self.channel = QComboBox(self)
        self.queue_filter_box = QComboBox(self)
        self.country = QComboBox(self)
        self.outcome = QComboBox(self)
        self.low_csat = QCheckBox(self)
        self.long_handle = QCheckBox(self)
        for combo in self._filter_combos():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sample = QSpinBox(self)
        self.sample.setRange(0, 50)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.load_queue)
        self.edit_scorecard_button = QPushButton(self)
        self.edit_scorecard_button.clicked.connect(self.edit_scorecard)
        self.sample_label = QLabel(self)
        self.sample_label.setBuddy(self.sample)
        filters = QHBoxLayout()
        for widget in (
            self.period,
            self.agent,
            self.channel,
            self.queue_filter_box,
            self.country,
            self.outcome,
            self.low_csat,
            self.long_handle,
            self.sample_label,
            self.sample,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.edit_scorecard_button)
        filters.addWidget(self.refresh_button)

        self.queue = QTableWidget(0, 6, self)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Ctrl+click a second conversation to compare the two side by side.
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.verticalHeader().hide()
        self.queue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.queue.horizontalHeader().setStretchLastSection(True)
        self.queue.currentCellChanged.connect(lambda row, *_: self.open_row(row))
        self.queue_label = QLabel(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.queue_label)
        left_layout.addWidget(self.queue, 1)

        self.timeline = TimelinePanel(tasks, self)
        self.pin_button = QPushButton(self)
        self.pin_button.clicked.connect(self.pin_note)
        self.exemplar_button = QPushButton(self)
        self.exemplar_button.clicked.connect(self.share_exemplar)
        self.compare_button = QPushButton(self)
        self.compare_button.clicked.connect(self.compare_selected)
        self.replies_label = QLabel(self)
        self.replies_label.setWordWrap(True)
        self.compare: CompareWindow | None = None
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(
            lambda: (
                self.open_interaction.emit(self.current_interaction()) if self.current_interaction() else None
            )
        )
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.timeline, 1)
        centre_layout.addWidget(self.replies_label)
        tools = QHBoxLayout()
        tools.addWidget(self.pin_button)
        tools.addWidget(self.exemplar_button)
        tools.addWidget(self.compare_button)
        self.calibrate_button = QPushButton(self)
        self.calibrate_button.clicked.connect(self.start_calibration)
        tools.addWidget(self.calibrate_button)
        tools.addStretch(1)
        tools.addWidget(self.open_button)
        centre_layout.addLayout(tools)

        self.form = ScorecardForm(self)
        self.form.changed.connect(self._form_changed)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wrap, never hide
        scroll.setWidget(self.form)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_draft)
        self.submit_button = QPushButton(self)
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        # Calibrations: the same conversation scored blind by several supervisors.
        self.calibrations = QTableWidget(0, 4, self)
        self.calibrations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.calibrations.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.calibrations.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.calibrations.verticalHeader().hide()
        self.calibrations.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.calibrations.horizontalHeader().setStretchLastSection(True)
        self.calibrations.currentCellChanged.connect(lambda row, *_: self.open_calibration_row(row))
        self.calibration_items: list[reviews.CalibrationItem] = []
        self.calibration_id: int | None = None
        self.disagree_button = QPushButton(self)
        self.disagree_button.clicked.connect(self.show_disagreement)
        self.disagree_button.setEnabled(False)
        calibration_page = QWidget(self)
        calibration_layout = QVBoxLayout(calibration_page)
        calibration_layout.setContentsMargins(0, 0, 0, 0)
        calibration_layout.addWidget(self.calibrations, 1)
        calibration_layout.addWidget(self.disagree_button)
        self.left_tabs = QTabWidget(self)
        self.left_tabs.addTab(left, "")
        self.left_tabs.addTab(calibration_page, "")
        self.left_tabs.currentChanged.connect(lambda index: self.load_calibrations() if index == 1 else None)
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(right)
        self.splitter.setSizes([430, 560, 510])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        for sequence, slot in (
            ("Ctrl+Return", self.submit),
            ("Ctrl+S", self.save_draft),
            ("F5", self.load_queue),
            ("Ctrl+D", self.compare_selected),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(slot)
        self.retranslate()
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(lambda _i: self.load_queue())
        for box in (self.low_csat, self.long_handle):
            box.toggled.connect(lambda _c: self.load_queue())
        self.sample.valueChanged.connect(lambda _v: self.load_queue())
        self.options: tuple[list[str], list[str], list[str]] = ([], [], [])
        self.tasks.db(
            lambda s: ([(a.id, a.name) for a in core_agents.list_agents(s)], reviews.queue_filter_options(s)),
            self._agents_loaded,
            owner=self,
        )

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.period, self.agent, self.channel, self.queue_filter_box, self.country, self.outcome)

    # --- text ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review conversations"))
        self._fill_combo(
            self.period,
            [
                (7, self.tr("Last 7 days")),
                (30, self.tr("Last 30 days")),
                (90, self.tr("Last 90 days")),
                (365, self.tr("Last 12 months")),
            ],
            default=30,
        )
        channels = [(None, self.tr("All channels"))] + [
            (c, channel_name(c)) for c in ("email", "phone", "sms", "whatsapp", "telegram", "chat", "social")
        ]
        self._fill_combo(self.channel, channels)
        if self.agent.count():
            self.agent.setItemText(0, self.tr("All agents"))
        if any(getattr(self, "options", ([], [], []))):
            self._fill_options()
        self.low_csat.setText(self.tr("Low CSAT (1–2)"))
        self.long_handle.setText(self.tr("Long handle time (15 min or more)"))
        self.sample_label.setText(self.tr("Sample per agent per &week"))
        self.sample.setSpecialValueText(self.tr("all"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.edit_scorecard_button.setText(self.tr("Edit the scorecard…"))
        self.queue.setHorizontalHeaderLabels(
            [
                self.tr("Closed"),
                self.tr("Agent"),
                self.tr("Customer"),
                self.tr("Channel"),
                self.tr("Disposition"),
                self.tr("CSAT"),
            ]
        )
        self.pin_button.setText(self.tr("Pin a note to the message…"))
        self.exemplar_button.setText(self.tr("Share as an exemplar…"))
        self.open_button.setText(self.tr("Open in the agent screen"))
        self.compare_button.setText(self.tr("Compare two side by side (Ctrl+D)"))
        self.calibrate_button.setText(self.tr("Calibrate with other supervisors…"))
        self.disagree_button.setText(self.tr("Show where we disagree"))
        self.left_tabs.setTabText(0, self.tr("To review"))
        self.left_tabs.setTabText(1, self.tr("Calibrations"))
        self.calibrations.setHorizontalHeaderLabels(
            [self.tr("Started"), self.tr("By"), self.tr("Customer"), self.tr("Your scoring")]
        )
        self.compare_button.setToolTip(
            self.tr("Select two conversations in the list (Ctrl+click), then compare them")
        )
        self.save_button.setText(self.tr("Save draft (Ctrl+S)"))
        self.submit_button.setText(self.tr("Submit review (Ctrl+Enter)"))
        for widget, name in (
            (self.period, self.tr("Period")),
            (self.agent, self.tr("Agent")),
            (self.channel, self.tr("Channel")),
            (self.queue_filter_box, self.tr("Queue")),
            (self.edit_scorecard_button, self.tr("Edit the scorecard")),
            (self.country, self.tr("Country")),
            (self.outcome, self.tr("Outcome")),
            (self.queue, self.tr("Conversations to review")),
            (self.sample, self.tr("Sample per agent per week")),
            (self.pin_button, self.tr("Pin a coaching note to the selected message")),
            (self.exemplar_button, self.tr("Share this conversation as an exemplar")),
            (self.open_button, self.tr("Open in the agent screen")),
            (self.compare_button, self.tr("Compare the two selected conversations side by side")),
            (
                self.calibrate_button,
                self.tr("Calibrate: have other supervisors score this conversation blind"),
            ),
            (self.calibrations, self.tr("Calibrations")),
            (self.disagree_button, self.tr("Show where the supervisors disagree")),
            (self.save_button, self.tr("Save the review as a draft")),
            (self.submit_button, self.tr("Submit the review")),
        ):
            widget.setAccessibleName(name)
        self._update_queue_label()

    def _fill_combo(self, combo: QComboBox, items: list[tuple[Any, str]], default: Any = None) -> None:
        keep = combo.currentData() if combo.count() else default
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)

    def _agents_loaded(
        self, result: tuple[list[tuple[int, str]], tuple[list[str], list[str], list[str]]]
    ) -> None:
        rows, self.options = result
        self._fill_combo(self.agent, [(None, self.tr("All agents")), *rows])
        self._fill_options()
        self.load_queue()

    def _fill_options(self) -> None:
        queues, countries, dispositions = self.options
        self._fill_combo(self.queue_filter_box, [(None, self.tr("All queues")), *((q, q) for q in queues)])
        self._fill_combo(
            self.country, [(None, self.tr("All countries")), *((c, country_display(c)) for c in countries)]
        )
        self._fill_combo(
            self.outcome,
            [
                (None, self.tr("All outcomes")),
                *((d, outcome_label(self.labels.get(d), d)) for d in dispositions),
            ],
        )

    def _update_queue_label(self) -> None:
        self.queue_label.setText(self.tr("%n conversations to review", "", len(self.items)))

    # --- queue --------------------------------------------------------------------------

    def queue_filter(self) -> QueueFilter:
        days = self.period.currentData() or 30
        return QueueFilter(
            self.today - timedelta(days=days - 1),
            self.today,
            agent_id=self.agent.currentData(),
            channel=self.channel.currentData(),
            queue=self.queue_filter_box.currentData(),
            country=self.country.currentData(),
            disposition=self.outcome.currentData(),
            low_csat=self.low_csat.isChecked(),
            long_handle_seconds=900 if self.long_handle.isChecked() else None,
            sample_per_agent_week=self.sample.value() or None,
            exclude_agent_id=self.reviewer_id,
        )

    def load_queue(self) -> None:
        f = self.queue_filter()
        self.tasks.db(
            lambda s: (reviews.review_queue(s, f), codes.all_labels(s)), self._queue_loaded, owner=self
        )

    def _queue_loaded(self, result: tuple[list[QueueItem], dict[str, dict[str, str]]]) -> None:
        items, labels = result
        self.items = items
        first_labels = not self.labels and labels
        self.labels = labels
        self.timeline.model.outcome_labels = labels
        if first_labels:
            self._fill_options()  # disposition names in the UI language
        self.queue.blockSignals(True)
        self.queue.setRowCount(len(items))
        locale = QLocale()
        for row, item in enumerate(items):
            values = [
                locale.toString(to_qdatetime(item.closed_at).toLocalTime(), QLocale.FormatType.ShortFormat),
                item.agent_name or "",
                item.customer_name,
                channel_name(item.channel),
                outcome_label(labels.get(item.disposition), item.disposition),
                "" if item.csat is None else str(item.csat),
            ]
            for column, value in enumerate(values):
                self.queue.setItem(row, column, QTableWidgetItem(value))
        self.queue.blockSignals(False)
        self._update_queue_label()
        self.loaded.emit()

    def current_interaction(self) -> int | None:
        row = self.queue.currentRow()
        return self.items[row].interaction_id if 0 <= row < len(self.items) else None

    # --- one review ---------------------------------------------------------------------

    def open_row(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        self.open_review(self.items[row].interaction_id)

    def open_review(self, interaction_id: int, calibration_id: int | None = None) -> None:
        reviewer = self.reviewer_id
        language = QLocale().name().split("_")[0]

        def load(
            session: Any,
        ) -> tuple[ReviewState, dict[str, dict[str, str]], int, str, str | None, list[str]]:
            review = reviews.start_review(session, interaction_id, reviewer, calibration_id=calibration_id)
            state = reviews.review_state(session, review.id)
            version = session.get(ScorecardVersion, review.scorecard_version_id)
            causes = dict((version.definition or {}).get("root_causes") or {})
            interaction = session.get(Interaction, interaction_id)
            customer = interaction.customer
            used = reviews.replies_used(session, interaction_id, language)
            return state, causes, customer.id, customer.display_name, customer.timezone, used

        self._generation += 1
        generation = self._generation
        self.tasks.db(
            load,
            lambda result: self._review_loaded(result) if generation == self._generation else None,
            self._failed,
            owner=self,
        )

    def _review_loaded(
        self, result: tuple[ReviewState, dict[str, dict[str, str]], int, str, str | None, list[str]]
    ) -> None:
        state, causes, customer_id, name, tz, used = result
        self.review_id = state.review_id
        self.form.set_state(state, causes)
        self.replies_label.setText(
            self.tr("Canned replies used: %1").replace("%1", ", ".join(used))
            if used
            else self.tr("No canned replies used.")
        )
        self.timeline.show_customer(customer_id, name, tz, interaction_id=state.interaction_id)
        submitted = state.status == "submitted"
        self.submit_button.setEnabled(not submitted)
        self.save_button.setEnabled(not submitted)
        self.status.setText(self.tr("Submitted.") if submitted else "")
        self.review_shown.emit(state.review_id)

    def _form_changed(self) -> None:
        self.status.setText("")

    def save_draft(self) -> None:
        review_id = self.review_id
        if review_id is None:
            return
        answers, summary = self.form.answers(), self.form.summary.toPlainText()
        self.tasks.db(
            lambda s: reviews.save_answers(s, review_id, answers, summary),
            lambda _r: self.status.setText(self.tr("Draft saved.")),
            self._failed,
            owner=self,
        )

    def submit(self) -> None:
        review_id = self.review_id
        if review_id is None:
            return
        answers, summary = self.form.answers(), self.form.summary.toPlainText()

        def run(session: Any) -> scoring.Result:
            reviews.save_answers(session, review_id, answers, summary)
            return reviews.submit(session, review_id)

        self.tasks.db(run, self._submitted, self._failed, owner=self)

    def edit_scorecard(self) -> ScorecardEditor:
        editor = ScorecardEditor(self.tasks, self.reviewer_id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        return editor

    # --- calibration ----------------------------------------------------------------------

    def start_calibration(self) -> None:
        interaction_id = self.current_interaction()
        if interaction_id is None:
            self.status.setText(self.tr("Choose a conversation first."))
            return
        reviewer = self.reviewer_id

        def run(session: Any) -> int:
            return reviews.start_calibration(session, interaction_id, reviewer).id

        def started(calibration_id: int) -> None:
            self.status.setText(
                self.tr(
                    "Calibration started: each supervisor scores it under Calibrations, without seeing the others."
                )
            )
            self.left_tabs.setCurrentIndex(1)
            self.load_calibrations(select_id=calibration_id)

        self.tasks.db(run, started, self._failed, owner=self)

    def load_calibrations(self, select_id: int | None = None) -> None:
        viewer = self.reviewer_id
        self.tasks.db(
            lambda s: reviews.open_calibrations(s, viewer),
            lambda items: self._calibrations_loaded(items, select_id),
            owner=self,
        )

    def _calibrations_loaded(self, items: list[reviews.CalibrationItem], select_id: int | None) -> None:
        self.calibration_items = items
        states = {
            "none": self.tr("not started"),
            "draft": self.tr("draft"),
            "submitted": self.tr("submitted"),
        }
        self.calibrations.blockSignals(True)
        self.calibrations.setRowCount(len(items))
        locale = QLocale()
        for row, item in enumerate(items):
            values = [
                locale.toString(to_qdatetime(item.created_at).toLocalTime(), QLocale.FormatType.ShortFormat),
                item.created_by,
                item.customer_name,
                states[item.mine] + " · " + self.tr("%n submitted", "", item.submitted),
            ]
            for column, value in enumerate(values):
                self.calibrations.setItem(row, column, QTableWidgetItem(value))
        self.calibrations.blockSignals(False)
        if select_id is not None:
            row = next((r for r, i in enumerate(items) if i.calibration_id == select_id), -1)
            if row >= 0:
                self.calibrations.setCurrentCell(row, 0)
        self._update_disagree_button()

    def open_calibration_row(self, row: int) -> None:
        if not 0 <= row < len(self.calibration_items):
            return
        item = self.calibration_items[row]
        if item.interaction_id is None:
            self.status.setText(
                self.tr("The conversation under review was deleted; the review and its score are kept.")
            )
            return
        self.calibration_id = item.calibration_id
        self.open_review(item.interaction_id, item.calibration_id)
        self._update_disagree_button()

    def _update_disagree_button(self) -> None:
        row = self.calibrations.currentRow()
        item = self.calibration_items[row] if 0 <= row < len(self.calibration_items) else None
        # Blind until one's own scoring is in: then the others' answers may be seen.
        self.disagree_button.setEnabled(item is not None and item.mine == "submitted")

    def show_disagreement(self) -> CalibrationDialog | None:
        row = self.calibrations.currentRow()
        if not 0 <= row < len(self.calibration_items):
            return None
        calibration_id = self.calibration_items[row].calibration_id
        dialog = CalibrationDialog(self.tasks, calibration_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _submitted(self, result: scoring.Result) -> None:
        self.status.setText(
            self.tr("Review submitted: %1 %.").replace("%1", QLocale().toString(result.score or 0.0, "f", 1))
        )
        self.submit_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.form.set_read_only(True)
        self.load_queue()
        if self.left_tabs.currentIndex() == 1:
            self.load_calibrations(select_id=self.calibration_id)

    def _failed(self, error: TaskError) -> None:
        problems = getattr(error.error, "problems", None)
        if problems:
            self.status.setText(
                self.tr("Not submitted: %n criteria still to rate or explain.", "", len(problems))
            )
        else:
            self.status.setText(str(error))

    def compare_selected(self) -> CompareWindow | None:
        rows = sorted({index.row() for index in self.queue.selectionModel().selectedRows()})
        if len(rows) != 2:
            self.status.setText(
                self.tr("Select two conversations in the list (Ctrl+click), then compare them")
            )
            return None
        return self.compare_interactions(
            self.items[rows[0]].interaction_id, self.items[rows[1]].interaction_id
        )

    def compare_interactions(self, left: int, right: int) -> CompareWindow:
        if self.compare is not None:
            self.compare.close()
        self.compare = CompareWindow(self.tasks, left, right, self)
        self.compare.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.compare.destroyed.connect(lambda *_: setattr(self, "compare", None))
        self.compare.show()
        return self.compare

    # --- notes and exemplars ------------------------------------------------------------

    def pin_note(self) -> None:
        entry = self.timeline.current_entry()
        if entry is None:
            self.status.setText(self.tr("Select a message in the conversation first."))
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Coaching note"), self.tr("Note for the agent, pinned to this message:")
        )
        if ok and text.strip():
            self.add_note(entry.id, text)

    def add_note(self, event_id: int, text: str) -> None:
        reviewer, review_id = self.reviewer_id, self.review_id
        self.tasks.db(
            lambda s: reviews.add_comment(s, event_id, reviewer, text, review_id=review_id).id,
            lambda _id: self.status.setText(self.tr("Note pinned; the agent will see it in their timeline.")),
            self._failed,
            owner=self,
        )

    def share_exemplar(self) -> None:
        interaction_id = self.current_interaction()
        if interaction_id is None:
            return
        note, ok = QInputDialog.getText(
            self, self.tr("Share as an exemplar"), self.tr("Why is it a good example?")
        )
        if ok:
            self.add_exemplar(interaction_id, note)

    def add_exemplar(self, interaction_id: int, note: str) -> None:
        reviewer = self.reviewer_id
        self.tasks.db(
            lambda s: reviews.share_exemplar(s, interaction_id, reviewer, note=note).id,
            lambda _id: self.status.setText(self.tr("Shared with the team as an exemplar.")),
            self._failed,
            owner=self,
        )


class CalibrationDialog(QDialog):
    """Every supervisor's answer per criterion; rows where they differ are marked."""

    loaded = Signal()

    def __init__(self, tasks: TaskRunner, calibration_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.report: reviews.CalibrationReport | None = None
        self.setWindowTitle(self.tr("Where the supervisors disagree"))
        self.resize(900, 600)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 0, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Answers per criterion and supervisor"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

        def load(
            session: Any,
        ) -> tuple[reviews.CalibrationReport, dict[str, dict[str, str]], scoring.Definition]:
            calibration = session.get(Calibration, calibration_id)
            if calibration is None:
                raise reviews.ReviewError("This calibration no longer exists.")
            definition = reviews.definition_of(session, calibration.scorecard_version_id)
            return (
                reviews.calibration_report(session, calibration_id),
                {c.key: c.title for c in definition.criteria},
                definition,
            )

        tasks.db(load, self._loaded, lambda error: self.summary.setText(str(error)), owner=self)

    def _loaded(
        self, result: tuple[reviews.CalibrationReport, dict[str, dict[str, str]], scoring.Definition]
    ) -> None:
        report, titles, definition = result
        self.report = report
        locale = QLocale()
        scores = ", ".join(
            f"{name}: {'—' if score is None else locale.toString(score, 'f', 1) + ' %'}"
            for name, score in report.scores.items()
        )
        spread = "—" if report.score_spread is None else locale.toString(report.score_spread, "f", 1)
        self.summary.setText(
            self.tr(
                "Scores: %1. Spread: %2 points. %n criteria rated differently.", "", len(report.disagreements)
            )
            .replace("%1", scores)
            .replace("%2", spread)
        )
        self.table.setColumnCount(len(report.reviewers))
        self.table.setRowCount(len(report.criteria))
        self.table.setHorizontalHeaderLabels(report.reviewers)
        self.table.setVerticalHeaderLabels([outcome_label(titles.get(c.key), c.key) for c in report.criteria])
        for row, spread_row in enumerate(report.criteria):
            criterion = definition.criterion(spread_row.key)
            for column, name in enumerate(report.reviewers):
                value = spread_row.values.get(name)
                cell = QTableWidgetItem("—" if value is None else rating_text(criterion, value))
                if not spread_row.agree:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                    cell.setBackground(Qt.GlobalColor.yellow)
                    cell.setForeground(Qt.GlobalColor.black)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.loaded.emit()
