"""The Twilio connector against a local server speaking Twilio's Messages and Media API."""

from __future__ import annotations

import socket
import traceback
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from agent_console.channels.base import Inbound, Outgoing, PermanentError, TransientError, UncertainError
from agent_console.channels.twilio import TwilioConnector
from agent_console.core.http import http_session
from tests.channels.fake_providers import FakeTwilio

SID = "AC" + "0123456789abcdef" * 2
TOKEN = "f00dfeedc0ffee1234567890abcdef42"
SMS = "+995322000000"
WHATSAPP = "+995322000001"
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def twilio() -> Iterator[FakeTwilio]:
    server = FakeTwilio(SID, TOKEN, [SMS, "+995322000002", f"whatsapp:{WHATSAPP}"])
    yield server
    server.close()


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with http_session(retries=1, backoff=0.01) as quick:
        yield quick


def connect(
    base_url: str,
    session: requests.Session,
    token: str = TOKEN,
    timeout: float = 2.0,
    **settings: Any,
) -> TwilioConnector:
    settings = {
        "base_url": base_url,
        "account_sid": SID,
        "numbers": [SMS],
        "whatsapp_numbers": [WHATSAPP],
        "default_region": "GE",
        **settings,
    }
    return TwilioConnector(settings, {"auth_token": token}, timeout=timeout, session=session)


def outgoing(recipient: str, body: str, channel: str = "sms") -> Outgoing:
    return Outgoing(outbox_id=1, channel=channel, recipient=recipient, body_text=body)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def assert_no_secret(exc: BaseException) -> None:
    shown = str(exc) + repr(exc) + "".join(traceback.format_exception(exc))
    assert TOKEN not in shown


# --- test() ----------------------------------------------------------------------------


def test_test_names_the_account(twilio: FakeTwilio, session: requests.Session) -> None:
    assert connect(twilio.url, session).test() == "Twilio account Acme Support (active)"
    assert twilio.paths() == [f"/2010-04-01/Accounts/{SID}.json"]


def test_wrong_auth_token_is_permanent_and_not_shown(twilio: FakeTwilio, session: requests.Session) -> None:
    wrong = "0000feedc0ffee1234567890abcdef00"
    with pytest.raises(PermanentError, match="Twilio refused the credentials") as caught:
        connect(twilio.url, session, token=wrong).test()
    assert wrong not in str(caught.value)
    assert_no_secret(caught.value)


def test_settings_without_credentials_or_numbers_are_refused(session: requests.Session) -> None:
    with pytest.raises(PermanentError, match="account SID and the auth token"):
        connect("http://127.0.0.1:9", session, token="")
    with pytest.raises(PermanentError, match="none of our numbers"):
        connect("http://127.0.0.1:9", session, numbers=[], whatsapp_numbers=[])


# --- fetch -----------------------------------------------------------------------------


def test_fetch_maps_sms_and_whatsapp_exactly(twilio: FakeTwilio, session: requests.Session) -> None:
    georgian = twilio.add_message(
        "+995555123456", SMS, "გამარჯობა, შეკვეთა ჯერ არ მომსვლია", NOW - timedelta(hours=3)
    )
    greek = twilio.add_message(
        "whatsapp:+306912345678",
        f"whatsapp:{WHATSAPP}",
        "Καλημέρα! Πού είναι η παραγγελία μου;",
        NOW - timedelta(hours=2),
    )
    mongolian = twilio.add_message(
        "+97688112233", SMS, "Сайн байна уу? Захиалга маань хаана явна?", NOW - timedelta(hours=1)
    )
    twilio.add_message(
        "+995322000002", SMS, "internal test from our other number", NOW, direction="outbound-api"
    )
    twilio.add_message("+995555999999", SMS, "still queued", None, status="queued")
    twilio.add_message("+995555123456", SMS, "too old", NOW - timedelta(days=30))

    result = connect(twilio.url, session).fetch({})

    assert result.more is False
    assert [m.external_id for m in result.messages] == [mongolian, georgian, greek]
    by_sid = {m.external_id: m for m in result.messages}
    assert by_sid[georgian] == Inbound(
        channel="sms",
        external_id=georgian,
        address_kind="phone",
        customer_address="+995555123456",
        occurred_at=NOW - timedelta(hours=3),
        direction="in",
        body_text="გამარჯობა, შეკვეთა ჯერ არ მომსვლია",
        thread_keys=[f"twilio:sms:+995555123456:{SMS}"],
        meta={"to": SMS, "status": "received", "num_media": 0},
        default_region="GE",
    )
    whatsapp = by_sid[greek]
    assert (whatsapp.channel, whatsapp.address_kind, whatsapp.customer_address) == (
        "whatsapp",
        "whatsapp",
        "+306912345678",
    )
    assert whatsapp.thread_keys == [f"twilio:whatsapp:+306912345678:{WHATSAPP}"]
    assert whatsapp.body_text == "Καλημέρα! Πού είναι η παραγγελία μου;"
    assert whatsapp.meta["to"] == WHATSAPP
    assert by_sid[mongolian].body_text == "Сайн байна уу? Захиалга маань хаана явна?"
    for message in result.messages:
        assert message.occurred_at.utcoffset() == timedelta(0)
    since = (NOW.date() - timedelta(days=7)).isoformat()
    queries = [r.query for r in twilio.requests]
    assert {q["To"][0] for q in queries} == {SMS, f"whatsapp:{WHATSAPP}"}
    assert all(q["DateSent>"] == [since] and q["PageSize"] == ["200"] for q in queries)
    newest = (NOW - timedelta(hours=1)).date()
    assert result.cursor == {"since": (newest - timedelta(days=1)).isoformat()}


def test_pages_are_followed_within_a_budget_and_resumed(
    twilio: FakeTwilio, session: requests.Session
) -> None:
    sids = [
        twilio.add_message("+995555123456", SMS, f"message {i}", NOW - timedelta(minutes=10 - i))
        for i in range(5)
    ]
    connector = connect(twilio.url, session, page_size=2, max_pages=2, whatsapp_numbers=[])

    first = connector.fetch({})
    assert [m.external_id for m in first.messages] == sids[::-1][:4]
    assert first.more is True
    assert set(first.cursor["pages"]) == {f"sms:{SMS}"}
    assert "PageToken=" in first.cursor["pages"][f"sms:{SMS}"]

    second = connector.fetch(first.cursor)
    assert [m.external_id for m in second.messages] == [sids[0]]
    assert second.more is False
    since = NOW.date() - timedelta(days=1)
    assert second.cursor == {"since": since.isoformat()}

    # A new sweep from the cursor's day: the overlap hands back known SIDs (ingest ignores
    # them), and a new message is among them.
    late = twilio.add_message("+995555123456", SMS, "one more", NOW)
    third = connector.fetch(second.cursor)
    assert twilio.requests[-1].query["DateSent>"] == [since.isoformat()]
    assert late in {m.external_id for m in third.messages}
    assert {m.external_id for m in third.messages} <= {*sids, late}


def test_an_empty_account_moves_the_window_forward(twilio: FakeTwilio, session: requests.Session) -> None:
    result = connect(twilio.url, session).fetch({"since": "2020-01-01"})
    assert result.messages == []
    assert result.cursor == {"since": (NOW.date() - timedelta(days=1)).isoformat()}


def test_media_is_downloaded_and_oversized_media_skipped(
    twilio: FakeTwilio, session: requests.Session
) -> None:
    photo, pdf = b"\xff\xd8\xff\xe0 a small jpeg", b"%PDF-1.7 invoice"
    big = b"x" * (5 * 1024 * 1024 + 1)
    sid = twilio.add_message(
        "whatsapp:+306912345678",
        f"whatsapp:{WHATSAPP}",
        "Δείτε τη φωτογραφία",
        NOW,
        media=(("image/jpeg", photo), ("application/pdf", pdf), ("video/mp4", big)),
    )

    [message] = connect(twilio.url, session).fetch({}).messages

    assert message.external_id == sid and message.meta["num_media"] == 3
    assert [(a.mime_type, a.data) for a in message.attachments] == [
        ("image/jpeg", photo),
        ("application/pdf", pdf),
    ]
    assert message.attachments[0].filename.endswith(".jpg")
    assert message.attachments[1].filename.endswith(".pdf")
    assert len(message.problems) == 1
    assert "video/mp4" in message.problems[0] and "larger than 5 MB" in message.problems[0]


def test_media_that_cannot_be_fetched_is_a_problem_not_a_failure(
    twilio: FakeTwilio, session: requests.Session
) -> None:
    twilio.add_message("+995555123456", SMS, "photo attached", NOW, media=(("image/png", b"png"),))
    twilio.fail_next(
        2, 500, body={"code": 20500, "message": "Internal Server Error", "status": 500}, match="/Media/"
    )

    [message] = connect(twilio.url, session).fetch({}).messages

    assert message.attachments == []
    assert message.problems == [
        "Attachment not downloaded: Twilio is having trouble (HTTP 500): Internal Server Error (Twilio error 20500)"
    ]


def test_a_get_answered_503_once_is_retried(twilio: FakeTwilio, session: requests.Session) -> None:
    sid = twilio.add_message("+995555123456", SMS, "hello", NOW)
    twilio.fail_next(1, 503, match="Messages.json")

    result = connect(twilio.url, session, whatsapp_numbers=[]).fetch({})

    assert [m.external_id for m in result.messages] == [sid]
    assert len(twilio.requests) == 2


def test_fetch_failures_are_transient(twilio: FakeTwilio, session: requests.Session) -> None:
    twilio.fail_next(2, 502, headers={"Content-Type": "text/html"}, body="<html>Bad gateway</html>")
    with pytest.raises(TransientError, match=r"Twilio is having trouble \(HTTP 502\)") as caught:
        connect(twilio.url, session).fetch({})
    assert_no_secret(caught.value)

    twilio.fail_next(1, 200, headers={"Content-Type": "text/html"}, body="<html>oops</html>")
    with pytest.raises(TransientError, match="answered with something that is not JSON") as caught:
        connect(twilio.url, session).fetch({})
    assert "<html>oops</html>" in str(caught.value)


# --- send ------------------------------------------------------------------------------


def test_send_sms_and_whatsapp(twilio: FakeTwilio, session: requests.Session) -> None:
    connector = connect(twilio.url, session)

    sms_sid = connector.send(outgoing("+995555123456", "თქვენი შეკვეთა გზაშია."))
    whatsapp_sid = connector.send(outgoing("+306912345678", "Η παραγγελία σας στάλθηκε.", "whatsapp"))
    other_sid = connect(twilio.url, session, from_number="+995322000002").send(
        outgoing("+97688112233", "Баярлалаа!")
    )

    assert twilio.sent == [
        {"To": "+995555123456", "From": SMS, "Body": "თქვენი შეკვეთა გზაშია."},
        {
            "To": "whatsapp:+306912345678",
            "From": f"whatsapp:{WHATSAPP}",
            "Body": "Η παραγγελία σας στάλθηκε.",
        },
        {"To": "+97688112233", "From": "+995322000002", "Body": "Баярлалаа!"},
    ]
    assert len({sms_sid, whatsapp_sid, other_sid}) == 3
    assert all(sid.startswith("SM") for sid in (sms_sid, whatsapp_sid, other_sid))
    assert all(r.method == "POST" for r in twilio.requests)
    assert all(r.headers["Content-Type"] == "application/x-www-form-urlencoded" for r in twilio.requests)


def test_send_refuses_what_twilio_would(twilio: FakeTwilio, session: requests.Session) -> None:
    connector = connect(twilio.url, session, whatsapp_numbers=[])
    with pytest.raises(PermanentError, match="1601 characters; Twilio sends at most 1600"):
        connector.send(outgoing("+995555123456", "ა" * 1601))
    with pytest.raises(PermanentError, match="No Twilio number is set up to send whatsapp"):
        connector.send(outgoing("+306912345678", "hi", "whatsapp"))
    with pytest.raises(PermanentError, match="only SMS and WhatsApp"):
        connector.send(outgoing("a@example.com", "hi", "email"))
    assert twilio.requests == []


def test_send_invalid_number_carries_twilios_message(twilio: FakeTwilio, session: requests.Session) -> None:
    with pytest.raises(PermanentError) as caught:
        connect(twilio.url, session).send(outgoing("+1555", "hello"))
    assert str(caught.value) == (
        "Twilio rejected the request (HTTP 400): The 'To' number +1555 is not a valid phone number."
        " (Twilio error 21211)"
    )


def test_send_with_a_wrong_token_is_permanent(twilio: FakeTwilio, session: requests.Session) -> None:
    wrong = "bad0feedc0ffee1234567890abcdefff"
    with pytest.raises(PermanentError, match="refused the credentials") as caught:
        connect(twilio.url, session, token=wrong).send(outgoing("+995555123456", "hello"))
    assert wrong not in "".join(traceback.format_exception(caught.value))
    assert twilio.sent == []


@pytest.mark.parametrize(
    ("status", "headers", "body", "message", "retry_after"),
    [
        (
            429,
            {"Retry-After": "2"},
            {"code": 20429, "message": "Too Many Requests", "status": 429},
            r"Twilio asks to slow down \(HTTP 429\): Too Many Requests \(Twilio error 20429\)",
            2.0,
        ),
        (500, {}, {"code": 20500, "message": "Internal Server Error", "status": 500}, r"HTTP 500", None),
    ],
)
def test_send_failures_are_transient_and_not_retried(
    twilio: FakeTwilio,
    session: requests.Session,
    status: int,
    headers: dict[str, str],
    body: Any,
    message: str,
    retry_after: float | None,
) -> None:
    twilio.fail_next(1, status, headers=headers, body=body)
    with pytest.raises(TransientError, match=message) as caught:
        connect(twilio.url, session).send(outgoing("+995555123456", "hello"))
    assert caught.value.retry_after == retry_after
    assert len(twilio.requests) == 1  # the outbox retries a send, never the transport
    assert_no_secret(caught.value)


@pytest.mark.parametrize(
    ("headers", "body", "message"),
    [
        (
            {"Content-Type": "text/html"},
            "<html>oops</html>",
            r"Twilio answered with something that is not JSON \(HTTP 201, first 80 characters: "
            r"'<html>oops</html>'\); the message may have been sent\.",
        ),
        ({}, {"status": "queued"}, r"Twilio answered in an unexpected form \(no 'sid'\); the message may"),
    ],
)
def test_a_garbled_success_makes_a_send_uncertain_not_retryable(
    twilio: FakeTwilio, session: requests.Session, headers: dict[str, str], body: Any, message: str
) -> None:
    twilio.fail_next(1, 201, headers=headers, body=body)
    with pytest.raises(UncertainError, match=message):
        connect(twilio.url, session).send(outgoing("+995555123456", "hello"))
    assert len(twilio.requests) == 1


def test_send_to_a_server_that_is_down(session: requests.Session) -> None:
    with pytest.raises(
        TransientError, match=r"^Cannot reach 127\.0\.0\.1: Failed to establish a new connection: .*refused"
    ) as caught:
        connect(f"http://127.0.0.1:{free_port()}", session).send(outgoing("+995555123456", "hello"))
    assert_no_secret(caught.value)


def test_send_to_a_server_that_does_not_answer_in_time(twilio: FakeTwilio, session: requests.Session) -> None:
    twilio.delay_next(3.0)
    # The request left; only the answer is missing: retrying could send it twice.
    with pytest.raises(UncertainError, match=r"no answer within 0\.5 s\. Twilio may have received it\.$"):
        connect(twilio.url, session, timeout=0.5).send(outgoing("+995555123456", "hello"))


def test_close_leaves_a_session_it_was_given_alone(twilio: FakeTwilio, session: requests.Session) -> None:
    connector = connect(twilio.url, session)
    connector.close()
    assert connector.test().startswith("Twilio account")
    owned = TwilioConnector(
        {"base_url": twilio.url, "account_sid": SID, "numbers": [SMS]}, {"auth_token": TOKEN}
    )
    try:
        assert owned.test().startswith("Twilio account")
    finally:
        owned.close()
