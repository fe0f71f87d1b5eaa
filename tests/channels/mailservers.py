"""Real mail servers on loopback for the e-mail connector's tests.

- **Dovecot** (Debian's ``dovecot-imapd``), started once per session from a config written
  into a temp dir: IMAP with STARTTLS and implicit-TLS IMAPS on free 127.0.0.1 ports, a
  certificate from a throw-away CA made with the ``openssl`` CLI, one ``passwd-file`` user
  with Maildir storage.  Run as root (this machine, CI) its services run as Debian's
  ``dovecot``/``dovenull`` users and the mail belongs to ``dovecot``; run as anyone else,
  everything runs as that user.  Messages arrive by IMAP APPEND with a chosen INTERNALDATE;
  :meth:`Dovecot.reset` empties the account between tests.
- **aiosmtpd** SMTP servers in a thread that keep what they receive, with or without
  STARTTLS / implicit TLS and AUTH, told to answer 451 to the next messages or 550 to chosen
  recipients.

Without Dovecot or openssl the tests that need them skip, except in CI (``CI`` set), where
they fail: CI must exercise them.
"""

from __future__ import annotations

import asyncio
import grp
import imaplib
import os
import pwd
import re
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

HOST = "127.0.0.1"
#: The Dovecot account; the password is not ASCII, so IMAP must log in with UTF-8 credentials.
IMAP_USER = "support"
IMAP_PASSWORD = "Ünïcode-imap-secret-7341"
#: The AUTH credentials of the aiosmtpd servers (smtplib can send ASCII passwords only).
SMTP_USER = "relay-user"
SMTP_PASSWORD = "ascii-smtp-secret-9052"
START_TIMEOUT = 15.0


def require(program: str, package: str) -> str:
    """The path of ``program``; skips the test without it, or fails it in CI."""
    found = shutil.which(program) or shutil.which(program, path="/usr/sbin:/usr/local/sbin:/sbin")
    if found:
        return found
    message = f"{program} is not installed (Debian: apt-get install {package})"
    if os.environ.get("CI"):
        pytest.fail(f"{message}; CI must run the e-mail connector's tests")
    pytest.skip(message)


def free_port() -> int:
    """A loopback port nothing listens on (right now)."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


# -- certificates --------------------------------------------------------------------------

_OPENSSL_CONFIG = """\
[req]
distinguished_name = dn
[dn]
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
"""


@dataclass(frozen=True)
class TlsFiles:
    ca_file: Path
    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.ca_file)


def make_tls_files(directory: Path) -> TlsFiles:
    """A throw-away CA and a certificate it signed for 127.0.0.1 and localhost (EC P-256)."""
    binary = require("openssl", "openssl")
    config = directory / "openssl.cnf"
    config.write_text(_OPENSSL_CONFIG)
    files = TlsFiles(directory / "ca.crt", directory / "server.crt", directory / "server.key")
    ca_key, csr = directory / "ca.key", directory / "server.csr"

    def openssl(*args: str | Path) -> None:
        subprocess.run([binary, *map(str, args)], check=True, capture_output=True)

    new_key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-config", config]
    openssl("req", "-x509", *new_key, "-extensions", "ca", "-days", "2", "-subj", "/CN=Agent Console test CA",
            "-keyout", ca_key, "-out", files.ca_file)  # fmt: skip
    openssl("req", "-new", *new_key, "-subj", "/CN=localhost", "-keyout", files.key_file, "-out", csr)
    openssl("x509", "-req", "-in", csr, "-CA", files.ca_file, "-CAkey", ca_key, "-set_serial", "2", "-days", "2",
            "-extfile", config, "-extensions", "server", "-out", files.cert_file)  # fmt: skip
    return files


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("tls"))


# -- Dovecot -------------------------------------------------------------------------------

_APPENDUID = re.compile(rb"\[APPENDUID \d+ (\d+)\]")
_FLAGS = re.compile(rb"FLAGS \(([^)]*)\)")


def quote_mailbox(name: str) -> str:
    """An ASCII (or already modified-UTF-7) mailbox name as an IMAP quoted string."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class Dovecot:
    """The running server and the test account on it."""

    imap_port: int  # STARTTLS
    imaps_port: int  # implicit TLS
    tls: TlsFiles
    log_path: Path
    host: str = HOST
    user: str = IMAP_USER
    password: str = field(default=IMAP_PASSWORD, repr=False)

    def settings(self, security: str = "ssl") -> dict[str, Any]:
        """The connector's IMAP settings for this server."""
        port = self.imaps_port if security == "ssl" else self.imap_port
        return {
            "imap_host": self.host,
            "imap_port": port,
            "imap_security": security,
            "username": self.user,
            "ca_file": str(self.tls.ca_file),
        }

    @contextmanager
    def client(self) -> Iterator[imaplib.IMAP4_SSL]:
        """A logged-in IMAP session of the test user."""
        credentials = f"\0{self.user}\0{self.password}".encode()
        with imaplib.IMAP4_SSL(self.host, self.imaps_port, ssl_context=self.tls.client_context()) as imap:
            imap.authenticate("PLAIN", lambda _challenge: credentials)
            yield imap

    def append(self, raw: bytes, *, when: datetime, folder: str = "INBOX", flags: str = "") -> int:
        """Deliver ``raw`` into ``folder`` with INTERNALDATE ``when``; its UID."""
        with self.client() as imap:
            typ, data = imap.append(quote_mailbox(folder), flags, imaplib.Time2Internaldate(when), raw)
        assert typ == "OK", data
        match = _APPENDUID.search(data[-1])
        assert match, data
        return int(match.group(1))

    def flags(self, uid: int, folder: str = "INBOX") -> set[str]:
        """The message's flags (but \\Recent, which only says this session saw it first)."""
        with self.client() as imap:
            imap.select(quote_mailbox(folder), readonly=True)
            typ, data = imap.uid("FETCH", str(uid), "(FLAGS)")
        assert typ == "OK" and data[0], data
        match = _FLAGS.search(data[0])
        assert match, data
        return set(match.group(1).decode().split()) - {"\\Recent"}

    def uids(self, folder: str = "INBOX") -> list[int]:
        with self.client() as imap:
            typ, data = imap.select(quote_mailbox(folder), readonly=True)
            assert typ == "OK", data
            _, found = imap.uid("SEARCH", "ALL")
        return [int(uid) for uid in found[0].split()]

    def message(self, uid: int, folder: str = "INBOX") -> bytes:
        """The raw message."""
        with self.client() as imap:
            imap.select(quote_mailbox(folder), readonly=True)
            typ, data = imap.uid("FETCH", str(uid), "(BODY.PEEK[])")
        assert typ == "OK" and isinstance(data[0], tuple), data
        return bytes(data[0][1])

    def create_folder(self, folder: str) -> None:
        with self.client() as imap:
            typ, data = imap.create(quote_mailbox(folder))
        assert typ == "OK", data

    def delete_folder(self, folder: str) -> None:
        with self.client() as imap:
            typ, data = imap.delete(quote_mailbox(folder))
        assert typ == "OK", data

    def reset(self) -> None:
        """Delete every folder but INBOX and every message in it."""
        with self.client() as imap:
            _, listed = imap.list()
            names = [line.rsplit(b" ", 1)[-1].decode() for line in listed if isinstance(line, bytes)]
            for name in sorted(names, key=len, reverse=True):
                if name.strip('"').upper() != "INBOX":
                    imap.delete(name)
            typ, data = imap.select("INBOX")
            if typ == "OK" and int(data[0]):
                imap.store("1:*", "+FLAGS.SILENT", r"(\Deleted)")
                imap.expunge()


def _dovecot_config(workdir: Path, tls: TlsFiles, imap_port: int, imaps_port: int) -> str:
    if os.geteuid() == 0:
        internal, login = pwd.getpwnam("dovecot"), pwd.getpwnam("dovenull")
    else:
        internal = login = pwd.getpwuid(os.geteuid())
    group = grp.getgrgid(internal.pw_gid).gr_name
    return f"""\
base_dir = {workdir}/run
state_dir = {workdir}/state
log_path = {workdir}/dovecot.log
protocols = imap
listen = {HOST}
ssl = yes
ssl_cert = <{tls.cert_file}
ssl_key = <{tls.key_file}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = {internal.pw_name}
default_internal_group = {group}
default_login_user = {login.pw_name}
first_valid_uid = {internal.pw_uid}
first_valid_gid = {internal.pw_gid}
mail_location = maildir:{workdir}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {workdir}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {workdir}/users
  default_fields = uid={internal.pw_uid} gid={internal.pw_gid} home={workdir}/mail/%u
}}
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = {HOST}
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {imaps_port}
    ssl = yes
  }}
}}
"""


def _prepare_dovecot(workdir: Path, tls: TlsFiles) -> Dovecot:
    """Write the config, the user and the mail folder (owned by the mail user) into ``workdir``."""
    server = Dovecot(free_port(), free_port(), tls, workdir / "dovecot.log")
    workdir.chmod(0o755)  # the mail and login users pass through to their folders
    (workdir / "dovecot.conf").write_text(
        _dovecot_config(workdir, tls, server.imap_port, server.imaps_port), encoding="utf-8"
    )
    (workdir / "users").write_text(f"{server.user}:{{PLAIN}}{server.password}::::::\n", encoding="utf-8")
    mail = workdir / "mail"
    mail.mkdir()
    if os.geteuid() == 0:
        owner = pwd.getpwnam("dovecot")
        os.chown(mail, owner.pw_uid, owner.pw_gid)
    return server


def _wait_until_listening(process: subprocess.Popen[bytes], ports: tuple[int, ...], workdir: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    waiting = list(ports)
    while waiting:
        code = process.poll()
        if code is not None or time.monotonic() > deadline:
            problem = (
                f"exited with status {code}"
                if code is not None
                else f"not listening after {START_TIMEOUT:.0f} s"
            )
            pytest.fail(f"Dovecot did not start ({problem}):\n{_logs(workdir)}")
        try:
            socket.create_connection((HOST, waiting[0]), timeout=0.5).close()
            waiting.pop(0)
        except OSError:
            time.sleep(0.05)


def _logs(workdir: Path) -> str:
    """What Dovecot said on its output (configuration errors) and in its log file."""
    files = (workdir / "output.log", workdir / "dovecot.log")
    return "\n".join(path.read_text(errors="replace") for path in files if path.exists())


@contextmanager
def running_dovecot(tls: TlsFiles) -> Iterator[Dovecot]:
    """Dovecot in the foreground (``dovecot -F -c``) on a config of its own; stopped afterwards."""
    binary = require("dovecot", "dovecot-imapd")
    workdir = Path(tempfile.mkdtemp(prefix="agent-console-dovecot-"))
    try:
        server = _prepare_dovecot(workdir, tls)
        with (workdir / "output.log").open("wb") as output:
            process = subprocess.Popen(
                [binary, "-F", "-c", str(workdir / "dovecot.conf")], stdout=output, stderr=subprocess.STDOUT
            )
        try:
            _wait_until_listening(process, (server.imap_port, server.imaps_port), workdir)
            yield server
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot_server(tls_files: TlsFiles) -> Iterator[Dovecot]:
    with running_dovecot(tls_files) as server:
        yield server


@pytest.fixture
def dovecot(dovecot_server: Dovecot) -> Dovecot:
    """The session's Dovecot with an empty account."""
    dovecot_server.reset()
    return dovecot_server


# -- aiosmtpd ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


@dataclass
class RecordingHandler:
    """Keeps what arrives; answers 451 to the next ``temp_failures`` messages, 550 to ``rejected``."""

    received: list[Received] = field(default_factory=list)
    temp_failures: int = 0
    rejected: set[str] = field(default_factory=set)
    #: Seconds to sit on a message (already kept) before answering its final ".".
    answer_delay: float = 0.0

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if address.lower() in self.rejected:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.temp_failures:
            self.temp_failures -= 1
            return "451 4.3.0 Temporary local problem, try again later"
        assert isinstance(envelope.content, bytes)
        self.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos), envelope.content))
        if self.answer_delay:
            await asyncio.sleep(self.answer_delay)
        return "250 2.0.0 Queued"


def _authenticate(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data == (SMTP_USER.encode(), SMTP_PASSWORD.encode())
    return AuthResult(success=ok, handled=False)


@dataclass(frozen=True)
class SmtpServer:
    port: int
    security: str  # "none", "starttls" or "ssl"
    auth: bool
    handler: RecordingHandler
    host: str = HOST

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def settings(self) -> dict[str, Any]:
        """The connector's SMTP settings for this server (the CA file is Dovecot's too)."""
        settings: dict[str, Any] = {
            "smtp_host": self.host,
            "smtp_port": self.port,
            "smtp_security": self.security,
            "smtp_auth": self.auth,
        }
        if self.auth:
            settings["smtp_username"] = SMTP_USER
        return settings


def _controller(security: str, auth: bool, handler: RecordingHandler, port: int, tls: TlsFiles) -> Controller:
    options: dict[str, Any] = {"server_hostname": "smtp.test", "ready_timeout": START_TIMEOUT}
    if security == "starttls":
        options.update(tls_context=tls.server_context(), require_starttls=True)
    elif security == "ssl":
        # aiosmtpd sees implicit TLS as no TLS: allow AUTH on it (not required: aiosmtpd warns
        # about "AUTH required without TLS" in its server thread, out of a test's reach).
        options.update(ssl_context=tls.server_context(), auth_require_tls=False)
    if auth:
        options.update(authenticator=_authenticate, auth_required=security != "ssl")
    return Controller(handler, hostname=HOST, port=port, **options)


@pytest.fixture
def smtp_servers(tls_files: TlsFiles) -> Iterator[Callable[..., SmtpServer]]:
    """``start(security="none", auth=False)``: a running aiosmtpd server, stopped after the test."""
    controllers: list[Controller] = []

    def start(security: str = "none", auth: bool = False) -> SmtpServer:
        server = SmtpServer(free_port(), security, auth, RecordingHandler())
        controller = _controller(security, auth, server.handler, server.port, tls_files)
        controller.start()
        controllers.append(controller)
        return server

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def smtp_server(smtp_servers: Callable[..., SmtpServer]) -> SmtpServer:
    """A plain SMTP server without TLS or AUTH, as on a trusted relay."""
    return smtp_servers()
