"""Canned replies from the composer, through the real widgets."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from agent_console.core.models import ReplyUsage
from agent_console.ui import reply_picker
from tests.factories import T0, add_customer, add_interaction
from tests.ui.test_locale_panel import type_text


def open_customer(qtbot, window, db, texts: list[str], **kwargs) -> int:
    customer = add_customer(db, **kwargs)
    add_interaction(
        db, customer, "whatsapp", messages=len(texts), texts=texts, start=T0 + timedelta(days=200)
    )
    window.open_customer(customer)
    qtbot.waitUntil(
        lambda: (
            window.locale_panel.facts is not None
            and window.locale_panel.facts.customer_id == customer
            and window.composer.interaction is not None
        ),
        timeout=10_000,
    )
    return customer


def drive_picker(monkeypatch, query: str, seen: dict) -> None:
    def fake_exec(self: reply_picker.ReplyPicker) -> int:
        self.query.setText(query)
        self._search()
        seen["titles"] = [self.results.item(i).text() for i in range(self.results.count())]
        seen["preview"] = self.preview.toPlainText()
        seen["notice"] = self.notice.text()
        return 1 if self.chosen is not None else 0

    monkeypatch.setattr(reply_picker.ReplyPicker, "exec", fake_exec)


def test_insert_a_localized_reply_fill_in_and_send(qtbot, main_window, demo_db, monkeypatch) -> None:
    window = main_window
    open_customer(
        qtbot,
        window,
        demo_db,
        ["გამარჯობა, შეკვეთა NW-48213 ჯერ არ მოსულა", "..."],
        name="Nino Kapanadze",
        country="GE",
        language="ka",
        identities=(("whatsapp", "+995 599 77 88 99"),),
    )
    seen: dict = {}
    drive_picker(monkeypatch, "delay", seen)
    editor = window.composer.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: "delivery_date" in editor.toPlainText() or "⟦" in editor.toPlainText(), timeout=10_000
    )
    text = editor.toPlainText()
    assert "NW-48213" in text  # the order number the customer mentioned
    assert "⟦delivery_date⟧" in text and "{" not in text
    assert "შეკვეთის" in seen["preview"] and "delivery_date" in seen["notice"]
    assert editor.textCursor().selectedText() == "⟦delivery_date⟧"  # the agent lands on the field to fill
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "delivery_date" in window.composer.state.text()  # refused: a field is still empty
    assert editor.toPlainText() == text
    type_text(editor, "3 დეკემბერი")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.toPlainText() == "", timeout=10_000)
    qtbot.waitUntil(lambda: "3 დეკემბერი" in window.timeline.model.entry(0).preview, timeout=10_000)
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(ReplyUsage)) == 1


def test_slash_opens_the_picker_and_fallback_is_said(qtbot, main_window, demo_db, monkeypatch) -> None:
    window = main_window
    open_customer(
        qtbot,
        window,
        demo_db,
        ["Habari, agizo langu bado halijafika kabisa jamani"],
        name="Juma Mwangi",
        country="KE",
        language="sw",
    )
    seen: dict = {}
    drive_picker(monkeypatch, "greeting", seen)
    editor = window.composer.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "/")
    qtbot.waitUntil(lambda: editor.toPlainText().strip() != "", timeout=10_000)
    assert "Juma" in editor.toPlainText()
    assert "Swahili" in seen["notice"] and "English" in seen["notice"]
    assert "Swahili" in window.composer.state.text()


def test_arabic_replies_are_right_to_left(qtbot, main_window, demo_db, monkeypatch) -> None:
    window = main_window
    open_customer(
        qtbot, window, demo_db, ["مرحبا، طلبي لم يصل بعد"], name="Mona Hassan", country="EG", language="ar"
    )
    drive_picker(monkeypatch, "hold", {})
    editor = window.composer.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.toPlainText().strip() != "", timeout=10_000)
    block = editor.document().firstBlock()
    assert block.layout() is not None
    assert editor.document().firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
