"""UI language: Qt translators for our catalogs and Qt's own, installed on the application."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def system_language() -> str:
    return QLocale.system().name().split("_")[0] or "en"


def install(app: QApplication, language: str = "") -> str:
    """Load the catalogs for *language* ('' = the system's) and make it the UI locale."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language or system_language()
    QLocale.setDefault(QLocale(language))
    from agent_console.ui.catalogs import ensure_compiled

    folder = str(ensure_compiled())
    ours = QTranslator(app)
    if ours.load(f"agent_console_{language}", folder):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.info("no UI catalog for %s; showing English", language)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir) or qt.load(f"qtbase_{language}", folder):
        app.installTranslator(qt)
        _installed.append(qt)
    app.setLayoutDirection(QLocale(language).textDirection())
    return language
