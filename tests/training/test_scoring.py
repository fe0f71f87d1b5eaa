"""Automatic checks on hand-made transcripts: each check passing and failing, and where points went."""

from __future__ import annotations

import pytest

from agent_console.core.training import loader
from agent_console.core.training.engine import CUSTOMER, TRAINEE, Entry
from agent_console.core.training.schema import Scenario
from agent_console.core.training.scoring import WEIGHTS, Score, currency_names, score

SCENARIO = """\
id: scoring
title: {en: "Scoring"}
summary: {en: "Every check."}
persona: {name: "Dilnoza Karimova", given_name: Dilnoza, country: UZ, language: uz, channel: telegram, mood: calm, patience: 300}
facts: {order_id: "NW-48213", amount: 450000, currency: UZS}
goal: {en: "Pay with Click."}
expect:
  payment_methods: [[Click, Клик], Payme]
  disposition: payment_retried
  first_response_seconds: 60
  response_seconds: 120
start: greet
turns:
  greet:
    say: "Click orqali to'lasam bo'ladimi?"
    branches:
      - if: {any: [Click]}
        goto: how
      - if: {timeout: true}
        goto: left
  how:
    say: "Qanday to'layman?"
    branches:
      - if: {any: [havola]}
        goto: paid
      - if: {timeout: true}
        goto: left
endings:
  paid: {kind: resolved}
  left: {kind: customer_left}
"""


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return loader.load_text(SCENARIO, "scoring.yaml")


def customer(at: float, turn: str = "greet", **kwargs: object) -> Entry:
    return Entry(CUSTOMER, "…", at, turn, **kwargs)  # type: ignore[arg-type]


def trainee(
    text: str, at: float, turn: str = "greet", language: str | None = "uz", **kwargs: object
) -> Entry:
    return Entry(TRAINEE, text, at, turn, 0, language=language, **kwargs)  # type: ignore[arg-type]


GOOD = [
    customer(2),
    trainee("Assalomu alaykum, Dilnoza! Click orqali to'lashingiz mumkin.", 40),
    customer(45, "how"),
    trainee("Mana havola: 450 000 so'm.", 100, "how"),
]


def checks(result: Score) -> dict[str, tuple[bool, str, str | None]]:
    return {c.code: (c.passed, c.text, c.turn_id) for c in result.checks}


def test_a_good_session_gets_every_point(scenario: Scenario) -> None:
    result = score(scenario, GOOD, "paid", "payment_retried")
    assert [c.code for c in result.checks] == [
        "ending",
        "language",
        "formal_address",
        "first_response",
        "response_times",
        "currency",
        "payment_methods",
        "disposition",
    ]
    assert all(c.passed and c.points == c.max_points == WEIGHTS[c.code] for c in result.checks)
    assert result.points == result.max_points == sum(WEIGHTS.values()) and result.ratio == 1.0
    found = checks(result)
    assert found["first_response"][1] == "First reply after 38 s (limit 60 s)."
    assert found["response_times"][1] == "Slowest later reply after 55 s (limit 120 s)."
    assert found["currency"][1] == "Reply 2 named soʻm."  # the symbol, in CLDR's spelling
    assert found["payment_methods"][1:] == ("Reply 1 named Click.", "greet")


def test_ending(scenario: Scenario) -> None:
    check = score(scenario, GOOD, "left", "payment_retried").check("ending")
    assert check is not None and not check.passed and check.points == 0 and check.max_points == 25
    assert check.text == "The conversation ended in 'left' (customer_left); good endings: 'paid'."
    assert check.detail == "The conversation ended in '{ending}' ({kind}); good endings: {good}."
    assert check.params == {"ending": "left", "kind": "customer_left", "good": "'paid'"}
    unfinished = score(scenario, GOOD, None, None).check("ending")
    assert unfinished is not None and not unfinished.passed
    assert unfinished.text == "The conversation did not reach an ending."


def test_language_names_the_first_reply_in_another_language(scenario: Scenario) -> None:
    transcript = [
        *GOOD[:3],
        trainee("Here is the link.", 100, "how", language="en"),
        trainee("ok", 110, "how", None),
    ]
    passed, text, turn = checks(score(scenario, transcript, "paid", "payment_retried"))["language"]
    assert (passed, text, turn) == (False, "Reply 2 was written in en, not in uz.", "how")
    short = [*GOOD[:3], trainee("ok", 100, "how", language=None)]  # too short to tell: not held against
    assert checks(score(scenario, short, "paid", None))["language"][0]


def test_formal_address(scenario: Scenario) -> None:
    warnings = [(), ("no_greeting", "informal_you")]
    passed, text, turn = checks(score(scenario, GOOD, "paid", None, warnings))["formal_address"]
    assert (passed, text, turn) == (False, "Reply 2 addressed the customer informally.", "how")
    from_transcript = [*GOOD[:3], trainee("Mana havola, Click.", 100, "how", warnings=("informal_you",))]
    assert not checks(score(scenario, from_transcript, "paid", None))["formal_address"][0]
    with pytest.raises(ValueError):
        score(scenario, GOOD, "paid", None, [()])


def test_formal_address_is_left_out_where_the_language_has_no_formal_you(scenario: Scenario) -> None:
    text = SCENARIO.replace(
        "  disposition: payment_retried\n", "  disposition: payment_retried\n  formal_address: false\n"
    )
    informal_ok = loader.load_text(text, "scoring.yaml")
    assert "formal_address" not in checks(score(informal_ok, GOOD, "paid", None, [("informal_you",), ()]))


def test_first_response(scenario: Scenario) -> None:
    slow = [customer(2), trainee("Click", 80), customer(85, "how"), trainee("havola", 100, "how")]
    passed, text, turn = checks(score(scenario, slow, "paid", None))["first_response"]
    assert (passed, text, turn) == (False, "First reply after 78 s (limit 60 s).", "greet")
    never = [customer(2), customer(302, "greet", timeout=True)]
    result = checks(score(scenario, never, "left", None))
    assert result["first_response"][:2] == (False, "The first message was never answered.")
    assert "response_times" not in result  # nothing later to time
    assert result["language"][:2] == (False, "The trainee never replied.")


def test_response_times_report_the_slowest_or_an_unanswered_message(scenario: Scenario) -> None:
    slow = [customer(2), trainee("Click", 20), customer(25, "how"), trainee("havola", 190, "how")]
    passed, text, turn = checks(score(scenario, slow, "paid", None))["response_times"]
    assert (passed, text, turn) == (False, "Slowest later reply after 165 s (limit 120 s).", "how")
    left = [
        customer(2),
        trainee("Click", 20),
        customer(25, "how"),
        Entry(CUSTOMER, "bye", 330, "left", ending=True),
    ]
    passed, text, turn = checks(score(scenario, left, "left", None))["response_times"]
    assert (passed, text, turn) == (False, "The customer's message in 'how' was never answered.", "how")
    injected = [customer(2), trainee("Click", 20), customer(25, "how"), customer(30, "how", injected=True)]
    injected.append(trainee("havola", 140, "how"))
    assert checks(score(scenario, injected, "paid", None))["response_times"][1].startswith(
        "Slowest later reply after 115 s"  # counted from the first unanswered message
    )


def test_a_running_session_is_not_blamed_for_the_message_it_is_answering(scenario: Scenario) -> None:
    running = [customer(2), trainee("Click", 20), customer(25, "how")]
    result = checks(score(scenario, running, None, None))
    assert result["first_response"][0] and "response_times" not in result


def test_currency_by_code_symbol_or_local_name(scenario: Scenario) -> None:
    for text in ("450 000 UZS", "450 000 soʻm", "450 ming so'mga", "450 000 so‘m"):
        transcript = [customer(2), trainee(text, 20)]
        assert checks(score(scenario, transcript, None, None))["currency"][0], text
    wrong = [customer(2), trainee("450 000 dollar", 20)]
    passed, text, _turn = checks(score(scenario, wrong, None, None))["currency"]
    assert not passed and text == "No reply named the currency UZS (as UZS, soʻm, so'm)."


def test_currency_is_left_out_when_money_is_not_part_of_the_scenario(scenario: Scenario) -> None:
    text = SCENARIO.replace(
        "  disposition: payment_retried\n", "  disposition: payment_retried\n  currency: null\n"
    )
    assert "currency" not in checks(score(loader.load_text(text, "scoring.yaml"), GOOD, "paid", None))


def test_payment_methods_in_any_of_their_spellings(scenario: Scenario) -> None:
    cyrillic = [customer(2), trainee("Клик орқали тўлашингиз мумкин", 20)]
    assert checks(score(scenario, cyrillic, None, None))["payment_methods"][:2] == (
        True,
        "Reply 1 named Клик.",
    )
    none = [customer(2), trainee("Karta orqali to'lang", 20)]
    passed, text, _turn = checks(score(scenario, none, None, None))["payment_methods"]
    assert not passed and text == "No reply named a payment method the customer can use (Click, Payme)."


def test_disposition(scenario: Scenario) -> None:
    assert checks(score(scenario, GOOD, "paid", "answered"))["disposition"][:2] == (
        False,
        "Wrap-up code answered (expected payment_retried).",
    )
    assert checks(score(scenario, GOOD, "paid", None))["disposition"][:2] == (
        False,
        "No wrap-up code was chosen; expected payment_retried.",
    )


def test_checks_without_an_expectation_are_left_out() -> None:
    text = SCENARIO.replace("  payment_methods: [[Click, Клик], Payme]\n  disposition: payment_retried\n", "")
    bare = loader.load_text(text, "scoring.yaml")
    codes = [c.code for c in score(bare, GOOD, "paid", None).checks]
    assert "payment_methods" not in codes and "disposition" not in codes


def test_the_total_is_over_the_checks_present(scenario: Scenario) -> None:
    result = score(scenario, GOOD, "left", "answered")
    assert result.max_points == sum(WEIGHTS.values())
    assert result.points == sum(WEIGHTS.values()) - WEIGHTS["ending"] - WEIGHTS["disposition"]
    assert result.ratio == pytest.approx(result.points / result.max_points)


@pytest.mark.parametrize(
    ("currency", "language", "country", "expected", "not_expected"),
    [
        ("UZS", "uz", "UZ", {"UZS", "so'm*"}, {"o'zbekiston"}),
        ("RUB", "ru", "RU", {"₽", "рубл*"}, {"российск*", "росс*"}),
        ("GEL", "ka", "GE", {"₾", "ლარი"}, {"ქართ*", "ქართული"}),
        ("MNT", "mn", "MN", {"₮", "төгр*"}, {"монгол"}),
        ("BRL", "pt_BR", "BR", {"R$", "real", "reai*"}, {"brasil*", "real*"}),
        ("SAR", "ar", "SA", {"ر.س", "ريال"}, {"سعودي"}),
        ("JPY", "ja", "JP", {"円"}, set()),
    ],
)
def test_currency_names(currency: str, language: str, country: str, expected: set, not_expected: set) -> None:
    names = set(currency_names(currency, language, country))
    assert expected <= names
    assert not names & not_expected
