"""Asterisk call records (cdr_csv's Master.csv) become calls in customers' timelines."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from agent_console.channels.importer import ImportOptions, ImportSourceError, run_import
from agent_console.core.db import Database
from agent_console.core.models import Customer, Event, Interaction

# accountcode,src,dst,dcontext,clid,channel,dstchannel,lastapp,lastdata,start,answer,end,duration,
# billsec,disposition,amaflags,uniqueid,userfield
MASTER_CSV = (
    '"","+995599123456","201","from-trunk","""ნინო ბერიძე"" <+995599123456>","PJSIP/trunk-0001",'
    '"PJSIP/201-0002","Dial","PJSIP/201","2026-11-20 13:05:10","2026-11-20 13:05:18",'
    '"2026-11-20 13:09:18",248,240,"ANSWERED","DOCUMENTATION","1763629510.11",""\n'
    '"","201","0599123456","from-internal","""Desk 201"" <201>","PJSIP/201-0003","PJSIP/trunk-0004",'
    '"Dial","PJSIP/trunk/0599123456","2026-11-20 15:00:00","2026-11-20 15:00:09",'
    '"2026-11-20 15:02:09",129,120,"ANSWERED","DOCUMENTATION","1763636400.12",""\n'
    '"","+302101234567","201","from-trunk","""Eleni"" <+302101234567>","PJSIP/trunk-0005","",'
    '"Dial","PJSIP/201","2026-11-21 09:00:00","","2026-11-21 09:00:25",25,0,"NO ANSWER",'
    '"DOCUMENTATION","1763708400.13",""\n'
    '"","201","202","from-internal","","PJSIP/201-0006","PJSIP/202-0007","Dial","PJSIP/202",'
    '"2026-11-21 10:00:00","2026-11-21 10:00:02","2026-11-21 10:01:02",62,60,"ANSWERED","DOCUMENTATION",'
    '"1763712000.14",""\n'
    '"","+995599123456","201","from-trunk","","PJSIP/trunk","","Dial","","yesterday-ish","","",1,0,'
    '"ANSWERED","DOCUMENTATION","1763712000.15",""\n'
    '"too","few","columns"\n'
)


@pytest.fixture
def master_csv(tmp_path: Path) -> Path:
    path = tmp_path / "Master.csv"
    path.write_text(MASTER_CSV, encoding="utf-8")
    return path


def test_call_records_import_with_direction_talk_time_and_the_pbx_time_zone(
    database: Database, master_csv: Path
) -> None:
    options = ImportOptions(cdr_timezone="Asia/Tbilisi", default_region="GE")
    report = run_import(database, [master_csv], options)
    assert report.summary.imported == 3
    assert sorted((f.source.rsplit(" ", 1)[-1], f.reason) for f in report.failed) == [
        ("4", "an internal call between extensions (not a customer's)"),
        ("5", "unreadable start time 'yesterday-ish'"),
        ("6", "3 columns; an Asterisk call record has at least 16"),
    ]
    with database.session() as s:
        rows = s.execute(
            select(
                Event.external_id,
                Event.direction,
                Event.occurred_at,
                Event.duration_seconds,
                Customer.display_name,
            )
            .join(Customer, Customer.id == Event.customer_id)
            .order_by(Event.occurred_at)
        ).all()
        kinds = set(s.scalars(select(Event.kind)))
        channels = set(s.scalars(select(Interaction.channel)))
    assert [tuple(r) for r in rows] == [
        ("cdr:1763629510.11", "in", datetime(2026, 11, 20, 9, 5, 10, tzinfo=UTC), 240, "ნინო ბერიძე"),
        ("cdr:1763636400.12", "out", datetime(2026, 11, 20, 11, 0, tzinfo=UTC), 120, "ნინო ბერიძე"),
        ("cdr:1763708400.13", "in", datetime(2026, 11, 21, 5, 0, tzinfo=UTC), 0, "Eleni"),
    ]
    assert kinds == {"call"} and channels == {"phone"}


def test_importing_the_same_records_twice_adds_nothing(database: Database, master_csv: Path) -> None:
    run_import(database, [master_csv], ImportOptions(default_region="GE"))
    again = run_import(database, [master_csv], ImportOptions(default_region="GE"))
    assert (again.summary.imported, again.summary.skipped) == (0, 3)


def test_a_missed_call_says_so(database: Database, master_csv: Path) -> None:
    run_import(database, [master_csv], ImportOptions(default_region="GE"))
    with database.session() as s:
        missed = s.scalars(select(Event).where(Event.external_id == "cdr:1763708400.13")).one()
    assert (missed.body_text, missed.meta["missed"], missed.meta["ring_seconds"]) == ("no answer", True, 25)


def test_unknown_paths_and_time_zones_get_clear_messages(database: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportSourceError, match="does not exist"):
        run_import(database, [tmp_path / "nope.mbox"])
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(ImportSourceError, match="is not an e-mail"):
        run_import(database, [picture])
    csv_file = tmp_path / "Master.csv"
    csv_file.write_text(MASTER_CSV)
    with pytest.raises(ImportSourceError, match="Unknown time zone 'Mars/Olympus'"):
        run_import(database, [csv_file], ImportOptions(cdr_timezone="Mars/Olympus"))
