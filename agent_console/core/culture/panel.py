"""Everything the locale panel (and ``agent-console hints``) shows, gathered in one unit of work."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from agent_console.core.culture import clock, inference, money, reference
from agent_console.core.culture.inference import LocaleGuess, Reason
from agent_console.core.culture.reference import Country, Hint, PaymentMethod
from agent_console.core.customers import default_timezone
from agent_console.core.models import Customer, RateFetch


@dataclass(frozen=True)
class PanelFacts:
    guess: LocaleGuess
    country: Country  # the generic one when unknown (country.generic is True)
    clock: clock.LocalClock
    currency: str | None
    hints: tuple[Hint, ...]
    payment_methods: tuple[PaymentMethod, ...]
    rate_status: tuple[RateFetch, ...]
    given_name: str | None = None
    family_name: str | None = None
    customer_id: int | None = None


def for_customer(
    session: Session, customer_id: int, ui_language: str = "en", now: datetime | None = None
) -> PanelFacts:
    guess = inference.infer(session, customer_id)
    facts = _facts(session, guess, ui_language, now)
    customer = session.get(Customer, customer_id)
    if customer is None:
        return facts
    return replace(
        facts, given_name=customer.given_name, family_name=customer.family_name, customer_id=customer_id
    )


def for_country(
    session: Session | None,
    country: str | None,
    language: str | None,
    ui_language: str = "en",
    now: datetime | None = None,
) -> PanelFacts:
    guess = LocaleGuess(language=language, country=country.upper() if country else None)
    if country:
        guess.reasons.append(Reason("country", country.upper(), "given"))
        zone = default_timezone(country.upper())
        if zone:
            guess.timezone = zone
            guess.reasons.append(Reason("timezone", zone, "country", country.upper()))
    if language:
        guess.reasons.append(Reason("language", language, "given"))
    return _facts(session, guess, ui_language, now)


def _facts(session: Session | None, guess: LocaleGuess, ui_language: str, now: datetime | None) -> PanelFacts:
    country = reference.country(guess.country)
    if guess.language is None and country.languages:
        guess.language = country.languages[0]
    local = clock.local_clock(country, guess.timezone, now or datetime.now(UTC), ui_language)
    rate_status: tuple[RateFetch, ...] = ()
    if session is not None:
        rate_status = tuple(money.status(session))
    return PanelFacts(
        guess,
        country,
        local,
        money.currency_for(guess.country),
        country.hints,
        country.payment_methods,
        rate_status,
    )
