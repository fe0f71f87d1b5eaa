"""Finding customers and reading their card."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Select, column, func, literal_column, or_, select, table
from sqlalchemy.orm import Session

from agent_console.core.models import Customer, Identity, Interaction
from agent_console.core.text import digits, fold, like_escape

SEARCH_LIMIT = 50


@dataclass(frozen=True, slots=True)
class CustomerHit:
    id: int
    display_name: str
    country: str | None
    language: str | None
    last_activity_at: datetime | None


#: Fragments this long use the trigram index (everyone is searched).
TRIGRAM_MIN = 3
#: Shorter fragments have no index to use; they search this many most recently active customers.
SHORT_QUERY_WINDOW = 5000
_fts = table("customer_search", column("rowid"), column("search_text"))


def _patterns(query: str) -> list[str]:
    """LIKE patterns for a query: the folded text, and its digits when it looks like a phone number."""
    folded = fold(query)
    if not folded:
        return []
    patterns = [f"%{like_escape(folded)}%"]
    number = digits(query)
    if len(number) >= 3 and len(number) >= len(folded.replace(" ", "")) - 3 and number != folded:
        patterns.append(f"%{number}%")
    return patterns


def _fts_phrase(escaped_like: str) -> str:
    """An FTS5 phrase for the text of a LIKE pattern (undoing its escapes, doubling quotes)."""
    plain = escaped_like.replace("\\%", "%").replace("\\_", "_").replace("\\\\", "\\")
    return '"' + plain.replace('"', '""') + '"'


def search_statement(query: str, dialect: str, limit: int = SEARCH_LIMIT) -> Select | None:
    patterns = _patterns(query)
    if not patterns:
        return None
    stmt = select(
        Customer.id, Customer.display_name, Customer.country, Customer.language, Customer.last_activity_at
    )
    shortest = min(len(p) for p in patterns) - 2  # without the two %
    if dialect == "sqlite" and shortest >= TRIGRAM_MIN:
        # FTS5 trigram index; a quoted phrase matches as a substring. (LIKE with ESCAPE would scan.)
        phrases = [_fts_phrase(p[1:-1]) for p in patterns]
        matching = select(_fts.c.rowid).where(
            literal_column("customer_search").op("MATCH")(" OR ".join(phrases))
        )
        stmt = stmt.where(Customer.id.in_(matching))
    else:
        # PostgreSQL answers 3+ characters from the pg_trgm GIN index.
        stmt = stmt.where(or_(*(Customer.search_text.like(p, escape="\\") for p in patterns)))
        if shortest < TRIGRAM_MIN:
            # No index can answer a 1-2 character substring; bound the scan to the recent customers.
            recent = (
                select(Customer.id)
                .order_by(Customer.last_activity_at.desc(), Customer.id.desc())
                .limit(SHORT_QUERY_WINDOW)
            )
            stmt = stmt.where(Customer.id.in_(recent))
    return (
        stmt.where(Customer.merged_into_id.is_(None))
        .order_by(Customer.last_activity_at.desc(), Customer.id.desc())
        .limit(limit)
    )


def search(session: Session, query: str, limit: int = SEARCH_LIMIT) -> list[CustomerHit]:
    """Customers whose name, e-mail, handle or phone contains *query*, most recently active first.

    Case, accents and phone punctuation are ignored ("+998 90 123-45" finds +99890123 45..).
    """
    stmt = search_statement(query, session.get_bind().dialect.name, limit)
    if stmt is None:
        return []
    return [CustomerHit(*row) for row in session.execute(stmt)]


@dataclass(frozen=True)
class IdentityView:
    id: int
    kind: str
    value: str
    label: str | None


@dataclass(frozen=True)
class CustomerCard:
    id: int
    display_name: str
    given_name: str | None
    family_name: str | None
    language: str | None
    country: str | None
    timezone: str | None
    identities: list[IdentityView]
    interaction_count: int
    open_count: int
    merged_into_id: int | None


def card(session: Session, customer_id: int) -> CustomerCard | None:
    customer = session.get(Customer, customer_id)
    if customer is None:
        return None
    idents = session.scalars(
        select(Identity).where(Identity.customer_id == customer_id).order_by(Identity.kind, Identity.id)
    ).all()
    total, open_ = session.execute(
        select(func.count(), func.count().filter(Interaction.status != "closed")).where(
            Interaction.customer_id == customer_id
        )
    ).one()
    return CustomerCard(
        id=customer.id,
        display_name=customer.display_name,
        given_name=customer.given_name,
        family_name=customer.family_name,
        language=customer.language,
        country=customer.country,
        timezone=customer.timezone or default_timezone(customer.country),
        identities=[IdentityView(i.id, i.kind, i.value, i.label) for i in idents],
        interaction_count=total,
        open_count=open_,
        merged_into_id=customer.merged_into_id,
    )


def default_timezone(country: str | None, now: datetime | None = None) -> str | None:
    """The country's zone when its clocks agree: one zone, or several on the same UTC offset
    (Uzbekistan's Tashkent and Samarkand). Countries spanning offsets (US, RU, BR, MN) get None."""
    if not country:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from babel.core import get_global

    zones = get_global("territory_zones").get(country.upper(), [])
    if not zones:
        return None
    moment = now or datetime.now(UTC)
    try:
        offsets = {moment.astimezone(ZoneInfo(z)).utcoffset() for z in zones}
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return max(zones) if len(offsets) == 1 else None
