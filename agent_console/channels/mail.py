"""E-mail in and out: raw RFC 5322 bytes to an :class:`Inbound`, an :class:`Outgoing` to a message.

:func:`parse_message` serves the IMAP connector and the .eml/mbox/Maildir importers.  An mbox
of 100,000 messages must import in at most three times what merely parsing it with
:mod:`mailbox` takes, so:

- it parses with the legacy ``compat32`` policy (``email.message_from_bytes``;
  ``policy.default`` is 2-3x slower) and decodes headers with
  :func:`email.header.decode_header` and :func:`email.utils.getaddresses`;
- it reads the headers it needs in one pass (every ``Message.get`` scans all headers), and
  reads the usual forms itself where the stdlib is slow: a single plain address, the common
  date form, a part's content type and charset; anything unusual goes to the stdlib;
- it does nothing a message does not need (the hash for a missing Message-ID, the Received
  dates for a missing Date, text from the HTML only when there is no text part).

Input is hostile: any bytes give an :class:`Inbound` or a :class:`PermanentError`, nothing else.
Whatever could not be read is recorded in ``Inbound.problems`` instead: a charset Python does
not know or bytes invalid in it (decoded with U+FFFD shown), skipped attachments, a truncated
body, the parser's MIME defects.  The part tree is walked without recursion and at most
``max_parts`` parts; a structure too deep for the parser itself is read for its headers only.
Attachments are kept as they came (archives are never opened), within size limits.

:func:`build_reply` makes the outgoing message with ``policy.SMTP`` (CRLF, RFC 2047 names),
7-bit safe so it passes servers without 8BITMIME.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import hashlib
import mimetypes
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.errors import HeaderParseError
from email.header import Header, decode_header
from email.headerregistry import Address, HeaderRegistry, UnstructuredHeader
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.policy import Policy
from email.utils import format_datetime, getaddresses, make_msgid, parsedate_to_datetime
from functools import lru_cache

from agent_console.channels.base import AttachmentData, Inbound, Outgoing, PermanentError
from agent_console.channels.sanitize import sanitize_html, sanitized_to_text

#: Column sizes in core.models: events.external_id, events.subject, events.author_name.
MAX_ID_CHARS = 500
MAX_SUBJECT_CHARS = 500
MAX_NAME_CHARS = 300
MAX_ADDRESS_CHARS = 320
MAX_FILENAME_CHARS = 200
MAX_LISTED_RECIPIENTS = 50
MAX_THREAD_KEYS = 50
MAX_DEFECTS = 10
MAX_PROBLEMS = 50
MAX_REFERENCES = 20

#: Declared charsets read as the superset mailers really mean (as browsers do).
_SUPERSETS = {
    "iso8859-1": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
}
_ADDR_SPEC = r'[^\s<>()\[\]\\,;:@"]+@[^\s<>()\[\]\\,;:@"]+'
_NAME_CHAR = r'[^"<>()\[\]\\,;:@\s]'
#: One plain address, ``addr``, ``Name <addr>`` or ``"Name" <addr>`` (stripped): read here the
#: way getaddresses reads it, ten times faster (getaddresses takes the rest).  Unambiguous, so
#: it runs in linear time on hostile input.
_SIMPLE_ADDRESS = re.compile(
    rf"(?P<bare>{_ADDR_SPEC})"
    rf'|(?:"(?P<quoted>[^"\\]*)"|(?P<name>{_NAME_CHAR}(?:(?:{_NAME_CHAR}|[ \t])*{_NAME_CHAR})?))?'
    rf"\s*<(?P<address>{_ADDR_SPEC})>"
)
_CHARSET_PARAMETER = re.compile(r';\s*charset\s*=\s*"?([^";\s]+)', re.IGNORECASE)
#: "Tue, 5 Mar 2024 10:00:00 +0100 (CET)", the form nearly every mailer writes.
_USUAL_DATE = re.compile(
    r"\s*(?:[A-Za-z]{3},\s*)?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d\d):(\d\d)(?::(\d\d))? ([+-])(\d\d)(\d\d)\b"
)
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, 1)}
_BRACKETED_ID = re.compile(r"<([^<>]*)>")
_UNSAFE_FILENAME = re.compile(r'[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069<>:"|?*]')
_DEFECT_WORDS = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_REPLY_PREFIX = re.compile(
    r"(?:re|aw|sv|vs|antw|odp|ynt|res|rif|σχετ|回复|回覆|答复)\s*(?:\[\d+\])?\s*[:：]", re.IGNORECASE
)


@dataclass(frozen=True)
class _Limits:
    body_chars: int
    attachment_bytes: int
    total_attachment_bytes: int
    parts: int


def parse_message(
    raw: bytes,
    *,
    own_addresses: Collection[str] = (),
    fallback_date: datetime | None = None,
    max_body_chars: int = 1_000_000,
    max_attachment_bytes: int = 25 * 2**20,
    max_total_attachment_bytes: int = 50 * 2**20,
    max_parts: int = 500,
) -> Inbound:
    """The :class:`Inbound` of one raw message; :class:`PermanentError` if it names no customer.

    ``own_addresses`` are the support team's addresses: a message from one of them is ours
    ("out") and its customer is the first other recipient.  ``fallback_date`` stands in for a
    missing Date (after the Received headers), e.g. the mbox "From " line's date.
    """
    limits = _Limits(max_body_chars, max_attachment_bytes, max_total_attachment_bytes, max_parts)
    try:
        return _parse(bytes(raw), {a.lower() for a in own_addresses}, fallback_date, limits)
    except PermanentError:
        raise
    except Exception as exc:  # hostile input: whatever slipped past the per-part guards
        raise PermanentError(f"unreadable e-mail ({type(exc).__name__}: {exc})") from exc


def _parse(raw: bytes, own: set[str], fallback_date: datetime | None, limits: _Limits) -> Inbound:
    problems: list[str] = []
    msg = _message(raw, problems)
    headers = _headers(msg)
    sender = next((p for p in _address_list(headers, "from") if _usable(p[1])), None)
    to, cc = _address_list(headers, "to"), _address_list(headers, "cc")
    direction = "out" if sender and sender[1].lower() in own else "in"
    if direction == "in":
        name, address = _sender(headers, sender, problems)
    else:
        name, address = _recipient(to + cc, own)
    inbound = Inbound(
        channel="email",
        external_id=_external_id(headers, raw, problems),
        address_kind="email",
        customer_address=address,
        customer_name=name,
        occurred_at=_occurred_at(headers, fallback_date, problems),
        direction=direction,
        subject=_subject(headers, problems),
        thread_keys=_thread_keys(headers),
        problems=problems,
        meta={
            "to": [a for _, a in to[:MAX_LISTED_RECIPIENTS]],
            "cc": [a for _, a in cc[:MAX_LISTED_RECIPIENTS]],
            "recipient_count": len(to) + len(cc),
        },
    )
    _PartReader(inbound, limits).read(msg)
    if len(problems) > MAX_PROBLEMS:
        problems[MAX_PROBLEMS - 1 :] = [f"{len(problems) - MAX_PROBLEMS + 1} more problems not listed"]
    return inbound


def _message(raw: bytes, problems: list[str]) -> Message:
    try:
        return email.message_from_bytes(raw)
    except RecursionError:
        problems.append("MIME structure nested too deeply to read; only the headers were read")
        msg = BytesParser().parsebytes(raw, headersonly=True)
        msg.set_payload("")
        return msg


# Headers -----------------------------------------------------------------------------------

#: Header name -> its values as the parser left them (see :func:`_text`).
_Headers = dict[str, list[str]]
_READ_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "reply-to",
        "sender",
        "subject",
        "date",
        "received",
        "message-id",
        "in-reply-to",
        "references",
    }
)


def _headers(msg: Message) -> _Headers:
    """The headers parse_message reads, in one pass (``Message.get`` scans all headers each call)."""
    found: _Headers = {}
    for name, value in msg.raw_items():
        key = name.lower()
        if key in _READ_HEADERS:
            found.setdefault(key, []).append(value)
    return found


def _first(headers: _Headers, name: str) -> str | None:
    values = headers.get(name)
    return _text(values[0]) if values else None


def _text(value: str | Header) -> str:
    """A header value unfolded, with raw 8-bit bytes (RFC 6532 or a broken mailer) decoded."""
    if isinstance(value, Header):  # compat32 hands out a header with undecodable bytes like this
        value = _decode(b"".join(chunk for chunk, _ in decode_header(value)), None)[0]
    elif not value.isascii():  # bytes the parser kept as surrogates
        value = _decode(value.encode("utf-8", "surrogateescape"), None)[0]
    return value.replace("\r", "").replace("\n", "")


def _decode_words(text: str) -> str:
    """``text`` with its RFC 2047 encoded words decoded (any charset; unknown ones guessed)."""
    if "=?" not in text:
        return text
    # Names and thread subjects recur all through a mailbox; long (hostile) values are not kept.
    return _cached_words(text) if len(text) <= 300 else _words(text)


def _words(text: str) -> str:
    try:
        chunks = decode_header(text)
    except (HeaderParseError, ValueError):
        return text
    return "".join(_chunk_text(data, charset) for data, charset in chunks)


_cached_words = lru_cache(maxsize=1024)(_words)


def _chunk_text(data: bytes | str, charset: str | None) -> str:
    if isinstance(data, str):
        return data
    if charset is not None:
        return _decode(data, charset)[0]
    if data.isascii():
        return data.decode("ascii")
    try:  # decode_header hands back unencoded non-ASCII text as raw-unicode-escape
        return data.decode("raw-unicode-escape")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _address_list(headers: _Headers, name: str) -> list[tuple[str, str]]:
    """(encoded display name, address) of every address in all ``name`` headers."""
    values = [_text(v) for v in headers.get(name, ())]
    if not values:
        return []
    simple = (
        _SIMPLE_ADDRESS.fullmatch(values[0].strip()) if len(values) == 1 and len(values[0]) < 1000 else None
    )
    if simple is None:
        try:
            return [(n, a.strip()) for n, a in getaddresses(values) if a.strip()]
        except RecursionError:  # getaddresses recurses into nested comments: "((((..."
            return []
    if simple["bare"]:
        return [("", simple["bare"])]
    return [(simple["quoted"] or simple["name"] or "", simple["address"])]


def _usable(address: str) -> bool:
    local, at, domain = address.rpartition("@")
    return (
        bool(at and local and "." in domain.strip("."))
        and len(address) <= MAX_ADDRESS_CHARS
        and address.isprintable()  # no control characters, no white space but " "
        and " " not in address
    )


def _display_name(encoded: str) -> str | None:
    name = " ".join(_decode_words(encoded).split())[:MAX_NAME_CHARS]
    return name or None


def _sender(headers: _Headers, sender: tuple[str, str] | None, problems: list[str]) -> tuple[str | None, str]:
    if sender:
        return _display_name(sender[0]), sender[1]
    for header in ("reply-to", "sender"):
        for name, address in _address_list(headers, header):
            if _usable(address):
                problems.append(f"no usable From address; used the {header.title()} address")
                return _display_name(name), address
    shown = _first(headers, "from")
    if shown is None:
        raise PermanentError("e-mail without a sender: no From header")
    raise PermanentError(f"e-mail without a usable sender address (From: {shown[:100]!r})")


def _recipient(recipients: list[tuple[str, str]], own: set[str]) -> tuple[str | None, str]:
    for name, address in recipients:
        if address.lower() not in own and _usable(address):
            return _display_name(name), address
    raise PermanentError("e-mail from our own address with no customer among its To/Cc recipients")


def _external_id(headers: _Headers, raw: bytes, problems: list[str]) -> str:
    value = _first(headers, "message-id")
    ident = _message_ids(value)[:1] if value else []
    if ident and len(ident[0]) <= MAX_ID_CHARS:
        return ident[0]
    reason = f"Message-ID longer than {MAX_ID_CHARS} characters" if ident else "no Message-ID"
    problems.append(f"{reason}; identified by a hash of the message")
    return "sha256:" + hashlib.sha256(raw).hexdigest()[:40]


def _message_ids(value: str) -> list[str]:
    """Ids in a Message-ID, In-Reply-To or References value, without brackets or spaces."""
    bracketed = _BRACKETED_ID.findall(value)
    found = bracketed or [t for t in value.split() if "@" in t] or [value]
    return [ident for ident in ("".join(i.split()) for i in found) if ident]


def _thread_keys(headers: _Headers) -> list[str]:
    in_reply_to = _first(headers, "in-reply-to")
    references = _first(headers, "references")
    ids = (_message_ids(in_reply_to) if in_reply_to else []) + (
        _message_ids(references)[::-1] if references else []
    )
    return [i for i in dict.fromkeys(ids) if len(i) <= MAX_ID_CHARS][:MAX_THREAD_KEYS]


def _subject(headers: _Headers, problems: list[str]) -> str | None:
    value = _first(headers, "subject")
    subject = _decode_words(value).strip() if value else ""
    if len(subject) > MAX_SUBJECT_CHARS:
        problems.append(f"subject shortened from {len(subject)} to {MAX_SUBJECT_CHARS} characters")
        subject = subject[:MAX_SUBJECT_CHARS]
    return subject or None


def _occurred_at(headers: _Headers, fallback: datetime | None, problems: list[str]) -> datetime:
    value = _first(headers, "date")
    when = _parse_date(value)
    if when is not None:
        return when
    reason = "no Date header" if value is None else f"unreadable Date header {value[:60]!r}"
    received = [_parse_date(_text(v).rpartition(";")[2]) for v in headers.get("received", ())]
    newest = max((d for d in received if d is not None), default=None)
    if newest is not None:
        problems.append(f"{reason}; used the Received date")
        return newest
    if fallback is not None:
        problems.append(f"{reason}; used the date the mailbox gave")
        return _utc(fallback)
    problems.append(f"{reason}; used the import time")
    return datetime.now(UTC)


def _parse_date(value: str | None) -> datetime | None:
    """Aware UTC time of an RFC 5322 date; the usual form read here (4x faster than the stdlib)."""
    if not value:
        return None
    try:
        usual = _USUAL_DATE.match(value)
        if usual is None or usual.group(2) not in _MONTHS:
            return _utc(parsedate_to_datetime(value))
        day, month, year, hour, minute, second, sign, zone_hours, zone_minutes = usual.groups()
        offset = timedelta(hours=int(zone_hours), minutes=int(zone_minutes))
        local = datetime(
            int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second or 0), tzinfo=UTC
        )
        return local - offset if sign == "+" else local + offset
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _utc(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


# Charsets ----------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _codec(charset: str | None) -> str | None:
    """Python's codec for a declared charset (or the superset meant), None if not a text codec."""
    if not charset:
        return None
    try:
        info = codecs.lookup(charset.strip().strip("\"'").split("*", 1)[0])
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):  # base64, zlib, rot13 ...
        return None
    return _SUPERSETS.get(info.name, info.name)


def _decode(data: bytes, charset: str | None) -> tuple[str, bool]:
    """The text of ``data`` and whether it had to be guessed (fallback charset, U+FFFD).

    The declared charset first, then UTF-8; failing both, the declared charset (or
    Windows-1252 when it is unknown or ASCII) with undecodable bytes replaced.
    """
    codec = _codec(charset) if charset and len(charset) <= 64 else None  # no charset name is longer
    for attempt in (codec, "utf-8"):
        if attempt:
            try:
                return data.decode(attempt), False
            except (UnicodeError, LookupError):
                pass
    fallback = codec if codec and codec != "ascii" else "cp1252"
    try:
        return data.decode(fallback, "replace"), True
    except (UnicodeError, LookupError):
        return data.decode("cp1252", "replace"), True


def _charset_problem(index: int, charset: str | None, text: str) -> str:
    declared = f"declared charset {charset!r}" if charset else "declared no charset"
    if "\ufffd" in text:
        return f"part {index} {declared}; undecodable bytes shown as \ufffd"
    return f"part {index} {declared}; read as Windows-1252"


# Parts ---------------------------------------------------------------------------------------


class _PartReader:
    """Fills an Inbound's body, attachments and problems from the message's parts."""

    def __init__(self, inbound: Inbound, limits: _Limits) -> None:
        self.inbound = inbound
        self.limits = limits
        self.plain: str | None = None
        self.html: str | None = None
        self.attachment_count = 0
        self.attachment_bytes = 0
        self.defects: list[str] = []

    @property
    def problems(self) -> list[str]:
        return self.inbound.problems

    def read(self, msg: Message) -> None:
        stack = [msg]
        index = 0
        while stack:
            part = stack.pop()
            index += 1
            if index > self.limits.parts:
                self.problems.append(f"more than {self.limits.parts} MIME parts; the rest were not read")
                break
            try:
                stack.extend(reversed(self._part(part, index)))
            except Exception as exc:  # one unreadable part must not cost the message
                self.problems.append(f"part {index} could not be read ({type(exc).__name__})")
            self.defects.extend(f"MIME problem in part {index}: {_defect_text(d)}" for d in part.defects)
        self._finish_body()
        self.problems.extend(list(dict.fromkeys(self.defects))[:MAX_DEFECTS])

    def _part(self, part: Message, index: int) -> list[Message]:
        """Read one part; its children to walk next."""
        raw_type, raw_disposition, content_id = _part_headers(part)
        content_type = _content_type(part, raw_type)
        maintype, _, subtype = content_type.partition("/")
        # is_multipart(): get_payload() alone would decode an 8-bit leaf part's whole text
        children = part.get_payload() if part.is_multipart() else None
        if maintype == "multipart" and children is not None:
            return children
        filename = _filename(part, raw_type, raw_disposition)
        if maintype == "message" and children is not None:
            self._add_attachment(
                _attached_messages(children), content_type, filename, _message_name(children)
            )
        elif self._is_body(maintype, subtype, filename, raw_disposition):
            self._add_body(part, index, subtype, _charset(part, raw_type))
        else:
            self._add_attachment(
                part.get_payload(decode=True) or b"", content_type, filename, None, content_id
            )
        return []

    def _is_body(
        self, maintype: str, subtype: str, filename: str | None, raw_disposition: str | None
    ) -> bool:
        if filename is not None or _first_word(raw_disposition) == "attachment":
            return False
        if maintype == "multipart":  # a multipart without boundary: its text is all there is
            return self.plain is None
        if maintype != "text":
            return False
        return (subtype == "plain" and self.plain is None) or (subtype == "html" and self.html is None)

    def _add_body(self, part: Message, index: int, subtype: str, charset: str | None) -> None:
        data = part.get_payload(decode=True) or b""
        text, guessed = _decode(data, charset)
        if guessed:
            self.problems.append(_charset_problem(index, charset, text))
        if subtype == "html":
            self.html = text
        else:
            self.plain = text.replace("\r\n", "\n")

    def _finish_body(self) -> None:
        limit = self.limits.body_chars
        html = self.html
        if html is not None:
            html = self._truncated(html, 2 * limit, "HTML body")
            self.inbound.body_html = sanitize_html(html)
        if self.plain is not None:
            text = self.plain
        else:
            text = sanitized_to_text(self.inbound.body_html) if self.inbound.body_html is not None else ""
        self.inbound.body_text = self._truncated(text, limit, "body")

    def _truncated(self, text: str, limit: int, what: str) -> str:
        if len(text) <= limit:
            return text
        self.problems.append(f"{what} truncated from {len(text)} to {limit} characters")
        return text[:limit]

    def _add_attachment(
        self,
        data: bytes,
        mime_type: str,
        filename: str | None,
        title: str | None,
        content_id: str | None = None,
    ) -> None:
        self.attachment_count += 1
        extension = ".eml" if title is not None else mimetypes.guess_extension(mime_type) or ".bin"
        fallback = f"attachment-{self.attachment_count}{extension}"
        name = _safe_filename(filename or (title + ".eml" if title else None), fallback)
        size = len(data)
        if size > self.limits.attachment_bytes:
            limit = _size(self.limits.attachment_bytes)
            self.problems.append(f"attachment {name!r} ({_size(size)}) skipped: larger than {limit}")
        elif self.attachment_bytes + size > self.limits.total_attachment_bytes:
            limit = _size(self.limits.total_attachment_bytes)
            self.problems.append(f"attachment {name!r} ({_size(size)}) skipped: attachments over {limit}")
        else:
            self.attachment_bytes += size
            self.inbound.attachments.append(AttachmentData(name, mime_type[:200], data, content_id))


def _part_headers(part: Message) -> tuple[str | None, str | None, str | None]:
    """A part's Content-Type, Content-Disposition and Content-ID, in one pass over its headers.

    The common cases are read here; parameters in RFC 2231 form or with raw 8-bit bytes go to
    the stdlib's parameter parser (each ``Message.get_*`` call would scan all headers again).
    """
    raw_type = raw_disposition = content_id = None
    for name, value in part.raw_items():
        key = name.lower()
        if key == "content-type" and raw_type is None:
            raw_type = value
        elif key == "content-disposition" and raw_disposition is None:
            raw_disposition = value
        elif key == "content-id" and content_id is None:
            content_id = _content_id(value)
    return raw_type, raw_disposition, content_id


def _content_id(value: str) -> str | None:
    """``<image001.png@01D9>`` -> ``image001.png@01D9``; folded or junk values give None."""
    cleaned = "".join(str(value).split()).strip("<>")
    return cleaned[:300] if cleaned and cleaned.isprintable() else None


def _first_word(value: str | None) -> str:
    return value.partition(";")[0].strip().lower() if value else ""


def _content_type(part: Message, raw_type: str | None) -> str:
    """What ``Message.get_content_type`` says, from the raw header."""
    if raw_type is None:
        return part.get_default_type()
    content_type = _first_word(raw_type)
    return content_type if content_type.count("/") == 1 else "text/plain"


def _charset(part: Message, raw_type: str | None) -> str | None:
    if raw_type is None:
        return None
    if "*" in raw_type or not raw_type.isascii():
        return part.get_content_charset()
    found = _CHARSET_PARAMETER.search(raw_type)
    return found.group(1).lower() if found else None


def _filename(part: Message, raw_type: str | None, raw_disposition: str | None) -> str | None:
    """The part's filename (RFC 2231 or RFC 2047 encoded, or raw 8-bit UTF-8) decoded."""
    values = (raw_disposition, raw_type)
    if not any(v is not None and "name" in v.lower() for v in values):
        return None  # no filename or name parameter
    if all(v is None or v.isascii() for v in values):
        name = part.get_filename()
    else:  # compat32 would read raw 8-bit bytes as "?": parse the decoded text instead
        probe = Message()
        for header, value in zip(("content-disposition", "content-type"), values, strict=True):
            if value is not None:
                probe[header] = _text(value)
        name = probe.get_filename()
    return _decode_words(name) if isinstance(name, str) else None


def _attached_messages(payload: Iterable[Message]) -> bytes:
    return b"".join(m.as_bytes() for m in payload if isinstance(m, Message))


def _message_name(payload: list[Message]) -> str:
    subject = payload[0].get("subject") if payload and isinstance(payload[0], Message) else None
    return _decode_words(_text(subject)).strip() if subject is not None else ""


def _safe_filename(name: str | None, fallback: str) -> str:
    """A name safe to show and to save under: no folders, no control or bidi characters."""
    name = _UNSAFE_FILENAME.sub("_", (name or "").replace("\\", "/").rpartition("/")[2]).strip(" .")
    if len(name) > MAX_FILENAME_CHARS:
        _, dot, extension = name.rpartition(".")
        keep = len(extension) + 1 if dot and len(extension) <= 16 else 0
        name = name[: MAX_FILENAME_CHARS - keep].rstrip(" .") + name[len(name) - keep :]
    return name or fallback


def _defect_text(defect: Exception) -> str:
    return _DEFECT_WORDS.sub(" ", type(defect).__name__.removesuffix("Defect")).lower()


def _size(count: int) -> str:
    return f"{count / 2**20:.1f} MB" if count >= 2**20 else f"{count / 1024:.0f} KB"


# Outgoing ------------------------------------------------------------------------------------


class _MessageIdListHeader(UnstructuredHeader):
    """In-Reply-To/References folded between ids: CPython would RFC 2047-encode ids longer
    than a line (Outlook's are), which breaks threading at the customer's end."""

    max_count = 1

    def fold(self, *, policy: Policy) -> str:
        return f"{self.name}: {(policy.linesep + ' ').join(str(self).split())}{policy.linesep}"


def _reply_policy() -> Policy:
    registry = HeaderRegistry()
    registry.map_to_type("in-reply-to", _MessageIdListHeader)
    registry.map_to_type("references", _MessageIdListHeader)
    return email.policy.SMTP.clone(cte_type="7bit", header_factory=registry)


_REPLY_POLICY = _reply_policy()


def new_message_id(domain: str) -> str:
    """A fresh Message-ID at ``domain``, without angle brackets."""
    return make_msgid(domain=domain)[1:-1]


def reply_subject(subject: str | None) -> str:
    """``subject`` with one "Re: " in front, unless it already starts with a reply prefix."""
    text = (subject or "").strip()
    return text if _REPLY_PREFIX.match(text) else f"Re: {text}".rstrip()


def build_reply(out: Outgoing, *, from_address: str, from_name: str | None = None) -> EmailMessage:
    """The RFC 5322 message for ``out``: threaded on ``in_reply_to``/``references``.

    The subject gets "Re: " only when ``out`` answers a message (and has none yet); a blank
    subject is left out.  References keep the thread's first id and the latest ones, at most
    :data:`MAX_REFERENCES`.  ``ValueError`` without ``out.message_id`` or with a bad address.
    """
    if not out.message_id:
        raise ValueError("an outgoing e-mail needs its message_id fixed before it is built")
    in_reply_to = _bare_id(out.in_reply_to)
    references = _references(out.references, in_reply_to)
    msg = EmailMessage(policy=_REPLY_POLICY)
    msg["From"] = Address(display_name=from_name or out.sender_name or "", addr_spec=from_address)
    msg["To"] = Address(addr_spec=out.recipient)
    if out.subject and out.subject.strip():
        msg["Subject"] = reply_subject(out.subject) if references else out.subject.strip()
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = f"<{_bare_id(out.message_id)}>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
    if references:
        msg["References"] = " ".join(f"<{r}>" for r in references)
    msg["X-Agent-Console-Outbox"] = str(out.outbox_id)
    msg.set_content(out.body_text, charset="utf-8")
    return msg


def _bare_id(ident: str | None) -> str:
    return "".join((ident or "").split()).strip("<>")


def _references(chain: Iterable[str], in_reply_to: str) -> list[str]:
    ids = [i for i in (_bare_id(r) for r in chain) if i and i != in_reply_to]
    if in_reply_to:
        ids.append(in_reply_to)
    ids = list(dict.fromkeys(ids))
    return ids if len(ids) <= MAX_REFERENCES else [ids[0], *ids[-(MAX_REFERENCES - 1) :]]
