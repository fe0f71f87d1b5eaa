from __future__ import annotations

from PySide6.QtGui import QFont

from agent_console.ui.textlayout import is_rtl, wrap


def test_paragraphs_stay_on_their_own_lines(qapp) -> None:
    wrapped = wrap("Northwind Store\nNodira", QFont(), 800)
    assert wrapped.layout.lineCount() == 2


def test_collapsed_text_ends_with_an_ellipsis(qapp) -> None:
    wrapped = wrap("word " * 400, QFont(), 300, max_lines=4)
    assert wrapped.truncated and wrapped.layout.lineCount() == 4
    assert wrapped.layout.text().endswith("…")
    assert not wrap("short", QFont(), 300, max_lines=4).truncated


def test_direction_follows_the_first_strong_character() -> None:
    assert is_rtl("  123 مرحبا Northwind")
    assert is_rtl("שלום")
    assert not is_rtl("Hello مرحبا")
    assert not is_rtl("გამარჯობა")
