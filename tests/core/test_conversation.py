from __future__ import annotations

import pytest
from sqlalchemy import select

from agent_console.core import conversation, timeline
from agent_console.core.conversation import ConversationError
from agent_console.core.models import Draft, Interaction
from tests.factories import add_agent, add_customer, add_interaction


def test_draft_upsert_and_clear(database) -> None:
    customer = add_customer(database, "Giorgos Nikolaou", country="GR")
    interaction = add_interaction(database, customer, "chat")
    with database.session() as s:
        conversation.save_draft(s, interaction, "Καλησπέρα σας,")
    with database.session() as s:
        conversation.save_draft(s, interaction, "Καλησπέρα σας, κύριε Νικολάου")
    with database.session() as s:
        assert conversation.load_draft(s, interaction).body == "Καλησπέρα σας, κύριε Νικολάου"
        conversation.save_draft(s, interaction, "   ")
    with database.session() as s:
        assert conversation.load_draft(s, interaction) is None


def test_send_records_outbound_and_clears_draft(database) -> None:
    agent = add_agent(database, "Nodira Yusupova")
    customer = add_customer(database, "Jasur Toshmatov", country="UZ")
    interaction = add_interaction(database, customer, "telegram")
    with database.session() as s:
        conversation.save_draft(s, interaction, "Assalomu alaykum")
    with database.session() as s:
        event = conversation.send_reply(s, interaction, "  Assalomu alaykum, Jasur!  ", agent_id=agent)
        event_id = event.id
    with database.session() as s:
        newest = timeline.page(s, customer, limit=1)[0]
        assert newest.id == event_id
        assert (newest.direction, newest.channel, newest.author_name) == (
            "out",
            "telegram",
            "Nodira Yusupova",
        )
        assert newest.preview == "Assalomu alaykum, Jasur!"
        assert newest.delivery_status == "recorded"
        assert s.scalar(select(Draft).where(Draft.interaction_id == interaction)) is None
        assert s.get(Interaction, interaction).last_preview == "Assalomu alaykum, Jasur!"


def test_send_rejects_empty_and_unknown(database) -> None:
    customer = add_customer(database, "X")
    interaction = add_interaction(database, customer)
    with database.session() as s, pytest.raises(ConversationError):
        conversation.send_reply(s, interaction, " \n ", agent_id=None)
    with database.session() as s, pytest.raises(ConversationError):
        conversation.send_reply(s, 424242, "hello", agent_id=None)


def test_open_conversation_marks_read_and_knows_the_clock(database) -> None:
    customer = add_customer(database, "Tamar", country="GE")
    interaction = add_interaction(database, customer)
    with database.session() as s:
        s.get(Interaction, interaction).unread = True
    with database.session() as s:
        info = conversation.open_conversation(s, interaction)
        assert info.customer_timezone == "Asia/Tbilisi"  # the country's only zone
    with database.session() as s:
        assert s.get(Interaction, interaction).unread is False
