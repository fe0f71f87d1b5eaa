"""The one background-work helper, and the Qt binding's signal plumbing it relies on."""

from __future__ import annotations

import gc
import sys
import threading

from PySide6.QtCore import QObject, Signal

from agent_console.ui.tasks import TaskError, TaskRunner


class _Emitter(QObject):
    fired = Signal(object, object)


def test_many_signal_emits_keep_reference_counts(qapp) -> None:
    """PySide6 6.12.0 aborted Python after ~1,000 emits (a dropped reference to True)."""
    emitter = _Emitter()
    emitter.fired.connect(lambda a, b: None)
    gc.collect()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(20_000):
        emitter.fired.emit([1], None)
    gc.collect()
    # The bug lost one reference per emit (20,000 here, an abort in practice); allow unrelated noise.
    assert abs(sys.getrefcount(True) - true_before) < 2_000
    assert abs(sys.getrefcount(None) - none_before) < 2_000


def test_results_and_errors_arrive_on_the_gui_thread(qtbot, sqlite_database) -> None:
    runner = TaskRunner(sqlite_database)
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 41 + 1

    runner.run(work, lambda value: seen.update(value=value, done_on=threading.get_ident()))
    runner.run(lambda: 1 / 0, on_error=lambda error: seen.update(error=error, error_on=threading.get_ident()))
    runner.db(
        lambda session: session.execute(__import__("sqlalchemy").text("SELECT 7")).scalar(),
        lambda value: seen.update(db=value),
    )
    qtbot.waitUntil(lambda: {"value", "error", "db"} <= seen.keys(), timeout=5_000)
    assert seen["value"] == 42 and seen["db"] == 7
    assert seen["worker"] != gui_thread
    assert seen["done_on"] == gui_thread and seen["error_on"] == gui_thread
    assert isinstance(seen["error"], TaskError) and isinstance(seen["error"].error, ZeroDivisionError)
    assert "ZeroDivisionError" in seen["error"].details


def test_results_for_a_deleted_owner_are_dropped(qtbot, sqlite_database) -> None:
    from PySide6.QtWidgets import QWidget

    runner = TaskRunner(sqlite_database)
    owner = QWidget()
    calls: list[int] = []
    gate = threading.Event()
    runner.run(lambda: gate.wait(5) and 1, lambda value: calls.append(value), owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=5_000)
    gate.set()
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5_000)
    assert calls == []


def test_after_shutdown_no_new_work_is_started(qtbot, sqlite_database) -> None:
    runner = TaskRunner(sqlite_database)
    ran: list[int] = []
    runner.run(lambda: ran.append(1))
    assert runner.shutdown(5_000)
    runner.run(lambda: ran.append(2))
    runner.pool.waitForDone(1_000)
    assert ran == [1]
