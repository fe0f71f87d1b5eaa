"""The training sandbox: a database of its own, the persona as a customer, sessions on record.

Role-play never touches real customers: the trainee's console opens a separate database (a
SQLite file beside the real one, or the team's ``training_database_url``), seeded with the same
canned replies, wrap-up codes and scorecard, where each session's persona becomes a customer of
its own. The scripted customer's lines are filed with the connectors' own ``ingest``, so they
reach the inbox and timeline exactly as a real message would.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

import phonenumbers
from sqlalchemy import Select, case, func, select, update
from sqlalchemy.orm import Session

from agent_console import paths
from agent_console.core.models import (
    Agent,
    Event,
    ExchangeRate,
    IdentityKind,
    Interaction,
    Outcome,
    Reply,
    ReplyUsage,
    Role,
    TrainingCommand,
    TrainingSession,
    utcnow,
)
from agent_console.core.training.engine import Entry
from agent_console.core.training.schema import Scenario
from agent_console.core.training.scoring import Score

#: The identity kind a persona writes from, per channel.
ADDRESS_KIND = {
    "email": IdentityKind.EMAIL.value,
    "phone": IdentityKind.PHONE.value,
    "sms": IdentityKind.PHONE.value,
    "whatsapp": IdentityKind.WHATSAPP.value,
    "telegram": IdentityKind.TELEGRAM.value,
    "chat": IdentityKind.CHAT.value,
    "social": IdentityKind.SOCIAL.value,
}
#: Queues tried for a session's conversation: the first whose wrap-up codes hold the expected one.
QUEUES = ("general", "billing", "shipping")


def sandbox_url(configured: str = "") -> str:
    """The team's training database when one is set, else a SQLite file beside the real data."""
    return configured or f"sqlite:///{paths.data_dir() / 'training.sqlite3'}"


def prepare(session: Session) -> None:
    """What a trainee's console needs on a new sandbox: replies, codes, a scorecard, rates."""
    from agent_console.core.coaching import reviews
    from agent_console.core.culture import money
    from agent_console.core.outcomes import codes
    from agent_console.core.replies import library

    library.ensure_seeded(session)
    codes.ensure_seeded(session)
    reviews.ensure_default_scorecard(session)
    if not session.scalar(select(func.count()).select_from(ExchangeRate)):
        money.load_snapshot(session)


def sandbox_agent(session: Session, name: str, role: str = Role.AGENT.value, **fields: Any) -> Agent:
    """The sandbox's row for a person (found by name, so their history stays theirs)."""
    agent = session.scalar(select(Agent).where(Agent.name == name).order_by(Agent.id).limit(1))
    if agent is None:
        agent = Agent(
            name=name, role=role, locale=fields.get("locale") or "en", timezone=fields.get("timezone")
        )
        session.add(agent)
        session.flush()
    return agent


def begin(
    session: Session,
    scenario: Scenario,
    text: str,
    *,
    trainee: Agent,
    trainer_name: str | None,
    mode: str,
    title: str,
) -> TrainingSession:
    """A session the trainee's console starts now, on this desk."""
    return _record(session, scenario, text, trainee, trainer_name, mode, title, "running")


def assign(
    session: Session,
    scenario: Scenario,
    text: str,
    *,
    trainee_name: str,
    trainer_name: str,
    mode: str,
    title: str,
) -> TrainingSession:
    """A session for a trainee at another desk: it waits until their console takes it (``claim``)."""
    trainee = sandbox_agent(session, trainee_name)
    sandbox_agent(session, trainer_name, Role.TRAINER.value)
    return _record(session, scenario, text, trainee, trainer_name, mode, title, "assigned")


def _record(
    session: Session,
    scenario: Scenario,
    text: str,
    trainee: Agent,
    trainer_name: str | None,
    mode: str,
    title: str,
    status: str,
) -> TrainingSession:
    record = TrainingSession(
        scenario_id=scenario.id,
        scenario_title=title[:300],
        scenario_text=text,
        mode=mode,
        trainee_name=trainee.name,
        trainee_agent_id=trainee.id,
        trainer_name=trainer_name,
        status=status,
        started_at=utcnow(),
        checks=[],
        transcript=[],
        trainer_comments="",
    )
    session.add(record)
    session.flush()
    return record


@dataclass(frozen=True)
class Invitation:
    """A session a trainer assigned to this desk's agent, waiting to be taken."""

    id: int
    scenario_title: str
    mode: str
    trainer_name: str | None


def invitations_query(trainee_name: str) -> Select[Any]:
    """Run by every desk every few seconds: one range of ``ix_training_sessions_status``."""
    return (
        select(
            TrainingSession.id,
            TrainingSession.scenario_title,
            TrainingSession.mode,
            TrainingSession.trainer_name,
        )
        .where(TrainingSession.status == "assigned", TrainingSession.trainee_name == trainee_name)
        .order_by(TrainingSession.id)
    )


def invitations(session: Session, trainee_name: str) -> list[Invitation]:
    """Sessions assigned to *trainee_name* that no desk has taken yet, oldest first."""
    return [Invitation(*row) for row in session.execute(invitations_query(trainee_name))]


def claim(session: Session, session_id: int, trainee_name: str) -> TrainingSession | None:
    """Take an assigned session for this desk; None when it was cancelled or taken elsewhere.

    One conditional UPDATE, so two consoles logged in as the same trainee cannot both start it.
    """
    taken = session.execute(
        update(TrainingSession)
        .where(
            TrainingSession.id == session_id,
            TrainingSession.status == "assigned",
            TrainingSession.trainee_name == trainee_name,
        )
        .values(status="running", started_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount != 1:
        return None
    record = session.get(TrainingSession, session_id)
    assert record is not None
    session.refresh(record)
    return record


def withdraw(session: Session, session_id: int, status: str) -> bool:
    """The trainee declines ("declined") or the trainer cancels ("cancelled") a waiting session."""
    assert status in ("declined", "cancelled")
    done = session.execute(
        update(TrainingSession)
        .where(TrainingSession.id == session_id, TrainingSession.status == "assigned")
        .values(status=status, ended_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return done.rowcount == 1


# --- a live session across desks: commands one way, the published state the other ----------

COMMANDS = ("say", "pause", "resume", "end")


@dataclass(frozen=True)
class Command:
    id: int
    kind: str
    text: str


def send_command(session: Session, session_id: int, kind: str, text: str = "", by: str | None = None) -> int:
    """The trainer's side asks the trainee's console to play *kind*; the command's id."""
    if kind not in COMMANDS:
        raise ValueError(f"unknown training command {kind!r}")
    command = TrainingCommand(session_id=session_id, kind=kind, text=text, by_name=by, created_at=utcnow())
    session.add(command)
    session.flush()
    return command.id


def commands_query(session_id: int, after_id: int) -> Select[Any]:
    """Run twice a second in a live session: one range of ``ix_training_commands_session``."""
    return (
        select(TrainingCommand.id, TrainingCommand.kind, TrainingCommand.text)
        .where(TrainingCommand.session_id == session_id, TrainingCommand.id > after_id)
        .order_by(TrainingCommand.id)
    )


def commands_after(session: Session, session_id: int, after_id: int) -> list[Command]:
    """The commands the trainee's console has not played yet, in the order they were sent."""
    return [Command(*row) for row in session.execute(commands_query(session_id, after_id))]


def publish(session: Session, session_id: int, state: dict[str, Any]) -> None:
    """The trainee's console tells the trainer's side where the conversation stands."""
    session.execute(
        update(TrainingSession)
        .where(TrainingSession.id == session_id)
        .values(state=state)
        .execution_options(synchronize_session=False)
    )


@dataclass(frozen=True)
class LiveView:
    """What the trainer's side reads of a session: its status and the published state."""

    status: str
    trainee_name: str
    state: dict[str, Any]


def live_view(session: Session, session_id: int) -> LiveView | None:
    row = session.execute(
        select(TrainingSession.status, TrainingSession.trainee_name, TrainingSession.state).where(
            TrainingSession.id == session_id
        )
    ).one_or_none()
    if row is None:
        return None
    return LiveView(row.status, row.trainee_name, dict(row.state or {}))


def customer_address(scenario: Scenario, session_id: int) -> tuple[str, str]:
    """An address of the persona's kind, unique to the session (each session starts afresh)."""
    persona = scenario.persona
    kind = ADDRESS_KIND[persona.channel.value]
    slug = "".join(c for c in (persona.given_name or "customer").lower() if c.isascii() and c.isalnum())
    if kind in (IdentityKind.PHONE.value, IdentityKind.WHATSAPP.value):
        number = phonenumbers.example_number_for_type(persona.country, phonenumbers.PhoneNumberType.MOBILE)
        if number is None:
            number = phonenumbers.parse("+12025550100")
        national = str(number.national_number)
        suffix = f"{session_id % 10_000:04d}"
        number.national_number = int(national[: -len(suffix)] + suffix)
        return kind, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if kind == IdentityKind.EMAIL.value:
        return kind, f"{slug or 'customer'}.training{session_id}@example.{persona.country.lower()}"
    if kind == IdentityKind.TELEGRAM.value:
        return kind, f"@{slug or 'customer'}_training{session_id}"
    return kind, f"training-{session_id}-{slug or 'customer'}"


def queue_for(session: Session, scenario: Scenario) -> str:
    from agent_console.core.outcomes import codes

    expected = scenario.expect.disposition
    if expected:
        for queue in QUEUES:
            if codes.for_queue(session, queue).disposition(expected) is not None:
                return queue
    return QUEUES[0]


def customer_says(
    session: Session, record: TrainingSession, scenario: Scenario, text: str, number: int
) -> int:
    """File the customer's message *number* of the session; the event's id.

    The first message creates the persona's customer (with the profile the scenario gives) and
    the conversation; the later ones join that conversation, as a real customer's would.
    """
    from agent_console.channels.base import Inbound
    from agent_console.channels.ingest import ingest
    from agent_console.core.culture import inference
    from agent_console.core.customers import default_timezone
    from agent_console.core.models import Customer

    persona = scenario.persona
    kind, address = customer_address(scenario, record.id)
    channel = persona.channel.value
    external_id = f"training-{record.id}-{number}"
    ingest(
        session,
        [
            Inbound(
                channel=channel,
                external_id=external_id,
                address_kind=kind,
                customer_address=address,
                occurred_at=utcnow(),
                customer_name=persona.name,
                subject=scenario.title.get(persona.base_language) if channel == "email" else None,
                body_text=text,
                kind="message",
                language=persona.base_language,
                meta={"training_session": record.id},
            )
        ],
        queue=queue_for(session, scenario),
        source="training",
    )
    event = session.scalars(
        select(Event).where(Event.channel == channel, Event.external_id == external_id)
    ).one()
    if record.interaction_id is None:
        record.interaction_id = event.interaction_id
        customer = session.get(Customer, event.customer_id)
        assert customer is not None
        customer.given_name = persona.given_name
        customer.family_name = persona.family_name
        inference.set_profile_locale(
            session,
            customer.id,
            language=persona.base_language,
            country=persona.country,
            timezone=default_timezone(persona.country),
        )
    return event.id


@dataclass(frozen=True)
class SentReply:
    """A trainee's reply as the engine judges it."""

    event_id: int
    text: str
    warnings: tuple[str, ...]
    reply_keys: tuple[str, ...]


def latest_reply(session: Session, record: TrainingSession, after_event_id: int) -> SentReply | None:
    """The trainee's newest reply in the session's conversation after *after_event_id*, if any."""
    if record.interaction_id is None:
        return None
    event = session.scalar(
        select(Event)
        .where(
            Event.interaction_id == record.interaction_id,
            Event.direction == "out",
            Event.id > after_event_id,
        )
        .order_by(Event.id.desc())
        .limit(1)
    )
    if event is None:
        return None
    previous = session.scalar(
        select(func.max(Event.occurred_at)).where(
            Event.interaction_id == record.interaction_id,
            Event.direction == "out",
            Event.id < event.id,
        )
    )
    usages = (
        select(Reply.key)
        .join(ReplyUsage, ReplyUsage.reply_id == Reply.id)
        .where(
            ReplyUsage.interaction_id == record.interaction_id,
            ReplyUsage.used_at <= event.occurred_at + timedelta(seconds=1),
        )
    )
    if previous is not None:
        usages = usages.where(ReplyUsage.used_at > previous)
    warnings = tuple(
        str(check["code"])
        for check in (event.meta or {}).get("draft_checks") or []
        if isinstance(check, dict) and "code" in check
    )
    return SentReply(event.id, event.body_text, warnings, tuple(dict.fromkeys(session.scalars(usages))))


def disposition_of(session: Session, record: TrainingSession) -> str | None:
    if record.interaction_id is None:
        return None
    return session.scalar(select(Outcome.disposition).where(Outcome.interaction_id == record.interaction_id))


def finish(
    session: Session,
    record: TrainingSession,
    transcript: list[Entry],
    ending_id: str | None,
    ending_kind: str | None,
    disposition: str | None,
    score: Score,
    *,
    ended_at: datetime | None = None,
) -> None:
    record.status = "ended"
    record.ended_at = ended_at or utcnow()
    record.ending = ending_id
    record.ending_kind = ending_kind
    record.disposition = disposition
    record.points = score.points
    record.max_points = score.max_points
    record.checks = [
        {
            "code": c.code,
            "passed": c.passed,
            "points": c.points,
            "max_points": c.max_points,
            "detail": c.detail,
            "params": {k: v if isinstance(v, (int, float)) else str(v) for k, v in c.params.items()},
            "turn_id": c.turn_id,
        }
        for c in score.checks
    ]
    record.transcript = [asdict(entry) for entry in transcript]
    interaction = session.get(Interaction, record.interaction_id) if record.interaction_id else None
    if interaction is not None and interaction.status != "closed":
        interaction.status = "closed"
        interaction.closed_at = record.ended_at


@dataclass(frozen=True)
class ScorecardResult:
    """The trainer's coaching-scorecard review of the session's conversation."""

    score: float
    reviewer: str
    summary: str


def scorecard_result(session: Session, record: TrainingSession) -> ScorecardResult | None:
    """The newest submitted review of the session's conversation (and remember it on the record)."""
    from agent_console.core.models import Review

    if record.interaction_id is None:
        return None
    review = session.scalar(
        select(Review)
        .where(
            Review.interaction_id == record.interaction_id,
            Review.status == "submitted",
            Review.score.is_not(None),
        )
        .order_by(Review.submitted_at.desc(), Review.id.desc())
        .limit(1)
    )
    if review is None:
        return None
    record.review_id = review.id
    reviewer = session.get(Agent, review.reviewer_id) if review.reviewer_id else None
    return ScorecardResult(
        float(review.score or 0.0), reviewer.name if reviewer else "", review.summary or ""
    )


def abandon(session: Session, session_id: int) -> None:
    record = session.get(TrainingSession, session_id)
    if record is not None and record.status == "running":
        record.status = "abandoned"
        record.ended_at = utcnow()


def save_comments(session: Session, session_id: int, comments: str, review_id: int | None = None) -> None:
    record = session.get(TrainingSession, session_id)
    if record is None:
        return
    record.trainer_comments = comments
    if review_id is not None:
        record.review_id = review_id


@dataclass(frozen=True)
class SessionRow:
    id: int
    scenario_id: str
    scenario_title: str
    mode: str
    trainee_name: str
    trainer_name: str | None
    status: str
    started_at: datetime
    ended_at: datetime | None
    ending: str | None
    ending_kind: str | None
    points: int | None
    max_points: int | None

    @property
    def percent(self) -> float | None:
        if self.points is None or not self.max_points:
            return None
        return 100.0 * self.points / self.max_points


def history(session: Session, trainee_name: str | None = None, limit: int = 500) -> list[SessionRow]:
    """Sessions, newest first; one trainee's when *trainee_name* is given."""
    stmt = select(
        TrainingSession.id,
        TrainingSession.scenario_id,
        TrainingSession.scenario_title,
        TrainingSession.mode,
        TrainingSession.trainee_name,
        TrainingSession.trainer_name,
        TrainingSession.status,
        TrainingSession.started_at,
        TrainingSession.ended_at,
        TrainingSession.ending,
        TrainingSession.ending_kind,
        TrainingSession.points,
        TrainingSession.max_points,
    ).order_by(TrainingSession.started_at.desc(), TrainingSession.id.desc())
    if trainee_name is not None:
        stmt = stmt.where(TrainingSession.trainee_name == trainee_name)
    return [SessionRow(*row) for row in session.execute(stmt.limit(limit))]


@dataclass(frozen=True)
class CohortRow:
    """One trainee at a glance, for the trainer."""

    trainee_name: str
    sessions: int
    scored: int
    average_percent: float | None
    best_percent: float | None
    resolved: int
    escalated: int
    customer_left: int
    last_started_at: datetime


def cohort(session: Session) -> list[CohortRow]:
    """Each trainee's sessions, scores and endings, aggregated by the database.

    Sessions that never started (assigned, declined, cancelled) are not counted.
    """
    t = TrainingSession
    scored = t.max_points > 0
    percent = case((scored, 100.0 * t.points / t.max_points))

    def kind(name: str) -> Any:
        return func.sum(case((t.ending_kind == name, 1), else_=0))

    stmt = (
        select(
            t.trainee_name,
            func.count(),
            func.count(percent),
            func.avg(percent),
            func.max(percent),
            kind("resolved"),
            kind("escalated"),
            kind("customer_left"),
            func.max(t.started_at),
        )
        .where(t.status.in_(("running", "ended", "abandoned")))
        .group_by(t.trainee_name)
    )
    out = []
    for name, count, n_scored, average, best, resolved, escalated, left, last in session.execute(stmt):
        out.append(
            CohortRow(
                name,
                int(count),
                int(n_scored),
                float(average) if average is not None else None,
                float(best) if best is not None else None,
                int(resolved or 0),
                int(escalated or 0),
                int(left or 0),
                last,
            )
        )
    return sorted(out, key=lambda r: r.trainee_name.casefold())
