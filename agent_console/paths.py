"""Every folder the app reads or writes, resolved in one place.

``AGENT_CONSOLE_HOME`` puts data, config, logs and cache under one folder (tests and
portable installs use it); otherwise the platform's conventions apply via platformdirs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from agent_console import APP_ID


def _home_override() -> Path | None:
    value = os.environ.get("AGENT_CONSOLE_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home_override()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    home = _home_override()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    home = _home_override()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def cache_dir() -> Path:
    home = _home_override()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))


def resources_dir() -> Path:
    """The shipped data (demo content, icons, replies, etiquette ...).

    In a PyInstaller bundle it sits beside the frozen modules; in a source tree or an
    editable install it is the repository's ``resources/`` folder.
    """
    override = os.environ.get("AGENT_CONSOLE_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "translations"
    return Path(__file__).resolve().parent.parent / "translations"


def default_database_path(demo: bool = False) -> Path:
    return data_dir() / ("demo.sqlite3" if demo else "agent-console.sqlite3")


def attachments_dir() -> Path:
    """Where databases before migration 0011 kept attachment files (``ab/cdef…``).

    Only that migration reads it, to bring the files into the database.
    """
    return data_dir() / "attachments"
