"""The Telegram connector against a local server speaking the Bot API (getMe, getUpdates, sendMessage)."""

from __future__ import annotations

import json
import logging
import socket
import traceback
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from agent_console.channels.base import (
    ChannelError,
    Inbound,
    Outgoing,
    PermanentError,
    TransientError,
    UncertainError,
)
from agent_console.channels.httpapi import redact
from agent_console.channels.telegram import TelegramConnector
from agent_console.core.http import http_session
from tests.channels.fake_providers import FakeTelegram

TOKEN = "7000000001:AAHsEcReT-t0ken_ValUe0123456789abcd"
WHEN = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
NINO = {
    "id": 421337,
    "is_bot": False,
    "first_name": "ნინო",
    "last_name": "ბერიძე",
    "username": "nino_b",
    "language_code": "ka",
}
ELENI = {"id": 555001, "is_bot": False, "first_name": "", "username": "eleni_k", "language_code": "el"}
BAT = {"id": 777002, "is_bot": False, "first_name": "Бат-Эрдэнэ", "language_code": "mn"}


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    server = FakeTelegram(TOKEN)
    yield server
    server.close()


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with http_session(retries=1, backoff=0.01) as quick:
        yield quick


def connect(
    base_url: str, session: requests.Session, token: str = TOKEN, timeout: float = 2.0, **settings: Any
) -> TelegramConnector:
    return TelegramConnector(
        {"base_url": base_url, **settings}, {"bot_token": token}, timeout=timeout, session=session
    )


def outgoing(recipient: str, body: str) -> Outgoing:
    return Outgoing(outbox_id=1, channel="telegram", recipient=recipient, body_text=body)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def shown(exc: BaseException) -> str:
    """Everything a log of this error could show: message, repr, traceback with its context."""
    return str(exc) + repr(exc) + "".join(traceback.format_exception(exc))


# --- test() ----------------------------------------------------------------------------


def test_test_names_the_bot(telegram: FakeTelegram, session: requests.Session) -> None:
    assert connect(telegram.url, session).test() == "Telegram bot @acme_support_bot"
    assert telegram.paths() == [f"/bot{TOKEN}/getMe"]


def test_a_wrong_token_is_permanent_and_never_shown(
    telegram: FakeTelegram, session: requests.Session
) -> None:
    wrong = "7000000001:AAHwrongwrongwrongwrongwrong0000000"
    with pytest.raises(PermanentError) as caught:
        connect(telegram.url, session, token=wrong).test()
    assert str(caught.value) == "Telegram refused the bot token"
    assert wrong not in shown(caught.value)


def test_a_token_not_in_botfathers_form_is_refused_at_once(session: requests.Session) -> None:
    with pytest.raises(PermanentError, match="not of the form") as caught:
        connect("http://127.0.0.1:9", session, token="abc/def ghi")
    assert "abc/def ghi" not in str(caught.value)


# --- fetch -----------------------------------------------------------------------------


def test_fetch_maps_private_messages_exactly(telegram: FakeTelegram, session: requests.Session) -> None:
    first = telegram.add_message(NINO, WHEN, text="გამარჯობა! შეკვეთა #123 ჯერ არ მომსვლია.")
    telegram.add_message(ELENI, WHEN + timedelta(seconds=1), text="Καλησπέρα, θέλω επιστροφή χρημάτων.")
    telegram.add_message(BAT, WHEN + timedelta(seconds=2), text="Сайн байна уу, захиалга хаана явна?")
    group = {"id": -100123, "type": "supergroup", "title": "Fans"}
    telegram.add_message(NINO, WHEN, chat=group, text="a group message is not a customer's")
    last = telegram.add_message(
        BAT, WHEN, chat={"id": -100124, "type": "channel", "title": "News"}, text="news"
    )

    result = connect(telegram.url, session).fetch({})

    nino, eleni, bat = result.messages
    message_id = first["message"]["message_id"]
    assert nino == Inbound(
        channel="telegram",
        external_id=f"421337:{message_id}",
        address_kind="telegram",
        customer_address="421337",
        occurred_at=WHEN,
        direction="in",
        customer_name="ნინო ბერიძე",
        body_text="გამარჯობა! შეკვეთა #123 ჯერ არ მომსვლია.",
        thread_keys=["telegram:421337"],
        meta={"username": "nino_b"},
        language="ka",
    )
    assert nino.occurred_at.utcoffset() == timedelta(0)
    assert (eleni.customer_name, eleni.language, eleni.body_text) == (
        "@eleni_k",
        "el",
        "Καλησπέρα, θέλω επιστροφή χρημάτων.",
    )
    assert (bat.customer_name, bat.meta, bat.body_text) == (
        "Бат-Эрдэнэ",
        {"username": None},
        "Сайн байна уу, захиалга хаана явна?",
    )
    assert result.cursor == {"offset": last["update_id"] + 1}  # group updates are confirmed too
    assert result.more is False
    params = telegram.requests[0].query
    assert "offset" not in params
    assert (params["limit"], params["timeout"]) == (["100"], ["0"])
    assert json.loads(params["allowed_updates"][0]) == ["message", "edited_message"]


def test_attachments_are_described_not_downloaded(telegram: FakeTelegram, session: requests.Session) -> None:
    photo = [
        {"file_id": "small-id", "file_unique_id": "s", "width": 90, "height": 90, "file_size": 1000},
        {"file_id": "large-id", "file_unique_id": "l", "width": 1280, "height": 1280, "file_size": 90000},
    ]
    telegram.add_message(NINO, WHEN, photo=photo)
    telegram.add_message(NINO, WHEN, photo=photo, caption="ეს არის დაზიანებული ყუთი")
    document = {
        "file_id": "doc-id",
        "file_unique_id": "d",
        "file_name": "invoice.pdf",
        "mime_type": "application/pdf",
    }
    telegram.add_message(NINO, WHEN, document=document)
    telegram.add_message(NINO, WHEN, voice={"file_id": "voice-id", "file_unique_id": "v", "duration": 7})
    telegram.add_message(NINO, WHEN, sticker={"file_id": "sticker-id", "file_unique_id": "t", "emoji": "👍"})
    telegram.add_message(NINO, WHEN, location={"latitude": 41.7151, "longitude": 44.8271})

    messages = connect(telegram.url, session).fetch({}).messages

    assert [(m.body_text, m.meta.get("file_id")) for m in messages] == [
        ("[photo]", "large-id"),
        ("ეს არის დაზიანებული ყუთი", "large-id"),
        ("[document: invoice.pdf]", "doc-id"),
        ("[voice message, 7 s]", "voice-id"),
        ("[sticker 👍]", "sticker-id"),
        ("[location 41.7151, 44.8271]", None),
    ]
    assert messages[1].meta["attachment"] == "[photo]"
    assert [m.problems for m in messages] == [["attachment not downloaded"]] * 5 + [[]]


def test_an_edit_is_an_event_of_its_own(telegram: FakeTelegram, session: requests.Session) -> None:
    original = telegram.add_message(NINO, WHEN, text="შეკვეთა #123")["message"]
    edit_date = int((WHEN + timedelta(minutes=2)).timestamp())
    telegram.add_update("edited_message", {**original, "text": "შეკვეთა #124", "edit_date": edit_date})

    first, edit = connect(telegram.url, session).fetch({}).messages

    key = f"421337:{original['message_id']}"
    assert first.external_id == key
    assert edit.external_id == f"{key}:edit:{edit_date}"
    assert edit.meta == {"username": "nino_b", "edit_of": key}
    assert (edit.body_text, edit.occurred_at) == ("შეკვეთა #124", WHEN + timedelta(minutes=2))


def test_the_cursor_confirms_and_resumes(telegram: FakeTelegram, session: requests.Session) -> None:
    connector = connect(telegram.url, session, page_size=2)
    for i in range(3):
        telegram.add_message(NINO, WHEN + timedelta(seconds=i), text=f"message {i}")

    first = connector.fetch({})
    assert [m.body_text for m in first.messages] == ["message 0", "message 1"]
    assert first.more is True
    second = connector.fetch(first.cursor)
    assert [m.body_text for m in second.messages] == ["message 2"]
    assert second.more is False
    third = connector.fetch(second.cursor)
    assert third.messages == [] and third.cursor == second.cursor
    assert [r.query.get("offset") for r in telegram.requests] == [
        None,
        [str(first.cursor["offset"])],
        [str(second.cursor["offset"])],
    ]


def test_duplicate_deliveries_are_filed_once(telegram: FakeTelegram, session: requests.Session) -> None:
    connector = connect(telegram.url, session)
    hello = telegram.add_message(NINO, WHEN, text="hello")
    telegram.redeliver(hello)

    first = connector.fetch({})
    assert [m.body_text for m in first.messages] == ["hello"]

    telegram.redeliver(hello)
    telegram.add_message(NINO, WHEN, text="again")
    second = connector.fetch(first.cursor)
    assert [m.body_text for m in second.messages] == ["hello", "again"]
    assert second.messages[0].external_id == first.messages[0].external_id  # ingest ignores it
    assert second.cursor["offset"] > first.cursor["offset"]


def test_a_get_answered_503_once_is_retried(telegram: FakeTelegram, session: requests.Session) -> None:
    telegram.add_message(NINO, WHEN, text="hello")
    telegram.fail_next(1, 503)
    assert [m.body_text for m in connect(telegram.url, session).fetch({}).messages] == ["hello"]
    assert len(telegram.requests) == 2


@pytest.mark.parametrize(
    ("status", "headers", "body", "error", "message", "retry_after"),
    [
        (
            429,
            {},
            {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 5",
                "parameters": {"retry_after": 5},
            },
            TransientError,
            r"Telegram asks to slow down \(HTTP 429\): Too Many Requests: retry after 5",
            5.0,
        ),
        (
            409,
            {},
            {
                "ok": False,
                "error_code": 409,
                "description": "Conflict: can't use getUpdates method while webhook is active",
            },
            PermanentError,
            r"no messages while a webhook is set for this bot",
            None,
        ),
        (
            200,
            {},
            {"ok": False, "error_code": 400, "description": "Bad Request: wrong offset"},
            PermanentError,
            r"Telegram rejected the request \(HTTP 400\): Bad Request: wrong offset",
            None,
        ),
        (
            500,
            {},
            {"ok": False, "error_code": 500, "description": "Internal Server Error"},
            TransientError,
            "HTTP 500",
            None,
        ),
        (
            200,
            {"Content-Type": "text/html"},
            "<html>oops</html>",
            TransientError,
            r"Telegram answered with something that is not JSON \(HTTP 200, first 80 characters: '<html>oops</html>'\)",
            None,
        ),
        (
            200,
            {},
            {"ok": True, "result": {"update_id": 1}},
            TransientError,
            "getUpdates result is not a list",
            None,
        ),
    ],
)
def test_fetch_errors(
    telegram: FakeTelegram,
    session: requests.Session,
    status: int,
    headers: dict[str, str],
    body: Any,
    error: type[ChannelError],
    message: str,
    retry_after: float | None,
) -> None:
    telegram.fail_next(2, status, headers=headers, body=body)  # twice: http_session retries a GET once
    with pytest.raises(error, match=message) as caught:
        connect(telegram.url, session).fetch({"offset": 7})
    assert getattr(caught.value, "retry_after", None) == retry_after
    assert TOKEN not in shown(caught.value)


def test_a_real_webhook_conflict(telegram: FakeTelegram, session: requests.Session) -> None:
    telegram.webhook_url = "https://example.com/hook"
    with pytest.raises(PermanentError, match="Remove the webhook"):
        connect(telegram.url, session).fetch({})


# --- send ------------------------------------------------------------------------------


def test_send_delivers_the_text_exactly(telegram: FakeTelegram, session: requests.Session) -> None:
    telegram.add_message(NINO, WHEN, text="hi")
    text = "გამარჯობა ნინო! თქვენი შეკვეთა #123 გზაშია. Καλή συνέχεια! Баярлалаа 🙏"

    sent_id = connect(telegram.url, session).send(outgoing("421337", text))

    assert telegram.sent == [{"chat_id": "421337", "text": text}]
    assert telegram.requests[-1].headers["Content-Type"] == "application/json"
    assert sent_id == "421337:2"  # chat:message_id, as inbound ids are


def test_send_refuses_too_long_texts_before_sending(
    telegram: FakeTelegram, session: requests.Session
) -> None:
    with pytest.raises(PermanentError, match="4097 characters; Telegram sends at most 4096"):
        connect(telegram.url, session).send(outgoing("421337", "ა" * 4097))
    assert telegram.requests == []


def test_send_to_a_blocked_or_unknown_chat_is_permanent(
    telegram: FakeTelegram, session: requests.Session
) -> None:
    telegram.add_message(NINO, WHEN, text="hi")
    telegram.blocked.add(421337)
    connector = connect(telegram.url, session)
    with pytest.raises(PermanentError) as caught:
        connector.send(outgoing("421337", "hello"))
    assert (
        str(caught.value)
        == "Telegram rejected the request (HTTP 403): Forbidden: bot was blocked by the user"
    )
    with pytest.raises(PermanentError, match="Bad Request: chat not found"):
        connector.send(outgoing("999", "hello"))


@pytest.mark.parametrize(
    ("status", "headers", "body", "retry_after"),
    [
        (
            429,
            {"Retry-After": "2"},
            {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 2"},
            2.0,
        ),
        (
            429,
            {},
            {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 5",
                "parameters": {"retry_after": 5},
            },
            5.0,
        ),
        (502, {"Content-Type": "text/html"}, "<html>Bad Gateway</html>", None),
    ],
)
def test_send_busy_is_transient_and_not_retried(
    telegram: FakeTelegram,
    session: requests.Session,
    status: int,
    headers: dict[str, str],
    body: Any,
    retry_after: float | None,
) -> None:
    telegram.fail_next(1, status, headers=headers, body=body)
    with pytest.raises(TransientError) as caught:
        connect(telegram.url, session).send(outgoing("421337", "hello"))
    assert caught.value.retry_after == retry_after
    assert len(telegram.requests) == 1


def test_send_to_a_server_that_is_down(session: requests.Session) -> None:
    with pytest.raises(
        TransientError, match=r"^Cannot reach 127\.0\.0\.1: Failed to establish a new connection: .*refused"
    ) as caught:
        connect(f"http://127.0.0.1:{free_port()}", session).send(outgoing("421337", "hello"))
    assert TOKEN not in shown(caught.value)


def test_send_to_a_server_that_does_not_answer_in_time(
    telegram: FakeTelegram, session: requests.Session
) -> None:
    telegram.delay_next(3.0)
    with pytest.raises(
        UncertainError, match=r"no answer within 0\.5 s\. Telegram may have received it"
    ) as caught:
        connect(telegram.url, session, timeout=0.5).send(outgoing("421337", "hello"))
    assert TOKEN not in shown(caught.value)


def test_fetch_from_a_server_that_does_not_answer_in_time(
    telegram: FakeTelegram, session: requests.Session
) -> None:
    telegram.fail_next(2, None, delay=2.0)  # the GET and its one retry
    with pytest.raises(
        TransientError, match=r"^Cannot reach 127\.0\.0\.1: no answer within 0\.3 s$"
    ) as caught:
        connect(telegram.url, session, timeout=0.3).fetch({})
    assert TOKEN not in shown(caught.value)
    assert len(telegram.requests) == 2


# --- the token stays out of logs --------------------------------------------------------


def test_the_token_never_reaches_a_log_record(
    telegram: FakeTelegram, session: requests.Session, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="urllib3")
    caplog.set_level(logging.DEBUG, logger="requests")
    telegram.add_message(NINO, WHEN, text="hello")
    connector = connect(telegram.url, session, timeout=0.3)
    connector.test()
    connector.send(outgoing("421337", "hi"))
    telegram.fail_next(1, 503)
    cursor = connector.fetch({}).cursor
    telegram.fail_next(2, 429, body={"ok": False, "error_code": 429, "description": "Too Many Requests"})
    telegram.delay_next(2.0)
    errors: list[ChannelError] = []
    for action in (lambda: connector.fetch(cursor), lambda: connector.send(outgoing("421337", "hi"))):
        with pytest.raises(ChannelError) as caught:
            action()
        errors.append(caught.value)
    with pytest.raises(ChannelError) as caught:
        connect(f"http://127.0.0.1:{free_port()}", session).fetch({})
    errors.append(caught.value)

    logged = [record.getMessage() for record in caplog.records]
    assert any("/bot***/getUpdates" in line for line in logged)  # urllib3 did log the URLs
    assert any(line.startswith("Retrying") for line in logged)  # and the retries
    assert not [line for line in logged if TOKEN in line]
    assert not [e for e in errors if TOKEN in shown(e)]


def test_redact_hides_plain_and_percent_encoded_secrets() -> None:
    text = f"GET /bot{TOKEN}/getMe and /bot{TOKEN.replace(':', '%3A')}/getMe"
    assert redact(text, [TOKEN, ""]) == "GET /bot***/getMe and /bot***/getMe"
