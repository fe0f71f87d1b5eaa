from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent_console import paths
from agent_console.core import demo
from agent_console.core.db import Database
from agent_console.core.identity import suggestions_for
from agent_console.core.models import Customer, Event, Identity, Interaction

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
REQUIRED = {"UZ", "GR", "MN", "GE", "JP", "DE", "BR", "SA", "US"}


def test_content_files_are_complete_and_use_only_known_placeholders() -> None:
    files = sorted((paths.resources_dir() / "demo" / "locales").glob("*.json"))
    assert len(files) >= 15
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert path.stem == data["country"]
        assert {t["topic"] for t in data["threads"]} == set(demo.TOPICS), path.name
        assert sum(1 for t in data["threads"] if t["long"]) == 1, path.name
        for thread in data["threads"]:
            for message in thread["messages"]:
                names = set(re.findall(r"\{(\w+)\}", message["text"]))
                assert names <= set(demo.PLACEHOLDERS), (path.name, names)


def _fingerprint(db: Database) -> list[tuple]:
    with db.session() as s:
        return list(
            s.execute(
                select(Customer.display_name, Customer.country, Customer.language).order_by(Customer.id)
            ).all()
        ) + list(s.execute(select(Event.body_text, Event.channel).order_by(Event.id).limit(500)).all())


def test_demo_is_deterministic_multilingual_and_realistic(tmp_path: Path) -> None:
    first = Database.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    second = Database.open(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    summary = demo.generate(first, customers=200, events=3000, seed=5, now=NOW)
    demo.generate(second, customers=200, events=3000, seed=5, now=NOW)
    assert _fingerprint(first) == _fingerprint(second)
    assert summary.events >= 3000 and summary.customers >= 200
    with first.session() as s:
        countries = set(s.scalars(select(Customer.country).distinct()))
        languages = set(s.scalars(select(Event.language).distinct()))
        channels = set(s.scalars(select(Event.channel).distinct()))
        assert countries >= REQUIRED and len(countries) >= 15
        assert {"uz", "el", "mn", "ka", "ja", "de", "pt", "ar", "en"} <= languages
        assert {"email", "phone", "sms", "whatsapp", "telegram", "chat"} <= channels
        assert s.scalar(select(func.max(Event.occurred_at))) <= NOW  # nothing happens in the future
        assert (
            s.scalar(select(func.count()).select_from(Interaction).where(Interaction.status != "closed")) > 10
        )
        longest = s.execute(
            select(Event.customer_id, func.count())
            .group_by(Event.customer_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        assert longest[1] >= 50  # some customers have long histories
        assert s.scalar(select(func.count()).select_from(Event).where(func.length(Event.body_text) > 900)) > 0
        assert (
            s.scalar(
                select(func.count())
                .select_from(Event)
                .where(Event.kind == "call", Event.duration_seconds > 0)
            )
            > 0
        )
        multi = s.execute(
            select(Identity.customer_id)
            .group_by(Identity.customer_id)
            .having(func.count(func.distinct(Identity.kind)) > 1)
        ).all()
        assert len(multi) > 20  # several channels per customer
        with_suggestions = [c for c in s.scalars(select(Customer.id).limit(200)) if suggestions_for(s, c)]
        assert with_suggestions  # the demo shows merge suggestions
        leftover = s.scalar(
            select(func.count()).select_from(Event).where(Event.body_text.like("%{customer_%"))
        )
        assert leftover == 0
    first.close()
    second.close()


def test_heavy_customer_and_refusal_of_non_empty_database(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    demo.generate(db, customers=30, events=400, seed=1, heavy_customer_events=1500, now=NOW)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Event).where(Event.customer_id == 1)) >= 1500
    with pytest.raises(demo.DemoError, match="empty database"):
        demo.generate(db, customers=5, events=10)
    db.close()


def test_demo_on_postgres_keeps_sequences_usable(pg_schema_url: str) -> None:
    from tests.factories import add_customer

    db = Database.open(pg_schema_url)
    demo.generate(db, customers=25, events=200, seed=3, now=NOW)
    new_id = add_customer(db, "After Demo")  # the id sequence was moved past the demo rows
    with db.session() as s:
        assert new_id > s.scalar(select(func.count()).select_from(Customer)) - 1
    db.close()
