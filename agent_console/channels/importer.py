"""Importing history from files: .eml, mbox, Maildir folders and Asterisk call records.

``agent-console import PATH...`` and the UI's File → Import use :func:`run_import`.  Every
source is read as a stream (a 100,000-message mbox is never held in memory), filed in
batches through :func:`ingest.ingest` with ``history=True`` (old conversations are filed
closed), and is idempotent: importing the same files twice adds nothing.  A message that
cannot be read is recorded with its reason and the import goes on.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent_console.channels.base import ChannelError, Inbound
from agent_console.channels.ingest import Failure, IngestSummary, ingest
from agent_console.core.db import Database

#: Messages per transaction: big enough to amortise the commit, small enough to show progress.
CHUNK = 2000
#: A single message larger than this in an mbox is skipped (recorded) instead of parsed.
MAX_MESSAGE_BYTES = 100 * 2**20

Progress = Callable[[int, int], None]


class ImportSourceError(ChannelError):
    """A path that cannot be imported at all (missing, unreadable, unknown kind)."""


@dataclass
class ImportOptions:
    own_addresses: tuple[str, ...] = ()
    #: Asterisk writes local wall-clock times; the PBX's time zone turns them into UTC.
    cdr_timezone: str = "UTC"
    #: Region for call-record numbers written without a country code.
    default_region: str | None = None
    #: Numbers with at most this many digits are extensions of our own PBX.
    extension_max_digits: int = 6
    queue: str = "general"


@dataclass
class Source:
    path: Path
    kind: str  # eml | mbox | maildir | cdr
    size: int


@dataclass
class ImportReport:
    summary: IngestSummary = field(default_factory=IngestSummary)
    sources: list[Source] = field(default_factory=list)

    @property
    def failed(self) -> list[Failure]:
        return self.summary.failed


def scan(paths: Sequence[str | Path]) -> list[Source]:
    """What each path is; raises ImportSourceError for a path that does not exist or is unknown."""
    found: list[Source] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.exists():
            raise ImportSourceError(f"{path} does not exist.")
        if path.is_dir():
            found.extend(_scan_dir(path))
        else:
            found.append(Source(path, _kind_of_file(path), path.stat().st_size))
    return found


def _scan_dir(path: Path) -> list[Source]:
    if (path / "cur").is_dir() or (path / "new").is_dir():
        files = [f for sub in ("cur", "new") if (path / sub).is_dir() for f in sorted((path / sub).iterdir())]
        return [Source(path, "maildir", sum(f.stat().st_size for f in files if f.is_file()))]
    found: list[Source] = []
    for child in sorted(path.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            found.extend(_scan_dir(child))
        elif child.suffix.lower() in (".eml", ".mbox", ".csv", ".mbx") or child.name == "mbox":
            found.append(Source(child, _kind_of_file(child), child.stat().st_size))
    return found


def _kind_of_file(path: Path) -> str:
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise ImportSourceError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if suffix == ".csv":
        return "cdr"
    if head.startswith(b"From "):
        return "mbox"
    if suffix == ".eml" or re.match(rb"^[A-Za-z0-9-]+:", head):
        return "eml"
    raise ImportSourceError(
        f"{path.name} is not an e-mail (.eml), an mbox file, a Maildir folder or a call-record CSV."
    )


# --- reading each kind ---------------------------------------------------------------


@dataclass
class _Item:
    source: str
    inbound: Inbound | None = None
    failure: str | None = None
    #: Bytes of the source read so far (progress).
    position: int = 0


def _read(source: Source, options: ImportOptions) -> Iterator[_Item]:
    if source.kind == "eml":
        data = source.path.read_bytes()
        yield _parse_mail(data, str(source.path), options, _mtime(source.path), len(data))
    elif source.kind == "mbox":
        yield from _read_mbox(source, options)
    elif source.kind == "maildir":
        yield from _read_maildir(source, options)
    else:
        yield from read_cdr(source.path, options)


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _parse_mail(raw: bytes, label: str, options: ImportOptions, fallback: datetime, position: int) -> _Item:
    from agent_console.channels.mail import parse_message

    try:
        inbound = parse_message(raw, own_addresses=options.own_addresses, fallback_date=fallback)
    except ChannelError as exc:
        return _Item(label, failure=str(exc), position=position)
    return _Item(label, inbound=inbound, position=position)


_MBOX_QUOTED_FROM = re.compile(rb"^>+From ")


def split_mbox(handle: io.BufferedReader) -> Iterator[tuple[bytes, int]]:
    """Each message of an mbox (mboxrd ``>From`` quoting undone) and the offset after it.

    Streams line by line: a message starts at a line beginning ``From `` (the mbox
    separator, which is not part of the message).
    """
    lines: list[bytes] = []
    size = 0
    position = 0
    started = False
    for line in handle:
        position += len(line)
        if line.startswith(b"From "):
            if started:
                yield b"".join(lines), position - len(line)
            lines, size, started = [], 0, True
            continue
        if not started:
            continue
        if size <= MAX_MESSAGE_BYTES:
            lines.append(line[1:] if _MBOX_QUOTED_FROM.match(line) else line)
        size += len(line)
    if started:
        yield b"".join(lines), position


def _read_mbox(source: Source, options: ImportOptions) -> Iterator[_Item]:
    fallback = _mtime(source.path)
    with source.path.open("rb") as handle:
        for number, (raw, position) in enumerate(split_mbox(handle), start=1):
            label = f"{source.path} message {number}"
            if len(raw) > MAX_MESSAGE_BYTES:
                yield _Item(label, failure=f"larger than {MAX_MESSAGE_BYTES // 2**20} MB", position=position)
                continue
            yield _parse_mail(raw, label, options, fallback, position)


def _read_maildir(source: Source, options: ImportOptions) -> Iterator[_Item]:
    position = 0
    for sub in ("cur", "new"):
        folder = source.path / sub
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if not path.is_file() or path.name.startswith("."):
                continue
            try:
                raw = path.read_bytes()
            except OSError as exc:
                yield _Item(str(path), failure=f"cannot be read: {exc.strerror or exc}", position=position)
                continue
            position += len(raw)
            if len(raw) > MAX_MESSAGE_BYTES:
                yield _Item(
                    str(path), failure=f"larger than {MAX_MESSAGE_BYTES // 2**20} MB", position=position
                )
                continue
            yield _parse_mail(raw, str(path), options, _mtime(path), position)


# --- Asterisk call records -------------------------------------------------------------

#: Columns of Asterisk's cdr_csv Master.csv (no header line; uniqueid and userfield optional).
CDR_COLUMNS = (
    "accountcode",
    "src",
    "dst",
    "dcontext",
    "clid",
    "channel",
    "dstchannel",
    "lastapp",
    "lastdata",
    "start",
    "answer",
    "end",
    "duration",
    "billsec",
    "disposition",
    "amaflags",
    "uniqueid",
    "userfield",
)
_CLID = re.compile(r'^\s*"?([^"<]*?)"?\s*<([^>]*)>\s*$')


def read_cdr(path: Path, options: ImportOptions) -> Iterator[_Item]:
    try:
        zone = ZoneInfo(options.cdr_timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ImportSourceError(f"Unknown time zone '{options.cdr_timezone}' for the call records.") from exc
    with path.open("rb") as binary:
        text = io.TextIOWrapper(binary, encoding="utf-8", errors="replace", newline="")
        for number, row in enumerate(csv.reader(text), start=1):
            position = binary.tell()
            label = f"{path} line {number}"
            if not row or (number == 1 and "src" in row and "dst" in row):
                continue  # blank line, or a header some exports add
            try:
                yield _Item(label, inbound=cdr_row(row, zone, options), position=position)
            except ValueError as exc:
                yield _Item(label, failure=str(exc), position=position)


def cdr_row(row: list[str], zone: ZoneInfo, options: ImportOptions) -> Inbound:
    if len(row) < 16:
        raise ValueError(f"{len(row)} columns; an Asterisk call record has at least 16")
    record = dict(zip(CDR_COLUMNS, (c.strip() for c in row), strict=False))
    src, dst = record["src"], record["dst"]
    internal_src = _is_extension(src, options)
    internal_dst = _is_extension(dst, options)
    if internal_src and internal_dst:
        raise ValueError("an internal call between extensions (not a customer's)")
    direction = "out" if internal_src else "in"
    number = dst if internal_src else src
    if not number:
        raise ValueError("no caller number (anonymous call)")
    started = _cdr_time(record["start"], zone, "start")
    billsec = _int(record["billsec"], "billsec")
    disposition = record["disposition"].upper()
    name = None
    match = _CLID.match(record["clid"])
    if match and direction == "in" and match.group(1).strip():
        name = match.group(1).strip()
    unique = record.get("uniqueid") or hashlib.sha256("\x1f".join(row).encode()).hexdigest()[:40]
    missed = disposition != "ANSWERED"
    return Inbound(
        channel="phone",
        external_id=f"cdr:{unique}",
        address_kind="phone",
        customer_address=number,
        occurred_at=started,
        direction=direction,
        customer_name=name,
        kind="call",
        duration_seconds=billsec,
        body_text="" if not missed else disposition.lower().replace("_", " "),
        default_region=options.default_region,
        meta={
            "disposition": disposition,
            "missed": missed,
            "ring_seconds": max(0, _int(record["duration"], "duration") - billsec),
            "extension": dst if direction == "in" else src,
        },
    )


def _is_extension(number: str, options: ImportOptions) -> bool:
    digits = re.sub(r"\D", "", number)
    return bool(digits) and len(digits) <= options.extension_max_digits and not number.startswith("+")


def _cdr_time(value: str, zone: ZoneInfo, column: str) -> datetime:
    try:
        local = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError as exc:
        raise ValueError(f"unreadable {column} time '{value}'") from exc
    return local.replace(tzinfo=zone).astimezone(UTC)


def _int(value: str, column: str) -> int:
    try:
        return int(value or 0)
    except ValueError as exc:
        raise ValueError(f"unreadable {column} '{value}'") from exc


# --- running an import ------------------------------------------------------------------


def run_import(
    db: Database,
    paths: Sequence[str | Path],
    options: ImportOptions | None = None,
    *,
    on_progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import every path; ``on_progress(done_bytes, total_bytes)`` after each chunk."""
    options = options or ImportOptions()
    report = ImportReport(sources=scan(paths))
    total = sum(s.size for s in report.sources) or 1
    done_before = 0
    for source in report.sources:
        chunk: list[Inbound] = []
        position = 0
        for item in _read(source, options):
            position = item.position
            if item.failure is not None:
                report.summary.failed.append(Failure(item.source, item.failure))
            elif item.inbound is not None:
                chunk.append(item.inbound)
            if len(chunk) >= CHUNK:
                _file(db, chunk, options, report, str(source.path))
                chunk = []
                if on_progress:
                    on_progress(done_before + position, total)
                if cancelled and cancelled():
                    return report
        if chunk:
            _file(db, chunk, options, report, str(source.path))
        done_before += source.size
        if on_progress:
            on_progress(done_before, total)
    return report


def _file(
    db: Database, chunk: list[Inbound], options: ImportOptions, report: ImportReport, source: str
) -> None:
    with db.session() as session:
        report.summary.add(ingest(session, chunk, queue=options.queue, history=True, source=source))
