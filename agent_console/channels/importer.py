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
import logging
import multiprocessing
import os
import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_console.channels.base import ChannelError, Inbound
from agent_console.channels.ingest import Failure, IngestSummary, ingest
from agent_console.core.db import Database
from agent_console.core.models import Channel, Event

log = logging.getLogger(__name__)

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
    #: An e-mail not parsed yet (parsed only if it is not stored already), and its fallback date.
    raw: bytes | None = None
    fallback: datetime | None = None


def _read(source: Source, options: ImportOptions) -> Iterator[_Item]:
    if source.kind == "eml":
        data = source.path.read_bytes()
        yield _Item(str(source.path), position=len(data), raw=data, fallback=_mtime(source.path))
    elif source.kind == "mbox":
        yield from _read_mbox(source, options)
    elif source.kind == "maildir":
        yield from _read_maildir(source, options)
    else:
        yield from read_cdr(source.path, options)


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*<([!-;=?-~]+)>[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


def _message_id(raw: bytes) -> str | None:
    """The Message-ID when it is written plainly in the header (then it is the external id)."""
    end = raw.find(b"\n\n")
    end = raw.find(b"\r\n\r\n") if end < 0 else end
    match = _MESSAGE_ID.search(raw, 0, end if end >= 0 else len(raw))
    return match.group(1).decode("ascii") if match else None


_MBOX_SEPARATOR = re.compile(rb"^From ", re.MULTILINE)
_MBOX_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
#: Bytes read at a time: separators are found with one regex scan per block, not per line.
MBOX_BLOCK = 8 * 2**20


def split_mbox(handle: io.BufferedReader) -> Iterator[tuple[bytes, int]]:
    """Each message of an mbox (mboxrd ``>From`` quoting undone) and the offset after it.

    A message starts after a line beginning ``From `` (the separator, not part of it).  The
    file is read in blocks and cut at line ends, so memory stays at a block plus the current
    message; a message past ``MAX_MESSAGE_BYTES`` is cut off there (the caller skips it).
    """
    message = bytearray()
    started = False
    position = 0
    carry = b""

    def add(piece: bytes) -> None:
        if len(message) <= MAX_MESSAGE_BYTES:
            message.extend(piece[: MAX_MESSAGE_BYTES + 1 - len(message)])

    def finished() -> bytes:
        raw = bytes(message)
        return _MBOX_QUOTED_FROM.sub(rb"\1", raw) if b">From " in raw else raw

    while True:
        block = handle.read(MBOX_BLOCK)
        data = carry + block
        cut = len(data) if not block else data.rfind(b"\n") + 1
        if cut == 0:
            if not block:
                break
            carry = data
            continue
        lines, carry = data[:cut], data[cut:]
        last = 0
        for match in _MBOX_SEPARATOR.finditer(lines):
            start = match.start()
            if started:
                add(lines[last:start])
                yield finished(), position + start
            message.clear()
            started = True
            end = lines.find(b"\n", start)
            last = len(lines) if end < 0 else end + 1
        if started:
            add(lines[last:])
        position += len(lines)
        if not block:
            break
    if started:
        yield finished(), position


def _read_mbox(source: Source, options: ImportOptions) -> Iterator[_Item]:
    fallback = _mtime(source.path)
    with source.path.open("rb") as handle:
        for number, (raw, position) in enumerate(split_mbox(handle), start=1):
            label = f"{source.path} message {number}"
            if len(raw) > MAX_MESSAGE_BYTES:
                yield _Item(label, failure=f"larger than {MAX_MESSAGE_BYTES // 2**20} MB", position=position)
                continue
            yield _Item(label, position=position, raw=raw, fallback=fallback)


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
            yield _Item(str(path), position=position, raw=raw, fallback=_mtime(path))


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


#: Imports larger than this parse mail in a second process while this one files what is parsed.
PARALLEL_FROM_BYTES = 16 * 2**20

ParsedMail = tuple[str, Inbound | None, str | None]  # label, the message or why it could not be read


def parse_chunk(
    raws: list[tuple[str, bytes, datetime | None]], own_addresses: tuple[str, ...]
) -> list[ParsedMail]:
    """Parse e-mails (runs in a worker process for big imports; must stay importable and picklable)."""
    from agent_console.channels.mail import parse_message

    parsed: list[ParsedMail] = []
    for label, raw, fallback in raws:
        try:
            parsed.append(
                (label, parse_message(raw, own_addresses=own_addresses, fallback_date=fallback), None)
            )
        except ChannelError as exc:
            parsed.append((label, None, str(exc)))
    return parsed


class _Parser:
    """Parses chunks inline, or in one worker process so parsing and filing overlap on two cores."""

    def __init__(self, parallel: bool) -> None:
        self.pool: ProcessPoolExecutor | None = None
        if parallel and (os.cpu_count() or 1) > 1:
            try:
                self.pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=multiprocessing.get_context("spawn")
                )
            except (OSError, ValueError) as exc:  # no process support here: parse inline
                log.warning("parsing inline: no worker process (%s)", exc)

    def submit(
        self, raws: list[tuple[str, bytes, datetime | None]], own: tuple[str, ...]
    ) -> Future[list[ParsedMail]]:
        if self.pool is not None:
            try:
                return self.pool.submit(parse_chunk, raws, own)
            except (BrokenProcessPool, RuntimeError) as exc:
                log.warning("parsing inline: the worker process stopped (%s)", exc)
                self.pool = None
        done: Future[list[ParsedMail]] = Future()
        done.set_result(parse_chunk(raws, own))
        return done

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


@dataclass
class _Chunk:
    source: str
    ready: list[Inbound]
    parsed: Future[list[ParsedMail]]
    raws: list[tuple[str, bytes, datetime | None]]


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
    parser = _Parser(parallel=total > PARALLEL_FROM_BYTES)
    in_flight: deque[_Chunk] = deque()
    try:
        done_before = 0
        for source in report.sources:
            chunk: list[_Item] = []
            position = 0
            for item in _read(source, options):
                position = item.position
                if item.failure is not None:
                    report.summary.failed.append(Failure(item.source, item.failure))
                else:
                    chunk.append(item)
                if len(chunk) >= CHUNK:
                    in_flight.append(_start(db, chunk, options, report, parser, str(source.path)))
                    chunk = []
                    while len(in_flight) > 1:  # one chunk parses while the one before it is filed
                        _finish(db, in_flight.popleft(), options, report, parser)
                    if on_progress:
                        on_progress(done_before + position, total)
                    if cancelled and cancelled():
                        return report
            if chunk:
                in_flight.append(_start(db, chunk, options, report, parser, str(source.path)))
            while in_flight:
                _finish(db, in_flight.popleft(), options, report, parser)
            done_before += source.size
            if on_progress:
                on_progress(done_before, total)
        return report
    finally:
        parser.close()


def _start(
    db: Database,
    chunk: list[_Item],
    options: ImportOptions,
    report: ImportReport,
    parser: _Parser,
    source: str,
) -> _Chunk:
    """Leave out what is stored already (a re-run parses nothing it filed before), parse the rest."""
    with db.session() as session:
        stored = _stored_mail_ids(
            session, {found for item in chunk if item.raw is not None and (found := _message_id(item.raw))}
        )
    ready = [item.inbound for item in chunk if item.inbound is not None]
    raws = []
    for item in chunk:
        if item.raw is None:
            continue
        if _message_id(item.raw) in stored:
            report.summary.skipped += 1
        else:
            raws.append((item.source, item.raw, item.fallback))
    return _Chunk(source, ready, parser.submit(raws, options.own_addresses), raws)


def _finish(
    db: Database, chunk: _Chunk, options: ImportOptions, report: ImportReport, parser: _Parser
) -> None:
    try:
        parsed = chunk.parsed.result()
    except BrokenProcessPool as exc:
        log.warning("the parsing process stopped (%s); parsing this chunk here", exc)
        parser.pool = None
        parsed = parse_chunk(chunk.raws, options.own_addresses)
    inbound = list(chunk.ready)
    for label, message, failure in parsed:
        if message is not None:
            inbound.append(message)
        else:
            report.summary.failed.append(Failure(label, failure or "unreadable"))
    with db.session() as session:
        report.summary.add(ingest(session, inbound, queue=options.queue, history=True, source=chunk.source))


def _stored_mail_ids(session: Session, ids: set[str]) -> set[str]:
    found: set[str] = set()
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        found.update(
            session.scalars(
                select(Event.external_id).where(
                    Event.channel == Channel.EMAIL.value, Event.external_id.in_(ordered[start : start + 500])
                )
            )
        )
    return found
