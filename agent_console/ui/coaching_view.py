"""My coaching: an agent's reviews, the trend of their quality score, notes to acknowledge, exemplars."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QMargins, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.coaching import reviews
from agent_console.core.coaching.reviews import AgentOverview
from agent_console.ui.common import to_qdatetime
from agent_console.ui.tasks import TaskRunner

IdRole = Qt.ItemDataRole.UserRole + 1
InteractionRole = Qt.ItemDataRole.UserRole + 2


def _when(moment: datetime) -> str:
    return QLocale().toString(to_qdatetime(moment).toLocalTime(), QLocale.FormatType.ShortFormat)


class CoachingWindow(QWidget):
    """Enter on a note, a review or an exemplar opens its conversation; Ctrl+K acknowledges a note."""

    open_interaction = Signal(int)
    loaded = Signal()

    def __init__(self, tasks: TaskRunner, agent_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.tasks = tasks
        self.agent_id = agent_id
        self.overview: AgentOverview | None = None
        self.resize(1100, 800)
        self.headline = QLabel(self)
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.headline.setFont(font)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(200)

        self.notes_label = QLabel(self)
        self.notes = QListWidget(self)
        self.notes.setWordWrap(True)
        self.notes.itemActivated.connect(self._open_item)
        self.ack_button = QPushButton(self)
        self.ack_button.clicked.connect(self.acknowledge_current)
        self.reviews_label = QLabel(self)
        self.reviews_table = QTableWidget(0, 4, self)
        self.reviews_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviews_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviews_table.verticalHeader().hide()
        self.reviews_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.reviews_table.horizontalHeader().setStretchLastSection(True)
        self.reviews_table.itemActivated.connect(self._open_item)
        self.exemplars_label = QLabel(self)
        self.exemplars = QListWidget(self)
        self.exemplars.setWordWrap(True)
        self.exemplars.itemActivated.connect(self._open_item)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.notes_label)
        left_layout.addWidget(self.notes, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ack_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.exemplars_label)
        left_layout.addWidget(self.exemplars, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.reviews_label)
        right_layout.addWidget(self.reviews_table, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.chart_view)
        layout.addWidget(split, 1)
        shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        shortcut.activated.connect(self.acknowledge_current)
        refresh = QShortcut(QKeySequence("F5"), self)
        refresh.activated.connect(self.load)
        self.retranslate()
        self.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My coaching"))
        self.ack_button.setText(self.tr("Acknowledge (Ctrl+K)"))
        self.ack_button.setAccessibleName(self.tr("Acknowledge the selected note"))
        self.notes.setAccessibleName(self.tr("Coaching notes on your messages"))
        self.reviews_table.setAccessibleName(self.tr("Your reviews"))
        self.exemplars.setAccessibleName(self.tr("Exemplary conversations shared with you"))
        self.chart_view.setAccessibleName(self.tr("Quality score by week"))
        self.reviews_table.setHorizontalHeaderLabels(
            [self.tr("Reviewed"), self.tr("By"), self.tr("Quality score"), self.tr("Summary")]
        )
        self._show()

    def load(self) -> None:
        agent_id = self.agent_id
        self.tasks.db(lambda s: reviews.agent_overview(s, agent_id), self._loaded, owner=self)

    def _loaded(self, overview: AgentOverview) -> None:
        self.overview = overview
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        view = self.overview
        if view is None:
            return
        locale = QLocale()
        scores = [r.score for r in view.reviews if r.score is not None]
        if scores:
            average = sum(scores) / len(scores)
            self.headline.setText(
                self.tr("Your quality score: %1 % over %n reviews", "", len(scores)).replace(
                    "%1", locale.toString(average, "f", 1)
                )
            )
        else:
            self.headline.setText(self.tr("No reviews of your conversations yet."))
        open_notes = [c for c in view.comments if c.acknowledged_at is None]
        self.notes_label.setText(self.tr("Notes to acknowledge: %n", "", len(open_notes)))
        self.notes.clear()
        for comment in view.comments:
            state = (
                self.tr("acknowledged %1").replace("%1", _when(comment.acknowledged_at))
                if comment.acknowledged_at
                else self.tr("new")
            )
            item = QListWidgetItem(
                f"{comment.author_name} · {_when(comment.created_at)} · {state}\n{comment.body}"
            )
            item.setData(IdRole, comment.id)
            item.setData(InteractionRole, comment.interaction_id)
            if comment.acknowledged_at is None:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.notes.addItem(item)
        self.reviews_label.setText(self.tr("Reviews"))
        self.reviews_table.setRowCount(len(view.reviews))
        for row, review in enumerate(view.reviews):
            score = "—" if review.score is None else locale.toString(review.score, "f", 1) + " %"
            if review.critical_failed:
                score += " · " + self.tr("critical criterion failed")
            values = [_when(review.submitted_at), review.reviewer_name, score, review.summary]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(InteractionRole, review.interaction_id)
                self.reviews_table.setItem(row, column, cell)
        self.exemplars_label.setText(self.tr("Exemplary conversations"))
        self.exemplars.clear()
        for exemplar in view.exemplars:
            item = QListWidgetItem(f"{exemplar.customer_name} · {exemplar.shared_by}\n{exemplar.note}")
            item.setData(InteractionRole, exemplar.interaction_id)
            self.exemplars.addItem(item)
        self._draw_trend(view.trend)

    def _draw_trend(self, trend: list[tuple[date, float]]) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(self.tr("Quality score by week"))
        if not trend:
            return
        series = QLineSeries()
        for week, score in trend:
            moment = QDateTime(QDate(week.year, week.month, week.day), QTime(12, 0))
            series.append(moment.toMSecsSinceEpoch(), score)
        series.setPointsVisible(True)
        chart.addSeries(series)
        x = QDateTimeAxis()
        x.setFormat("d MMM")
        x.setTickCount(min(max(len(trend) + 2, 3), 8))
        # A week of margin either side: one week of reviews is still a visible point.
        first, last = trend[0][0] - timedelta(days=7), trend[-1][0] + timedelta(days=7)
        x.setRange(
            QDateTime(QDate(first.year, first.month, first.day), QTime(0, 0)),
            QDateTime(QDate(last.year, last.month, last.day), QTime(0, 0)),
        )
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _open_item(self, item: Any) -> None:
        interaction_id = item.data(InteractionRole)
        if interaction_id:
            self.open_interaction.emit(int(interaction_id))

    def acknowledge_current(self) -> None:
        item = self.notes.currentItem()
        if item is None or item.data(IdRole) is None:
            return
        self.acknowledge(int(item.data(IdRole)))

    def acknowledge(self, comment_id: int) -> None:
        agent_id = self.agent_id
        self.tasks.db(
            lambda s: reviews.acknowledge(s, comment_id, agent_id), lambda _r: self.load(), owner=self
        )
