"""The inbox (open conversations, lazy) and the customer-search results that replace it while typing."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from agent_console.core import customers as core_customers
from agent_console.core import inbox as core_inbox
from agent_console.core.customers import CustomerHit
from agent_console.core.inbox import InboxItem
from agent_console.ui.common import channel_icon, channel_name, format_agent_time, icon_size, status_name
from agent_console.ui.tasks import TaskRunner

ItemRole = Qt.ItemDataRole.UserRole + 1


def country_label(country: str | None, language: str | None) -> str:
    parts = [p for p in ((country or "").upper(), (language or "")) if p]
    return " · ".join(parts)


class InboxModel(QAbstractListModel):
    """Open conversations, most recent activity first, fetched a page at a time."""

    loaded = Signal()

    def __init__(self, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.items: list[InboxItem] = []
        self.total = 0
        self.now = datetime.now(UTC)
        self._exhausted = False
        self._loading = False
        self._generation = 0

    def reload(self) -> None:
        self._generation += 1
        self._loading = False
        self._exhausted = False
        self.now = datetime.now(UTC)
        generation = self._generation
        limit = max(len(self.items), core_inbox.PAGE_SIZE)
        self._loading = True
        self.tasks.db(
            lambda s: (core_inbox.page(s, limit=limit), core_inbox.count_open(s)),
            lambda result: self._replace(generation, *result, limit),
            owner=self,
        )

    def _replace(self, generation: int, rows: list[InboxItem], total: int, limit: int) -> None:
        if generation != self._generation:
            return
        self.total = total
        self._loading = False
        self._exhausted = len(rows) < limit
        self.beginResetModel()
        self.items = rows
        self.endResetModel()
        self.loaded.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self.items) and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation = self._generation
        before = self.items[-1].cursor
        self.tasks.db(
            lambda s: core_inbox.page(s, before=before),
            lambda rows: self._append(generation, rows),
            owner=self,
        )

    def _append(self, generation: int, rows: list[InboxItem]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = len(rows) < core_inbox.PAGE_SIZE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(rows) - 1)
            self.items.extend(rows)
            self.endInsertRows()

    def row_of(self, interaction_id: int) -> int | None:
        return next((n for n, item in enumerate(self.items) if item.interaction_id == interaction_id), None)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return item.customer_name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            unread = self.tr("unread") + ", " if item.unread else ""
            return (
                f"{unread}{item.customer_name}, {channel_name(item.channel)}, {status_name(item.status)}, "
                f"{item.subject or ''}: {item.preview[:120]}"
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.subject or ''}\n{item.preview[:300]}"
        return None


class SearchModel(QAbstractListModel):
    """Customers matching the search box; results of an older keystroke are dropped."""

    searched = Signal(int)

    def __init__(self, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.hits: list[CustomerHit] = []
        self.query = ""
        self._generation = 0

    def search(self, query: str) -> None:
        self._generation += 1
        self.query = query
        generation = self._generation
        if not query.strip():
            self._arrived(generation, [])
            return
        self.tasks.db(
            lambda s: core_customers.search(s, query),
            lambda hits: self._arrived(generation, hits),
            owner=self,
        )

    def _arrived(self, generation: int, hits: list[CustomerHit]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()
        self.searched.emit(len(hits))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == ItemRole:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            label = country_label(hit.country, hit.language)
            return f"{hit.display_name} ({label})" if label else hit.display_name
        return None


class InboxDelegate(QStyledItemDelegate):
    """Two lines per conversation: customer, channel and time; subject and preview."""

    PAD = 6
    ICON = 18

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.lineSpacing() * 2 + self.PAD * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        item: InboxItem | None = index.data(ItemRole)
        if item is None:
            return super().paint(painter, option, index)
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        line_h = QFontMetrics(option.font).lineSpacing()
        size = icon_size(QFontMetrics(option.font), self.ICON)
        icon_rect = QRect(rect.left(), rect.top() + 1, size, size)
        if option.direction == Qt.LayoutDirection.RightToLeft:
            icon_rect.moveRight(rect.right())
            rect.setRight(rect.right() - size - self.PAD)
        else:
            rect.setLeft(rect.left() + size + self.PAD)
        channel_icon(item.channel).paint(painter, icon_rect)
        name_font = QFont(option.font)
        name_font.setBold(item.unread)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 6.0))
        time_text = format_agent_time(item.last_activity_at, self._now(index))
        painter.setFont(small)
        painter.setPen(muted)
        time_w = QFontMetrics(small).horizontalAdvance(time_text) + self.PAD
        first = QRect(rect.left(), rect.top(), rect.width(), line_h)
        painter.drawText(
            first, int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter), time_text
        )
        painter.setFont(name_font)
        painter.setPen(text_colour)
        label = country_label(item.country, item.language)
        name = f"{item.customer_name}  ({label})" if label else item.customer_name
        painter.drawText(
            QRect(first.left(), first.top(), first.width() - time_w, line_h),
            int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(name_font).elidedText(name, Qt.TextElideMode.ElideRight, first.width() - time_w),
        )
        painter.setFont(small)
        painter.setPen(muted)
        second = QRect(rect.left(), rect.top() + line_h + self.PAD // 2, rect.width(), line_h)
        text = f"{item.subject} — {item.preview}" if item.subject else item.preview
        text = " ".join(text.split())
        if item.status == "pending":
            text = f"[{status_name(item.status)}] {text}"
        painter.drawText(
            second,
            int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(small).elidedText(text, Qt.TextElideMode.ElideRight, second.width()),
        )
        painter.restore()

    @staticmethod
    def _now(index: QModelIndex) -> datetime | None:
        model = index.model()
        return getattr(model, "now", None)


class InboxView(QListView):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(InboxDelegate(self))
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
