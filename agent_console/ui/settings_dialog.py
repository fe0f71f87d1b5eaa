"""Settings: language (live), theme, font size, where data lives and which database to open."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agent_console import paths
from agent_console.core.db import redact
from agent_console.settings import Settings
from agent_console.ui.reply_picker import locale_name

UI_LANGUAGES = ("en", "uz", "el", "mn", "ka", "ru", "de", "es", "ar")


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox(self)
        self.theme = QComboBox(self)
        self.font_size = QSpinBox(self)
        self.font_size.setRange(0, 32)
        self.database = QLineEdit(self)
        self.data_folder = QLabel(str(paths.data_dir()), self)
        self.data_folder.setWordWrap(True)
        self.restart_note = QLabel(self)
        self.restart_note.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(
            self.labels,
            (self.language, self.theme, self.font_size, self.database, self.data_folder),
            strict=True,
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.restart_note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)  # long Georgian and Greek labels and hints
        self.retranslate()
        self._load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for label, text in zip(
            self.labels,
            (
                self.tr("&Language:"),
                self.tr("&Theme:"),
                self.tr("&Font size:"),
                self.tr("&Database:"),
                self.tr("Data folder:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.language.setAccessibleName(self.tr("Language"))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.font_size.setAccessibleName(self.tr("Font size"))
        self.database.setAccessibleName(self.tr("Database"))
        self.font_size.setSpecialValueText(self.tr("Default"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.database.setPlaceholderText(self.tr("Empty: the SQLite file in the data folder"))
        self.restart_note.setText(
            self.tr(
                "A new database is opened the next time Agent Console starts. "
                "Language, theme and font size apply at once."
            )
        )
        current = self.language.currentData()
        self.language.clear()
        self.language.addItem(self.tr("System language"), "")
        for code in UI_LANGUAGES:
            self.language.addItem(f"{locale_name(code)} ({code})", code)
        self.language.setCurrentIndex(max(self.language.findData(current if current is not None else ""), 0))
        theme = self.theme.currentData()
        self.theme.clear()
        for code, text in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, code)
        self.theme.setCurrentIndex(max(self.theme.findData(theme or "system"), 0))

    def _load(self) -> None:
        self.language.setCurrentIndex(max(self.language.findData(self.settings.ui_language), 0))
        self.theme.setCurrentIndex(max(self.theme.findData(self.settings.theme), 0))
        self.font_size.setValue(self.settings.font_size)
        self.database.setText(redact(self.settings.database_url) if self.settings.database_url else "")

    def apply_to(self, settings: Settings) -> None:
        settings.ui_language = self.language.currentData() or ""
        settings.theme = self.theme.currentData() or "system"
        settings.font_size = self.font_size.value()
        text = self.database.text().strip()
        if text != (redact(settings.database_url) if settings.database_url else ""):
            settings.database_url = text  # a URL with a hidden password is left as it was
