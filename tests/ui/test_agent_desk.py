"""The agent desk through the real widgets: inbox, timeline, card, composer, search, merges."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from agent_console.core import timeline as core_timeline
from agent_console.core.models import Event, Interaction
from agent_console.ui.help import ShortcutsDialog
from agent_console.ui.timeline import BodyRole, EntryRole, ExpandedRole
from tests.factories import T0, add_customer, add_interaction
from tests.ui.conftest import make_window


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(
        lambda: window.tasks.pending() == 0 and not window.timeline.model.is_loading(), timeout=10_000
    )


def test_inbox_opens_first_conversation_with_timeline_card_and_composer(qtbot, main_window) -> None:
    window = main_window
    assert window.inbox_model.rowCount() > 0
    assert window.inbox_model.total >= window.inbox_model.rowCount()
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() > 0, timeout=10_000)
    first = window.inbox_model.items[0]
    assert window.customer_id == first.customer_id
    qtbot.waitUntil(lambda: window.card.name.text() == first.customer_name, timeout=10_000)
    assert first.customer_name in window.windowTitle()
    assert window.composer.interaction.id == first.interaction_id
    assert window.composer.editor.isEnabled()
    entries = [window.timeline.model.entry(r) for r in range(window.timeline.model.rowCount())]
    keys = [(e.occurred_at, e.id) for e in entries]
    assert keys == sorted(keys, reverse=True)
    assert window.inbox_model.items[0].customer_name in window.inbox_view.model().data(
        window.inbox_model.index(0), Qt.ItemDataRole.AccessibleTextRole
    )


def test_next_conversation_by_keyboard(qtbot, main_window) -> None:
    window = main_window
    wait_idle(qtbot, window)
    second = window.inbox_model.items[1]
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.composer.interaction and window.composer.interaction.id == second.interaction_id,
        timeout=10_000,
    )
    assert window.customer_id == second.customer_id


def test_long_history_is_paged_lazily_in_a_bounded_window(qtbot, main_window, demo_db) -> None:
    window = main_window
    customer = add_customer(demo_db, "Keyset Tester", country="DE")
    for n in range(5):
        add_interaction(
            demo_db,
            customer,
            ("email", "chat", "sms", "telegram", "whatsapp")[n],
            messages=100,
            start=T0 + timedelta(days=n),
            step=timedelta(seconds=30),
        )
    window.open_customer(customer)
    model = window.timeline.model
    qtbot.waitUntil(lambda: model.rowCount() == core_timeline.PAGE_SIZE, timeout=10_000)
    wait_idle(qtbot, window)
    assert model.rowCount() == core_timeline.PAGE_SIZE  # one page, not 500 rows
    newest_id = model.entry(0).id
    view = window.timeline.view
    seen: set[int] = set()
    for _ in range(25):  # scroll down through the whole history
        view.scrollToBottom()
        qtbot.waitUntil(lambda: not model.is_loading(), timeout=10_000)
        wait_idle(qtbot, window)
        seen |= {model.entry(r).id for r in range(model.rowCount())}
        assert model.rowCount() <= model.max_rows  # memory does not grow with the history
        if model.is_exhausted():
            break
    assert model.is_exhausted() and model.has_newer()
    assert len(seen) == 500  # every entry was shown once on the way down
    for _ in range(25):  # and back up: newer pages return, the oldest leave
        view.scrollToTop()
        qtbot.keyClick(view, Qt.Key.Key_PageUp)  # at the top, PgUp asks for newer entries too
        qtbot.waitUntil(lambda: not model.is_loading(), timeout=10_000)
        wait_idle(qtbot, window)
        if not model.has_newer():
            break
    assert not model.has_newer()
    assert model.entry(0).id == newest_id
    ids = [model.entry(r).id for r in range(model.rowCount())]
    assert len(ids) == len(set(ids))
    keys = [model.entry(r).cursor for r in range(model.rowCount())]
    assert keys == sorted(keys, reverse=True)


def test_expand_a_long_email_with_enter(qtbot, main_window, demo_db) -> None:
    window = main_window
    customer = add_customer(demo_db, "Ketevan Long", country="GE")
    long_text = "ძვირფასო გუნდო, " * 400
    add_interaction(demo_db, customer, "email", messages=1, texts=[long_text])
    window.open_customer(customer)
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() == 1, timeout=10_000)
    view = window.timeline.view
    index = window.timeline.model.index(0)
    view.setCurrentIndex(index)
    collapsed_height = view.visualRect(index).height()
    assert index.data(EntryRole).truncated
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: len(window.timeline.model.index(0).data(BodyRole)) == len(long_text), timeout=10_000
    )
    assert window.timeline.model.index(0).data(ExpandedRole)
    qtbot.waitUntil(
        lambda: view.visualRect(window.timeline.model.index(0)).height() > collapsed_height * 3, timeout=5_000
    )
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not window.timeline.model.index(0).data(ExpandedRole)


def test_filter_by_channel_and_find_in_timeline(qtbot, main_window, demo_db) -> None:
    window = main_window
    customer = add_customer(demo_db, "Filter Tester", country="UZ")
    add_interaction(
        demo_db,
        customer,
        "telegram",
        messages=4,
        texts=["Salom", "Assalomu alaykum", "Click orqali", "Rahmat"],
    )
    add_interaction(demo_db, customer, "email", messages=3, start=T0 + timedelta(days=1))
    window.open_customer(customer)
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() == 7, timeout=10_000)
    combo = window.timeline.channel_filter
    combo.setCurrentIndex(combo.findData("telegram"))
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() == 4, timeout=10_000)
    assert {window.timeline.model.entry(r).channel for r in range(4)} == {"telegram"}
    qtbot.keyClick(
        window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.timeline.search.hasFocus()
    qtbot.keyClicks(window.timeline.search, "click")
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() == 1, timeout=10_000)
    assert window.timeline.model.entry(0).preview == "Click orqali"
    window.timeline.search.clear()
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() == 7, timeout=10_000)


def test_jump_to_previous_interaction(qtbot, main_window, demo_db) -> None:
    window = main_window
    customer = add_customer(demo_db, "Jump Tester", country="GR")
    older = add_interaction(demo_db, customer, "phone", messages=1, start=T0)
    add_interaction(
        demo_db, customer, "chat", messages=80, start=T0 + timedelta(days=3), step=timedelta(seconds=5)
    )
    window.open_customer(customer)
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() > 0, timeout=10_000)
    wait_idle(qtbot, window)
    window.timeline.view.setFocus()
    qtbot.keyClick(
        window, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(
        lambda: (
            window.timeline.view.currentIndex().isValid()
            and window.timeline.model.entry(window.timeline.view.currentIndex().row()).interaction_id == older
        ),
        timeout=10_000,
    )


def test_search_customers_from_the_keyboard(qtbot, main_window, demo_db) -> None:
    window = main_window
    target = add_customer(
        demo_db, "Ზურაბ Unique-Searchname", country="GE", identities=(("phone", "+995 599 12 34 56"),)
    )
    add_interaction(demo_db, target, "whatsapp", messages=2, start=T0 + timedelta(days=900))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "599 12-34")
    qtbot.waitUntil(lambda: window.search_model.rowCount() == 1, timeout=10_000)
    assert window.left_stack.currentWidget() is window.search_view
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.customer_id == target, timeout=10_000)
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() == 2, timeout=10_000)
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.left_stack.currentWidget() is window.inbox_view


def test_reply_is_recorded_and_draft_survives_a_restart(qtbot, demo_db) -> None:
    window = make_window(qtbot, demo_db)
    qtbot.waitUntil(lambda: window.composer.interaction is not None, timeout=10_000)
    wait_idle(qtbot, window)
    interaction_id = window.composer.interaction.id
    editor = window.composer.editor
    editor.setFocus()
    with qtbot.waitSignal(window.composer.draft_saved, timeout=5_000):
        qtbot.keyClicks(editor, "Gamarjobat, tkveni shekveta gzashia.")
    window.close()  # as good as a crash: the draft is already in the database
    del window

    window = make_window(qtbot, demo_db)
    qtbot.waitUntil(lambda: window.composer.interaction is not None, timeout=10_000)
    window.open_interaction(interaction_id)
    qtbot.waitUntil(
        lambda: window.composer.editor.toPlainText() == "Gamarjobat, tkveni shekveta gzashia.", timeout=10_000
    )
    wait_idle(qtbot, window)
    window.composer.editor.setFocus()
    qtbot.keyClick(window.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            window.timeline.model.rowCount() > 0
            and window.timeline.model.entry(0).preview == "Gamarjobat, tkveni shekveta gzashia."
        ),
        timeout=10_000,
    )
    newest = window.timeline.model.entry(0)
    assert newest.direction == "out"
    assert window.composer.editor.toPlainText() == ""
    with demo_db.session() as s:
        channel = s.get(Interaction, interaction_id).channel
        stored = s.scalar(select(Event).where(Event.id == newest.id))
        assert stored.channel == channel and stored.author_agent_id == window.agent_id
    window.close()


def test_merge_from_suggestion_and_undo(qtbot, main_window, demo_db) -> None:
    window = main_window
    a = add_customer(demo_db, "Oyunchimeg Batbayar", country="MN", identities=(("email", "oyunaa@mail.mn"),))
    b = add_customer(demo_db, "Batbayar Oyunchimeg", country="MN", identities=(("phone", "+976 8811 2233"),))
    add_interaction(demo_db, a, "email", messages=2, start=T0 + timedelta(days=800))
    add_interaction(demo_db, b, "sms", messages=3, start=T0 + timedelta(days=801))
    window.open_customer(a)
    qtbot.waitUntil(lambda: window.card.suggestions.count() == 1, timeout=10_000)
    assert "Batbayar Oyunchimeg" in window.card.suggestions.item(0).text()
    qtbot.mouseClick(window.card.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() == 5, timeout=10_000)
    qtbot.waitUntil(lambda: window.card.merges.count() == 1, timeout=10_000)
    assert window.card.identities.count() == 2
    assert window.undo_button.isVisible()
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(
        lambda: window.card.identities.count() == 1 and window.card.suggestions.count() == 1, timeout=10_000
    )


def test_merge_dialog_by_keyboard(qtbot, main_window, demo_db, monkeypatch) -> None:
    from agent_console.ui import merge_dialog

    window = main_window
    a = add_customer(demo_db, "Dialog Target", country="BR", identities=(("email", "alvo@exemplo.com.br"),))
    b = add_customer(
        demo_db, "Zeferino Duplicado", country="BR", identities=(("whatsapp", "+55 11 91234 5678"),)
    )
    add_interaction(demo_db, a, "email", messages=1, start=T0 + timedelta(days=700))
    add_interaction(demo_db, b, "whatsapp", messages=2, start=T0 + timedelta(days=701))
    window.open_customer(a)
    qtbot.waitUntil(lambda: window.customer_id == a, timeout=10_000)

    def drive(dialog: merge_dialog.MergeDialog) -> int:
        qtbot.keyClicks(dialog.query, "Zeferino")
        qtbot.waitUntil(lambda: dialog.selected() is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", drive)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() == 3, timeout=10_000)


def test_shortcut_reference_lists_every_window_action(qtbot, main_window) -> None:
    dialog = ShortcutsDialog(main_window.actions(), main_window)
    qtbot.addWidget(dialog)
    listed = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    for action in main_window.actions():
        if not action.shortcut().isEmpty():
            assert action.text().replace("&", "") in listed
    assert "Merge with another customer…" in listed
    assert "Jump to the previous interaction" in listed


def test_window_geometry_is_remembered(qtbot, demo_db) -> None:
    from agent_console.settings import Settings

    window = make_window(qtbot, demo_db)
    window.resize(700, 500)  # inside the offscreen screen (800x600)
    window.close()
    settings = Settings.load()
    assert settings.window_geometry
    window = make_window(qtbot, demo_db, settings)
    assert (window.width(), window.height()) == (700, 500)
    window.close()
