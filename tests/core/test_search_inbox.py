from __future__ import annotations

from datetime import timedelta

from agent_console.core import inbox
from agent_console.core.customers import search
from tests.factories import T0, add_customer, add_interaction


def test_search_ignores_case_accents_and_phone_punctuation(database) -> None:
    eleni = add_customer(
        database, "Ελένη Παπαδοπούλου", country="GR", identities=(("phone", "+30 691 234 5678"),)
    )
    dilnoza = add_customer(
        database,
        "Dilnoza Karimova",
        country="UZ",
        identities=(("email", "dilnoza.karimova@mail.uz"), ("telegram", "@dilnoza_k")),
    )
    jose = add_customer(database, "José Núñez", identities=(("email", "jose@correo.es"),))
    add_interaction(database, eleni, start=T0)
    add_interaction(database, dilnoza, start=T0 + timedelta(hours=1))
    add_interaction(database, jose, start=T0 + timedelta(hours=2))
    with database.session() as s:
        assert [h.id for h in search(s, "ΠΑΠΑΔΟΠΟΥΛΟΥ")] == [eleni]
        assert [h.id for h in search(s, "papadop")] == []
        assert [h.id for h in search(s, "691-234")] == [eleni]
        assert [h.id for h in search(s, "6912345678")] == [eleni]
        assert [h.id for h in search(s, "KARIMOVA@")] == [dilnoza]
        assert [h.id for h in search(s, "@dilnoza_")] == [dilnoza]
        assert [h.id for h in search(s, "nunez")] == [jose]
        assert [h.id for h in search(s, "o")] == [jose, dilnoza]  # most recently active first
        assert search(s, "   ") == []
        assert search(s, "100%") == []


def test_inbox_pages_open_conversations_newest_first(database) -> None:
    customer = add_customer(database, "Oyuna", country="MN")
    ids = [
        add_interaction(
            database,
            customer,
            "sms",
            messages=1,
            start=T0 + timedelta(minutes=n),
            status="closed" if n % 3 == 0 else "open",
        )
        for n in range(10)
    ]
    open_ids = [i for n, i in enumerate(ids) if n % 3 != 0][::-1]
    with database.session() as s:
        first = inbox.page(s, limit=4)
        rest = inbox.page(s, before=first[-1].cursor, limit=10)
        assert [i.interaction_id for i in first + rest] == open_ids
        assert inbox.count_open(s) == len(open_ids)
        assert inbox.latest_open_for_customer(s, customer) == open_ids[0]


def test_short_fragments_search_recent_customers_long_ones_everyone(database, monkeypatch) -> None:
    from agent_console.core import customers

    old = add_customer(database, "Zq Oldtimer", identities=(("email", "zq.old@example.com"),))
    recent = add_customer(database, "Zq Recent", identities=(("email", "zq.new@example.com"),))
    add_interaction(database, old, start=T0)
    add_interaction(database, recent, start=T0 + timedelta(days=30))
    monkeypatch.setattr(customers, "SHORT_QUERY_WINDOW", 1)
    with database.session() as s:
        assert [h.id for h in search(s, "zq")] == [recent]  # 2 letters: the most recent only
        assert [h.id for h in search(s, "zq.")] == [recent, old]  # 3 characters: the index, everyone
        assert [h.id for h in search(s, "oldtimer")] == [old]
        assert [h.id for h in search(s, 'zq "x')] == []  # quotes cannot break the FTS query
