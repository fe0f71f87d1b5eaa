"""The scripted customer: branch order, fall-backs, rejoining turns, counts, waits, timeouts, live mode."""

from __future__ import annotations

import pytest

from agent_console.core.training import loader
from agent_console.core.training.engine import (
    CUSTOMER,
    TRAINEE,
    Engine,
    EngineError,
    ReplyEvent,
    contains,
    contains_any,
    normalise,
)
from agent_console.core.training.schema import Scenario

SCENARIO = """\
id: engine
title: {en: "Engine"}
summary: {en: "Every kind of branch."}
persona: {name: "Nino Beridze", country: GE, language: ka, channel: chat, mood: calm, patience: 100}
facts: {order_id: "NW-10002", amount: 189, currency: GEL}
goal: {en: "Exercise the engine."}
start: greet
turns:
  greet:
    say: "hello"
    delay: [2, 9]
    branches:
      - if: {any: [refund]}
        goto: money
      - if: {any: [refund, voucher]}
        goto: voucher
      - if: {reply: payment_failed}
        goto: money
      - if: {warning: informal_you}
        goto: offended
      - if: {language: en}
        goto: english
      - if: {timeout: true}
        goto: left
      - if: {after: 60, any: [hello]}
        goto: late_hello
      - if: {count: 3}
        goto: gave_up
  money:
    say: "money?"
    branches:
      - if: {all: [card, today], none: [tomorrow]}
        goto: paid
      - if: {any: ["to'lov*"], no_warning: jargon}
        goto: paid
      - else: money
  voucher:
    say: "voucher!"
    branches:
      - else: money
  offended:
    say: "rude"
    branches:
      - else: money
  english:
    say: "english?"
    branches:
      - else: money
  late_hello:
    say: "finally"
    branches:
      - else: money
endings:
  paid: {kind: resolved, say: "thanks", delay: 1}
  gave_up: {kind: escalated}
  left: {kind: customer_left, say: "bye", delay: 3}
"""


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return loader.load_text(SCENARIO, "engine.yaml")


def started(scenario: Scenario, **kwargs: object) -> Engine:
    engine = Engine(scenario, detect_language=lambda _text: "ka", **kwargs)  # type: ignore[arg-type]
    engine.start()
    return engine


def say(engine: Engine, text: str, after: float = 5, **kwargs: object) -> ReplyEvent:
    """A reply *after* seconds past the customer's last message."""
    return ReplyEvent(text, engine.last_customer_at + after, **kwargs)  # type: ignore[arg-type]


def test_start_writes_the_first_message_after_a_seeded_delay(scenario: Scenario) -> None:
    engine = Engine(scenario, seed=11)
    (first,) = engine.start(at_seconds=100)
    assert first.text == "hello" and first.node == "greet" and not first.ending
    assert 2 <= first.delay <= 9 and first.at_seconds == 100 + first.delay
    again = Engine(scenario, seed=11).start(at_seconds=100)
    assert again[0].delay == first.delay
    delays = {Engine(scenario, seed=seed).start()[0].delay for seed in range(40)}
    assert delays <= set(range(2, 10)) and len(delays) > 1
    assert engine.transcript[0].who == CUSTOMER and engine.transcript[0].at_seconds == first.at_seconds
    with pytest.raises(EngineError):
        engine.start()


def test_a_reply_before_start_is_an_error(scenario: Scenario) -> None:
    engine = Engine(scenario)
    with pytest.raises(EngineError):
        engine.reply(ReplyEvent("hi", 1))
    assert engine.tick(1000) is None


def test_branches_are_tried_in_order_and_the_first_match_wins(scenario: Scenario) -> None:
    engine = started(scenario)
    step = engine.reply(say(engine, "I want a refund or a voucher"))
    assert (step.turn_id, step.branch_index, step.goto) == ("greet", 0, "money")
    assert [m.text for m in step.messages] == ["money?"]
    engine = started(scenario)
    step = engine.reply(say(engine, "a voucher, please"))
    assert (step.branch_index, step.goto) == (1, "voucher")


def test_reply_keys_warnings_and_language(scenario: Scenario) -> None:
    engine = started(scenario)
    assert engine.reply(say(engine, "text", reply_keys=("payment_failed",))).branch_index == 2
    engine = started(scenario)
    assert engine.reply(say(engine, "text", warnings=("jargon", "informal_you"))).goto == "offended"
    engine = started(scenario)
    assert engine.reply(say(engine, "text", language="en_GB")).goto == "english"


def test_language_is_detected_only_when_not_given(scenario: Scenario) -> None:
    asked: list[str] = []

    def detect(text: str) -> str | None:
        asked.append(text)
        return "en" if "English" in text else None

    engine = Engine(scenario, detect_language=detect)
    engine.start()
    step = engine.reply(say(engine, "plain English words"))
    assert step.goto == "english" and asked == ["plain English words"]
    assert engine.transcript[-2].language == "en"
    engine.reply(say(engine, "more", language="ka"))
    assert asked == ["plain English words"]


def test_no_match_leaves_the_customer_waiting_and_count_gives_up(scenario: Scenario) -> None:
    engine = started(scenario)
    first = engine.reply(say(engine, "hmm"))
    assert not first.matched and not first.ended and first.messages == () and first.turn_id == "greet"
    entry = engine.transcript[-1]
    assert (entry.who, entry.text, entry.turn_id, entry.branch_index) == (TRAINEE, "hmm", "greet", None)
    assert engine.current_turn == "greet" and engine.replies_in_turn == 1
    assert not engine.reply(say(engine, "well")).matched
    third = engine.reply(say(engine, "still thinking"))
    assert (third.branch_index, third.ending_id, third.ending_kind) == (7, "gave_up", "escalated")
    assert third.messages == ()  # this ending has nothing to say


def test_after_measures_from_the_customers_last_message(scenario: Scenario) -> None:
    engine = started(scenario)
    assert not engine.reply(say(engine, "hello", after=30)).matched
    step = engine.reply(say(engine, "hello again", after=61))
    assert step.goto == "late_hello"


def test_else_loops_and_turns_rejoin(scenario: Scenario) -> None:
    engine = started(scenario)
    engine.reply(say(engine, "voucher"))
    step = engine.reply(say(engine, "anything"))
    assert (step.turn_id, step.branch_index, step.goto) == ("voucher", 0, "money")
    other = started(scenario)
    other.reply(say(other, "x", warnings=("informal_you",)))
    assert other.reply(say(other, "sorry")).goto == "money"  # offended rejoins at money
    again = engine.reply(say(engine, "card tomorrow"))
    assert (again.branch_index, again.goto, [m.text for m in again.messages]) == (2, "money", ["money?"])
    assert engine.replies_in_turn == 0  # saying the turn again starts its count again


def test_all_none_and_prefix_phrases(scenario: Scenario) -> None:
    engine = started(scenario)
    engine.reply(say(engine, "refund"))
    assert engine.reply(say(engine, "by card today, not tomorrow")).branch_index == 2
    assert engine.reply(say(engine, "Card TODAY")).ending_id == "paid"
    for text in ("toʻlovni qildim", "to‘lovingiz", "TO'LOV"):
        engine = started(scenario)
        engine.reply(say(engine, "refund"))
        step = engine.reply(say(engine, text))
        assert step.ending_id == "paid", text
        assert step.ending_kind == "resolved" and [m.text for m in step.messages] == ["thanks"]
        assert step.messages[0].ending and step.messages[0].delay == 1
    engine = started(scenario)
    engine.reply(say(engine, "refund"))
    assert engine.reply(say(engine, "to'lov", warnings=("jargon",))).branch_index == 2


def test_timeout_fires_on_tick_once_patience_runs_out(scenario: Scenario) -> None:
    engine = started(scenario)
    shown = engine.last_customer_at
    assert engine.patience_deadline == shown + 100
    assert engine.tick(shown + 99) is None
    step = engine.tick(shown + 100)
    assert step is not None and step.timeout and step.branch_index == 5
    assert (step.ending_id, step.ending_kind, [m.text for m in step.messages]) == (
        "left",
        "customer_left",
        ["bye"],
    )
    assert step.messages[0].at_seconds == shown + 100 + 3
    assert engine.transcript[-1].timeout and engine.transcript[-1].ending


def test_a_reply_restarts_the_patience_clock(scenario: Scenario) -> None:
    engine = started(scenario)
    shown = engine.last_customer_at
    engine.reply(ReplyEvent("let me check", shown + 50))  # no branch matches: the customer waits
    assert engine.tick(shown + 120) is None
    step = engine.tick(shown + 150)
    assert step is not None and step.ending_id == "left"


def test_a_turn_without_a_timeout_branch_never_times_out(scenario: Scenario) -> None:
    engine = started(scenario)
    engine.reply(say(engine, "refund"))
    assert engine.tick(engine.last_customer_at + 10_000) is None


def test_after_an_ending_every_call_is_a_no_op(scenario: Scenario) -> None:
    engine = started(scenario)
    engine.reply(say(engine, "refund"))
    engine.reply(say(engine, "card today"))
    assert engine.ended and engine.ending_id == "paid"
    before = engine.transcript
    for step in (
        engine.reply(say(engine, "hello?")),
        engine.tick(engine.last_customer_at + 10_000),
        engine.inject("one more thing", 9_999),
    ):
        assert step is not None and step.ended and step.ending_id == "paid" and step.ending_kind == "resolved"
        assert not step.matched and step.messages == ()
    assert engine.transcript == before


def test_inject_records_a_trainer_message_without_changing_the_turn(scenario: Scenario) -> None:
    engine = started(scenario)
    shown = engine.last_customer_at
    step = engine.inject("Are you still there?", shown + 40)
    assert step.turn_id == "greet" and not step.matched and not step.ended
    assert step.messages[0].injected and step.messages[0].delay == 0
    entry = engine.transcript[-1]
    assert (entry.who, entry.injected, entry.turn_id, entry.at_seconds) == (
        CUSTOMER,
        True,
        "greet",
        shown + 40,
    )
    assert engine.current_turn == "greet"
    assert engine.last_customer_at == shown + 40
    assert engine.patience_deadline == shown + 140
    assert not engine.reply(ReplyEvent("hello", shown + 90)).matched  # only 50 s after the injected message


def test_the_trainer_can_end_a_live_session(scenario: Scenario) -> None:
    engine = started(scenario)
    with pytest.raises(EngineError):
        engine.finish("no_such_ending", 50)
    step = engine.finish("left", 50)
    assert (step.turn_id, step.ending_id, step.ending_kind) == ("greet", "left", "customer_left")
    assert (
        not step.matched and [m.text for m in step.messages] == ["bye"] and step.messages[0].at_seconds == 53
    )
    assert engine.ended and engine.transcript[-1].ending
    assert engine.finish("paid", 60).ending_id == "left"  # already over: nothing changes
    with pytest.raises(EngineError):
        Engine(scenario).finish("left", 0)


def test_the_transcript_keeps_what_the_debrief_needs(scenario: Scenario) -> None:
    engine = started(scenario)
    engine.reply(say(engine, "hm", warnings=("no_greeting",)))
    engine.reply(say(engine, "refund", reply_keys=("refund_policy",)))
    who = [(e.who, e.turn_id, e.branch_index) for e in engine.transcript]
    assert who == [
        (CUSTOMER, "greet", None),
        (TRAINEE, "greet", None),
        (TRAINEE, "greet", 0),
        (CUSTOMER, "money", None),
    ]
    assert engine.transcript[1].warnings == ("no_greeting",)
    assert engine.transcript[2].reply_keys == ("refund_policy",) and engine.transcript[2].language == "ka"
    engine.transcript.clear()  # a copy: the engine's own record is untouched
    assert len(engine.transcript) == 4


@pytest.mark.parametrize(
    ("text", "phrase", "found"),
    [
        ("ΚΑΛΗΣΠΈΡΑ σας", "καλησπερα", True),  # case and Greek tonos
        ("I clicked it", "click", False),  # a whole word only ...
        ("I clicked it", "click*", True),  # ... unless the phrase ends in *
        ("Click orqali", "click", True),
        ("to‘lovingiz", "to'lov*", True),  # Uzbek apostrophe variants
        ("大変申し訳ございません", "申し訳", True),  # no word edges in Japanese
        ("お支払いはPayPayでお願いします", "PayPay", True),
        ("ÖZÜR DİLERİZ", "özür", True),  # Turkish capitals with dots
        ("ozur dileriz", "özür", True),  # typed without Turkish letters
        ("sipariş", "siparis", True),
        ("أهلا وسهلا", "اهلا", True),  # hamza forms
        ("вернём", "вернем", True),
        ("I want my money   back", "money back", True),
        ("em até 3x sem juros", "3x", True),
        ("ლარი", "ლარ", False),
        ("ლარის", "ლარ*", True),
        ("", "x", False),
    ],
)
def test_phrase_matching(text: str, phrase: str, found: bool) -> None:
    assert contains(normalise(text), phrase) is found


def test_contains_any_names_the_phrase_found() -> None:
    assert contains_any("Pay with Payme or Click", ["Click", "Payme"]) == "Click"
    assert contains_any("cash only", ["Click", "Payme"]) is None
