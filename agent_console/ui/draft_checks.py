"""Draft-check warnings under the composer: each explains itself and can be dismissed for this message."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from agent_console.core.culture import drafts
from agent_console.core.culture.drafts import DraftContext, DraftWarning


class DraftChecksBar(QWidget):
    warnings_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: DraftContext | None = None
        self.text = ""
        self.dismissed: set[str] = set()
        self.warnings: list[DraftWarning] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._run)
        self.setAccessibleName(self.tr("Draft checks"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def set_context(self, context: DraftContext | None) -> None:
        self.context = context
        self._run()

    def reset(self) -> None:
        """A new message: earlier dismissals no longer apply."""
        self.dismissed.clear()
        self.text = ""
        self._run()

    def check_later(self, text: str) -> None:
        self.text = text
        self._timer.start()

    def check_now(self, text: str) -> list[DraftWarning]:
        self.text = text
        self._run()
        return self.warnings

    def _run(self) -> None:
        found = drafts.check(self.text, self.context) if self.context is not None else []
        self.warnings = [w for w in found if w.key not in self.dismissed]
        self._show()
        self.warnings_changed.emit(self.warnings)

    def dismiss(self, key: str) -> None:
        self.dismissed.add(key)
        self._run()

    def message(self, warning: DraftWarning) -> tuple[str, str]:
        """(short text, explanation) for a warning, in the UI language."""
        p = warning.params
        texts = {
            "informal_you": (
                self.tr("Informal “%1”: use the formal “%2”.")
                .replace("%1", p.get("found", ""))
                .replace("%2", p.get("formal", "")),
                self.tr("This language has a formal form of address, and customers expect it."),
            ),
            "no_greeting": (
                self.tr("No greeting at the start."),
                self.tr("A reply that opens without a greeting often reads as curt in this language."),
            ),
            "no_name": (
                self.tr("The customer's name (%1) is missing.").replace("%1", p.get("name", "")),
                self.tr("Addressing the customer by name shows the reply was written for them."),
            ),
            "honorific_missing": (self.tr("Honorific missing."), p.get("hint", "")),
            "shouting_caps": (
                self.tr("Capitals (“%1”) read as shouting.").replace("%1", p.get("example", "")),
                self.tr("Write words in capitals only when they are abbreviations."),
            ),
            "shouting_exclaim": (
                self.tr("Several exclamation marks read as shouting."),
                self.tr("One exclamation mark is enough, if any."),
            ),
            "jargon": (
                self.tr("“%1” is jargon the customer may not know.").replace("%1", p.get("term", "")),
                self.tr("Say what it means in plain words."),
            ),
            "foreign_currency": (
                self.tr("Amount in %1; this customer pays in %2.")
                .replace("%1", p.get("found", ""))
                .replace("%2", p.get("expected", "")),
                self.tr("Quote prices in the customer's currency; the panel converts."),
            ),
            "number_format": (
                self.tr("“%1”: here the decimal separator is “%2”.")
                .replace("%1", p.get("found", ""))
                .replace("%2", p.get("decimal", "")),
                self.tr("Write amounts the way the customer's country writes them."),
            ),
        }
        return texts.get(warning.code, (warning.code, ""))

    def _show(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for warning in self.warnings:
            short, why = self.message(warning)
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel("⚠ " + short, row)
            label.setToolTip(why)
            label.setWordWrap(True)
            button = QToolButton(row)
            button.setText(self.tr("Dismiss"))
            button.setAutoRaise(True)
            button.setAccessibleName(self.tr("Dismiss this warning for this message"))
            key = warning.key
            button.clicked.connect(lambda _checked=False, k=key: self.dismiss(k))
            line.addWidget(label, 1)
            line.addWidget(button)
            self._layout.addWidget(row)
        self.setVisible(bool(self.warnings))
