"""The reply composer, bound to the conversation's channel.

The draft is written to the database 400 ms after the agent stops typing (and at once
when they switch conversation or close the window), so a crash loses at most the last
keystrokes.  Sending records the message and clears the draft in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_console.core import conversation
from agent_console.core.conversation import InteractionInfo
from agent_console.core.replies import library, template
from agent_console.core.replies.library import Choice, SearchIndex
from agent_console.core.replies.template import Rendered
from agent_console.ui.common import channel_icon, channel_name
from agent_console.ui.draft_checks import DraftChecksBar
from agent_console.ui.reply_picker import ReplyPicker, ReplyRequest, first_fill_in
from agent_console.ui.tasks import TaskError, TaskRunner

DRAFT_DELAY_MS = 400


class FillInHighlighter(QSyntaxHighlighter):
    """Marks ⟦fill-in⟧ fields left by canned replies, so none is sent by mistake."""

    def highlightBlock(self, text: str) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe08a"))
        fmt.setForeground(QColor("#5a4300"))
        for match in template.FILL_RE.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), fmt)


class ComposerEdit(QPlainTextEdit):
    send_requested = Signal()
    picker_requested = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.send_requested.emit()
            return
        if event.key() == Qt.Key.Key_K and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.picker_requested.emit()
            return
        if event.text() == "/" and not self.textCursor().block().text().strip():
            self.picker_requested.emit()  # "/" at the start of an empty line opens the picker
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    sent = Signal(int, int)  # interaction id, customer id
    draft_saved = Signal(int)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.agent_id: int | None = None
        self.interaction: InteractionInfo | None = None
        self._loading_draft = False
        self._dirty = False

        self.channel_icon = QLabel(self)
        #: The channel this reply leaves on: the conversation's, or another address of the customer.
        self.via = QComboBox(self)
        self.via.currentIndexChanged.connect(self._via_changed)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.state = QLabel(self)
        self.editor = ComposerEdit(self)
        self.editor.setTabChangesFocus(True)
        self.send_button = QPushButton(self)
        self.send_button.setDefault(False)
        self.checks = DraftChecksBar(self)
        self.highlighter = FillInHighlighter(self.editor.document())
        self.reply_index: SearchIndex | None = None
        self.reply_request: Callable[[], ReplyRequest | None] = lambda: None
        top = QHBoxLayout()
        top.addWidget(self.channel_icon)
        top.addWidget(self.header, 1)
        top.addWidget(self.via)
        top.addWidget(self.state)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.checks)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.save_draft)
        self.editor.textChanged.connect(self._changed)
        self.editor.send_requested.connect(self.send)
        self.editor.picker_requested.connect(self.open_picker)
        self.send_button.clicked.connect(self.send)
        self.retranslate()
        self.set_interaction(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.send_button.setText(self.tr("Send"))
        self.send_button.setToolTip(
            self.tr("Send the reply (%1)").replace(
                "%1", QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.editor.setAccessibleName(self.tr("Reply"))
        self.via.setAccessibleName(self.tr("Send the reply through this channel"))
        self.via.setToolTip(self.via.accessibleName())
        self.send_button.setAccessibleName(self.tr("Send the reply"))
        self._update_header()

    def _update_header(self) -> None:
        info = self.interaction
        if info is None:
            self.header.setText(self.tr("No conversation selected"))
            self.editor.setPlaceholderText("")
            self.channel_icon.clear()
            return
        channel = self.reply_channel() or info.channel
        self.channel_icon.setPixmap(channel_icon(channel).pixmap(18, 18))
        self.header.setText(
            self.tr("Reply via %1 to %2")
            .replace("%1", channel_name(channel))
            .replace("%2", info.customer_name)
        )
        self.editor.setPlaceholderText(self.tr("Write your reply… (Ctrl+Enter sends)"))

    def set_interaction(self, info: InteractionInfo | None) -> None:
        """Switch conversation: save the current draft first, then load the new one."""
        self.save_draft()
        self.interaction = info
        enabled = info is not None
        self.editor.setEnabled(enabled)
        self.send_button.setEnabled(enabled)
        self._update_header()
        self._set_text("")
        self.state.setText("")
        self.checks.reset()
        self._fill_via([info.channel] if info else [], None)
        if info is None:
            return
        interaction_id = info.id
        self.tasks.db(
            lambda s: _draft_and_channels(s, interaction_id),
            lambda found: self._draft_arrived(interaction_id, found),
            owner=self,
        )

    def _fill_via(self, channels: list[str], chosen: str | None) -> None:
        self.via.blockSignals(True)
        self.via.clear()
        for channel in channels:
            self.via.addItem(channel_icon(channel), channel_name(channel), channel)
        self.via.setCurrentIndex(max(0, self.via.findData(chosen)) if chosen else 0)
        self.via.blockSignals(False)
        self.via.setVisible(len(channels) > 1)
        self._update_header()

    def reply_channel(self) -> str | None:
        return self.via.currentData()

    def _via_changed(self, _index: int) -> None:
        self._update_header()
        self._changed()

    def _draft_arrived(self, interaction_id: int, found: tuple[str | None, str | None, list[str]]) -> None:
        if self.interaction is None or self.interaction.id != interaction_id or self._dirty:
            return
        body, chosen, channels = found
        self._fill_via(channels or [self.interaction.channel], chosen)
        if body:
            self._set_text(body)
            self.state.setText(self.tr("Draft restored"))
            self.checks.check_now(body)

    def _set_text(self, text: str) -> None:
        self._loading_draft = True
        self.editor.setPlainText(text)
        self._loading_draft = False
        self._dirty = False

    def _changed(self) -> None:
        if self._loading_draft or self.interaction is None:
            return
        self._dirty = True
        self.state.setText("")
        self._timer.start()
        self.checks.check_later(self.editor.toPlainText())

    def save_draft(self, synchronous: bool = False) -> None:
        self._timer.stop()
        if not self._dirty or self.interaction is None:
            return
        self._dirty = False
        interaction_id, body, agent_id = self.interaction.id, self.editor.toPlainText(), self.agent_id
        channel = self.reply_channel() or self.interaction.channel

        def write(session: Any) -> int:
            conversation.save_draft(session, interaction_id, body, agent_id=agent_id, channel=channel)
            return interaction_id

        if synchronous:
            with self.tasks.database.session() as session:
                write(session)
            return
        self.tasks.db(write, self._draft_written, owner=self)

    def _draft_written(self, interaction_id: int) -> None:
        if self.interaction is not None and self.interaction.id == interaction_id and not self._dirty:
            self.state.setText(self.tr("Draft saved"))
        self.draft_saved.emit(interaction_id)

    def open_picker(self) -> None:
        """Choose a canned reply and insert it at the cursor (several can be combined)."""
        request = self.reply_request()
        if self.interaction is None or request is None:
            return
        if self.reply_index is None:
            self.state.setText(self.tr("Loading canned replies…"))
            self.tasks.db(_build_index, self._index_ready, owner=self)
            return
        picker = ReplyPicker(self.reply_index, request, self)
        if picker.exec() and picker.chosen is not None and picker.rendered is not None:
            self.insert_reply(
                picker.chosen, picker.rendered, picker.notice_text(picker.chosen, picker.rendered)
            )

    def _index_ready(self, index: SearchIndex) -> None:
        self.reply_index = index
        self.state.setText("")
        self.open_picker()

    def insert_reply(self, choice: Choice, rendered: Rendered, notice: str) -> None:
        cursor = self.editor.textCursor()
        start = cursor.position()
        cursor.insertText(rendered.text)
        self.editor.setTextCursor(cursor)
        self.state.setText(notice.split("\n")[0] if notice else self.tr("Reply inserted."))
        self.state.setToolTip(notice)
        fill = first_fill_in(self.editor.toPlainText()[start:])
        if fill is not None:  # put the agent on the first field to complete
            cursor.setPosition(start + fill[0])
            cursor.setPosition(start + fill[1], QTextCursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
        self.editor.setFocus()
        interaction_id, agent_id = (self.interaction.id if self.interaction else None), self.agent_id
        self.tasks.db(
            lambda s: library.record_usage(s, choice, interaction_id=interaction_id, agent_id=agent_id),
            owner=self,
        )

    def send(self) -> None:
        info = self.interaction
        text = self.editor.toPlainText()
        if info is None or not text.strip():
            return
        missing = template.unfilled(text)
        if missing:  # a fill-in field is never sent to a customer
            self.state.setText(self.tr("Fill in before sending: %1").replace("%1", ", ".join(missing)))
            fill = first_fill_in(text)
            if fill is not None:
                cursor = self.editor.textCursor()
                cursor.setPosition(fill[0])
                cursor.setPosition(fill[1], QTextCursor.MoveMode.KeepAnchor)
                self.editor.setTextCursor(cursor)
            return
        self._timer.stop()
        self.send_button.setEnabled(False)
        agent_id = self.agent_id
        # The warnings the draft still has, and the ones the agent dismissed, travel with the message.
        checks = [{"code": w.code, "params": dict(w.params)} for w in self.checks.check_now(text)]
        checks += [{"dismissed": key} for key in sorted(self.checks.dismissed)]

        channel = self.reply_channel() or info.channel

        def record(session: Any) -> int:
            return conversation.send_reply(
                session, info.id, text, agent_id=agent_id, channel=channel, draft_checks=checks
            ).id

        self.tasks.db(record, lambda _event_id: self._sent(info), self._send_failed, owner=self)

    def _sent(self, info: InteractionInfo) -> None:
        self.send_button.setEnabled(True)
        if self.interaction is not None and self.interaction.id == info.id:
            self._set_text("")
            self.state.setText(self.tr("Sent"))
            self.checks.reset()
        self.sent.emit(info.id, info.customer_id)

    def _send_failed(self, error: TaskError) -> None:
        self.send_button.setEnabled(True)
        self.state.setText(self.tr("Not sent: %1").replace("%1", str(error)))


def _build_index(session: Any) -> SearchIndex:
    library.ensure_seeded(session)
    return SearchIndex.build(session)


def _draft_and_channels(session: Any, interaction_id: int) -> tuple[str | None, str | None, list[str]]:
    """The saved draft, the channel it was meant for, and the channels a reply can take."""
    draft = conversation.load_draft(session, interaction_id)
    channels = conversation.reply_channels(session, interaction_id)
    return (draft.body, draft.channel, channels) if draft else (None, None, channels)
