"""Starting the desktop app: QApplication, database, first agent, main window."""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from agent_console import APP_ID, APP_NAME, __version__
from agent_console.core import agents
from agent_console.core.db import Database, DatabaseOpenError
from agent_console.core.errors import DemoError
from agent_console.core.models import Customer
from agent_console.settings import Settings, resolve_database_url
from agent_console.ui.common import icon

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")


def _qt_message(mode: QtMsgType, _context: Any, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    qt_log.log(level, "%s", message)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    return app  # type: ignore[return-value]


def open_database(url: str, demo_mode: bool) -> Database:
    """Open (and migrate) the database; in demo mode fill it on first start."""
    database = Database.open(url)
    if demo_mode:
        from agent_console.core import demo  # the generator's imports cost 0.1 s; only an empty demo needs it

        with database.session() as session:
            empty = session.query(Customer.id).first() is None
        if empty:
            summary = demo.generate(database)
            log.info(
                "demo data: %s customers, %s events in %.1f s",
                summary.customers,
                summary.events,
                summary.seconds,
            )
    return database


def run(
    db_url: str | None, demo_mode: bool, measure_startup: bool = False, language: str | None = None
) -> int:
    started = time.perf_counter()
    qInstallMessageHandler(_qt_message)
    settings = Settings.load()
    url = resolve_database_url(db_url, settings, demo=demo_mode)
    app = make_application()
    from agent_console.ui import crash, i18n

    crash.install()

    i18n.install(app, language or settings.ui_language)
    from agent_console.ui import appearance

    appearance.apply(app, settings)
    try:
        database = open_database(url, demo_mode)
    except (DatabaseOpenError, DemoError) as exc:
        print(f"agent-console: {exc}", file=sys.stderr)
        if QGuiApplication.platformName() not in (
            "offscreen",
            "minimal",
        ):  # nobody could close a dialog there
            QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    with database.session() as session:
        agent = agents.ensure_agent(session, settings.agent_id, QCoreApplication.translate("App", "Agent"))
        session.expunge(agent)
    from agent_console.ui.main_window import MainWindow

    window = MainWindow(database, agent, settings)
    window.show()
    if measure_startup:

        def ready() -> None:
            print(f"startup_ms={(time.perf_counter() - started) * 1000:.0f}", flush=True)
            window.close()

        window.inbox_model.loaded.connect(ready)
    code = app.exec()
    database.close()
    return code
