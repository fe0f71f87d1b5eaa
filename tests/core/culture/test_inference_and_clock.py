from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agent_console.core.culture import clock, inference, panel, reference
from tests.factories import add_customer, add_interaction


def test_profile_wins_then_phone_then_email_domain(database) -> None:
    profile = add_customer(
        database, "A", country="GR", language="el", identities=(("phone", "+998901234567"),)
    )
    phone = add_customer(database, "B", identities=(("whatsapp", "+995 599 12 34 56"),))
    email = add_customer(database, "C", identities=(("email", "c@posta.mn"),))
    generic = add_customer(database, "D", identities=(("email", "d@gmail.com"),))
    with database.session() as s:
        g = inference.infer(s, profile)
        assert (g.country, g.language, g.reason_for("country").source) == ("GR", "el", "profile")
        assert g.timezone == "Europe/Athens"
        g = inference.infer(s, phone)
        assert (g.country, g.reason_for("country").source, g.reason_for("country").detail) == (
            "GE",
            "phone",
            "+995599123456",
        )
        assert g.language == "ka" and g.reason_for("language").source == "country"
        assert g.timezone == "Asia/Tbilisi"
        g = inference.infer(s, email)
        assert (g.country, g.reason_for("country").source) == ("MN", "email_domain")
        g = inference.infer(s, generic)
        assert g.country is None and g.language is None and g.timezone is None


def test_language_is_detected_from_messages_offline(database) -> None:
    customer = add_customer(database, "Unknown writer", identities=(("email", "x@example.com"),))
    add_interaction(
        database,
        customer,
        "email",
        messages=3,
        texts=["გამარჯობა, ჩემი შეკვეთა ჯერ არ მოსულა, გთხოვთ შეამოწმოთ", "ok", "მადლობა, ველოდები პასუხს"],
    )
    with database.session() as s:
        g = inference.infer(s, customer)
    assert g.language == "ka" and g.reason_for("language").source == "messages"
    assert g.country == "GE" and g.reason_for("country").source == "language"


def test_agent_correction_goes_to_the_profile(database) -> None:
    customer = add_customer(database, "E", identities=(("phone", "+998901234567"),))
    with database.session() as s:
        inference.set_profile_locale(s, customer, language="ru", country="kz")
    with database.session() as s:
        g = inference.infer(s, customer)
    assert (g.language, g.country) == ("ru", "KZ")
    assert g.reason_for("country").source == "profile"


def test_friday_evening_in_riyadh_is_the_weekend() -> None:
    friday_evening = datetime(2026, 11, 20, 16, 0, tzinfo=UTC)  # 19:00 in Riyadh
    sa = clock.local_clock(reference.country("SA"), "Asia/Riyadh", friday_evening)
    assert sa.is_weekend and not sa.open_now and sa.local.hour == 19
    monday_morning = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # 10:00 in Riyadh
    assert clock.local_clock(reference.country("SA"), "Asia/Riyadh", monday_morning).open_now


def test_holidays_have_localized_names_and_unknowns_are_honest() -> None:
    christmas_eve = datetime(2027, 1, 6, 12, 0, tzinfo=UTC)
    ge = clock.local_clock(reference.country("GE"), "Asia/Tbilisi", christmas_eve, ui_language="ka")
    assert ge.upcoming[0].day.isoformat() == "2027-01-07" and ge.upcoming[0].name == "ქრისტეშობა"
    on_the_day = clock.local_clock(reference.country("GE"), "Asia/Tbilisi", christmas_eve + timedelta(days=1))
    assert on_the_day.holiday_today is not None and not on_the_day.open_now
    unknown = clock.local_clock(reference.generic_country(), None, christmas_eve)
    assert unknown.local is None and not unknown.holidays_known


def test_panel_facts_for_a_country_without_a_customer() -> None:
    facts = panel.for_country(None, "uz", None, "uz", datetime(2026, 11, 23, 7, 0, tzinfo=UTC))
    assert (
        facts.currency == "UZS" and facts.guess.language == "uz" and facts.clock.timezone == "Asia/Tashkent"
    )
    assert any("Click" in m.name for m in facts.payment_methods)
    unknown = panel.for_country(None, None, None)
    assert unknown.country.generic and unknown.currency is None
