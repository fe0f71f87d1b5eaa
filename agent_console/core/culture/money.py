"""The customer's currency, exchange rates and conversions.

Rates come from central banks' public feeds: the ECB's euro reference rates (XML), the
Central Bank of Uzbekistan (JSON; UZS against ~75 currencies, MNT among them) and the
National Bank of Georgia (JSON; GEL). Each provider's URL is configurable. Fetches use
timeouts and retries with backoff that honour Retry-After; a feed that answers garbage,
HTML, an error or nothing leaves the last good rates in place and records the error for the
status line. Conversions walk the cached rates (at most three hops, e.g. EUR→UZS→MNT) and
say which date and sources they rest on.
"""

from __future__ import annotations

import json
import logging
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from babel.numbers import format_currency, get_territory_currencies
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agent_console import paths
from agent_console.core.http import http_session as _http_session
from agent_console.core.models import ExchangeRate, RateFetch, utcnow

log = logging.getLogger(__name__)

#: Rates older than this (days) are flagged as stale; covers weekends and holidays.
STALE_AFTER_DAYS = 4
MAX_HOPS = 3


class RateFeedError(Exception):
    """A feed answered something that is not rates; the message says what."""


@dataclass(frozen=True)
class Quote:
    base: str
    quote: str
    rate: float  # 1 base = rate quote


@dataclass(frozen=True)
class Provider:
    name: str  # short, stored with each rate: "ECB", "CBU", "NBG"
    title: str
    url: str
    parse: Callable[[bytes], tuple[date, list[Quote]]]


def _number(value: Any, what: str) -> float:
    try:
        number = float(str(value).replace(",", "."))
    except (TypeError, ValueError) as exc:
        raise RateFeedError(f"{what} is not a number: {value!r}") from exc
    if not number > 0:
        raise RateFeedError(f"{what} is not positive: {value!r}")
    return number


def parse_ecb(content: bytes) -> tuple[date, list[Quote]]:
    """ECB eurofxref-daily.xml: <Cube time='YYYY-MM-DD'><Cube currency='USD' rate='1.05'/>..."""
    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise RateFeedError(f"not XML ({exc})") from exc
    day = next((e for e in root.iter() if e.tag.endswith("Cube") and "time" in e.attrib), None)
    if day is None:
        raise RateFeedError("no dated Cube element")
    try:
        published = date.fromisoformat(day.attrib["time"])
    except ValueError as exc:
        raise RateFeedError(f"bad date {day.attrib['time']!r}") from exc
    quotes = [
        Quote("EUR", c.attrib["currency"], _number(c.attrib.get("rate"), c.attrib["currency"]))
        for c in day
        if "currency" in c.attrib
    ]
    if not quotes:
        raise RateFeedError("no rates in the feed")
    return published, quotes


def _json(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError) as exc:
        snippet = content[:40].decode("utf-8", "replace").strip()
        raise RateFeedError(f"not JSON (starts with {snippet!r})") from exc


def parse_cbu(content: bytes) -> tuple[date, list[Quote]]:
    """CBU: [{"Ccy": "USD", "Nominal": "1", "Rate": "12837.10", "Date": "06.12.2024"}, ...] in UZS."""
    rows = _json(content)
    if not isinstance(rows, list) or not rows:
        raise RateFeedError("expected a non-empty list")
    quotes, dates = [], set()
    for row in rows:
        if not isinstance(row, dict) or "Ccy" not in row:
            raise RateFeedError("a row has no Ccy")
        nominal = _number(row.get("Nominal", 1), f"{row['Ccy']} nominal")
        quotes.append(Quote(str(row["Ccy"]).upper(), "UZS", _number(row.get("Rate"), row["Ccy"]) / nominal))
        try:
            dates.add(datetime.strptime(str(row.get("Date")), "%d.%m.%Y").date())
        except ValueError as exc:
            raise RateFeedError(f"bad date {row.get('Date')!r}") from exc
    return max(dates), quotes


def parse_nbg(content: bytes) -> tuple[date, list[Quote]]:
    """NBG: [{"date": "2024-09-03T00:00:00.000Z", "currencies": [{"code", "quantity", "rate"}, ...]}] in GEL."""
    data = _json(content)
    if not isinstance(data, list) or not data or not isinstance(data[0], dict):
        raise RateFeedError("expected a non-empty list of days")
    day = data[0]
    try:
        published = date.fromisoformat(str(day["date"])[:10])
    except (KeyError, ValueError) as exc:
        raise RateFeedError(f"bad date {day.get('date')!r}") from exc
    currencies = day.get("currencies")
    if not isinstance(currencies, list) or not currencies:
        raise RateFeedError("no currencies")
    quotes = []
    for item in currencies:
        if not isinstance(item, dict) or "code" not in item:
            raise RateFeedError("a currency has no code")
        quantity = _number(item.get("quantity", 1), f"{item['code']} quantity")
        quotes.append(
            Quote(str(item["code"]).upper(), "GEL", _number(item.get("rate"), item["code"]) / quantity)
        )
    return published, quotes


DEFAULT_PROVIDERS = (
    Provider(
        "ECB",
        "European Central Bank — euro foreign exchange reference rates",
        "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml",
        parse_ecb,
    ),
    Provider(
        "CBU",
        "Central Bank of the Republic of Uzbekistan — official rates",
        "https://cbu.uz/uz/arkhiv-kursov-valyut/json/",
        parse_cbu,
    ),
    Provider(
        "NBG",
        "National Bank of Georgia — official rates",
        "https://nbg.gov.ge/gw/api/ct/monetarypolicy/currencies/en/json/",
        parse_nbg,
    ),
)


def providers(overrides: dict[str, str] | None = None) -> list[Provider]:
    """The providers with any configured URLs (settings: ``rate_provider_urls``)."""
    overrides = overrides or {}
    return [Provider(p.name, p.title, overrides.get(p.name, p.url), p.parse) for p in DEFAULT_PROVIDERS]


def http_session(retries: int = 3, backoff: float = 0.5) -> requests.Session:
    return _http_session(retries, backoff, purpose="exchange-rate fetch")


@dataclass(frozen=True)
class FetchResult:
    source: str
    ok: bool
    rates_date: date | None
    count: int
    error: str | None


def fetch(
    session: Session,
    provider: Provider,
    http: requests.Session | None = None,
    timeout: tuple[float, float] = (5.0, 15.0),
) -> FetchResult:
    """Fetch one feed and store its rates; on any failure keep the old ones and record why."""
    http = http or http_session()
    status = session.get(RateFetch, provider.name) or RateFetch(source=provider.name)
    session.add(status)
    status.last_attempt_at = utcnow()
    try:
        response = http.get(provider.url, timeout=timeout)
        if response.status_code != 200:
            raise RateFeedError(f"HTTP {response.status_code}")
        published, quotes = provider.parse(response.content)
    except (requests.RequestException, RateFeedError) as exc:
        message = f"{type(exc).__name__}: {exc}" if isinstance(exc, requests.RequestException) else str(exc)
        status.last_error = message[:500]
        log.warning("exchange rates from %s not updated: %s", provider.name, message)
        return FetchResult(provider.name, False, status.rates_date, 0, status.last_error)
    store(session, provider.name, published, quotes)
    status.last_success_at = utcnow()
    status.last_error = None
    status.rates_date = published
    return FetchResult(provider.name, True, published, len(quotes), None)


def store(session: Session, source: str, published: date, quotes: Iterable[Quote]) -> None:
    existing = {
        (r.base, r.quote): r
        for r in session.scalars(
            select(ExchangeRate).where(ExchangeRate.source == source, ExchangeRate.rate_date == published)
        )
    }
    for q in quotes:
        row = existing.get((q.base, q.quote))
        if row is None:
            session.add(
                ExchangeRate(source=source, base=q.base, quote=q.quote, rate=q.rate, rate_date=published)
            )
        else:
            row.rate = q.rate


def fetch_all(
    session: Session, overrides: dict[str, str] | None = None, http: requests.Session | None = None
) -> list[FetchResult]:
    http = http or http_session()
    return [fetch(session, provider, http) for provider in providers(overrides)]


# --- snapshot for the first, offline start ----------------------------------------------


def snapshot_path() -> Path:
    return paths.resources_dir() / "rates" / "snapshot.json"


def write_snapshot(session: Session, path: Path) -> int:
    """Write the latest rates of every source to *path* (run by the release build, online)."""
    rows = _latest(session)
    data = {
        "note": "Bundled for the first start without network; replaced by live rates as soon as a feed answers.",
        "rates": [
            {
                "source": r.source,
                "base": r.base,
                "quote": r.quote,
                "rate": r.rate,
                "date": r.rate_date.isoformat(),
            }
            for r in rows
        ],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return len(rows)


def load_snapshot(session: Session, path: Path | None = None) -> int:
    """Seed an empty rate cache from the bundled snapshot (each rate keeps its own date).

    Safe when two workers try at once: the loser's savepoint rolls back and it uses the
    winner's rows.
    """
    path = path or snapshot_path()
    if session.scalar(select(func.count()).select_from(ExchangeRate)) or not path.exists():
        return 0
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))["rates"]
        loaded = [
            ExchangeRate(
                source=f"{row['source']} (snapshot)",
                base=row["base"],
                quote=row["quote"],
                rate=_number(row["rate"], row["quote"]),
                rate_date=date.fromisoformat(row["date"]),
            )
            for row in rows
        ]
    except (OSError, ValueError, KeyError, TypeError, RateFeedError) as exc:
        log.warning("rate snapshot %s unusable: %s", path, exc)
        return 0
    try:
        with session.begin_nested():
            session.add_all(loaded)
    except IntegrityError:
        return 0  # another worker loaded it first
    return len(loaded)


def _latest(session: Session) -> list[ExchangeRate]:
    newest = (
        select(
            ExchangeRate.source,
            ExchangeRate.base,
            ExchangeRate.quote,
            func.max(ExchangeRate.rate_date).label("d"),
        )
        .group_by(ExchangeRate.source, ExchangeRate.base, ExchangeRate.quote)
        .subquery()
    )
    return list(
        session.scalars(
            select(ExchangeRate).join(
                newest,
                (ExchangeRate.source == newest.c.source)
                & (ExchangeRate.base == newest.c.base)
                & (ExchangeRate.quote == newest.c.quote)
                & (ExchangeRate.rate_date == newest.c.d),
            )
        )
    )


@dataclass(frozen=True)
class Conversion:
    amount: float
    source_currency: str
    target_currency: str
    result: float
    rate: float
    rates_date: date  # the oldest date along the path
    sources: tuple[str, ...]
    path: tuple[str, ...]

    def stale(self, today: date | None = None) -> bool:
        return ((today or datetime.now(UTC).date()) - self.rates_date) > timedelta(days=STALE_AFTER_DAYS)


class NoRate(LookupError):
    pass


def convert(session: Session, amount: float, source_currency: str, target_currency: str) -> Conversion:
    source_currency, target_currency = source_currency.upper(), target_currency.upper()
    if source_currency == target_currency:
        return Conversion(
            amount,
            source_currency,
            target_currency,
            amount,
            1.0,
            datetime.now(UTC).date(),
            (),
            (source_currency,),
        )
    edges: dict[str, list[tuple[str, float, date, str]]] = {}
    for row in _latest(session):
        edges.setdefault(row.base, []).append((row.quote, row.rate, row.rate_date, row.source))
        edges.setdefault(row.quote, []).append((row.base, 1 / row.rate, row.rate_date, row.source))
    # Breadth-first: fewest hops; among equal hops the newest rates (edges sorted newest first).
    for neighbours in edges.values():
        neighbours.sort(key=lambda e: e[2], reverse=True)
    queue = deque([(source_currency, 1.0, None, (), (source_currency,))])
    seen = {source_currency}
    while queue:
        currency, rate, oldest, sources, path = queue.popleft()
        if len(path) > MAX_HOPS + 1:
            continue
        for nxt, step, day, src in edges.get(currency, []):
            if nxt in seen:
                continue
            new_rate, new_oldest = rate * step, min(day, oldest) if oldest else day
            new_sources = sources if src in sources else (*sources, src)
            if nxt == target_currency:
                return Conversion(
                    amount,
                    source_currency,
                    target_currency,
                    amount * new_rate,
                    new_rate,
                    new_oldest,
                    new_sources,
                    (*path, nxt),
                )
            seen.add(nxt)
            queue.append((nxt, new_rate, new_oldest, new_sources, (*path, nxt)))
    raise NoRate(f"no exchange rate from {source_currency} to {target_currency} yet")


def status(session: Session) -> list[RateFetch]:
    return list(session.scalars(select(RateFetch).order_by(RateFetch.source)))


def currency_for(country: str | None, today: date | None = None) -> str | None:
    if not country:
        return None
    currencies = get_territory_currencies(country.upper(), start_date=today or datetime.now(UTC).date())
    return currencies[0] if currencies else None


def format_money(amount: float, currency: str, locale: str) -> str:
    try:
        return format_currency(amount, currency, locale=locale.replace("-", "_"))
    except Exception:  # unknown locale for babel: fall back to a neutral form
        return f"{amount:,.2f} {currency}"
