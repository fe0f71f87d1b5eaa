"""Reply templates: ``{name}`` placeholders and ICU plurals, rendered for a locale.

Syntax (what translators write): ``{order_id}``; counts as
``{days, plural, one {# business day} other {# business days}}`` with the locale's CLDR plural
categories (``#`` is the number). Values are formatted with babel for the customer's locale:
money, dates and times (in the customer's time zone), lists ("A, B and C"), numbers. A value
that is not known becomes a fill-in field ``⟦name⟧`` that the agent must complete; raw braces
never reach the customer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal

FILL_OPEN, FILL_CLOSE = "⟦", "⟧"
FILL_RE = re.compile(re.escape(FILL_OPEN) + r"([^" + re.escape(FILL_CLOSE) + r"]*)" + re.escape(FILL_CLOSE))

#: Placeholder name -> type; names not listed are plain text.
TYPES = {
    "customer_name": "name",
    "agent_name": "text",
    "amount": "money",
    "percent": "number",
    "delivery_date": "date",
    "return_deadline": "date",
    "restock_date": "date",
    "holiday_date": "date",
    "reopen_date": "date",
    "callback_time": "datetime",
    "eta_time": "time",
    "opening_time": "time",
    "closing_time": "time",
    "days": "count",
    "minutes": "count",
    "months": "count",
    "hours": "count",
    "payment_methods": "list",
}
CATEGORIES = ("zero", "one", "two", "few", "many", "other")


class TemplateError(ValueError):
    """A template that cannot be parsed; the message names the position."""


class ValueTypeError(ValueError):
    """A value of the wrong type for its placeholder."""


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str

    @classmethod
    def parse(cls, text: str) -> Money:
        """'49.90 EUR' or 'EUR 49.90'."""
        parts = text.replace(",", ".").split()
        if len(parts) == 2:
            a, b = parts
            amount_text, currency = (a, b) if b.isalpha() else (b, a)
            try:
                return cls(Decimal(amount_text), currency.upper())
            except InvalidOperation:
                pass
        raise ValueTypeError(f"'{text}' is not an amount with a currency (e.g. 49.90 EUR)")


@dataclass(frozen=True)
class Plural:
    name: str
    branches: dict[str, str]


Part = str | tuple[str] | Plural  # text, (placeholder name,), plural


def parse(template: str) -> list[Part]:
    parts: list[Part] = []
    i, n = 0, len(template)
    text: list[str] = []
    while i < n:
        ch = template[i]
        if ch == "}":
            raise TemplateError(f"unmatched '}}' at position {i}")
        if ch != "{":
            text.append(ch)
            i += 1
            continue
        match = re.match(r"\{\s*(\w+)\s*(\}|,\s*plural\s*,)", template[i:])
        if not match:
            raise TemplateError(f"malformed placeholder at position {i}")
        if text:
            parts.append("".join(text))
            text = []
        name = match.group(1)
        i += match.end()
        if match.group(2) == "}":
            parts.append((name,))
            continue
        branches: dict[str, str] = {}
        while True:
            m = re.match(r"\s*(\}|(=?\w+)\s*\{)", template[i:])
            if not m:
                raise TemplateError(f"malformed plural for '{name}' at position {i}")
            i += m.end()
            if m.group(1) == "}":
                break
            category = m.group(2)
            end = template.find("}", i)
            if end < 0 or "{" in template[i:end]:
                raise TemplateError(f"unclosed or nested branch '{category}' of '{name}'")
            branches[category] = template[i:end]
            i = end + 1
        if "other" not in branches:
            raise TemplateError(f"plural '{name}' has no 'other' branch")
        parts.append(Plural(name, branches))
    if text:
        parts.append("".join(text))
    return parts


def placeholders(template: str) -> set[str]:
    return {p[0] if isinstance(p, tuple) else p.name for p in parse(template) if not isinstance(p, str)}


def missing_categories(template: str, locale: str) -> list[str]:
    """Plural categories the locale uses that a plural in *template* does not give."""
    needed = set(Locale.parse(locale).plural_form.tags) | {"other"}
    gaps = []
    for part in parse(template):
        if isinstance(part, Plural):
            gaps += [f"{part.name}:{c}" for c in sorted(needed - set(part.branches))]
    return gaps


@dataclass
class RenderContext:
    locale: str
    timezone: str | None = None
    currency: str | None = None  # for plain numbers given as money


@dataclass
class Rendered:
    text: str
    fill_ins: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.fill_ins


def _zone(ctx: RenderContext) -> ZoneInfo | None:
    try:
        return ZoneInfo(ctx.timezone) if ctx.timezone else None
    except (ValueError, KeyError):
        return None


def format_value(name: str, value: Any, ctx: RenderContext) -> str:
    kind = TYPES.get(name, "text")
    locale = ctx.locale
    try:
        if kind == "money":
            if isinstance(value, str):
                value = Money.parse(value)
            if isinstance(value, int | float | Decimal) and ctx.currency:
                value = Money(Decimal(str(value)), ctx.currency)
            if not isinstance(value, Money):
                raise ValueTypeError("expects an amount with a currency")
            return format_currency(value.amount, value.currency, locale=locale)
        if kind == "date":
            if isinstance(value, str):
                value = date.fromisoformat(value)
            if isinstance(value, datetime):
                zone = _zone(ctx)
                value = value.astimezone(zone).date() if zone and value.tzinfo else value.date()
            if not isinstance(value, date):
                raise ValueTypeError("expects a date")
            return format_date(value, format="long", locale=locale)
        if kind == "datetime":
            if isinstance(value, str):
                value = datetime.fromisoformat(value)
            if not isinstance(value, datetime):
                raise ValueTypeError("expects a date and time")
            zone = _zone(ctx)
            return format_datetime(
                value, format="medium", tzinfo=zone if value.tzinfo else None, locale=locale
            )
        if kind == "time":
            if isinstance(value, str):
                value = time.fromisoformat(value)
            if isinstance(value, datetime):
                zone = _zone(ctx)
                value = value.astimezone(zone).time() if zone and value.tzinfo else value.time()
            if not isinstance(value, time):
                raise ValueTypeError("expects a time")
            return format_time(value, format="short", locale=locale)
        if kind == "list":
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            if not isinstance(value, list | tuple) or not value:
                raise ValueTypeError("expects a list")
            return format_list([str(v) for v in value], locale=locale)
        if kind in ("number", "count"):
            return format_decimal(_number(value), locale=locale)
    except (ValueError, TypeError) as exc:
        if isinstance(exc, ValueTypeError):
            raise
        raise ValueTypeError(f"{value!r} is not a valid {kind}") from exc
    return str(value)


def _number(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise ValueTypeError("expects a number")
    try:
        return Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation as exc:
        raise ValueTypeError(f"{value!r} is not a number") from exc


def render(template: str, values: dict[str, Any], ctx: RenderContext) -> Rendered:
    """Fill *template*; unknown values become ⟦name⟧ fill-in fields (listed in ``fill_ins``)."""
    out: list[str] = []
    fill_ins: list[str] = []
    plural_rule = Locale.parse(ctx.locale).plural_form
    for part in parse(template):
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, tuple):
            name = part[0]
            if values.get(name) in (None, ""):
                fill_ins.append(name)
                out.append(f"{FILL_OPEN}{name}{FILL_CLOSE}")
            else:
                try:
                    out.append(format_value(name, values[name], ctx))
                except ValueTypeError as exc:
                    raise ValueTypeError(f"placeholder {name}: {exc}") from exc
        else:
            raw = values.get(part.name)
            if raw in (None, ""):
                fill_ins.append(part.name)
                out.append(f"{FILL_OPEN}{part.name}{FILL_CLOSE}")
                continue
            try:
                number = _number(raw)
            except ValueTypeError as exc:
                raise ValueTypeError(f"placeholder {part.name}: {exc}") from exc
            exact = f"={number.normalize():f}"
            branch = (
                part.branches.get(exact) or part.branches.get(plural_rule(number)) or part.branches["other"]
            )
            out.append(branch.replace("#", format_decimal(number, locale=ctx.locale)))
    return Rendered("".join(out), fill_ins)


def unfilled(text: str) -> list[str]:
    """Fill-in fields still in a draft (the composer refuses to send while any remain)."""
    return FILL_RE.findall(text)
