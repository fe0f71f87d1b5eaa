"""What the customer card shows, gathered in one unit of work."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from agent_console.core import customers, identity
from agent_console.core.customers import CustomerCard
from agent_console.core.identity import MergeSuggestion


@dataclass(frozen=True)
class MergeView:
    id: int
    source_id: int
    source_name: str
    merged_at: object


@dataclass(frozen=True)
class Profile:
    card: CustomerCard
    suggestions: list[MergeSuggestion]
    merges: list[MergeView]


def load(session: Session, customer_id: int) -> Profile | None:
    card = customers.card(session, customer_id)
    if card is None:
        return None
    merges = []
    for record in identity.merges_of(session, customer_id):
        source = customers.card(session, record.source_id)
        merges.append(
            MergeView(record.id, record.source_id, source.display_name if source else "?", record.merged_at)
        )
    return Profile(card, identity.suggestions_for(session, customer_id), merges)
