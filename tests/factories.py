"""Small builders for test data, written through the real core services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agent_console.core import identity
from agent_console.core.db import Database
from agent_console.core.models import Agent, Customer, Event, Interaction
from agent_console.core.outcomes import wrapup

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def add_agent(db: Database, name: str = "Ana Test", role: str = "agent") -> int:
    with db.session() as s:
        agent = Agent(name=name, role=role, locale="en", timezone="UTC")
        s.add(agent)
        s.flush()
        return agent.id


def add_customer(
    db: Database,
    name: str,
    *,
    country: str | None = None,
    language: str | None = None,
    identities: tuple[tuple[str, str], ...] = (),
    region: str | None = None,
) -> int:
    with db.session() as s:
        customer = Customer(
            display_name=name, country=country, language=language, name_key="", search_text="", attributes={}
        )
        s.add(customer)
        s.flush()
        for kind, value in identities:
            identity.add_identity(s, customer, kind, value, default_region=region or country)
        identity.refresh_search_fields(s, customer)
        return customer.id


def add_interaction(
    db: Database,
    customer_id: int,
    channel: str = "email",
    *,
    messages: int = 3,
    start: datetime = T0,
    step: timedelta = timedelta(minutes=10),
    status: str = "open",
    subject: str = "Order question",
    texts: list[str] | None = None,
) -> int:
    with db.session() as s:
        interaction = Interaction(
            customer_id=customer_id,
            channel=channel,
            subject=subject,
            status=status,
            opened_at=start,
            last_activity_at=start,
        )
        s.add(interaction)
        s.flush()
        when = start
        for n in range(messages):
            body = texts[n] if texts and n < len(texts) else f"message {n} on {channel}"
            s.add(
                Event(
                    interaction_id=interaction.id,
                    customer_id=customer_id,
                    channel=channel,
                    kind="message",
                    direction="in" if n % 2 == 0 else "out",
                    author_name="x",
                    body_text=body,
                    occurred_at=when,
                    meta={},
                )
            )
            interaction.last_activity_at = when
            when += step
        customer = s.get(Customer, customer_id)
        assert customer is not None
        if customer.last_activity_at is None or customer.last_activity_at < interaction.last_activity_at:
            customer.last_activity_at = interaction.last_activity_at
        return interaction.id


def t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def close(db: Database, interaction_id: int, when: datetime, agent: int, active: int, **fields) -> None:
    with db.session() as s:
        wrapup.add_active_time(s, interaction_id, active)
    with db.session() as s:
        wrapup.save(s, interaction_id, wrapup.WrapUp(**fields), agent_id=agent, acw_seconds=30, now=when)


def add_march_outcomes(db: Database) -> dict[str, int]:
    """The hand-computed outcomes fixture of tests/core/test_outcomes.py (see its table)."""
    a1, a2 = add_agent(db, "Ana One"), add_agent(db, "Bo Two")
    c1 = add_customer(db, "Nino Beridze", country="GE", language="ka")
    c2 = add_customer(db, "Eleni Georgiou", country="GR", language="el")
    c3 = add_customer(db, "Aziz Karimov", country="UZ", language="uz")
    add = add_interaction
    i1 = add(db, c1, "email", messages=3, start=t(2, 9), step=timedelta(minutes=10))
    i2 = add(db, c1, "sms", messages=2, start=t(5, 9), step=timedelta(minutes=5))
    i3 = add(db, c1, "chat", messages=1, start=t(20, 12))
    i4 = add(db, c2, "email", messages=2, start=t(3, 8), step=timedelta(hours=1))
    i5 = add(db, c3, "telegram", messages=2, start=t(4, 10), step=timedelta(minutes=2))
    i6 = add(db, c3, "whatsapp", messages=2, start=t(6, 10), step=timedelta(minutes=1))
    close(
        db,
        i1,
        t(2, 10),
        a1,
        300,
        disposition="answered",
        reason="delivery_delay",
        resolved=True,
        csat=5,
        nps=10,
    )
    close(
        db,
        i2,
        t(5, 9, 30),
        a2,
        200,
        disposition="fixed",
        reason="delivery_delay",
        resolved=True,
        csat=2,
        nps=6,
        ces=5,
    )
    close(db, i3, t(20, 12, 20), a1, 100, disposition="escalated", reason="refund_request", resolved=False)
    close(
        db,
        i4,
        t(3, 10),
        a2,
        400,
        disposition="fixed",
        reason="payment_failed",
        resolved=True,
        csat=4,
        nps=9,
        ces=2,
    )
    close(
        db,
        i5,
        t(4, 10, 10),
        a1,
        60,
        disposition="answered",
        reason="account_login",
        resolved=True,
        csat=3,
        nps=8,
    )
    close(db, i6, t(6, 10, 5), a1, 40, disposition="answered", reason="product_question", resolved=True)
    return {
        "a1": a1,
        "a2": a2,
        "c1": c1,
        "c2": c2,
        "c3": c3,
        "i1": i1,
        "i2": i2,
        "i3": i3,
        "i4": i4,
        "i5": i5,
        "i6": i6,
    }
