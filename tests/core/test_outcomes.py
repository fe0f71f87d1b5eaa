"""Outcomes and KPIs on SQLite and PostgreSQL, against figures computed by hand.

The fixture (period 2026-03-01..31, FCR window 7 days, reporting zone UTC):

| # | customer | channel  | agent | reason           | resolved | CSAT | NPS | CES | FRT s | handle s |
|---|----------|----------|-------|------------------|----------|------|-----|-----|-------|----------|
| 1 | C1       | email    | A1    | delivery_delay   | yes      | 5    | 10  |     | 600   | 330      |
| 2 | C1       | sms      | A2    | delivery_delay   | yes      | 2    | 6   | 5   | 300   | 230      |
| 3 | C1       | chat     | A1    | refund_request   | no       |      |     |     |       | 130      |
| 4 | C2       | email    | A2    | payment_failed   | yes      | 4    | 9   | 2   | 3600  | 430      |
| 5 | C3       | telegram | A1    | account_login    | yes      | 3    | 8   |     | 120   | 90       |
| 6 | C3       | whatsapp | A1    | product_question | yes      |      |     |     | 60    | 70       |

#2 comes 2 days 23 h after #1 closed, on the same reason: #1 is not FCR and is a repeat;
#2 is not a first contact, and its resolution time runs from #1's opening (3 d 0 h 30 min).
#6 comes within 7 days of #5 on another reason: #5 is a repeat but still FCR.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from agent_console.core import identity
from agent_console.core.db import Database
from agent_console.core.models import Event, FollowUp, Interaction, Outcome, OutcomeChange, WrapUpDraft
from agent_console.core.outcomes import codes, followups, kpi, wrapup
from agent_console.core.outcomes.wrapup import FollowUpRequest, WrapUp, WrapUpError
from tests import factories

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


t = factories.t
close = factories.close


@pytest.fixture
def march(database: Database) -> tuple[Database, dict[str, int]]:
    return database, factories.add_march_outcomes(database)


def test_figures_match_hand_computation(march) -> None:
    db, ids = march
    with db.session() as s:
        rep = kpi.report(s, *MARCH, by="agent")
    total = rep.total
    assert total.volume == 6
    assert total.csat == pytest.approx(50.0)  # 5 and 4 of 5, 2, 4, 3
    assert total.nps == pytest.approx(25.0)  # promoters 10, 9; detractor 6; passive 8
    assert total.ces == pytest.approx(3.5)
    assert total.fcr == pytest.approx(60.0)  # first contacts 1, 3, 4, 5, 6; FCR 4, 5, 6
    assert total.first_response == pytest.approx(4680 / 5)
    assert total.resolution == pytest.approx((3600 + 261000 + 7200 + 600 + 300) / 5)
    assert total.handle == pytest.approx(1280 / 6)
    assert total.repeat == pytest.approx(100 * 2 / 6)
    by_agent = {f.item: f for f in rep.groups}
    a1, a2 = by_agent[str(ids["a1"])], by_agent[str(ids["a2"])]
    assert (a1.volume, a2.volume) == (4, 2)
    assert (a1.csat, a2.csat) == (50.0, 50.0)
    assert (a1.fcr, a2.fcr) == (50.0, 100.0)
    assert dict(rep.channel_mix) == {"email": 2, "sms": 1, "chat": 1, "telegram": 1, "whatsapp": 1}
    assert rep.volume_by_day == [
        (date(2026, 3, 2), 1),
        (date(2026, 3, 3), 1),
        (date(2026, 3, 4), 1),
        (date(2026, 3, 5), 1),
        (date(2026, 3, 6), 1),
        (date(2026, 3, 20), 1),
    ]
    with db.session() as s:
        one = s.get(Outcome, ids["i1"])
        two = s.get(Outcome, ids["i2"])
        assert one is not None and two is not None
        assert (one.first_contact, one.fcr, one.repeat) == (True, False, True)
        assert (two.first_contact, two.fcr, two.resolution_seconds) == (False, False, 261000)
        assert s.get(Interaction, ids["i1"]).status == "closed"


def test_rollup_equals_raw_for_every_breakdown(march) -> None:
    db, _ = march
    with db.session() as s:
        for by in kpi.DIMENSIONS:
            rolled = {f.item: f.sums for f in kpi.report(s, *MARCH, by=by).groups}
            raw = {f.item: f.sums for f in kpi.figures_raw(s, *MARCH, by=by)}
            assert rolled == raw, by
        # A shorter period counts only its days.
        rep = kpi.report(s, date(2026, 3, 5), date(2026, 3, 6))
        assert rep.total.volume == 2


def test_drill_down_lists_the_contacts_behind_a_figure(march) -> None:
    db, ids = march
    with db.session() as s:
        fcr_base = kpi.drill(s, *MARCH, kpi="fcr")
        assert {r.interaction_id for r in fcr_base} == {ids[k] for k in ("i1", "i3", "i4", "i5", "i6")}
        csat_a1 = kpi.drill(s, *MARCH, kpi="csat", dim="agent", item=str(ids["a1"]))
        assert [r.interaction_id for r in csat_a1] == [ids["i5"], ids["i1"]]  # newest first
        page1 = kpi.drill(s, *MARCH, limit=4)
        page2 = kpi.drill(s, *MARCH, limit=4, after=page1[-1].cursor)
        assert len(page1) == 4 and len(page2) == 2
        assert not {r.interaction_id for r in page1} & {r.interaction_id for r in page2}
        assert kpi.drill(s, *MARCH, kpi="repeat", dim="channel", item="email")[0].interaction_id == ids["i1"]


def test_a_merge_makes_a_call_after_an_email_a_repeat_and_undo_restores(database: Database) -> None:
    db = database
    agent = factories.add_agent(db)
    x = factories.add_customer(db, "Giorgi Kapanadze", country="GE")
    y = factories.add_customer(db, "G. Kapanadze", country="GE")
    ix = factories.add_interaction(db, x, "email", messages=2, start=t(2, 9))
    iy = factories.add_interaction(db, y, "phone", messages=1, start=t(4, 9))
    close(db, ix, t(2, 10), agent, 10, disposition="answered", reason="refund_request", resolved=True)
    close(db, iy, t(4, 9, 20), agent, 10, disposition="fixed", reason="refund_request", resolved=True)
    with db.session() as s:
        assert kpi.report(s, *MARCH).total.fcr == 100.0
        merge = identity.merge(s, y, x, agent_id=agent)
        merge_id = merge.id
    with db.session() as s:
        total = kpi.report(s, *MARCH).total
        assert (total.fcr, total.repeat) == (0.0, 50.0)  # one first contact, not FCR; #1 repeated
        assert s.get(Outcome, iy).customer_id == x
        identity.undo_merge(s, merge_id)
    with db.session() as s:
        assert kpi.report(s, *MARCH).total.fcr == 100.0
        assert s.get(Outcome, iy).customer_id == y


def test_corrections_are_audited_and_counted(march) -> None:
    db, ids = march
    with db.session() as s:
        changes = wrapup.correct(
            s, ids["i3"], {"resolved": True, "disposition": "fixed", "csat": 5}, agent_id=ids["a2"]
        )
        assert {(c.field, c.old_value, c.new_value) for c in changes} == {
            ("resolved", "no", "yes"),
            ("disposition", "escalated", "fixed"),
            ("csat", None, "5"),
        }
    with db.session() as s:
        total = kpi.report(s, *MARCH).total
        assert total.fcr == pytest.approx(80.0)  # #3 is now a resolved first contact
        assert total.csat == pytest.approx(60.0)
        view = wrapup.view(s, ids["i3"])
        assert view is not None and len(view.changes) == 3 and view.changes[0][1] == "Bo Two"
        assert s.query(OutcomeChange).count() == 3
        with pytest.raises(WrapUpError) as err:
            wrapup.correct(s, ids["i3"], {"nps": 11}, agent_id=ids["a2"])
        assert err.value.problems[0].field == "nps"


def test_bad_input_is_refused_with_reasons(database: Database) -> None:
    db = database
    agent = factories.add_agent(db)
    c = factories.add_customer(db, "Bat Dorj", country="MN")
    i = factories.add_interaction(db, c, "sms", messages=1, start=t(2, 9))
    now = t(2, 10)
    with db.session() as s:
        with pytest.raises(WrapUpError) as err:
            wrapup.save(
                s,
                i,
                WrapUp(
                    disposition="answered",
                    resolved=True,
                    csat=6,
                    nps=-1,
                    ces=8,
                    follow_up=FollowUpRequest(t(1, 9), "customer", "Asia/Ulaanbaatar"),
                ),
                agent_id=agent,
                now=now,
            )
        assert {p.field for p in err.value.problems} == {"reason", "csat", "nps", "ces", "follow_up"}
        with pytest.raises(WrapUpError) as err:
            wrapup.save(
                s, i, WrapUp(disposition="resolved", reason="other", resolved=True), agent_id=agent, now=now
            )
        assert err.value.problems[0].field == "disposition"  # a group, not a code to pick
        interaction = s.get(Interaction, i)
        interaction.queue = "escalations"
    with db.session() as s:
        with pytest.raises(WrapUpError) as err:
            wrapup.save(
                s, i, WrapUp(disposition="answered", reason="other", resolved=True), agent_id=agent, now=now
            )
        assert [p.field for p in err.value.problems] == ["notes"]


def test_a_removed_code_is_refused_for_new_wrap_ups_but_old_outcomes_keep_it(
    database: Database, tmp_path: Path
) -> None:
    db = database
    agent = factories.add_agent(db)
    c = factories.add_customer(db, "Maria Papadopoulou", country="GR")
    old = factories.add_interaction(db, c, "email", messages=1, start=t(2, 9))
    new = factories.add_interaction(db, c, "email", messages=1, start=t(9, 9))
    close(db, old, t(2, 10), agent, 5, disposition="spam", reason="other", resolved=False)
    data = json.loads(codes.default_path().read_text(encoding="utf-8"))
    group = data["queues"]["*"]["dispositions"][2]
    group["children"] = [child for child in group["children"] if child["code"] != "spam"]
    smaller = tmp_path / "codes.json"
    smaller.write_text(json.dumps(data), encoding="utf-8")
    with db.session() as s:
        codes.import_codes(s, smaller)
    with db.session() as s:
        assert codes.for_queue(s, "general").disposition("spam") is None
        assert codes.label_of(s, "disposition", "spam", "ka") == "სპამი ან არასწორი ნომერი"
        with pytest.raises(WrapUpError, match="removed since"):
            wrapup.save(
                s,
                new,
                WrapUp(disposition="spam", reason="other", resolved=False),
                agent_id=agent,
                now=t(9, 10),
            )
        # The old outcome may be corrected in other fields and keeps its code.
        wrapup.correct(s, old, {"notes": "Wrong number, apologised."}, agent_id=agent)
        assert s.get(Outcome, old).disposition == "spam"


def test_broken_codes_file_is_reported(database: Database, tmp_path: Path) -> None:
    bad = tmp_path / "codes.json"
    bad.write_text('{"queues": {"*": {"dispositions": [{"label": {}}]}}}', encoding="utf-8")
    with database.session() as s, pytest.raises(codes.CodesError, match='needs a "code"'):
        codes.import_codes(s, bad)
    bad.write_text("{not json", encoding="utf-8")
    with database.session() as s, pytest.raises(codes.CodesError, match="not valid JSON"):
        codes.import_codes(s, bad)


def test_codes_export_round_trips(database: Database, tmp_path: Path) -> None:
    with database.session() as s:
        codes.ensure_seeded(s)
        exported = codes.export_codes(s)
    path = tmp_path / "codes.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    with database.session() as s:
        before = codes.for_queue(s, "billing")
        codes.import_codes(s, path)
        after = codes.for_queue(s, "billing")
    assert [(c.code, c.hotkey, c.resolves, c.parent) for c in before.dispositions] == [
        (c.code, c.hotkey, c.resolves, c.parent) for c in after.dispositions
    ]
    assert before.by_hotkey("3").code == "refund_issued"


def test_wrap_up_draft_survives_a_restart(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'crash.sqlite3'}"
    db = Database.open(url)
    agent = factories.add_agent(db)
    c = factories.add_customer(db, "Ulla Berg", country="DE")
    i = factories.add_interaction(db, c, "chat", messages=1, start=t(2, 9))
    draft = WrapUp(
        disposition="callback",
        reason="other",
        resolved=False,
        notes="Call at 10",
        follow_up=FollowUpRequest(t(30, 8), "customer", "Europe/Berlin", "Confirm the refund"),
    )
    with db.session() as s:
        wrapup.save_draft(s, i, draft, agent_id=agent, acw_seconds=12)
    db.close()  # the app dies here
    db = Database.open(url)
    with db.session() as s:
        assert wrapup.unfinished(s, agent) == [(i, "Ulla Berg")]
        loaded, acw = wrapup.load_draft(s, i)
        assert loaded == draft and acw == 12
        wrapup.save(s, i, loaded, agent_id=agent, acw_seconds=acw + 3, now=t(2, 10))
    with db.session() as s:
        assert wrapup.unfinished(s, agent) == []
        assert s.get(Outcome, i).acw_seconds == 15
    db.close()


def test_follow_ups_are_due_notified_and_completed(database: Database) -> None:
    db = database
    agent = factories.add_agent(db)
    c = factories.add_customer(db, "Tamar Gelashvili", country="GE")
    i = factories.add_interaction(db, c, "whatsapp", messages=1, start=t(2, 9))
    due = wrapup.zone_time(datetime(2026, 3, 3, 11, 0), "Asia/Tbilisi")  # 07:00 UTC
    with db.session() as s:
        wrapup.save(
            s,
            i,
            WrapUp(
                disposition="callback",
                reason="refund_request",
                resolved=False,
                follow_up=FollowUpRequest(due, "customer", "Asia/Tbilisi", "Confirm the refund"),
            ),
            agent_id=agent,
            now=t(2, 10),
        )
    with db.session() as s:
        [item] = followups.due_list(s, agent)
        assert item.due_at == t(3, 7)
        assert item.bucket(t(2, 12), "UTC") == "upcoming"
        assert item.bucket(t(3, 1), "UTC") == "today"
        assert item.bucket(t(3, 8), "UTC") == "overdue"
        assert followups.take_due_notifications(s, agent, now=t(3, 6)) == []
        assert [d.id for d in followups.take_due_notifications(s, agent, now=t(3, 7, 1))] == [item.id]
    with db.session() as s:
        assert followups.take_due_notifications(s, agent, now=t(3, 8)) == []  # announced once
        new_id = followups.complete(s, item.id, agent_id=agent, agent_name="Ana Test", now=t(3, 8))
    with db.session() as s:
        follow = s.get(FollowUp, item.id)
        assert follow.done_interaction_id == new_id and follow.done_at is not None
        new = s.get(Interaction, new_id)
        assert (new.customer_id, new.channel, new.status) == (c, "whatsapp", "open")
        assert followups.due_list(s, agent) == []


def test_handle_time_takes_the_longer_of_app_time_and_call_length(database: Database) -> None:
    db = database
    agent = factories.add_agent(db)
    c = factories.add_customer(db, "Kenji Sato", country="JP")
    i = factories.add_interaction(db, c, "phone", messages=1, start=t(2, 9))
    with db.session() as s:
        s.execute(update(Event).where(Event.interaction_id == i).values(kind="call", duration_seconds=420))
        wrapup.add_active_time(s, i, 95.7)
    with db.session() as s:
        wrapup.save(
            s,
            i,
            WrapUp(disposition="answered", reason="other", resolved=True),
            agent_id=agent,
            acw_seconds=40,
            now=t(2, 10),
        )
        o = s.get(Outcome, i)
        assert (o.active_seconds, o.acw_seconds, o.handle_seconds) == (420, 40, 460)


def test_changing_the_fcr_window_rebuilds_the_figures(march) -> None:
    db, _ = march
    with db.session() as s:
        kpi.set_fcr_window(s, 2)  # #2 came 2 d 23 h after #1: no longer a repeat
    with db.session() as s:
        total = kpi.report(s, *MARCH).total
        assert total.fcr == pytest.approx(100 * 5 / 6)
        with pytest.raises(ValueError):
            kpi.set_fcr_window(s, 0)


def test_wrap_up_draft_saves_are_upserts(database: Database) -> None:
    """Two saves of one draft (the panel's debounce and leaving it) keep one row, the latest."""
    agent = factories.add_agent(database)
    c = factories.add_customer(database, "Dilnoza Rahimova", country="UZ")
    i = factories.add_interaction(database, c, "telegram", messages=1, start=t(2, 9))
    for notes, acw in (("first", 5), ("second", 9)):
        with database.session() as s:
            wrapup.save_draft(
                s, i, WrapUp(disposition="answered", notes=notes), agent_id=agent, acw_seconds=acw
            )
    with database.session() as s:
        loaded, acw = wrapup.load_draft(s, i)
        assert (loaded.notes, acw) == ("second", 9)
        assert s.query(WrapUpDraft).count() == 1


def test_report_days_follow_the_team_time_zone(march) -> None:
    db, ids = march
    with db.session() as s:
        # #5 closed 2026-03-04 10:10 UTC; #1 closed 2026-03-02 10:00 UTC.  In Pacific/Kiritimati
        # (UTC+14) both move to the next day.
        kpi.set_report_timezone(s, "Pacific/Kiritimati")
    with db.session() as s:
        assert s.get(Outcome, ids["i1"]).day == date(2026, 3, 3)
        rep = kpi.report(s, date(2026, 3, 3), date(2026, 3, 3))
        assert rep.total.volume == 1
        assert kpi.report(s, *MARCH).total.volume == 6
        assert [r.interaction_id for r in kpi.drill(s, date(2026, 3, 3), date(2026, 3, 3))] == [ids["i1"]]
        with pytest.raises(ValueError, match="unknown time zone"):
            kpi.set_report_timezone(s, "Mars/Olympus")
