"""The KPI dashboard: a period, a breakdown, the figures, two charts, and the contacts behind any figure.

Every figure comes from ``core.outcomes.kpi.report`` (the daily rollup), loaded on a worker;
clicking a tile or double-clicking a table cell opens the drill-down: the contacts behind
that figure, a page at a time, each one opened in the agent screen with Enter.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.coaching import reviews as coaching_reviews
from agent_console.core.coaching.reviews import QualityReport
from agent_console.core.outcomes import codes, export, kpi
from agent_console.core.outcomes.kpi import KPIS, DrillRow, Figures, Report
from agent_console.ui.common import (
    channel_name,
    country_display,
    language_display,
    outcome_label,
    to_qdatetime,
)
from agent_console.ui.tasks import TaskError, TaskRunner

PERIODS = ("7d", "30d", "this_month", "last_month", "90d", "this_year", "365d", "custom")
KeyRole = 0x0101


def kpi_title(name: str) -> str:
    return {
        "volume": QCoreApplication.translate("Kpi", "Contacts"),
        "csat": QCoreApplication.translate("Kpi", "CSAT"),
        "nps": QCoreApplication.translate("Kpi", "NPS"),
        "ces": QCoreApplication.translate("Kpi", "CES"),
        "fcr": QCoreApplication.translate("Kpi", "First-contact resolution"),
        "first_response": QCoreApplication.translate("Kpi", "First response time"),
        "resolution": QCoreApplication.translate("Kpi", "Resolution time"),
        "handle": QCoreApplication.translate("Kpi", "Average handle time"),
        "repeat": QCoreApplication.translate("Kpi", "Repeat contacts"),
    }[name]


def kpi_definitions(window_days: int) -> list[str]:
    """The definitions, translated, as the help shows them (docs/KPIS.md says the same in English)."""
    n = str(window_days)
    return [
        QCoreApplication.translate("Kpi", "CSAT: share of CSAT responses (1–5) that are 4 or 5."),
        QCoreApplication.translate(
            "Kpi", "NPS: % promoters (9–10) minus % detractors (0–6) of NPS responses (0–10)."
        ),
        QCoreApplication.translate("Kpi", "CES: average of CES responses (1–7; lower means less effort)."),
        QCoreApplication.translate(
            "Kpi",
            "First-contact resolution: of first contacts (no contact by the same customer on the same "
            "reason closed within %1 days before), the share resolved with no contact on the same reason "
            "within %1 days after, on any channel.",
        ).replace("%1", n),
        QCoreApplication.translate(
            "Kpi",
            "Repeat contacts: share of contacts after which the same customer got in touch again within "
            "%1 days, for any reason, on any channel.",
        ).replace("%1", n),
        QCoreApplication.translate(
            "Kpi",
            "First response time: from the customer's first message to the first reply or call to that "
            "customer, on any channel.",
        ),
        QCoreApplication.translate(
            "Kpi",
            "Resolution time: for resolved contacts, from the first contact about the issue to the close.",
        ),
        QCoreApplication.translate(
            "Kpi",
            "Average handle time: time with the contact open (or the call's length) plus after-contact "
            "work in the wrap-up panel.",
        ),
    ]


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    total = round(seconds)
    if total < 3600:
        return f"{total // 60}:{total % 60:02d}"
    if total < 86400:
        return f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"
    days, rest = divmod(total, 86400)
    return (
        QCoreApplication.translate("Kpi", "%1 d %2 h")
        .replace("%1", str(days))
        .replace("%2", str(rest // 3600))
    )


def format_kpi(name: str, value: float | int | None) -> str:
    locale = QLocale()
    if value is None:
        return "—"
    if name == "volume":
        return locale.toString(int(value))
    if name in ("csat", "fcr", "repeat"):
        return locale.toString(float(value), "f", 1) + " %"
    if name == "nps":
        return ("+" if value > 0 else "") + locale.toString(float(value), "f", 0)
    if name == "ces":
        return locale.toString(float(value), "f", 2)
    return format_duration(value)


def period_range(period: str, today: date) -> tuple[date, date]:
    if period == "7d":
        return today - timedelta(days=6), today
    if period == "30d":
        return today - timedelta(days=29), today
    if period == "90d":
        return today - timedelta(days=89), today
    if period == "365d":
        return today - timedelta(days=364), today
    if period == "this_month":
        return today.replace(day=1), today
    if period == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if period == "this_year":
        return today.replace(month=1, day=1), today
    raise ValueError(period)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class KpiTile(QPushButton):
    """One figure; clicking it lists the contacts behind it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.title = QLabel(self)
        self.value = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.value.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        self.setMinimumHeight(
            self.title.fontMetrics().lineSpacing() * 2 + self.value.fontMetrics().lineSpacing() + 20
        )
        self.setStyleSheet("KpiTile { text-align: left; }")

    def set_value(self, text: str) -> None:
        self.title.setText(kpi_title(self.name))
        self.value.setText(text)
        self.setAccessibleName(f"{kpi_title(self.name)}: {text}")
        self.setToolTip(self.tr("Show the contacts behind this figure"))

    def sizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().sizeHint()
        layout = self.layout()
        return hint.expandedTo(layout.sizeHint()) if layout is not None else hint


class DrillDialog(QDialog):
    """The contacts behind one figure, newest first; Enter opens one in the agent screen."""

    open_interaction = Signal(int)

    COLUMNS = (
        "closed",
        "customer",
        "agent",
        "channel",
        "disposition",
        "resolved",
        "csat",
        "nps",
        "ces",
        "handle",
    )

    def __init__(
        self,
        tasks: TaskRunner,
        title: str,
        query: dict[str, Any],
        labels: dict[str, dict[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.query = query
        self.labels = labels
        self.rows: list[DrillRow] = []
        self.exhausted = False
        self.setWindowTitle(title)
        self.resize(1120, 600)
        self.model = QStandardItemModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        self.view.setAccessibleName(title)
        self.count_label = QLabel(self)
        self.more_button = QPushButton(self.tr("Load more"), self)
        self.more_button.setAccessibleName(self.tr("Load more contacts"))
        self.more_button.clicked.connect(self.load_more)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export these contacts as CSV"))
        self.export_button.clicked.connect(self.export_csv)
        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Closed"),
                self.tr("Customer"),
                self.tr("Agent"),
                self.tr("Channel"),
                self.tr("Disposition"),
                self.tr("Resolved"),
                self.tr("CSAT"),
                self.tr("NPS"),
                self.tr("CES"),
                self.tr("Handle time"),
            ]
        )
        self.load_more()

    def load_more(self) -> None:
        if self.exhausted:
            return
        after = self.rows[-1].cursor if self.rows else None
        query = dict(self.query)

        def fetch(session: Any) -> list[DrillRow]:
            return kpi.drill(
                session,
                query["start"],
                query["end"],
                kpi=query["kpi"],
                dim=query["dim"],
                item=query["item"],
                after=after,
                limit=200,
            )

        self.more_button.setEnabled(False)
        self.tasks.db(fetch, self._arrived, owner=self)

    def _arrived(self, rows: list[DrillRow]) -> None:

        self.exhausted = len(rows) < 200
        self.rows.extend(rows)
        locale = QLocale()
        yes, no = self.tr("yes"), self.tr("no")
        for row in rows:
            values = [
                locale.toString(to_qdatetime(row.closed_at).toLocalTime(), QLocale.FormatType.ShortFormat),
                row.customer_name,
                row.agent_name or "",
                channel_name(row.channel),
                outcome_label(self.labels.get(row.disposition), row.disposition),
                yes if row.resolved else no,
                "" if row.csat is None else str(row.csat),
                "" if row.nps is None else str(row.nps),
                "" if row.ces is None else str(row.ces),
                format_duration(row.handle_seconds),
            ]
            items = [QStandardItem(v) for v in values]
            items[0].setData(row.interaction_id, KeyRole)
            self.model.appendRow(items)
        self.view.resizeColumnsToContents()
        self.count_label.setText(self.tr("%n contacts shown", "", len(self.rows)))
        self.more_button.setEnabled(not self.exhausted)
        if self.rows and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _activated(self, index: Any) -> None:
        interaction_id = self.model.index(index.row(), 0).data(KeyRole)
        if interaction_id is not None:
            self.open_interaction.emit(int(interaction_id))

    def export_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export contacts"), "contacts.csv", "CSV (*.csv)")
        if not name:
            return
        try:
            export.write_csv(Path(name), export.drill_table(self.rows))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export contacts"), str(exc))


class DashboardWindow(QWidget):
    """Figures for a period, broken down by agent, queue, channel, country or language."""

    open_interaction = Signal(int)
    loaded = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.tasks = tasks
        self.today = today or date.today()
        self.report: Report | None = None
        self.names: dict[str, str] = {}
        self.labels: dict[str, dict[str, str]] = {}
        self.window_days = kpi.DEFAULT_FCR_WINDOW_DAYS
        self._generation = 0
        self.resize(1280, 860)

        self.period = QComboBox(self)
        self.start_edit = QDateEdit(self)
        self.end_edit = QDateEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._dates_edited)
        self.by = QComboBox(self)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.load)
        self.csv_button = QPushButton(self)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.help_button = QPushButton(self)
        self.help_button.clicked.connect(self.show_definitions)
        self.period_label, self.by_label = QLabel(self), QLabel(self)
        self.period_label.setBuddy(self.period)
        self.by_label.setBuddy(self.by)
        controls = QHBoxLayout()
        controls.addWidget(self.period_label)
        controls.addWidget(self.period)
        controls.addWidget(self.start_edit)
        controls.addWidget(self.end_edit)
        controls.addSpacing(12)
        controls.addWidget(self.by_label)
        controls.addWidget(self.by)
        controls.addStretch(1)
        controls.addWidget(self.refresh_button)
        controls.addWidget(self.csv_button)
        controls.addWidget(self.xlsx_button)
        controls.addWidget(self.help_button)

        self.tiles = {name: KpiTile(name, self) for name in KPIS}
        tiles = QGridLayout()
        for n, name in enumerate(KPIS):
            tiles.addWidget(self.tiles[name], n // 5, n % 5)
            self.tiles[name].clicked.connect(lambda _c=False, name=name: self.drill(name))
        self.status = QLabel(self)

        self.table_model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.table_model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().hide()
        self.table.activated.connect(self._cell_activated)
        self.table.doubleClicked.connect(self._cell_activated)

        self.volume_chart = QChart()
        self.volume_chart.legend().hide()
        self.volume_chart.setMargins(QMargins(4, 4, 4, 4))
        self.volume_view = QChartView(self.volume_chart, self)
        self.volume_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.mix_chart = QChart()
        self.mix_chart.setMargins(QMargins(4, 4, 4, 4))
        self.mix_chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.mix_view = QChartView(self.mix_chart, self)
        self.mix_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.volume_view)
        charts.addWidget(self.mix_view)
        charts.setSizes([760, 480])
        # Quality scores from supervisors' reviews (calibration excluded), for the same period.
        self.quality_agents = QTableWidget(0, 4, self)
        self.quality_criteria = QTableWidget(0, 2, self)
        for table in (self.quality_agents, self.quality_criteria):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        quality = QSplitter(Qt.Orientation.Horizontal, self)
        quality.addWidget(self.quality_agents)
        quality.addWidget(self.quality_criteria)
        self.quality: QualityReport | None = None
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(quality, "")
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(self.tabs)
        body.addWidget(charts)
        body.setSizes([420, 300])

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(tiles)
        layout.addWidget(self.status)
        layout.addWidget(body, 1)
        close = QShortcut(QKeySequence("Escape"), self)
        close.activated.connect(self.close)
        refresh = QShortcut(QKeySequence("F5"), self)
        refresh.activated.connect(self.load)

        self.retranslate()
        self.period.setCurrentIndex(PERIODS.index("30d"))
        self.period.currentIndexChanged.connect(self._period_changed)
        self.by.currentIndexChanged.connect(lambda _i: self.load())
        self._period_changed()

    # --- text ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("KPI dashboard"))
        self.period_label.setText(self.tr("&Period"))
        self.by_label.setText(self.tr("&Break down by"))
        names = {
            "7d": self.tr("Last 7 days"),
            "30d": self.tr("Last 30 days"),
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "90d": self.tr("Last 90 days"),
            "this_year": self.tr("This year"),
            "365d": self.tr("Last 12 months"),
            "custom": self.tr("Custom"),
        }
        dims = {
            "agent": self.tr("Agent"),
            "team": self.tr("Team"),
            "queue": self.tr("Queue"),
            "channel": self.tr("Channel"),
            "country": self.tr("Country"),
            "language": self.tr("Language"),
        }
        for combo, items in ((self.period, names), (self.by, dims)):
            keep = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for key, text in items.items():
                combo.addItem(text, key)
            combo.setCurrentIndex(max(keep, 0))
            combo.blockSignals(False)
        self.refresh_button.setText(self.tr("Refresh"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.xlsx_button.setText(self.tr("Export XLSX…"))
        self.help_button.setText(self.tr("Definitions"))
        self.period.setAccessibleName(self.tr("Period"))
        self.start_edit.setAccessibleName(self.tr("First day"))
        self.end_edit.setAccessibleName(self.tr("Last day"))
        self.by.setAccessibleName(self.tr("Break down by"))
        self.table.setAccessibleName(self.tr("Figures by group; Enter lists the contacts behind a figure"))
        self.volume_view.setAccessibleName(self.tr("Contacts over time"))
        self.mix_view.setAccessibleName(self.tr("Channel mix"))
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.csv_button.setAccessibleName(self.tr("Export the report as CSV"))
        self.xlsx_button.setAccessibleName(self.tr("Export the report as XLSX"))
        self.help_button.setAccessibleName(self.tr("KPI definitions"))

    # --- loading ------------------------------------------------------------------------

    def _period_changed(self, *_args: Any) -> None:
        key = self.period.currentData()
        if key != "custom":
            start, end = period_range(key, self.today)
            for edit, value in ((self.start_edit, start), (self.end_edit, end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(value))
                edit.blockSignals(False)
            self.load()

    def _dates_edited(self, *_args: Any) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(PERIODS.index("custom"))
        self.period.blockSignals(False)
        self.load()

    def period_dates(self) -> tuple[date, date]:
        return _pydate(self.start_edit.date()), _pydate(self.end_edit.date())

    def load(self) -> None:
        start, end = self.period_dates()
        if end < start:
            self.status.setText(self.tr("The period ends before it starts."))
            return
        by = self.by.currentData() or "agent"
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("Loading…"))

        def fetch(
            session: Any,
        ) -> tuple[Report, dict[str, str], dict[str, dict[str, str]], int, QualityReport]:
            return (
                kpi.report(session, start, end, by=by),
                export.agent_names(session),
                codes.all_labels(session),
                kpi.fcr_window_days(session),
                coaching_reviews.quality_report(session, start, end),
            )

        self.tasks.db(fetch, lambda result: self._loaded(generation, result), self._failed, owner=self)

    def _loaded(
        self,
        generation: int,
        result: tuple[Report, dict[str, str], dict[str, dict[str, str]], int, QualityReport],
    ) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.report, self.names, self.labels, self.window_days, self.quality = result
        self._show()
        self.loaded.emit()

    def _failed(self, error: TaskError) -> None:
        self.status.setText(self.tr("The figures could not be loaded: %1").replace("%1", str(error)))

    # --- showing ------------------------------------------------------------------------

    def group_label(self, item: str) -> str:
        if self.report is None:
            return item
        by = self.report.by
        if not item:
            return self.tr("unknown")
        if by == "agent":
            return self.names.get(item, item)
        if by == "channel":
            return channel_name(item)
        if by == "country":
            return country_display(item)
        if by == "language":
            return language_display(item)
        return item

    def _show(self) -> None:
        report = self.report
        if report is None:
            return
        for name, tile in self.tiles.items():
            tile.set_value(format_kpi(name, report.total.value(name)))
        locale = QLocale()
        self.status.setText(
            self.tr("%1 – %2: %n contacts wrapped up", "", report.total.volume)
            .replace("%1", locale.toString(_qdate(report.start), QLocale.FormatType.ShortFormat))
            .replace("%2", locale.toString(_qdate(report.end), QLocale.FormatType.ShortFormat))
        )
        self.table_model.clear()
        self.table_model.setHorizontalHeaderLabels([self.by.currentText(), *(kpi_title(k) for k in KPIS)])
        rows: list[tuple[str, str, Figures]] = [(f.item, self.group_label(f.item), f) for f in report.groups]
        rows.append(("\x00total", self.tr("Total"), report.total))
        for key, label, figures in rows:
            first = QStandardItem(label)
            first.setData(key, KeyRole)
            cells = [first]
            for name in KPIS:
                cell = QStandardItem(format_kpi(name, figures.value(name)))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cells.append(cell)
            if key == "\x00total":
                for cell in cells:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
            self.table_model.appendRow(cells)
        self.table.resizeColumnsToContents()
        self._draw_volume(report)
        self._draw_mix(report)
        self._show_quality()

    def quality_tables(self) -> list[export.Table]:
        """The quality figures as tables (shown in the Quality tab, written to the XLSX)."""
        quality = self.quality
        if quality is None:
            return []
        agents = export.Table(
            self.tr("Quality by agent"),
            [self.tr("Agent"), self.tr("Reviews"), self.tr("Quality score"), self.tr("Critical failures")],
            [
                [self.names.get(str(q.agent_id), str(q.agent_id)), q.reviews, q.average, q.critical_failures]
                for q in quality.by_agent
            ],
        )
        criteria = export.Table(
            self.tr("Quality by criterion"),
            [self.tr("Criterion"), self.tr("Average points")],
            [
                [outcome_label(quality.criterion_titles.get(key), key), value]
                for key, value in sorted(quality.by_criterion.items(), key=lambda kv: kv[1])
            ],
        )
        return [agents, criteria]

    def _show_quality(self) -> None:
        self.tabs.setTabText(0, self.tr("Contacts"))
        self.tabs.setTabText(
            1,
            self.tr(
                "Quality (%n reviews)",
                "",
                sum(q.reviews for q in self.quality.by_agent) if self.quality else 0,
            ),
        )
        locale = QLocale()
        for table, data in zip(
            (self.quality_agents, self.quality_criteria), self.quality_tables(), strict=False
        ):
            table.setHorizontalHeaderLabels(data.header)
            table.setRowCount(len(data.rows))
            for row, values in enumerate(data.rows):
                for column, value in enumerate(values):
                    text = locale.toString(value, "f", 1) + " %" if isinstance(value, float) else str(value)
                    cell = QTableWidgetItem(text)
                    if column:
                        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(row, column, cell)

    def _draw_volume(self, report: Report) -> None:
        chart = self.volume_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        days = {d: n for d, n in report.volume_by_day}
        span = (report.end - report.start).days + 1
        step = 1 if span <= 31 else 7 if span <= 190 else 30
        locale = QLocale()
        categories, values = [], []
        cursor = report.start
        while cursor <= report.end:
            if step == 30:  # calendar months (the first and last may be partial)
                following = (cursor.replace(day=1) + timedelta(days=32)).replace(day=1)
                last = min(following - timedelta(days=1), report.end)
            else:
                last = min(cursor + timedelta(days=step - 1), report.end)
            total = sum(days.get(cursor + timedelta(days=k), 0) for k in range((last - cursor).days + 1))
            fmt = "MMM yyyy" if step == 30 else "d MMM"
            categories.append(locale.toString(_qdate(cursor), fmt))
            values.append(total)
            cursor = last + timedelta(days=1)
        bars = QBarSet(kpi_title("volume"))
        bars.append([float(v) for v in values])
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories)
        x.setLabelsAngle(-60 if len(categories) > 12 else 0)
        y = QValueAxis()
        y.setRange(0, max(values or [0]) * 1.1 + 1)
        y.setLabelFormat("%d")
        y.applyNiceNumbers()
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        per = {
            1: self.tr("Contacts per day"),
            7: self.tr("Contacts per week"),
            30: self.tr("Contacts per month"),
        }
        chart.setTitle(per[step])

    def _draw_mix(self, report: Report) -> None:
        chart = self.mix_chart
        chart.removeAllSeries()
        series = QPieSeries()
        total = sum(n for _c, n in report.channel_mix) or 1
        for channel, count in report.channel_mix:
            share = QLocale().toString(100 * count / total, "f", 0)
            series.append(f"{channel_name(channel)} {share} %", count)
        chart.addSeries(series)
        chart.setTitle(self.tr("Channel mix"))

    # --- drill-down and export -----------------------------------------------------------

    def drill(self, name: str, dim: str = "all", item: str = "") -> DrillDialog | None:
        if self.report is None:
            return None
        start, end = self.report.start, self.report.end
        title = kpi_title(name)
        if dim != "all":
            title = f"{title} · {self.group_label(item)}"
        dialog = DrillDialog(
            self.tasks,
            self.tr("Contacts behind: %1").replace("%1", title),
            {"start": start, "end": end, "kpi": name, "dim": dim, "item": item},
            self.labels,
            self,
        )
        dialog.open_interaction.connect(self.open_interaction)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _cell_activated(self, index: Any) -> None:
        if self.report is None or not index.isValid():
            return
        key = self.table_model.index(index.row(), 0).data(KeyRole)
        name = KPIS[index.column() - 1] if index.column() > 0 else "volume"
        if key == "\x00total":
            self.drill(name)
        else:
            self.drill(name, self.report.by, key)

    def export(self, kind: str) -> Path | None:
        if self.report is None:
            return None
        suggested = f"kpi-{self.report.start.isoformat()}-{self.report.end.isoformat()}.{kind}"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the report"),
            suggested,
            "CSV (*.csv)" if kind == "csv" else "Excel (*.xlsx)",
        )
        if not name:
            return None
        return self.export_to(Path(name), kind)

    def export_to(self, path: Path, kind: str) -> Path | None:
        """Write the report as shown (translated headings and group names)."""
        assert self.report is not None
        tables = export.report_tables(
            self.report,
            self.group_label,
            {k: kpi_title(k) for k in KPIS},
            self.by.currentText(),
            self.tr("Total"),
        )
        tables += self.quality_tables()
        try:
            if kind == "csv":
                # The table in view: the KPIs, or on the Quality tab the quality by agent.
                quality = self.quality_tables() if self.tabs.currentIndex() == 1 else []
                export.write_csv(path, quality[0] if quality else tables[0])
            else:
                export.write_xlsx(path, tables, kpi_definitions(self.window_days))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export the report"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
        self.status.setText(self.tr("Report written to %1").replace("%1", str(path)))
        return path

    def show_definitions(self) -> None:
        QMessageBox.information(
            self, self.tr("KPI definitions"), "\n\n".join(kpi_definitions(self.window_days))
        )
