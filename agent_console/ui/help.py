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


#: Keys handled inside widgets rather than by window actions.
def widget_keys() -> list[tuple[str, str]]:
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    return [
        (
            tr("ShortcutsDialog", "Enter / Space (timeline)"),
            tr("ShortcutsDialog", "Expand or collapse the entry"),
        ),
        (tr("ShortcutsDialog", "Ctrl+Enter (reply)"), tr("ShortcutsDialog", "Send the reply")),
        (tr("ShortcutsDialog", "Up / Down"), tr("ShortcutsDialog", "Move through lists and search results")),
        (
            tr("ShortcutsDialog", "Esc (search)"),
            tr("ShortcutsDialog", "Clear the search and return to the inbox"),
        ),
        (tr("ShortcutsDialog", "Tab / Shift+Tab"), tr("ShortcutsDialog", "Move between controls")),
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
