"""Theme and font size: applied to the running application, from settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from agent_console.settings import Settings

THEMES = ("system", "light", "dark")
_default_point_size: float | None = None


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2d31"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1f2023"),
        (QPalette.ColorRole.AlternateBase, "#2b2d31"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#34363b"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#4a7bd0"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#9a9ca3"),
        (QPalette.ColorRole.Link, "#8ab4f8"),
        (QPalette.ColorRole.Mid, "#4a4d55"),
        (QPalette.ColorRole.ToolTipBase, "#34363b"),
        (QPalette.ColorRole.ToolTipText, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7c82"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7a7c82"))
    return palette


def apply(app: QApplication, settings: Settings) -> None:
    """Follow the system's light/dark setting unless the user chose one; scale the font.

    An explicit choice also sets a matching palette: not every platform honours the colour
    scheme hint.
    """
    global _default_point_size
    app.setStyle("Fusion")  # follows the colour scheme and looks the same on every platform
    hints = app.styleHints()
    if settings.theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    elif settings.theme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(app.style().standardPalette())
    else:
        hints.unsetColorScheme()
        app.setPalette(app.style().standardPalette())
    font = QFont(app.font())
    if _default_point_size is None:
        _default_point_size = font.pointSizeF()
    font.setPointSizeF(float(settings.font_size) if settings.font_size > 0 else _default_point_size)
    app.setFont(font)
