"""Every control a screen reader reaches has a name, in the main window and the dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from agent_console.settings import Settings
from agent_console.ui.merge_dialog import MergeDialog
from agent_console.ui.reply_editor import ReplyEditor
from agent_console.ui.settings_dialog import SettingsDialog

KINDS = (QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QDoubleSpinBox, QSpinBox, QAbstractButton)


def unnamed(top: QWidget) -> list[str]:
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, KINDS) or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QDoubleSpinBox | QSpinBox
        ):
            continue  # the editor inside a combo or spin box is named by its owner
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name.strip():
            found.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return found


def test_main_window_and_dialogs_name_every_control(qtbot, main_window) -> None:
    window = main_window
    qtbot.waitUntil(lambda: window.locale_panel.facts is not None, timeout=10_000)
    assert unnamed(window) == []
    for dialog in (
        SettingsDialog(Settings(), window),
        MergeDialog(window.tasks, 1, "X", window),
        ReplyEditor(window.tasks, window),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.close()
