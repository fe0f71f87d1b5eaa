"""Settings → Channels: the channel accounts, their settings, secrets and a connection test.

Secrets are typed into password fields, go straight to the keyring when saved and are never
read back into the dialog (an empty field keeps the stored one).  "Test connection" tries
the form as it stands, saved or not, on the task runner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agent_console.ui.common import format_agent_time, icon
from agent_console.ui.tasks import TaskError, TaskRunner

KINDS = ("email", "twilio", "telegram")
#: (field, widget type) per kind; "secret" fields go to the keyring, "list" fields are comma-separated.
FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "email": (
        ("imap_host", "text"),
        ("imap_port", "port"),
        ("imap_security", "security"),
        ("smtp_host", "text"),
        ("smtp_port", "port"),
        ("smtp_security", "security"),
        ("username", "text"),
        ("password", "secret"),
        ("from_address", "text"),
        ("from_name", "text"),
        ("folder", "text"),
        ("sent_folder", "text"),
    ),
    "twilio": (
        ("account_sid", "text"),
        ("auth_token", "secret"),
        ("numbers", "list"),
        ("whatsapp_numbers", "list"),
        ("base_url", "text"),
    ),
    "telegram": (("bot_token", "secret"), ("base_url", "text")),
}
SECURITY = ("ssl", "starttls", "none")


class AccountsDialog(QDialog):
    changed = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.statuses: list[Any] = []
        self.settings_by_id: dict[int, dict[str, Any]] = {}
        self.current_id: int | None = None
        self.list = QListWidget(self)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.currentItemChanged.connect(self._picked)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.new_account)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._remove)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)

        self.kind = QComboBox(self)
        self.kind.currentIndexChanged.connect(lambda i: self.stack.setCurrentIndex(max(0, i)))
        self.name = QLineEdit(self)
        self.poll = QSpinBox(self)
        self.poll.setRange(10, 86_400)
        self.poll.setValue(60)
        self.queue = QLineEdit("general", self)
        self.enabled = QCheckBox(self)
        self.enabled.setChecked(True)
        self.common = QFormLayout()
        self.common_labels = [QLabel(self) for _ in range(5)]
        for label, widget in zip(
            self.common_labels, (self.kind, self.name, self.poll, self.queue, self.enabled), strict=True
        ):
            label.setBuddy(widget)
            self.common.addRow(label, widget)
        self.stack = QStackedWidget(self)
        self.inputs: dict[str, dict[str, QWidget]] = {}
        self.field_labels: dict[str, dict[str, QLabel]] = {}
        for kind in KINDS:
            page = QWidget(self.stack)
            form = QFormLayout(page)
            form.setContentsMargins(0, 0, 0, 0)
            self.inputs[kind], self.field_labels[kind] = {}, {}
            for field, widget_type in FIELDS[kind]:
                widget = self._make_input(widget_type, page)
                label = QLabel(page)
                label.setBuddy(widget)
                form.addRow(label, widget)
                self.inputs[kind][field] = widget
                self.field_labels[kind][field] = label
            self.stack.addWidget(page)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.save_button.setDefault(True)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_box)
        right = QVBoxLayout()
        right.addLayout(self.common)
        right.addWidget(self.stack)
        right.addWidget(self.status)
        right.addStretch(1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        self.resize(880, 560)
        self.retranslate()
        self.reload()

    def _make_input(self, widget_type: str, parent: QWidget) -> QWidget:
        if widget_type == "port":
            spin = QSpinBox(parent)
            spin.setRange(0, 65535)
            spin.setSpecialValueText("—")
            return spin
        if widget_type == "security":
            combo = QComboBox(parent)
            for value in SECURITY:
                combo.addItem("", value)
            return combo
        edit = QLineEdit(parent)
        if widget_type == "secret":
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def field_title(self, field: str) -> str:
        return {
            "imap_host": self.tr("IMAP server:"),
            "imap_port": self.tr("IMAP port:"),
            "imap_security": self.tr("IMAP security:"),
            "smtp_host": self.tr("SMTP server:"),
            "smtp_port": self.tr("SMTP port:"),
            "smtp_security": self.tr("SMTP security:"),
            "username": self.tr("User name:"),
            "password": self.tr("Password:"),
            "from_address": self.tr("Sender address:"),
            "from_name": self.tr("Sender name:"),
            "folder": self.tr("Folder to fetch:"),
            "sent_folder": self.tr("Save sent replies in:"),
            "account_sid": self.tr("Account SID:"),
            "auth_token": self.tr("Auth token:"),
            "numbers": self.tr("SMS numbers:"),
            "whatsapp_numbers": self.tr("WhatsApp numbers:"),
            "base_url": self.tr("API address:"),
            "bot_token": self.tr("Bot token:"),
        }[field]

    def kind_title(self, kind: str) -> str:
        return {
            "email": self.tr("E-mail (IMAP and SMTP)"),
            "twilio": self.tr("SMS and WhatsApp (Twilio)"),
            "telegram": self.tr("Telegram bot"),
        }[kind]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Channel accounts"))
        self.add_button.setText(self.tr("&New account"))
        self.remove_button.setText(self.tr("&Remove"))
        self.test_button.setText(self.tr("&Test connection"))
        self.save_button.setText(self.tr("&Save"))
        texts = (
            self.tr("&Kind:"),
            self.tr("N&ame:"),
            self.tr("&Check every (seconds):"),
            self.tr("&Queue:"),
            "",
        )
        for label, text in zip(self.common_labels, texts, strict=True):
            label.setText(text)
        self.enabled.setText(self.tr("&Enabled"))
        current = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in KINDS:
            self.kind.addItem(self.kind_title(kind), kind)
        self.kind.setCurrentIndex(max(0, current))
        self.kind.blockSignals(False)
        security_names = {
            "ssl": self.tr("SSL/TLS"),
            "starttls": self.tr("STARTTLS"),
            "none": self.tr("None (unencrypted)"),
        }
        placeholders = {
            "secret": self.tr("Stored in the system keyring; leave empty to keep it"),
            "list": self.tr("+995322000000, +995322000001"),
            "base_url": self.tr("The provider's address (change only for a proxy or a test server)"),
        }
        for kind in KINDS:
            for field, widget_type in FIELDS[kind]:
                self.field_labels[kind][field].setText(self.field_title(field))
                widget = self.inputs[kind][field]
                if isinstance(widget, QComboBox):
                    for index in range(widget.count()):
                        widget.setItemText(index, security_names[widget.itemData(index)])
                elif isinstance(widget, QLineEdit):
                    widget.setPlaceholderText(placeholders.get(widget_type, placeholders.get(field, "")))
                    widget.setToolTip(widget.placeholderText())
        self._align_labels()
        self._fill_list()

    def _align_labels(self) -> None:
        """The common rows and each kind's rows are two forms: give their labels one width."""
        labels = [
            *self.common_labels,
            *(label for page in self.field_labels.values() for label in page.values()),
        ]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        def load(session: Any) -> tuple[list[Any], dict[int, dict[str, Any]]]:
            from sqlalchemy import select

            from agent_console.channels.accounts import statuses
            from agent_console.core.models import ChannelAccount

            rows = session.scalars(select(ChannelAccount)).all()
            return statuses(session), {a.id: {**a.settings, "__queue": a.queue} for a in rows}

        self.tasks.db(load, self._loaded, owner=self)

    def _loaded(self, result: tuple[list[Any], dict[int, dict[str, Any]]]) -> None:
        self.statuses, self.settings_by_id = result
        self._fill_list()
        if self.current_id is None and self.statuses:
            self.list.setCurrentRow(0)
        elif not self.statuses:
            self.new_account()

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for status in self.statuses:
            # One line: Qt sizes two-line items by the primary font, and Georgian or Mongolian
            # text drawn with a fallback font then gets cut. The state is the icon and tooltip.
            item = QListWidgetItem(status.name)
            item.setToolTip(self._state_text(status))
            item.setData(Qt.ItemDataRole.UserRole, status.id)
            item.setIcon(icon("overdue" if status.enabled and not status.ok else _icon_of(status.kind)))
            self.list.addItem(item)
            if status.id == self.current_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _state_text(self, status: Any) -> str:
        if not status.enabled:
            return self.tr("disabled")
        if not status.ok:
            return self.tr("problem: %1").replace("%1", status.last_error or "")
        if status.last_success_at is None:
            return self.tr("not synced yet")
        return self.tr("synced %1").replace("%1", format_agent_time(status.last_success_at))

    def _picked(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        account_id = item.data(Qt.ItemDataRole.UserRole)
        status = next((s for s in self.statuses if s.id == account_id), None)
        if status is None:
            return
        self.current_id = account_id
        settings = dict(self.settings_by_id.get(account_id, {}))
        self.kind.setCurrentIndex(KINDS.index(status.kind))
        self.kind.setEnabled(False)
        self.name.setText(status.name)
        self.poll.setValue(status.poll_seconds)
        self.queue.setText(settings.pop("__queue", "general"))
        self.enabled.setChecked(status.enabled)
        self._set_fields(status.kind, settings)
        self.status.setText(self._state_text(status))
        self.remove_button.setEnabled(True)

    def new_account(self) -> None:
        self.current_id = None
        self.list.clearSelection()
        self.kind.setEnabled(True)
        self.name.clear()
        self.poll.setValue(60)
        self.queue.setText("general")
        self.enabled.setChecked(True)
        for kind in KINDS:
            self._set_fields(kind, {})
        self.status.clear()
        self.remove_button.setEnabled(False)
        self.name.setFocus()

    def _set_fields(self, kind: str, settings: dict[str, Any]) -> None:
        for field, widget_type in FIELDS[kind]:
            widget = self.inputs[kind][field]
            value = settings.get(field)
            if isinstance(widget, QSpinBox):
                widget.setValue(int(value or 0))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value or "ssl")))
            elif isinstance(widget, QLineEdit):
                if widget_type == "secret":
                    widget.clear()
                elif widget_type == "list":
                    widget.setText(", ".join(value or []))
                else:
                    widget.setText(str(value or ""))

    # --- the form as data -------------------------------------------------------------

    def form_values(self) -> tuple[str, dict[str, Any], dict[str, str]]:
        kind = self.kind.currentData()
        settings: dict[str, Any] = {}
        secrets: dict[str, str] = {}
        for field, widget_type in FIELDS[kind]:
            widget = self.inputs[kind][field]
            if isinstance(widget, QSpinBox):
                if widget.value():
                    settings[field] = widget.value()
            elif isinstance(widget, QComboBox):
                settings[field] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                text = widget.text().strip()
                if widget_type == "secret":
                    if text:
                        secrets[field] = text
                elif widget_type == "list":
                    settings[field] = [v.strip() for v in text.split(",") if v.strip()]
                elif text:
                    settings[field] = text
        return kind, settings, secrets

    def save(self) -> None:
        from agent_console.channels import accounts

        kind, settings, secrets = self.form_values()
        name, poll, queue, enabled = (
            self.name.text(),
            self.poll.value(),
            self.queue.text().strip(),
            self.enabled.isChecked(),
        )
        account_id = self.current_id

        def write(session: Any) -> int:
            return accounts.save(
                session,
                name=name,
                kind=kind,
                settings=settings,
                secrets=secrets,
                poll_seconds=poll,
                queue=queue,
                enabled=enabled,
                account_id=account_id,
            ).id

        self.save_button.setEnabled(False)
        self.tasks.db(write, self._saved, self._save_failed, owner=self)

    def _saved(self, account_id: int) -> None:
        self.save_button.setEnabled(True)
        self.current_id = account_id
        for kind in KINDS:
            for field, widget_type in FIELDS[kind]:
                if widget_type == "secret":
                    self.inputs[kind][field].clear()  # type: ignore[attr-defined]
        self.status.setText(self.tr("Saved. New messages are fetched within one check interval."))
        self.changed.emit()
        self.reload()

    def _save_failed(self, error: TaskError) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Not saved: %1").replace("%1", str(error)))

    def test_connection(self) -> None:
        from agent_console.channels import accounts
        from agent_console.channels import secrets as secret_store

        kind, settings, typed = self.form_values()
        account_id = self.current_id

        def attempt() -> str:
            stored = secret_store.load(account_id, kind) if account_id else {}
            connector = accounts.connector_from(kind, settings, {**stored, **typed}, timeout=15)
            try:
                return connector.test()
            finally:
                connector.close()

        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Connecting…"))
        self.tasks.run(attempt, self._tested, self._test_failed, owner=self)

    def _tested(self, description: str) -> None:
        self.test_button.setEnabled(True)
        self.status.setText(self.tr("Connection works: %1").replace("%1", description))

    def _test_failed(self, error: TaskError) -> None:
        self.test_button.setEnabled(True)
        self.status.setText(self.tr("Connection failed: %1").replace("%1", str(error)))

    def _remove(self) -> None:
        from agent_console.channels import accounts

        account_id = self.current_id
        if account_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove account"),
            self.tr("Remove this account and its stored secrets? Its messages stay in the timelines."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(removed: bool) -> None:
            if not removed:
                self.status.setText(
                    self.tr("Disabled, not removed: replies in its outbox still wait to be sent.")
                )
            self.current_id = None
            self.changed.emit()
            self.reload()

        self.tasks.db(lambda s: accounts.remove(s, account_id), done, owner=self)


def _icon_of(kind: str) -> str:
    return {"email": "email", "twilio": "sms", "telegram": "telegram"}[kind]
