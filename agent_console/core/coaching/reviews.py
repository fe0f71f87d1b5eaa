"""Reviews, calibration, coaching comments and exemplars: the supervisor's side of quality.

- Scorecards are versioned: saving a changed definition adds a version; a review keeps the
  version it was started with and is never rescored silently (``review_state`` tells when a
  newer version exists).
- Calibration: several supervisors score one interaction blind (``reviews_visible_to`` hides
  the others' answers until one's own is submitted); ``calibration_report`` shows where they
  disagree, criterion by criterion.  Calibration reviews never count toward an agent's quality.
- A review outlives its interaction: erasing the interaction sets ``interaction_id`` to NULL and
  the review, its answers and its score stay (the screen says the conversation is gone).
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Float, case, cast, func, select, text
from sqlalchemy.orm import Session

from agent_console import paths
from agent_console.core.coaching import scoring
from agent_console.core.models import (
    Agent,
    Calibration,
    CoachingComment,
    Event,
    Exemplar,
    Interaction,
    Outcome,
    ReplyUsage,
    Review,
    Scorecard,
    ScorecardVersion,
    utcnow,
)
from agent_console.core.outcomes import kpi


class ReviewError(ValueError):
    def __init__(self, message: str, problems: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


def default_scorecard_path() -> Path:
    return paths.resources_dir() / "coaching" / "default_scorecard.json"


# --- scorecards ----------------------------------------------------------------------------


def save_scorecard(
    session: Session, name: str, definition: dict[str, Any], *, agent_id: int | None = None
) -> ScorecardVersion:
    """Create the scorecard or add a version when the definition changed (old versions stay)."""
    scoring.parse(definition)  # refuse an unusable definition before writing anything
    card = session.scalar(select(Scorecard).where(Scorecard.name == name))
    if card is None:
        card = Scorecard(name=name, created_by_id=agent_id)
        session.add(card)
        session.flush()
    latest = latest_version(session, card.id)
    if latest is not None and latest.definition == definition:
        return latest
    version = ScorecardVersion(
        scorecard_id=card.id,
        version=(latest.version + 1) if latest else 1,
        definition=definition,
        created_by_id=agent_id,
    )
    session.add(version)
    session.flush()
    return version


def latest_version(session: Session, scorecard_id: int) -> ScorecardVersion | None:
    return session.scalar(
        select(ScorecardVersion)
        .where(ScorecardVersion.scorecard_id == scorecard_id)
        .order_by(ScorecardVersion.version.desc())
        .limit(1)
    )


def ensure_default_scorecard(session: Session) -> ScorecardVersion:
    """The shipped scorecard, created on first use; returns the newest version of the first card."""
    card = session.scalar(
        select(Scorecard).where(Scorecard.archived.is_(False)).order_by(Scorecard.id).limit(1)
    )
    if card is None:
        data = json.loads(default_scorecard_path().read_text(encoding="utf-8"))
        return save_scorecard(session, data["name"], data["definition"])
    latest = latest_version(session, card.id)
    assert latest is not None
    return latest


def definition_of(session: Session, version_id: int) -> scoring.Definition:
    version = session.get(ScorecardVersion, version_id)
    if version is None:
        raise ReviewError("This scorecard version no longer exists.")
    return scoring.parse(version.definition)


# --- reviews -------------------------------------------------------------------------------


def start_review(
    session: Session,
    interaction_id: int,
    reviewer_id: int,
    *,
    version_id: int | None = None,
    calibration_id: int | None = None,
) -> Review:
    """The reviewer's review of this interaction (their open draft if there is one)."""
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        raise ReviewError("This conversation no longer exists.")
    kind = "calibration" if calibration_id is not None else "review"
    existing = session.scalar(
        select(Review).where(
            Review.interaction_id == interaction_id,
            Review.reviewer_id == reviewer_id,
            Review.kind == kind,
            Review.calibration_id.is_(calibration_id)
            if calibration_id is None
            else Review.calibration_id == calibration_id,
        )
    )
    if existing is not None:
        return existing
    if calibration_id is not None:
        calibration = session.get(Calibration, calibration_id)
        if calibration is None:
            raise ReviewError("This calibration no longer exists.")
        version_id = calibration.scorecard_version_id
    if version_id is None:
        version_id = ensure_default_scorecard(session).id
    outcome = session.get(Outcome, interaction_id)
    agent_id = outcome.agent_id if outcome is not None and outcome.agent_id else interaction.assigned_agent_id
    review = Review(
        interaction_id=interaction_id,
        agent_id=agent_id,
        reviewer_id=reviewer_id,
        scorecard_version_id=version_id,
        kind=kind,
        calibration_id=calibration_id,
        status="draft",
        answers={},
    )
    session.add(review)
    session.flush()
    return review


@dataclass
class ReviewState:
    review_id: int
    interaction_id: int | None
    status: str
    version: int
    newest_version: int
    answers: dict[str, Any]
    summary: str
    score: float | None
    critical_failed: bool
    definition: scoring.Definition
    messages: list[str] = field(default_factory=list)


def review_state(session: Session, review_id: int) -> ReviewState:
    """What the scorecard pane shows, with plain messages about what changed underneath it."""
    review = session.get(Review, review_id)
    if review is None:
        raise ReviewError("This review no longer exists.")
    version = session.get(ScorecardVersion, review.scorecard_version_id)
    assert version is not None
    newest = latest_version(session, version.scorecard_id)
    definition = scoring.parse(version.definition)
    messages = list(definition.warnings)
    if newest is not None and newest.version != version.version:
        messages.append(
            f"The scorecard was changed since this review began (version {version.version} → "
            f"{newest.version}); this review stays on version {version.version} and is not rescored."
        )
    if review.interaction_id is None:
        messages.append("The conversation under review was deleted; the review and its score are kept.")
    return ReviewState(
        review.id,
        review.interaction_id,
        review.status,
        version.version,
        newest.version if newest else version.version,
        dict(review.answers or {}),
        review.summary,
        review.score,
        review.critical_failed,
        definition,
        messages,
    )


def save_answers(
    session: Session, review_id: int, answers: dict[str, Any], summary: str | None = None
) -> None:
    """Keep a draft's answers; a submitted review is final and is not changed here."""
    review = session.get(Review, review_id)
    if review is None:
        raise ReviewError("This review no longer exists.")
    if review.status == "submitted":
        raise ReviewError("This review was submitted; it can no longer be changed.")
    review.answers = json.loads(json.dumps(answers))  # plain JSON, a new object so the change is seen
    if summary is not None:
        review.summary = summary
    review.updated_at = utcnow()


def submit(session: Session, review_id: int, *, now: datetime | None = None) -> scoring.Result:
    review = session.get(Review, review_id)
    if review is None:
        raise ReviewError("This review no longer exists.")
    definition = definition_of(session, review.scorecard_version_id)
    result = scoring.score(definition, review.answers or {})
    if not result.complete:
        raise ReviewError("The review is not complete.", result.problems)
    review.score, review.raw_score, review.critical_failed = (
        result.score,
        result.raw_score,
        result.critical_failed,
    )
    review.status = "submitted"
    review.submitted_at = now or utcnow()
    review.updated_at = review.submitted_at
    return result


# --- choosing what to review ---------------------------------------------------------------


@dataclass
class QueueFilter:
    start: date
    end: date
    agent_id: int | None = None
    queue: str | None = None
    channel: str | None = None
    country: str | None = None
    disposition: str | None = None
    low_csat: bool = False  # CSAT 1 or 2
    long_handle_seconds: int | None = None  # handle time at least this long
    sample_per_agent_week: int | None = None  # a random (but repeatable) N per agent per week
    exclude_agent_id: int | None = None  # the reviewer's own contacts are not theirs to review
    seed: int = 1
    include_reviewed: bool = False
    limit: int = 500


@dataclass(frozen=True, slots=True)
class QueueItem:
    interaction_id: int
    customer_name: str
    agent_id: int | None
    agent_name: str | None
    channel: str
    queue: str
    country: str | None
    disposition: str
    csat: int | None
    handle_seconds: int
    closed_at: datetime


def review_queue(session: Session, f: QueueFilter) -> list[QueueItem]:
    """Wrapped-up interactions matching the filters, newest first (sampling is done in SQL)."""
    zone = ZoneInfo(kpi.report_timezone(session))
    lo, hi = (int(moment.timestamp()) for moment in kpi.period_bounds(session, f.start, f.end))
    # Weeks for sampling are calendar weeks, Monday to Sunday, in the reporting zone.
    monday = int(kpi.day_start(f.start - timedelta(days=f.start.weekday()), zone).timestamp())
    where = ["o.closed_epoch >= :lo", "o.closed_epoch < :hi"]
    params: dict[str, Any] = {"lo": lo, "hi": hi, "monday": monday, "limit": f.limit, "seed": f.seed}
    for name in ("agent_id", "queue", "channel", "country", "disposition"):
        value = getattr(f, name)
        if value is not None:
            where.append(f"o.{name} = :{name}")
            params[name] = value
    if f.exclude_agent_id is not None:
        where.append("(o.agent_id IS NULL OR o.agent_id != :exclude_agent)")
        params["exclude_agent"] = f.exclude_agent_id
    if f.low_csat:
        where.append("o.csat <= 2")
    if f.long_handle_seconds is not None:
        where.append("o.handle_seconds >= :long_handle")
        params["long_handle"] = f.long_handle_seconds
    if not f.include_reviewed:
        # Drafts stay in the queue (work in progress); submitted reviews leave it.
        where.append(
            "NOT EXISTS (SELECT 1 FROM reviews r WHERE r.interaction_id = o.interaction_id"
            " AND r.kind = 'review' AND r.status = 'submitted')"
        )
    base = f"""
        SELECT o.interaction_id, c.display_name, o.agent_id, a.name, o.channel, o.queue, o.country,
               o.disposition, o.csat, o.handle_seconds, o.closed_at, o.closed_epoch,
               ROW_NUMBER() OVER (
                   PARTITION BY o.agent_id, (o.closed_epoch - :monday) / 604800
                   ORDER BY (o.interaction_id * 2654435761 + :seed) % 1000003, o.interaction_id
               ) AS pick
        FROM outcomes o JOIN customers c ON c.id = o.customer_id LEFT JOIN agents a ON a.id = o.agent_id
        WHERE {" AND ".join(where)}
    """
    sample = ""
    if f.sample_per_agent_week:
        sample = "WHERE pick <= :per_week"
        params["per_week"] = f.sample_per_agent_week
    sql = (
        f"SELECT * FROM ({base}) picked {sample} ORDER BY closed_epoch DESC, interaction_id DESC LIMIT :limit"
    )
    rows = session.execute(text(sql).columns(closed_at=Outcome.__table__.c.closed_at.type), params).all()
    return [QueueItem(*row[:11]) for row in rows]


# --- calibration ---------------------------------------------------------------------------


def start_calibration(
    session: Session, interaction_id: int, created_by_id: int, version_id: int | None = None
) -> Calibration:
    if session.get(Interaction, interaction_id) is None:
        raise ReviewError("This conversation no longer exists.")
    calibration = Calibration(
        interaction_id=interaction_id,
        scorecard_version_id=version_id or ensure_default_scorecard(session).id,
        created_by_id=created_by_id,
    )
    session.add(calibration)
    session.flush()
    return calibration


def reviews_visible_to(session: Session, calibration_id: int, viewer_id: int) -> list[Review]:
    """Blind scoring: the others' calibration reviews only once the viewer has submitted theirs."""
    reviews = list(session.scalars(select(Review).where(Review.calibration_id == calibration_id)))
    mine = next((r for r in reviews if r.reviewer_id == viewer_id), None)
    if mine is None or mine.status != "submitted":
        return [r for r in reviews if r.reviewer_id == viewer_id]
    return [r for r in reviews if r.status == "submitted"]


@dataclass
class CriterionSpread:
    key: str
    values: dict[str, Any]  # reviewer name → answer value
    agree: bool
    spread: float  # max − min of the normalised points (0 = full agreement, 1 = opposite ends)


@dataclass
class CalibrationReport:
    reviewers: list[str]
    scores: dict[str, float | None]
    score_spread: float | None
    criteria: list[CriterionSpread]

    @property
    def disagreements(self) -> list[CriterionSpread]:
        return [c for c in self.criteria if not c.agree]


def calibration_report(session: Session, calibration_id: int) -> CalibrationReport:
    calibration = session.get(Calibration, calibration_id)
    if calibration is None:
        raise ReviewError("This calibration no longer exists.")
    definition = definition_of(session, calibration.scorecard_version_id)
    reviews = list(
        session.scalars(
            select(Review)
            .where(Review.calibration_id == calibration_id, Review.status == "submitted")
            .order_by(Review.id)
        )
    )
    names = dict(session.execute(select(Agent.id, Agent.name)).all())
    reviewers = [names.get(r.reviewer_id, str(r.reviewer_id)) for r in reviews]
    criteria = []
    for c in definition.criteria:
        values = {
            name: (r.answers.get(c.key) or {}).get("value")
            for name, r in zip(reviewers, reviews, strict=True)
        }
        points = [c.normalised(v) for v in values.values() if v is not None and v != scoring.NA]
        has_na = any(v == scoring.NA for v in values.values())
        spread = (max(points) - min(points)) if points else 0.0
        agree = len(set(map(str, values.values()))) <= 1 and not (has_na and points)
        criteria.append(CriterionSpread(c.key, values, agree, round(spread, 4)))
    scores = {name: r.score for name, r in zip(reviewers, reviews, strict=True)}
    present = [s for s in scores.values() if s is not None]
    return CalibrationReport(
        reviewers, scores, round(max(present) - min(present), 2) if len(present) > 1 else None, criteria
    )


# --- comments and exemplars ----------------------------------------------------------------


def add_comment(
    session: Session, event_id: int, author_id: int, body: str, *, review_id: int | None = None
) -> CoachingComment:
    text_ = body.strip()
    if not text_:
        raise ReviewError("The comment is empty.")
    event = session.get(Event, event_id)
    if event is None:
        raise ReviewError("This message no longer exists.")
    interaction = session.get(Interaction, event.interaction_id)
    outcome = session.get(Outcome, event.interaction_id)
    # The agent who wrote the message, else the one who handled the contact.
    agent_id = (
        event.author_agent_id
        or (outcome.agent_id if outcome is not None else None)
        or (interaction.assigned_agent_id if interaction else None)
    )
    comment = CoachingComment(
        event_id=event_id,
        interaction_id=event.interaction_id,
        review_id=review_id,
        agent_id=agent_id,
        author_id=author_id,
        body=text_,
    )
    session.add(comment)
    session.flush()
    return comment


@dataclass(frozen=True, slots=True)
class CommentView:
    id: int
    event_id: int | None
    interaction_id: int | None
    author_name: str
    body: str
    created_at: datetime
    acknowledged_at: datetime | None


def _comment_views(session: Session, stmt: Any) -> list[CommentView]:
    rows = session.execute(
        stmt.add_columns(Agent.name).outerjoin(Agent, Agent.id == CoachingComment.author_id)
    ).all()
    return [
        CommentView(c.id, c.event_id, c.interaction_id, name or "", c.body, c.created_at, c.acknowledged_at)
        for c, name in rows
    ]


def comments_for_agent(session: Session, agent_id: int, *, open_only: bool = False) -> list[CommentView]:
    stmt = select(CoachingComment).where(CoachingComment.agent_id == agent_id)
    if open_only:
        stmt = stmt.where(CoachingComment.acknowledged_at.is_(None))
    return _comment_views(session, stmt.order_by(CoachingComment.created_at.desc()))


def comments_for_events(session: Session, event_ids: list[int]) -> dict[int, list[CommentView]]:
    """The notes pinned to these messages (for the timeline)."""
    if not event_ids:
        return {}
    views = _comment_views(
        session,
        select(CoachingComment)
        .where(CoachingComment.event_id.in_(event_ids))
        .order_by(CoachingComment.created_at),
    )
    out: dict[int, list[CommentView]] = {}
    for view in views:
        if view.event_id is not None:
            out.setdefault(view.event_id, []).append(view)
    return out


def acknowledge(session: Session, comment_id: int, agent_id: int) -> None:
    comment = session.get(CoachingComment, comment_id)
    if comment is None:
        raise ReviewError("This comment no longer exists.")
    if comment.agent_id not in (None, agent_id):
        raise ReviewError("Only the agent it is addressed to can acknowledge this comment.")
    if comment.acknowledged_at is None:
        comment.acknowledged_at = utcnow()


def share_exemplar(
    session: Session, interaction_id: int, shared_by_id: int, *, agent_id: int | None = None, note: str = ""
) -> Exemplar:
    if session.get(Interaction, interaction_id) is None:
        raise ReviewError("This conversation no longer exists.")
    exemplar = Exemplar(
        interaction_id=interaction_id, shared_by_id=shared_by_id, agent_id=agent_id, note=note.strip()
    )
    session.add(exemplar)
    session.flush()
    return exemplar


# --- what the agent and the dashboard see --------------------------------------------------


@dataclass
class AgentQuality:
    agent_id: int
    reviews: int
    average: float | None
    critical_failures: int


def quality_by_agent(session: Session, start: date, end: date) -> list[AgentQuality]:
    """Average quality score of submitted reviews (calibration excluded), in SQL."""
    lo, hi = kpi.period_bounds(session, start, end)
    rows = session.execute(
        select(
            Review.agent_id,
            func.count(),
            func.avg(cast(Review.score, Float)),
            func.sum(case((Review.critical_failed.is_(True), 1), else_=0)),
        )
        .where(
            Review.kind == "review",
            Review.status == "submitted",
            Review.submitted_at >= lo,
            Review.submitted_at < hi,
            Review.agent_id.is_not(None),
        )
        .group_by(Review.agent_id)
        .order_by(Review.agent_id)
    ).all()
    return [
        AgentQuality(a, int(n), round(float(avg), 2) if avg is not None else None, int(crit or 0))
        for a, n, avg, crit in rows
    ]


def quality_by_criterion(
    session: Session, start: date, end: date, agent_id: int | None = None
) -> dict[str, float]:
    """Average points (0–100) per criterion key over the period's submitted reviews.

    Answers are JSON, read per review in Python: reviews number in the hundreds a month, not
    the millions of contacts the KPI rollup is for.
    """
    lo, hi = kpi.period_bounds(session, start, end)
    stmt = select(Review.scorecard_version_id, Review.answers).where(
        Review.kind == "review",
        Review.status == "submitted",
        Review.submitted_at >= lo,
        Review.submitted_at < hi,
    )
    if agent_id is not None:
        stmt = stmt.where(Review.agent_id == agent_id)
    sums: dict[str, list[float]] = {}
    definitions: dict[int, scoring.Definition] = {}
    for version_id, answers in session.execute(stmt):
        definition = definitions.get(version_id) or definitions.setdefault(
            version_id, definition_of(session, version_id)
        )
        for c in definition.criteria:
            value = (answers.get(c.key) or {}).get("value")
            points = c.normalised(value) if value is not None else None
            if points is not None:
                sums.setdefault(c.key, []).append(points)
    return {key: round(100 * statistics.fmean(v), 2) for key, v in sums.items()}


@dataclass
class Comparison:
    """Two conversations side by side: what differs at a glance."""

    interaction_ids: tuple[int, int]
    outcomes: tuple[str | None, str | None]
    resolved: tuple[bool | None, bool | None]
    handle_seconds: tuple[int | None, int | None]
    messages: tuple[int, int]
    replies_used: tuple[list[str], list[str]]


def replies_used(session: Session, interaction_id: int, language: str = "en") -> list[str]:
    """The canned replies the agent inserted here, in the order used, by title in *language*.

    A reply with no variant in that language is named by its English title, else its key.
    """
    from agent_console.core.models import Reply, ReplyVariant

    rows = session.execute(
        select(Reply.id, Reply.key)
        .join(ReplyUsage, ReplyUsage.reply_id == Reply.id)
        .where(ReplyUsage.interaction_id == interaction_id)
        .order_by(ReplyUsage.used_at, ReplyUsage.id)
    ).all()
    if not rows:
        return []
    titles: dict[tuple[int, str], str] = {}
    for reply_id, locale, title in session.execute(
        select(ReplyVariant.reply_id, ReplyVariant.locale, ReplyVariant.title).where(
            ReplyVariant.reply_id.in_({r[0] for r in rows})
        )
    ):
        titles[(reply_id, locale.split("_")[0])] = titles.get((reply_id, locale.split("_")[0])) or title
    return [titles.get((rid, language)) or titles.get((rid, "en")) or key for rid, key in rows]


def compare(session: Session, a: int, b: int, language: str = "en") -> Comparison:
    def side(interaction_id: int) -> tuple[str | None, bool | None, int | None, int, list[str]]:
        outcome = session.get(Outcome, interaction_id)
        count = session.scalar(
            select(func.count())
            .select_from(Event)
            .where(Event.interaction_id == interaction_id, Event.kind == "message")
        )
        replies = replies_used(session, interaction_id, language)
        return (
            outcome.disposition if outcome else None,
            outcome.resolved if outcome else None,
            outcome.handle_seconds if outcome else None,
            int(count or 0),
            replies,
        )

    left, right = side(a), side(b)
    return Comparison(
        (a, b),
        (left[0], right[0]),
        (left[1], right[1]),
        (left[2], right[2]),
        (left[3], right[3]),
        (left[4], right[4]),
    )


@dataclass(frozen=True, slots=True)
class ReviewSummary:
    review_id: int
    interaction_id: int | None
    reviewer_name: str
    submitted_at: datetime
    score: float | None
    critical_failed: bool
    summary: str


@dataclass(frozen=True, slots=True)
class ExemplarView:
    interaction_id: int
    customer_name: str
    shared_by: str
    note: str
    created_at: datetime


@dataclass
class AgentOverview:
    reviews: list[ReviewSummary]
    #: (Monday of the week, average score) oldest first: the trend of the quality score.
    trend: list[tuple[date, float]]
    comments: list[CommentView]
    exemplars: list[ExemplarView]


def agent_overview(session: Session, agent_id: int, *, limit: int = 200) -> AgentOverview:
    """What an agent sees of their coaching: reviews, weekly trend, notes to acknowledge, exemplars."""
    reviewer = Agent.__table__.alias("reviewer")
    rows = session.execute(
        select(
            Review.id,
            Review.interaction_id,
            func.coalesce(reviewer.c.name, ""),
            Review.submitted_at,
            Review.score,
            Review.critical_failed,
            Review.summary,
        )
        .outerjoin(reviewer, reviewer.c.id == Review.reviewer_id)
        .where(Review.agent_id == agent_id, Review.kind == "review", Review.status == "submitted")
        .order_by(Review.submitted_at.desc())
        .limit(limit)
    ).all()
    summaries = [ReviewSummary(*row) for row in rows]
    weeks: dict[date, list[float]] = {}
    for r in summaries:
        if r.score is not None:
            day = r.submitted_at.date()
            weeks.setdefault(day - timedelta(days=day.weekday()), []).append(r.score)
    trend = [(week, round(statistics.fmean(scores), 2)) for week, scores in sorted(weeks.items())]
    from agent_console.core.models import Customer

    sharer = Agent.__table__.alias("sharer")
    exemplars = [
        ExemplarView(*row)
        for row in session.execute(
            select(
                Exemplar.interaction_id,
                Customer.display_name,
                func.coalesce(sharer.c.name, ""),
                Exemplar.note,
                Exemplar.created_at,
            )
            .join(Interaction, Interaction.id == Exemplar.interaction_id)
            .join(Customer, Customer.id == Interaction.customer_id)
            .outerjoin(sharer, sharer.c.id == Exemplar.shared_by_id)
            .where((Exemplar.agent_id == agent_id) | Exemplar.agent_id.is_(None))
            .order_by(Exemplar.created_at.desc())
            .limit(50)
        )
    ]
    return AgentOverview(summaries, trend, comments_for_agent(session, agent_id), exemplars)


@dataclass
class QualityReport:
    by_agent: list[AgentQuality]
    by_criterion: dict[str, float]
    #: criterion key → {language: title}, from the newest scorecard version.
    criterion_titles: dict[str, dict[str, str]]


def quality_report(session: Session, start: date, end: date) -> QualityReport:
    """Quality scores for the KPI dashboard: by agent (SQL) and by criterion."""
    titles: dict[str, dict[str, str]] = {}
    card = session.scalar(select(Scorecard).order_by(Scorecard.id).limit(1))
    latest = latest_version(session, card.id) if card is not None else None
    if latest is not None:
        for c in scoring.parse(latest.definition).criteria:
            titles[c.key] = dict(c.title)
    return QualityReport(
        quality_by_agent(session, start, end), quality_by_criterion(session, start, end), titles
    )


@dataclass(frozen=True, slots=True)
class CalibrationItem:
    calibration_id: int
    interaction_id: int | None
    customer_name: str
    created_by: str
    created_at: datetime
    submitted: int  # reviews submitted so far
    mine: str  # "none", "draft" or "submitted"


def open_calibrations(session: Session, viewer_id: int) -> list[CalibrationItem]:
    """Calibrations not closed yet, newest first, with how far the viewer and the others are."""
    from agent_console.core.models import Customer

    creator = Agent.__table__.alias("creator")
    rows = session.execute(
        select(
            Calibration.id,
            Calibration.interaction_id,
            func.coalesce(Customer.display_name, ""),
            func.coalesce(creator.c.name, ""),
            Calibration.created_at,
        )
        .outerjoin(Interaction, Interaction.id == Calibration.interaction_id)
        .outerjoin(Customer, Customer.id == Interaction.customer_id)
        .outerjoin(creator, creator.c.id == Calibration.created_by_id)
        .where(Calibration.closed_at.is_(None))
        .order_by(Calibration.created_at.desc(), Calibration.id.desc())
    ).all()
    ids = [r[0] for r in rows]
    status: dict[int, list[tuple[int | None, str]]] = {}
    if ids:
        for cal_id, reviewer, state in session.execute(
            select(Review.calibration_id, Review.reviewer_id, Review.status).where(
                Review.calibration_id.in_(ids)
            )
        ):
            status.setdefault(cal_id, []).append((reviewer, state))
    items = []
    for cal_id, interaction_id, name, by, created in rows:
        entries = status.get(cal_id, [])
        mine = next((state for reviewer, state in entries if reviewer == viewer_id), "none")
        items.append(
            CalibrationItem(
                cal_id,
                interaction_id,
                name,
                by,
                created,
                sum(1 for _r, s in entries if s == "submitted"),
                mine,
            )
        )
    return items


def queue_filter_options(session: Session) -> tuple[list[str], list[str], list[str]]:
    """The queues, countries and dispositions that wrapped-up contacts have, for the queue's filters."""

    def distinct(column: Any) -> list[str]:
        return sorted(v for v in session.scalars(select(column).distinct()) if v)

    return distinct(Outcome.queue), distinct(Outcome.country), distinct(Outcome.disposition)
