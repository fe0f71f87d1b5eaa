from __future__ import annotations

from datetime import timedelta

from agent_console.core import timeline
from tests.factories import T0, add_customer, add_interaction


def _history(database):
    customer = add_customer(database, "Mariam Kapanadze", country="GE")
    email = add_interaction(
        database,
        customer,
        "email",
        messages=30,
        start=T0,
        step=timedelta(minutes=7),
        texts=["Gamarjoba, my order NW-1 is late"] + [f"e{n}" for n in range(1, 30)],
    )
    wa = add_interaction(
        database,
        customer,
        "whatsapp",
        messages=25,
        start=T0 + timedelta(minutes=3),
        step=timedelta(minutes=11),
    )
    call = add_interaction(database, customer, "phone", messages=1, start=T0 + timedelta(days=2))
    other = add_customer(database, "Someone Else")
    add_interaction(database, other, "email", messages=5)
    return customer, email, wa, call


def test_pages_are_newest_first_without_gaps_or_duplicates(database) -> None:
    customer, *_ = _history(database)
    seen = []
    before = None
    with database.session() as s:
        while True:
            rows = timeline.page(s, customer, before=before, limit=7)
            seen += rows
            if len(rows) < 7:
                break
            before = rows[-1].cursor
        total = timeline.count(s, customer)
    assert len(seen) == total == 56
    assert len({r.id for r in seen}) == 56
    keys = [(r.occurred_at, r.id) for r in seen]
    assert keys == sorted(keys, reverse=True)
    assert seen[0].channel == "phone"  # the call two days later is the newest


def test_channel_filter_and_text_search(database) -> None:
    customer, email, wa, _ = _history(database)
    with database.session() as s:
        only_wa = timeline.page(s, customer, channels={"whatsapp"}, limit=100)
        found = timeline.page(s, customer, text="ORDER nw-1", limit=100)
        wildcard = timeline.page(s, customer, text="%", limit=100)
    assert len(only_wa) == 25 and {r.interaction_id for r in only_wa} == {wa}
    assert [r.interaction_id for r in found] == [email]
    assert wildcard == []  # LIKE wildcards in the query are literal


def test_previous_interaction_and_newer(database) -> None:
    customer, email, wa, call = _history(database)
    with database.session() as s:
        newest = timeline.page(s, customer, limit=1)[0]
        assert newest.interaction_id == call
        prev = timeline.previous_interaction_cursor(s, customer, newest.cursor, call)
        assert prev is not None
        rows = timeline.page(s, customer, limit=100)
        landed = next(r for r in rows if r.cursor == prev)
        assert landed.interaction_id in (email, wa)
        oldest = rows[-1]
        assert timeline.previous_interaction_cursor(s, customer, oldest.cursor, oldest.interaction_id) is None
        assert timeline.newer(s, customer, after=rows[1].cursor) == [rows[0]]


def test_long_bodies_travel_as_previews(database) -> None:
    customer = add_customer(database, "Long Writer")
    long_text = "Παράγραφος. " * 500
    add_interaction(database, customer, "email", messages=1, texts=[long_text])
    with database.session() as s:
        entry = timeline.page(s, customer)[0]
        assert entry.truncated and len(entry.preview) == timeline.PREVIEW_CHARS
        assert entry.body_length == len(long_text)
        assert timeline.full_body(s, entry.id)[0] == long_text
