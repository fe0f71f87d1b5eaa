"""The canned-reply picker: type a few letters, see the variant that will be inserted, Enter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.replies import library, template
from agent_console.core.replies.library import Choice, SearchIndex
from agent_console.core.replies.template import RenderContext, Rendered
from agent_console.ui.common import ui_babel_locale


@dataclass
class ReplyRequest:
    """What the picker needs from the conversation."""

    customer_locale: str | None  # e.g. "ka_GE"
    agent_locale: str  # the agent's UI language, searched too
    channel: str | None
    values: dict[str, Any]  # placeholder values known from the conversation
    context: RenderContext
    company_default: str = library.DEFAULT_LOCALE


def locale_name(code: str) -> str:
    try:
        return Locale.parse(code).get_display_name(ui_babel_locale()) or code
    except (UnknownLocaleError, ValueError):
        return code


class ReplyPicker(QDialog):
    def __init__(self, index: SearchIndex, request: ReplyRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.request = request
        self.chosen: Choice | None = None
        self.rendered: Rendered | None = None
        self.setWindowTitle(self.tr("Insert a canned reply"))
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Type any word of the title, tags or text…"))
        self.query.setAccessibleName(self.tr("Search canned replies"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Canned replies found"))
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview of the reply to insert"))
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.hint = QLabel(self.tr("Enter inserts · Esc closes · Up/Down choose"), self)
        left = QVBoxLayout()
        left.addWidget(self.query)
        left.addWidget(self.results, 1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.notice)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint)
        self.resize(900, 480)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.results.currentRowChanged.connect(lambda _r: self._preview())
        self.results.itemActivated.connect(lambda _i: self.accept_current())
        self.query.installEventFilter(self)
        self._search()

    def locales(self) -> list[str]:
        chain = library.fallback_chain(self.request.customer_locale, self.request.company_default)
        return [self.request.agent_locale, *chain]

    def _search(self) -> None:
        hits = self.index.search(self.query.text(), self.locales(), limit=30)
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(hit.title)
            item.setData(Qt.ItemDataRole.UserRole, hit.reply_id)
            item.setToolTip(hit.key)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        else:
            self.preview.clear()
            self.notice.setText(self.tr("No reply matches."))

    def _preview(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        choice = self.index.choice(
            item.data(Qt.ItemDataRole.UserRole), self.request.customer_locale, self.request.company_default
        )
        try:
            rendered = library.render(choice, self.request.values, self.request.context)
        except library.LibraryError as exc:
            self.preview.setPlainText("")
            self.notice.setText(str(exc))
            return
        self.chosen, self.rendered = choice, rendered
        self.preview.setPlainText(rendered.text)
        self.notice.setText(self.notice_text(choice, rendered))

    def notice_text(self, choice: Choice, rendered: Rendered) -> str:
        notes = []
        if choice.fallback and choice.requested:
            notes.append(
                self.tr("No %1 version; %2 inserted.")
                .replace("%1", locale_name(choice.requested))
                .replace("%2", locale_name(choice.locale))
            )
        warning = library.channel_warning(choice, self.request.channel)
        if warning == "sms_long":
            notes.append(self.tr("Long for SMS: it will be split into several messages."))
        elif warning == "channel":
            notes.append(self.tr("This reply is meant for other channels."))
        if rendered.fill_ins:
            notes.append(self.tr("To fill in before sending: %1").replace("%1", ", ".join(rendered.fill_ins)))
        return "\n".join(notes)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.query and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
                if 0 <= row < self.results.count():
                    self.results.setCurrentRow(row)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept_current()
                return True
        return super().eventFilter(watched, event)

    def accept_current(self) -> None:
        if self.chosen is not None and self.rendered is not None:
            self.accept()


def first_fill_in(text: str) -> tuple[int, int] | None:
    match = template.FILL_RE.search(text)
    return (match.start(), match.end()) if match else None
