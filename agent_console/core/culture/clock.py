"""The customer's clock: local time, business hours, weekend, public holidays (``holidays``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

from agent_console.core.culture.reference import DAYS, Country


@dataclass(frozen=True)
class Holiday:
    day: date
    name: str


@dataclass(frozen=True)
class LocalClock:
    timezone: str | None
    local: datetime | None  # None when the time zone is unknown
    weekend_days: tuple[str, ...]
    business_start: str
    business_end: str
    is_weekend: bool
    in_business_hours: bool
    holiday_today: Holiday | None
    upcoming: tuple[Holiday, ...]
    holidays_known: bool  # False when the holidays package has no calendar for the country

    @property
    def open_now(self) -> bool:
        return self.in_business_hours and not self.is_weekend and self.holiday_today is None


@lru_cache(maxsize=256)
def _calendar(country: str, year: int, language: str | None) -> dict[date, str] | None:
    try:
        supported = holidays.list_localized_countries().get(country, [])
        lang = language if language in supported else ("en_US" if "en_US" in supported else None)
        table = holidays.country_holidays(country, years=[year, year + 1], language=lang)
    except (NotImplementedError, KeyError):
        # The holidays package raises NotImplementedError for a country it has no
        # calendar for (and KeyError for some subdivision-only entries); the panel
        # then says "No holiday calendar for this country" instead of guessing.
        return None
    return dict(table.items())


def holiday_language(ui_language: str) -> str:
    return {"en": "en_US", "pt": "pt_BR"}.get(ui_language, ui_language)


def local_clock(
    country: Country,
    timezone: str | None,
    now: datetime | None = None,
    ui_language: str = "en",
    upcoming: int = 2,
) -> LocalClock:
    now = now or datetime.now(UTC)
    zone = None
    if timezone:
        try:
            zone = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = None
    local = now.astimezone(zone) if zone else None
    today = local.date() if local else now.date()
    weekday = DAYS[today.weekday()]
    start, end = (time.fromisoformat(country.business_start), time.fromisoformat(country.business_end))
    in_hours = bool(local) and start <= local.time().replace(tzinfo=None) < end
    calendar = None if country.generic else _calendar(country.code, today.year, holiday_language(ui_language))
    today_holiday = None
    future: list[Holiday] = []
    if calendar is not None:
        if today in calendar:
            today_holiday = Holiday(today, calendar[today])
        for day in sorted(d for d in calendar if d > today):
            if len(future) >= upcoming:
                break
            future.append(Holiday(day, calendar[day]))
    return LocalClock(
        timezone=timezone if zone else None,
        local=local,
        weekend_days=country.weekend,
        business_start=country.business_start,
        business_end=country.business_end,
        is_weekend=weekday in country.weekend,
        in_business_hours=in_hours,
        holiday_today=today_holiday,
        upcoming=tuple(future),
        holidays_known=calendar is not None,
    )


def next_business_moment(country: Country, clock: LocalClock) -> datetime | None:
    """When the customer's business day next starts (for 'reply tomorrow morning' decisions)."""
    if clock.local is None:
        return None
    day = clock.local.date()
    start = time.fromisoformat(country.business_start)
    for offset in range(0, 10):
        candidate = day + timedelta(days=offset)
        moment = datetime.combine(candidate, start, tzinfo=clock.local.tzinfo)
        if moment > clock.local and DAYS[candidate.weekday()] not in country.weekend:
            return moment
    return None
