"""The customer's single timeline: a lazy model, its delegate and the widget around them.

The model holds only the pages the agent has scrolled through (keyset pages from
``core.timeline``), loads the next older page when the view asks (``fetchMore``), and
loads full bodies only for entries the agent expands.  Newest entries are at the top,
as in a CRM activity feed, so opening a customer shows the latest contact first and
scrolling down goes back in time.  The same widget serves the agent screen and, read-only,
the supervisor's review screens.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agent_console.core import timeline as core_timeline
from agent_console.core.models import Channel
from agent_console.core.timeline import TimelineEntry
from agent_console.ui.common import (
    channel_icon,
    channel_name,
    format_agent_time,
    format_customer_time,
    format_duration,
    icon_size,
    outcome_label,
    pin_to_ui_side,
    status_name,
)
from agent_console.ui.tasks import TaskRunner
from agent_console.ui.textlayout import WrappedText, wrap

EntryRole = Qt.ItemDataRole.UserRole + 1
ExpandedRole = Qt.ItemDataRole.UserRole + 2
BodyRole = Qt.ItemDataRole.UserRole + 3
HeaderRole = Qt.ItemDataRole.UserRole + 4  # interaction subject shown above the entry, or None

COLLAPSED_LINES = 4
# Pages the model holds at most; older or newer ones are dropped and fetched again on scroll.
WINDOW_PAGES = 4


class TimelineModel(QAbstractListModel):
    loading_changed = Signal(bool)
    page_loaded = Signal(int)  # rows added

    def __init__(self, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        #: Wrap-up code -> {language: label}, for the outcome shown in interaction headers.
        self.outcome_labels: dict[str, dict[str, str]] = {}
        self.tasks = tasks
        self.customer_id: int | None = None
        self.customer_tz: str | None = None
        self.channels: frozenset[str] | None = None
        self.text: str | None = None
        self.page_size = core_timeline.PAGE_SIZE
        self._rows: list[TimelineEntry] = []
        self._expanded: set[int] = set()
        self._bodies: dict[int, str] = {}
        self._exhausted = True
        self._has_newer = False
        self._loading = False
        self._generation = 0
        # True while rows are inserted above the ones the agent is reading (the view keeps its place).
        self.filling_above = False
        self.now = datetime.now(UTC)
        self.interaction_id: int | None = None

    # --- source -----------------------------------------------------------------------

    def set_source(
        self,
        customer_id: int | None,
        *,
        customer_tz: str | None = None,
        channels: frozenset[str] | None = None,
        text: str | None = None,
        interaction_id: int | None = None,
    ) -> None:
        self.beginResetModel()
        #: Show one interaction only (review screens); None: the customer's whole history.
        self.interaction_id = interaction_id
        self._generation += 1
        self.customer_id = customer_id
        self.customer_tz = customer_tz
        self.channels = channels or None
        self.text = (text or "").strip() or None
        self._rows = []
        self._expanded.clear()
        self._bodies.clear()
        self._exhausted = customer_id is None
        self._has_newer = False
        self._loading = False
        self.now = datetime.now(UTC)
        self.endResetModel()
        if customer_id is not None:
            self._load_page()

    def set_filter(self, channels: frozenset[str] | None, text: str | None) -> None:
        self.set_source(
            self.customer_id,
            customer_tz=self.customer_tz,
            channels=channels,
            text=text,
            interaction_id=self.interaction_id,
        )

    # --- Qt model API -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load_page()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == EntryRole:
            return entry
        if role == ExpandedRole:
            return entry.id in self._expanded
        if role == BodyRole:
            if entry.id in self._expanded and entry.id in self._bodies:
                return self._bodies[entry.id]
            return entry.preview
        if role == HeaderRole:
            above = self._rows[index.row() - 1] if index.row() > 0 else None
            if above is None or above.interaction_id != entry.interaction_id:
                return entry
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.author_name}: {entry.preview[:200]}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            local = format_customer_time(entry.occurred_at, self.customer_tz)
            agent = format_agent_time(entry.occurred_at)
            if local:
                return self.tr("Your time: %1\nCustomer's time: %2").replace("%1", agent).replace("%2", local)
            return agent
        return None

    def _accessible_text(self, entry: TimelineEntry) -> str:
        direction = {
            "in": self.tr("from the customer"),
            "out": self.tr("to the customer"),
            "internal": self.tr("internal note"),
        }.get(entry.direction, "")
        extras = ""
        if entry.attachment_count:
            extras += ", " + self.tr("%n attachments", "", entry.attachment_count)
        if entry.unreadable_parts:
            extras += ", " + self.tr("%n parts could not be read", "", entry.unreadable_parts)
        return (
            f"{channel_name(entry.channel)}, {direction}, {entry.author_name}, "
            f"{format_agent_time(entry.occurred_at)}{extras}: {entry.preview[:300]}"
        )

    # --- paging -----------------------------------------------------------------------

    def _load_page(self) -> None:
        if self.customer_id is None or self._loading:
            return
        self._loading = True
        self.loading_changed.emit(True)
        generation = self._generation
        customer_id, channels, text, only = self.customer_id, self.channels, self.text, self.interaction_id
        before = self._rows[-1].cursor if self._rows else None
        size = self.page_size
        self.tasks.db(
            lambda s: core_timeline.page(
                s, customer_id, before=before, limit=size, channels=channels, text=text, interaction_id=only
            ),
            lambda rows: self._page_arrived(generation, rows),
            lambda error: self._page_failed(generation),
            owner=self,
        )

    def _page_arrived(self, generation: int, rows: list[TimelineEntry]) -> None:
        if generation != self._generation:
            return  # the agent moved on; this page belongs to another customer or filter
        self._loading = False
        if len(rows) < self.page_size:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
            if first > 0:  # the header of the row above the seam may change
                seam = self.index(first)
                self.dataChanged.emit(seam, seam)
            self._trim(from_top=True)
        self.loading_changed.emit(False)
        self.page_loaded.emit(len(rows))

    @property
    def max_rows(self) -> int:
        return self.page_size * WINDOW_PAGES

    def _trim(self, *, from_top: bool) -> None:
        """Keep at most ``max_rows``: memory and layout cost stay flat however deep the agent scrolls."""
        excess = len(self._rows) - self.max_rows
        if excess <= 0:
            return
        if from_top:
            self.beginRemoveRows(QModelIndex(), 0, excess - 1)
            dropped = self._rows[:excess]
            del self._rows[:excess]
            self.endRemoveRows()
            self._has_newer = True
            top = self.index(0)
            self.dataChanged.emit(top, top)
        else:
            start = len(self._rows) - excess
            self.beginRemoveRows(QModelIndex(), start, len(self._rows) - 1)
            dropped = self._rows[start:]
            del self._rows[start:]
            self.endRemoveRows()
            self._exhausted = False
        for entry in dropped:
            self._expanded.discard(entry.id)
            self._bodies.pop(entry.id, None)

    def has_newer(self) -> bool:
        return self._has_newer

    def fetch_newer(self) -> None:
        """The page just above the window (the agent scrolled back up)."""
        if not self._has_newer or self._loading or not self._rows or self.customer_id is None:
            return
        self._loading = True
        self.loading_changed.emit(True)
        generation = self._generation
        customer_id, channels, text, only = self.customer_id, self.channels, self.text, self.interaction_id
        after = self._rows[0].cursor
        size = self.page_size
        self.tasks.db(
            lambda s: core_timeline.page_after(
                s, customer_id, after=after, limit=size, channels=channels, text=text, interaction_id=only
            ),
            lambda rows: self._newer_page_arrived(generation, rows),
            lambda error: self._page_failed(generation),
            owner=self,
        )

    def _newer_page_arrived(self, generation: int, rows: list[TimelineEntry]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if len(rows) < self.page_size:
            self._has_newer = False
        if rows:
            self.filling_above = True
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows[0:0] = rows
            self.endInsertRows()
            self.filling_above = False
            seam = self.index(len(rows))
            self.dataChanged.emit(seam, seam)
            self._trim(from_top=False)
        self.loading_changed.emit(False)
        self.page_loaded.emit(len(rows))

    def _page_failed(self, generation: int) -> None:
        if generation == self._generation:
            self._loading = False
            self.loading_changed.emit(False)

    def is_loading(self) -> bool:
        return self._loading

    def is_exhausted(self) -> bool:
        return self._exhausted

    def refresh_newest(self) -> None:
        """Insert entries newer than the newest one shown (after a send or a sync)."""
        if self.customer_id is None or self._has_newer:
            return  # deep in history: the new entries arrive when the agent scrolls back up
        if not self._rows:
            self.set_source(
                self.customer_id, customer_tz=self.customer_tz, channels=self.channels, text=self.text
            )
            return
        generation = self._generation
        customer_id, channels, text, only = self.customer_id, self.channels, self.text, self.interaction_id
        after = self._rows[0].cursor
        self.tasks.db(
            lambda s: core_timeline.newer(
                s, customer_id, after=after, channels=channels, text=text, interaction_id=only
            ),
            lambda rows: self._newer_arrived(generation, rows),
            owner=self,
        )

    def _newer_arrived(self, generation: int, rows: list[TimelineEntry]) -> None:
        if generation != self._generation or not rows:
            return
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self._rows[0:0] = rows
        self.endInsertRows()
        seam = self.index(len(rows))
        self.dataChanged.emit(seam, seam)
        self._trim(from_top=False)

    # --- entries ----------------------------------------------------------------------

    def layout_key(self, row: int) -> tuple[int, bool, bool, bool]:
        """What a row's height depends on: id, expanded, full body loaded, interaction header shown."""
        entry = self._rows[row]
        expanded = entry.id in self._expanded
        header = row == 0 or self._rows[row - 1].interaction_id != entry.interaction_id
        return (entry.id, expanded, expanded and entry.id in self._bodies, header)

    def entry(self, row: int) -> TimelineEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_cursor(self, cursor: core_timeline.Cursor) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.cursor == cursor:
                return row
        return None

    def toggle_expanded(self, row: int) -> None:
        entry = self.entry(row)
        if entry is None:
            return
        if entry.id in self._expanded:
            self._expanded.discard(entry.id)
        else:
            self._expanded.add(entry.id)
            if entry.truncated and entry.id not in self._bodies:
                generation = self._generation
                event_id = entry.id
                self.tasks.db(
                    lambda s: core_timeline.full_body(s, event_id)[0],
                    lambda body: self._body_arrived(generation, event_id, body),
                    owner=self,
                )
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def _body_arrived(self, generation: int, event_id: int, body: str) -> None:
        if generation != self._generation:
            return
        self._bodies[event_id] = body
        for row, entry in enumerate(self._rows):
            if entry.id == event_id:
                index = self.index(row)
                self.dataChanged.emit(index, index)
                break

    def load_until(self, cursor: core_timeline.Cursor, done: Callable[[int | None], None]) -> None:
        """Fetch pages until the entry at *cursor* is loaded, then call *done* with its row."""
        row = self.row_of_cursor(cursor)
        if row is not None or self._exhausted:
            done(row)
            return

        def next_page(_count: int) -> None:
            self.page_loaded.disconnect(next_page)
            self.load_until(cursor, done)

        self.page_loaded.connect(next_page)
        if not self._loading:
            self._load_page()


@dataclass(frozen=True)
class _Metrics:
    base: QFontMetrics
    bold: QFontMetrics
    small: QFontMetrics
    icon: int


class TimelineDelegate(QStyledItemDelegate):
    """Paints one entry as a card: channel icon, author, direction, time, subject, body."""

    PAD = 8
    ICON = 22

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._cache: dict[tuple[int, int, bool, int], WrappedText] = {}
        # Qt asks every row's size on each insert; heights are cached by what they depend on.
        self._sizes: dict[tuple, QSize] = {}
        self._style_cache: tuple[str, tuple[QFont, QFont, QFont], _Metrics] | None = None
        self._font_key = ""
        self._pixmaps: dict[tuple[str, str, int], QPixmap] = {}
        # Painted cards, most recently used last; a repaint of unchanged cards is a blit.
        self._cards: OrderedDict[tuple, QPixmap] = OrderedDict()

    def clear_cache(self) -> None:
        self._cache.clear()
        self._sizes.clear()
        self._cards.clear()
        self._style_cache = None

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        return self._style(option)[0]

    def _style(self, option: QStyleOptionViewItem) -> tuple[tuple[QFont, QFont, QFont], _Metrics]:
        """Fonts and their metrics, built once per view font (paint and sizeHint run thousands of times)."""
        key = option.font.toString()
        if self._style_cache is None or self._style_cache[0] != key:
            base = QFont(option.font)
            bold = QFont(base)
            bold.setBold(True)
            small = QFont(base)
            small.setPointSizeF(max(base.pointSizeF() * 0.88, 6.0))
            metrics = _Metrics(
                QFontMetrics(base),
                QFontMetrics(bold),
                QFontMetrics(small),
                icon_size(QFontMetrics(base), self.ICON),
            )
            self._style_cache = (key, (base, bold, small), metrics)
            self._font_key = key
        return self._style_cache[1], self._style_cache[2]

    def _body(self, index: QModelIndex, font: QFont, width: int) -> WrappedText:
        entry: TimelineEntry = index.data(EntryRole)
        expanded = bool(index.data(ExpandedRole))
        body: str = index.data(BodyRole) or ""
        key = (entry.id, width, expanded, len(body) + font.pointSize() * 100000)
        wrapped = self._cache.get(key)
        if wrapped is None:
            if len(self._cache) > 2000:
                self._cache.clear()
            wrapped = wrap(body, font, width, None if expanded else COLLAPSED_LINES)
            self._cache[key] = wrapped
        return wrapped

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width() or self.view.viewport().width()
        return max(width - self._style(option)[1].icon - 4 * self.PAD, 80)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        model = index.model()
        if not isinstance(model, TimelineModel) or index.row() >= model.rowCount():
            return super().sizeHint(option, index)
        key = (model.layout_key(index.row()), self.view.viewport().width(), self._font_key)
        size = self._sizes.get(key)
        if size is None:
            self._style(option)
            key = (key[0], key[1], self._font_key)
            if len(self._sizes) > 20_000:
                self._sizes.clear()
            size = self._sizes[key] = self._measure(option, index)
        return size

    def _measure(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        entry: TimelineEntry = index.data(EntryRole)
        (base, _bold, _small), m = self._style(option)
        width = self._text_width(option)
        height = self.PAD * 2 + m.bold.lineSpacing() + 4
        if index.data(HeaderRole) is not None:
            height += m.small.lineSpacing() + self.PAD * 2
        if entry.subject:
            height += m.bold.lineSpacing()
        if entry.kind == "call":
            height += m.base.lineSpacing()
        body = self._body(index, base, width)
        height += int(body.height)
        if body.truncated or (bool(index.data(ExpandedRole)) and entry.truncated):
            height += m.small.lineSpacing()
        return QSize(self.view.viewport().width(), height + self.PAD)

    CARD_CACHE = 64  # about four screens of cards

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        model = index.model()
        if not isinstance(model, TimelineModel) or index.row() >= model.rowCount():
            return
        state = option.state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        key = (
            model.layout_key(index.row()),
            option.rect.size().toTuple(),
            int(state.value),
            option.palette.cacheKey(),
            self._font_key,
            option.direction.value,
            model.now.date(),
        )
        card = self._cards.get(key)
        if card is None:
            ratio = self.view.devicePixelRatioF()
            card = QPixmap((QSizeF(option.rect.size()) * ratio).toSize())
            card.setDevicePixelRatio(ratio)
            card.fill(Qt.GlobalColor.transparent)
            card_painter = QPainter(card)
            local = QStyleOptionViewItem(option)
            local.rect = QRect(QPoint(0, 0), option.rect.size())
            self._paint_card(card_painter, local, index)
            card_painter.end()
            self._cards[key] = card
            if len(self._cards) > self.CARD_CACHE:
                self._cards.popitem(last=False)
        else:
            self._cards.move_to_end(key)
        painter.drawPixmap(option.rect.topLeft(), card)

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        entry: TimelineEntry | None = index.data(EntryRole)
        if entry is None:
            return
        painter.save()
        (base, bold, small), m = self._style(option)
        palette = option.palette
        rect = QRect(option.rect)
        rtl_ui = option.direction == Qt.LayoutDirection.RightToLeft
        y = rect.top()
        header = index.data(HeaderRole)
        if header is not None:
            painter.setFont(small)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            line_h = m.small.lineSpacing()
            text = " · ".join(
                t
                for t in (
                    header.interaction_subject or "",
                    channel_name(header.channel),
                    status_name(header.interaction_status),
                    self._outcome_text(header),
                )
                if t
            )
            header_rect = QRect(rect.left() + self.PAD, y + self.PAD, rect.width() - 2 * self.PAD, line_h)
            elided = m.small.elidedText(text, Qt.TextElideMode.ElideRight, header_rect.width())
            painter.drawText(
                header_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading), elided
            )
            painter.fillRect(
                QRect(rect.left() + self.PAD, y + self.PAD + line_h + 3, rect.width() - 2 * self.PAD, 1),
                palette.color(QPalette.ColorRole.Mid),
            )
            y += line_h + self.PAD * 2
        card = QRectF(rect.left() + self.PAD / 2, y + 2, rect.width() - self.PAD, rect.bottom() - y - 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setBrush(self._card_colour(entry, palette))
        painter.drawRoundedRect(card, 6, 6)
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = painter.pen()
            pen.setWidth(2)
            pen.setColor(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 6, 6)
        text_colour = palette.color(QPalette.ColorRole.Text)
        left = int(card.left()) + self.PAD
        icon_rect = QRect(left, int(card.top()) + self.PAD, m.icon, m.icon)
        if rtl_ui:
            icon_rect.moveRight(int(card.right()) - self.PAD)
        painter.drawPixmap(icon_rect, self._icon_pixmap(entry.channel, entry.kind, icon_rect.width()))
        text_left = left + m.icon + self.PAD if not rtl_ui else int(card.left()) + self.PAD
        text_width = int(card.width()) - m.icon - 3 * self.PAD
        ty = int(card.top()) + self.PAD
        # Header line: author · direction · channel ........ time
        line_h = m.bold.lineSpacing()
        time_text = format_agent_time(entry.occurred_at, getattr(self.view.model(), "now", None))
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        time_w = m.small.horizontalAdvance(time_text) + 4
        head_rect = QRect(text_left, ty, text_width, line_h)
        painter.drawText(
            head_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing), time_text
        )
        painter.setFont(bold)
        painter.setPen(text_colour)
        who = f"{self._direction_arrow(entry)} {entry.author_name or self._fallback_author(entry)}"
        tail = f"  ·  {channel_name(entry.channel)}{self._delivery(entry)}{self._notes(entry)}"
        who_w = text_width - time_w
        elided = m.bold.elidedText(who, Qt.TextElideMode.ElideRight, max(who_w // 2 + who_w // 4, 40))
        painter.drawText(
            QRect(text_left, ty, who_w, line_h),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading),
            elided,
        )
        used = m.bold.horizontalAdvance(elided)
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        tail_rect = QRect(text_left + (0 if rtl_ui else used), ty, max(who_w - used, 0), line_h)
        if rtl_ui:
            tail_rect = QRect(text_left + time_w, ty, max(who_w - used, 0), line_h)
        painter.drawText(
            tail_rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading),
            m.small.elidedText(tail, Qt.TextElideMode.ElideRight, tail_rect.width()),
        )
        ty += line_h + 4
        painter.setPen(text_colour)
        if entry.subject:
            painter.setFont(bold)
            painter.drawText(
                QRect(text_left, ty, text_width, line_h),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading),
                m.bold.elidedText(entry.subject, Qt.TextElideMode.ElideRight, text_width),
            )
            ty += line_h
        if entry.kind == "call":
            painter.setFont(base)
            call_text = (
                self.tr("Incoming call") if entry.direction == "in" else self.tr("Outgoing call")
            ) + f" · {format_duration(entry.duration_seconds or 0)}"
            painter.drawText(
                QRect(text_left, ty, text_width, m.base.lineSpacing()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading),
                call_text,
            )
            ty += m.base.lineSpacing()
        body = self._body(index, base, self._text_width(option))
        painter.setPen(text_colour)
        painter.setFont(base)
        body.draw(painter, text_left, ty)
        ty += int(body.height)
        expanded = bool(index.data(ExpandedRole))
        if body.truncated or (expanded and entry.truncated):
            painter.setFont(small)
            painter.setPen(palette.color(QPalette.ColorRole.Link))
            hint = self.tr("Show less (Enter)") if expanded else self.tr("Show more (Enter)")
            painter.drawText(
                QRect(text_left, ty, text_width, m.small.lineSpacing()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading),
                hint,
            )
        painter.restore()

    def _outcome_text(self, entry: TimelineEntry) -> str:
        """The interaction's wrap-up in its header: disposition, resolved or not, CSAT."""
        if not entry.outcome_disposition:
            return ""
        model = self.view.model()
        labels = getattr(model, "outcome_labels", {}) or {}
        label = outcome_label(labels.get(entry.outcome_disposition), entry.outcome_disposition)
        parts = [
            QCoreApplication.translate("Timeline", "Outcome: %1").replace("%1", label),
            QCoreApplication.translate("Timeline", "resolved")
            if entry.outcome_resolved
            else QCoreApplication.translate("Timeline", "not resolved"),
        ]
        if entry.outcome_csat is not None:
            parts.append(
                QCoreApplication.translate("Timeline", "CSAT %1").replace("%1", str(entry.outcome_csat))
            )
        return ", ".join(parts)

    def _icon_pixmap(self, channel: str, kind: str, size: int) -> QPixmap:
        key = (channel, kind, size)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            ratio = self.view.devicePixelRatioF()
            pixmap = channel_icon(channel, kind).pixmap(QSize(size, size), ratio)
            self._pixmaps[key] = pixmap
        return pixmap

    def _card_colour(self, entry: TimelineEntry, palette: QPalette) -> QColor:
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        if entry.kind == "note" or entry.direction == "internal":
            return QColor("#4a4430") if dark else QColor("#fff8dc")
        if entry.direction == "out":
            return QColor("#243349") if dark else QColor("#eaf1fb")
        return base

    def _direction_arrow(self, entry: TimelineEntry) -> str:
        return {"in": "↘", "out": "↗", "internal": "✎"}.get(entry.direction, "")

    def _fallback_author(self, entry: TimelineEntry) -> str:
        return self.tr("Customer") if entry.direction == "in" else self.tr("Agent")

    def _notes(self, entry: TimelineEntry) -> str:
        text = ""
        if entry.attachment_count:
            text += " · " + self.tr("%n attachments", "", entry.attachment_count)
        if entry.unreadable_parts:
            text += " · ⚠ " + self.tr("%n parts could not be read", "", entry.unreadable_parts)
        if entry.direction == "out" and entry.draft_warnings:
            text += " · ⚠ " + self.tr("sent with %n draft-check warnings", "", entry.draft_warnings)
        if entry.coaching_notes:
            text += " · ✎ " + self.tr("%n coaching notes", "", entry.coaching_notes)
        return text

    def _delivery(self, entry: TimelineEntry) -> str:
        if entry.direction != "out" or not entry.delivery_status:
            return ""
        labels = {
            "recorded": self.tr("recorded"),
            "queued": self.tr("in outbox"),
            "sent": self.tr("sent"),
            "failed": self.tr("not sent"),
            "unknown": self.tr("unknown: check the outbox"),
        }
        return f" · {labels.get(entry.delivery_status, entry.delivery_status)}"


class TimelineView(QListView):
    """The timeline list: keeps the agent's reading position steady while the model's window moves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shift = 0  # pixels to move once Qt has re-laid out (rows left or arrived above)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setSpacing(0)
        self.delegate = TimelineDelegate(self)
        self.setItemDelegate(self.delegate)
        self.doubleClicked.connect(lambda index: self._toggle(index.row()))
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        if isinstance(model, TimelineModel):
            model.rowsAboutToBeRemoved.connect(self._rows_leaving)
            model.rowsInserted.connect(self._rows_arrived)

    def _rows_height(self, first: int, last: int) -> int:
        return sum(self.sizeHintForRow(row) for row in range(first, last + 1))

    def _rows_leaving(self, _parent: QModelIndex, first: int, last: int) -> None:
        if first == 0 and self.verticalScrollBar().value() > 0:
            self._shift -= self._rows_height(first, last)
            self.scheduleDelayedItemsLayout()

    def _rows_arrived(self, _parent: QModelIndex, first: int, last: int) -> None:
        model = self.model()
        if first == 0 and isinstance(model, TimelineModel) and model.filling_above:
            self._shift += self._rows_height(first, last)
            self.scheduleDelayedItemsLayout()

    def updateGeometries(self) -> None:
        """After Qt re-laid out the rows: move by what left or arrived above, so the reader stays put."""
        super().updateGeometries()
        if self._shift:
            shift, self._shift = self._shift, 0
            bar = self.verticalScrollBar()
            bar.setValue(max(bar.value() + shift, 0))

    def _scrolled(self, value: int) -> None:
        model = self.model()
        if isinstance(model, TimelineModel) and value <= self.verticalScrollBar().minimum() + 4:
            model.fetch_newer()

    def _at_top_wants_more(self) -> None:
        if self.verticalScrollBar().value() <= self.verticalScrollBar().minimum() + 4:
            model = self.model()
            if isinstance(model, TimelineModel):
                model.fetch_newer()

    def wheelEvent(self, event: Any) -> None:
        if event.angleDelta().y() > 0:
            self._at_top_wants_more()
        super().wheelEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            and self.currentIndex().isValid()
        ):
            self._toggle(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def _toggle(self, row: int) -> None:
        model = self.model()
        if isinstance(model, TimelineModel):
            model.toggle_expanded(row)
            self.delegate.clear_cache()
            self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event: Any) -> None:
        self.delegate.clear_cache()
        super().resizeEvent(event)


class TimelinePanel(QWidget):
    """Toolbar (channel filter, find, previous interaction) + the timeline view."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.model = TimelineModel(tasks, self)
        self.view = TimelineView(self)
        self.view.setModel(self.model)
        self.title = QLabel(self)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.channel_filter = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.previous_button = QToolButton(self)
        self.previous_button.setAutoRaise(True)
        self.status = QLabel(self)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(self.channel_filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.previous_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.status)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.channel_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.previous_button.clicked.connect(self.jump_to_previous_interaction)
        self.model.loading_changed.connect(self._update_status)
        self.model.modelReset.connect(self._update_status)
        self.model.rowsInserted.connect(lambda *_: self._update_status())
        self.retranslate()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        current = self.channel_filter.currentData()
        self.channel_filter.blockSignals(True)
        self.channel_filter.clear()
        self.channel_filter.addItem(self.tr("All channels"), None)
        for channel in Channel:
            self.channel_filter.addItem(
                channel_icon(channel.value), channel_name(channel.value), channel.value
            )
        found = self.channel_filter.findData(current)
        self.channel_filter.setCurrentIndex(max(found, 0))
        self.channel_filter.blockSignals(False)
        self.channel_filter.setAccessibleName(self.tr("Filter the timeline by channel"))
        self.search.setPlaceholderText(self.tr("Find in timeline (Ctrl+Shift+F)"))
        self.search.setAccessibleName(self.tr("Find in timeline"))
        self.previous_button.setText(self.tr("◀ Previous contact"))
        self.previous_button.setToolTip(self.tr("Jump to the previous interaction (Ctrl+Shift+Up)"))
        self.previous_button.setAccessibleName(self.tr("Jump to the previous interaction"))
        self.view.setAccessibleName(self.tr("Customer timeline"))
        self._update_status()

    def show_customer(
        self,
        customer_id: int | None,
        name: str = "",
        tz: str | None = None,
        interaction_id: int | None = None,
    ) -> None:
        """The customer's history, or only one of their interactions (*interaction_id*)."""
        self.title.setText(name)
        pin_to_ui_side(self.title)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.channel_filter.blockSignals(True)
        self.channel_filter.setCurrentIndex(0)
        self.channel_filter.blockSignals(False)
        self.view.delegate.clear_cache()
        self.model.set_source(customer_id, customer_tz=tz, interaction_id=interaction_id)

    def _apply_filter(self) -> None:
        channel = self.channel_filter.currentData()
        self.view.delegate.clear_cache()
        self.model.set_filter(frozenset({channel}) if channel else None, self.search.text())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_status(self, *_args: Any) -> None:
        rows = self.model.rowCount()
        has_customer = self.model.customer_id is not None
        empty = has_customer and rows == 0 and not self.model.is_loading()
        self.view.setVisible(not empty and has_customer)
        self.empty_label.setVisible(empty or not has_customer)
        if not has_customer:
            self.empty_label.setText(
                self.tr("Pick a conversation in the inbox, or search for a customer (Ctrl+F).")
            )
        elif empty:
            self.empty_label.setText(self.tr("Nothing in this timeline matches the filter."))
        if self.model.is_loading():
            self.status.setText(self.tr("Loading…"))
        elif has_customer:
            shown = self.tr("%n entries shown", "", rows)
            more = "" if self.model.is_exhausted() else " " + self.tr("(scroll for older)")
            self.status.setText(shown + more)
        else:
            self.status.setText("")

    def current_entry(self) -> TimelineEntry | None:
        index = self.view.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def jump_to_previous_interaction(self) -> None:
        model = self.model
        if model.customer_id is None or model.rowCount() == 0:
            return
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else 0
        entry = model.entry(row)
        if entry is None:
            return
        customer_id = model.customer_id
        cursor, interaction_id = entry.cursor, entry.interaction_id
        self.tasks.db(
            lambda s: core_timeline.previous_interaction_cursor(s, customer_id, cursor, interaction_id),
            self._go_to_cursor,
            owner=self,
        )

    def _go_to_cursor(self, cursor: core_timeline.Cursor | None) -> None:
        if cursor is None:
            self.status.setText(self.tr("This is the customer's first interaction."))
            return

        def select(row: int | None) -> None:
            if row is None:
                return
            index = self.model.index(row)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
            self.view.setFocus()

        self.model.load_until(cursor, select)
