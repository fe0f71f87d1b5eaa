"""Small shared UI helpers: icons, translated channel names, time formatting."""

from __future__ import annotations

import html
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QObject, QSize, Qt, QTimeZone
from PySide6.QtGui import QFontMetrics, QIcon, QPaintEvent, QPalette, QShowEvent, QTextDocumentFragment
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from agent_console import paths


@cache
def icon(name: str) -> QIcon:
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def icon_size(metrics: QFontMetrics, minimum: int) -> int:
    """Icons grow with the text (200 % fonts get 200 % icons), never below the design size."""
    return max(minimum, round(metrics.height() * 1.35))


def channel_icon(channel: str, kind: str = "message") -> QIcon:
    return icon("note" if kind == "note" else channel)


def channel_name(channel: str) -> str:
    names = {
        "email": QCoreApplication.translate("Channel", "Email"),
        "phone": QCoreApplication.translate("Channel", "Phone"),
        "sms": QCoreApplication.translate("Channel", "SMS"),
        "whatsapp": QCoreApplication.translate("Channel", "WhatsApp"),
        "telegram": QCoreApplication.translate("Channel", "Telegram"),
        "chat": QCoreApplication.translate("Channel", "Chat"),
        "social": QCoreApplication.translate("Channel", "Social"),
    }
    return names.get(channel, channel)


def outcome_label(labels: dict[str, str] | None, code: str) -> str:
    """A wrap-up code's label in the UI language (labels come from the codes file, not the catalogs)."""
    if not labels:
        return code
    language = QLocale().name().split("_")[0] or "en"
    return labels.get(language) or labels.get("en") or code


def identity_kind_name(kind: str) -> str:
    names = {
        "email": QCoreApplication.translate("Identity", "Email"),
        "phone": QCoreApplication.translate("Identity", "Phone"),
        "whatsapp": QCoreApplication.translate("Identity", "WhatsApp"),
        "telegram": QCoreApplication.translate("Identity", "Telegram"),
        "chat": QCoreApplication.translate("Identity", "Chat visitor"),
        "social": QCoreApplication.translate("Identity", "Social"),
    }
    return names.get(kind, kind)


def status_name(status: str) -> str:
    return {
        "open": QCoreApplication.translate("Status", "Open"),
        "pending": QCoreApplication.translate("Status", "Waiting for customer"),
        "closed": QCoreApplication.translate("Status", "Closed"),
    }.get(status, status)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))


def format_agent_time(moment: datetime, now: datetime | None = None) -> str:
    """A timestamp in the agent's time zone and UI locale; today's show only the time."""
    local = to_qdatetime(moment).toLocalTime()
    locale = QLocale()
    if now is not None and to_qdatetime(now).toLocalTime().date() == local.date():
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def format_customer_time(moment: datetime, tz_name: str | None) -> str | None:
    """The same moment on the customer's clock, e.g. for a tooltip."""
    if not tz_name:
        return None
    try:
        ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    zone = QTimeZone(tz_name.encode())
    if not zone.isValid():
        return None
    return QLocale().toString(to_qdatetime(moment).toTimeZone(zone), QLocale.FormatType.ShortFormat)


def format_duration(seconds: int) -> str:
    minutes, secs = divmod(max(seconds, 0), 60)
    if minutes:
        return (
            QCoreApplication.translate("Duration", "%1 min %2 s")
            .replace("%1", str(minutes))
            .replace("%2", str(secs))
        )
    return QCoreApplication.translate("Duration", "%1 s").replace("%1", str(secs))


def pin_to_ui_side(label: QLabel) -> None:
    """Align a label to the UI's leading side even when its text is right-to-left (an Arabic name
    in an English UI stays on the left), instead of following the text's own direction."""
    side = (
        Qt.AlignmentFlag.AlignRight
        if label.layoutDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)


def ui_babel_locale() -> Locale:
    try:
        return Locale.parse(QLocale().name())
    except (UnknownLocaleError, ValueError):
        return Locale("en")


def language_display(code: str | None) -> str:
    if not code:
        return ""
    try:
        return (
            ui_babel_locale().languages.get(Locale.parse(code.replace("-", "_")).language, code)
            + f" ({code})"
        )
    except (UnknownLocaleError, ValueError):
        return code


def country_display(code: str | None) -> str:
    if not code:
        return ""
    return ui_babel_locale().territories.get(code.upper(), code) + f" ({code.upper()})"


def mnemonic_html(text: str) -> str:
    """A button's text as rich text: the "&"-marked shortcut letter underlined, "&&" an ampersand."""
    out: list[str] = []
    i, underlined = 0, False
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            letter = text[i + 1]
            if letter == "&":
                out.append("&amp;")
            elif not underlined:
                out.append(f"<u>{html.escape(letter)}</u>")
                underlined = True
            else:
                out.append(html.escape(letter))
            i += 2
            continue
        out.append(html.escape(text[i]))
        i += 1
    return "".join(out)


class WrappingButton(QPushButton):
    """A push button whose caption wraps onto more lines instead of widening its column.

    For the narrow side columns: at 200 % font a Georgian or Greek caption is wider than the
    column, and a plain button would push the column into a sideways scroll. The button keeps
    its text (shortcut, accessible name) and paints its frame and focus; a word-wrapped label
    inside shows the caption, with the shortcut letter underlined.
    """

    MARGINS = (8, 3, 8, 3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setForegroundRole(QPalette.ColorRole.ButtonText)
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*self.MARGINS)
        layout.addWidget(self.caption)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.caption.setText(mnemonic_html(text))
        self.updateGeometry()

    def _extra(self) -> tuple[int, int]:
        left, top, right, bottom = self.MARGINS
        return left + right, top + bottom

    def minimumSizeHint(self) -> QSize:
        dx, _dy = self._extra()
        return QSize(self.caption.minimumSizeHint().width() + dx, super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        dx, dy = self._extra()
        return max(super().sizeHint().height(), self.caption.heightForWidth(max(1, width - dx)) + dy)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        option.icon = QIcon()
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


class Section(QWidget):
    """A titled group for the narrow side columns.

    Like a QGroupBox, except that the title wraps: a group box's title sets the minimum width
    of the whole column, so a long Georgian heading at 200 % font would push it into a
    sideways scroll. Lay the contents out on ``body``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.body = QFrame(self)
        self.body.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)

    def showEvent(self, event: QShowEvent) -> None:
        body = self.body.layout()
        if body is not None:  # the caller's layout on the body: narrow margins, like a group box's
            body.setContentsMargins(6, 4, 6, 4)
        super().showEvent(event)

    def setTitle(self, text: str) -> None:
        self.heading.setText(text)
        self.setAccessibleName(text)

    def title(self) -> str:
        return self.heading.text()


class FormRowsFit(QObject):
    """Puts a form's values under their labels when the column is too narrow for them beside.

    Word-wrapped values still need room for their longest word (a Georgian country name at
    200 % font); when the widest label plus that word does not fit, every row wraps
    (``WrapAllRows``), else labels stay beside values. Follows resizes and text changes.
    """

    def __init__(self, form: QFormLayout, owner: QWidget) -> None:
        super().__init__(owner)
        self.form = form
        self.owner = owner
        owner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.owner and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.fit()
        return False

    def fit(self) -> None:
        form = self.form
        widest_label = longest_word = 0
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or label.widget() is None:
                continue
            if not label.widget().isVisibleTo(self.owner):
                continue
            widest_label = max(widest_label, label.widget().sizeHint().width())
            value = field.widget()
            if isinstance(value, QLabel):
                text = value.text()
                if value.textFormat() != Qt.TextFormat.PlainText and "<" in text:
                    text = QTextDocumentFragment.fromHtml(text).toPlainText()
                metrics = value.fontMetrics()
                longest_word = max([longest_word, *(metrics.horizontalAdvance(w) for w in text.split())])
            elif value is not None:
                longest_word = max(longest_word, value.minimumSizeHint().width())
        margins = form.contentsMargins()
        spacing = max(form.horizontalSpacing(), 6)
        needed = margins.left() + widest_label + spacing + longest_word + margins.right()
        available = form.geometry().width() or self.owner.contentsRect().width()
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if needed > available
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        if form.rowWrapPolicy() != policy:
            form.setRowWrapPolicy(policy)


class RowFit(QObject):
    """Stacks a row of controls (a box layout) when the column is too narrow to keep them side by side."""

    def __init__(self, row: QBoxLayout, owner: QWidget) -> None:
        super().__init__(owner)
        self.row = row
        self.owner = owner
        owner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.owner and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        widgets = [self.row.itemAt(i).widget() for i in range(self.row.count())]
        shown = [w for w in widgets if w is not None and w.isVisibleTo(self.owner)]
        spacing = max(self.row.spacing(), 6)
        needed = sum(w.sizeHint().width() for w in shown) + spacing * max(0, len(shown) - 1)
        margins = self.owner.contentsMargins()
        available = self.owner.width() - margins.left() - margins.right()
        if self.owner.layout() is not None:
            inner = self.owner.layout().contentsMargins()
            available -= inner.left() + inner.right()
        direction = (
            QBoxLayout.Direction.LeftToRight if needed <= available else QBoxLayout.Direction.TopToBottom
        )
        if self.row.direction() != direction:
            self.row.setDirection(direction)
