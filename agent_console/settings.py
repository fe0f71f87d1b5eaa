"""User settings: declared once, with defaults, stored as JSON in the config folder.

Qt-free so the CLI and the headless sync service read the same settings as the desktop.
Unknown keys in the file are kept (a newer version may have written them); values of
the wrong type fall back to the default with a logged warning instead of crashing.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from agent_console import paths

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    #: SQLAlchemy URL; empty means the SQLite file in the data folder.
    database_url: str = ""
    #: UI language code ("" = follow the system locale, falling back to English).
    ui_language: str = ""
    #: "system", "light" or "dark".
    theme: str = "system"
    #: Point size; 0 means the platform default.
    font_size: int = 0
    #: Id of the agent who works at this desk (picked on first start).
    agent_id: int = 0
    window_geometry: str = ""
    window_state: str = ""
    splitter_state: str = ""
    #: Fetch exchange rates from the central banks' feeds (AGENT_CONSOLE_FETCH_RATES=0 turns it off).
    fetch_rates: bool = True
    #: Per provider ("ECB", "CBU", "NBG"): a different feed URL, e.g. an internal mirror.
    rate_provider_urls: dict[str, str] = field(default_factory=dict)
    #: The currency the agent thinks in, for the converter ("" = from the system locale, else EUR).
    agent_currency: str = ""
    #: Words the draft checks flag as jargon, on top of each language's list.
    jargon: list[str] = field(default_factory=list)
    #: Run the channel connectors inside the app: "auto" (yes on SQLite; a team on PostgreSQL
    #: runs one ``agent-console sync`` for everyone), "on" or "off".
    sync_in_app: str = "auto"
    #: Role-play's sandbox database (a team shares one so trainers see every session); empty:
    #: a SQLite file beside the real data. Never the real database.
    training_database_url: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def path(cls) -> Path:
        return paths.config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        path = cls.path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return cls()
        if not isinstance(raw, dict):
            log.warning("settings file %s is not an object; using defaults", path)
            return cls()
        settings = cls()
        known = {f.name: f for f in fields(cls)}
        for key, value in raw.items():
            if key not in known:
                settings.extra[key] = value
                continue
            default = getattr(settings, key)
            if isinstance(value, type(default)) and not (
                isinstance(value, bool) and not isinstance(default, bool)
            ):
                setattr(settings, key, value)
            else:
                log.warning("setting %s has a value of the wrong type; using the default", key)
        return settings

    def save(self) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        data = asdict(self)
        extra = data.pop("extra")
        data.update({k: v for k, v in extra.items() if k not in data})
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)  # atomic: a crash never leaves half a settings file


def rates_enabled(settings: Settings) -> bool:
    env = os.environ.get("AGENT_CONSOLE_FETCH_RATES")
    if env is not None:
        return env.strip().lower() not in ("0", "false", "no", "off", "")
    return settings.fetch_rates


def sync_in_app(settings: Settings, dialect: str) -> bool:
    env = os.environ.get("AGENT_CONSOLE_SYNC")
    if env is not None:
        return env.strip().lower() not in ("0", "false", "no", "off", "")
    if settings.sync_in_app in ("on", "off"):
        return settings.sync_in_app == "on"
    return dialect == "sqlite"


def resolve_database_url(cli_url: str | None, settings: Settings, demo: bool = False) -> str:
    """The database to open: --db, then AGENT_CONSOLE_DB, then settings, then the SQLite default."""
    if cli_url:
        return cli_url
    env = os.environ.get("AGENT_CONSOLE_DB")
    if env:
        return env
    if settings.database_url and not demo:
        return settings.database_url
    return "sqlite:///" + str(paths.default_database_path(demo=demo))
