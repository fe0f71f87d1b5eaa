"""Who is this customer?  Normalising channel addresses, linking, merging, undoing.

Exact matches (the same normalised address) link to the same customer automatically.
Likely matches (same folded name in the same country; two spellings of one phone number
or e-mail address) are only *suggested*; an agent decides.  Every merge is recorded with
the ids it moved, so undoing it restores both customers without losing an event.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import phonenumbers
from sqlalchemy import and_, func, or_, select, tuple_, update
from sqlalchemy.orm import Session, aliased

from agent_console.core.models import (
    Customer,
    Event,
    FollowUp,
    Identity,
    IdentityKind,
    Interaction,
    Merge,
    MergeDismissal,
    Outcome,
    utcnow,
)
from agent_console.core.outcomes import kpi
from agent_console.core.text import digits, fold, name_key

PHONE_KINDS = (IdentityKind.PHONE.value, IdentityKind.WHATSAPP.value)
MERGEABLE_PROFILE_FIELDS = ("given_name", "family_name", "language", "country", "timezone")
GMAIL_DOMAINS = {"gmail.com", "googlemail.com"}


class IdentityError(ValueError):
    """An address that cannot be normalised; the message says which and why."""


class MergeError(ValueError):
    pass


def normalize(kind: str, raw: str, default_region: str | None = None) -> str:
    value = raw.strip()
    if not value:
        raise IdentityError(f"empty {kind} address")
    if kind == IdentityKind.EMAIL:
        if value.lower().startswith("mailto:"):
            value = value[7:]
        local, at, domain = value.rpartition("@")
        if not at or not local or "." not in domain:
            raise IdentityError(f"'{raw}' is not an e-mail address")
        return f"{local}@{domain}".lower()
    if kind in PHONE_KINDS:
        region = (default_region or "").upper() or None
        try:
            number = phonenumbers.parse(value.removeprefix("whatsapp:"), region)
        except phonenumbers.NumberParseException as exc:
            raise IdentityError(f"'{raw}' is not a phone number ({exc})") from exc
        if not phonenumbers.is_possible_number(number):
            raise IdentityError(f"'{raw}' is not a possible phone number")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if kind == IdentityKind.TELEGRAM:
        return value if value.lstrip("-").isdigit() else "@" + value.lstrip("@").lower()
    if kind == IdentityKind.SOCIAL:
        return value.lower()
    return value


def match_key(kind: str, value: str) -> str | None:
    if kind in PHONE_KINDS:
        d = digits(value)
        return "tel:" + d[-9:] if len(d) >= 7 else None
    if kind == IdentityKind.EMAIL:
        local, _, domain = value.partition("@")
        local = local.split("+", 1)[0]
        if domain in GMAIL_DOMAINS:
            local, domain = local.replace(".", ""), "gmail.com"
        return f"mail:{local}@{domain}"
    return None


def phone_region(e164: str) -> str | None:
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(e164)) or None
    except phonenumbers.NumberParseException:
        return None


def search_text_for(customer: Customer, identities: Iterable[Identity]) -> str:
    parts = [fold(customer.display_name)]
    for ident in identities:
        parts.append(fold(ident.value))
        if ident.kind in PHONE_KINDS:
            parts.append(digits(ident.value))
            try:
                national = phonenumbers.national_significant_number(phonenumbers.parse(ident.value))
                parts.append(national)
            except phonenumbers.NumberParseException:
                pass
    return " ".join(dict.fromkeys(p for p in parts if p))


def refresh_search_fields(session: Session, customer: Customer) -> None:
    idents = session.scalars(select(Identity).where(Identity.customer_id == customer.id)).all()
    customer.name_key = name_key(customer.display_name)
    customer.search_text = search_text_for(customer, idents)


def find_identity(session: Session, kind: str, value: str) -> Identity | None:
    return session.scalar(select(Identity).where(Identity.kind == kind, Identity.value == value))


def add_identity(
    session: Session,
    customer: Customer,
    kind: str,
    raw: str,
    default_region: str | None = None,
    label: str | None = None,
) -> Identity:
    value = normalize(kind, raw, default_region)
    existing = find_identity(session, kind, value)
    if existing is not None:
        if existing.customer_id != customer.id:
            raise IdentityError(f"{kind} {value} already belongs to another customer; merge them instead")
        return existing
    ident = Identity(
        customer_id=customer.id,
        kind=kind,
        value=value,
        raw_value=raw,
        label=label,
        match_key=match_key(kind, value),
    )
    session.add(ident)
    session.flush()
    refresh_search_fields(session, customer)
    return ident


@dataclass
class Resolution:
    customer: Customer
    identity: Identity
    created_customer: bool


def resolve(
    session: Session,
    kind: str,
    raw: str,
    *,
    display_name: str | None = None,
    default_region: str | None = None,
    language: str | None = None,
) -> Resolution:
    """The customer behind an address, linking exact matches and creating one when unknown.

    A phone number known under another phone-like channel (SMS vs WhatsApp) is the same
    number, so it is an exact match too.
    """
    value = normalize(kind, raw, default_region)
    ident = find_identity(session, kind, value)
    if ident is not None:
        return Resolution(session.get(Customer, ident.customer_id), ident, False)  # type: ignore[arg-type]
    customer: Customer | None = None
    if kind in PHONE_KINDS:
        sibling = session.scalar(
            select(Identity).where(Identity.kind.in_(PHONE_KINDS), Identity.value == value)
        )
        if sibling is not None:
            customer = session.get(Customer, sibling.customer_id)
    created = customer is None
    if customer is None:
        country = phone_region(value) if kind in PHONE_KINDS else None
        customer = Customer(
            display_name=display_name or raw.strip(),
            language=language,
            country=country,
            name_key="",
            search_text="",
            attributes={},
        )
        session.add(customer)
        session.flush()
    ident = add_identity(session, customer, kind, raw, default_region)
    return Resolution(customer, ident, created)


@dataclass(frozen=True)
class AddressRequest:
    """One address to resolve in bulk; ``value`` is already normalised."""

    kind: str
    value: str
    raw: str
    display_name: str | None = None
    language: str | None = None


def resolve_many(session: Session, requests: Sequence[AddressRequest]) -> list[tuple[int, int, bool]]:
    """:func:`resolve` for many addresses at once (importers, connectors' batches).

    Returns ``(customer_id, identity_id, created_customer)`` per request, in order.  The same
    rules as :func:`resolve` (exact matches, one number across SMS and WhatsApp), in a handful of
    queries and two flushes however many addresses there are.
    """
    keys = list(dict.fromkeys((r.kind, r.value) for r in requests))
    known: dict[tuple[str, str], tuple[int, int]] = {}
    for start in range(0, len(keys), 300):
        chunk = keys[start : start + 300]
        rows = session.execute(
            select(Identity.kind, Identity.value, Identity.customer_id, Identity.id).where(
                tuple_(Identity.kind, Identity.value).in_(chunk)
            )
        )
        for kind, value, customer_id, identity_id in rows:
            known[(kind, value)] = (customer_id, identity_id)
    first = {(r.kind, r.value): r for r in reversed(requests)}  # the first request of each address
    missing = [key for key in keys if key not in known]
    phones = sorted({value for kind, value in missing if kind in PHONE_KINDS})
    owner_of_number: dict[str, int] = {}
    for start in range(0, len(phones), 300):
        rows = session.execute(
            select(Identity.value, Identity.customer_id).where(
                Identity.kind.in_(PHONE_KINDS), Identity.value.in_(phones[start : start + 300])
            )
        )
        owner_of_number.update({value: customer_id for value, customer_id in rows})
    created: set[int] = set()
    new_customers: dict[tuple[str, str], Customer] = {}
    for key in missing:
        kind, value = key
        if kind in PHONE_KINDS and value in owner_of_number:
            continue
        request = first[key]
        sibling = next(
            (
                c
                for (k, v), c in new_customers.items()
                if kind in PHONE_KINDS and k in PHONE_KINDS and v == value
            ),
            None,
        )
        new_customers[key] = sibling or Customer(
            display_name=request.display_name or request.raw.strip(),
            language=request.language,
            country=phone_region(value) if kind in PHONE_KINDS else None,
            name_key="",
            search_text="",
            attributes={},
        )
    session.add_all({id(c): c for c in new_customers.values()}.values())
    session.flush()
    idents: dict[tuple[str, str], Identity] = {}
    grown: set[int] = set()
    for key in missing:
        kind, value = key
        customer_id = new_customers[key].id if key in new_customers else owner_of_number[value]
        if key not in new_customers:
            grown.add(customer_id)
        idents[key] = Identity(
            customer_id=customer_id,
            kind=kind,
            value=value,
            raw_value=first[key].raw,
            match_key=match_key(kind, value),
        )
    session.add_all(idents.values())
    session.flush()
    for key, ident in idents.items():
        known[key] = (ident.customer_id, ident.id)
        if key in new_customers:
            created.add(ident.customer_id)
    by_customer: dict[int, list[Identity]] = {}
    for ident in idents.values():
        by_customer.setdefault(ident.customer_id, []).append(ident)
    for customer in {id(c): c for c in new_customers.values()}.values():
        customer.name_key = name_key(customer.display_name)
        customer.search_text = search_text_for(customer, by_customer.get(customer.id, []))
    for customer_id in grown - created:
        customer = session.get(Customer, customer_id)
        if customer is not None:
            refresh_search_fields(session, customer)
    answers = []
    reported: set[int] = set()
    for request in requests:
        customer_id, identity_id = known[(request.kind, request.value)]
        new = customer_id in created and customer_id not in reported
        reported.add(customer_id)
        answers.append((customer_id, identity_id, new))
    return answers


# --- merge suggestions ---------------------------------------------------------------


@dataclass(frozen=True)
class MergeSuggestion:
    customer_id: int
    other_id: int
    other_name: str
    reason: str  # "same_name_country" or "similar_address"
    detail: str


def _dismissed_pairs(session: Session, customer_id: int) -> set[int]:
    rows = session.execute(
        select(MergeDismissal.customer_a_id, MergeDismissal.customer_b_id).where(
            or_(MergeDismissal.customer_a_id == customer_id, MergeDismissal.customer_b_id == customer_id)
        )
    ).all()
    return {b if a == customer_id else a for a, b in rows}


def suggestions_for(session: Session, customer_id: int, limit: int = 10) -> list[MergeSuggestion]:
    """Likely duplicates of one customer, by indexed look-ups only."""
    me = session.get(Customer, customer_id)
    if me is None or me.merged_into_id is not None:
        return []
    dismissed = _dismissed_pairs(session, customer_id)
    found: dict[int, MergeSuggestion] = {}
    if me.name_key and me.country:
        rows = session.execute(
            select(Customer.id, Customer.display_name)
            .where(
                Customer.name_key == me.name_key,
                Customer.country == me.country,
                Customer.id != me.id,
                Customer.merged_into_id.is_(None),
            )
            .limit(limit)
        ).all()
        for cid, name in rows:
            found[cid] = MergeSuggestion(me.id, cid, name, "same_name_country", me.country)
    mine = aliased(Identity)
    theirs = aliased(Identity)
    rows = session.execute(
        select(theirs.customer_id, Customer.display_name, mine.value, theirs.value)
        .join(theirs, and_(theirs.match_key == mine.match_key, theirs.customer_id != mine.customer_id))
        .join(Customer, Customer.id == theirs.customer_id)
        .where(mine.customer_id == me.id, mine.match_key.is_not(None), Customer.merged_into_id.is_(None))
        .limit(limit)
    ).all()
    for cid, name, my_value, their_value in rows:
        found.setdefault(
            cid, MergeSuggestion(me.id, cid, name, "similar_address", f"{my_value} ~ {their_value}")
        )
    return [s for cid, s in found.items() if cid not in dismissed][:limit]


def dismiss_suggestion(session: Session, a: int, b: int, agent_id: int | None = None) -> None:
    lo, hi = sorted((a, b))
    exists = session.scalar(
        select(MergeDismissal.id).where(
            MergeDismissal.customer_a_id == lo, MergeDismissal.customer_b_id == hi
        )
    )
    if exists is None:
        session.add(MergeDismissal(customer_a_id=lo, customer_b_id=hi, agent_id=agent_id))


# --- merge and undo --------------------------------------------------------------------


def merge(
    session: Session, source_id: int, target_id: int, *, agent_id: int | None = None, reason: str = ""
) -> Merge:
    """Fold *source* into *target*: identities, interactions and events move; nothing is deleted."""
    if source_id == target_id:
        raise MergeError("a customer cannot be merged into itself")
    source = session.get(Customer, source_id)
    target = session.get(Customer, target_id)
    if source is None or target is None:
        raise MergeError("customer not found")
    if source.merged_into_id is not None or target.merged_into_id is not None:
        raise MergeError("one of these customers was already merged into another")
    ident_ids = list(session.scalars(select(Identity.id).where(Identity.customer_id == source_id)))
    interaction_ids = list(
        session.scalars(select(Interaction.id).where(Interaction.customer_id == source_id))
    )
    filled: dict[str, object] = {}
    for name in MERGEABLE_PROFILE_FIELDS:
        if getattr(target, name) in (None, "") and getattr(source, name) not in (None, ""):
            filled[name] = getattr(source, name)
            setattr(target, name, getattr(source, name))
    session.execute(update(Identity).where(Identity.customer_id == source_id).values(customer_id=target_id))
    session.execute(
        update(Interaction).where(Interaction.customer_id == source_id).values(customer_id=target_id)
    )
    session.execute(update(Event).where(Event.customer_id == source_id).values(customer_id=target_id))
    session.execute(update(Outcome).where(Outcome.customer_id == source_id).values(customer_id=target_id))
    session.execute(update(FollowUp).where(FollowUp.customer_id == source_id).values(customer_id=target_id))
    source.merged_into_id = target_id
    # One customer now: a call after an e-mail on the same reason becomes a repeat contact.
    kpi.after_change(session, [source_id, target_id])
    _refresh_activity(session, target)
    session.flush()
    refresh_search_fields(session, target)
    record = Merge(
        source_id=source_id,
        target_id=target_id,
        agent_id=agent_id,
        reason=reason,
        moved={"identities": ident_ids, "interactions": interaction_ids, "filled": filled},
    )
    session.add(record)
    session.flush()
    return record


def undo_merge(session: Session, merge_id: int, *, agent_id: int | None = None) -> Merge:
    record = session.get(Merge, merge_id)
    if record is None:
        raise MergeError("merge not found")
    if record.undone_at is not None:
        raise MergeError("this merge was already undone")
    source = session.get(Customer, record.source_id)
    target = session.get(Customer, record.target_id)
    assert source is not None and target is not None
    ident_ids = record.moved.get("identities", [])
    interaction_ids = record.moved.get("interactions", [])
    if ident_ids:
        session.execute(update(Identity).where(Identity.id.in_(ident_ids)).values(customer_id=source.id))
    if interaction_ids:
        session.execute(
            update(Interaction).where(Interaction.id.in_(interaction_ids)).values(customer_id=source.id)
        )
        session.execute(
            update(Event).where(Event.interaction_id.in_(interaction_ids)).values(customer_id=source.id)
        )
        for table in (Outcome, FollowUp):
            session.execute(
                update(table).where(table.interaction_id.in_(interaction_ids)).values(customer_id=source.id)
            )
        kpi.after_change(session, [source.id, target.id])
    for name, value in (record.moved.get("filled") or {}).items():
        if getattr(target, name) == value:  # only if nobody changed it since
            setattr(target, name, None)
    source.merged_into_id = None
    record.undone_at = utcnow()
    record.undone_by_id = agent_id
    session.flush()
    for customer in (source, target):
        _refresh_activity(session, customer)
        refresh_search_fields(session, customer)
    return record


def merges_of(session: Session, customer_id: int) -> list[Merge]:
    """Merges into this customer that can still be undone, newest first."""
    return list(
        session.scalars(
            select(Merge)
            .where(Merge.target_id == customer_id, Merge.undone_at.is_(None))
            .order_by(Merge.id.desc())
        )
    )


def _refresh_activity(session: Session, customer: Customer) -> None:
    latest: datetime | None = session.scalar(
        select(func.max(Interaction.last_activity_at)).where(Interaction.customer_id == customer.id)
    )
    customer.last_activity_at = latest
