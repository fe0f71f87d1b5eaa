"""KPIs from outcomes, in SQL.

Definitions (the help window and docs/KPIS.md say the same):

- **CSAT %**: share of CSAT responses (1–5) that are 4 or 5.
- **NPS**: % promoters (9–10) − % detractors (0–6) of NPS responses (0–10); −100…100.
- **CES**: average of CES responses (1–7).
- **FCR rate**: of *first contacts* (contacts that are not a repeat, i.e. no contact by
  the same customer on the same reason closed within the window before them), the share
  that was resolved and had no contact by the same customer on the same reason within the
  window after it closed. Channels do not matter: an e-mail then a call is a repeat.
- **Repeat-contact rate**: share of contacts after which the same customer contacted again
  (any reason, any channel) within the window after the close.
- **First response time**: from the customer's first inbound event of the contact to the
  first outbound message or call to that customer on any channel.
- **Resolution time**: for resolved contacts, from the opening of the first contact of its
  chain (same customer, same reason, each within the window of the previous) to the close.
- **Handle time**: active time on the contact (measured by the app, or the call's length)
  plus after-contact work (time in the wrap-up panel).

Every figure is a sum over ``kpi_daily`` (a rollup per day and dimension value that
``refresh_days`` keeps up to date), so a year of a million contacts is read as a few
thousand rows.  ``figures_raw`` computes the same from ``outcomes`` directly; the tests
check that both agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, literal_column, select, text, tuple_, update
from sqlalchemy.orm import Session

from agent_console.core.models import Agent, Customer, KpiSetting, Outcome

DIMENSIONS = ("agent", "team", "queue", "channel", "country", "language")


def dim_sql(dim: str, table: str = "") -> str:
    """The SQL expression of an outcome's value in a dimension ("" when unknown)."""
    p = f"{table}." if table else ""
    columns = {
        "all": "''",
        "agent": f"COALESCE(CAST({p}agent_id AS VARCHAR(20)), '')",
        "team": f"COALESCE({p}team, '')",
        "queue": f"{p}queue",
        "channel": f"{p}channel",
        "country": f"COALESCE({p}country, '')",
        "language": f"COALESCE({p}language, '')",
    }
    if dim not in columns:
        raise ValueError(f"unknown breakdown {dim!r}; choose one of {', '.join(DIMENSIONS)}")
    return columns[dim]


KPIS = (
    "volume",
    "csat",
    "nps",
    "ces",
    "fcr",
    "first_response",
    "resolution",
    "handle",
    "repeat",
)
DEFAULT_FCR_WINDOW_DAYS = 7


def definitions(window_days: int = DEFAULT_FCR_WINDOW_DAYS) -> list[str]:
    """The KPI definitions in words, as exports and the CLI print them (the UI translates its own)."""
    w = f"{window_days} days"
    return [
        "CSAT %: share of CSAT responses (1-5) that are 4 or 5.",
        "NPS: % promoters (9-10) minus % detractors (0-6) of NPS responses (0-10).",
        "CES: average of CES responses (1-7; lower is less effort).",
        f"FCR %: of first contacts (no contact by the same customer on the same reason closed within {w} "
        f"before), the share resolved with no contact on the same reason within {w} after, on any channel.",
        f"Repeat contacts %: share of contacts after which the same customer got in touch again within {w}, "
        "any reason, any channel.",
        "First response: from the customer's first message of the contact to the first reply or call to "
        "that customer on any channel.",
        f"Resolution time: for resolved contacts, from the first contact of the chain (same customer and reason, "
        f"each within {w} of the previous) to the close.",
        "Handle time: active time on the contact (measured by the app, or the call's length) plus "
        "after-contact work in the wrap-up panel.",
        "Days are counted in the team's reporting time zone; times are in seconds.",
    ]


DEFAULT_REPORT_TIMEZONE = "UTC"

_SUMS = (
    ("n", "COUNT(*)"),
    ("resolved", "SUM(CASE WHEN resolved THEN 1 ELSE 0 END)"),
    ("csat_n", "COUNT(csat)"),
    ("csat_pos", "SUM(CASE WHEN csat >= 4 THEN 1 ELSE 0 END)"),
    ("nps_n", "COUNT(nps)"),
    ("nps_pro", "SUM(CASE WHEN nps >= 9 THEN 1 ELSE 0 END)"),
    ("nps_det", "SUM(CASE WHEN nps <= 6 THEN 1 ELSE 0 END)"),
    ("ces_n", "COUNT(ces)"),
    ("ces_sum", "COALESCE(SUM(ces), 0)"),
    ("handle_sum", "COALESCE(SUM(handle_seconds), 0)"),
    ("frt_n", "COUNT(first_response_seconds)"),
    ("frt_sum", "COALESCE(SUM(first_response_seconds), 0)"),
    ("res_n", "COUNT(resolution_seconds)"),
    ("res_sum", "COALESCE(SUM(resolution_seconds), 0)"),
    ("first_n", "SUM(CASE WHEN first_contact THEN 1 ELSE 0 END)"),
    ("fcr_n", "SUM(CASE WHEN fcr THEN 1 ELSE 0 END)"),
    ("repeat_n", "SUM(CASE WHEN repeat THEN 1 ELSE 0 END)"),
)
SUM_NAMES = tuple(name for name, _ in _SUMS)


# --- settings ---------------------------------------------------------------------------


def _setting(session: Session, key: str, default: str) -> str:
    value = session.scalar(select(KpiSetting.value).where(KpiSetting.key == key))
    return value if value is not None else default


def fcr_window_days(session: Session) -> int:
    try:
        return max(1, int(_setting(session, "fcr_window_days", str(DEFAULT_FCR_WINDOW_DAYS))))
    except ValueError:
        return DEFAULT_FCR_WINDOW_DAYS


def report_timezone(session: Session) -> str:
    name = _setting(session, "report_timezone", DEFAULT_REPORT_TIMEZONE)
    try:
        ZoneInfo(name)
    except (KeyError, ValueError):
        return DEFAULT_REPORT_TIMEZONE
    return name


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(KpiSetting, key)
    if row is None:
        session.add(KpiSetting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def set_fcr_window(session: Session, days: int) -> None:
    """Change the team's FCR/repeat window; every outcome's flags and the rollup are rebuilt."""
    if not 1 <= days <= 90:
        raise ValueError("the FCR window is between 1 and 90 days")
    set_setting(session, "fcr_window_days", str(days))
    rebuild(session)


def set_report_timezone(session: Session, name: str) -> int:
    """Count days in another zone: every outcome's day is recomputed, then the rollup.

    Set-based: one UPDATE per calendar day of the data (by epoch bounds of that day in the
    new zone, over ``ix_outcomes_closed``), not one per outcome.  Returns the days written.
    """
    try:
        zone = ZoneInfo(name)
    except (KeyError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r} (use an IANA name such as Asia/Tbilisi)") from exc
    set_setting(session, "report_timezone", name)
    low, high = session.execute(select(func.min(Outcome.closed_epoch), func.max(Outcome.closed_epoch))).one()
    days = 0
    if low is not None:
        day = datetime.fromtimestamp(low, zone).date()
        last = datetime.fromtimestamp(high, zone).date()
        while day <= last:
            lo = int(day_start(day, zone).timestamp())
            hi = int(day_start(day + timedelta(days=1), zone).timestamp())
            session.execute(
                update(Outcome)
                .where(Outcome.closed_epoch >= lo, Outcome.closed_epoch < hi, Outcome.day != day)
                .values(day=day)
            )
            day += timedelta(days=1)
            days += 1
    refresh_days(session, None)
    return days


def day_start(day: date, zone: ZoneInfo) -> datetime:
    """Midnight at the start of *day* in *zone*."""
    return datetime.combine(day, time(), zone)


def period_bounds(session: Session, start: date, end: date) -> tuple[datetime, datetime]:
    """Days *start*..*end* of the reporting zone as instants: [midnight of start, midnight after end)."""
    zone = ZoneInfo(report_timezone(session))
    return day_start(start, zone), day_start(end + timedelta(days=1), zone)


def day_of(moment: datetime, tz: str) -> date:
    return moment.astimezone(ZoneInfo(tz)).date()


# --- links and flags --------------------------------------------------------------------

_LINKS_SQL = """
WITH base AS (
    SELECT interaction_id, customer_id, opened_epoch, closed_epoch, resolved,
           COALESCE(reason, CAST(interaction_id AS VARCHAR(20))) AS rkey
    FROM outcomes {where}
), linked AS (
    SELECT base.*,
        LAG(closed_epoch) OVER same_reason AS prev_same_closed,
        LEAD(opened_epoch) OVER same_reason AS next_same_opened,
        LEAD(opened_epoch) OVER (PARTITION BY customer_id ORDER BY opened_epoch, interaction_id)
            AS next_contact_opened
    FROM base
    WINDOW same_reason AS (PARTITION BY customer_id, rkey ORDER BY opened_epoch, interaction_id)
), chained AS (
    SELECT linked.*,
        SUM(CASE WHEN prev_same_closed IS NULL OR opened_epoch - prev_same_closed > :window
                 THEN 1 ELSE 0 END)
            OVER (PARTITION BY customer_id, rkey ORDER BY opened_epoch, interaction_id
                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS chain_no
    FROM linked
), computed AS (
    SELECT interaction_id,
        prev_same_closed, next_same_opened, next_contact_opened,
        MIN(opened_epoch) OVER (PARTITION BY customer_id, rkey, chain_no) AS chain_start,
        CASE WHEN prev_same_closed IS NULL OR opened_epoch - prev_same_closed > :window
             THEN 1 ELSE 0 END AS is_first,
        CASE WHEN next_same_opened IS NOT NULL AND next_same_opened - closed_epoch <= :window
             THEN 1 ELSE 0 END AS same_again,
        CASE WHEN next_contact_opened IS NOT NULL AND next_contact_opened - closed_epoch <= :window
             THEN 1 ELSE 0 END AS any_again,
        resolved, closed_epoch
    FROM chained
)
UPDATE outcomes SET
    prev_same_closed_epoch = computed.prev_same_closed,
    next_same_opened_epoch = computed.next_same_opened,
    next_contact_opened_epoch = computed.next_contact_opened,
    chain_start_epoch = computed.chain_start,
    first_contact = (computed.is_first = 1),
    fcr = (computed.is_first = 1 AND computed.resolved AND computed.same_again = 0),
    repeat = (computed.any_again = 1),
    resolution_seconds = CASE WHEN computed.resolved
        THEN computed.closed_epoch - computed.chain_start END
FROM computed
WHERE outcomes.interaction_id = computed.interaction_id
  AND (outcomes.prev_same_closed_epoch IS DISTINCT FROM computed.prev_same_closed
    OR outcomes.next_same_opened_epoch IS DISTINCT FROM computed.next_same_opened
    OR outcomes.next_contact_opened_epoch IS DISTINCT FROM computed.next_contact_opened
    OR outcomes.chain_start_epoch IS DISTINCT FROM computed.chain_start
    OR outcomes.first_contact IS DISTINCT FROM (computed.is_first = 1)
    OR outcomes.fcr IS DISTINCT FROM (computed.is_first = 1 AND computed.resolved AND computed.same_again = 0)
    OR outcomes.repeat IS DISTINCT FROM (computed.any_again = 1)
    OR outcomes.resolution_seconds IS DISTINCT FROM
        (CASE WHEN computed.resolved THEN computed.closed_epoch - computed.chain_start END)
    {force})
RETURNING outcomes.day
"""


def relink(session: Session, customer_ids: Iterable[int] | None, *, force: bool = False) -> set[date]:
    """Recompute the previous/next-contact links and the flags of these customers' outcomes.

    ``None`` means every customer.  Returns the days whose rollup must be refreshed.
    """
    window = fcr_window_days(session) * 86400
    ids = sorted(set(customer_ids)) if customer_ids is not None else None
    if ids is not None and not ids:
        return set()
    where = "WHERE customer_id IN :ids" if ids is not None else ""
    stmt = text(_LINKS_SQL.format(where=where, force="OR TRUE" if force else ""))
    params: dict[str, Any] = {"window": window}
    if ids is not None:
        stmt = stmt.bindparams(bindparam("ids", expanding=True))
        params["ids"] = ids
    return {_as_date(row[0]) for row in session.execute(stmt, params)}


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


# --- the daily rollup -------------------------------------------------------------------


def _rollup_select(dim: str, where: str) -> str:
    sums = ", ".join(f"{expr}" for _, expr in _SUMS)
    column = dim_sql(dim)
    group = "day" if dim == "all" else f"day, {column}"
    return f"SELECT day, '{dim}', {column}, {sums} FROM outcomes {where} GROUP BY {group}"


def refresh_days(session: Session, days: Iterable[date] | None) -> None:
    """Rebuild the rollup rows of these days (``None``: all) from the outcomes."""
    wanted = sorted(set(days)) if days is not None else None
    if wanted is not None and not wanted:
        return
    where = "WHERE day IN :days" if wanted is not None else ""
    params: dict[str, Any] = {"days": wanted} if wanted is not None else {}

    def run(sql: str) -> None:
        stmt = text(sql)
        if wanted is not None:
            stmt = stmt.bindparams(bindparam("days", expanding=True))
        session.execute(stmt, params)

    run(f"DELETE FROM kpi_daily {where}")
    columns = "day, dim, item, " + ", ".join(SUM_NAMES)
    selects = " UNION ALL ".join(_rollup_select(dim, where) for dim in ("all", *DIMENSIONS))
    run(f"INSERT INTO kpi_daily ({columns}) {selects}")


def rebuild(session: Session) -> None:
    """Links, flags and the whole rollup from scratch (after a bulk load or a settings change)."""
    relink(session, None, force=True)
    refresh_days(session, None)


def after_change(session: Session, customer_ids: Iterable[int], days: Iterable[date] = ()) -> None:
    """Keep links and rollup right after outcomes of these customers changed on *days*."""
    session.flush()
    touched = relink(session, customer_ids) | set(days)
    refresh_days(session, touched)


# --- reading figures --------------------------------------------------------------------


@dataclass
class Figures:
    """Sums for one group; the KPI values are derived properties (None when undefined)."""

    item: str = ""
    sums: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SUM_NAMES, 0))

    @staticmethod
    def _ratio(a: int, b: int, scale: float = 1.0) -> float | None:
        return a * scale / b if b else None

    @property
    def volume(self) -> int:
        return self.sums["n"]

    @property
    def csat(self) -> float | None:
        return self._ratio(self.sums["csat_pos"], self.sums["csat_n"], 100)

    @property
    def nps(self) -> float | None:
        s = self.sums
        return self._ratio(s["nps_pro"] - s["nps_det"], s["nps_n"], 100)

    @property
    def ces(self) -> float | None:
        return self._ratio(self.sums["ces_sum"], self.sums["ces_n"])

    @property
    def fcr(self) -> float | None:
        return self._ratio(self.sums["fcr_n"], self.sums["first_n"], 100)

    @property
    def first_response(self) -> float | None:
        return self._ratio(self.sums["frt_sum"], self.sums["frt_n"])

    @property
    def resolution(self) -> float | None:
        return self._ratio(self.sums["res_sum"], self.sums["res_n"])

    @property
    def handle(self) -> float | None:
        return self._ratio(self.sums["handle_sum"], self.sums["n"])

    @property
    def repeat(self) -> float | None:
        return self._ratio(self.sums["repeat_n"], self.sums["n"], 100)

    def value(self, kpi: str) -> float | int | None:
        return getattr(self, kpi)

    def as_dict(self) -> dict[str, Any]:
        return {kpi: self.value(kpi) for kpi in KPIS}


@dataclass
class Report:
    start: date
    end: date
    by: str
    total: Figures
    groups: list[Figures]
    volume_by_day: list[tuple[date, int]]
    channel_mix: list[tuple[str, int]]


def _to_figures(rows: Sequence[Any]) -> list[Figures]:
    return [
        Figures(str(row[0]), {n: int(v or 0) for n, v in zip(SUM_NAMES, row[1:], strict=True)})
        for row in rows
    ]


def _grouped(session: Session, start: date, end: date, dim: str) -> list[Figures]:
    sums = ", ".join(f"SUM({n})" for n in SUM_NAMES)
    rows = session.execute(
        text(
            f"SELECT item, {sums} FROM kpi_daily WHERE dim = :dim AND day BETWEEN :a AND :b "
            "GROUP BY item ORDER BY SUM(n) DESC, item"
        ),
        {"dim": dim, "a": start, "b": end},
    ).all()
    return _to_figures(rows)


def report(session: Session, start: date, end: date, by: str = "agent") -> Report:
    """Every dashboard figure for the days *start*..*end* (inclusive, reporting time zone)."""
    if by not in DIMENSIONS:
        raise ValueError(f"unknown breakdown {by!r}; choose one of {', '.join(DIMENSIONS)}")
    if end < start:
        raise ValueError("the period ends before it starts")
    total = _grouped(session, start, end, "all")
    groups = _grouped(session, start, end, by)
    channels = groups if by == "channel" else _grouped(session, start, end, "channel")
    volume = session.execute(
        text(
            "SELECT day, n FROM kpi_daily WHERE dim = 'all' AND item = '' AND day BETWEEN :a AND :b "
            "ORDER BY day"
        ),
        {"a": start, "b": end},
    ).all()
    return Report(
        start,
        end,
        by,
        total[0] if total else Figures(""),
        groups,
        [(_as_date(d), int(n)) for d, n in volume],
        [(f.item, f.volume) for f in channels],
    )


def figures_raw(session: Session, start: date, end: date, by: str | None = None) -> list[Figures]:
    """The same sums straight from ``outcomes`` (slow on big data; the tests compare the two)."""
    dim = by or "all"
    column = dim_sql(dim)
    sums = ", ".join(expr for _, expr in _SUMS)
    group = "" if dim == "all" else f"GROUP BY {column}"
    rows = session.execute(
        text(f"SELECT {column}, {sums} FROM outcomes WHERE day BETWEEN :a AND :b {group}"),
        {"a": start, "b": end},
    ).all()
    return _to_figures([r for r in rows if r[1]])


# --- drill-down -------------------------------------------------------------------------

#: Which outcomes stand behind each figure.
KPI_FILTER: dict[str, Any] = {
    "volume": None,
    "csat": Outcome.csat.is_not(None),
    "nps": Outcome.nps.is_not(None),
    "ces": Outcome.ces.is_not(None),
    "fcr": Outcome.first_contact.is_(True),
    "first_response": Outcome.first_response_seconds.is_not(None),
    "resolution": Outcome.resolution_seconds.is_not(None),
    "handle": None,
    "repeat": Outcome.repeat.is_(True),
}


@dataclass(frozen=True, slots=True)
class DrillRow:
    interaction_id: int
    customer_id: int
    customer_name: str
    agent_name: str | None
    channel: str
    queue: str
    country: str | None
    language: str | None
    closed_at: datetime
    disposition: str
    reason: str | None
    resolved: bool
    csat: int | None
    nps: int | None
    ces: int | None
    handle_seconds: int
    first_response_seconds: int | None
    resolution_seconds: int | None
    fcr: bool
    repeat: bool
    closed_epoch: int

    @property
    def cursor(self) -> tuple[int, int]:
        return (self.closed_epoch, self.interaction_id)


def drill(
    session: Session,
    start: date,
    end: date,
    *,
    kpi: str = "volume",
    dim: str = "all",
    item: str = "",
    after: tuple[int, int] | None = None,
    limit: int = 200,
) -> list[DrillRow]:
    """The contacts behind one figure (a KPI, optionally of one group), newest first, keyset-paged."""
    if kpi not in KPI_FILTER:
        raise ValueError(f"unknown figure {kpi!r}")
    column = dim_sql(dim, "outcomes")
    lo, hi = (int(moment.timestamp()) for moment in period_bounds(session, start, end))
    stmt = (
        select(
            Outcome.interaction_id,
            Outcome.customer_id,
            Customer.display_name,
            Agent.name,
            Outcome.channel,
            Outcome.queue,
            Outcome.country,
            Outcome.language,
            Outcome.closed_at,
            Outcome.disposition,
            Outcome.reason,
            Outcome.resolved,
            Outcome.csat,
            Outcome.nps,
            Outcome.ces,
            Outcome.handle_seconds,
            Outcome.first_response_seconds,
            Outcome.resolution_seconds,
            Outcome.fcr,
            Outcome.repeat,
            Outcome.closed_epoch,
        )
        .join(Customer, Customer.id == Outcome.customer_id)
        .outerjoin(Agent, Agent.id == Outcome.agent_id)
        # The period as epoch bounds (same days as ``day``, in the reporting zone): the newest-first
        # walk of ix_outcomes_closed then needs no sort, however long the period.
        .where(Outcome.closed_epoch >= lo, Outcome.closed_epoch < hi)
    )
    if KPI_FILTER[kpi] is not None:
        stmt = stmt.where(KPI_FILTER[kpi])
    if dim != "all":
        stmt = stmt.where(literal_column(column) == item)
    if after is not None:
        stmt = stmt.where(tuple_(Outcome.closed_epoch, Outcome.interaction_id) < tuple_(*after))
    stmt = stmt.order_by(Outcome.closed_epoch.desc(), Outcome.interaction_id.desc()).limit(limit)
    return [DrillRow(*row) for row in session.execute(stmt)]
