"""Settings that apply at once, in every open window; the crash dialog."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPalette

from agent_console.settings import Settings
from agent_console.ui import crash, settings_dialog


def test_language_switches_live_and_settings_are_saved(qtbot, main_window, monkeypatch) -> None:
    window = main_window
    assert window.menu_file.title() == "&File"
    assert window.timeline.channel_filter.itemText(0) == "All channels"

    def choose_georgian(self: settings_dialog.SettingsDialog) -> int:
        self.language.setCurrentIndex(self.language.findData("ka"))
        self.theme.setCurrentIndex(self.theme.findData("dark"))
        self.font_size.setValue(13)
        return 1

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", choose_georgian)
    try:
        window.open_settings()
        qtbot.waitUntil(lambda: window.menu_file.title() != "&File", timeout=5_000)
        assert "ფ" in window.menu_file.title()  # ფაილი
        assert window.timeline.channel_filter.itemText(0) != "All channels"
        assert window.composer.send_button.text() != "Send"
        assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert QGuiApplication.font().pointSizeF() == 13
        saved = Settings.load()
        assert (saved.ui_language, saved.theme, saved.font_size) == ("ka", "dark", 13)
    finally:
        window.settings.ui_language, window.settings.theme, window.settings.font_size = "en", "system", 0
        window.apply_settings()
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File", timeout=5_000)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_crash_dialog_offers_the_details(qtbot, caplog) -> None:
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        details = crash.details_for(*sys.exc_info())
    dialog = crash.CrashDialog(details)
    qtbot.addWidget(dialog)
    assert "boom in a slot" in dialog.detailedText()
    dialog.copy_button.click()
    assert "RuntimeError: boom in a slot" in QGuiApplication.clipboard().text()
    with caplog.at_level(logging.CRITICAL):
        crash._hook(RuntimeError, RuntimeError("logged, not lost"), None)  # offscreen: logged, no modal
    assert "logged, not lost" in caplog.text
