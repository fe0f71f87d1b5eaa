"""E-mail parsing (channels.mail) and HTML sanitising (channels.sanitize), on messages built here."""

from __future__ import annotations

import email
import hashlib
import io
import random
import zipfile
from datetime import UTC, datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

import pytest

from agent_console.channels.base import Outgoing, PermanentError
from agent_console.channels.mail import build_reply, new_message_id, parse_message, reply_subject
from agent_console.channels.sanitize import html_to_text, remote_images, sanitize_html, with_remote_images

DATE = "Tue, 05 Mar 2024 10:15:00 +0100"
WHEN = datetime(2024, 3, 5, 9, 15, tzinfo=UTC)
SUPPORT = "support@shop.example"


def raw_message(
    headers: dict[str, str] | list[tuple[str, str]], body: bytes = b"", *, crlf: bool = True
) -> bytes:
    items = headers.items() if isinstance(headers, dict) else headers
    eol = b"\r\n" if crlf else b"\n"
    head = eol.join(f"{name}: {value}".encode() for name, value in items)
    return head + eol + eol + body


def simple(body: bytes = b"Hello", **extra: str) -> bytes:
    headers = {
        "From": "Nino Beridze <nino@example.ge>",
        "To": SUPPORT,
        "Subject": "Where is my order?",
        "Date": DATE,
        "Message-ID": "<m1@example.ge>",
    }
    headers.update({k.replace("_", "-"): v for k, v in extra.items()})
    return raw_message({k: v for k, v in headers.items() if v}, body)


def multipart(parts: list[tuple[str, bytes]], *, subtype: str = "mixed", **headers: str) -> bytes:
    """A multipart message; each part is (its header lines, its body)."""
    boundary = "=_b0undary"
    body = b"".join(
        b"--" + boundary.encode() + b"\r\n" + head.encode() + b"\r\n\r\n" + content + b"\r\n"
        for head, content in parts
    )
    body += b"--" + boundary.encode() + b"--\r\n"
    content_type = f'multipart/{subtype}; boundary="{boundary}"'
    return simple(body, MIME_Version="1.0", Content_Type=content_type, **headers)


# A plain message ---------------------------------------------------------------------------


def test_plain_message() -> None:
    inbound = parse_message(simple(b"Hello,\r\nmy order has not arrived.\r\n"))
    assert inbound.channel == "email"
    assert inbound.address_kind == "email"
    assert inbound.external_id == "m1@example.ge"
    assert inbound.direction == "in"
    assert inbound.customer_address == "nino@example.ge"
    assert inbound.customer_name == "Nino Beridze"
    assert inbound.subject == "Where is my order?"
    assert inbound.occurred_at == WHEN
    assert inbound.occurred_at.tzinfo is UTC
    assert inbound.body_text == "Hello,\nmy order has not arrived.\n"
    assert inbound.body_html is None
    assert inbound.thread_keys == []
    assert inbound.attachments == []
    assert inbound.problems == []
    assert inbound.meta == {"to": [SUPPORT], "cc": [], "recipient_count": 1}


# Charsets ----------------------------------------------------------------------------------

LANGUAGES = [
    ("utf-8", "Nino", "შეკვეთა არ მოსულა", "გამარჯობა, ჩემი შეკვეთა ჯერ არ მოსულა."),
    ("iso-8859-7", "Νίκος", "Η παραγγελία μου", "Καλημέρα, η παραγγελία μου δεν έφτασε."),
    ("utf-8", "Өлзий", "Захиалга ирээгүй", "Сайн байна уу, миний захиалга ирээгүй байна. Үнэ Өдөр"),
    ("windows-1251", "Иван", "Заказ не пришёл", "Здравствуйте, мой заказ не пришёл."),
    ("windows-1256", "أحمد", "لم يصل طلبي", "مرحبا، لم يصل طلبي بعد."),
    ("iso-2022-jp", "山田", "注文が届きません", "こんにちは、注文がまだ届きません。"),
]


@pytest.mark.parametrize(("charset", "name", "subject", "text"), LANGUAGES)
def test_alternative_in_each_charset(charset: str, name: str, subject: str, text: str) -> None:
    transfer = "7bit" if charset == "iso-2022-jp" else "8bit"
    html = f"<html><body><p>{text}</p></body></html>"
    raw = multipart(
        [
            (f"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: {transfer}",
             text.encode(charset)),
            (f'Content-Type: text/html; charset="{charset}"\r\nContent-Transfer-Encoding: {transfer}',
             html.encode(charset)),
        ],
        subtype="alternative",
        Subject=Header(subject, charset).encode(),
        From=f"{Header(name, charset).encode()} <customer@example.org>",
    )  # fmt: skip
    inbound = parse_message(raw)
    assert inbound.subject == subject
    assert inbound.customer_name == name
    assert inbound.body_text == text
    assert inbound.body_html == f"<p>{text}</p>"
    assert inbound.problems == []


def test_base64_and_quoted_printable_bodies() -> None:
    msg = EmailMessage()
    msg["From"] = "ნინო <nino@example.ge>"
    msg["Subject"] = "გამარჯობა"
    msg["Date"] = DATE
    msg["Message-ID"] = "<b64@example.ge>"
    msg.set_content("ქართული ტექსტი\n", charset="utf-8", cte="base64")
    msg.add_alternative("<p>café &amp; thé</p>\n", subtype="html", charset="utf-8", cte="quoted-printable")
    inbound = parse_message(bytes(msg))
    assert inbound.customer_name == "ნინო"
    assert inbound.subject == "გამარჯობა"
    assert inbound.body_text == "ქართული ტექსტი\n"
    assert inbound.body_html == "<p>café &amp; thé</p>\n"


def test_raw_utf8_headers_are_read() -> None:
    raw = simple(From="ნინო ბერიძე <nino@example.ge>", Subject="შეკვეთა #12")
    inbound = parse_message(raw)
    assert inbound.customer_name == "ნინო ბერიძე"
    assert inbound.subject == "შეკვეთა #12"


def test_unknown_charset_shows_replacement_characters() -> None:
    raw = simple(b"caf\xe9 \x81\x8d ok", Content_Type="text/plain; charset=x-unknown")
    inbound = parse_message(raw)
    assert inbound.body_text == "café \ufffd\ufffd ok"
    assert inbound.problems == ["part 1 declared charset 'x-unknown'; undecodable bytes shown as \ufffd"]


def test_unknown_charset_read_as_windows_1252() -> None:
    inbound = parse_message(simple(b"na\xefve caf\xe9", Content_Type="text/plain; charset=x-mac-unknown"))
    assert inbound.body_text == "naïve café"
    assert inbound.problems == ["part 1 declared charset 'x-mac-unknown'; read as Windows-1252"]


def test_unknown_charset_that_is_utf8_is_read_without_problem() -> None:
    inbound = parse_message(simple("გამარჯობა".encode(), Content_Type="text/plain; charset=x-unknown"))
    assert inbound.body_text == "გამარჯობა"
    assert inbound.problems == []


def test_invalid_bytes_in_declared_charset() -> None:
    inbound = parse_message(simple("ok \xff ბ".encode("utf-8", "surrogateescape").replace(b"\xc3\xbf", b"\xff"),
                                   Content_Type="text/plain; charset=utf-8"))  # fmt: skip
    assert inbound.body_text == "ok \ufffd ბ"
    assert inbound.problems == ["part 1 declared charset 'utf-8'; undecodable bytes shown as \ufffd"]


def test_codec_that_is_not_a_charset_is_not_used() -> None:
    inbound = parse_message(simple(b"aGVsbG8=", Content_Type="text/plain; charset=base64"))
    assert inbound.body_text == "aGVsbG8="
    assert inbound.problems == []


def test_superset_charsets() -> None:
    latin1 = parse_message(simple(b"\x93quoted\x94 \x80", Content_Type="text/plain; charset=iso-8859-1"))
    assert latin1.body_text == "\u201cquoted\u201d \u20ac"
    gbk = parse_message(simple("镕".encode("gbk"), Content_Type="text/plain; charset=gb2312"))
    assert gbk.body_text == "镕"


# HTML --------------------------------------------------------------------------------------

HOSTILE_HTML = (
    "<html><head><title>Offer</title><style>body{display:none}</style>"
    '<script>alert(1)</script></head><body onload="steal()">'
    "<p>Hello <b>Nino</b>&nbsp;&amp; team</p>"
    '<div onclick="steal()">Click <a href="javascript:alert(1)">here</a> or '
    '<a href="https://shop.example/track?id=1&amp;u=2" target="_blank">track</a></div>'
    '<img src="https://tracker.example/pixel.gif?u=1&amp;m=2" width="1">'
    '<img src="cid:logo@shop.example" alt="logo">'
    '<iframe src="https://evil.example/"></iframe><form action="https://evil.example"><input name="x"></form>'
    "<ul><li>one</li><li>two</li></ul></body></html>"
)
SANITIZED = (
    "<p>Hello <b>Nino</b>&nbsp;&amp; team</p>"
    '<div>Click <a rel="noopener noreferrer">here</a> or '
    '<a href="https://shop.example/track?id=1&amp;u=2" rel="noopener noreferrer">track</a></div>'
    '<img data-remote-src="https://tracker.example/pixel.gif?u=1&amp;m=2" width="1">'
    '<img src="cid:logo@shop.example" alt="logo">'
    "<ul><li>one</li><li>two</li></ul>"
)


def test_html_only_message() -> None:
    raw = simple(HOSTILE_HTML.encode(), Content_Type="text/html; charset=utf-8")
    inbound = parse_message(raw)
    assert inbound.body_html == SANITIZED
    assert inbound.body_text == "Hello Nino & team\n\nClick here or track\n\n- one\n- two"
    assert remote_images(inbound.body_html) == ["https://tracker.example/pixel.gif?u=1&m=2"]
    assert with_remote_images(inbound.body_html) == SANITIZED.replace("data-remote-src=", "src=")


def test_sanitize_keeps_formatting_and_drops_the_dangerous() -> None:
    html = (
        '<h2 style="color:red;position:fixed;background:url(https://x.example/a)">Title</h2>'
        '<table border="1"><tr><td colspan="2" onmouseover="x()">cell</td></tr></table>'
        '<font color="blue" face="Arial">f</font><blockquote>q</blockquote><pre>p</pre><hr>'
        '<object data="x.swf"></object><embed src="x.swf"><svg><image href="https://x.example/s"/></svg>'
        '<a href="mailto:nino@example.ge">mail</a><a href="data:text/html,evil">d</a>'
        '<a href="vbscript:x">v</a><a href="/relative">r</a>'
        '<img src="data:image/png;base64,iVBORw0KGgo="><img src="data:image/svg+xml,x">'
        '<img src=" https://x.example/a.png"><img src="ht&#9;tps://x.example/b.png">'
        '<img srcset="https://x.example/c.png 2x"><img data-remote-src="https://x.example/d.png">'
    )
    assert sanitize_html(html) == (
        '<h2 style="color:red">Title</h2>'
        '<table border="1"><tbody><tr><td colspan="2">cell</td></tr></tbody></table>'
        '<font color="blue" face="Arial">f</font><blockquote>q</blockquote><pre>p</pre><hr>'
        '<a href="mailto:nino@example.ge" rel="noopener noreferrer">mail</a><a rel="noopener noreferrer">d</a>'
        '<a rel="noopener noreferrer">v</a><a rel="noopener noreferrer">r</a>'
        '<img src="data:image/png;base64,iVBORw0KGgo="><img>'
        '<img data-remote-src="https://x.example/a.png"><img data-remote-src="https://x.example/b.png">'
        "<img><img>"
    )
    assert remote_images(sanitize_html(html)) == ["https://x.example/a.png", "https://x.example/b.png"]


def test_attribute_text_cannot_fake_a_remote_image() -> None:
    html = '<img title=" data-remote-src=" alt="https://x.example/a.png" src="cid:a">'
    cleaned = sanitize_html(html)
    assert cleaned == '<img title=" data-remote-src=" alt="https://x.example/a.png" src="cid:a">'
    assert remote_images(cleaned) == []
    assert with_remote_images(cleaned) == cleaned


def test_html_to_text() -> None:
    html = (
        "<html><head><title>T</title><style>p {color: red}</style></head><body>"
        "<h1>Order&nbsp;#12</h1><p>Dear   customer,\n   thanks &amp; regards</p>"
        "<script>var x = '<p>no</p>';</script>"
        "<table><tr><td>Item</td><td>2 &times; 5&euro;</td></tr><tr><td>Total</td><td>10&euro;</td></tr></table>"
        "<ol><li>first</li><li>second<br>line</li></ol>&lt;not a tag&gt;<!-- comment --><div>end</div>"
    )
    assert html_to_text(html) == (
        "Order #12\n\nDear customer, thanks & regards\n\nItem 2 × 5€\nTotal 10€\n\n- first\n- second\nline\n\n"
        "<not a tag>\nend"
    )
    assert html_to_text("") == ""
    assert html_to_text("<p>unclosed <script>alert(1)") == "unclosed"


# Threading, ids, dates -----------------------------------------------------------------------


def test_thread_keys_in_reply_to_first_then_references_newest_first() -> None:
    raw = simple(
        In_Reply_To="<c@x.example> (message of Tuesday)",
        References="<a@x.example>\r\n <b@x.example> <c@x.example>",
    )
    assert parse_message(raw).thread_keys == ["c@x.example", "b@x.example", "a@x.example"]


def test_thread_keys_at_most_50() -> None:
    references = " ".join(f"<r{i}@x.example>" for i in range(80))
    keys = parse_message(simple(References=references)).thread_keys
    assert len(keys) == 50
    assert keys[:2] == ["r79@x.example", "r78@x.example"]


def test_message_id_without_brackets_and_whitespace() -> None:
    assert parse_message(simple(Message_ID=" <abc.123@mail.example> ")).external_id == "abc.123@mail.example"
    assert parse_message(simple(Message_ID="bare-id@mail.example")).external_id == "bare-id@mail.example"


def test_missing_message_id_hashes_the_message() -> None:
    raw = simple(Message_ID="")
    first, second = parse_message(raw), parse_message(raw)
    expected = "sha256:" + hashlib.sha256(raw).hexdigest()[:40]
    assert first.external_id == second.external_id == expected
    assert first.problems == ["no Message-ID; identified by a hash of the message"]
    assert parse_message(simple(b"other", Message_ID="")).external_id != expected
    assert parse_message(simple(Message_ID="<>")).external_id.startswith("sha256:")


def test_missing_date_uses_newest_received() -> None:
    raw = raw_message(
        [
            ("Received", "from mx2 by mx3; Tue, 05 Mar 2024 10:20:00 +0000"),
            ("Received", "from mx1 by mx2; Tue, 05 Mar 2024 10:25:00 +0000 (UTC)"),
            ("Received", "from a by mx1; garbage"),
            ("From", "nino@example.ge"),
            ("Message-ID", "<d@x>"),
        ],
        b"hi",
    )
    inbound = parse_message(raw)
    assert inbound.occurred_at == datetime(2024, 3, 5, 10, 25, tzinfo=UTC)
    assert inbound.problems == ["no Date header; used the Received date"]


def test_unreadable_date_uses_fallback_then_now() -> None:
    fallback = datetime(2023, 1, 2, 3, 4, 5, tzinfo=UTC)
    inbound = parse_message(simple(Date="someday soon"), fallback_date=fallback)
    assert inbound.occurred_at == fallback
    assert inbound.problems == ["unreadable Date header 'someday soon'; used the date the mailbox gave"]
    before = datetime.now(UTC)
    inbound = parse_message(simple(Date=""))
    assert before <= inbound.occurred_at <= datetime.now(UTC)
    assert inbound.problems == ["no Date header; used the import time"]


@pytest.mark.parametrize(
    "value",
    [
        "Tue, 05 Mar 2024 10:15:00 +0100",
        "5 Mar 2024 23:59:59 -0930",
        "Tue,  5 Mar 2024 10:15 +0000 (UTC)",
        "Tue, 05 Mar 2024 10:15:00 GMT",
        "Tue, 05 Mar 24 10:15:00 EST",
        "Tue, 05 mar 2024 10:15:00 +0100",
        "Wed, 31 Dec 1969 23:00:00 -0100",
    ],
)
def test_dates_read_as_the_stdlib_reads_them(value: str) -> None:
    expected = parsedate_to_datetime(value)
    expected = expected.replace(tzinfo=UTC) if expected.tzinfo is None else expected.astimezone(UTC)
    assert parse_message(simple(Date=value)).occurred_at == expected


def test_impossible_date_is_not_used() -> None:
    inbound = parse_message(simple(Date="Fri, 31 Feb 2024 10:00:00 +0000"), fallback_date=WHEN)
    assert inbound.occurred_at == WHEN
    assert inbound.problems == [
        "unreadable Date header 'Fri, 31 Feb 2024 10:00:00 +0000'; used the date the mailbox gave"
    ]


# Direction and customer ----------------------------------------------------------------------


def test_outgoing_message_names_the_first_other_recipient() -> None:
    raw = simple(
        From="Support <Support@Shop.Example>",
        To="billing@shop.example, =?utf-8?b?4YOc4YOY4YOc4YOd?= <nino@example.ge>",
        Cc="boss@example.ge",
    )
    inbound = parse_message(raw, own_addresses=[SUPPORT, "BILLING@shop.example"])
    assert inbound.direction == "out"
    assert inbound.customer_address == "nino@example.ge"
    assert inbound.customer_name == "ნინო"
    assert inbound.meta == {
        "to": ["billing@shop.example", "nino@example.ge"],
        "cc": ["boss@example.ge"],
        "recipient_count": 3,
    }


def test_outgoing_message_without_customer_fails() -> None:
    with pytest.raises(PermanentError, match="no customer among its To/Cc"):
        parse_message(simple(From=SUPPORT, To=SUPPORT), own_addresses=[SUPPORT])


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (raw_message({"To": SUPPORT, "Subject": "x"}, b"body"), "no From header"),
        (simple(From="undisclosed"), "without a usable sender address"),
        (simple(From='"Nino" <>'), "without a usable sender address"),
        (simple(From="(" * 5000 + "nino@example.ge"), "without a usable sender address"),
        (b"", "no From header"),
        (b"\r\n\r\n", "no From header"),
    ],
)
def test_no_sender_is_a_permanent_error(raw: bytes, message: str) -> None:
    with pytest.raises(PermanentError, match=message):
        parse_message(raw)


def test_sender_from_reply_to_when_from_is_unusable() -> None:
    inbound = parse_message(simple(From="MAILER-DAEMON", Reply_To="Nino <nino@example.ge>"))
    assert (inbound.customer_name, inbound.customer_address) == ("Nino", "nino@example.ge")
    assert inbound.problems == ["no usable From address; used the Reply-To address"]


@pytest.mark.parametrize(
    ("value", "name", "address"),
    [
        ("nino@example.ge", None, "nino@example.ge"),
        ("<nino@example.ge>", None, "nino@example.ge"),
        ('"Beridze, Nino" <nino@example.ge>', "Beridze, Nino", "nino@example.ge"),
        ("Nino Q. Beridze <nino@example.ge>", "Nino Q. Beridze", "nino@example.ge"),
        ("nino@example.ge (Nino Beridze)", "Nino Beridze", "nino@example.ge"),
        ("=?utf-8?q?Beridze=2C_Nino?= <nino@example.ge>", "Beridze, Nino", "nino@example.ge"),
        ("Nino, <nino@example.ge>", None, "nino@example.ge"),
    ],
)
def test_sender_forms(value: str, name: str | None, address: str) -> None:
    inbound = parse_message(simple(From=value))
    assert (inbound.customer_name, inbound.customer_address) == (name, address)


def test_hostile_recipient_header_is_ignored() -> None:
    inbound = parse_message(simple(To="(" * 5000 + SUPPORT))
    assert inbound.customer_address == "nino@example.ge"
    assert inbound.meta == {"to": [], "cc": [], "recipient_count": 0}


def test_ten_thousand_recipients_keep_fifty() -> None:
    to = ", ".join(f"user{i}@example.org" for i in range(10_000))
    inbound = parse_message(simple(To=to, Cc="a@example.org, b@example.org"))
    assert inbound.meta["to"] == [f"user{i}@example.org" for i in range(50)]
    assert inbound.meta["cc"] == ["a@example.org", "b@example.org"]
    assert inbound.meta["recipient_count"] == 10_002


# Attachments -----------------------------------------------------------------------------------


def test_attachment_filenames() -> None:
    raw = multipart(
        [
            ("Content-Type: text/plain; charset=utf-8", b"see attached"),
            ("Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Disposition: attachment; filename*=utf-8''%E1%83%98%E1%83%9C%E1%83%95%E1%83%9D%E1%83%98%E1%83%A1%E1%83%98.pdf",
             b"JVBERi0xLjQ="),
            ('Content-Type: text/plain\r\nContent-Disposition: attachment; filename="../../etc/passwd"',
             b"root:x:0:0"),
            ('Content-Type: image/png; name="=?utf-8?B?4YOk4YOd4YOi4YOdLnBuZw==?="', b"PNG"),
            ('Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="ანგარიში.xlsx"',
             b"xlsx"),
            ('Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="C:\\Users\\x\\evil\u202etxt.exe"',
             b"exe"),
            ("Content-Type: application/octet-stream", b"\x00\x01"),
            ('Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="' + "x" * 300 + '.pdf"',
             b"long"),
        ]
    )  # fmt: skip
    inbound = parse_message(raw)
    assert inbound.body_text == "see attached"
    assert [(a.filename, a.mime_type, a.data) for a in inbound.attachments] == [
        ("ინვოისი.pdf", "application/pdf", b"%PDF-1.4"),
        ("passwd", "text/plain", b"root:x:0:0"),
        ("ფოტო.png", "image/png", b"PNG"),
        ("ანგარიში.xlsx", "application/octet-stream", b"xlsx"),
        ("evil_txt.exe", "application/octet-stream", b"exe"),
        ("attachment-6.bin", "application/octet-stream", b"\x00\x01"),
        ("x" * 196 + ".pdf", "application/pdf", b"long"),
    ]
    assert inbound.problems == []


def test_oversize_attachments_are_skipped() -> None:
    raw = multipart(
        [
            ("Content-Type: text/plain", b"three files"),
            (
                'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="big.pdf"',
                b"x" * 3000,
            ),
            (
                'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="a.pdf"',
                b"a" * 1500,
            ),
            (
                'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="b.pdf"',
                b"b" * 1500,
            ),
        ]
    )
    inbound = parse_message(raw, max_attachment_bytes=2048, max_total_attachment_bytes=2500)
    assert [a.filename for a in inbound.attachments] == ["a.pdf"]
    assert inbound.problems == [
        "attachment 'big.pdf' (3 KB) skipped: larger than 2 KB",
        "attachment 'b.pdf' (1 KB) skipped: attachments over 2 KB",
    ]


def test_zip_bomb_stays_an_opaque_attachment() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.bin", bytes(50 * 2**20))
    bomb = buffer.getvalue()
    assert len(bomb) < 100_000
    msg = EmailMessage()
    msg["From"] = "nino@example.ge"
    msg["Message-ID"] = "<zip@example.ge>"
    msg["Date"] = DATE
    msg.set_content("the logs")
    msg.add_attachment(bomb, maintype="application", subtype="zip", filename="logs.zip")
    inbound = parse_message(bytes(msg))
    assert [(a.filename, a.mime_type, len(a.data)) for a in inbound.attachments] == [
        ("logs.zip", "application/zip", len(bomb))
    ]
    assert inbound.attachments[0].data == bomb
    assert inbound.problems == []


def test_forwarded_message_is_an_eml_attachment() -> None:
    inner = raw_message(
        {"From": "a@example.org", "Subject": "=?utf-8?q?Invoice_=E2=84=96_5?="}, b"inner body\r\n"
    )
    raw = multipart([("Content-Type: text/plain", b"forwarding"), ("Content-Type: message/rfc822", inner)])
    inbound = parse_message(raw)
    assert inbound.body_text == "forwarding"
    [attachment] = inbound.attachments
    assert (attachment.filename, attachment.mime_type) == ("Invoice № 5.eml", "message/rfc822")
    assert email.message_from_bytes(attachment.data).get_payload() == "inner body\n"


def test_second_text_part_is_kept_as_attachment() -> None:
    raw = multipart([("Content-Type: text/plain", b"first"), ("Content-Type: text/plain", b"second")])
    inbound = parse_message(raw)
    assert inbound.body_text == "first"
    assert [(a.filename, a.data) for a in inbound.attachments] == [("attachment-1.txt", b"second")]


# Limits and hostile input ----------------------------------------------------------------------


def test_huge_body_is_truncated() -> None:
    inbound = parse_message(simple(b"a" * 5_000_000))
    assert len(inbound.body_text) == 1_000_000
    assert inbound.problems == ["body truncated from 5000000 to 1000000 characters"]


def test_huge_html_is_truncated_before_sanitising() -> None:
    html = b"<p>" + b"b" * 300 + b"</p>"
    inbound = parse_message(simple(html, Content_Type="text/html"), max_body_chars=100)
    assert inbound.body_html == "<p>" + "b" * 197 + "</p>"
    assert inbound.body_text == "b" * 100
    assert inbound.problems == [
        "HTML body truncated from 307 to 200 characters",
        "body truncated from 197 to 100 characters",
    ]


def nested(levels: int) -> bytes:
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i) for i in range(1, levels)
    )
    closing = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(levels)))
    body = b"--b0\r\n" + opening + b"Content-Type: text/plain\r\n\r\ndeep" + closing
    return simple(body, Content_Type='multipart/mixed; boundary="b0"')


def test_two_hundred_levels_of_multipart() -> None:
    inbound = parse_message(nested(200))
    assert inbound.body_text == "deep"
    assert inbound.problems == []


def test_nesting_too_deep_for_the_parser_keeps_the_headers() -> None:
    inbound = parse_message(nested(3000))
    assert inbound.subject == "Where is my order?"
    assert inbound.body_text == ""
    assert inbound.problems == ["MIME structure nested too deeply to read; only the headers were read"]


def test_part_count_is_limited() -> None:
    parts = [("Content-Type: text/plain", b"body")] + [("Content-Type: image/gif", b"GIF")] * 30
    inbound = parse_message(multipart(parts), max_parts=10)
    assert inbound.body_text == "body"
    assert len(inbound.attachments) == 8
    assert inbound.problems == ["more than 10 MIME parts; the rest were not read"]


def test_mime_defects_are_reported() -> None:
    raw = simple(
        b"--zz\r\nContent-Type: text/plain\r\n\r\nhello\r\n", Content_Type='multipart/mixed; boundary="zz"'
    )
    inbound = parse_message(raw)
    assert inbound.body_text == "hello"
    assert inbound.problems == ["MIME problem in part 1: close boundary not found"]


def test_many_problems_are_capped() -> None:
    parts = [("Content-Type: text/plain", b"body")] + [
        (f'Content-Type: image/gif\r\nContent-Disposition: attachment; filename="{i}.gif"', b"GIF89a")
        for i in range(80)
    ]
    inbound = parse_message(multipart(parts), max_attachment_bytes=3)
    assert len(inbound.problems) == 50
    assert inbound.problems[0] == "attachment '0.gif' (0 KB) skipped: larger than 0 KB"
    assert inbound.problems[-1] == "31 more problems not listed"


def test_garbage_never_raises_anything_but_permanent_error() -> None:
    rnd = random.Random(20240305)
    base = multipart(
        [
            ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable", b"caf=C3=A9"),
            ('Content-Type: text/html; charset="koi8-r"', "<p>Привет</p>".encode("koi8-r")),
            ("Content-Type: application/pdf; name*=utf-8''%E1%83%98.pdf\r\nContent-Transfer-Encoding: base64",
             b"JVBERi0xLjQ="),
            ("Content-Type: message/rfc822", simple()),
        ],
        Subject="=?utf-8?b?4YOS4YOQ4YOb4YOQ4YOg4YOv4YOd4YOR4YOQ?= =?x-bad?q?=FF?=",
    )  # fmt: skip
    samples = [bytes(rnd.randrange(256) for _ in range(rnd.randrange(2000))) for _ in range(100)]
    for _ in range(300):
        mutated = bytearray(base)
        for _ in range(rnd.randrange(1, 20)):
            mutated[rnd.randrange(len(mutated))] = rnd.randrange(256)
        samples.append(bytes(mutated[: rnd.randrange(len(mutated) + 1)]))
    samples += [b"", b"\x00" * 100, b"From: a@b.cc\r\n", b"From: a@b.cc", b":\r\n\r\n", b"\xff\xfe" * 500]
    parsed = refused = 0
    for raw in samples:
        try:
            inbound = parse_message(raw)
        except PermanentError:
            refused += 1
        else:
            assert inbound.channel == "email"
            assert inbound.occurred_at.tzinfo is UTC
            parsed += 1
    assert parsed > 100
    assert refused > 100


# Outgoing --------------------------------------------------------------------------------------


def outgoing(**changes: object) -> Outgoing:
    values: dict[str, object] = {
        "outbox_id": 42,
        "channel": "email",
        "recipient": "nino@example.ge",
        "body_text": "გამარჯობა ნინო,\nთქვენი შეკვეთა გზაშია.\n",
        "subject": "Where is my order?",
        "message_id": "reply-1@shop.example",
        "in_reply_to": "m1@example.ge",
        "references": ["m0@example.ge"],
    }
    values.update(changes)
    return Outgoing(**values)  # type: ignore[arg-type]


def test_build_reply_headers() -> None:
    msg = build_reply(outgoing(), from_address=SUPPORT, from_name="ნინო — მხარდაჭერა")
    assert msg["To"] == "nino@example.ge"
    assert msg["Subject"] == "Re: Where is my order?"
    assert msg["Message-ID"] == "<reply-1@shop.example>"
    assert msg["In-Reply-To"] == "<m1@example.ge>"
    assert msg["References"] == "<m0@example.ge> <m1@example.ge>"
    assert msg["MIME-Version"] == "1.0"
    assert msg["X-Agent-Console-Outbox"] == "42"
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert abs((parsedate_to_datetime(msg["Date"]) - datetime.now(UTC)).total_seconds()) < 5
    wire = bytes(msg)
    assert wire.isascii()
    assert wire.startswith(b"From: =?utf-8?")
    assert b"\r\nReferences: <m0@example.ge>\r\n <m1@example.ge>\r\n" in wire


def test_build_reply_round_trips_through_parse_message() -> None:
    msg = build_reply(outgoing(), from_address=SUPPORT, from_name="ნინო — მხარდაჭერა")
    inbound = parse_message(bytes(msg))
    assert inbound.customer_name == "ნინო — მხარდაჭერა"
    assert inbound.customer_address == SUPPORT
    assert inbound.external_id == "reply-1@shop.example"
    assert inbound.subject == "Re: Where is my order?"
    assert inbound.body_text == "გამარჯობა ნინო,\nთქვენი შეკვეთა გზაშია.\n"
    assert inbound.thread_keys == ["m1@example.ge", "m0@example.ge"]
    ours = parse_message(bytes(msg), own_addresses=[SUPPORT])
    assert (ours.direction, ours.customer_address) == ("out", "nino@example.ge")


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Order 12", "Re: Order 12"),
        ("Re: Order 12", "Re: Order 12"),
        ("RE: Order 12", "RE: Order 12"),
        ("re:Order 12", "re:Order 12"),
        ("Aw: Bestellung", "Aw: Bestellung"),
        ("SV: Order", "SV: Order"),
        ("Σχετ: Παραγγελία", "Σχετ: Παραγγελία"),
        ("Re[2]: Order", "Re[2]: Order"),
        ("Research results", "Re: Research results"),
        ("  Order  ", "Re: Order"),
    ],
)
def test_reply_subject(subject: str, expected: str) -> None:
    assert reply_subject(subject) == expected
    assert build_reply(outgoing(subject=subject), from_address=SUPPORT)["Subject"] == expected


def test_first_message_is_not_a_reply() -> None:
    msg = build_reply(outgoing(in_reply_to=None, references=[], subject="Your refund"), from_address=SUPPORT)
    assert msg["Subject"] == "Your refund"
    assert msg["In-Reply-To"] is None
    assert msg["References"] is None
    assert build_reply(outgoing(subject=None), from_address=SUPPORT)["Subject"] is None


def test_references_keep_the_root_and_the_latest() -> None:
    chain = [f"<r{i}@x.example>" for i in range(30)]
    msg = build_reply(outgoing(references=chain, in_reply_to="<r29@x.example>"), from_address=SUPPORT)
    expected = ["<r0@x.example>"] + [f"<r{i}@x.example>" for i in range(11, 30)]
    assert msg["References"].split() == expected
    assert msg["In-Reply-To"] == "<r29@x.example>"


def test_long_message_ids_are_not_encoded() -> None:
    long_id = "AM0PR07MB4484D8B1E3E5B2B0D6E9F3C7D9A40@AM0PR07MB4484.eurprd07.prod.outlook.com"
    msg = build_reply(outgoing(in_reply_to=long_id, references=[long_id]), from_address=SUPPORT)
    wire = bytes(msg)
    assert f"\r\nIn-Reply-To: <{long_id}>\r\n".encode() in wire
    assert f"\r\nReferences: <{long_id}>\r\n".encode() in wire
    assert parse_message(wire).thread_keys == [long_id]


def test_build_reply_needs_a_message_id() -> None:
    with pytest.raises(ValueError, match="message_id"):
        build_reply(outgoing(message_id=None), from_address=SUPPORT)


def test_new_message_id() -> None:
    first, second = new_message_id("shop.example"), new_message_id("shop.example")
    assert first != second
    assert first.endswith("@shop.example")
    assert "<" not in first and ">" not in first
