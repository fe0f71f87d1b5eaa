"""Small shared UI helpers: icons, translated channel names, time formatting."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import QLabel

from agent_console import paths


@cache
def icon(name: str) -> QIcon:
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def icon_size(metrics: QFontMetrics, minimum: int) -> int:
    """Icons grow with the text (200 % fonts get 200 % icons), never below the design size."""
    return max(minimum, round(metrics.height() * 1.35))


def channel_icon(channel: str, kind: str = "message") -> QIcon:
    return icon("note" if kind == "note" else channel)


def channel_name(channel: str) -> str:
    names = {
        "email": QCoreApplication.translate("Channel", "Email"),
        "phone": QCoreApplication.translate("Channel", "Phone"),
        "sms": QCoreApplication.translate("Channel", "SMS"),
        "whatsapp": QCoreApplication.translate("Channel", "WhatsApp"),
        "telegram": QCoreApplication.translate("Channel", "Telegram"),
        "chat": QCoreApplication.translate("Channel", "Chat"),
        "social": QCoreApplication.translate("Channel", "Social"),
    }
    return names.get(channel, channel)


def outcome_label(labels: dict[str, str] | None, code: str) -> str:
    """A wrap-up code's label in the UI language (labels come from the codes file, not the catalogs)."""
    if not labels:
        return code
    language = QLocale().name().split("_")[0] or "en"
    return labels.get(language) or labels.get("en") or code


def identity_kind_name(kind: str) -> str:
    names = {
        "email": QCoreApplication.translate("Identity", "Email"),
        "phone": QCoreApplication.translate("Identity", "Phone"),
        "whatsapp": QCoreApplication.translate("Identity", "WhatsApp"),
        "telegram": QCoreApplication.translate("Identity", "Telegram"),
        "chat": QCoreApplication.translate("Identity", "Chat visitor"),
        "social": QCoreApplication.translate("Identity", "Social"),
    }
    return names.get(kind, kind)


def status_name(status: str) -> str:
    return {
        "open": QCoreApplication.translate("Status", "Open"),
        "pending": QCoreApplication.translate("Status", "Waiting for customer"),
        "closed": QCoreApplication.translate("Status", "Closed"),
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
    minutes, secs = divmod(max(seconds, 0), 60)
    if minutes:
        return (
            QCoreApplication.translate("Duration", "%1 min %2 s")
            .replace("%1", str(minutes))
            .replace("%2", str(secs))
        )
    return QCoreApplication.translate("Duration", "%1 s").replace("%1", str(secs))


def pin_to_ui_side(label: QLabel) -> None:
    """Align a label to the UI's leading side even when its text is right-to-left (an Arabic name
    in an English UI stays on the left), instead of following the text's own direction."""
    side = (
        Qt.AlignmentFlag.AlignRight
        if label.layoutDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)


def ui_babel_locale() -> Locale:
    try:
        return Locale.parse(QLocale().name())
    except (UnknownLocaleError, ValueError):
        return Locale("en")


def language_display(code: str | None) -> str:
    if not code:
        return ""
    try:
        return (
            ui_babel_locale().languages.get(Locale.parse(code.replace("-", "_")).language, code)
            + f" ({code})"
        )
    except (UnknownLocaleError, ValueError):
        return code


def country_display(code: str | None) -> str:
    if not code:
        return ""
    return ui_babel_locale().territories.get(code.upper(), code) + f" ({code.upper()})"
