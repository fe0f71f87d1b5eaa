"""Help: the keyboard-shortcut reference, built from the window's own actions so it never lies."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


# Keys handled inside widgets rather than by window actions.
def widget_keys() -> list[tuple[str, str]]:
    from PySide6.QtCore import QCoreApplication

    return [
        (
            QCoreApplication.translate("ShortcutsDialog", "Enter / Space (timeline)"),
            QCoreApplication.translate("ShortcutsDialog", "Expand or collapse the entry"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Ctrl+Enter (reply)"),
            QCoreApplication.translate("ShortcutsDialog", "Send the reply"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Up / Down"),
            QCoreApplication.translate("ShortcutsDialog", "Move through lists and search results"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Esc (search)"),
            QCoreApplication.translate("ShortcutsDialog", "Clear the search and return to the inbox"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Tab / Shift+Tab"),
            QCoreApplication.translate("ShortcutsDialog", "Move between controls"),
        ),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr("Everything in Agent Console can be done from the keyboard."), self)
        intro.setWordWrap(True)
        rows: list[tuple[str, str]] = []
        for action in actions:
            if action.shortcut().isEmpty():
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            rows.append((keys, action.text().replace("&", "")))
        rows += widget_keys()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)
