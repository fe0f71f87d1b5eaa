"""An unexpected error shows a dialog with the details to copy, instead of the app vanishing.

The details go to the rotating log as well; a hard crash (segfault) leaves a faulthandler
trace in ``faults.log`` beside it.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import traceback
from types import TracebackType
from typing import IO

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from agent_console import __version__, paths

log = logging.getLogger(__name__)
_fault_file: IO[str] | None = None


class CrashDialog(QMessageBox):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Agent Console — unexpected error"))
        self.setText(
            self.tr(
                "Something went wrong. Your drafts are saved; you can keep working, or restart "
                "Agent Console if the window misbehaves."
            )
        )
        self.setInformativeText(self.tr("Please send the details to your administrator."))
        self.setDetailedText(details)
        self.copy_button = self.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Close)
        self.copy_button.clicked.disconnect()  # keep the dialog open after copying
        self.copy_button.clicked.connect(self.copy_details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def details_for(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return f"Agent Console {__version__}\n" + "".join(traceback.format_exception(exc_type, exc, tb))


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = details_for(exc_type, exc, tb)
    log.critical("unexpected error\n%s", details)
    app = QApplication.instance()
    if app is not None and QGuiApplication.platformName() not in ("offscreen", "minimal"):
        CrashDialog(details).exec()


def install() -> None:
    global _fault_file
    sys.excepthook = _hook
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        _fault_file = (folder / "faults.log").open("a", encoding="utf-8")
        faulthandler.enable(file=_fault_file)
    except OSError as exc:
        log.warning("crash trace file unavailable: %s", exc)
