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


def _longest_word(label) -> int:
    from PySide6.QtGui import QTextDocumentFragment

    text = label.text()
    if "<" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return max((label.fontMetrics().horizontalAdvance(word) for word in text.split()), default=0)


def test_at_200_percent_font_in_georgian_the_side_column_wraps_instead_of_scrolling(
    qtbot, main_window
) -> None:
    from PySide6.QtWidgets import QLabel, QScrollArea

    window = main_window
    base = QGuiApplication.font().pointSizeF()
    try:
        window.settings.ui_language, window.settings.font_size = "ka", round(base * 2)
        window.apply_settings()
        qtbot.waitUntil(lambda: "ფ" in window.menu_file.title(), timeout=5_000)
        qtbot.waitUntil(lambda: window.card.profile is not None and window.locale_panel.facts is not None)
        qtbot.wait(300)  # the layouts settle on the new font
        assert window.card.merge_other_button.isVisibleTo(window.card)
        for panel in (window.card, window.locale_panel):
            scroll = panel.findChild(QScrollArea)
            content = scroll.widget()
            assert content.minimumSizeHint().width() <= scroll.viewport().width(), type(panel).__name__
            assert not scroll.horizontalScrollBar().isVisible(), type(panel).__name__
            for label in content.findChildren(QLabel):
                if label.isVisibleTo(content) and label.text().strip():
                    # Whole words: nothing cut at the column's edge.
                    assert _longest_word(label) <= label.contentsRect().width() + 1, label.text()
    finally:
        window.settings.ui_language, window.settings.font_size = "en", 0
        window.apply_settings()
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File", timeout=5_000)
