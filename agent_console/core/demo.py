"""Deterministic, multilingual demo data.

Content (names, e-mail habits, channels people use, support conversations written in
each language) lives in ``resources/demo/locales/*.json``; this module only combines it.
The same seed gives the same customers, identities and messages; timestamps are laid out
backwards from *now* so the demo always looks current.  Rows are written with bulk
inserts and explicit ids, so the benchmark database (100k customers, 1M events) builds
in well under a minute on SQLite.
"""

from __future__ import annotations

import json
import logging
import random
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import nh3
import phonenumbers
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, get_territory_currencies
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from agent_console import paths
from agent_console.core.db import Database
from agent_console.core.errors import DemoError
from agent_console.core.identity import match_key, search_text_for
from agent_console.core.models import (
    Agent,
    Customer,
    Event,
    FollowUp,
    Identity,
    Interaction,
    Outcome,
)
from agent_console.core.outcomes import codes, kpi
from agent_console.core.text import name_key

log = logging.getLogger(__name__)

TOPICS = (
    "delivery_delay",
    "refund_request",
    "payment_failed",
    "wrong_item",
    "account_login",
    "invoice_request",
    "product_question",
    "complaint_escalation",
)
TOPIC_QUEUE = {
    "delivery_delay": "shipping",
    "wrong_item": "shipping",
    "refund_request": "billing",
    "payment_failed": "billing",
    "invoice_request": "billing",
    "account_login": "technical",
    "product_question": "sales",
    "complaint_escalation": "escalations",
}
CHANNELS = ("email", "phone", "sms", "whatsapp", "telegram", "chat")
PLACEHOLDERS = ("customer_given", "customer_family", "agent", "order", "amount", "date")

DEMO_AGENTS = (
    # name, email, role, locale, timezone, team
    ("Sarah Mitchell", "sarah.mitchell@northwind.example", "agent", "en", "Europe/London", "Tier 1"),
    ("Nodira Yusupova", "nodira.yusupova@northwind.example", "agent", "uz", "Asia/Tashkent", "Tier 1"),
    ("Eleni Georgiou", "eleni.georgiou@northwind.example", "agent", "el", "Europe/Athens", "Tier 1"),
    (
        "Bat-Erdene Ganbold",
        "bat-erdene.ganbold@northwind.example",
        "agent",
        "mn",
        "Asia/Ulaanbaatar",
        "Tier 1",
    ),
    ("Lukas Becker", "lukas.becker@northwind.example", "agent", "de", "Europe/Berlin", "Tier 2"),
    ("Nino Beridze", "nino.beridze@northwind.example", "supervisor", "ka", "Asia/Tbilisi", "Tier 2"),
    ("Carmen Ruiz", "carmen.ruiz@northwind.example", "trainer", "es", "Europe/Madrid", "Training"),
    ("Admin", "admin@northwind.example", "admin", "en", "UTC", None),
)


@dataclass
class LocaleContent:
    country: str
    language: str
    timezone: str
    name_order: str
    address_form: str
    given_names: dict[str, list[str]]
    family_names: dict[str, list[str]]
    email_local_parts: list[str]
    email_domains: list[str]
    channels: dict[str, int]
    threads: list[dict[str, Any]]
    call_notes: list[str]
    currency: str = ""
    babel_locale: str = ""

    @property
    def code(self) -> str:
        return f"{self.language}_{self.country}"


def load_locales(folder: Path | None = None) -> list[LocaleContent]:
    folder = folder or paths.resources_dir() / "demo" / "locales"
    files = sorted(folder.glob("*.json"))
    if not files:
        raise DemoError(f"no demo content found in {folder}")
    result = []
    for path in files:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            content = LocaleContent(**{k: raw[k] for k in LocaleContent.__dataclass_fields__ if k in raw})
        except (ValueError, TypeError, KeyError) as exc:
            raise DemoError(f"{path.name}: {exc}") from exc
        unknown = [c for c in content.channels if c not in CHANNELS]
        if unknown:
            raise DemoError(f"{path.name}: unknown channels {unknown}")
        currencies = get_territory_currencies(content.country)
        content.currency = currencies[0] if currencies else "USD"
        try:
            Locale.parse(f"{content.language}_{content.country}")
            content.babel_locale = f"{content.language}_{content.country}"
        except Exception:  # babel has no such combination: format with the language alone
            content.babel_locale = content.language
        result.append(content)
    return result


@dataclass
class _Ids:
    customer: int = 0
    identity: int = 0
    interaction: int = 0
    event: int = 0

    def next(self, name: str) -> int:
        value = getattr(self, name) + 1
        setattr(self, name, value)
        return value


@dataclass
class _Batch:
    db: Database
    size: int = 20_000
    rows: dict[Any, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: Any, row: dict[str, Any]) -> None:
        self.rows.setdefault(table, []).append(row)

    def maybe_flush(self) -> None:
        """Called between customers, so every flushed child has its parent in the same flush."""
        if sum(len(b) for b in self.rows.values()) >= self.size:
            self.flush()

    def flush(self) -> None:
        # Parents before children (foreign keys are enforced).
        order = [Customer, Identity, Interaction, Event, Outcome]
        with self.db.session() as s:
            for table in order:
                bucket = self.rows.get(table)
                if bucket:
                    s.execute(insert(table), bucket)
                    bucket.clear()


@dataclass
class DemoSummary:
    customers: int
    identities: int
    interactions: int
    events: int
    agents: int
    seconds: float


class _PhoneMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def make(self, region: str) -> str | None:
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        if example is None:
            return None
        national = str(example.national_number)
        keep = max(len(national) - 6, 1)
        for _ in range(20):
            candidate = national[:keep] + "".join(
                str(self.rng.randrange(10)) for _ in range(len(national) - keep)
            )
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            if phonenumbers.is_valid_number(number):
                e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                if e164 not in self.used:
                    self.used.add(e164)
                    return e164
        return None


def generate(
    db: Database,
    *,
    customers: int = 400,
    events: int = 6000,
    seed: int = 7,
    heavy_customer_events: int = 0,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data.

    *heavy_customer_events* gives customer #1 a history of that many events (the
    benchmark's "customer with 50,000 events").
    """
    import time

    started = time.perf_counter()
    with db.session() as s:
        if s.scalar(select(func.count()).select_from(Customer)):
            raise DemoError(
                "the database already holds customers; demo data goes into an empty database only"
            )
    locales = load_locales()
    rng = random.Random(seed)
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    ids = _Ids()
    batch = _Batch(db)
    phones = _PhoneMaker(rng)
    used_emails: set[str] = set()

    with db.session() as s:
        agent_rows = []
        for name, email, role, locale, tz, team in DEMO_AGENTS:
            agent = Agent(name=name, email=email, role=role, locale=locale, timezone=tz, team=team)
            s.add(agent)
            agent_rows.append(agent)
        s.flush()
        agents = [(a.id, a.name) for a in agent_rows if a.role in ("agent", "supervisor")]

    regular_budget = max(events - heavy_customer_events, 0)
    per_customer = _split_budget(rng, regular_budget, customers)
    if heavy_customer_events:
        per_customer[0] += heavy_customer_events
    duplicates_every = 33  # about 3% of customers get a likely duplicate, for merge suggestions

    for index in range(customers):
        loc = locales[index % len(locales)] if index < len(locales) else rng.choice(locales)
        person = _make_person(rng, loc)
        customer_id = ids.next("customer")
        idents = _make_identities(rng, loc, person, phones, used_emails)
        ident_rows = []
        for kind, value in idents:
            ident_rows.append(
                {
                    "id": ids.next("identity"),
                    "customer_id": customer_id,
                    "kind": kind,
                    "value": value,
                    "raw_value": value,
                    "match_key": match_key(kind, value),
                    "verified": False,
                    "created_at": now,
                }
            )
        budget = per_customer[index]
        last_activity = _write_history(
            rng, batch, ids, loc, person, customer_id, ident_rows, agents, budget, now
        )
        batch.add(Customer, _customer_row(customer_id, person, loc, ident_rows, last_activity, now))
        for row in ident_rows:
            batch.add(Identity, row)
        if index % duplicates_every == duplicates_every - 1:
            _add_duplicate(rng, batch, ids, loc, person, ident_rows, agents, now)
        batch.maybe_flush()
        if progress and index % 1000 == 0:
            progress(index, customers)
    batch.flush()
    _fix_sequences(db)
    with db.session() as s:
        codes.ensure_seeded(s)
        s.execute(  # each outcome's team: its agent's, set-based
            update(Outcome).values(
                team=select(Agent.team).where(Agent.id == Outcome.agent_id).scalar_subquery()
            )
        )
        kpi.rebuild(s)  # repeat/FCR links and the daily rollup, in SQL
        _demo_follow_ups(s, rng, now)
    with db.session() as s:
        _demo_reviews(s, random.Random(seed + 2))
    with db.session() as s:
        counts = [
            s.scalar(select(func.count()).select_from(t)) or 0
            for t in (Customer, Identity, Interaction, Event)
        ]
    return DemoSummary(
        counts[0], counts[1], counts[2], counts[3], len(DEMO_AGENTS), time.perf_counter() - started
    )


def _split_budget(rng: random.Random, total: int, customers: int) -> list[int]:
    """Events per customer: most have a few, some have long histories (a long tail)."""
    if customers <= 0:
        return []
    weights = [rng.paretovariate(1.6) for _ in range(customers)]
    scale = total / sum(weights)
    counts = [max(int(w * scale), 1) for w in weights]
    return counts


@dataclass
class _Person:
    gender: str
    given: str
    family: str
    display: str


def _make_person(rng: random.Random, loc: LocaleContent) -> _Person:
    gender = rng.choice(("female", "male"))
    given = rng.choice(loc.given_names[gender])
    family = rng.choice(loc.family_names[gender])
    display = f"{family} {given}" if loc.name_order == "family_given" else f"{given} {family}"
    if loc.language in ("ja", "zh") and loc.name_order == "family_given":
        display = f"{family}{given}" if loc.language == "zh" else f"{family} {given}"
    return _Person(gender, given, family, display)


def _make_identities(
    rng: random.Random, loc: LocaleContent, person: _Person, phones: _PhoneMaker, used_emails: set[str]
) -> list[tuple[str, str]]:
    kinds = list(loc.channels)
    weights = [loc.channels[k] for k in kinds]
    chosen = {rng.choices(kinds, weights)[0] for _ in range(rng.randint(1, 3))}
    result: list[tuple[str, str]] = []
    phone: str | None = None
    for channel in sorted(chosen):
        if channel == "email":
            result.append(("email", _unique_email(rng, loc, used_emails, person)))
        elif channel in ("phone", "sms", "whatsapp"):
            phone = phone or phones.make(loc.country)
            if phone is None:
                continue
            kind = "whatsapp" if channel == "whatsapp" else "phone"
            if (kind, phone) not in result:
                result.append((kind, phone))
        elif channel == "telegram":
            result.append(("telegram", str(rng.randrange(10**8, 10**10))))
        elif channel == "chat":
            result.append(("chat", f"visitor-{rng.randrange(16**10):010x}"))
    if not result:
        result.append(("email", _unique_email(rng, loc, used_emails, person)))
    return result


def _ascii_name(text_: str) -> str | None:
    folded = "".join(
        ch for ch in unicodedata.normalize("NFKD", text_.lower()) if not unicodedata.combining(ch)
    )
    folded = folded.replace(" ", "").replace("'", "").replace("ʻ", "")
    return folded if folded.isascii() and folded.replace("-", "").isalpha() else None


def _unique_email(
    rng: random.Random, loc: LocaleContent, used: set[str], person: _Person | None = None
) -> str:
    given, family = (_ascii_name(person.given), _ascii_name(person.family)) if person else (None, None)
    while True:
        if given and family:  # Latin-script names: the address usually follows the name
            local = rng.choice(
                (f"{given}.{family}", f"{given}{family}", f"{given[0]}.{family}", f"{given}_{family[0]}")
            )
        else:
            local = rng.choice(loc.email_local_parts)
        if rng.random() < 0.7:
            local = f"{local}{rng.randrange(1, 9999)}"
        email = f"{local}@{rng.choice(loc.email_domains)}".lower()
        if email not in used:
            used.add(email)
            return email


def _customer_row(
    customer_id: int,
    person: _Person,
    loc: LocaleContent,
    ident_rows: list[dict[str, Any]],
    last_activity: datetime | None,
    now: datetime,
) -> dict[str, Any]:
    stub = Customer(display_name=person.display)
    idents = [Identity(kind=r["kind"], value=r["value"]) for r in ident_rows]
    return {
        "id": customer_id,
        "display_name": person.display,
        "given_name": person.given,
        "family_name": person.family,
        "language": loc.language,
        "country": loc.country,
        "timezone": loc.timezone,
        "name_key": name_key(person.display),
        "search_text": search_text_for(stub, idents),
        "merged_into_id": None,
        "last_activity_at": last_activity,
        "created_at": now - timedelta(days=400),
        "attributes": {},
    }


def _fill(template: str, values: dict[str, str]) -> str:
    for key in PLACEHOLDERS:
        template = template.replace("{" + key + "}", values[key])
    return template


def _write_history(
    rng: random.Random,
    batch: _Batch,
    ids: _Ids,
    loc: LocaleContent,
    person: _Person,
    customer_id: int,
    ident_rows: list[dict[str, Any]],
    agents: list[tuple[int, str]],
    budget: int,
    now: datetime,
) -> datetime | None:
    """Interactions for one customer until *budget* events are written, oldest first."""
    if not ident_rows:
        return None
    channels_available = _channels_for(ident_rows)
    plans: list[tuple[str, dict[str, Any]]] = []
    remaining = budget
    while remaining > 0:
        channel = rng.choice(channels_available)
        thread = rng.choice(loc.threads)
        size = 1 if channel == "phone" else min(len(thread["messages"]), remaining)
        plans.append((channel, thread))
        remaining -= size
    # Spread interactions over the last year, the newest possibly still open.
    span = timedelta(days=365)
    starts = sorted(now - timedelta(seconds=rng.uniform(0, span.total_seconds())) for _ in plans)
    if plans and rng.random() < 0.45:
        starts[-1] = now - timedelta(minutes=rng.randint(3, 60 * 30))
    last_activity: datetime | None = None
    for n, ((channel, thread), start) in enumerate(zip(plans, starts, strict=True)):
        is_last = n == len(plans) - 1
        still_open = is_last and (now - start) < timedelta(days=2)
        last_activity = _write_interaction(
            rng,
            batch,
            ids,
            loc,
            person,
            customer_id,
            ident_rows,
            agents,
            channel,
            thread,
            start,
            still_open,
            now,
        )
    return last_activity


def _channels_for(ident_rows: list[dict[str, Any]]) -> list[str]:
    result = []
    for row in ident_rows:
        if row["kind"] == "phone":
            result += ["phone", "sms"]
        else:
            result.append(row["kind"])
    return result


def _identity_for(channel: str, ident_rows: list[dict[str, Any]]) -> int | None:
    kind = "phone" if channel in ("phone", "sms") else channel
    return next((r["id"] for r in ident_rows if r["kind"] == kind), None)


def _write_interaction(
    rng: random.Random,
    batch: _Batch,
    ids: _Ids,
    loc: LocaleContent,
    person: _Person,
    customer_id: int,
    ident_rows: list[dict[str, Any]],
    agents: list[tuple[int, str]],
    channel: str,
    thread: dict[str, Any],
    start: datetime,
    still_open: bool,
    now: datetime,
) -> datetime:
    agent_id, agent_name = rng.choice(agents)
    interaction_id = ids.next("interaction")
    values = {
        "customer_given": person.given,
        "customer_family": person.family,
        "agent": agent_name.split()[0],
        "order": f"NW-{rng.randrange(10000, 99999)}",
        "amount": format_currency(
            rng.choice((19.9, 49.9, 89, 129.5, 249, 799)) * _currency_scale(loc.currency),
            loc.currency,
            locale=loc.babel_locale,
        ),
        "date": format_date(
            start + timedelta(days=rng.randint(2, 9)), format="long", locale=loc.babel_locale
        ),
    }
    subject = _fill(thread["subject"], values)
    messages = thread["messages"] if channel != "phone" else []
    if still_open and len(messages) > 1 and rng.random() < 0.6:
        # An open conversation often waits on the agent: it ends with the customer's latest message.
        last_customer = max(n for n, m in enumerate(messages) if m["from"] == "customer")
        messages = messages[: rng.randint(1, last_customer + 1)]
        while messages[-1]["from"] != "customer":
            messages = messages[:-1]
    gaps = [
        timedelta(minutes=rng.randint(2, 180) if channel != "email" else rng.randint(30, 1800))
        for _ in messages
    ]
    # The conversation must have happened already: end it before *now*.
    span = sum(gaps[:-1], timedelta()) if gaps else timedelta()
    latest = now - timedelta(minutes=rng.randint(2, 36 * 60))
    when = min(start, latest - span)
    rows: list[dict[str, Any]] = []
    if channel == "phone":
        note = rng.choice(loc.call_notes)
        inbound = rng.random() < 0.8
        rows.append(
            _event(
                ids,
                interaction_id,
                customer_id,
                channel,
                "call",
                "in" if inbound else "out",
                agent_id if not inbound else None,
                person.display if inbound else agent_name,
                None,
                note,
                None,
                loc.language,
                when,
                duration=rng.randint(45, 1500),
            )
        )
    else:
        for number, (message, gap) in enumerate(zip(messages, gaps, strict=True)):
            from_customer = message["from"] == "customer"
            body = _fill(message["text"], values)
            html = None
            if channel == "email":
                html = nh3.clean("".join(f"<p>{_escape(p)}</p>" for p in body.split("\n\n")))
            rows.append(
                _event(
                    ids,
                    interaction_id,
                    customer_id,
                    channel,
                    "message",
                    "in" if from_customer else "out",
                    None if from_customer else agent_id,
                    person.display if from_customer else agent_name,
                    subject if (channel == "email" and number == 0) else None,
                    body,
                    html,
                    loc.language,
                    when,
                    delivery="sent" if not from_customer else None,
                )
            )
            if number < len(messages) - 1:
                when += gap
        if rng.random() < 0.15:
            note = rng.choice(loc.call_notes)
            rows.append(
                _event(
                    ids,
                    interaction_id,
                    customer_id,
                    channel,
                    "note",
                    "internal",
                    agent_id,
                    agent_name,
                    None,
                    note,
                    None,
                    "en",
                    min(when + timedelta(minutes=1), now),
                )
            )
    last = rows[-1]
    status = ("open" if last["direction"] == "in" else "pending") if still_open else "closed"
    closed_at = None if still_open else min(last["occurred_at"] + timedelta(minutes=rng.randint(1, 30)), now)
    queue = TOPIC_QUEUE.get(thread.get("topic", ""), "general")
    batch.add(
        Interaction,
        {
            "id": interaction_id,
            "customer_id": customer_id,
            "channel": channel,
            "subject": subject,
            "status": status,
            "queue": queue,
            "assigned_agent_id": agent_id,
            "identity_id": _identity_for(channel, ident_rows),
            "external_thread_id": None,
            "opened_at": start,
            "closed_at": closed_at,
            "last_activity_at": last["occurred_at"],
            "last_preview": last["body_text"][:300],
            "unread": still_open and last["direction"] == "in",
            "is_training": False,
        },
    )
    for row in rows:
        batch.add(Event, row)
    if closed_at is not None:
        batch.add(
            Outcome,
            _outcome_row(
                interaction_id, customer_id, agent_id, channel, queue, thread, loc, start, closed_at, rows
            ),
        )
    return last["occurred_at"]


#: Demo dispositions by queue when resolved / not, and the reason each demo topic is.
_RESOLVED = {
    "billing": ("refund_issued", "payment_retried", "answered"),
    "shipping": ("replacement_sent", "tracking_given", "answered"),
}
_UNRESOLVED = ("waiting_customer", "escalated", "callback", "no_response")
_TOPIC_REASON = {"complaint_escalation": "complaint"}


def _outcome_row(
    interaction_id: int,
    customer_id: int,
    agent_id: int,
    channel: str,
    queue: str,
    thread: dict[str, Any],
    loc: LocaleContent,
    opened: datetime,
    closed: datetime,
    rows: list[dict[str, Any]],
) -> dict[str, Any]:
    """A plausible wrap-up: ~80 % resolved, surveys answered now and then, handle time by channel.

    Its own random stream (seeded by the interaction) keeps the rest of the demo unchanged.
    Links and KPI flags are computed afterwards, in SQL, by ``kpi.rebuild``.
    """
    rng = random.Random(interaction_id * 7919 + 17)
    topic = thread.get("topic", "")
    resolved = rng.random() < (0.62 if topic == "complaint_escalation" else 0.82)
    disposition = (
        rng.choice(_RESOLVED.get(queue, ("answered", "fixed"))) if resolved else rng.choice(_UNRESOLVED)
    )
    first_in = next((r["occurred_at"] for r in rows if r["direction"] == "in"), None)
    first_out = next(
        (
            r["occurred_at"]
            for r in rows
            if r["direction"] == "out" and first_in and r["occurred_at"] >= first_in
        ),
        None,
    )
    call = sum(r["duration_seconds"] or 0 for r in rows if r["kind"] == "call")
    active = call or rng.randint(*{"email": (120, 720), "chat": (240, 1500)}.get(channel, (90, 600)))
    acw = rng.randint(15, 150)

    def score(chance: float, weights: tuple[int, ...], low: int) -> int | None:
        if rng.random() >= chance:
            return None
        shift = -2 if not resolved else 0  # unresolved contacts rate lower
        value = rng.choices(range(low, low + len(weights)), weights)[0] + shift
        return max(low, value)

    return {
        "interaction_id": interaction_id,
        "customer_id": customer_id,
        "agent_id": agent_id,
        "queue": queue,
        "channel": channel,
        "country": loc.country,
        "language": loc.language,
        "disposition": disposition,
        "reason": _TOPIC_REASON.get(topic, topic or "other"),
        "resolved": resolved,
        "notes": "",
        "csat": score(0.38, (4, 5, 10, 30, 51), 1),
        "nps": score(0.22, (3, 1, 2, 2, 3, 4, 6, 12, 20, 22, 25), 0),
        "ces": score(0.18, (30, 28, 16, 10, 8, 5, 3), 1),
        "active_seconds": active,
        "acw_seconds": acw,
        "handle_seconds": active + acw,
        "first_response_seconds": int((first_out - first_in).total_seconds())
        if first_in and first_out
        else None,
        "opened_at": opened,
        "closed_at": closed,
        "opened_epoch": int(opened.timestamp()),
        "closed_epoch": int(closed.timestamp()),
        "day": closed.astimezone(UTC).date(),
        "first_contact": True,
        "fcr": False,
        "repeat": False,
        "created_by_id": agent_id,
        "updated_at": closed,
    }


def _event(
    ids: _Ids,
    interaction_id: int,
    customer_id: int,
    channel: str,
    kind: str,
    direction: str,
    agent_id: int | None,
    author: str,
    subject: str | None,
    body: str,
    html: str | None,
    language: str,
    when: datetime,
    duration: int | None = None,
    delivery: str | None = None,
) -> dict[str, Any]:
    return {
        "id": ids.next("event"),
        "interaction_id": interaction_id,
        "customer_id": customer_id,
        "channel": channel,
        "kind": kind,
        "direction": direction,
        "author_agent_id": agent_id,
        "author_name": author,
        "subject": subject,
        "body_text": body,
        "body_html": html,
        "language": language,
        "occurred_at": when,
        "created_at": when,
        "external_id": f"demo-{ids.event}",
        "duration_seconds": duration,
        "delivery_status": delivery,
        "meta": {},
    }


def _escape(text_: str) -> str:
    return text_.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def _currency_scale(currency: str) -> float:
    """Rough size of one euro in *currency*, so demo amounts look plausible (not a rate source)."""
    return {
        "UZS": 13000,
        "MNT": 3600,
        "KZT": 520,
        "JPY": 160,
        "KRW": 1450,
        "INR": 90,
        "TRY": 38,
        "UAH": 45,
        "EGP": 52,
        "MXN": 20,
        "BRL": 6,
        "SAR": 4,
        "CNY": 8,
        "GEL": 3,
    }.get(currency, 1)


def _add_duplicate(
    rng: random.Random,
    batch: _Batch,
    ids: _Ids,
    loc: LocaleContent,
    person: _Person,
    ident_rows: list[dict[str, Any]],
    agents: list[tuple[int, str]],
    now: datetime,
) -> None:
    """The same person writing in from another address, as happens before identities are merged."""
    customer_id = ids.next("customer")
    rows: list[dict[str, Any]] = []
    email = next((r["value"] for r in ident_rows if r["kind"] == "email"), None)
    phone = next((r["value"] for r in ident_rows if r["kind"] == "phone"), None)
    if phone and not any(r["kind"] == "whatsapp" for r in ident_rows):
        rows.append({"kind": "whatsapp", "value": phone})
    elif email:
        local, _, domain = email.partition("@")
        rows.append({"kind": "email", "value": f"{local}+shop@{domain}"})
    else:
        rows.append({"kind": "chat", "value": f"visitor-{rng.randrange(16**10):010x}"})
    for row in rows:
        row.update(
            {
                "id": ids.next("identity"),
                "customer_id": customer_id,
                "raw_value": row["value"],
                "match_key": match_key(row["kind"], row["value"]),
                "verified": False,
                "created_at": now,
            }
        )
    last = _write_history(rng, batch, ids, loc, person, customer_id, rows, agents, rng.randint(2, 6), now)
    batch.add(Customer, _customer_row(customer_id, person, loc, rows, last, now))
    for row in rows:
        batch.add(Identity, row)


def _demo_reviews(session: Session, rng: random.Random) -> None:
    """The shipped scorecard and a supervisor's recent reviews, notes and an exemplar."""
    from agent_console.core.coaching import reviews, scoring

    supervisor = session.scalar(
        select(Agent.id).where(Agent.role == "supervisor").order_by(Agent.id).limit(1)
    )
    if supervisor is None:
        return
    version = reviews.ensure_default_scorecard(session)
    definition = scoring.parse(version.definition)
    picked = session.execute(
        select(Outcome.interaction_id, Outcome.agent_id, Outcome.closed_at)
        .where(Outcome.agent_id != supervisor)
        .order_by(Outcome.closed_epoch.desc())
        .limit(280)
    ).all()[::20]  # spread over the last weeks, so each agent's trend has a shape
    for n, (interaction_id, _agent_id, closed_at) in enumerate(picked):
        review = reviews.start_review(session, interaction_id, supervisor, version_id=version.id)
        answers = {}
        for c in definition.criteria:
            values = [v for v in c.values() if v != scoring.NA]
            best, worst = values[-1], values[0]
            roll = rng.random()
            if c.scale == "yes_no":
                value = worst if roll < (0.04 if c.critical else 0.12) else best
            else:
                value = worst if roll < 0.05 and not c.critical else values[-2] if roll < 0.35 else best
            if c.allow_na and c.section == "money" and rng.random() < 0.4:
                value = scoring.NA
            answer = {"value": value}
            if value != scoring.NA and c.negative(value) and c.root_causes:
                answer["root_cause"] = rng.choice(c.root_causes)
                answer["comment"] = "See the note pinned to the message."
            answers[c.key] = answer
        reviews.save_answers(
            session, review.id, answers, "Warm tone; confirm the next step in writing." if n % 3 == 0 else ""
        )
        if n < 11:  # the last few stay drafts, as a supervisor's week looks
            reviews.submit(session, review.id, now=closed_at + timedelta(hours=rng.randint(2, 30)))
        if n < 4:
            event_id = session.scalar(
                select(Event.id)
                .where(Event.interaction_id == interaction_id, Event.direction == "out")
                .order_by(Event.occurred_at)
                .limit(1)
            )
            if event_id is not None:
                comment = reviews.add_comment(
                    session,
                    event_id,
                    supervisor,
                    _DEMO_NOTES[n % len(_DEMO_NOTES)],
                    review_id=review.id,
                )
                comment.created_at = closed_at + timedelta(hours=3)
                if n == 0:
                    comment.acknowledged_at = closed_at + timedelta(days=1)
    if picked:
        reviews.share_exemplar(
            session,
            picked[0][0],
            supervisor,
            note="Greets by name, restates the problem, gives one clear next step.",
        )


_DEMO_NOTES = (
    "Good: you used the customer's name and the formal address their culture expects.",
    "Say what happens next and when, in the customer's time zone.",
    "Quote the amount in the customer's currency as well.",
    "Acknowledge the frustration before explaining the delay.",
)


def _demo_follow_ups(session: Session, rng: random.Random, now: datetime) -> None:
    """Promised call-backs of the first agent (the one a new desk starts as): overdue, today, upcoming."""
    desk_agent = session.scalar(select(func.min(Agent.id)))
    rows = session.execute(
        select(Outcome.interaction_id, Outcome.customer_id, Outcome.reason)
        .where(Outcome.disposition.in_(("callback", "waiting_customer")))
        .order_by(Outcome.closed_epoch.desc())
        .limit(7)
    ).all()
    offsets = (-26, -3, 1, 3, 20, 50, 120)  # hours from now
    for (interaction_id, customer_id, reason), hours in zip(rows, offsets, strict=False):
        session.add(
            FollowUp(
                interaction_id=interaction_id,
                customer_id=customer_id,
                agent_id=desk_agent,
                due_at=(now + timedelta(hours=hours, minutes=rng.randint(0, 50))).replace(second=0),
                basis="customer",
                timezone="UTC",
                reason=_FOLLOW_UP_REASON.get(reason or "", "Call back as promised"),
                created_at=now - timedelta(days=1),
            )
        )


_FOLLOW_UP_REASON = {
    "refund_request": "Confirm the refund has arrived",
    "payment_failed": "Check the payment went through",
    "delivery_delay": "Check the parcel was delivered",
    "wrong_item": "Confirm the replacement arrived",
    "account_login": "Check the customer can sign in",
    "complaint": "Call back with the decision",
}


def _fix_sequences(db: Database) -> None:
    """Explicit ids bypass PostgreSQL sequences; move them past the rows written."""
    if db.dialect != "postgresql":
        return
    with db.session() as s:
        for table in ("agents", "customers", "identities", "interactions", "events"):
            s.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table}), 1))"
                )
            )


def iter_locales() -> Iterator[str]:
    for loc in load_locales():
        yield loc.code
