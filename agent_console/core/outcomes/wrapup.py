"""Closing an interaction with a wrap-up, correcting it later, and the drafts that survive a crash.

``save`` validates, writes the outcome, closes the interaction, schedules the follow-up,
clears the wrap-up draft and updates the KPI links and rollup, all in the caller's one
transaction.  ``correct`` changes a saved outcome and records every changed field in
``outcome_changes`` (who, when, old → new).  Problems come back as :class:`WrapUpError`
with one :class:`Problem` per field, for the panel to show beside the field.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from agent_console.core.models import (
    Agent,
    Customer,
    Direction,
    Event,
    EventKind,
    FollowUp,
    Interaction,
    InteractionStatus,
    Outcome,
    OutcomeChange,
    WrapUpDraft,
    utcnow,
)
from agent_console.core.outcomes import codes, kpi

SCORE_RANGES = {"csat": (1, 5), "nps": (0, 10), "ces": (1, 7)}
#: A follow-up must be at least this far ahead (a minute of slack for filling in the panel).
FOLLOW_UP_SLACK = timedelta(minutes=1)
CORRECTABLE = ("disposition", "reason", "resolved", "notes", "csat", "nps", "ces")


@dataclass(frozen=True)
class Problem:
    field: str
    message: str


class WrapUpError(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


@dataclass
class FollowUpRequest:
    due_at: datetime
    basis: str = "agent"  # "customer" or "agent": whose clock the time was set on
    timezone: str = "UTC"
    reason: str = ""


@dataclass
class WrapUp:
    disposition: str | None = None
    reason: str | None = None
    resolved: bool | None = None
    notes: str = ""
    csat: int | None = None
    nps: int | None = None
    ces: int | None = None
    follow_up: FollowUpRequest | None = None

    @classmethod
    def of(cls, outcome: Outcome) -> WrapUp:
        """The correctable fields of a saved outcome (no follow-up: that lives in follow_ups)."""
        return cls(
            outcome.disposition,
            outcome.reason,
            outcome.resolved,
            outcome.notes,
            outcome.csat,
            outcome.nps,
            outcome.ces,
        )

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        if self.follow_up is not None:
            data["follow_up"]["due_at"] = self.follow_up.due_at.isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WrapUp:
        known = {k: data.get(k) for k in ("disposition", "reason", "resolved", "csat", "nps", "ces")}
        follow = data.get("follow_up")
        request = None
        if isinstance(follow, dict) and follow.get("due_at"):
            try:
                due = datetime.fromisoformat(follow["due_at"])
            except (TypeError, ValueError):
                due = None
            if due is not None and due.tzinfo is not None:
                request = FollowUpRequest(
                    due,
                    str(follow.get("basis", "agent")),
                    str(follow.get("timezone", "UTC")),
                    str(follow.get("reason", "")),
                )
        wrap = cls(notes=str(data.get("notes") or ""), follow_up=request)
        for key, value in known.items():
            if key == "resolved":
                wrap.resolved = value if isinstance(value, bool) else None
            elif key in SCORE_RANGES:
                setattr(wrap, key, value if isinstance(value, int) and not isinstance(value, bool) else None)
            else:
                setattr(wrap, key, value if isinstance(value, str) and value else None)
        return wrap


@dataclass
class OutcomeView:
    """A saved outcome as the panel and the timeline show it."""

    interaction_id: int
    queue: str
    wrap: WrapUp
    handle_seconds: int
    closed_at: datetime
    agent_id: int | None
    changes: list[tuple[datetime, str | None, str, str | None, str | None]] = field(default_factory=list)


def validate(
    session: Session, queue: str, wrap: WrapUp, now: datetime | None = None, *, new: bool = True
) -> list[Problem]:
    """What is wrong with *wrap* in *queue*; an empty list when it can be saved."""
    now = now or utcnow()
    available = codes.for_queue(session, queue, include_inactive=True)
    problems: list[Problem] = []
    required = set(available.required)
    if "disposition" in required and not wrap.disposition:
        problems.append(Problem("disposition", "Choose a disposition."))
    if wrap.disposition:
        code = available.disposition(wrap.disposition)
        if code is None or not code.selectable:
            problems.append(
                Problem("disposition", f"“{wrap.disposition}” is not a disposition of this queue.")
            )
        elif not code.active:
            problems.append(
                Problem(
                    "disposition", f"The disposition “{code.label('en')}” was removed since; choose another."
                )
            )
    if "reason" in required and not wrap.reason:
        problems.append(Problem("reason", "Choose the contact reason."))
    if wrap.reason:
        reason = available.reason(wrap.reason)
        if reason is None:
            problems.append(Problem("reason", f"“{wrap.reason}” is not a contact reason of this queue."))
        elif not reason.active:
            problems.append(
                Problem(
                    "reason", f"The contact reason “{reason.label('en')}” was removed since; choose another."
                )
            )
    if "resolved" in required and wrap.resolved is None:
        problems.append(Problem("resolved", "Say whether the issue was resolved."))
    if "notes" in required and not wrap.notes.strip():
        problems.append(Problem("notes", "This queue needs a note."))
    for name, (low, high) in SCORE_RANGES.items():
        value = getattr(wrap, name)
        if value is not None and not low <= value <= high:
            problems.append(Problem(name, f"{name.upper()} is between {low} and {high}; {value} is not."))
    if wrap.follow_up is not None and new:
        follow = wrap.follow_up
        if follow.due_at.tzinfo is None:
            problems.append(Problem("follow_up", "The follow-up time has no time zone."))
        elif follow.due_at < now - FOLLOW_UP_SLACK:
            problems.append(Problem("follow_up", "The follow-up is in the past; pick a later time."))
        if follow.basis not in ("customer", "agent"):
            problems.append(
                Problem("follow_up", "A follow-up is set on the customer's or the agent's clock.")
            )
    return problems


def _first_response_seconds(session: Session, interaction: Interaction) -> int | None:
    """First inbound event of the contact → first outbound message or call to that customer, any channel."""
    first_in = session.scalar(
        select(func.min(Event.occurred_at)).where(
            Event.interaction_id == interaction.id, Event.direction == Direction.IN.value
        )
    )
    if first_in is None:
        return None
    first_out = session.scalar(
        select(func.min(Event.occurred_at)).where(
            Event.customer_id == interaction.customer_id,
            Event.direction == Direction.OUT.value,
            Event.kind.in_([EventKind.MESSAGE.value, EventKind.CALL.value]),
            Event.occurred_at >= first_in,
        )
    )
    return int((first_out - first_in).total_seconds()) if first_out is not None else None


def _call_seconds(session: Session, interaction_id: int) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.sum(Event.duration_seconds), 0)).where(
                Event.interaction_id == interaction_id, Event.kind == EventKind.CALL.value
            )
        )
        or 0
    )


def save(
    session: Session,
    interaction_id: int,
    wrap: WrapUp,
    *,
    agent_id: int | None,
    acw_seconds: int = 0,
    now: datetime | None = None,
) -> Outcome:
    """Record the outcome and close the interaction (one transaction, the caller's)."""
    now = now or utcnow()
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        raise WrapUpError([Problem("interaction", "This conversation no longer exists.")])
    if session.get(Outcome, interaction_id) is not None:
        raise WrapUpError(
            [Problem("interaction", "This conversation was already wrapped up; correct its outcome instead.")]
        )
    problems = validate(session, interaction.queue, wrap, now)
    if problems:
        raise WrapUpError(problems)
    customer = session.get(Customer, interaction.customer_id)
    assert customer is not None
    owner_id = agent_id if agent_id is not None else interaction.assigned_agent_id
    owner = session.get(Agent, owner_id) if owner_id is not None else None
    tz = kpi.report_timezone(session)
    # Active time: what the app measured with the contact in front of the agent, or the call's
    # length when the call was taken on a desk phone and the app saw less of it.
    active = max(interaction.active_seconds or 0, _call_seconds(session, interaction_id))
    acw = max(0, int(acw_seconds))
    opened = interaction.opened_at
    outcome = Outcome(
        interaction_id=interaction_id,
        customer_id=interaction.customer_id,
        agent_id=owner_id,
        team=owner.team if owner is not None else None,
        queue=interaction.queue,
        channel=interaction.channel,
        country=customer.country,
        language=(customer.language or "").split("_")[0].split("-")[0] or None,
        disposition=wrap.disposition or "",
        reason=wrap.reason,
        resolved=bool(wrap.resolved),
        notes=wrap.notes.strip(),
        csat=wrap.csat,
        nps=wrap.nps,
        ces=wrap.ces,
        active_seconds=active,
        acw_seconds=acw,
        handle_seconds=active + acw,
        first_response_seconds=_first_response_seconds(session, interaction),
        opened_at=opened,
        closed_at=now,
        opened_epoch=int(opened.timestamp()),
        closed_epoch=int(now.timestamp()),
        day=kpi.day_of(now, tz),
        created_by_id=agent_id,
        updated_at=now,
    )
    session.add(outcome)
    interaction.status = InteractionStatus.CLOSED.value
    interaction.closed_at = now
    interaction.unread = False
    if wrap.follow_up is not None:
        follow = wrap.follow_up
        session.add(
            FollowUp(
                interaction_id=interaction_id,
                customer_id=interaction.customer_id,
                agent_id=agent_id,
                due_at=follow.due_at,
                basis=follow.basis,
                timezone=follow.timezone,
                reason=follow.reason.strip()[:300],
                created_at=now,
            )
        )
    session.execute(delete(WrapUpDraft).where(WrapUpDraft.interaction_id == interaction_id))
    kpi.after_change(session, [interaction.customer_id], [outcome.day])
    return outcome


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def correct(
    session: Session,
    interaction_id: int,
    changes: dict[str, Any],
    *,
    agent_id: int | None,
    now: datetime | None = None,
) -> list[OutcomeChange]:
    """Change a saved outcome; every changed field is kept in the audit trail."""
    now = now or utcnow()
    outcome = session.get(Outcome, interaction_id)
    if outcome is None:
        raise WrapUpError([Problem("interaction", "This conversation has no outcome to correct.")])
    unknown = set(changes) - set(CORRECTABLE)
    if unknown:
        raise WrapUpError([Problem(name, f"{name} cannot be corrected.") for name in sorted(unknown)])
    current = WrapUp.of(outcome)
    proposed = WrapUp(**{**{k: getattr(current, k) for k in CORRECTABLE}, **changes})
    problems = [
        p
        for p in validate(session, outcome.queue, proposed, now, new=False)
        # A code removed since may stay on an old outcome as long as the correction leaves it alone.
        if not (
            p.field in ("disposition", "reason") and p.field not in changes and "removed since" in p.message
        )
    ]
    if problems:
        raise WrapUpError(problems)
    recorded = []
    for name in CORRECTABLE:
        old, new = getattr(current, name), getattr(proposed, name)
        if name == "notes":
            new = (new or "").strip()
        if old == new:
            continue
        setattr(outcome, name, new)
        change = OutcomeChange(
            interaction_id=interaction_id,
            agent_id=agent_id,
            changed_at=now,
            field=name,
            old_value=_text(old),
            new_value=_text(new),
        )
        session.add(change)
        recorded.append(change)
    if recorded:
        outcome.updated_at = now
        kpi.after_change(session, [outcome.customer_id], [outcome.day])
    return recorded


def view(session: Session, interaction_id: int) -> OutcomeView | None:
    outcome = session.get(Outcome, interaction_id)
    if outcome is None:
        return None
    history = session.execute(
        select(
            OutcomeChange.changed_at,
            OutcomeChange.agent_id,
            OutcomeChange.field,
            OutcomeChange.old_value,
            OutcomeChange.new_value,
        )
        .where(OutcomeChange.interaction_id == interaction_id)
        .order_by(OutcomeChange.changed_at, OutcomeChange.id)
    ).all()
    names = dict(session.execute(select(Agent.id, Agent.name)).all()) if history else {}
    wrap = WrapUp.of(outcome)
    return OutcomeView(
        interaction_id,
        outcome.queue,
        wrap,
        outcome.handle_seconds,
        outcome.closed_at,
        outcome.agent_id,
        [(when, names.get(who), what, old, new) for when, who, what, old, new in history],
    )


# --- handle time and drafts -------------------------------------------------------------


def add_active_time(session: Session, interaction_id: int, seconds: float) -> None:
    """Add time the agent spent with the conversation open (called when they leave it)."""
    whole = int(seconds)
    if whole <= 0:
        return
    interaction = session.get(Interaction, interaction_id)
    if interaction is not None and interaction.status != InteractionStatus.CLOSED.value:
        interaction.active_seconds = (interaction.active_seconds or 0) + whole


def save_draft(
    session: Session, interaction_id: int, wrap: WrapUp, *, agent_id: int | None, acw_seconds: int
) -> None:
    """Upsert (INSERT … ON CONFLICT): two saves racing from worker threads never collide."""
    if session.get(Interaction, interaction_id) is None:
        return
    values = {
        "interaction_id": interaction_id,
        "agent_id": agent_id,
        "data": wrap.to_json(),
        "acw_seconds": max(0, int(acw_seconds)),
        "updated_at": utcnow(),
    }
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(WrapUpDraft).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=[WrapUpDraft.interaction_id],
        set_={k: stmt.excluded[k] for k in ("agent_id", "data", "acw_seconds", "updated_at")},
    )
    session.execute(stmt)


def load_draft(session: Session, interaction_id: int) -> tuple[WrapUp, int] | None:
    draft = session.get(WrapUpDraft, interaction_id)
    if draft is None:
        return None
    return WrapUp.from_json(draft.data or {}), draft.acw_seconds


def discard_draft(session: Session, interaction_id: int) -> None:
    session.execute(delete(WrapUpDraft).where(WrapUpDraft.interaction_id == interaction_id))


def unfinished(session: Session, agent_id: int | None) -> list[tuple[int, str]]:
    """Wrap-ups this agent started and never saved (a crash, a closed window): offered on start."""
    stmt = (
        select(WrapUpDraft.interaction_id, Customer.display_name)
        .join(Interaction, Interaction.id == WrapUpDraft.interaction_id)
        .join(Customer, Customer.id == Interaction.customer_id)
        .where(Interaction.status != InteractionStatus.CLOSED.value)
        .order_by(WrapUpDraft.updated_at.desc())
    )
    if agent_id is not None:
        stmt = stmt.where(WrapUpDraft.agent_id == agent_id)
    return [(int(i), str(n)) for i, n in session.execute(stmt)]


def zone_time(local: datetime, zone: str) -> datetime:
    """A wall-clock time in *zone* (naive) as an aware datetime."""
    return local.replace(tzinfo=ZoneInfo(zone))
