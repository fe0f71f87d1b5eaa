"""Wrapping and eliding text to a number of lines, bidi-aware, for painting delegates."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Arabic, Hebrew...)."""
    for ch in text[:400]:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@dataclass
class WrappedText:
    layout: QTextLayout
    height: float
    truncated: bool
    rtl: bool

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        self.layout.draw(painter, QPointF(x, y))


def _layout(
    text: str, font: QFont, option: QTextOption, width: float, max_lines: int | None
) -> tuple[QTextLayout, float, int]:
    """Lay out up to *max_lines* lines; return the layout, its height and where the text stopped."""
    spacing = QFontMetricsF(font).lineSpacing()
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    end = 0
    while max_lines is None or layout.lineCount() < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += spacing
        end = line.textStart() + line.textLength()
    layout.endLayout()
    return layout, y, end


def wrap(text: str, font: QFont, width: float, max_lines: int | None = None) -> WrappedText:
    """Lay *text* out in *width*; with *max_lines*, stop there and end the last line with '…'."""
    rtl = is_rtl(text)
    # QTextLayout breaks lines only at U+2028; a plain newline would join paragraphs.
    text = text.replace("\r\n", "\n").replace("\n", "\u2028")
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    width = max(width, 40.0)
    layout, height, end = _layout(text, font, option, width, max_lines)
    if max_lines is None or end >= len(text.rstrip()):
        return WrappedText(layout, height, False, rtl)
    # Shorten so that the ellipsis still fits on the last line.
    shortened = text[: max(end - 3, 0)].rstrip() + "…"
    layout, height, _ = _layout(shortened, font, option, width, max_lines)
    return WrappedText(layout, height, True, rtl)
