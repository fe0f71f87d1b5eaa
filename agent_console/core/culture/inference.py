"""Where is this customer, which language do they write, and why we think so.

Sources, strongest first: the profile (set by the customer or an agent), the phone number's
region (``phonenumbers``), the language of the customer's own messages (detected offline with
``py3langid``), the e-mail domain's country code. Each conclusion carries its reason so the
agent can judge it, and the agent's correction goes into the profile and wins from then on.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import phonenumbers
from babel.core import get_global
from phonenumbers import timezone as phone_timezone
from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_console.core.culture import reference
from agent_console.core.customers import default_timezone
from agent_console.core.models import Customer, Event, Identity

#: Country-code top-level domains that are not used as such (.co, .io, .tv, .me ... are global).
GENERIC_CCTLDS = {"co", "io", "tv", "me", "ai", "fm", "ly", "to", "ws", "cc", "app", "dev"}
TLD_COUNTRY = {"uk": "GB"}
DETECT_SAMPLE_CHARS = 2000
MIN_DETECT_CHARS = 12

_detector_lock = threading.Lock()


@dataclass(frozen=True)
class Reason:
    field: str  # "language", "country" or "timezone"
    value: str
    source: str  # "profile", "phone", "messages", "email_domain", "country", "language"
    detail: str = ""


@dataclass
class LocaleGuess:
    language: str | None = None
    country: str | None = None
    timezone: str | None = None
    reasons: list[Reason] = field(default_factory=list)

    def reason_for(self, field_name: str) -> Reason | None:
        return next((r for r in self.reasons if r.field == field_name), None)


def detect_language(text: str) -> str | None:
    """The language of *text*, offline; None when there is too little text to tell."""
    sample = " ".join(text.split())[:DETECT_SAMPLE_CHARS]
    if len(sample) < MIN_DETECT_CHARS:
        return None
    with _detector_lock:  # the model loads once (about 0.5 s), on first use, off the GUI thread
        from py3langid import langid

        language, _score = langid.classify(sample)
    return language


def email_country(address: str) -> str | None:
    domain = address.rpartition("@")[2].lower().rstrip(".")
    tld = domain.rpartition(".")[2]
    if len(tld) != 2 or tld in GENERIC_CCTLDS:
        return None
    code = TLD_COUNTRY.get(tld, tld.upper())
    return code if code in get_global("territory_currencies") else None


def _phone_facts(e164: str) -> tuple[str | None, str | None]:
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return None, None
    region = phonenumbers.region_code_for_number(number) or None
    zones = [z for z in phone_timezone.time_zones_for_number(number) if z != "Etc/Unknown"]
    return region, zones[0] if len(zones) == 1 else None


def infer(session: Session, customer_id: int) -> LocaleGuess:
    customer = session.get(Customer, customer_id)
    guess = LocaleGuess()
    if customer is None:
        return guess
    identities = session.scalars(select(Identity).where(Identity.customer_id == customer_id)).all()
    phone_region = phone_zone = None
    for ident in identities:
        if ident.kind in ("phone", "whatsapp"):
            phone_region, phone_zone = _phone_facts(ident.value)
            if phone_region:
                phone_detail = ident.value
                break
    # Country
    if customer.country:
        guess.country = customer.country
        guess.reasons.append(Reason("country", customer.country, "profile"))
    elif phone_region:
        guess.country = phone_region
        guess.reasons.append(Reason("country", phone_region, "phone", phone_detail))
    else:
        for ident in identities:
            if ident.kind == "email" and (code := email_country(ident.value)):
                guess.country = code
                guess.reasons.append(Reason("country", code, "email_domain", ident.value.rpartition("@")[2]))
                break
    # Language
    if customer.language:
        guess.language = customer.language
        guess.reasons.append(Reason("language", customer.language, "profile"))
    else:
        texts = session.scalars(
            select(Event.body_text)
            .where(Event.customer_id == customer_id, Event.direction == "in")
            .order_by(Event.occurred_at.desc())
            .limit(20)
        ).all()
        detected = detect_language(" ".join(texts))
        if detected:
            guess.language = detected
            guess.reasons.append(Reason("language", detected, "messages", str(len(texts))))
        elif guess.country and (langs := reference.country(guess.country).languages):
            guess.language = langs[0]
            guess.reasons.append(Reason("language", langs[0], "country", guess.country))
    if guess.country is None and guess.language:
        likely = get_global("likely_subtags").get(guess.language.split("_")[0], "")
        territory = likely.rsplit("_", 1)[-1] if likely.count("_") >= 1 else ""
        if len(territory) == 2 and territory.isupper():
            guess.country = territory
            guess.reasons.append(Reason("country", territory, "language", guess.language))
    # Time zone
    if customer.timezone:
        guess.timezone = customer.timezone
        guess.reasons.append(Reason("timezone", customer.timezone, "profile"))
    elif phone_zone and guess.country == phone_region:
        guess.timezone = phone_zone
        guess.reasons.append(Reason("timezone", phone_zone, "phone"))
    elif zone := default_timezone(guess.country):
        guess.timezone = zone
        guess.reasons.append(Reason("timezone", zone, "country", guess.country or ""))
    return guess


def set_profile_locale(
    session: Session,
    customer_id: int,
    *,
    language: str | None,
    country: str | None,
    timezone: str | None = None,
) -> None:
    """The agent's correction: stored in the profile, where it outranks every inference."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        return
    customer.language = language or None
    customer.country = country.upper() if country else None
    if timezone is not None:
        customer.timezone = timezone or None
