"""Two conversations side by side, scrolled together by time or by message.

Both sides are the agent screen's own timeline, each limited to its interaction.  The top
summarises what differs: outcome, resolved, handle time, number of messages, canned replies
used.  Scrolling one side moves the other to the matching place: the same message number
counted from the start, or the same time elapsed since the conversation began.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.coaching import reviews
from agent_console.core.coaching.reviews import Comparison
from agent_console.core.models import Interaction
from agent_console.core.outcomes import codes
from agent_console.ui.common import outcome_label
from agent_console.ui.dashboard import format_duration
from agent_console.ui.tasks import TaskRunner
from agent_console.ui.timeline import TimelinePanel


class CompareWindow(QWidget):
    loaded = Signal()

    def __init__(self, tasks: TaskRunner, left_id: int, right_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.tasks = tasks
        self.ids = (left_id, right_id)
        self.comparison: Comparison | None = None
        self.labels: dict[str, dict[str, str]] = {}
        self._syncing = False
        self.resize(1400, 880)
        self.mode = QComboBox(self)
        self.mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mode_label = QLabel(self)
        self.mode_label.setBuddy(self.mode)
        self.summary = QGridLayout()
        self.summary_labels: list[list[QLabel]] = [[QLabel(self) for _ in range(3)] for _ in range(5)]
        for row, cells in enumerate(self.summary_labels):
            for column, label in enumerate(cells):
                label.setWordWrap(True)
                if column == 0:
                    font = label.font()
                    font.setBold(True)
                    label.setFont(font)
                self.summary.addWidget(label, row, column)
        self.summary.setColumnStretch(1, 1)
        self.summary.setColumnStretch(2, 1)
        self.left = TimelinePanel(tasks, self)
        self.right = TimelinePanel(tasks, self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.left)
        split.addWidget(self.right)
        top = QHBoxLayout()
        top.addWidget(self.mode_label)
        top.addWidget(self.mode)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.summary)
        layout.addWidget(split, 1)
        for side, other in ((self.left, self.right), (self.right, self.left)):
            side.view.verticalScrollBar().valueChanged.connect(lambda _v, s=side, o=other: self.sync(s, o))
            side.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        close = QShortcut(QKeySequence("Escape"), self)
        close.activated.connect(self.close)
        self.retranslate()
        self.mode.currentIndexChanged.connect(lambda _i: self.sync(self.left, self.right))
        self.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Two conversations side by side"))
        self.mode_label.setText(self.tr("&Scroll together"))
        keep = self.mode.currentData() or "message"
        self.mode.blockSignals(True)
        self.mode.clear()
        self.mode.addItem(self.tr("by message"), "message")
        self.mode.addItem(self.tr("by time since the start"), "time")
        self.mode.setCurrentIndex(max(self.mode.findData(keep), 0))
        self.mode.blockSignals(False)
        self.mode.setAccessibleName(self.tr("Scroll together"))
        self.left.view.setAccessibleName(self.tr("Left conversation"))
        self.right.view.setAccessibleName(self.tr("Right conversation"))
        self._show_summary()

    def load(self) -> None:
        left_id, right_id = self.ids
        language = QLocale().name().split("_")[0]

        def fetch(
            session: Any,
        ) -> tuple[Comparison, list[tuple[int, str, str | None]], dict[str, dict[str, str]]]:
            sides = []
            for interaction_id in (left_id, right_id):
                interaction = session.get(Interaction, interaction_id)
                if interaction is None:
                    raise reviews.ReviewError("One of the two conversations no longer exists.")
                customer = interaction.customer
                sides.append((customer.id, customer.display_name, customer.timezone))
            return reviews.compare(session, left_id, right_id, language), sides, codes.all_labels(session)

        self.tasks.db(fetch, self._loaded, lambda error: self._show_error(str(error)), owner=self)

    def _loaded(
        self, result: tuple[Comparison, list[tuple[int, str, str | None]], dict[str, dict[str, str]]]
    ) -> None:
        self.comparison, sides, self.labels = result
        for panel, (customer_id, name, tz), interaction_id in zip(
            (self.left, self.right), sides, self.ids, strict=True
        ):
            panel.model.outcome_labels = self.labels
            panel.show_customer(customer_id, name, tz, interaction_id=interaction_id)
        self._show_summary()
        self.loaded.emit()

    def _show_error(self, message: str) -> None:
        self.summary_labels[0][0].setText(message)

    def _show_summary(self) -> None:
        c = self.comparison
        heads = [
            self.tr("Outcome"),
            self.tr("Resolved"),
            self.tr("Handle time"),
            self.tr("Messages"),
            self.tr("Canned replies used"),
        ]
        for row, head in enumerate(heads):
            self.summary_labels[row][0].setText(head)
        if c is None:
            return
        yes, no = self.tr("yes"), self.tr("no")
        for column in (0, 1):
            disposition = c.outcomes[column]
            values = [
                outcome_label(self.labels.get(disposition or ""), disposition) if disposition else "—",
                "—" if c.resolved[column] is None else yes if c.resolved[column] else no,
                format_duration(c.handle_seconds[column]),
                str(c.messages[column]),
                ", ".join(c.replies_used[column]) or "—",
            ]
            for row, value in enumerate(values):
                label = self.summary_labels[row][column + 1]
                other = c.outcomes, c.resolved, c.handle_seconds, c.messages, c.replies_used
                differs = other[row][0] != other[row][1]
                label.setText(f"<b>{value}</b>" if differs else value)

    # --- scrolling together ---------------------------------------------------------------

    def sync(self, source: TimelinePanel, target: TimelinePanel) -> None:
        if self._syncing:
            return
        src_model, dst_model = source.model, target.model
        if not src_model.rowCount() or not dst_model.rowCount():
            return
        top = source.view.indexAt(QPoint(8, 8))
        row = top.row() if top.isValid() else 0
        if self.mode.currentData() == "time":
            oldest = src_model.entry(src_model.rowCount() - 1)
            entry = src_model.entry(row)
            elapsed = entry.occurred_at - oldest.occurred_at
            dst_oldest = dst_model.entry(dst_model.rowCount() - 1).occurred_at
            target_row = min(
                range(dst_model.rowCount()),
                key=lambda r: abs((dst_model.entry(r).occurred_at - dst_oldest) - elapsed),
            )
        else:  # the same message number, counted from the start of each conversation
            number = src_model.rowCount() - 1 - row
            target_row = max(dst_model.rowCount() - 1 - number, 0)
        self._syncing = True
        try:
            target.view.scrollTo(dst_model.index(target_row), QAbstractItemView.ScrollHint.PositionAtTop)
        finally:
            self._syncing = False

    def top_row(self, panel: TimelinePanel) -> int:
        index = panel.view.indexAt(QPoint(8, 8))
        return index.row() if index.isValid() else -1
