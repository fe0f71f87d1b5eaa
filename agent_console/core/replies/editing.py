"""What the supervisors' reply editor reads and writes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from agent_console.core.models import Reply, ReplyVariant, utcnow
from agent_console.core.replies import library
from agent_console.core.replies.library import LibraryError


@dataclass(frozen=True)
class VariantView:
    locale: str
    title: str
    body: str
    outdated: bool
    edited: bool


@dataclass(frozen=True)
class ReplyRow:
    id: int
    key: str
    category: str
    channels: tuple[str, ...]
    placeholders: tuple[str, ...]
    tags: tuple[str, ...]
    usage_count: int
    source_locale: str
    source_version: int
    variants: dict[str, VariantView]

    @property
    def title(self) -> str:
        source = self.variants.get(self.source_locale)
        return source.title if source else self.key

    def missing(self, locales: list[str]) -> list[str]:
        return [loc for loc in locales if loc not in self.variants]

    def outdated(self) -> list[str]:
        return [v.locale for v in self.variants.values() if v.outdated]


def overview(session: Session) -> tuple[list[ReplyRow], list[str]]:
    """Every reply with its variants, and every locale the library has."""
    rows = []
    locales: set[str] = set()
    for reply in session.scalars(
        select(Reply).options(selectinload(Reply.variants)).order_by(Reply.category, Reply.key)
    ):
        variants = {}
        for v in reply.variants:
            locales.add(v.locale)
            variants[v.locale] = VariantView(
                v.locale,
                v.title,
                v.body,
                v.locale != reply.source_locale and v.source_version < reply.source_version,
                v.edited,
            )
        tags = next((tuple(v.tags) for v in reply.variants if v.locale == reply.source_locale), ())
        rows.append(
            ReplyRow(
                reply.id,
                reply.key,
                reply.category,
                tuple(reply.channels),
                tuple(reply.placeholders),
                tags,
                reply.usage_count,
                reply.source_locale,
                reply.source_version,
                variants,
            )
        )
    return rows, sorted(locales)


def save_source(
    session: Session,
    reply_id: int,
    *,
    title: str,
    body: str,
    category: str,
    channels: list[str],
    tags: list[str],
) -> int:
    """Save the source text; a changed text makes every translation outdated (source_version + 1)."""
    reply = session.get(Reply, reply_id)
    if reply is None:
        raise LibraryError("the reply was deleted meanwhile")
    library.validate_variant(reply.key, reply.source_locale, body, set(reply.placeholders))
    if not title.strip():
        raise LibraryError(f"reply '{reply.key}': the title is empty")
    source = session.scalar(
        select(ReplyVariant).where(
            ReplyVariant.reply_id == reply_id, ReplyVariant.locale == reply.source_locale
        )
    )
    if source is None:
        source = ReplyVariant(reply_id=reply_id, locale=reply.source_locale, title="", body="", tags=[])
        session.add(source)
    if (source.title, source.body) != (title, body):
        reply.source_version += 1
    source.title, source.body, source.tags = title, body, tags
    source.edited, source.source_version, source.updated_at = True, reply.source_version, utcnow()
    reply.category, reply.channels, reply.updated_at = (
        category.strip() or "general",
        channels or ["any"],
        utcnow(),
    )
    return reply.source_version


def save_variant(session: Session, reply_id: int, locale: str, *, title: str, body: str) -> None:
    """Save a translation; it now translates the current source version."""
    reply = session.get(Reply, reply_id)
    if reply is None:
        raise LibraryError("the reply was deleted meanwhile")
    locale = library.normalize_locale(locale)
    library.validate_variant(reply.key, locale, body, set(reply.placeholders))
    if not title.strip():
        raise LibraryError(f"reply '{reply.key}', locale {locale}: the title is empty")
    variant = session.scalar(
        select(ReplyVariant).where(ReplyVariant.reply_id == reply_id, ReplyVariant.locale == locale)
    )
    if variant is None:
        variant = ReplyVariant(reply_id=reply_id, locale=locale, tags=[])
        session.add(variant)
    variant.title, variant.body = title, body
    variant.edited, variant.source_version, variant.updated_at = True, reply.source_version, utcnow()
