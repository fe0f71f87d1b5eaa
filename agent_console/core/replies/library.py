"""The reply library: seeded from ``resources/replies``, searched, chosen for a locale, rendered.

Locale choice follows a fallback chain: the customer's locale, its language with script, its
language, the company default, English (``pt_BR → pt → en``; ``zh_CN → zh_Hans → zh``). When a
fallback was used the result says which locale was asked for and which was used, so the composer
can say "no Georgian version; English inserted".
"""

from __future__ import annotations

import itertools
import json
import math
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from agent_console import paths
from agent_console.core.culture import reference
from agent_console.core.models import Reply, ReplyUsage, ReplyVariant, utcnow
from agent_console.core.replies import template
from agent_console.core.replies.template import RenderContext, Rendered
from agent_console.core.text import fold

DEFAULT_LOCALE = "en"
#: Languages written in more than one script: their variants are kept per script (zh_Hans, zh_Hant).
MULTI_SCRIPT = {"zh", "sr", "uz", "mn", "az", "bs", "pa", "kk", "ky", "tg"}
SMS_LIMIT = 320  # two SMS segments; longer replies get a length warning on SMS


class LibraryError(ValueError):
    """A reply, variant or file that cannot be used; the message names reply, locale and placeholder."""


def normalize_locale(code: str) -> str:
    """'pt-BR' -> 'pt_BR'; unknown codes raise LibraryError with the code."""
    try:
        return str(Locale.parse(code.replace("-", "_")))
    except (UnknownLocaleError, ValueError) as exc:
        raise LibraryError(f"unknown locale code '{code}'") from exc


def fallback_chain(locale: str | None, company_default: str = DEFAULT_LOCALE) -> list[str]:
    chain: list[str] = []
    if locale:
        parsed = Locale.parse(normalize_locale(locale))
        chain.append(str(parsed))
        likely = get_global("likely_subtags").get(str(parsed)) or get_global("likely_subtags").get(
            parsed.language
        )
        if likely and parsed.language in MULTI_SCRIPT:
            bits = likely.split("_")
            if len(bits) >= 2 and len(bits[1]) == 4:  # language_Script
                chain.append(f"{parsed.language}_{bits[1]}")
        chain.append(parsed.language)
    chain += [company_default, DEFAULT_LOCALE]
    return list(dict.fromkeys(chain))


# --- seeding from resources -----------------------------------------------------------------


def _folder() -> Path:
    return paths.resources_dir() / "replies"


def validate_variant(key: str, locale: str, body: str, expected: set[str]) -> None:
    try:
        found = template.placeholders(body)
    except template.TemplateError as exc:
        raise LibraryError(f"reply '{key}', locale {locale}: {exc}") from exc
    if found != expected:
        missing, extra = sorted(expected - found), sorted(found - expected)
        detail = "; ".join(
            p
            for p in (
                f"missing {', '.join(missing)}" if missing else "",
                f"unknown {', '.join(extra)}" if extra else "",
            )
            if p
        )
        raise LibraryError(f"reply '{key}', locale {locale}: placeholders differ from the source ({detail})")


def seed(session: Session, folder: Path | None = None) -> int:
    """Load the shipped library; replies and variants edited in the app are never overwritten."""
    folder = folder or _folder()
    spec = json.loads((folder / "_library.json").read_text(encoding="utf-8"))
    existing = {r.key: r for r in session.scalars(select(Reply).options(selectinload(Reply.variants)))}
    written = 0
    for item in spec["replies"]:
        reply = existing.get(item["key"])
        if reply is None:
            reply = Reply(
                key=item["key"],
                category=item["category"],
                channels=item["channels"],
                placeholders=item["placeholders"],
                source_locale=spec.get("default_locale", "en"),
                source_version=1,
            )
            session.add(reply)
            session.flush()
            existing[item["key"]] = reply
    for path in sorted(folder.glob("*.json")):
        if path.name.startswith("_"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        locale = normalize_locale(data["locale"])
        for key, variant in data["replies"].items():
            reply = existing.get(key)
            if reply is None:
                raise LibraryError(f"{path.name}: reply '{key}' is not in _library.json")
            validate_variant(key, locale, variant["body"], set(reply.placeholders))
            current = next((v for v in reply.variants if v.locale == locale), None)
            if current is not None and (
                current.edited or (current.body == variant["body"] and current.title == variant["title"])
            ):
                continue
            if current is None:
                current = ReplyVariant(reply_id=reply.id, locale=locale)
                reply.variants.append(current)
            current.title, current.body = variant["title"], variant["body"]
            current.tags = variant.get("tags", [])
            current.source_version = variant.get("source_version", 1)
            current.updated_at = utcnow()
            written += 1
    return written


def ensure_seeded(session: Session) -> None:
    if not session.scalar(select(func.count()).select_from(Reply)):
        seed(session)


# --- choosing and rendering --------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    reply_id: int
    key: str
    requested: str | None
    locale: str
    title: str
    body: str
    channels: tuple[str, ...]

    @property
    def fallback(self) -> bool:
        return self.requested is not None and self.locale.split("_")[0] != self.requested.split("_")[0]


def choose_from(
    reply_id: int,
    key: str,
    channels: tuple[str, ...],
    variants: dict[str, tuple[str, str]],
    locale: str | None,
    company_default: str = DEFAULT_LOCALE,
) -> Choice:
    """The variant for *locale* along the fallback chain; *variants* maps locale -> (title, body)."""
    chain = fallback_chain(locale, company_default)
    for candidate in chain:
        if candidate in variants:
            title, body = variants[candidate]
            return Choice(
                reply_id, key, normalize_locale(locale) if locale else None, candidate, title, body, channels
            )
    raise LibraryError(f"reply '{key}' has no variant in {', '.join(chain)}")


def choose(
    session: Session, reply_id: int, locale: str | None, company_default: str = DEFAULT_LOCALE
) -> Choice:
    reply = session.get(Reply, reply_id)
    if reply is None:
        raise LibraryError(f"reply {reply_id} does not exist")
    variants = {v.locale: (v.title, v.body) for v in reply.variants}
    return choose_from(reply.id, reply.key, tuple(reply.channels), variants, locale, company_default)


def customer_name(
    given: str | None, family: str | None, display: str | None, country: str | None
) -> str | None:
    """The customer's name in the form their culture expects, with any honorific."""
    facts = reference.country(country)
    given, family = (given or "").strip(), (family or "").strip()
    if not given and not family:
        return display or None
    cjk = any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in (given + family))
    if facts.address_by == "family" and family:
        core = family
    elif facts.address_by == "full" or not given:
        parts = [family, given] if facts.name_order == "family_given" else [given, family]
        core = ("" if cjk else " ").join(p for p in parts if p)
    else:
        core = given
    return f"{facts.honorific_before}{core}{facts.honorific_after}".strip()


def render(choice: Choice, values: dict[str, Any], ctx: RenderContext) -> Rendered:
    try:
        return template.render(choice.body, values, RenderContext(choice.locale, ctx.timezone, ctx.currency))
    except template.ValueTypeError as exc:
        raise LibraryError(f"reply '{choice.key}', locale {choice.locale}, {exc}") from exc


def record_usage(
    session: Session, choice: Choice, *, interaction_id: int | None, agent_id: int | None
) -> None:
    session.add(
        ReplyUsage(
            reply_id=choice.reply_id,
            interaction_id=interaction_id,
            agent_id=agent_id,
            locale=choice.locale,
            fallback=choice.fallback,
        )
    )
    session.execute(
        update(Reply).where(Reply.id == choice.reply_id).values(usage_count=Reply.usage_count + 1)
    )


# --- search ----------------------------------------------------------------------------------------


@dataclass
class _Entry:
    reply_id: int
    key: str
    usage: int
    channels: tuple[str, ...]
    names: dict[str, str] = field(default_factory=dict)  # locale -> folded title
    heads: dict[str, str] = field(default_factory=dict)  # locale -> folded "tags key"
    texts: dict[str, str] = field(default_factory=dict)  # locale -> folded body
    titles: dict[str, str] = field(default_factory=dict)
    bodies: dict[str, str] = field(default_factory=dict)  # locale -> the variant as written (for previews)


@dataclass(frozen=True)
class Hit:
    reply_id: int
    key: str
    title: str
    score: float


FIELDS = (("names", 5.0), ("heads", 4.0), ("texts", 2.0))  # title, tags + key, body


class SearchIndex:
    """In memory: per locale and field, every reply's folded text joined into one string, a line each.

    The regex engine (C) scans those strings; each pattern consumes the rest of a reply's line after
    a hit, so Python runs once per matching reply, mapping it back by bisecting the line offsets.
    Words of one or two characters match word starts in titles and tags only (what first keystrokes
    aim at). Ranking: title before tags/key before body, a word start before a word middle, then how
    often the reply is used. Exact first; one typo per word only when nothing matches.
    """

    def __init__(self, entries: list[_Entry]) -> None:
        self.entries = entries
        self._columns: dict[tuple[str, str], tuple[str, list[int], list[int]]] = {}
        locales = {loc for e in entries for loc in e.heads}
        for locale in locales:
            for name, _weight in FIELDS:
                parts: list[str] = []
                starts: list[int] = []
                owners: list[int] = []
                offset = 0
                for n, entry in enumerate(entries):
                    text = getattr(entry, name).get(locale)
                    if text is None:
                        continue
                    parts.append(text)
                    starts.append(offset)
                    owners.append(n)
                    offset += len(text) + 1
                self._columns[(locale, name)] = ("\n".join(parts), starts, owners)
        # Typo tolerance (symmetric delete): every title/tag word of 4+ letters, under each of its
        # one-letter deletions; a misspelled query word finds its candidates by dictionary look-ups.
        self._deletes: dict[str, set[str]] = {}
        for (_locale, name), (big, _starts, _owners) in self._columns.items():
            if name == "texts":
                continue
            for word in set(re.findall(r"\w{4,}", big)):
                self._deletes.setdefault(word, set()).add(word)
                for i in range(len(word)):
                    self._deletes.setdefault(word[:i] + word[i + 1 :], set()).add(word)

    @classmethod
    def build(cls, session: Session) -> SearchIndex:
        entries: dict[int, _Entry] = {}
        for reply in session.scalars(select(Reply).where(Reply.archived.is_(False))):
            entries[reply.id] = _Entry(reply.id, reply.key, reply.usage_count, tuple(reply.channels))
        rows = session.execute(
            select(
                ReplyVariant.reply_id,
                ReplyVariant.locale,
                ReplyVariant.title,
                ReplyVariant.tags,
                ReplyVariant.body,
            )
        )
        for reply_id, locale, title, tags, body in rows:
            entry = entries.get(reply_id)
            if entry is None:
                continue
            entry.names[locale] = fold(title)
            entry.heads[locale] = fold(" ".join([" ".join(tags or []), entry.key.replace("_", " ")]))
            entry.texts[locale] = fold(body)
            entry.titles[locale] = title
            entry.bodies[locale] = body
        return cls(list(entries.values()))

    def search(self, query: str, locales: Iterable[str], limit: int = 20) -> list[Hit]:
        """Replies matching every word of *query* in the agent's or the customer's locale."""
        words = [w for w in fold(query).split() if w]
        wanted = [loc for loc in dict.fromkeys(locales) if (loc, "names") in self._columns]
        if not words:
            ranked = sorted(range(len(self.entries)), key=lambda n: -self.entries[n].usage)[:limit]
            return [self._hit(n, 1.0, wanted) for n in ranked]
        scores = self._scan(words, wanted, fuzzy=False)
        if not scores and any(len(w) >= 4 for w in words):
            scores = self._corrected(words, wanted)
        hits = [self._hit(n, s + math.log1p(self.entries[n].usage) * 0.3, wanted) for n, s in scores.items()]
        hits.sort(key=lambda h: (-h.score, h.key))
        return hits[:limit]

    def choice(self, reply_id: int, locale: str | None, company_default: str = DEFAULT_LOCALE) -> Choice:
        """The variant to insert, chosen from memory (no database round trip per keystroke)."""
        entry = next(e for e in self.entries if e.reply_id == reply_id)
        variants = {loc: (entry.titles[loc], entry.bodies[loc]) for loc in entry.bodies}
        return choose_from(entry.reply_id, entry.key, entry.channels, variants, locale, company_default)

    def _hit(self, n: int, score: float, wanted: list[str]) -> Hit:
        entry = self.entries[n]
        title = next((entry.titles[loc] for loc in wanted if loc in entry.titles), entry.key)
        return Hit(entry.reply_id, entry.key, title, score)

    def corrections(self, word: str) -> list[str]:
        """Title/tag words one edit away from *word* (a missing, extra or wrong letter)."""
        found: set[str] = set(self._deletes.get(word, ()))
        for i in range(len(word)):
            found |= self._deletes.get(word[:i] + word[i + 1 :], set())
        return sorted(w for w in found if w != word and abs(len(w) - len(word)) <= 1)[:3]

    def _corrected(self, words: list[str], wanted: list[str]) -> dict[int, float]:
        """The query with each misspelled word replaced by its corrections, scored lower than exact hits."""
        options = [[w] if len(w) < 4 else ([w, *self.corrections(w)]) for w in words]
        best: dict[int, float] = {}
        for combination in itertools.islice(itertools.product(*options), 12):
            if list(combination) == words:
                continue
            for n, score in self._scan(list(combination), wanted, fuzzy=False).items():
                best[n] = max(best.get(n, 0.0), score / 8)
        return best

    def _scan(self, words: list[str], wanted: list[str], fuzzy: bool) -> dict[int, float]:
        # The longest word is the most selective: scan for it, then check the rest on its candidates.
        ordered = sorted(words, key=len, reverse=True)
        total = self._word(ordered[0], wanted, fuzzy and len(ordered[0]) >= 4)
        for word in ordered[1:]:
            if not total:
                return {}
            if len(total) > 1500:
                best = self._word(word, wanted, fuzzy and len(word) >= 4)
            else:
                best = self._word_in(word, wanted, list(total), fuzzy and len(word) >= 4)
            total = {n: total[n] + v for n, v in best.items() if n in total}
        return total

    def _word_in(self, word: str, wanted: list[str], candidates: list[int], fuzzy: bool) -> dict[int, float]:
        """The same scoring as _word, on a few candidate replies."""
        pattern = _one_edit(word) if fuzzy else None
        short = len(word) < 3 and not fuzzy
        best: dict[int, float] = {}
        for n in candidates:
            entry = self.entries[n]
            for name, weight in FIELDS:
                if (short or fuzzy) and name == "texts":
                    continue
                column = getattr(entry, name)
                for locale in wanted:
                    text = column.get(locale)
                    if text is None:
                        continue
                    if pattern is not None:
                        at = m.start() if (m := pattern.search(text)) else -1
                    else:
                        at = text.find(word)
                    if at < 0:
                        continue
                    starts_word = at == 0 or not text[at - 1].isalnum() or f" {word}" in text[at:]
                    if short and not starts_word:
                        continue
                    value = (weight if starts_word else weight / 2) / (8.0 if fuzzy else 1.0)
                    if value > best.get(n, 0.0):
                        best[n] = value
        return best

    def _word(self, word: str, wanted: list[str], fuzzy: bool) -> dict[int, float]:
        # A literal prefix keeps Python's regex on its fast search path (a lookbehind or \\b in front
        # made it 20x slower); the word-start test runs in Python on matching lines only.
        pattern = re.compile((f"(?:{_one_edit(word).pattern})" if fuzzy else re.escape(word)) + r"[^\n]*")
        short = len(word) < 3 and not fuzzy
        divisor = 8.0 if fuzzy else 1.0
        best: dict[int, float] = {}
        for name, weight in FIELDS:
            if (short or fuzzy) and name == "texts":  # typos and first keystrokes: titles and tags only
                continue
            if len(word) == 1 and name != "names":  # a single letter: title word starts only
                continue
            for locale in wanted:
                big, starts, owners = self._columns[(locale, name)]
                for match in pattern.finditer(big):
                    at = match.start()
                    starts_word = at == 0 or not big[at - 1].isalnum() or f" {word}" in match.group()
                    if short and not starts_word:
                        continue
                    value = (weight if starts_word else weight / 2) / divisor
                    owner = owners[bisect_right(starts, at) - 1]
                    if value > best.get(owner, 0.0):
                        best[owner] = value
        return best


def _one_edit(word: str) -> re.Pattern[str]:
    """Matches *word* with one character missing, extra or wrong (a single typo)."""
    options = set()
    for i in range(len(word) + 1):
        head, tail = re.escape(word[:i]), word[i:]
        options.add(head + "." + re.escape(tail))  # a character the query left out
        if tail:
            options.add(head + re.escape(tail[1:]))  # a character the query has too many
            options.add(head + "." + re.escape(tail[1:]))  # a wrong character
    return re.compile("|".join(sorted(options)))


def channel_warning(choice: Choice, channel: str | None) -> str | None:
    """'sms_long' when a reply is too long for SMS, 'channel' when it is not meant for this channel."""
    if channel == "sms" and len(re.sub(r"\s+", " ", choice.body)) > SMS_LIMIT:
        return "sms_long"
    if channel and "any" not in choice.channels and channel not in choice.channels:
        return "channel"
    return None
