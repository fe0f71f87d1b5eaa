"""The agent's follow-ups: overdue, today and upcoming, soonest first; Enter starts the follow-up."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from agent_console.core.outcomes.followups import DueItem
from agent_console.ui.common import channel_icon, to_qdatetime

ItemRole = Qt.ItemDataRole.UserRole + 1
BUCKETS = ("overdue", "today", "upcoming")


class FollowUpsView(QTreeWidget):
    """Sections with the follow-ups in them; ``activated_item`` when the agent picks one."""

    activated_item = Signal(object)  # DueItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.items: list[DueItem] = []
        self.agent_timezone = "UTC"
        self.itemActivated.connect(self._activated)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Customer and reason"), self.tr("Due")])
        self.setAccessibleName(self.tr("Follow-ups: overdue, today, upcoming"))
        self.show_items(self.items, self.agent_timezone)

    def section_title(self, bucket: str, count: int) -> str:
        return {
            "overdue": self.tr("Overdue (%n)", "", count),
            "today": self.tr("Today (%n)", "", count),
            "upcoming": self.tr("Upcoming (%n)", "", count),
        }[bucket]

    def show_items(self, items: list[DueItem], agent_timezone: str, now: datetime | None = None) -> None:
        self.items = list(items)
        self.agent_timezone = agent_timezone
        now = now or datetime.now(UTC)
        current = self.current_item()
        self.clear()
        groups: dict[str, list[DueItem]] = {b: [] for b in BUCKETS}
        for item in items:
            groups[item.bucket(now, agent_timezone)].append(item)
        locale = QLocale()
        select = None
        for bucket in BUCKETS:
            if not groups[bucket]:
                continue
            section = QTreeWidgetItem([self.section_title(bucket, len(groups[bucket])), ""])
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if bucket == "overdue":
                section.setForeground(0, QBrush(QColor("#c0392b")))
            self.addTopLevelItem(section)
            for item in groups[bucket]:
                due = locale.toString(to_qdatetime(item.due_at).toLocalTime(), QLocale.FormatType.ShortFormat)
                row = QTreeWidgetItem([f"{item.customer_name}\n{item.reason}", due])
                row.setIcon(0, channel_icon(item.channel))
                row.setData(0, ItemRole, item)
                row.setToolTip(
                    1,
                    self.tr("Set on the %1 clock (%2)")
                    .replace("%1", self.tr("customer's") if item.basis == "customer" else self.tr("agent's"))
                    .replace("%2", item.timezone),
                )
                section.addChild(row)
                if current is not None and item.id == current.id:
                    select = row
        self.expandAll()
        if select is not None:
            self.setCurrentItem(select)

    def current_item(self) -> DueItem | None:
        row = self.currentItem()
        return row.data(0, ItemRole) if row is not None else None

    def overdue_count(self, now: datetime | None = None) -> int:
        now = now or datetime.now(UTC)
        return sum(1 for item in self.items if item.bucket(now, self.agent_timezone) == "overdue")

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        item = row.data(0, ItemRole)
        if item is not None:
            self.activated_item.emit(item)
