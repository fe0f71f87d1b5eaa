"""The e-mail connector against a real Dovecot (IMAP) and real aiosmtpd servers (SMTP) on loopback."""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

import pytest

from agent_console.channels.base import Outgoing, PermanentError, TransientError, UncertainError
from agent_console.channels.email import EmailConnector
from tests.channels import mailservers
from tests.channels.mailservers import (
    HOST,
    IMAP_PASSWORD,
    IMAP_USER,
    SMTP_PASSWORD,
    Dovecot,
    SmtpServer,
    TlsFiles,
    free_port,
)

# The servers' fixtures, which tests ask for by name.
tls_files = mailservers.tls_files
dovecot_server = mailservers.dovecot_server
dovecot = mailservers.dovecot
smtp_servers = mailservers.smtp_servers
smtp_server = mailservers.smtp_server

FROM = "support@shop.example"
SECRETS = {"password": IMAP_PASSWORD, "smtp_password": SMTP_PASSWORD}
TBILISI = timezone(timedelta(hours=4))
T0 = datetime(2025, 3, 1, 9, 0, tzinfo=TBILISI)
#: "Поддержка" ("Support") in IMAP's modified UTF-7, as the connector must name it.
SUPPORT_FOLDER = "Поддержка"
SUPPORT_FOLDER_UTF7 = "&BB8EPgQ0BDQENQRABDYEOgQw-"

GEORGIAN_SUBJECT = "შეკვეთა ჯერ არ მოსულა"
GEORGIAN_BODY = "გამარჯობა,\nჩემი შეკვეთა №4711 ჯერ არ მოსულა.\n"
GREEK_SUBJECT = "Πότε θα έρθει η παραγγελία μου;"
GREEK_BODY = "Καλημέρα σας,\nπερίμενα το δέμα χθες.\n"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def base_settings(tls_files: TlsFiles) -> dict[str, Any]:
    """An account whose servers are all closed ports: tests put real ones in."""
    return {
        "imap_host": HOST,
        "imap_port": free_port(),
        "imap_security": "ssl",
        "smtp_host": HOST,
        "smtp_port": free_port(),
        "smtp_security": "none",
        "smtp_auth": False,
        "username": IMAP_USER,
        "from_address": FROM,
        "from_name": "Shop Support",
        "ca_file": str(tls_files.ca_file),
    }


def connector(*settings: Mapping[str, Any], secrets: Mapping[str, str] = SECRETS) -> EmailConnector:
    merged = {key: value for part in settings for key, value in part.items()}
    return EmailConnector(merged, secrets, timeout=5.0)


def georgian_mail() -> bytes:
    msg = EmailMessage()
    msg["From"] = "ნინო ბერიძე <nino@customer.example>"
    msg["To"] = FROM
    msg["Subject"] = GEORGIAN_SUBJECT
    msg["Date"] = format_datetime(T0)
    msg["Message-ID"] = "<order-4711@customer.example>"
    msg.set_content(GEORGIAN_BODY, cte="8bit")
    return msg.as_bytes(policy=policy.SMTP)


def greek_mail() -> bytes:
    """iso-8859-7 in 8 bits and no Date header: the INTERNALDATE stands in."""
    return b"\r\n".join(
        [
            f"From: {Header('Γιώργος Παπαδόπουλος', 'iso-8859-7').encode()} <giorgos@customer.example>".encode(),
            f"To: {FROM}".encode(),
            f"Subject: {Header(GREEK_SUBJECT, 'iso-8859-7').encode()}".encode(),
            b"Message-ID: <delivery-88@customer.example>",
            b"MIME-Version: 1.0",
            b"Content-Type: text/plain; charset=iso-8859-7",
            b"Content-Transfer-Encoding: 8bit",
            b"",
            GREEK_BODY.replace("\n", "\r\n").encode("iso-8859-7"),
        ]
    )


def mail_with_attachment() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jane Doe <jane@customer.example>"
    msg["To"] = FROM
    msg["Subject"] = "Invoice"
    msg["Date"] = format_datetime(T0)
    msg["Message-ID"] = "<invoice-3@customer.example>"
    msg.set_content("The invoice is attached.\n")
    msg.add_attachment(PDF, maintype="application", subtype="pdf", filename="invoice.pdf")
    return msg.as_bytes(policy=policy.SMTP)


def plain_mail(number: int) -> bytes:
    return (
        f"From: customer{number}@customer.example\r\nTo: {FROM}\r\nSubject: Question {number}\r\n"
        f"Date: {format_datetime(T0)}\r\nMessage-ID: <q{number}@customer.example>\r\n\r\n"
        f"Question number {number}.\r\n"
    ).encode()


def deliver(dovecot: Dovecot, *messages: bytes, folder: str = "INBOX") -> list[int]:
    """APPEND ``messages`` a minute apart (INTERNALDATE from T0); their UIDs."""
    return [
        dovecot.append(raw, when=T0 + timedelta(minutes=i), folder=folder) for i, raw in enumerate(messages)
    ]


def outgoing(**changes: Any) -> Outgoing:
    values: dict[str, Any] = {
        "outbox_id": 7,
        "channel": "email",
        "recipient": "nino@customer.example",
        "body_text": "გამარჯობა ნინო,\nთქვენი შეკვეთა დღეს გაიგზავნება.\n",
        "subject": f"Re: {GEORGIAN_SUBJECT}",
        "message_id": "reply-1@shop.example",
        "in_reply_to": "order-4711@customer.example",
        "references": ["first-1@customer.example", "order-4711@customer.example"],
        "sender_name": "Tamar",
    }
    return Outgoing(**(values | changes))


def everything_said(exc: BaseException) -> str:
    """The exception's whole chain as a traceback would show it."""
    return "".join(traceback.format_exception(exc))


# -- test() --------------------------------------------------------------------------------


@pytest.mark.parametrize(("security", "smtp_auth"), [("starttls", True), ("ssl", True), ("none", False)])
def test_test_reaches_imap_and_smtp(
    security: str,
    smtp_auth: bool,
    dovecot: Dovecot,
    smtp_servers: Callable[..., SmtpServer],
    base_settings: dict[str, Any],
) -> None:
    deliver(dovecot, plain_mail(1), plain_mail(2))
    smtp = smtp_servers(security, auth=smtp_auth)

    said = connector(base_settings, dovecot.settings(security), smtp.settings()).test()

    assert said == f"IMAP: 2 messages in INBOX; SMTP: {HOST} accepts mail"
    assert smtp.received == []


def test_wrong_imap_password_is_permanent_and_never_shown(
    dovecot: Dovecot, base_settings: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    guess = "Wrong-Ünïcode-guess-2718"
    caplog.set_level(logging.DEBUG)

    with pytest.raises(PermanentError, match="refused the user name or password") as caught:
        connector(base_settings, dovecot.settings(), secrets={"password": guess}).fetch({})

    assert guess not in everything_said(caught.value)
    assert guess not in caplog.text


def test_wrong_smtp_password_is_permanent_and_never_shown(
    smtp_servers: Callable[..., SmtpServer], base_settings: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    smtp = smtp_servers("starttls", auth=True)
    guess = "wrong-smtp-guess-3141"
    caplog.set_level(logging.DEBUG)

    with pytest.raises(PermanentError) as caught:
        connector(base_settings, smtp.settings(), secrets={"password": guess}).send(outgoing())

    assert str(caught.value) == "The SMTP server refused the user name or password"
    assert guess not in everything_said(caught.value)
    assert guess not in caplog.text
    assert smtp.received == []


def test_certificate_of_an_unknown_authority_is_refused(
    dovecot: Dovecot, smtp_servers: Callable[..., SmtpServer], base_settings: dict[str, Any]
) -> None:
    """Without the CA file the system trust store cannot vouch for the test CA: no connection."""
    smtp = smtp_servers("starttls", auth=True)
    untrusting = {**dovecot.settings("ssl"), **smtp.settings(), "ca_file": None}

    with pytest.raises(PermanentError, match=r"IMAP server .* certificate that is not trusted") as imap_error:
        connector(base_settings, untrusting).fetch({})
    with pytest.raises(PermanentError, match=r"SMTP server .* certificate that is not trusted") as smtp_error:
        connector(base_settings, untrusting).send(outgoing())

    for error in (imap_error, smtp_error):
        assert "CA file" in str(error.value)
    assert smtp.received == []


# -- fetch() -------------------------------------------------------------------------------


def test_fetch_returns_new_messages_oldest_first_then_only_newer_ones(
    dovecot: Dovecot, base_settings: dict[str, Any]
) -> None:
    uids = deliver(dovecot, georgian_mail(), greek_mail(), mail_with_attachment())
    mailbox = connector(base_settings, dovecot.settings())

    first = mailbox.fetch({})

    georgian, greek, invoice = first.messages
    assert [m.external_id for m in first.messages] == [
        "order-4711@customer.example",
        "delivery-88@customer.example",
        "invoice-3@customer.example",
    ]
    assert [m.subject for m in first.messages] == [GEORGIAN_SUBJECT, GREEK_SUBJECT, "Invoice"]
    assert (georgian.body_text, greek.body_text) == (GEORGIAN_BODY, GREEK_BODY)
    assert (georgian.customer_name, georgian.customer_address) == ("ნინო ბერიძე", "nino@customer.example")
    assert greek.customer_name == "Γιώργος Παπαδόπουλος"
    assert greek.occurred_at == T0 + timedelta(minutes=1)  # the INTERNALDATE, no Date header
    assert invoice.body_text == "The invoice is attached.\n"
    assert [(a.filename, a.mime_type, a.data) for a in invoice.attachments] == [
        ("invoice.pdf", "application/pdf", PDF)
    ]
    assert {m.direction for m in first.messages} == {"in"}
    assert first.cursor["last_uid"] == uids[-1]
    assert first.cursor["skipped"] == []
    assert first.more is False

    again = mailbox.fetch(first.cursor)
    assert again.messages == []
    assert again.cursor == first.cursor

    (newest,) = deliver(dovecot, plain_mail(4))
    later = mailbox.fetch(again.cursor)
    assert [m.external_id for m in later.messages] == ["q4@customer.example"]
    assert later.cursor == {**first.cursor, "last_uid": newest}


def test_fetch_in_batches_says_more_is_waiting(dovecot: Dovecot, base_settings: dict[str, Any]) -> None:
    uids = deliver(dovecot, plain_mail(1), plain_mail(2), plain_mail(3))
    mailbox = connector(base_settings, dovecot.settings(), {"batch_size": 2})

    first = mailbox.fetch({})
    second = mailbox.fetch(first.cursor)

    assert [m.subject for m in first.messages] == ["Question 1", "Question 2"]
    assert (first.more, first.cursor["last_uid"]) == (True, uids[1])
    assert [m.subject for m in second.messages] == ["Question 3"]
    assert (second.more, second.cursor["last_uid"]) == (False, uids[2])


def test_new_uidvalidity_starts_again_from_the_first_message(
    dovecot: Dovecot, base_settings: dict[str, Any]
) -> None:
    """A recreated folder numbers from 1 again: the old cursor's last UID must not hide it."""
    dovecot.create_folder(SUPPORT_FOLDER_UTF7)
    deliver(dovecot, plain_mail(1), plain_mail(2), folder=SUPPORT_FOLDER_UTF7)
    mailbox = connector(base_settings, dovecot.settings(), {"folder": SUPPORT_FOLDER})
    before = mailbox.fetch({})
    dovecot.delete_folder(SUPPORT_FOLDER_UTF7)
    dovecot.create_folder(SUPPORT_FOLDER_UTF7)
    (uid,) = deliver(dovecot, plain_mail(3), folder=SUPPORT_FOLDER_UTF7)

    after = mailbox.fetch(before.cursor)

    assert [m.subject for m in before.messages] == ["Question 1", "Question 2"]
    assert [m.subject for m in after.messages] == ["Question 3"]
    assert after.cursor["uidvalidity"] != before.cursor["uidvalidity"]
    assert after.cursor["last_uid"] == uid == 1


def test_unusable_message_is_skipped_and_noted_without_stopping_the_fetch(
    dovecot: Dovecot, base_settings: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    no_sender = b"To: support@shop.example\r\nSubject: Who am I\r\n\r\nconfidential-body-5820\r\n"
    uids = deliver(dovecot, plain_mail(1), no_sender, plain_mail(3))
    caplog.set_level(logging.WARNING)

    result = connector(base_settings, dovecot.settings()).fetch({})

    assert [m.subject for m in result.messages] == ["Question 1", "Question 3"]
    assert result.cursor["last_uid"] == uids[2]
    assert result.cursor["skipped"] == [{"uid": uids[1], "reason": "e-mail without a sender: no From header"}]
    assert f"UID {uids[1]}" in caplog.text
    assert "confidential-body-5820" not in caplog.text


def test_fetch_leaves_flags_as_they_were(dovecot: Dovecot, base_settings: dict[str, Any]) -> None:
    unread, flagged = deliver(dovecot, plain_mail(1), plain_mail(2))
    with dovecot.client() as imap:
        imap.select("INBOX")
        imap.uid("STORE", str(flagged), "+FLAGS", r"(\Flagged)")

    result = connector(base_settings, dovecot.settings("starttls")).fetch({})

    assert len(result.messages) == 2
    assert dovecot.flags(unread) == set()
    assert dovecot.flags(flagged) == {r"\Flagged"}


def test_imap_server_down_is_transient(base_settings: dict[str, Any]) -> None:
    mailbox = connector(base_settings)  # nothing listens on its IMAP port

    with pytest.raises(TransientError, match=re.escape(f"Cannot reach the IMAP server {HOST}")):
        mailbox.fetch({})
    with pytest.raises(TransientError):
        mailbox.test()


def test_missing_folder_is_permanent(dovecot: Dovecot, base_settings: dict[str, Any]) -> None:
    with pytest.raises(PermanentError, match="The IMAP folder Archive cannot be opened"):
        connector(base_settings, dovecot.settings(), {"folder": "Archive"}).fetch({})


# -- send() --------------------------------------------------------------------------------


def assert_is_the_reply(content: bytes) -> None:
    sent = message_from_bytes(content, policy=policy.default)
    assert sent["From"] == f"Shop Support <{FROM}>"
    assert sent["To"] == "nino@customer.example"
    assert sent["Subject"] == f"Re: {GEORGIAN_SUBJECT}"
    assert sent["Message-ID"] == "<reply-1@shop.example>"
    assert sent["In-Reply-To"] == "<order-4711@customer.example>"
    assert sent["References"].split() == ["<first-1@customer.example>", "<order-4711@customer.example>"]
    # Base64 of MIME's canonical text form, whose lines end in CRLF.
    assert sent.get_content().replace("\r\n", "\n") == outgoing().body_text


def test_send_delivers_one_threaded_reply(smtp_server: SmtpServer, base_settings: dict[str, Any]) -> None:
    message_id = connector(base_settings, smtp_server.settings()).send(outgoing())

    assert message_id == "reply-1@shop.example"
    (received,) = smtp_server.received
    assert (received.mail_from, received.rcpt_tos) == (FROM, ["nino@customer.example"])
    assert received.content.isascii()  # 7-bit safe for servers without 8BITMIME
    assert_is_the_reply(received.content)


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_send_over_tls_with_auth(
    security: str, smtp_servers: Callable[..., SmtpServer], base_settings: dict[str, Any]
) -> None:
    smtp = smtp_servers(security, auth=True)

    connector(base_settings, smtp.settings()).send(outgoing())

    (received,) = smtp.received
    assert_is_the_reply(received.content)


def test_temporary_refusal_is_transient_and_the_retry_goes_out(
    smtp_server: SmtpServer, base_settings: dict[str, Any]
) -> None:
    smtp_server.handler.temp_failures = 1
    account = connector(base_settings, smtp_server.settings())

    with pytest.raises(TransientError, match="451"):
        account.send(outgoing())
    assert smtp_server.received == []

    assert account.send(outgoing()) == "reply-1@shop.example"
    assert len(smtp_server.received) == 1


def test_a_lost_answer_after_the_message_was_handed_over_makes_the_send_uncertain(
    smtp_server: SmtpServer, base_settings: dict[str, Any]
) -> None:
    smtp_server.handler.answer_delay = 3.0
    merged = {**base_settings, **smtp_server.settings()}
    with pytest.raises(UncertainError, match=r"did not confirm the message .*it may have been sent"):
        EmailConnector(merged, SECRETS, timeout=0.5).send(outgoing())
    assert len(smtp_server.received) == 1  # the server has it: retrying would send it twice


def test_rejected_recipient_is_permanent_and_named(
    smtp_server: SmtpServer, base_settings: dict[str, Any]
) -> None:
    smtp_server.handler.rejected.add("gone@customer.example")

    with pytest.raises(PermanentError, match=re.escape("refused the recipient gone@customer.example: 550")):
        connector(base_settings, smtp_server.settings()).send(outgoing(recipient="gone@customer.example"))

    assert smtp_server.received == []


def test_smtp_server_down_is_transient(base_settings: dict[str, Any]) -> None:
    with pytest.raises(TransientError, match=re.escape(f"Cannot reach the SMTP server {HOST}")):
        connector(base_settings).send(outgoing())


def test_sent_reply_is_filed_read_in_the_sent_folder(
    dovecot: Dovecot, smtp_server: SmtpServer, base_settings: dict[str, Any]
) -> None:
    """The folder does not exist yet: the server's TRYCREATE has the connector create it."""
    account = connector(base_settings, dovecot.settings(), smtp_server.settings(), {"sent_folder": "Sent"})

    account.send(outgoing())

    (uid,) = dovecot.uids("Sent")
    assert dovecot.flags(uid, "Sent") == {r"\Seen"}
    assert_is_the_reply(dovecot.message(uid, "Sent"))
    assert dovecot.uids("INBOX") == []


def test_filing_failure_only_warns_once_the_reply_is_out(
    smtp_server: SmtpServer, base_settings: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    account = connector(base_settings, smtp_server.settings(), {"sent_folder": "Sent"})  # IMAP down

    assert account.send(outgoing()) == "reply-1@shop.example"

    assert len(smtp_server.received) == 1
    (record,) = [r for r in caplog.records if r.name == "agent_console.channels.email"]
    assert record.levelno == logging.WARNING
    assert "could not file it in the IMAP folder Sent" in record.getMessage()


def test_unbuildable_reply_is_permanent(smtp_server: SmtpServer, base_settings: dict[str, Any]) -> None:
    with pytest.raises(PermanentError, match="cannot be made into an e-mail"):
        connector(base_settings, smtp_server.settings()).send(outgoing(message_id=None))

    assert smtp_server.received == []


def test_a_server_that_says_bye_at_the_greeting_is_busy_not_broken(base_settings: dict[str, Any]) -> None:
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def greet_and_hang_up() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.sendall(b"* BYE Too many connections from your IP, try again later\r\n")

    thread = threading.Thread(target=greet_and_hang_up, daemon=True)
    thread.start()
    settings = {**base_settings, "imap_host": "127.0.0.1", "imap_port": port, "imap_security": "none"}
    try:
        with pytest.raises(TransientError, match="Too many connections"):
            EmailConnector(settings, SECRETS, timeout=5.0).fetch({})
    finally:
        thread.join(5)
        listener.close()
