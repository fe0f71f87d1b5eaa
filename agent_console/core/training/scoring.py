"""Automatic checks of a role-play session: pure functions over the transcript, no database, no Qt.

Each check says whether it passed, its points, and — for the debrief — what happened in words
and in which turn points were lost. ``detail`` is an English template and ``params`` its values,
so the UI can translate the template and fill it in. A check whose expectation the scenario
does not set (no payment methods named, no wrap-up code, ``currency: null``) is left out, as
is a timing check with nothing to time; the total is over the checks present.

These checks complement the supervisors' scorecard (``core.coaching.scoring``): they are what
a machine can judge reliably; empathy and accuracy of content stay with the trainer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name, get_currency_symbol

from agent_console.core.training.engine import CUSTOMER, TRAINEE, Entry, contains_any, normalise
from agent_console.core.training.schema import Scenario

#: Points per check. Reaching a good ending is the point of the exercise, so it weighs most;
#: writing in the customer's language comes next (a reply they cannot read helps nobody); the
#: etiquette, timing, money and wrap-up checks count alike.
WEIGHTS: Mapping[str, int] = {
    "ending": 25,
    "language": 15,
    "formal_address": 10,
    "first_response": 10,
    "response_times": 10,
    "currency": 10,
    "payment_methods": 10,
    "disposition": 10,
}
_PLURAL_SAMPLES = (1, 2, 5, 21, 0.5)  # one number of each CLDR plural category in common languages


@dataclass(frozen=True)
class Check:
    code: str
    passed: bool
    points: int
    max_points: int
    detail: str  # English template; ``params`` fill it in
    turn_id: str | None = None  # where points were lost (or the evidence was found)
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.detail.format(**self.params)


@dataclass(frozen=True)
class Score:
    checks: tuple[Check, ...]

    @property
    def points(self) -> int:
        return sum(c.points for c in self.checks)

    @property
    def max_points(self) -> int:
        return sum(c.max_points for c in self.checks)

    @property
    def ratio(self) -> float:
        """0.0 … 1.0 of the points possible."""
        return self.points / self.max_points if self.max_points else 0.0

    def check(self, code: str) -> Check | None:
        return next((c for c in self.checks if c.code == code), None)


def _check(code: str, passed: bool, detail: str, turn_id: str | None = None, **params: Any) -> Check:
    weight = WEIGHTS[code]
    return Check(code, passed, weight if passed else 0, weight, detail, turn_id, params)


def _base(language: str) -> str:
    return language.replace("-", "_").split("_")[0].lower()


def _locale(language: str, country: str | None) -> Locale:
    """The customer's locale: the language with the country when the code names none (uz → uz_UZ)."""
    parsed = Locale.parse(language.replace("-", "_"))
    if parsed.territory is None and country:
        try:
            return Locale.parse(f"{parsed.language}_{country}")
        except (UnknownLocaleError, ValueError):
            pass
    return parsed


@cache
def currency_names(currency: str, language: str, country: str | None = None) -> tuple[str, ...]:
    """Phrases that name *currency* for a customer of this language and country.

    The ISO code; its symbol in the customer's locale, their language and English (trailing
    dots dropped: ``ر.س`` is written without one as often as with); and the words of its
    CLDR display names in every plural form (``Oʻzbekiston soʻmi``, ``российских рублей``)
    except those naming the country (``Oʻzbekiston``, ``российский``), so ``so'm``,
    ``рублей``, ``ლარი``, ``төгрөг`` count. Words longer than four letters match with any
    ending (``рубл*``); shorter ones only whole (``real`` is not ``realmente``).
    """
    locale = _locale(language, country)
    names: dict[str, None] = {currency: None}
    for where in (locale, Locale.parse(locale.language), Locale.parse("en")):
        symbol = "".join(ch for ch in get_currency_symbol(currency, locale=where) if ch.isprintable())
        symbol = symbol.rstrip(".").strip()
        if symbol:
            names[symbol] = None
    country_words = set()
    if country:
        for where in (locale, Locale.parse("en")):
            territory = where.territories.get(country, "")
            country_words |= set(normalise(territory).split())
    display = {get_currency_name(currency, locale=locale)}
    display |= {get_currency_name(currency, count=n, locale=locale) for n in _PLURAL_SAMPLES}
    for name in sorted(display):
        for word in normalise(name).split():
            if len(word) < 3 and len(name.split()) > 1:
                continue  # "US" of "US dollar"
            if any(word[:4] in w or w[:4] in word for w in country_words):
                continue
            names[word if len(word) <= 4 else word[: max(4, len(word) - 2)] + "*"] = None
    prefixes = [n[:-1] for n in names if n.endswith("*")]
    # "dollar" and "dollars" give doll* and dolla*: keep the phrase that covers the other.
    return tuple(n for n in names if not any(n.rstrip("*").startswith(p) and n != p + "*" for p in prefixes))


def _replies(transcript: Sequence[Entry]) -> list[tuple[int, Entry]]:
    """The trainee's replies, numbered from 1 as the debrief shows them."""
    return list(enumerate((e for e in transcript if e.who == TRAINEE), start=1))


def _language(scenario: Scenario, replies: list[tuple[int, Entry]]) -> Check:
    expected = scenario.expect.language
    if not replies:
        return _check("language", False, "The trainee never replied.", expected=expected)
    for number, entry in replies:
        if entry.language is not None and _base(entry.language) != _base(expected):
            return _check(
                "language",
                False,
                "Reply {n} was written in {found}, not in {expected}.",
                entry.turn_id,
                n=number,
                found=entry.language,
                expected=expected,
            )
    return _check("language", True, "Every reply was in {expected}.", expected=expected)


def _formal(replies: list[tuple[int, Entry]], warnings: Sequence[frozenset[str]]) -> Check:
    if not replies:
        return _check("formal_address", False, "The trainee never replied.")
    for (number, entry), codes in zip(replies, warnings, strict=True):
        if "informal_you" in codes:
            return _check(
                "formal_address",
                False,
                "Reply {n} addressed the customer informally.",
                entry.turn_id,
                n=number,
            )
    return _check("formal_address", True, "Every reply addressed the customer formally.")


@dataclass(frozen=True)
class _Wait:
    turn_id: str | None
    seconds: float | None  # None: never answered


def _waits(transcript: Sequence[Entry]) -> list[_Wait]:
    """How long each customer message (or run of them) waited for the trainee's next reply.

    A wait starts at the first customer message after the trainee's previous reply, as a
    customer's clock does; the ending's last words start none.
    """
    waits: list[_Wait] = []
    since: Entry | None = None
    for entry in sorted(transcript, key=lambda e: e.at_seconds):
        if entry.who == CUSTOMER and not entry.ending:
            since = since or entry
        elif entry.who == TRAINEE and since is not None:
            waits.append(_Wait(since.turn_id, max(0.0, entry.at_seconds - since.at_seconds)))
            since = None
    if since is not None:
        waits.append(_Wait(since.turn_id, None))
    return waits


def _timing(scenario: Scenario, transcript: Sequence[Entry], ended: bool) -> list[Check]:
    waits = _waits(transcript)
    if waits and waits[-1].seconds is None and not ended:
        waits.pop()  # still running: the last message may be answered yet
    if not waits:
        return []
    checks = []
    first, later = waits[0], waits[1:]
    limit = scenario.expect.first_response_seconds
    if first.seconds is None:
        checks.append(_check("first_response", False, "The first message was never answered.", first.turn_id))
    else:
        seconds = round(first.seconds)
        checks.append(
            _check(
                "first_response",
                first.seconds <= limit,
                "First reply after {seconds} s (limit {limit} s).",
                first.turn_id,
                seconds=seconds,
                limit=limit,
            )
        )
    if later:
        limit = scenario.expect.response_seconds
        unanswered = next((w for w in later if w.seconds is None), None)
        if unanswered is not None:
            checks.append(
                _check(
                    "response_times",
                    False,
                    "The customer's message in '{turn}' was never answered.",
                    unanswered.turn_id,
                    turn=unanswered.turn_id,
                    limit=limit,
                )
            )
        else:
            slowest = max(later, key=lambda w: w.seconds or 0.0)
            assert slowest.seconds is not None
            checks.append(
                _check(
                    "response_times",
                    slowest.seconds <= limit,
                    "Slowest later reply after {seconds} s (limit {limit} s).",
                    slowest.turn_id,
                    seconds=round(slowest.seconds),
                    limit=limit,
                )
            )
    return checks


def _named(
    code: str,
    replies: list[tuple[int, Entry]],
    phrases: Iterable[str],
    fail: str,
    **params: Any,
) -> Check:
    phrases = tuple(phrases)
    for number, entry in replies:
        found = contains_any(entry.text, phrases)
        if found is not None:
            return _check(
                code, True, "Reply {n} named {found}.", entry.turn_id, n=number, found=found.rstrip("*")
            )
    return _check(code, False, fail, **params)


def score(
    scenario: Scenario,
    transcript: Sequence[Entry],
    ending_id: str | None,
    disposition: str | None,
    warnings_per_reply: Sequence[Iterable[str]] | None = None,
) -> Score:
    """The automatic checks of one session.

    *warnings_per_reply* holds the draft-check warning codes of each trainee reply, in order;
    without it the codes recorded in the transcript are used.
    """
    expect = scenario.expect
    replies = _replies(transcript)
    if warnings_per_reply is None:
        warnings = [frozenset(entry.warnings) for _n, entry in replies]
    else:
        warnings = [frozenset(codes) for codes in warnings_per_reply]
        if len(warnings) != len(replies):
            raise ValueError(f"{len(warnings)} sets of warnings for {len(replies)} replies")

    ending = scenario.endings.get(ending_id) if ending_id else None
    good = ", ".join(f"'{e}'" for e in expect.good_endings)
    if ending is None:
        checks = [_check("ending", False, "The conversation did not reach an ending.", good=good)]
    else:
        checks = [
            _check(
                "ending",
                ending.id in expect.good_endings,
                "The conversation ended in '{ending}' ({kind}); good endings: {good}.",
                ending.id,
                ending=ending.id,
                kind=ending.kind,
                good=good,
            )
        ]
    checks.append(_language(scenario, replies))
    if expect.formal_address:
        checks.append(_formal(replies, warnings))
    checks += _timing(scenario, transcript, ended=ending is not None)
    persona = scenario.persona
    if expect.currency:
        names = currency_names(expect.currency, persona.language, persona.country)
        checks.append(
            _named(
                "currency",
                replies,
                names,
                "No reply named the currency {currency} (as {names}).",
                currency=expect.currency,
                names=", ".join(n.rstrip("*") for n in names),
            )
        )
    if expect.payment_methods:
        checks.append(
            _named(
                "payment_methods",
                replies,
                [spelling for method in expect.payment_methods for spelling in method],
                "No reply named a payment method the customer can use ({methods}).",
                methods=", ".join(method[0] for method in expect.payment_methods),
            )
        )
    if expect.disposition:
        if disposition is None:
            checks.append(
                _check(
                    "disposition",
                    False,
                    "No wrap-up code was chosen; expected {expected}.",
                    expected=expect.disposition,
                )
            )
        else:
            checks.append(
                _check(
                    "disposition",
                    disposition == expect.disposition,
                    "Wrap-up code {found} (expected {expected}).",
                    found=disposition,
                    expected=expect.disposition,
                )
            )
    return Score(tuple(checks))
