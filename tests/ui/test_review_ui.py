"""A supervisor reviews a conversation beside the scorecard, pins a note, shares an exemplar."""

from __future__ import annotations

from sqlalchemy import func, select

from agent_console.core.coaching import scoring
from agent_console.core.models import Agent, CoachingComment, Event, Exemplar, Review
from agent_console.ui.coaching_view import IdRole
from agent_console.ui.review import ReviewWindow


def test_review_beside_the_conversation_scores_and_submits(qtbot, main_window, demo_db) -> None:
    with demo_db.session() as s:
        supervisor = s.scalar(select(Agent.id).where(Agent.role == "supervisor").limit(1))
    window = ReviewWindow(main_window.tasks, supervisor, main_window)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.period.setCurrentIndex(window.period.findData(365))  # the small demo is spread over a year
    assert window.items, "the demo has conversations to review"
    assert all(item.agent_id != supervisor for item in window.items)  # not one's own
    # Filters by outcome and by country narrow the queue to matching contacts only.
    disposition = window.items[0].disposition
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.outcome.setCurrentIndex(window.outcome.findData(disposition))
    assert window.items and {i.disposition for i in window.items} == {disposition}
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.outcome.setCurrentIndex(0)
    country = next(i.country for i in window.items if i.country)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.country.setCurrentIndex(window.country.findData(country))
    assert {i.country for i in window.items} == {country}
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.country.setCurrentIndex(0)
    last = len(window.items) - 1  # the oldest: no draft of the demo's on it
    with qtbot.waitSignal(window.review_shown, timeout=10_000):
        window.queue.setCurrentCell(last, 0)
    interaction_id = window.items[last].interaction_id
    assert window.form.answers() == {}
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() > 0, timeout=10_000)
    model = window.timeline.model
    assert {model.entry(r).interaction_id for r in range(model.rowCount())} == {
        interaction_id
    }  # this contact only
    form = window.form
    # Submitting an empty scorecard is refused and says how much is missing.
    window.submit()
    qtbot.waitUntil(lambda: main_window.tasks.pending() == 0, timeout=10_000)
    assert "Not submitted" in window.status.text(), window.status.text()
    # Rate everything at the top of its scale ("Yes" or the highest point), one criterion N/A.
    for rating, _cause, _comment in form.rows.values():
        rating.setCurrentIndex(1 if rating.itemData(1) != scoring.NA else 2)
    criterion = next(c for c in form.state.definition.criteria if c.allow_na)
    rating = form.rows[criterion.key][0]
    rating.setCurrentIndex(rating.findData(scoring.NA))
    # One negative rating with its root cause and comment.
    negative = next(
        c
        for c in form.state.definition.criteria
        if c.root_causes and not c.critical and c.key != criterion.key
    )
    rating, cause, comment = form.rows[negative.key]
    rating.setCurrentIndex(rating.findData(negative.values()[0]))
    assert cause.isEnabled()
    cause.setCurrentIndex(1)
    comment.setText("Restate the problem before the solution.")
    expected = scoring.score(form.state.definition, form.answers())
    assert expected.complete and 0 < expected.score < 100
    assert QLocaleFree(expected.score) in form.score_label.text()
    window.submit()
    qtbot.waitUntil(lambda: "submitted" in window.status.text(), timeout=10_000)
    with demo_db.session() as s:
        review = s.scalars(
            select(Review).where(Review.interaction_id == interaction_id, Review.reviewer_id == supervisor)
        ).one()
        assert review.status == "submitted" and review.score == expected.score
        assert review.answers[negative.key]["comment"] == "Restate the problem before the solution."
        event_id = s.scalar(select(Event.id).where(Event.interaction_id == interaction_id).limit(1))
    qtbot.waitUntil(lambda: all(i.interaction_id != interaction_id for i in window.items), timeout=10_000)
    window.add_note(event_id, "Lovely greeting.")
    window.queue.setCurrentCell(0, 0)
    window.add_exemplar(window.items[0].interaction_id, "Clear next step")
    qtbot.waitUntil(lambda: main_window.tasks.pending() == 0, timeout=10_000)
    with demo_db.session() as s:
        assert (
            s.scalars(select(CoachingComment).where(CoachingComment.body == "Lovely greeting."))
            .one()
            .author_id
            == supervisor
        )
        assert s.scalars(select(Exemplar).where(Exemplar.note == "Clear next step")).one()


def QLocaleFree(score: float) -> str:
    return str(int(score))


def test_agents_cannot_open_review(qtbot, main_window) -> None:
    assert main_window.agent_role == "agent"
    assert not main_window.act_review.isEnabled()
    main_window.open_review()
    assert main_window.review is None


def test_agent_sees_notes_in_the_timeline_and_acknowledges_them(qtbot, main_window, demo_db) -> None:
    from agent_console.core.coaching import reviews

    window = main_window
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() > 0, timeout=10_000)
    entry = window.timeline.model.entry(0)
    with demo_db.session() as s:
        supervisor = s.scalar(select(Agent.id).where(Agent.role == "supervisor").limit(1))
        s.get(Event, entry.id).author_agent_id = window.agent_id
    with demo_db.session() as s:
        note = reviews.add_comment(s, entry.id, supervisor, "Use the customer's name in the greeting.")
        note_id = note.id
    window.timeline.model.set_source(window.customer_id, customer_tz=window.timeline.model.customer_tz)
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() > 0, timeout=10_000)
    marked = next(
        window.timeline.model.entry(r)
        for r in range(window.timeline.model.rowCount())
        if window.timeline.model.entry(r).id == entry.id
    )
    assert marked.coaching_notes == 1
    assert "1 coaching note" in window.timeline.view.delegate._notes(marked)
    window.act_coaching.trigger()
    coaching = window.coaching
    qtbot.waitUntil(lambda: coaching.overview is not None and coaching.notes.count() > 0, timeout=10_000)
    row = next(r for r in range(coaching.notes.count()) if coaching.notes.item(r).data(IdRole) == note_id)
    coaching.notes.setCurrentRow(row)
    with qtbot.waitSignal(coaching.loaded, timeout=10_000):
        coaching.acknowledge_current()
    with demo_db.session() as s:
        assert s.get(CoachingComment, note_id).acknowledged_at is not None
    assert "acknowledged" in coaching.notes.item(row).text()
    # Enter on the note opens its conversation in the agent screen.
    with qtbot.waitSignal(coaching.open_interaction, timeout=5_000) as opened:
        coaching._open_item(coaching.notes.item(row))
    assert opened.args == [entry.interaction_id]
    assert coaching.reviews_table.rowCount() == len(coaching.overview.reviews)
    assert coaching.headline.text()


def test_two_conversations_side_by_side_scroll_together(qtbot, main_window, demo_db) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from agent_console.core.coaching import reviews

    with demo_db.session() as s:
        supervisor = s.scalar(select(Agent.id).where(Agent.role == "supervisor").limit(1))
        # Two conversations with several messages each.
        rows = s.execute(
            select(Event.interaction_id).group_by(Event.interaction_id).having(func.count() >= 4).limit(2)
        ).all()
    left_id, right_id = rows[0][0], rows[1][0]
    window = ReviewWindow(main_window.tasks, supervisor, main_window)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    assert window.compare_selected() is None  # nothing selected: it says what to do
    assert "Ctrl+click" in window.status.text()
    compare = window.compare_interactions(left_id, right_id)
    qtbot.addWidget(compare)
    qtbot.waitUntil(
        lambda: (
            compare.comparison is not None
            and compare.left.model.rowCount() >= 4
            and compare.right.model.rowCount() >= 4
        ),
        timeout=10_000,
    )
    with demo_db.session() as s:
        expected = reviews.compare(s, left_id, right_id)
    assert compare.summary_labels[3][1].text().strip("<b>/") == str(expected.messages[0])
    assert {compare.left.model.entry(r).interaction_id for r in range(compare.left.model.rowCount())} == {
        left_id
    }
    # By message: the oldest message on the left brings the right to its oldest message.
    compare.left.view.scrollToBottom()
    last_left = compare.left.model.rowCount() - 1
    compare.left.view.scrollTo(compare.left.model.index(last_left))
    compare.sync(compare.left, compare.right)
    top_left = compare.top_row(compare.left)
    number = compare.left.model.rowCount() - 1 - top_left
    assert (
        compare.top_row(compare.right) == max(compare.right.model.rowCount() - 1 - number, 0)
        or compare.right.view.verticalScrollBar().value() == compare.right.view.verticalScrollBar().maximum()
    )
    # The queue's selection drives the same window.
    window.queue.setCurrentCell(0, 0)
    if len(window.items) >= 2:
        window.queue.selectionModel().select(
            window.queue.model().index(1, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        second = window.compare_selected()
        assert second is not None and second.ids == (
            window.items[0].interaction_id,
            window.items[1].interaction_id,
        )
        second.close()


def test_a_reply_sent_with_draft_warnings_shows_them_for_review(qtbot, main_window, demo_db) -> None:
    from agent_console.ui.screenshots import _informal_draft

    window = main_window
    qtbot.waitUntil(lambda: window.composer.checks.context is not None, timeout=10_000)
    draft = _informal_draft(window.composer.checks.context)
    window.composer.editor.setPlainText(draft)
    warnings = window.composer.checks.check_now(draft)
    assert warnings, "the informal draft breaks the customer's etiquette"
    window.composer.send()
    qtbot.waitUntil(lambda: window.composer.editor.toPlainText() == "", timeout=10_000)
    with demo_db.session() as s:
        sent = s.scalars(select(Event).where(Event.body_text == draft.strip())).one()
        assert [c["code"] for c in sent.meta["draft_checks"]] == [w.code for w in warnings]
    qtbot.waitUntil(
        lambda: any(
            window.timeline.model.entry(r).id == sent.id for r in range(window.timeline.model.rowCount())
        ),
        timeout=10_000,
    )
    entry = next(
        window.timeline.model.entry(r)
        for r in range(window.timeline.model.rowCount())
        if window.timeline.model.entry(r).id == sent.id
    )
    assert entry.draft_warnings == len(warnings)
    assert "draft-check warning" in window.timeline.view.delegate._notes(entry)


def test_calibration_is_blind_until_submitted_then_shows_disagreement(qtbot, main_window, demo_db) -> None:
    from agent_console.core.coaching import reviews

    with demo_db.session() as s:
        one = s.scalar(select(Agent.id).where(Agent.role == "supervisor").limit(1))
        two = Agent(name="Second Supervisor", role="supervisor", locale="en", timezone="UTC")
        s.add(two)
        s.flush()
        two = two.id
    window = ReviewWindow(main_window.tasks, one, main_window)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.period.setCurrentIndex(window.period.findData(365))
    last = len(window.items) - 1
    with qtbot.waitSignal(window.review_shown, timeout=10_000):
        window.queue.setCurrentCell(last, 0)
    interaction_id = window.items[last].interaction_id
    plain_review = window.review_id
    window.start_calibration()
    qtbot.waitUntil(
        lambda: window.left_tabs.currentIndex() == 1 and bool(window.calibration_items), timeout=10_000
    )
    calibration_id = window.calibration_items[0].calibration_id
    qtbot.waitUntil(
        lambda: window.review_id not in (None, plain_review), timeout=10_000
    )  # the calibration's own review
    assert not window.disagree_button.isEnabled()  # blind until one's own scoring is in
    # The other supervisor scores everything at the bottom of the scale (but no critical failure).
    with demo_db.session() as s:
        theirs = reviews.start_review(s, interaction_id, two, calibration_id=calibration_id)
        definition = reviews.definition_of(s, theirs.scorecard_version_id)
        answers = {}
        for c in definition.criteria:
            value = "yes" if c.critical or c.scale == "yes_no" else 1
            answers[c.key] = {
                "value": value,
                **({"root_cause": c.root_causes[0]} if c.negative(value) and c.root_causes else {}),
            }
        reviews.save_answers(s, theirs.id, answers)
        reviews.submit(s, theirs.id)
    # Mine: the top of every scale.
    qtbot.waitUntil(lambda: bool(window.form.rows), timeout=10_000)
    for rating, _cause, _comment in window.form.rows.values():
        rating.setCurrentIndex(1 if rating.itemData(1) != "na" else 2)
    window.submit()
    qtbot.waitUntil(lambda: main_window.tasks.pending() == 0, timeout=10_000)
    assert "submitted" in window.status.text(), window.status.text()
    qtbot.waitUntil(lambda: window.disagree_button.isEnabled(), timeout=10_000)
    dialog = window.show_disagreement()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    scaled = [c.key for c in definition.criteria if c.scale != "yes_no" and not c.critical]
    assert sorted(c.key for c in dialog.report.disagreements) == sorted(scaled)
    assert dialog.table.columnCount() == 2 and dialog.table.rowCount() == len(definition.criteria)
    with demo_db.session() as s:  # calibration scores never count toward the agent's quality
        kinds = set(s.scalars(select(Review.kind).where(Review.calibration_id == calibration_id)))
        assert kinds == {"calibration"}


def test_supervisor_edits_the_scorecard_and_saves_a_new_version(qtbot, main_window, demo_db) -> None:
    from agent_console.core.models import ScorecardVersion

    with demo_db.session() as s:
        supervisor = s.scalar(select(Agent.id).where(Agent.role == "supervisor").limit(1))
        before = s.scalar(select(func.max(ScorecardVersion.version)))
    window = ReviewWindow(main_window.tasks, supervisor, main_window)
    qtbot.addWidget(window)
    editor = window.edit_scorecard()
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.tree.topLevelItemCount() > 0, timeout=10_000)
    criterion = editor.tree.topLevelItem(0).child(0)
    editor.tree.setCurrentItem(criterion)
    editor.weight.setValue(12)
    editor.item_title.setText("Acknowledged the customer's feelings")
    editor.item_title.textEdited.emit(editor.item_title.text())
    assert "total weight 102" in editor.check.text() and "declared total" in editor.check.text()
    # A second criterion with the same key cannot be saved, and says why.
    editor.add_criterion()
    editor.key.setText(editor.definition["sections"][0]["criteria"][0]["key"])
    editor.key.textEdited.emit(editor.key.text())
    assert not editor.save_button.isEnabled() and "used twice" in editor.check.text()
    editor.remove_current()
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save()
    assert saved.args == [before + 1]
    with demo_db.session() as s:
        newest = s.scalars(select(ScorecardVersion).order_by(ScorecardVersion.version.desc()).limit(1)).one()
        first = newest.definition["sections"][0]["criteria"][0]
        assert (first["weight"], first["title"]["en"]) == (12, "Acknowledged the customer's feelings")
