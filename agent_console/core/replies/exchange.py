"""Import and export of the reply library for translators: gettext .po per locale, and CSV.

Export writes each reply's title and body with the source (English) text as msgid and the
reply key as context. Import validates the whole file first — known replies, the right
placeholders, parseable templates — and changes nothing if anything is wrong (the error names
file, reply, locale and placeholder). A variant edited in the app after the file was exported
is kept and reported as a conflict, so re-importing an old file never loses an edit.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po, write_po
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from agent_console.core.models import Reply, ReplyVariant, utcnow
from agent_console.core.replies import library, template
from agent_console.core.replies.library import LibraryError

EXPORTED_HEADER = "X-Agent-Console-Exported"
FIELDS = ("title", "body")


@dataclass
class ImportReport:
    updated: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Row:
    key: str
    field: str
    locale: str
    text: str


def _replies(session: Session) -> dict[str, Reply]:
    return {r.key: r for r in session.scalars(select(Reply).options(selectinload(Reply.variants)))}


def _source_texts(reply: Reply) -> dict[str, str]:
    source = next((v for v in reply.variants if v.locale == reply.source_locale), None)
    return {"title": source.title if source else "", "body": source.body if source else ""}


def export_po(session: Session, locale: str, path: Path) -> int:
    locale = library.normalize_locale(locale)
    catalog = Catalog(locale=locale, project="Agent Console canned replies", fuzzy=False)
    catalog.mime_headers  # noqa: B018 - materialise defaults before adding ours
    count = 0
    for key, reply in sorted(_replies(session).items()):
        source = _source_texts(reply)
        variant = next((v for v in reply.variants if v.locale == locale), None)
        outdated = variant is not None and variant.source_version < reply.source_version
        for name in FIELDS:
            text = getattr(variant, name) if variant else ""
            catalog.add(
                source[name],
                text,
                context=f"{key}|{name}",
                auto_comments=[f"placeholders: {', '.join(reply.placeholders) or '-'}"],
                flags=("fuzzy",) if outdated else (),
            )
            count += 1
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0)
    content = buffer.getvalue().decode("utf-8")
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    content = content.replace(
        '"Content-Transfer-Encoding: 8bit\\n"',
        f'"Content-Transfer-Encoding: 8bit\\n"\n"{EXPORTED_HEADER}: {stamp}\\n"',
        1,
    )
    path.write_text(content, encoding="utf-8")
    return count


def export_csv(session: Session, path: Path, locales: list[str]) -> int:
    locales = [library.normalize_locale(loc) for loc in locales]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["key", "field", *locales])
        rows = 0
        for key, reply in sorted(_replies(session).items()):
            variants = {v.locale: v for v in reply.variants}
            for name in FIELDS:
                writer.writerow(
                    [key, name, *(getattr(variants[loc], name) if loc in variants else "" for loc in locales)]
                )
                rows += 1
    return rows


def _read_po(path: Path) -> tuple[list[_Row], datetime | None]:
    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, abort_invalid=True)
    except (PoFileError, UnicodeDecodeError, OSError) as exc:
        raise LibraryError(f"{path.name}: not a readable .po file ({exc})") from exc
    if catalog.locale is None:
        raise LibraryError(f"{path.name}: the file does not say its language (Language header)")
    locale = library.normalize_locale(str(catalog.locale))
    exported = None
    # babel keeps only the standard headers, so ours is read from the file itself.
    found = re.search(
        re.escape(EXPORTED_HEADER) + r": ([^\\\n\"]+)", path.read_text(encoding="utf-8", errors="replace")
    )
    if found:
        try:
            exported = datetime.fromisoformat(found.group(1).strip())
        except ValueError as exc:
            raise LibraryError(f"{path.name}: bad {EXPORTED_HEADER} header {found.group(1)!r}") from exc
    rows = []
    for message in catalog:
        if not message.id or not message.context:
            continue
        key, _, name = message.context.partition("|")
        if name not in FIELDS:
            raise LibraryError(
                f"{path.name}: entry with context {message.context!r} is not a reply's title or body"
            )
        if message.string:
            rows.append(_Row(key, name, locale, message.string))
    return rows, exported


def _read_csv(path: Path) -> list[_Row]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            if header[:2] != ["key", "field"] or len(header) < 3:
                raise LibraryError(
                    f"{path.name}: the first row must be key, field, then one column per locale"
                )
            locales = [library.normalize_locale(code) for code in header[2:]]
            rows = []
            for line, record in enumerate(reader, start=2):
                if len(record) != len(header):
                    raise LibraryError(f"{path.name}:{line}: {len(record)} columns, expected {len(header)}")
                key, name = record[0], record[1]
                if name not in FIELDS:
                    raise LibraryError(f"{path.name}:{line}: field must be title or body, not {name!r}")
                rows += [
                    _Row(key, name, loc, text) for loc, text in zip(locales, record[2:], strict=True) if text
                ]
            return rows
    except (UnicodeDecodeError, StopIteration, csv.Error) as exc:
        raise LibraryError(f"{path.name}: not a readable CSV file ({exc})") from exc


def import_file(session: Session, path: Path, *, agent_edits_win: bool = True) -> ImportReport:
    """Validate everything, then apply; on any problem nothing is changed."""
    if path.suffix.lower() == ".po":
        rows, exported = _read_po(path)
    elif path.suffix.lower() == ".csv":
        rows, exported = _read_csv(path), None
    else:
        raise LibraryError(f"{path.name}: import .po or .csv files")
    replies = _replies(session)
    for row in rows:
        reply = replies.get(row.key)
        if reply is None:
            raise LibraryError(f"{path.name}: reply '{row.key}' does not exist")
        if row.field == "body":
            library.validate_variant(row.key, row.locale, row.text, set(reply.placeholders))
        elif "{" in row.text or "}" in row.text:
            raise LibraryError(f"{path.name}: reply '{row.key}', locale {row.locale}: braces in the title")
    report = ImportReport()
    grouped: dict[tuple[str, str], dict[str, str]] = {}
    for row in rows:
        grouped.setdefault((row.key, row.locale), {})[row.field] = row.text
    for (key, locale), texts in grouped.items():
        reply = replies[key]
        variant = next((v for v in reply.variants if v.locale == locale), None)
        if variant is not None and all(getattr(variant, f) == t for f, t in texts.items()):
            report.unchanged += 1
            continue
        if (
            variant is not None
            and agent_edits_win
            and variant.edited
            and exported is not None
            and variant.updated_at > exported
        ):
            report.conflicts.append(f"{key} ({locale}): edited in the app after the file was exported; kept")
            continue
        if variant is None:
            if "body" not in texts or "title" not in texts:
                raise LibraryError(
                    f"{path.name}: reply '{key}', locale {locale}: a new variant needs title and body"
                )
            variant = ReplyVariant(reply_id=reply.id, locale=locale, title="", body="", tags=[])
            reply.variants.append(variant)
        for name, text in texts.items():
            setattr(variant, name, text)
        variant.edited = True
        variant.source_version = reply.source_version
        variant.updated_at = utcnow()
        report.updated += 1
    return report


def check_template(body: str) -> None:
    """For editors: raise LibraryError if a body cannot be parsed."""
    try:
        template.parse(body)
    except template.TemplateError as exc:
        raise LibraryError(str(exc)) from exc
