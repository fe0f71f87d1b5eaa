from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent_console.core.culture import drafts, reference
from agent_console.core.culture.reference import ReferenceDataError

REQUIRED_COUNTRIES = {
    "AR",
    "AU",
    "BR",
    "CA",
    "CN",
    "FR",
    "DE",
    "IN",
    "ID",
    "IT",
    "JP",
    "KR",
    "MX",
    "RU",
    "SA",
    "ZA",
    "TR",
    "GB",
    "US",
    "ES",
    "PL",
    "NL",
    "UZ",
    "MN",
    "GE",
    "GR",
    "KZ",
    "KE",
    "NG",
    "EG",
    "PH",
    "VN",
    "TH",
    "MY",
    "PK",
    "BD",
    "IL",
    "UA",
}
REQUIRED_RULES = {"en", "uz", "el", "mn", "ka", "ru", "de", "fr", "es", "ja", "tr"}


def test_every_shipped_country_loads_with_sources_and_ui_languages() -> None:
    countries = reference.countries()
    assert set(countries) >= REQUIRED_COUNTRIES and len(countries) >= 40
    for country in countries.values():
        assert country.hints and country.payment_methods and country.sources
        for hint in country.hints:
            assert hint.source is not None
            assert set(reference.UI_LANGUAGES) <= set(hint.text), (country.code, hint.topic)
        for method in country.payment_methods:
            assert method.source is not None
    generic = reference.generic_country()
    assert generic.generic and set(reference.UI_LANGUAGES) <= set(generic.hints[0].text)
    assert reference.country("XX") is generic and reference.country(None) is generic
    assert reference.country("sa").weekend == ("fri", "sat")


def test_uzbek_payment_methods_are_the_local_ones() -> None:
    names = " ".join(m.name for m in reference.country("UZ").payment_methods)
    for expected in ("Click", "Payme", "Uzcard", "HUMO"):
        assert expected in names


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"country": "QQ",', r"QQ\.json:1: not valid JSON"),
        ('{"country": "QQ"}', r"QQ\.json: sources: missing"),
    ],
)
def test_broken_country_files_are_named_with_the_problem(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "QQ.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=message):
        reference.parse_country(path, reference._load_json(path))


def test_bad_fields_are_reported_by_path(tmp_path: Path) -> None:
    good = json.loads((reference._folder("countries") / "GE.json").read_text(encoding="utf-8"))
    for mutate, expected in (
        (lambda d: d["hints"][2].update(source=99), "hints.2.source: source 99 is not an index"),
        (lambda d: d["business_hours"].update(start="9am"), "business_hours.start: must be HH:MM"),
        (lambda d: d["payment_methods"][0].update(kind="barter"), "payment_methods.0.kind: unknown kind"),
        (lambda d: d.update(weekend=["sunday"]), "weekend: unknown day"),
    ):
        data = json.loads(json.dumps(good))
        mutate(data)
        path = tmp_path / "GE.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(ReferenceDataError) as info:
            reference.parse_country(path, reference._load_json(path))
        assert str(info.value).startswith("GE.json: ") and expected in str(info.value)


def test_bad_pattern_in_rules_is_named(tmp_path: Path) -> None:
    path = tmp_path / "xx.json"
    raw = {
        "language": "xx",
        "formal_you": "",
        "informal_you_patterns": ["(unclosed"],
        "greeting_patterns": [],
        "closing_patterns": [],
        "honorific": {"required": False, "patterns": []},
        "jargon": [],
    }
    with pytest.raises(ReferenceDataError, match=r"xx\.json: informal_you_patterns\.0: bad pattern"):
        reference.parse_draft_rules(path, raw)


def _context(language: str) -> drafts.DraftContext:
    countries = {
        "uz": "UZ",
        "el": "GR",
        "mn": "MN",
        "ka": "GE",
        "ja": "JP",
        "de": "DE",
        "fr": "FR",
        "es": "ES",
        "ru": "RU",
        "tr": "TR",
        "en": "US",
    }
    return drafts.DraftContext(language, reference.country(countries.get(language)))


@pytest.mark.parametrize("language", sorted(REQUIRED_RULES))
def test_rules_flag_their_own_examples(language: str) -> None:
    rules = reference.rules_for(language)
    assert rules is not None
    ctx = _context(language)
    for sentence in rules.examples.get("informal", []):
        assert "informal_you" in {w.code for w in drafts.check(sentence, ctx)}, sentence
    for sentence in rules.examples.get("formal", []):
        assert "informal_you" not in {w.code for w in drafts.check(sentence, ctx)}, sentence
    for sentence in rules.examples.get("greeting", []):
        assert "no_greeting" not in {w.code for w in drafts.check(sentence, ctx)}, sentence
    for sentence in rules.examples.get("no_greeting", []):
        assert "no_greeting" in {w.code for w in drafts.check(sentence, ctx)}, sentence


def test_japanese_needs_sama_and_other_checks() -> None:
    jp = drafts.DraftContext("ja", reference.country("JP"), "JPY", "太郎", "山田")
    assert "honorific_missing" in {w.code for w in drafts.check("ご注文ありがとうございます。", jp)}
    assert "honorific_missing" not in {
        w.code for w in drafts.check("山田様、ご注文ありがとうございます。", jp)
    }
    de = drafts.DraftContext(
        "de", reference.country("DE"), "EUR", "Anna", "Weber", extra_jargon=("Backoffice",)
    )
    found = {
        w.code: w
        for w in drafts.check("Hallo Anna, das KOSTET NICHTS, nur 49.90 USD!!! Das Backoffice prüft.", de)
    }
    assert {"shouting_caps", "shouting_exclaim", "foreign_currency", "number_format", "jargon"} <= set(found)
    assert found["foreign_currency"].params == {"found": "USD", "expected": "EUR"}
    assert found["number_format"].params["decimal"] == ","
    assert "no_name" in {w.code for w in drafts.check("Guten Tag, Ihre Bestellung ist unterwegs.", de)}
    assert drafts.check("   ", de) == []
    warning = drafts.check("kannst du das?", de)[0]
    assert warning.key == "informal_you:formal=Sie|found=du" and warning.span == (7, 9)


@pytest.mark.parametrize(
    ("language", "country", "currency", "text", "flagged"),
    [
        ("pt", "BR", "BRL", "Olá, Ana! O reembolso de R$ 150,00 foi feito.", False),
        ("pt", "BR", "BRL", "Olá, Ana! O reembolso de $ 150,00 foi feito.", True),
        ("es", "MX", "MXN", "Hola, Ana. El reembolso de $1,250.00 ya está en camino.", False),
        ("es", "MX", "MXN", "Hola, Ana. El reembolso de US$ 1,250.00 ya está en camino.", True),
        ("es", "MX", "MXN", "Hola, Ana. El reembolso de MX$1,250.00 ya está en camino.", False),
        ("en", "US", "USD", "Hi Ana, your refund of $120.00 is on its way.", False),
        ("en", "US", "USD", "Hi Ana, your refund of R$ 120.00 is on its way.", True),
        ("ka", "GE", "GEL", "გამარჯობა, ანა! თანხა 120 ₾ დაგიბრუნდებათ.", False),
        ("ka", "GE", "GEL", "გამარჯობა, ანა! თანხა $120 დაგიბრუნდებათ.", True),
    ],
)
def test_currency_signs_are_read_as_the_customer_reads_them(
    language: str, country: str, currency: str, text: str, flagged: bool
) -> None:
    ctx = drafts.DraftContext(language, reference.country(country), currency, "Ana")
    assert ("foreign_currency" in {w.code for w in drafts.check(text, ctx)}) is flagged


@pytest.mark.parametrize(
    ("language", "given", "family", "text", "named"),
    [
        ("el", "Γιώργος", "Παπαδόπουλος", "Καλησπέρα σας, κύριε Παπαδόπουλε.", True),
        ("el", "Γιώργος", "Παπαδόπουλος", "Γεια σας, Γιώργο! Η παραγγελία σας στάλθηκε.", True),
        ("el", "Κώστας", None, "Καλημέρα, Κώστα!", True),
        ("el", "Γιώργος", "Παπαδόπουλος", "Καλησπέρα σας, η παραγγελία σας στάλθηκε.", False),
        ("ru", "Дмитрий", None, "Здравствуйте! Дмитрию отправлено письмо.", True),
        ("ru", "Дмитрий", None, "Здравствуйте! Письмо отправлено.", False),
        ("de", "Anna", "Weber", "Guten Tag, Frau Weber!", True),
        ("de", "Anna", None, "Guten Tag, Hannah!", False),
    ],
)
def test_the_name_is_found_in_its_case_forms(
    language: str, given: str, family: str | None, text: str, named: bool
) -> None:
    country = {"el": "GR", "ru": "RU", "de": "DE"}[language]
    ctx = drafts.DraftContext(language, reference.country(country), None, given, family)
    assert ("no_name" not in {w.code for w in drafts.check(text, ctx)}) is named


def test_arabic_answers_to_a_greeting_count_as_one() -> None:
    ctx = drafts.DraftContext("ar", reference.country("SA"), "SAR", "فهد")
    assert "no_greeting" not in {
        w.code for w in drafts.check("وعليكم السلام ورحمة الله، أستاذ فهد، تم استلام طلبكم.", ctx)
    }
    assert "no_greeting" in {w.code for w in drafts.check("تم استلام طلبكم يا فهد.", ctx)}
