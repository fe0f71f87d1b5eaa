"""Reports as rows, CSV, XLSX and JSON: the dashboard's export and ``agent-console report``."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_console.core.models import Agent
from agent_console.core.outcomes.kpi import KPIS, DrillRow, Figures, Report

#: Column headings (English; the dashboard passes translated ones).
KPI_HEADINGS = {
    "volume": "Contacts",
    "csat": "CSAT %",
    "nps": "NPS",
    "ces": "CES",
    "fcr": "FCR %",
    "first_response": "First response (s)",
    "resolution": "Resolution time (s)",
    "handle": "Handle time (s)",
    "repeat": "Repeat contacts %",
}
DIM_HEADINGS = {
    "agent": "Agent",
    "team": "Team",
    "queue": "Queue",
    "channel": "Channel",
    "country": "Country",
    "language": "Language",
}


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[Any]]


def agent_names(session: Session) -> dict[str, str]:
    return {str(i): n for i, n in session.execute(select(Agent.id, Agent.name))}


def _round(value: float | int | None) -> float | int | None:
    if value is None or isinstance(value, int):
        return value
    return round(value, 2)


def figures_row(label: str, figures: Figures) -> list[Any]:
    return [label, *(_round(figures.value(k)) for k in KPIS)]


def report_tables(
    report: Report,
    label: Callable[[str], str] = lambda item: item or "—",
    headings: dict[str, str] | None = None,
    dim_heading: str | None = None,
    total_label: str = "Total",
) -> list[Table]:
    """The report as tables: breakdown (with a total row), volume by day, channel mix."""
    head = headings or KPI_HEADINGS
    breakdown = Table(
        "KPIs",
        [dim_heading or DIM_HEADINGS[report.by], *(head[k] for k in KPIS)],
        [figures_row(label(f.item), f) for f in report.groups] + [figures_row(total_label, report.total)],
    )
    volume = Table("Volume", ["Day", head["volume"]], [[d.isoformat(), n] for d, n in report.volume_by_day])
    mix = Table(
        "Channels", [DIM_HEADINGS["channel"], head["volume"]], [[c, n] for c, n in report.channel_mix]
    )
    return [breakdown, volume, mix]


def report_json(report: Report, label: Callable[[str], str] = lambda item: item) -> dict[str, Any]:
    def figures(f: Figures) -> dict[str, Any]:
        return {k: _round(f.value(k)) for k in KPIS}

    return {
        "from": report.start.isoformat(),
        "to": report.end.isoformat(),
        "by": report.by,
        "total": figures(report.total),
        "groups": [{"key": f.item, "label": label(f.item), **figures(f)} for f in report.groups],
        "volume_by_day": [{"day": d.isoformat(), "contacts": n} for d, n in report.volume_by_day],
        "channel_mix": [{"channel": c, "contacts": n} for c, n in report.channel_mix],
    }


DRILL_HEADER = [
    "Interaction",
    "Closed (UTC)",
    "Customer",
    "Agent",
    "Channel",
    "Queue",
    "Country",
    "Language",
    "Disposition",
    "Reason",
    "Resolved",
    "CSAT",
    "NPS",
    "CES",
    "Handle time (s)",
    "First response (s)",
    "Resolution time (s)",
    "FCR",
    "Repeat",
]


def drill_table(rows: Sequence[DrillRow], title: str = "Contacts") -> Table:
    return Table(
        title,
        list(DRILL_HEADER),
        [
            [
                r.interaction_id,
                r.closed_at.strftime("%Y-%m-%d %H:%M"),
                r.customer_name,
                r.agent_name or "",
                r.channel,
                r.queue,
                r.country or "",
                r.language or "",
                r.disposition,
                r.reason or "",
                r.resolved,
                r.csat,
                r.nps,
                r.ces,
                r.handle_seconds,
                r.first_response_seconds,
                r.resolution_seconds,
                r.fcr,
                r.repeat,
            ]
            for r in rows
        ],
    )


def _csv_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value  # a customer's name must never run as a spreadsheet formula
    return "" if value is None else value


def csv_text(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(table.header)
    writer.writerows([[_csv_value(v) for v in row] for row in table.rows])
    return out.getvalue()


def write_csv(path: Path, table: Table) -> None:
    # UTF-8 with BOM: Excel then opens Georgian, Greek and Mongolian names correctly.
    path.write_text(csv_text(table), encoding="utf-8-sig", newline="")


def write_xlsx(path: Path, tables: Sequence[Table], notes: Sequence[str] = ()) -> None:
    """One sheet per table (header bold and frozen), and the KPI definitions on a last sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for table in tables:
        sheet = book.create_sheet(table.title[:31])
        sheet.append(table.header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_csv_value(v) if isinstance(v, bool | str) else v for v in row])
        sheet.freeze_panes = "A2"
        for index, heading in enumerate(table.header, start=1):
            width = max([len(str(heading)), *(len(str(r[index - 1] or "")) for r in table.rows[:200])])
            sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 48)
    if notes:
        sheet = book.create_sheet("Definitions")
        for line in notes:
            sheet.append([line])
        sheet.column_dimensions["A"].width = 120
    tmp = path.with_name(path.name + ".part")
    book.save(tmp)
    tmp.replace(path)  # never a half-written workbook under the real name
