"""Wrap-up codes: the disposition tree and contact reasons per queue, and each queue's required fields.

The shipped set is ``resources/outcomes/codes.json``; ``import_codes`` loads a file of the
same shape into the database (the database is what the app reads, so a team shares one
set).  A code missing from a new file is deactivated, not deleted: outcomes recorded with it
keep their label, and a wrap-up draft that still names it is told to pick another.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent_console import paths
from agent_console.core.models import OutcomeCode, OutcomeCodeKind, QueueConfig

DEFAULT_QUEUE = "*"
FIELDS = ("disposition", "reason", "resolved", "notes")
DEFAULT_REQUIRED = ["disposition", "resolved"]


class CodesError(ValueError):
    """The codes file is unusable; the message says where and why."""


def default_path() -> Path:
    return paths.resources_dir() / "outcomes" / "codes.json"


@dataclass(frozen=True)
class Code:
    kind: str
    code: str
    parent: str | None
    labels: dict[str, str]
    hotkey: str | None
    resolves: bool | None
    active: bool
    position: int

    def label(self, language: str) -> str:
        return (
            self.labels.get(language)
            or self.labels.get(language.split("_")[0])
            or self.labels.get("en")
            or self.code
        )

    @property
    def selectable(self) -> bool:
        """Leaves are picked; groups only hold them (a reason has no children)."""
        return self.kind == OutcomeCodeKind.REASON or self.resolves is not None


@dataclass(frozen=True)
class QueueCodes:
    queue: str
    dispositions: list[Code]
    reasons: list[Code]
    required: tuple[str, ...]

    def disposition(self, code: str | None) -> Code | None:
        return next((c for c in self.dispositions if c.code == code), None)

    def reason(self, code: str | None) -> Code | None:
        return next((c for c in self.reasons if c.code == code), None)

    def by_hotkey(self, key: str) -> Code | None:
        return next((c for c in self.dispositions if c.active and c.hotkey == key), None)


def parse(data: Any, source: str) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    if not isinstance(data, dict) or not isinstance(data.get("queues"), dict):
        raise CodesError(f'{source}: expected an object with a "queues" object')
    rows: list[dict[str, Any]] = []
    required: dict[str, list[str]] = {}
    for queue, spec in data["queues"].items():
        if not isinstance(spec, dict):
            raise CodesError(f"{source}: queue {queue!r} must be an object")
        if "required" in spec:
            fields = spec["required"]
            if not isinstance(fields, list) or any(f not in FIELDS for f in fields):
                raise CodesError(
                    f'{source}: queue {queue!r}: "required" lists fields among {", ".join(FIELDS)}'
                )
            required[queue] = list(fields)
        position = 0

        def walk(items: Any, kind: str, parent: str | None, queue: str = queue) -> None:
            nonlocal position
            if not isinstance(items, list):
                raise CodesError(f"{source}: queue {queue!r}: {kind} codes must be a list")
            for item in items:
                if not isinstance(item, dict) or not isinstance(item.get("code"), str) or not item["code"]:
                    raise CodesError(f'{source}: queue {queue!r}: every {kind} needs a "code"')
                labels = item.get("label", {})
                if not isinstance(labels, dict):
                    raise CodesError(f'{source}: {item["code"]}: "label" maps languages to text')
                children = item.get("children")
                position += 1
                if queue != DEFAULT_QUEUE and children is not None and not labels:
                    # Only names a group of "*" to add children to it: no row of its own.
                    walk(children, kind, item["code"])
                    continue
                rows.append(
                    {
                        "queue": queue,
                        "kind": kind,
                        "code": item["code"],
                        "parent_code": parent,
                        "labels": labels,
                        "hotkey": item.get("hotkey"),
                        "resolves": None if children is not None else bool(item.get("resolves", False)),
                        "position": position,
                    }
                )
                if children is not None:
                    walk(children, kind, item["code"])

        walk(spec.get("dispositions", []), OutcomeCodeKind.DISPOSITION.value, None)
        walk(spec.get("reasons", []), OutcomeCodeKind.REASON.value, None)
        for row in rows:
            if row["kind"] == OutcomeCodeKind.REASON.value:
                row["resolves"] = None
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        key = (row["queue"], row["kind"], row["code"])
        if key in seen and row["labels"]:
            raise CodesError(f"{source}: queue {row['queue']!r} defines {row['kind']} {row['code']!r} twice")
        seen.add(key)
    return rows, required


def import_codes(session: Session, path: Path | None = None) -> int:
    """Load a codes file into the database; returns the number of active codes."""
    path = path or default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CodesError(f"{path}: cannot read it: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise CodesError(f"{path}: not valid JSON: {exc}") from exc
    rows, required = parse(data, path.name)
    existing = {(c.queue, c.kind, c.code): c for c in session.scalars(select(OutcomeCode))}
    wanted: set[tuple[str, str, str]] = set()
    for row in rows:
        key = (row["queue"], row["kind"], row["code"])
        if key in wanted:  # a queue repeating a "*" group to add children to it
            continue
        wanted.add(key)
        code = existing.get(key)
        if code is None:
            code = OutcomeCode(queue=row["queue"], kind=row["kind"], code=row["code"])
            session.add(code)
        code.parent_code = row["parent_code"]
        code.labels = row["labels"]
        code.hotkey = row["hotkey"]
        code.resolves = row["resolves"]
        code.position = row["position"]
        code.active = True
    for key, code in existing.items():
        if key not in wanted:
            code.active = False
    for queue, fields in required.items():
        config = session.get(QueueConfig, queue)
        if config is None:
            session.add(QueueConfig(queue=queue, required=fields))
        else:
            config.required = fields
    session.flush()
    return len(wanted)


def ensure_seeded(session: Session) -> None:
    if not session.scalar(select(func.count()).select_from(OutcomeCode)):
        import_codes(session)


def export_codes(session: Session) -> dict[str, Any]:
    """The active codes in the file format (to edit and import back)."""
    queues: dict[str, Any] = {}
    codes = session.scalars(
        select(OutcomeCode)
        .where(OutcomeCode.active.is_(True))
        .order_by(OutcomeCode.queue, OutcomeCode.position)
    ).all()
    for queue in sorted({c.queue for c in codes}, key=lambda q: (q != DEFAULT_QUEUE, q)):
        spec: dict[str, Any] = {}
        config = session.get(QueueConfig, queue)
        if config is not None:
            spec["required"] = list(config.required)
        for kind, key in ((OutcomeCodeKind.DISPOSITION, "dispositions"), (OutcomeCodeKind.REASON, "reasons")):
            mine = [c for c in codes if c.queue == queue and c.kind == kind.value]

            def node(c: OutcomeCode, mine: list[OutcomeCode] = mine) -> dict[str, Any]:
                out: dict[str, Any] = {"code": c.code, "label": dict(c.labels)}
                if c.hotkey:
                    out["hotkey"] = c.hotkey
                children = [node(x) for x in mine if x.parent_code == c.code]
                if c.resolves is None and c.kind == OutcomeCodeKind.DISPOSITION:
                    out["children"] = children
                elif c.kind == OutcomeCodeKind.DISPOSITION:
                    out["resolves"] = c.resolves
                return out

            roots = [node(c) for c in mine if c.parent_code is None]
            # Children added to a "*" group: written under a bare container naming that group.
            foreign = [c for c in mine if c.parent_code and not any(x.code == c.parent_code for x in mine)]
            for parent in dict.fromkeys(c.parent_code for c in foreign):
                roots.append(
                    {"code": parent, "children": [node(c) for c in foreign if c.parent_code == parent]}
                )
            if roots:
                spec[key] = roots
        queues[queue] = spec
    return {"version": 1, "queues": queues}


def for_queue(session: Session, queue: str, *, include_inactive: bool = False) -> QueueCodes:
    """The codes an agent picks from in *queue*: the default set plus the queue's own.

    The shipped set is loaded on first use, so a new database (desktop, CLI, sync service)
    has codes without a set-up step.
    """
    ensure_seeded(session)
    stmt = select(OutcomeCode).where(OutcomeCode.queue.in_([DEFAULT_QUEUE, queue]))
    if not include_inactive:
        stmt = stmt.where(OutcomeCode.active.is_(True))
    rows = session.scalars(stmt.order_by(OutcomeCode.position)).all()
    merged: dict[tuple[str, str], OutcomeCode] = {}
    for row in sorted(rows, key=lambda c: (c.queue != DEFAULT_QUEUE, c.position)):
        merged[(row.kind, row.code)] = row  # the queue's own definition wins
    ordered = sorted(merged.values(), key=lambda c: (c.queue != DEFAULT_QUEUE, c.position))
    as_code = [
        Code(c.kind, c.code, c.parent_code, dict(c.labels), c.hotkey, c.resolves, c.active, c.position)
        for c in ordered
    ]
    config = session.get(QueueConfig, queue) or session.get(QueueConfig, DEFAULT_QUEUE)
    required = tuple(config.required) if config is not None else tuple(DEFAULT_REQUIRED)
    return QueueCodes(
        queue,
        [c for c in as_code if c.kind == OutcomeCodeKind.DISPOSITION],
        [c for c in as_code if c.kind == OutcomeCodeKind.REASON],
        required,
    )


def label_of(session: Session, kind: str, code: str | None, language: str, queue: str | None = None) -> str:
    """A code's label in *language*, for codes removed since as well."""
    if not code:
        return ""
    stmt = select(OutcomeCode).where(OutcomeCode.kind == kind, OutcomeCode.code == code)
    rows = session.scalars(stmt).all()
    row = next((r for r in rows if r.queue == queue), None) or (rows[0] if rows else None)
    if row is None:
        return code
    return Code(row.kind, row.code, None, dict(row.labels), None, None, row.active, 0).label(language)


def all_labels(session: Session) -> dict[str, dict[str, str]]:
    """Code → {language: label} for every code ever defined (removed ones too), for showing outcomes."""
    ensure_seeded(session)
    labels: dict[str, dict[str, str]] = {}
    for row in session.scalars(select(OutcomeCode).order_by(OutcomeCode.queue != DEFAULT_QUEUE)):
        labels.setdefault(row.code, dict(row.labels))
    return labels
