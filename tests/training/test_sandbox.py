"""The training sandbox on SQLite and PostgreSQL: sessions across desks, live commands, the cohort."""

from __future__ import annotations

from datetime import timedelta

from agent_console.core.db import Database
from agent_console.core.models import TrainingSession, utcnow
from agent_console.core.training import catalog, sandbox, scoring
from agent_console.core.training.engine import Engine, ReplyEvent


def _entry(scenario_id: str = "uz-telegram-click") -> catalog.Entry:
    entries, problems = catalog.available()
    assert not problems
    return next(e for e in entries if e.scenario.id == scenario_id)


def _assign(s, trainee: str = "Dilnoza", trainer: str = "Tamar", mode: str = "live") -> int:
    entry = _entry()
    record = sandbox.assign(
        s, entry.scenario, entry.text, trainee_name=trainee, trainer_name=trainer, mode=mode, title="Click"
    )
    return record.id


def test_an_assigned_session_waits_for_its_trainee_and_is_taken_once(database: Database) -> None:
    with database.session() as s:
        sandbox.prepare(s)
        first = _assign(s)
        other = _assign(s, trainee="Giorgi")
    with database.session() as s:
        assert [i.id for i in sandbox.invitations(s, "Dilnoza")] == [first]
        invitation = sandbox.invitations(s, "Dilnoza")[0]
        assert (invitation.mode, invitation.trainer_name) == ("live", "Tamar")
        assert sandbox.claim(s, first, "Giorgi") is None  # not his
    with database.session() as s:
        record = sandbox.claim(s, first, "Dilnoza")
        assert record is not None and record.status == "running"
    with database.session() as s:
        assert sandbox.claim(s, first, "Dilnoza") is None  # a second desk cannot start it again
        assert sandbox.invitations(s, "Dilnoza") == []
        assert sandbox.withdraw(s, other, "cancelled")
        assert not sandbox.withdraw(s, other, "declined")  # no longer waiting
        assert sandbox.claim(s, other, "Giorgi") is None
        assert s.get(TrainingSession, other).status == "cancelled"


def test_the_trainers_commands_reach_the_trainees_console_in_order(database: Database) -> None:
    with database.session() as s:
        sandbox.prepare(s)
        session_id = _assign(s)
        a = sandbox.send_command(s, session_id, "say", "Assalomu alaykum!", by="Tamar")
        b = sandbox.send_command(s, session_id, "pause")
        c = sandbox.send_command(s, session_id, "end", "paid")
    with database.session() as s:
        assert [(x.kind, x.text) for x in sandbox.commands_after(s, session_id, 0)] == [
            ("say", "Assalomu alaykum!"),
            ("pause", ""),
            ("end", "paid"),
        ]
        assert [x.id for x in sandbox.commands_after(s, session_id, a)] == [b, c]
        assert sandbox.commands_after(s, session_id, c) == []
        sandbox.publish(s, session_id, {"paused": True, "transcript": [{"who": "customer", "text": "Salom"}]})
    with database.session() as s:
        view = sandbox.live_view(s, session_id)
        assert view is not None and view.status == "assigned" and view.trainee_name == "Dilnoza"
        assert view.state["paused"] is True and view.state["transcript"][0]["text"] == "Salom"
        assert sandbox.live_view(s, session_id + 999) is None
    try:
        with database.session() as s:
            sandbox.send_command(s, session_id, "explode")
    except ValueError as error:
        assert "explode" in str(error)
    else:
        raise AssertionError("an unknown command was accepted")


def test_the_cohort_is_aggregated_per_trainee(database: Database) -> None:
    entry = _entry()
    scenario = entry.scenario
    with database.session() as s:
        sandbox.prepare(s)
        dilnoza = sandbox.sandbox_agent(s, "Dilnoza")
        giorgi = sandbox.sandbox_agent(s, "Giorgi")
        start = utcnow() - timedelta(days=2)
        for n, (agent, ending) in enumerate(
            [(dilnoza, "paid"), (dilnoza, None), (giorgi, None), (dilnoza, "paid")]
        ):
            record = sandbox.begin(
                s, scenario, entry.text, trainee=agent, trainer_name=None, mode="scripted", title="Click"
            )
            record.started_at = start + timedelta(hours=n)
            engine = Engine(scenario)
            engine.start(0.0)
            if ending is not None:
                engine.reply(ReplyEvent("Assalomu alaykum! Click orqali to'lashingiz mumkin.", 20.0))
                engine.finish(ending, 40.0)
                result = scoring.score(scenario, engine.transcript, engine.ending_id, None)
                sandbox.finish(s, record, engine.transcript, ending, "resolved", None, result)
            elif agent is dilnoza:
                sandbox.abandon(s, record.id)
        _assign(s, trainee="Giorgi")  # never started: not in the cohort
    with database.session() as s:
        rows = {r.trainee_name: r for r in sandbox.cohort(s)}
        mine = [r for r in sandbox.history(s, "Dilnoza") if r.percent is not None]
    assert set(rows) == {"Dilnoza", "Giorgi"}
    d, g = rows["Dilnoza"], rows["Giorgi"]
    assert (d.sessions, d.scored, d.resolved, d.escalated, d.customer_left) == (3, 2, 2, 0, 0)
    assert d.average_percent is not None and abs(d.average_percent - sum(r.percent for r in mine) / 2) < 1e-6
    assert d.best_percent == max(r.percent for r in mine)
    assert (g.sessions, g.scored, g.average_percent, g.best_percent) == (1, 0, None, None)
    assert d.last_started_at.tzinfo is not None
    assert abs((d.last_started_at - (start + timedelta(hours=3))).total_seconds()) < 1
