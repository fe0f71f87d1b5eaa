"""Coaching on SQLite and PostgreSQL: scores computed by hand, versions, calibration, queue, comments."""

from __future__ import annotations

from datetime import date

import pytest

from agent_console.core.coaching import reviews, scoring
from agent_console.core.db import Database
from agent_console.core.models import Event, Interaction, Review
from tests import factories

MARCH = (date(2026, 3, 1), date(2026, 3, 31))

CARD = {
    "total_weight": 100,
    "sections": [
        {
            "key": "a",
            "criteria": [
                {"key": "c1", "scale": "yes_no", "weight": 2, "critical": True, "allow_na": False},
                {"key": "c2", "scale": "5", "weight": 3},
            ],
        },
        {"key": "b", "criteria": [{"key": "c3", "scale": "3", "weight": 5, "root_causes": ["knowledge"]}]},
    ],
}


def answers(**values):
    return {k: ({"value": v} if not isinstance(v, dict) else v) for k, v in values.items()}


def test_scores_weights_na_and_critical_by_hand() -> None:
    d = scoring.parse(CARD)
    # (2·1 + 3·0.75 + 5·0.5) / 10
    assert scoring.score(d, answers(c1="yes", c2=4, c3=2)).score == 67.5
    # N/A leaves c2's weight out: (2 + 2.5) / 7
    assert scoring.score(d, answers(c1="yes", c2="na", c3=2)).score == 64.29
    # A critical "no" fails the review whatever the rest: raw (0 + 2.25 + 2.5) / 10
    failed = scoring.score(d, answers(c1="no", c2=4, c3=2))
    assert (failed.score, failed.raw_score, failed.critical_failed, failed.failed_criteria) == (
        0.0,
        47.5,
        True,
        ["c1"],
    )
    # A negative rating needs a root cause from the criterion's list.
    missing = scoring.score(d, answers(c1="yes", c2=5, c3=1))
    assert missing.problems == [("c3", "a negative rating needs a root cause")]
    ok = scoring.score(d, answers(c1="yes", c2=5, c3={"value": 1, "root_cause": "knowledge"}))
    assert ok.complete and ok.score == 50.0  # (2 + 3 + 0) / 10
    # Out-of-scale answers, N/A where not allowed, unrated criteria, unknown keys: all named.
    bad = scoring.score(d, answers(c1="na", c2=6, extra=1))
    assert {key for key, _ in bad.problems} == {"c1", "c2", "c3", "extra"}
    # Weights that do not add up to the declared total are a warning, not an error.
    assert "add up to 10, not 100" in d.warnings[0]


def test_broken_definitions_are_refused_with_the_place() -> None:
    with pytest.raises(scoring.ScorecardError, match="weight must be a positive number"):
        scoring.parse({"sections": [{"key": "s", "criteria": [{"key": "x", "weight": 0}]}]})
    with pytest.raises(scoring.ScorecardError, match="scale is one of"):
        scoring.parse({"sections": [{"key": "s", "criteria": [{"key": "x", "scale": "10"}]}]})
    with pytest.raises(scoring.ScorecardError, match="used twice"):
        scoring.parse({"sections": [{"key": "s", "criteria": [{"key": "x"}, {"key": "x"}]}]})


def test_the_shipped_scorecard_is_valid_and_adds_up() -> None:
    import json

    data = json.loads(reviews.default_scorecard_path().read_text(encoding="utf-8"))
    d = scoring.parse(data["definition"])
    assert d.warnings == ()
    assert {s for s, _ in d.sections} == {"empathy", "solution", "language", "clarity", "money", "wrap_up"}


def test_reviews_keep_their_version_and_are_not_rescored(database: Database) -> None:
    db = database
    ids = factories.add_march_outcomes(db)
    boss = factories.add_agent(db, "Nino Supervisor", role="supervisor")
    with db.session() as s:
        v1 = reviews.save_scorecard(s, "Test card", CARD, agent_id=boss)
        review = reviews.start_review(s, ids["i1"], boss, version_id=v1.id)
        assert review.agent_id == ids["a1"]  # the agent who handled the contact
        reviews.save_answers(s, review.id, answers(c1="yes", c2=4, c3=2), "Good tone")
        review_id = review.id
    with db.session() as s:
        changed = json_copy(CARD)
        changed["sections"][0]["criteria"][1]["weight"] = 30
        v2 = reviews.save_scorecard(s, "Test card", changed, agent_id=boss)
        assert (v1.version, v2.version) == (1, 2)
        assert reviews.save_scorecard(s, "Test card", changed).id == v2.id  # unchanged: no new version
        state = reviews.review_state(s, review_id)
        assert state.version == 1 and state.newest_version == 2
        assert any("stays on version 1" in m for m in state.messages)
        result = reviews.submit(s, review_id)
        assert result.score == 67.5  # scored with version 1's weights
    with db.session() as s:
        with pytest.raises(reviews.ReviewError, match="submitted"):
            reviews.save_answers(s, review_id, answers(c1="no"))
        incomplete = reviews.start_review(s, ids["i2"], boss, version_id=v2.id)
        with pytest.raises(reviews.ReviewError) as err:
            reviews.submit(s, incomplete.id)
        assert {k for k, _ in err.value.problems} == {"c1", "c2", "c3"}


def json_copy(value):
    import json

    return json.loads(json.dumps(value))


def test_calibration_is_blind_shows_disagreement_and_does_not_count(database: Database) -> None:
    db = database
    ids = factories.add_march_outcomes(db)
    one = factories.add_agent(db, "Sup One", role="supervisor")
    two = factories.add_agent(db, "Sup Two", role="supervisor")
    with db.session() as s:
        version = reviews.save_scorecard(s, "Cal card", CARD)
        calibration = reviews.start_calibration(s, ids["i4"], one, version.id)
        r1 = reviews.start_review(s, ids["i4"], one, calibration_id=calibration.id)
        r2 = reviews.start_review(s, ids["i4"], two, calibration_id=calibration.id)
        reviews.save_answers(s, r1.id, answers(c1="yes", c2=5, c3=3))
        reviews.save_answers(s, r2.id, answers(c1="yes", c2=2, c3={"value": 1, "root_cause": "knowledge"}))
        reviews.submit(s, r1.id)
        assert [r.id for r in reviews.reviews_visible_to(s, calibration.id, two)] == [r2.id]  # blind
        reviews.submit(s, r2.id)
        assert {r.id for r in reviews.reviews_visible_to(s, calibration.id, two)} == {r1.id, r2.id}
        report = reviews.calibration_report(s, calibration.id)
        assert report.scores == {"Sup One": 100.0, "Sup Two": 27.5}  # (2 + 3·0.25 + 0) / 10
        assert report.score_spread == 72.5
        assert [c.key for c in report.disagreements] == ["c2", "c3"]
        assert next(c for c in report.criteria if c.key == "c3").spread == 1.0
        [item] = reviews.open_calibrations(s, two)
        assert (item.calibration_id, item.submitted, item.mine) == (calibration.id, 2, "submitted")
        # Calibration reviews do not count toward the agent's quality.
        assert reviews.quality_by_agent(s, date(2000, 1, 1), date(2100, 1, 1)) == []


def test_quality_by_agent_and_criterion(database: Database) -> None:
    db = database
    ids = factories.add_march_outcomes(db)
    boss = factories.add_agent(db, "Boss", role="supervisor")
    with db.session() as s:
        version = reviews.save_scorecard(s, "Q card", CARD)
        for key, values in (
            ("i1", answers(c1="yes", c2=4, c3=2)),
            ("i3", answers(c1="no", c2=5, c3=3)),
            ("i4", answers(c1="yes", c2=5, c3=3)),
        ):
            review = reviews.start_review(s, ids[key], boss, version_id=version.id)
            reviews.save_answers(s, review.id, values)
            reviews.submit(s, review.id)
    with db.session() as s:
        quality = {q.agent_id: q for q in reviews.quality_by_agent(s, date(2000, 1, 1), date(2100, 1, 1))}
        # a1 (Ana One) had #1 (67.5) and #3 (critical fail: 0); a2 had #4 (100).
        assert (
            quality[ids["a1"]].reviews,
            quality[ids["a1"]].average,
            quality[ids["a1"]].critical_failures,
        ) == (2, 33.75, 1)
        assert quality[ids["a2"]].average == 100.0
        by_criterion = reviews.quality_by_criterion(s, date(2000, 1, 1), date(2100, 1, 1))
        assert by_criterion == {
            "c1": pytest.approx(66.67),
            "c2": pytest.approx(91.67),
            "c3": pytest.approx(83.33),
        }
        report = reviews.quality_report(s, date(2000, 1, 1), date(2100, 1, 1))
        assert report.by_criterion == by_criterion and set(report.criterion_titles) == {"c1", "c2", "c3"}


def test_review_queue_filters_and_samples(database: Database) -> None:
    db = database
    ids = factories.add_march_outcomes(db)
    with db.session() as s:
        every = reviews.review_queue(s, reviews.QueueFilter(*MARCH))
        assert [q.interaction_id for q in every] == [ids[k] for k in ("i3", "i6", "i2", "i5", "i4", "i1")]
        low = reviews.review_queue(s, reviews.QueueFilter(*MARCH, low_csat=True))
        assert [q.interaction_id for q in low] == [ids["i2"]]
        long = reviews.review_queue(s, reviews.QueueFilter(*MARCH, long_handle_seconds=300))
        assert {q.interaction_id for q in long} == {ids["i1"], ids["i4"]}
        not_mine = reviews.review_queue(s, reviews.QueueFilter(*MARCH, exclude_agent_id=ids["a1"]))
        assert {q.interaction_id for q in not_mine} == {ids["i2"], ids["i4"]}
        email_a1 = reviews.review_queue(s, reviews.QueueFilter(*MARCH, agent_id=ids["a1"], channel="email"))
        assert [q.interaction_id for q in email_a1] == [ids["i1"]]
        sample = reviews.review_queue(s, reviews.QueueFilter(*MARCH, sample_per_agent_week=1, seed=3))
        again = reviews.review_queue(s, reviews.QueueFilter(*MARCH, sample_per_agent_week=1, seed=3))
        assert [q.interaction_id for q in sample] == [q.interaction_id for q in again]  # repeatable
        # Calendar weeks: a1's contacts fall in the weeks of 2 and 16 March, a2's in the first.
        assert len(sample) == 3
        assert len({(q.agent_id, q.closed_at.isocalendar()[1]) for q in sample}) == 3
        boss = factories.add_agent(db, "Boss", role="supervisor")
        version = reviews.save_scorecard(s, "Queue card", CARD)
        review = reviews.start_review(s, ids["i3"], boss, version_id=version.id)
    with db.session() as s:
        draft_left = reviews.review_queue(s, reviews.QueueFilter(*MARCH))
        assert ids["i3"] in {q.interaction_id for q in draft_left}  # a draft is work in progress
        reviews.save_answers(s, review.id, answers(c1="yes", c2=3, c3=3))
        reviews.submit(s, review.id)
    with db.session() as s:
        left = reviews.review_queue(s, reviews.QueueFilter(*MARCH))
        assert ids["i3"] not in {q.interaction_id for q in left}  # reviewed


def test_comments_are_pinned_acknowledged_and_exemplars_shared(database: Database) -> None:
    db = database
    agent = factories.add_agent(db, "Agent A")
    boss = factories.add_agent(db, "Boss", role="supervisor")
    customer = factories.add_customer(db, "Ketevan Lomidze", country="GE")
    iid = factories.add_interaction(db, customer, "whatsapp", messages=2)
    with db.session() as s:
        out_event = s.query(Event).filter(Event.interaction_id == iid, Event.direction == "out").one()
        out_event.author_agent_id = agent
        s.get(Interaction, iid).assigned_agent_id = agent
        event_id = out_event.id
    with db.session() as s:
        comment = reviews.add_comment(
            s, event_id, boss, "  Greet with the name first: „გამარჯობა, ქეთევან“.  "
        )
        with pytest.raises(reviews.ReviewError, match="empty"):
            reviews.add_comment(s, event_id, boss, "   ")
        comment_id = comment.id
    with db.session() as s:
        [open_one] = reviews.comments_for_agent(s, agent, open_only=True)
        assert open_one.body.startswith("Greet") and open_one.author_name == "Boss"
        assert list(reviews.comments_for_events(s, [event_id])) == [event_id]
        with pytest.raises(reviews.ReviewError, match="addressed"):
            reviews.acknowledge(s, comment_id, boss)
        reviews.acknowledge(s, comment_id, agent)
    with db.session() as s:
        assert reviews.comments_for_agent(s, agent, open_only=True) == []
        exemplar = reviews.share_exemplar(s, iid, boss, agent_id=agent, note="Model greeting")
        assert exemplar.id


def test_a_deleted_interaction_keeps_its_review(database: Database) -> None:
    db = database
    boss = factories.add_agent(db, "Boss", role="supervisor")
    customer = factories.add_customer(db, "Erased Person")
    iid = factories.add_interaction(db, customer, "chat", messages=0)
    with db.session() as s:
        version = reviews.save_scorecard(s, "Del card", CARD)
        review = reviews.start_review(s, iid, boss, version_id=version.id)
        reviews.save_answers(s, review.id, answers(c1="yes", c2=4, c3=2))
        review_id = review.id
    with db.session() as s:
        s.delete(s.get(Interaction, iid))
    with db.session() as s:
        state = reviews.review_state(s, review_id)
        assert state.interaction_id is None
        assert any("was deleted" in m for m in state.messages)
        assert reviews.submit(s, review_id).score == 67.5
        assert s.get(Review, review_id).status == "submitted"
        with pytest.raises(reviews.ReviewError, match="no longer exists"):
            reviews.start_review(s, iid, boss)


def test_compare_two_conversations(database: Database) -> None:
    db = database
    ids = factories.add_march_outcomes(db)
    with db.session() as s:
        c = reviews.compare(s, ids["i1"], ids["i3"])
    assert c.outcomes == ("answered", "escalated")
    assert c.resolved == (True, False)
    assert c.handle_seconds == (330, 130)
    assert c.messages == (3, 1)


def test_agent_overview_has_reviews_trend_notes_and_exemplars(database: Database) -> None:
    from datetime import UTC, datetime

    db = database
    ids = factories.add_march_outcomes(db)
    boss = factories.add_agent(db, "Boss", role="supervisor")
    with db.session() as s:
        version = reviews.save_scorecard(s, "O card", CARD)
        for key, values, when in (
            ("i1", answers(c1="yes", c2=4, c3=2), datetime(2026, 3, 3, 9, tzinfo=UTC)),  # week of 2 March
            ("i5", answers(c1="yes", c2=5, c3=3), datetime(2026, 3, 5, 9, tzinfo=UTC)),  # same week
            ("i3", answers(c1="no", c2=5, c3=3), datetime(2026, 3, 21, 9, tzinfo=UTC)),  # week of 16 March
        ):
            review = reviews.start_review(s, ids[key], boss, version_id=version.id)
            reviews.save_answers(s, review.id, values, "Keep it up" if key == "i5" else "")
            reviews.submit(s, review.id, now=when)
        event_id = s.query(Event.id).filter(Event.interaction_id == ids["i1"]).first()[0]
        reviews.add_comment(s, event_id, boss, "Name the next step.")
        reviews.share_exemplar(s, ids["i4"], boss, note="Team example")
    with db.session() as s:
        view = reviews.agent_overview(s, ids["a1"])
    assert [r.score for r in view.reviews] == [0.0, 100.0, 67.5]  # newest first
    assert view.trend == [(date(2026, 3, 2), 83.75), (date(2026, 3, 16), 0.0)]
    assert [c.body for c in view.comments] == ["Name the next step."]
    assert [(e.customer_name, e.note) for e in view.exemplars] == [("Eleni Georgiou", "Team example")]


def test_replies_used_are_named_in_the_reviewers_language(database: Database) -> None:
    from agent_console.core.models import ReplyUsage
    from agent_console.core.replies import library

    db = database
    agent = factories.add_agent(db)
    customer = factories.add_customer(db, "Salome Chikovani", country="GE")
    iid = factories.add_interaction(db, customer, "email", messages=2)
    with db.session() as s:
        library.ensure_seeded(s)
        reply = s.scalars(select_reply_with_ka()).first()
        s.add(ReplyUsage(reply_id=reply.id, interaction_id=iid, agent_id=agent, locale="ka"))
        key = reply.key
        ka_title = next(v.title for v in reply.variants if v.locale.startswith("ka"))
        en_title = next(v.title for v in reply.variants if v.locale == "en")
    with db.session() as s:
        assert reviews.replies_used(s, iid, "ka") == [ka_title]
        assert reviews.replies_used(s, iid, "xx") == [en_title]
        assert reviews.compare(s, iid, iid, "ka").replies_used == ([ka_title], [ka_title])
    assert key


def select_reply_with_ka():
    from sqlalchemy import select

    from agent_console.core.models import Reply, ReplyVariant

    return (
        select(Reply)
        .join(ReplyVariant, ReplyVariant.reply_id == Reply.id)
        .where(ReplyVariant.locale.like("ka%"))
    )
