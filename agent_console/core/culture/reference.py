"""Reference data from ``resources/``: validated on load, each problem named by file and field."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from agent_console import paths

UI_LANGUAGES = ("en", "uz", "el", "mn", "ka")
HINT_TOPICS = ("address", "greeting", "directness", "apology", "avoid", "timing")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PAYMENT_KINDS = {
    "card",
    "card_scheme",
    "wallet",
    "bank_transfer",
    "qr",
    "bnpl",
    "cash",
    "carrier_billing",
    "cash_on_delivery",
}
CHANNELS = {"email", "phone", "sms", "whatsapp", "telegram", "chat", "social"}


class ReferenceDataError(ValueError):
    """A reference file is broken; the message names the file and the field."""


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class Hint:
    topic: str
    text: dict[str, str]
    source: Source | None

    def in_language(self, language: str) -> str:
        return self.text.get(language) or self.text["en"]


@dataclass(frozen=True)
class PaymentMethod:
    name: str
    kind: str
    note: dict[str, str]
    source: Source | None

    def note_in(self, language: str) -> str:
        return self.note.get(language) or self.note["en"]


@dataclass(frozen=True)
class Country:
    code: str
    languages: tuple[str, ...]
    t_v: bool
    formal_you: str
    informal_you: str
    name_order: str
    address_by: str
    honorific_before: str
    honorific_after: str
    business_start: str
    business_end: str
    weekend: tuple[str, ...]
    preferred_channels: tuple[str, ...]
    response_expectation: str
    hints: tuple[Hint, ...]
    payment_methods: tuple[PaymentMethod, ...]
    sources: tuple[Source, ...]
    generic: bool = False


@dataclass(frozen=True)
class DraftRules:
    language: str
    formal_you: str
    informal_you: tuple[re.Pattern[str], ...]
    greetings: tuple[re.Pattern[str], ...]
    closings: tuple[re.Pattern[str], ...]
    honorific_required: bool
    honorific: tuple[re.Pattern[str], ...]
    honorific_hint: str
    jargon: tuple[str, ...]
    examples: dict[str, list[str]] = field(default_factory=dict)
    notes: str = ""


class _Reader:
    """Field access that reports 'file: field: problem' instead of a KeyError."""

    def __init__(self, path: Path, data: Any, where: str = "") -> None:
        self.path, self.data, self.where = path, data, where

    def fail(self, problem: str, key: str = "") -> ReferenceDataError:
        place = ".".join(p for p in (self.where, key) if p)
        return ReferenceDataError(f"{self.path.name}: {place or 'file'}: {problem}")

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if not isinstance(self.data, dict):
            raise self.fail("expected an object")
        if key not in self.data:
            if default is not ...:
                return default
            raise self.fail("missing", key)
        value = self.data[key]
        if not isinstance(value, kind):
            raise self.fail(f"expected {getattr(kind, '__name__', kind)}", key)
        return value

    def child(self, key: str | int, data: Any) -> _Reader:
        return _Reader(self.path, data, f"{self.where}.{key}" if self.where else str(key))


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ReferenceDataError(f"{path.name}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    except OSError as exc:
        raise ReferenceDataError(f"{path.name}: cannot be read ({exc.strerror})") from exc


def _texts(reader: _Reader, key: str) -> dict[str, str]:
    texts = reader.get(key, dict)
    if not isinstance(texts.get("en"), str) or not texts["en"].strip():
        raise reader.fail("needs an English text", key)
    return {k: v for k, v in texts.items() if isinstance(v, str) and v.strip()}


def _source(reader: _Reader, sources: tuple[Source, ...], value: Any, key: str) -> Source | None:
    if value is None:
        return None
    if not isinstance(value, int) or not 0 <= value < len(sources):
        raise reader.fail(f"source {value!r} is not an index into sources", key)
    return sources[value]


def parse_country(path: Path, raw: Any, generic: bool = False) -> Country:
    r = _Reader(path, raw)
    code = r.get("country", str)
    if not generic and (len(code) != 2 or not code.isupper() or path.stem != code):
        raise r.fail(f"country code {code!r} must be two capitals and match the file name", "country")
    sources = tuple(
        Source(r.child(f"sources.{n}", s).get("title", str), r.child(f"sources.{n}", s).get("url", str, ""))
        for n, s in enumerate(r.get("sources", list))
    )
    formality = r.child("formality", r.get("formality", dict))
    name = r.child("name", r.get("name", dict))
    if name.get("order", str) not in ("given_family", "family_given"):
        raise name.fail("must be given_family or family_given", "order")
    if name.get("address_by", str) not in ("given", "family", "full"):
        raise name.fail("must be given, family or full", "address_by")
    hours = r.child("business_hours", r.get("business_hours", dict))
    for key in ("start", "end"):
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", hours.get(key, str)):
            raise hours.fail("must be HH:MM", key)
    weekend = tuple(r.get("weekend", list))
    if not set(weekend) <= set(DAYS):
        raise r.fail(f"unknown day in {weekend}", "weekend")
    channels = tuple(r.get("preferred_channels", list))
    if not set(channels) <= CHANNELS:
        raise r.fail(f"unknown channel in {channels}", "preferred_channels")
    hints = []
    for n, raw_hint in enumerate(r.get("hints", list)):
        h = r.child(f"hints.{n}", raw_hint)
        topic = h.get("topic", str)
        if topic not in HINT_TOPICS:
            raise h.fail(f"unknown topic {topic!r}", "topic")
        hints.append(Hint(topic, _texts(h, "text"), _source(h, sources, raw_hint.get("source"), "source")))
    methods = []
    for n, raw_method in enumerate(r.get("payment_methods", list)):
        m = r.child(f"payment_methods.{n}", raw_method)
        kind = m.get("kind", str)
        if kind not in PAYMENT_KINDS:
            raise m.fail(f"unknown kind {kind!r}", "kind")
        methods.append(
            PaymentMethod(
                m.get("name", str),
                kind,
                _texts(m, "note"),
                _source(m, sources, raw_method.get("source"), "source"),
            )
        )
    return Country(
        code=code,
        languages=tuple(r.get("languages", list)),
        t_v=formality.get("t_v", bool),
        formal_you=formality.get("formal_you", str),
        informal_you=formality.get("informal_you", str),
        name_order=name.get("order", str),
        address_by=name.get("address_by", str),
        honorific_before=name.get("honorific_before", str),
        honorific_after=name.get("honorific_after", str),
        business_start=hours.get("start", str),
        business_end=hours.get("end", str),
        weekend=weekend,
        preferred_channels=channels,
        response_expectation=r.get("response_expectation", str),
        hints=tuple(hints),
        payment_methods=tuple(methods),
        sources=sources,
        generic=generic,
    )


def _compile(reader: _Reader, patterns: list[Any], key: str) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for n, pattern in enumerate(patterns):
        if not isinstance(pattern, str):
            raise reader.fail("expected a pattern string", f"{key}.{n}")
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE | re.UNICODE))
        except re.error as exc:
            raise reader.fail(f"bad pattern ({exc})", f"{key}.{n}") from exc
    return tuple(compiled)


def parse_draft_rules(path: Path, raw: Any) -> DraftRules:
    r = _Reader(path, raw)
    honorific = r.child("honorific", r.get("honorific", dict))
    return DraftRules(
        language=r.get("language", str),
        formal_you=r.get("formal_you", str),
        informal_you=_compile(r, r.get("informal_you_patterns", list), "informal_you_patterns"),
        greetings=_compile(r, r.get("greeting_patterns", list), "greeting_patterns"),
        closings=_compile(r, r.get("closing_patterns", list), "closing_patterns"),
        honorific_required=honorific.get("required", bool),
        honorific=_compile(honorific, honorific.get("patterns", list), "patterns"),
        honorific_hint=honorific.get("hint", str, ""),
        jargon=tuple(r.get("jargon", list)),
        examples=r.get("examples", dict, {}),
        notes=r.get("notes", str, ""),
    )


def _folder(name: str) -> Path:
    return paths.resources_dir() / name


@cache
def countries() -> dict[str, Country]:
    result = {}
    for path in sorted(_folder("countries").glob("*.json")):
        if path.stem.startswith("_"):
            continue
        result[path.stem] = parse_country(path, _load_json(path))
    return result


@cache
def generic_country() -> Country:
    path = _folder("countries") / "_generic.json"
    return parse_country(path, _load_json(path), generic=True)


def country(code: str | None) -> Country:
    """The country's facts, or the generic ones (clearly marked) when unknown."""
    if code:
        found = countries().get(code.upper())
        if found is not None:
            return found
    return generic_country()


@cache
def draft_rules() -> dict[str, DraftRules]:
    return {
        p.stem: parse_draft_rules(p, _load_json(p)) for p in sorted(_folder("draft_checks").glob("*.json"))
    }


def rules_for(language: str | None) -> DraftRules | None:
    if not language:
        return None
    table = draft_rules()
    base = language.replace("-", "_").split("_")[0].lower()
    return table.get(language) or table.get(base)
