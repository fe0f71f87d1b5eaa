"""The locale panel and the draft checks through the real widgets."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from agent_console.core.culture import money
from agent_console.ui import locale_panel
from tests.factories import T0, add_customer, add_interaction


def type_text(widget, text: str) -> None:
    """Type as a keyboard layout or input method delivers non-Latin text (QTest.keyClicks is ASCII-only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def open_new_customer(qtbot, window, db, **kwargs) -> int:
    customer = add_customer(db, **kwargs)
    add_interaction(db, customer, "whatsapp", messages=2, start=T0 + timedelta(days=1000))
    window.open_customer(customer)
    qtbot.waitUntil(
        lambda: window.locale_panel.facts is not None and window.locale_panel.facts.customer_id == customer,
        timeout=10_000,
    )
    return customer


def test_panel_shows_the_customers_world(qtbot, main_window, demo_db) -> None:
    window = main_window
    with demo_db.session() as s:
        money.store(s, "ECB", date.today(), [money.Quote("EUR", "USD", 1.1)])
        money.store(s, "NBG", date.today(), [money.Quote("USD", "GEL", 2.7)])
    open_new_customer(
        qtbot,
        window,
        demo_db,
        name="Nino Kapanadze",
        country="GE",
        language="ka",
        identities=(("whatsapp", "+995 599 11 22 33"),),
    )
    panel = window.locale_panel
    qtbot.waitUntil(lambda: "GE" in panel.country_value.text(), timeout=10_000)
    assert "Asia/Tbilisi" in panel.time_value.text()
    assert "GEL" in panel.currency_value.text()
    assert "TBC" in panel.payments.text() or "Bank of Georgia" in panel.payments.text()
    assert panel.hints.text().count("<p") == 6
    panel.agent_currency = "EUR"
    panel.show_facts(panel.facts)
    assert panel.direction.count() == 2
    panel.amount.setValue(100)
    qtbot.waitUntil(lambda: "297" in panel.conversion.text(), timeout=10_000)  # 100 EUR = 110 USD = 297 GEL
    assert "ECB" in panel.rates_status.text() and "NBG" in panel.rates_status.text()


def test_without_rates_the_converter_says_so(qtbot, main_window, demo_db) -> None:
    window = main_window
    open_new_customer(qtbot, window, demo_db, name="Otgon Bat", country="MN", language="mn")
    panel = window.locale_panel
    panel.agent_currency = "EUR"
    panel.show_facts(panel.facts)
    qtbot.waitUntil(lambda: "No exchange rate yet" in panel.conversion.text(), timeout=10_000)


def test_draft_checks_warn_explain_and_can_be_dismissed(qtbot, main_window, demo_db) -> None:
    window = main_window
    open_new_customer(
        qtbot,
        window,
        demo_db,
        name="Nino Kapanadze",
        country="GE",
        language="ka",
        identities=(("whatsapp", "+995 599 44 55 66"),),
    )
    bar = window.composer.checks
    qtbot.waitUntil(lambda: bar.context is not None and bar.context.language == "ka", timeout=10_000)
    window.composer.editor.setFocus()
    type_text(window.composer.editor, "შენი შეკვეთა გზაშია!!!")
    qtbot.waitUntil(lambda: "informal_you" in {w.code for w in bar.warnings}, timeout=5_000)
    codes = {w.code for w in bar.warnings}
    assert {"informal_you", "no_greeting", "shouting_exclaim"} <= codes
    labels = [w for w in bar.findChildren(QLabel) if w.text().startswith("⚠")]
    assert any("თქვენ" in label.text() for label in labels) and all(label.toolTip() for label in labels)
    dismiss = next(b for b in bar.findChildren(QToolButton) if b.isVisible())
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert len(bar.warnings) == len(codes) - 1
    window.composer.editor.clear()
    polite = "გამარჯობათ, Nino! თქვენი შეკვეთა გზაშია."
    type_text(window.composer.editor, polite)
    qtbot.waitUntil(lambda: bar.text == polite and not bar._timer.isActive(), timeout=5_000)
    assert "informal_you" not in {w.code for w in bar.warnings}
    assert "no_greeting" not in {w.code for w in bar.warnings}


def test_agent_corrects_the_customers_locale(qtbot, main_window, demo_db, monkeypatch) -> None:
    window = main_window
    customer = open_new_customer(
        qtbot, window, demo_db, name="Aigerim S.", identities=(("phone", "+7 701 123 45 67"),)
    )
    panel = window.locale_panel
    qtbot.waitUntil(lambda: "KZ" in panel.country_value.text(), timeout=10_000)
    monkeypatch.setattr(locale_panel.LocaleEditDialog, "exec", lambda self: 1)
    monkeypatch.setattr(locale_panel.LocaleEditDialog, "values", lambda self: ("ru", "KZ"))
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.facts.guess.reason_for("language").source == "profile", timeout=10_000)
    assert panel.facts.guess.language == "ru" and panel.customer_id == customer
