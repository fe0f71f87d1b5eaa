"""The people who use the console."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_console.core.models import Agent, Role


def list_agents(session: Session) -> list[Agent]:
    return list(session.scalars(select(Agent).where(Agent.active.is_(True)).order_by(Agent.name)))


def ensure_agent(session: Session, agent_id: int | None, default_name: str) -> Agent:
    """The agent at this desk; on an empty database a first (admin) agent is created."""
    if agent_id:
        agent = session.get(Agent, agent_id)
        if agent is not None:
            return agent
    agent = session.scalar(select(Agent).where(Agent.active.is_(True)).order_by(Agent.id).limit(1))
    if agent is None:
        agent = Agent(name=default_name, role=Role.ADMIN.value, locale="en", timezone="UTC")
        session.add(agent)
        session.flush()
    return agent
