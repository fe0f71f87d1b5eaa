"""The one way the UI runs background work.

``tasks.run(fn, on_done, on_error)`` runs *fn* on a worker thread and calls *on_done*
with its result on the GUI thread; ``tasks.db(fn, ...)`` does the same with a fresh
database session passed to *fn* (committed when it returns).  Never touch a widget in
*fn*: return plain data and let *on_done* update the UI.  Callbacks are dropped if their
*owner* widget was deleted meanwhile, so a late result never reaches a dead object.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from agent_console.core.db import Database

log = logging.getLogger(__name__)

T = TypeVar("T")


class TaskError(Exception):
    def __init__(self, error: BaseException, details: str) -> None:
        super().__init__(str(error))
        self.error = error
        self.details = details


class _Relay(QObject):
    finished = Signal(object, object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result: Any = self.fn()
            error: TaskError | None = None
        except Exception as exc:  # reported to the GUI thread, never swallowed
            result, error = None, TaskError(exc, traceback.format_exc())
        try:
            self.relay.finished.emit(result, error)
        except RuntimeError:  # the app is shutting down and the relay is gone: nobody is waiting
            log.debug("result of a background task dropped at shutdown")


class TaskRunner(QObject):
    """Owns the worker pool.  One instance per main window session."""

    failed = Signal(str, str)  # message, details: tasks without an on_error handler end here

    def __init__(self, database: Database, parent: QObject | None = None, max_threads: int = 3) -> None:
        super().__init__(parent)
        self.database = database
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()
        self._closed = False

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[TaskError], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        if self._closed:
            log.debug("task refused: the runner is shut down")
            return
        relay = _Relay()
        self._relays.add(relay)

        def finished(result: Any, error: TaskError | None) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if owner is not None and not shiboken6.isValid(owner):
                return
            if error is not None:
                if (
                    on_error is not None
                ):  # handled (often a user's input refused): no traceback at error level
                    log.warning("background task failed: %s", error)
                    log.debug("%s", error.details)
                    on_error(error)
                    return
                log.error("background task failed: %s\n%s", error, error.details)
                if on_error is not None:
                    on_error(error)
                else:
                    self.failed.emit(str(error), error.details)
            elif on_done is not None:
                on_done(result)

        relay.finished.connect(finished)
        self.pool.start(_Job(fn, relay))

    def db(
        self,
        fn: Callable[[Any], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[TaskError], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        database = self.database

        def unit_of_work() -> T:
            with database.session() as session:
                return fn(session)

        self.run(unit_of_work, on_done, on_error, owner)

    def pending(self) -> int:
        return len(self._relays)

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Accept no more work and wait for what is running (the window is closing)."""
        self._closed = True
        return self.pool.waitForDone(msecs)

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the pool is idle (shutdown and tests only; results still arrive via the event loop)."""
        return self.pool.waitForDone(msecs)
