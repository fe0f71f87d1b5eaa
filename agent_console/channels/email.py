"""The e-mail connector: IMAP in, SMTP out (stdlib ``imaplib`` and ``smtplib``).

Protocol choices:

- **TLS** is ``ssl`` (implicit TLS, ports 993/465), ``starttls`` (143/587) or ``none`` (143/25),
  always with full certificate verification: the system trust store, or ``ca_file`` for a
  server with a private certificate authority.  Verification is never switched off.
- **Fetching** is incremental by UID: the cursor holds ``uidvalidity`` and ``last_uid``.  The folder
  is opened read-only (EXAMINE) and bodies are read with ``BODY.PEEK[]``, so flags such as
  \\Seen stay as they were for the colleagues who read the same mailbox in their mail clients.
  A new UIDVALIDITY starts again from the first message (filing dedupes on Message-ID).
  Messages :func:`~agent_console.channels.mail.parse_message` cannot use are skipped and noted
  in the cursor's ``skipped`` list (the last 50) instead of blocking the account.
- **Sending** delivers :func:`~agent_console.channels.mail.build_reply`'s message by SMTP (AUTH
  unless the ``smtp_auth`` setting is false, for a relay that trusts our network), then files
  a copy, marked \\Seen, in ``sent_folder`` when one is set.
- **Errors** become :class:`TransientError` (unreachable, timed out, disconnected, SMTP 4xx,
  IMAP's "try again later" codes of RFC 5530) or :class:`PermanentError` (refused login,
  untrusted certificate, SMTP 5xx, other IMAP refusals).  No message or log line carries a
  password.

Each call opens its own connections and closes them, so :meth:`EmailConnector.close` has
nothing to do.
"""

from __future__ import annotations

import base64
import imaplib
import logging
import re
import smtplib
import ssl
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from typing import Any

from agent_console.channels.base import (
    ChannelError,
    FetchResult,
    Inbound,
    Outgoing,
    PermanentError,
    TransientError,
    UncertainError,
)
from agent_console.channels.mail import build_reply, parse_message

log = logging.getLogger(__name__)

SECURITY = ("ssl", "starttls", "none")
IMAP_PORTS = {"ssl": 993, "starttls": 143, "none": 143}
SMTP_PORTS = {"ssl": 465, "starttls": 587, "none": 25}
#: How many skipped messages the cursor remembers.
SKIPPED_KEPT = 50

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_INTERNALDATE = re.compile(
    rb'INTERNALDATE "\s?(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([-+])(\d\d)(\d\d)"'
)
_UID = re.compile(rb"\bUID (\d+)")
#: RFC 5530 response codes that mean "try again later".
_TEMPORARY_CODES = ("[UNAVAILABLE]", "[INUSE]", "[SERVERBUG]", "[LIMIT]")


@dataclass(frozen=True)
class _Server:
    host: str
    port: int
    security: str
    username: str
    password: str = field(repr=False)


class EmailConnector:
    """One mailbox: IMAP ``folder`` for incoming mail, SMTP for replies."""

    def __init__(self, settings: Mapping[str, Any], secrets: Mapping[str, str], *, timeout: float = 30.0):
        password = secrets.get("password") or ""
        username = _required(settings, "username")
        self._imap = _server(settings, "imap", IMAP_PORTS, username, password)
        self._smtp = _server(
            settings,
            "smtp",
            SMTP_PORTS,
            settings.get("smtp_username") or username,
            secrets.get("smtp_password") or password,
        )
        self._smtp_auth = bool(settings.get("smtp_auth", True))
        self._from_address = _required(settings, "from_address")
        self._from_name: str | None = settings.get("from_name") or None
        self._folder = settings.get("folder") or "INBOX"
        self._sent_folder: str | None = settings.get("sent_folder") or None
        self._own_addresses = tuple(
            dict.fromkeys([self._from_address, *(settings.get("own_addresses") or ())])
        )
        self._ca_file: str | None = settings.get("ca_file") or None
        self._batch_size = max(1, int(settings.get("batch_size") or 200))
        self._timeout = timeout

    # -- the Connector protocol ---------------------------------------------------------

    def test(self) -> str:
        with self._imap_session() as imap:
            count, _ = _examine(imap, self._folder)
        with self._smtp_session():
            pass
        return f"IMAP: {count} messages in {self._folder}; SMTP: {self._smtp.host} accepts mail"

    def fetch(self, cursor: dict[str, Any]) -> FetchResult:
        with self._imap_session() as imap:
            _, uidvalidity = _examine(imap, self._folder)
            same_mailbox = cursor.get("uidvalidity") == uidvalidity
            last_uid = int(cursor.get("last_uid", 0)) if same_mailbox else 0
            skipped: list[dict[str, Any]] = list(cursor.get("skipped", [])) if same_mailbox else []
            uids = _uids_after(imap, last_uid)
            batch = uids[: self._batch_size]
            messages = [
                inbound
                for uid, date, raw in _fetch_messages(imap, batch)
                if (inbound := self._parse(uid, date, raw, skipped)) is not None
            ]
        new_cursor = {
            "uidvalidity": uidvalidity,
            "last_uid": batch[-1] if batch else last_uid,
            "skipped": skipped[-SKIPPED_KEPT:],
        }
        return FetchResult(messages=messages, cursor=new_cursor, more=len(uids) > len(batch))

    def send(self, message: Outgoing) -> str:
        """Deliver ``message``; its Message-ID without angle brackets (an e-mail external id)."""
        try:
            reply = build_reply(message, from_address=self._from_address, from_name=self._from_name)
        except ValueError as exc:  # no Message-ID fixed, an address that is none
            raise PermanentError(f"The reply cannot be made into an e-mail: {exc}") from exc
        with self._smtp_session() as smtp:
            _deliver(smtp, reply, self._from_address, message.recipient, self._smtp.host)
        if self._sent_folder:
            self._file_sent(reply, self._sent_folder)
        return str(reply["Message-ID"]).strip().strip("<>")

    def close(self) -> None:
        """Nothing to release: every call closes its own connections."""

    # -- IMAP ----------------------------------------------------------------------------

    @contextmanager
    def _imap_session(self) -> Iterator[imaplib.IMAP4]:
        server = self._imap
        with _imap_errors(server.host):
            imap = self._imap_connect()
            try:
                _imap_login(imap, server)
                yield imap
            except BaseException:
                _drop(imap)
                raise
            _logout(imap)

    def _imap_connect(self) -> imaplib.IMAP4:
        server = self._imap
        if server.security == "ssl":
            return imaplib.IMAP4_SSL(
                server.host, server.port, ssl_context=self._tls_context(), timeout=self._timeout
            )
        imap = imaplib.IMAP4(server.host, server.port, timeout=self._timeout)
        if server.security == "starttls":
            try:
                if "STARTTLS" not in imap.capabilities:
                    raise PermanentError(f"The IMAP server {server.host} does not offer STARTTLS")
                imap.starttls(ssl_context=self._tls_context())
            except BaseException:
                _drop(imap)
                raise
        return imap

    def _parse(
        self, uid: int, date: datetime | None, raw: bytes, skipped: list[dict[str, Any]]
    ) -> Inbound | None:
        try:
            return parse_message(raw, own_addresses=self._own_addresses, fallback_date=date)
        except PermanentError as exc:
            log.warning("Skipped IMAP message UID %d in %s: %s", uid, self._folder, exc)
            skipped.append({"uid": uid, "reason": str(exc)})
            return None

    def _file_sent(self, reply: EmailMessage, folder: str) -> None:
        """Keep a copy of a sent reply in ``folder``; the reply is out, so failing only warns."""
        try:
            with self._imap_session() as imap:
                _append_seen(imap, folder, reply.as_bytes())
        except ChannelError as exc:
            log.warning(
                "Sent %s but could not file it in the IMAP folder %s: %s", reply["Message-ID"], folder, exc
            )

    # -- SMTP ----------------------------------------------------------------------------

    @contextmanager
    def _smtp_session(self) -> Iterator[smtplib.SMTP]:
        with _smtp_errors(self._smtp.host):
            smtp = self._smtp_connect()
            try:
                yield smtp
            except BaseException:
                smtp.close()
                raise
            _quit(smtp)

    def _smtp_connect(self) -> smtplib.SMTP:
        server = self._smtp
        if server.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                server.host, server.port, context=self._tls_context(), timeout=self._timeout
            )
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=self._timeout)
        try:
            smtp.ehlo()
            if server.security == "starttls":
                smtp.starttls(context=self._tls_context())
                smtp.ehlo()
            if self._smtp_auth:
                _smtp_login(smtp, server)
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _tls_context(self) -> ssl.SSLContext:
        try:
            return ssl.create_default_context(cafile=self._ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise PermanentError(f"The CA file {self._ca_file} cannot be read: {exc}") from exc


# -- settings ------------------------------------------------------------------------------


def _required(settings: Mapping[str, Any], name: str) -> str:
    value = str(settings.get(name) or "").strip()
    if not value:
        raise PermanentError(f"The e-mail account has no {name} setting")
    return value


def _server(
    settings: Mapping[str, Any], kind: str, ports: dict[str, int], username: str, password: str
) -> _Server:
    security = settings.get(f"{kind}_security") or "ssl"
    if security not in SECURITY:
        raise PermanentError(f"{kind}_security must be one of {', '.join(SECURITY)} (got {security!r})")
    port = int(settings.get(f"{kind}_port") or ports[security])
    return _Server(_required(settings, f"{kind}_host"), port, security, username, password)


# -- IMAP helpers --------------------------------------------------------------------------


@contextmanager
def _imap_errors(host: str) -> Iterator[None]:
    try:
        yield
    except imaplib.IMAP4.abort as exc:
        raise TransientError(f"The connection to the IMAP server {host} broke off: {_said(exc)}") from exc
    except imaplib.IMAP4.error as exc:
        said = _said(exc)
        if _busy(said):
            raise TransientError(f"The IMAP server {host} is busy: {said}") from exc
        raise PermanentError(f"The IMAP server {host} answered: {said}") from exc
    except OSError as exc:
        raise _network_error(exc, "IMAP", host) from exc


def _busy(said: str) -> bool:
    """A refusal that passes: a BYE greeting ("too many connections") or a try-again code."""
    lowered = said.lower()
    return (
        said.upper().startswith(("BYE", *_TEMPORARY_CODES)) or "too many" in lowered or "try again" in lowered
    )


def _imap_login(imap: imaplib.IMAP4, server: _Server) -> None:
    """AUTHENTICATE PLAIN when offered (UTF-8 credentials), else LOGIN (ASCII only)."""
    try:
        if "AUTH=PLAIN" in imap.capabilities:
            credentials = f"\0{server.username}\0{server.password}".encode()
            imap.authenticate("PLAIN", lambda _challenge: credentials)
        else:
            imap.login(server.username, server.password)
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error as exc:
        if _said(exc).startswith(_TEMPORARY_CODES):
            raise TransientError(f"The IMAP server {server.host} cannot log in now: {_said(exc)}") from exc
        raise PermanentError("The IMAP server refused the user name or password") from exc
    except UnicodeEncodeError:
        raise PermanentError(
            f"The IMAP server {server.host} accepts only ASCII user names and passwords"
        ) from None


def _logout(imap: imaplib.IMAP4) -> None:
    """Say goodbye; the work is done, so a server that hangs up first is no error."""
    try:
        imap.logout()
    except (imaplib.IMAP4.error, OSError):
        _drop(imap)


def _drop(imap: imaplib.IMAP4) -> None:
    """Close the connection without a word (it may be broken already)."""
    with suppress(OSError):
        imap.shutdown()


def _refused(what: str, data: list[Any]) -> ChannelError:
    """A NO to a command: transient for RFC 5530's "try again later" codes, else permanent."""
    text = _text(data[-1] if data else None)
    error = TransientError if text.startswith(_TEMPORARY_CODES) else PermanentError
    return error(f"{what}: {text}")


def _mailbox(name: str) -> str:
    """``name`` as an IMAP quoted string in modified UTF-7 (RFC 3501, 5.1.3)."""

    def encode(run: re.Match[str]) -> str:
        data = base64.b64encode(run.group().encode("utf-16-be")).decode("ascii")
        return "&" + data.rstrip("=").replace("/", ",") + "-"

    utf7 = re.sub(r"[^\x20-\x7e]+", encode, name.replace("&", "&-"))
    return '"' + utf7.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _examine(imap: imaplib.IMAP4, folder: str) -> tuple[int, int]:
    """Open ``folder`` read-only: (message count, UIDVALIDITY)."""
    typ, data = imap.select(_mailbox(folder), readonly=True)
    if typ != "OK":
        raise _refused(f"The IMAP folder {folder} cannot be opened", data)
    _, validity = imap.response("UIDVALIDITY")
    if not validity or validity[-1] is None:
        raise PermanentError(f"The IMAP server gave no UIDVALIDITY for the folder {folder}")
    return int(data[0] or 0), int(validity[-1])


def _uids_after(imap: imaplib.IMAP4, last_uid: int) -> list[int]:
    """UIDs above ``last_uid``, ascending (``n:*`` also matches the highest UID below n)."""
    typ, data = imap.uid("SEARCH", f"UID {last_uid + 1}:*")
    if typ != "OK":
        raise _refused("The IMAP server refused to search", data)
    return sorted(uid for uid in map(int, b" ".join(d for d in data if d).split()) if uid > last_uid)


def _fetch_messages(imap: imaplib.IMAP4, uids: list[int]) -> list[tuple[int, datetime | None, bytes]]:
    """(UID, INTERNALDATE, raw message) of ``uids`` (consecutive in the folder), by UID."""
    if not uids:
        return []
    typ, data = imap.uid("FETCH", f"{uids[0]}:{uids[-1]}", "(UID INTERNALDATE BODY.PEEK[])")
    if typ != "OK":
        raise _refused("The IMAP server could not fetch messages", data)
    found = []
    for meta, raw in _fetch_items(data):
        uid = _UID.search(meta)
        if uid and uids[0] <= int(uid.group(1)) <= uids[-1]:
            found.append((int(uid.group(1)), _internaldate(meta), raw))
    return sorted(found, key=lambda item: item[0])


def _fetch_items(data: list[Any]) -> list[tuple[bytes, bytes]]:
    """Pairs of (response line without the literal, literal) from imaplib's FETCH data.

    imaplib gives ``(line up to the literal, literal)`` then the rest of the line as bytes;
    an unsolicited response (``12 FETCH (FLAGS ...)``) starts with a digit and is dropped.
    """
    items: list[list[bytes]] = []
    for part in data:
        if isinstance(part, tuple):
            items.append([part[0], part[1]])
        elif items and isinstance(part, bytes) and not part[:1].isdigit():
            items[-1][0] += part
    return [(meta, raw) for meta, raw in items]


def _internaldate(meta: bytes) -> datetime | None:
    """The INTERNALDATE in a FETCH response (month names are English whatever the locale)."""
    match = _INTERNALDATE.search(meta)
    month = match.group(2).decode().title() if match else ""
    if not match or month not in _MONTHS:
        return None
    day, year, hour, minute, second = map(int, match.group(1, 3, 4, 5, 6))
    sign, tz_hours, tz_minutes = match.group(7), int(match.group(8)), int(match.group(9))
    offset = timedelta(hours=tz_hours, minutes=tz_minutes) * (-1 if sign == b"-" else 1)
    return datetime(year, _MONTHS.index(month) + 1, day, hour, minute, second, tzinfo=timezone(offset))


def _append_seen(imap: imaplib.IMAP4, folder: str, raw: bytes) -> None:
    """APPEND ``raw`` to ``folder`` as \\Seen, creating the folder when the server asks to."""
    mailbox = _mailbox(folder)
    typ, data = imap.append(mailbox, r"(\Seen)", None, raw)
    if typ != "OK" and b"[TRYCREATE]" in (data[-1] or b""):
        imap.create(mailbox)
        imap.subscribe(mailbox)
        typ, data = imap.append(mailbox, r"(\Seen)", None, raw)
    if typ != "OK":
        raise _refused("The IMAP server refused to store the message", data)


# -- SMTP helpers --------------------------------------------------------------------------


@contextmanager
def _smtp_errors(host: str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:  # smtplib.SMTPException is an OSError too
        raise _smtp_error(exc, host) from exc


def _deliver(smtp: smtplib.SMTP, reply: EmailMessage, sender: str, recipient: str, host: str) -> None:
    """MAIL, RCPT, DATA by hand: a lost answer to the final "." is the one uncertain moment.

    Before it nothing can have been delivered (errors there are ordinary); after it the server
    may have queued the message although its 250 never reached us, so a retry could deliver
    it twice: that is an :class:`UncertainError`, which the outbox leaves to an agent.
    """
    smtp.ehlo_or_helo_if_needed()
    code, answer = smtp.mail(sender)
    if code != 250:
        smtp.rset()
        raise smtplib.SMTPSenderRefused(code, answer, sender)
    code, answer = smtp.rcpt(recipient)
    if code not in (250, 251):
        smtp.rset()
        raise smtplib.SMTPRecipientsRefused({recipient: (code, answer)})
    try:
        code, answer = smtp.data(reply.as_bytes(policy=SMTP_POLICY))
    except (TimeoutError, ConnectionError, smtplib.SMTPServerDisconnected) as exc:
        raise UncertainError(
            f"The SMTP server {host} did not confirm the message ({type(exc).__name__}); "
            "it may have been sent."
        ) from None
    if code != 250:
        raise smtplib.SMTPDataError(code, answer)


def _smtp_login(smtp: smtplib.SMTP, server: _Server) -> None:
    try:
        smtp.login(server.username, server.password)
    except UnicodeEncodeError:
        raise PermanentError(
            f"The SMTP server {server.host} accepts only ASCII user names and passwords"
        ) from None


def _quit(smtp: smtplib.SMTP) -> None:
    """Say goodbye; the work is done, so a server that hangs up first is no error."""
    try:
        smtp.quit()
    except OSError:  # smtplib.SMTPException included
        smtp.close()


def _smtp_error(exc: OSError, host: str) -> ChannelError:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        recipient, (code, reply) = next(iter(exc.recipients.items()))
        return _by_code(
            code, f"The SMTP server {host} refused the recipient {recipient}: {code} {_text(reply)}"
        )
    if isinstance(exc, smtplib.SMTPAuthenticationError) and exc.smtp_code >= 500:
        return PermanentError("The SMTP server refused the user name or password")
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return TransientError(f"The SMTP server {host} closed the connection")
    if isinstance(exc, smtplib.SMTPResponseException):
        return _by_code(
            exc.smtp_code, f"The SMTP server {host} answered {exc.smtp_code} {_text(exc.smtp_error)}"
        )
    if isinstance(exc, smtplib.SMTPException):  # no STARTTLS, no AUTH, no SMTPUTF8 ...
        return PermanentError(f"SMTP with {host} failed: {exc}")
    return _network_error(exc, "SMTP", host)


def _by_code(code: int, message: str) -> ChannelError:
    """5xx is final; 4xx (and a garbled reply) may work later."""
    return PermanentError(message) if code >= 500 else TransientError(message)


# -- shared --------------------------------------------------------------------------------


def _network_error(exc: OSError, protocol: str, host: str) -> ChannelError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return PermanentError(
            f"The {protocol} server {host} presented a certificate that is not trusted "
            f"({exc.verify_message}). If the server uses a private certificate authority, "
            "set the account's CA file setting to that authority's certificate."
        )
    if isinstance(exc, ssl.SSLError) and not isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError):
        return PermanentError(
            f"TLS with the {protocol} server {host} failed ({exc.reason or exc}); "
            "check its port and security settings"
        )
    return TransientError(f"Cannot reach the {protocol} server {host}: {exc.strerror or exc}")


def _said(exc: Exception) -> str:
    """What an imaplib error says (imaplib passes the server's bytes on as they came)."""
    return _text(exc.args[0]) if exc.args and isinstance(exc.args[0], bytes | str) else str(exc)


def _text(reply: bytes | str | None) -> str:
    if isinstance(reply, bytes):
        return reply.decode("utf-8", "replace")
    return reply or ""
