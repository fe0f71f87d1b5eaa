"""Small builders for test data, written through the real core services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agent_console.core import identity
from agent_console.core.db import Database
from agent_console.core.models import Agent, Customer, Event, Interaction

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
