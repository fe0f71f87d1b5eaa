"""Small shared UI helpers: icons, translated channel names, time formatting."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone
from PySide6.QtGui import QIcon

from agent_console import paths


@cache
def icon(name: str) -> QIcon:
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def channel_icon(channel: str, kind: str = "message") -> QIcon:
    return icon("note" if kind == "note" else channel)


def channel_name(channel: str) -> str:
    tr = QCoreApplication.translate
    names = {
        "email": tr("Channel", "Email"),
        "phone": tr("Channel", "Phone"),
        "sms": tr("Channel", "SMS"),
        "whatsapp": tr("Channel", "WhatsApp"),
        "telegram": tr("Channel", "Telegram"),
        "chat": tr("Channel", "Chat"),
        "social": tr("Channel", "Social"),
    }
    return names.get(channel, channel)


def identity_kind_name(kind: str) -> str:
    tr = QCoreApplication.translate
    names = {
        "email": tr("Identity", "Email"),
        "phone": tr("Identity", "Phone"),
        "whatsapp": tr("Identity", "WhatsApp"),
        "telegram": tr("Identity", "Telegram"),
        "chat": tr("Identity", "Chat visitor"),
        "social": tr("Identity", "Social"),
    }
    return names.get(kind, kind)


def status_name(status: str) -> str:
    tr = QCoreApplication.translate
    return {
        "open": tr("Status", "Open"),
        "pending": tr("Status", "Waiting for customer"),
        "closed": tr("Status", "Closed"),
    }.get(status, status)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))


def format_agent_time(moment: datetime, now: datetime | None = None) -> str:
    """A timestamp in the agent's time zone and UI locale; today's show only the time."""
    local = to_qdatetime(moment).toLocalTime()
    locale = QLocale()
    if now is not None and to_qdatetime(now).toLocalTime().date() == local.date():
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def format_customer_time(moment: datetime, tz_name: str | None) -> str | None:
    """The same moment on the customer's clock, e.g. for a tooltip."""
    if not tz_name:
        return None
    try:
        ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    zone = QTimeZone(tz_name.encode())
    if not zone.isValid():
        return None
    return QLocale().toString(to_qdatetime(moment).toTimeZone(zone), QLocale.FormatType.ShortFormat)


def format_duration(seconds: int) -> str:
    tr = QCoreApplication.translate
    minutes, secs = divmod(max(seconds, 0), 60)
    if minutes:
        return tr("Duration", "%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(secs))
    return tr("Duration", "%1 s").replace("%1", str(secs))
