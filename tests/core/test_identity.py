from __future__ import annotations

import pytest
from sqlalchemy import func, select

from agent_console.core import identity
from agent_console.core.customers import search
from agent_console.core.identity import IdentityError, MergeError
from agent_console.core.models import Customer, Event, Identity, Interaction
from tests.factories import add_customer, add_interaction


@pytest.mark.parametrize(
    ("kind", "raw", "region", "expected"),
    [
        ("email", "  Nino.Beridze@Gmail.COM ", None, "nino.beridze@gmail.com"),
        ("email", "mailto:a@b.ge", None, "a@b.ge"),
        ("phone", "+998 (90) 123-45-67", None, "+998901234567"),
        ("phone", "90 123 45 67", "UZ", "+998901234567"),
        ("phone", "555 12 34 56", "GE", "+995555123456"),
        ("whatsapp", "whatsapp:+306912345678", None, "+306912345678"),
        ("telegram", "@Bat_Erdene", None, "@bat_erdene"),
        ("telegram", "123456789", None, "123456789"),
    ],
)
def test_normalize(kind: str, raw: str, region: str | None, expected: str) -> None:
    assert identity.normalize(kind, raw, region) == expected


@pytest.mark.parametrize(
    ("kind", "raw"), [("email", "not-an-address"), ("phone", "call me"), ("phone", "12"), ("email", "   ")]
)
def test_normalize_rejects(kind: str, raw: str) -> None:
    with pytest.raises(IdentityError):
        identity.normalize(kind, raw)


def test_match_key_spots_spellings_of_one_address() -> None:
    assert identity.match_key("email", "nino.beridze+shop@gmail.com") == identity.match_key(
        "email", "ninoberidze@googlemail.com"
    )
    assert identity.match_key("phone", "+998901234567") == identity.match_key("whatsapp", "+998901234567")
    assert identity.match_key("email", "a.b@mail.ru") != identity.match_key("email", "ab@mail.ru")


def test_exact_match_links_and_unknown_creates(database) -> None:
    with database.session() as s:
        first = identity.resolve(s, "email", "Dilnoza@Mail.uz", display_name="Dilnoza Karimova")
        assert first.created_customer
        again = identity.resolve(s, "email", "dilnoza@mail.uz")
        assert not again.created_customer
        assert again.customer.id == first.customer.id
        # The same number on WhatsApp is the same person: linked, not a new customer.
        phone = identity.resolve(s, "phone", "+998 90 123 45 67", display_name="D. Karimova")
        wa = identity.resolve(s, "whatsapp", "+998901234567")
        assert wa.customer.id == phone.customer.id
        assert not wa.created_customer
        assert phone.customer.country == "UZ"  # inferred from the number's region


def test_identity_cannot_belong_to_two_customers(database) -> None:
    a = add_customer(database, "A", identities=(("email", "a@x.ge"),))
    b = add_customer(database, "B")
    with database.session() as s, pytest.raises(IdentityError):
        identity.add_identity(s, s.get(Customer, b), "email", "A@X.ge")
    with database.session() as s:
        assert s.scalar(select(Identity.customer_id).where(Identity.value == "a@x.ge")) == a


def test_suggestions_by_name_country_and_similar_address(database) -> None:
    a = add_customer(
        database, "Nino Beridze", country="GE", identities=(("email", "nino.beridze@gmail.com"),)
    )
    b = add_customer(database, "BERIDZE Nino", country="GE", identities=(("phone", "+995555123456"),))
    c = add_customer(database, "N. B.", country="GE", identities=(("email", "ninoberidze+shop@gmail.com"),))
    d = add_customer(database, "Nino Beridze", country="DE")  # same name, other country: no
    with database.session() as s:
        found = {sug.other_id: sug.reason for sug in identity.suggestions_for(s, a)}
    assert found == {b: "same_name_country", c: "similar_address"}
    assert d not in found
    with database.session() as s:
        identity.dismiss_suggestion(s, a, b)
    with database.session() as s:
        assert {sug.other_id for sug in identity.suggestions_for(s, a)} == {c}


def _snapshot(database, *customer_ids: int) -> dict:
    with database.session() as s:
        return {
            cid: {
                "identities": sorted(s.scalars(select(Identity.id).where(Identity.customer_id == cid))),
                "interactions": sorted(
                    s.scalars(select(Interaction.id).where(Interaction.customer_id == cid))
                ),
                "events": sorted(s.scalars(select(Event.id).where(Event.customer_id == cid))),
                "search": s.get(Customer, cid).search_text,
                "language": s.get(Customer, cid).language,
            }
            for cid in customer_ids
        }


def test_merge_moves_everything_and_undo_restores_it(database) -> None:
    a = add_customer(
        database,
        "Eleni Papadopoulou",
        country="GR",
        language="el",
        identities=(("email", "eleni@otenet.gr"),),
    )
    b = add_customer(database, "Ελένη Παπαδοπούλου", identities=(("phone", "+306912345678"),))
    add_interaction(database, a, "email", messages=4)
    add_interaction(database, b, "phone", messages=1)
    add_interaction(database, b, "sms", messages=3)
    before = _snapshot(database, a, b)
    with database.session() as s:
        total_events = s.scalar(select(func.count()).select_from(Event))
        record = identity.merge(s, b, a, reason="test")
        merge_id = record.id
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == total_events  # nothing lost
        assert s.scalar(select(func.count()).select_from(Event).where(Event.customer_id == a)) == total_events
        assert s.get(Customer, b).merged_into_id == a
        assert {i.kind for i in s.scalars(select(Identity).where(Identity.customer_id == a))} == {
            "email",
            "phone",
        }
        # The merged customer is hidden from search; the survivor is found by either address.
        assert [h.id for h in search(s, "6912345678")] == [a]
        assert [h.id for h in search(s, "Ελένη")] == []
    with database.session() as s:
        identity.undo_merge(s, merge_id)
    assert _snapshot(database, a, b) == before
    with database.session() as s, pytest.raises(MergeError):
        identity.undo_merge(s, merge_id)


def test_merge_fills_missing_profile_fields_and_undo_clears_them(database) -> None:
    a = add_customer(database, "Bat-Erdene", identities=(("telegram", "@baterdene"),))
    b = add_customer(database, "Bat-Erdene G.", country="MN", language="mn")
    with database.session() as s:
        merge_id = identity.merge(s, b, a).id
    with database.session() as s:
        assert (s.get(Customer, a).country, s.get(Customer, a).language) == ("MN", "mn")
        identity.undo_merge(s, merge_id)
    with database.session() as s:
        assert (s.get(Customer, a).country, s.get(Customer, a).language) == (None, None)


def test_undo_after_a_later_merge_returns_only_what_moved(database) -> None:
    a = add_customer(database, "A", identities=(("email", "a@x.uz"),))
    b = add_customer(database, "B", identities=(("email", "b@x.uz"),))
    c = add_customer(database, "C", identities=(("email", "c@x.uz"),))
    add_interaction(database, a, messages=2)
    add_interaction(database, b, messages=2)
    with database.session() as s:
        first = identity.merge(s, a, b).id
        identity.merge(s, b, c)
    with database.session() as s:
        identity.undo_merge(s, first)
    with database.session() as s:
        assert s.get(Customer, a).merged_into_id is None
        assert list(s.scalars(select(Identity.value).where(Identity.customer_id == a))) == ["a@x.uz"]
        assert s.scalar(select(func.count()).select_from(Event).where(Event.customer_id == a)) == 2
        assert s.scalar(select(func.count()).select_from(Event).where(Event.customer_id == c)) == 2


@pytest.mark.parametrize("pair", ["self", "missing", "already"])
def test_merge_refuses_nonsense(database, pair: str) -> None:
    a = add_customer(database, "A")
    b = add_customer(database, "B")
    c = add_customer(database, "C")
    with database.session() as s:
        if pair == "already":
            identity.merge(s, b, c)
    with database.session() as s, pytest.raises(MergeError):
        if pair == "self":
            identity.merge(s, a, a)
        elif pair == "missing":
            identity.merge(s, a, 99999)
        else:
            identity.merge(s, a, b)
