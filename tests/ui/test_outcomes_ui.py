"""Wrap-up, corrections, follow-ups and the KPI dashboard through the real widgets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from agent_console.core.models import FollowUp, Interaction, Outcome, OutcomeChange, WrapUpDraft
from agent_console.core.outcomes import kpi
from agent_console.settings import Settings
from agent_console.ui.dashboard import format_kpi
from tests.ui.conftest import make_window


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.tasks.pending() == 0, timeout=10_000)


def open_first(qtbot, window) -> int:
    qtbot.waitUntil(lambda: window.composer.interaction is not None, timeout=10_000)
    idle(qtbot, window)
    return window.composer.interaction.id


def start_wrap_up(qtbot, window) -> None:
    window.act_wrapup.trigger()
    qtbot.waitUntil(lambda: window.wrapup.target is not None, timeout=10_000)
    assert window.bottom.currentWidget() is window.wrapup_scroll


def test_wrap_up_from_the_keyboard_closes_and_shows_the_next_conversation(
    qtbot, main_window, demo_db
) -> None:
    window = main_window
    first = open_first(qtbot, window)
    second = window.inbox_model.items[1].interaction_id
    start_wrap_up(qtbot, window)
    panel = window.wrapup
    assert panel.dispositions.hasFocus() or not window.isActiveWindow()
    qtbot.keyClick(panel.dispositions, "2")  # hotkey: Problem fixed
    assert panel.current().disposition == "fixed"
    assert panel.resolved_yes.isChecked()  # the disposition pre-sets "resolved"
    panel.reason.setFocus()
    qtbot.keyClick(panel.reason, Qt.Key.Key_Down)
    panel.csat.setValue(5)
    qtbot.keyClick(panel.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.bottom.currentWidget() is window.composer, timeout=10_000)
    qtbot.waitUntil(
        lambda: window.composer.interaction is not None and window.composer.interaction.id == second,
        timeout=10_000,
    )
    with demo_db.session() as s:
        outcome = s.get(Outcome, first)
        assert outcome is not None
        assert (outcome.disposition, outcome.resolved, outcome.csat) == ("fixed", True, 5)
        assert outcome.reason is not None
        assert outcome.handle_seconds == outcome.active_seconds + outcome.acw_seconds
        assert s.get(Interaction, first).status == "closed"
        assert s.get(WrapUpDraft, first) is None
    assert all(item.interaction_id != first for item in window.inbox_model.items)


def test_problems_are_shown_and_nothing_is_saved(qtbot, main_window, demo_db) -> None:
    window = main_window
    first = open_first(qtbot, window)
    start_wrap_up(qtbot, window)
    window.wrapup.nps.setValue(-1)
    window.wrapup.request_save()
    qtbot.waitUntil(lambda: window.wrapup.problems.isVisible(), timeout=10_000)
    text = window.wrapup.problems.text()
    assert "Choose a disposition." in text and "Choose the contact reason." in text
    assert window.bottom.currentWidget() is window.wrapup_scroll
    with demo_db.session() as s:
        assert s.get(Outcome, first) is None


def test_an_unsaved_wrap_up_is_offered_again_after_restart(qtbot, demo_db) -> None:
    window = make_window(qtbot, demo_db)
    first = open_first(qtbot, window)
    start_wrap_up(qtbot, window)
    window.wrapup.select_disposition("callback")
    window.wrapup.notes.setPlainText("Promised a call at ten")
    window.close()  # as if the app ended here: the draft is written on the way out
    with demo_db.session() as s:
        assert s.get(WrapUpDraft, first) is not None
    window = make_window(qtbot, demo_db, Settings())
    qtbot.waitUntil(lambda: window.unfinished_box is not None, timeout=10_000)
    window.unfinished_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.wrapup.target is not None, timeout=10_000)
    assert window.wrapup.target.interaction_id == first
    assert window.wrapup.current().disposition == "callback"
    assert window.wrapup.notes.toPlainText() == "Promised a call at ten"
    window.close()


def test_correcting_an_outcome_keeps_an_audit_trail(qtbot, main_window, demo_db) -> None:
    window = main_window
    with demo_db.session() as s:
        closed = s.scalar(
            select(Outcome.interaction_id)
            .where(Outcome.csat.is_(None))
            .order_by(Outcome.interaction_id)
            .limit(1)
        )
        customer = s.get(Interaction, closed).customer_id
    window.open_customer(customer)
    qtbot.waitUntil(
        lambda: window.customer_id == customer and window.timeline.model.rowCount() > 0, timeout=10_000
    )
    model = window.timeline.model
    row = next(r for r in range(model.rowCount()) if model.entry(r).interaction_id == closed)
    window.timeline.view.setCurrentIndex(model.index(row))
    assert "Outcome:" in window.timeline.view.delegate._outcome_text(model.entry(row))
    window.act_correct.trigger()
    qtbot.waitUntil(lambda: window.wrapup.target is not None, timeout=10_000)
    assert window.wrapup.target.saved is not None and not window.wrapup.follow_box.isVisible()
    window.wrapup.csat.setValue(2)
    window.wrapup.request_save()
    qtbot.waitUntil(lambda: window.bottom.currentWidget() is window.composer, timeout=10_000)
    with demo_db.session() as s:
        assert s.get(Outcome, closed).csat == 2
        change = s.scalars(select(OutcomeChange).where(OutcomeChange.interaction_id == closed)).one()
        assert (change.field, change.old_value, change.new_value) == ("csat", None, "2")


def test_follow_ups_list_notifies_and_starts_a_linked_conversation(qtbot, main_window, demo_db) -> None:
    window = main_window
    with demo_db.session() as s:
        closed, customer = s.execute(select(Outcome.interaction_id, Outcome.customer_id).limit(1)).one()
        s.add(
            FollowUp(
                interaction_id=closed,
                customer_id=customer,
                agent_id=window.agent_id,
                due_at=datetime.now(UTC) - timedelta(minutes=5),
                basis="agent",
                timezone="UTC",
                reason="Check the parcel arrived",
            )
        )
    idle(qtbot, window)
    window.check_follow_ups()
    qtbot.waitUntil(
        lambda: any(i.reason == "Check the parcel arrived" for i in window.followups_view.items),
        timeout=10_000,
    )
    assert "Check the parcel arrived" not in window.statusBar().currentMessage()  # names customers
    assert "follow-up" in window.statusBar().currentMessage()
    assert "overdue" in window.left_tabs.tabToolTip(1)
    assert not window.left_tabs.tabIcon(1).isNull()
    window.act_followups.trigger()
    assert window.left_stack.currentWidget() is window.followups_view
    assert window.followups_view.current_item() is not None  # the soonest is selected for Enter
    target = next(i for i in window.followups_view.items if i.reason == "Check the parcel arrived")
    window.start_follow_up(target)
    qtbot.waitUntil(
        lambda: (
            window.composer.interaction is not None
            and window.composer.interaction.subject == "Check the parcel arrived"
        ),
        timeout=10_000,
    )
    with demo_db.session() as s:
        follow = s.scalars(select(FollowUp).where(FollowUp.reason == "Check the parcel arrived")).one()
        assert follow.done_interaction_id == window.composer.interaction.id
    idle(qtbot, window)
    assert all(i.id != target.id for i in window.followups_view.items)


def test_dashboard_shows_the_figures_drills_down_and_exports(
    qtbot, main_window, demo_db, tmp_path: Path
) -> None:
    window = main_window
    window.open_dashboard()
    dashboard = window.dashboard
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        dashboard.period.setCurrentIndex(dashboard.period.findData("365d"))
    start, end = dashboard.period_dates()
    assert (end - start).days == 364
    with demo_db.session() as s:
        expected = kpi.report(s, start, end, by="agent")
    assert expected.total.volume > 0
    assert dashboard.tiles["volume"].value.text() == format_kpi("volume", expected.total.volume)
    assert dashboard.tiles["csat"].value.text() == format_kpi("csat", expected.total.csat)
    assert dashboard.table_model.rowCount() == len(expected.groups) + 1
    # Quality from the demo's reviews, for the same period, in its own tab.
    from agent_console.core.coaching import reviews

    with demo_db.session() as s:
        quality = reviews.quality_by_agent(s, start, end)
    assert quality and dashboard.quality_agents.rowCount() == len(quality)
    assert dashboard.quality_criteria.rowCount() > 0
    # Break down by channel: a channel's CSAT cell opens its contacts.
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        dashboard.by.setCurrentIndex(dashboard.by.findData("channel"))
    first_item = dashboard.report.groups[0].item
    dialog = dashboard.drill("csat", "channel", first_item)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    with demo_db.session() as s:
        behind = s.scalar(
            select(func.count())
            .select_from(Outcome)
            .where(Outcome.day.between(start, end), Outcome.channel == first_item, Outcome.csat.is_not(None))
        )
    assert dialog.model.rowCount() == min(behind, 200)
    opened = dialog.rows[0].interaction_id
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.composer.interaction is not None and window.composer.interaction.id == opened,
        timeout=10_000,
    )
    dialog.close()
    csv_path = dashboard.export_to(tmp_path / "kpi.csv", "csv")
    text = csv_path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Channel,Contacts,CSAT")
    dashboard.tabs.setCurrentIndex(1)
    quality_csv = dashboard.export_to(tmp_path / "quality.csv", "csv").read_text(encoding="utf-8-sig")
    assert len(quality_csv.splitlines()) == len(quality) + 1
    dashboard.tabs.setCurrentIndex(0)
    xlsx_path = dashboard.export_to(tmp_path / "kpi.xlsx", "xlsx")
    book = load_workbook(xlsx_path)
    assert book["KPIs"].cell(row=1, column=2).value == "Contacts"
    assert book["KPIs"].max_row == len(dashboard.report.groups) + 2
    assert book["Quality by agent"].max_row == len(quality) + 1
    assert "Quality by criterion" in book.sheetnames
    dashboard.close()


def test_dashboard_period_that_ends_before_it_starts_says_so(qtbot, main_window) -> None:
    window = main_window
    window.open_dashboard()
    dashboard = window.dashboard
    idle(qtbot, window)
    dashboard.end_edit.setDate(dashboard.start_edit.date().addDays(-3))
    assert "ends before it starts" in dashboard.status.text()
    dashboard.close()
