"""Local stand-ins for Twilio's and Telegram's HTTP APIs, for the connectors' tests.

Each is a real HTTP server on 127.0.0.1 (a free port, a thread) that speaks the documented
subset the connectors use, with the providers' own request and response formats:

- :class:`FakeTwilio`: https://www.twilio.com/docs/messaging/api/message-resource and
  .../media-resource: basic auth (account SID, auth token), the Messages list filtered by
  ``To`` and ``DateSent>`` and paged newest first with ``next_page_uri``/``PageToken``, the
  Media list and media content (a 307 to an unauthenticated "CDN" path, as Twilio does), and
  form-encoded ``POST Messages.json`` answering 201 or Twilio's error JSON.
- :class:`FakeTelegram`: https://core.telegram.org/bots/api: ``/bot<token>/<method>`` for
  getMe, getUpdates (offset confirms and forgets, limit, allowed_updates) and sendMessage.

Both keep state tests can fill and inspect (stored messages, the updates queue, what was
sent, every request) and can be told to answer the next requests differently: a status with
headers and a body, after a delay (longer than the client's timeout, say).  Messages queued
by Twilio (no ``date_sent``) are listed whatever the date filter, so the connector must cope.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import sys
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

JSON = {"Content-Type": "application/json"}
Answer = tuple[int, dict[str, str], bytes]


def json_answer(status: int, payload: Any) -> Answer:
    return status, dict(JSON), json.dumps(payload).encode()


@dataclass
class Recorded:
    """One request as the server saw it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def params(self) -> dict[str, str]:
        """Query, form or JSON parameters (the last value of each), whichever the request used."""
        values = {k: v[-1] for k, v in self.query.items()}
        kind = self.headers.get("Content-Type", "")
        if kind.startswith("application/json"):
            values.update(
                {k: v if isinstance(v, str) else json.dumps(v) for k, v in json.loads(self.body).items()}
            )
        elif kind.startswith("application/x-www-form-urlencoded"):
            parsed = parse_qs(self.body.decode(), keep_blank_values=True)
            values.update({k: v[-1] for k, v in parsed.items()})
        return values


@dataclass
class Canned:
    """An answer for the next request whose path contains ``match``; status None: the usual one."""

    status: int | None
    headers: dict[str, str]
    body: bytes
    delay: float
    match: str


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that gave up is no error
            super().handle_error(request, client_address)


class FakeServer(ABC):
    """A provider's API on loopback; subclasses answer each recorded request in ``route``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: list[Recorded] = []
        self._canned: list[Canned] = []
        self._closing = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fake._serve(self)

            def do_POST(self) -> None:
                fake._serve(self)

            def log_message(self, *args: object) -> None:
                pass

        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def fail_next(
        self,
        count: int = 1,
        status: int | None = 500,
        *,
        headers: dict[str, str] | None = None,
        body: bytes | str | dict[str, Any] = b"",
        delay: float = 0.0,
        match: str = "",
    ) -> None:
        """Answer the next ``count`` requests (whose path contains ``match``) with this instead."""
        if isinstance(body, dict):
            body, headers = json.dumps(body), {**JSON, **(headers or {})}
        raw = body.encode() if isinstance(body, str) else body
        with self.lock:
            self._canned += [Canned(status, dict(headers or {}), raw, delay, match) for _ in range(count)]

    def delay_next(self, seconds: float, match: str = "") -> None:
        """Answer the next request as usual, but only after ``seconds``."""
        self.fail_next(1, None, delay=seconds, match=match)

    def paths(self) -> list[str]:
        with self.lock:
            return [r.path for r in self.requests]

    def close(self) -> None:
        self._closing.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    @abstractmethod
    def route(self, request: Recorded) -> Answer:
        """The status, headers and body this provider gives ``request``."""

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        request = Recorded(
            handler.command,
            parts.path,
            parse_qs(parts.query, keep_blank_values=True),
            dict(handler.headers.items()),
            handler.rfile.read(length),
        )
        with self.lock:
            self.requests.append(request)
            canned = next((c for c in self._canned if c.match in request.path), None)
            if canned is not None:
                self._canned.remove(canned)
        if canned is not None and canned.delay and self._closing.wait(canned.delay):
            return
        if canned is not None and canned.status is not None:
            status, headers, body = canned.status, canned.headers, canned.body
        else:
            with self.lock:
                status, headers, body = self.route(request)
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)


# --- Twilio --------------------------------------------------------------------------------

E164 = re.compile(r"\+[1-9]\d{6,14}")


def _rfc2822(when: datetime | None) -> str | None:
    return format_datetime(when.astimezone(UTC)) if when else None


@dataclass
class TwilioMedia:
    sid: str
    content_type: str
    data: bytes


@dataclass
class TwilioMessage:
    sid: str
    from_: str
    to: str
    body: str
    date_sent: datetime | None
    direction: str = "inbound"
    status: str = "received"
    media: list[TwilioMedia] = field(default_factory=list)


class FakeTwilio(FakeServer):
    def __init__(self, account_sid: str, auth_token: str, numbers: list[str]) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        #: Our senders as Twilio knows them: "+995..." and "whatsapp:+995...".
        self.numbers = set(numbers)
        self.friendly_name = "Acme Support"
        self.messages: list[TwilioMessage] = []
        self.sent: list[dict[str, str]] = []
        self._ids = itertools.count(1)
        super().__init__()

    @property
    def prefix(self) -> str:
        return f"/2010-04-01/Accounts/{self.account_sid}"

    def add_message(
        self,
        from_: str,
        to: str,
        body: str,
        date_sent: datetime | None,
        *,
        media: tuple[tuple[str, bytes], ...] = (),
        direction: str = "inbound",
        status: str = "received",
    ) -> str:
        """Store a message as Twilio would have it; its SID."""
        with self.lock:
            sid = f"{'MM' if media else 'SM'}{next(self._ids):032x}"
            files = [TwilioMedia(f"ME{next(self._ids):032x}", kind, data) for kind, data in media]
            self.messages.append(TwilioMessage(sid, from_, to, body, date_sent, direction, status, files))
        return sid

    def route(self, request: Recorded) -> Answer:
        path = request.path
        if path.startswith("/cdn/"):
            return self._cdn(path.removeprefix("/cdn/"))
        if not self._authorised(request):
            return self._error(401, 20003, "Authenticate")
        if path == f"{self.prefix}.json" and request.method == "GET":
            return json_answer(200, self._account())
        if path == f"{self.prefix}/Messages.json":
            return self._create(request) if request.method == "POST" else self._list(request)
        found = re.fullmatch(rf"{self.prefix}/Messages/(\w+)/Media(?:/(\w+))?(\.json)?", path)
        if found and request.method == "GET":
            return self._media(*found.groups())
        return self._error(404, 20404, f"The requested resource {path} was not found")

    def _authorised(self, request: Recorded) -> bool:
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        return request.headers.get("Authorization") == f"Basic {expected}"

    def _error(self, status: int, code: int, message: str) -> Answer:
        more_info = f"https://www.twilio.com/docs/errors/{code}"
        return json_answer(
            status, {"code": code, "message": message, "more_info": more_info, "status": status}
        )

    def _account(self) -> dict[str, Any]:
        return {
            "sid": self.account_sid,
            "friendly_name": self.friendly_name,
            "status": "active",
            "type": "Full",
            "date_created": _rfc2822(datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)),
            "uri": f"{self.prefix}.json",
        }

    def _resource(self, message: TwilioMessage) -> dict[str, Any]:
        uri = f"{self.prefix}/Messages/{message.sid}"
        return {
            "account_sid": self.account_sid,
            "api_version": "2010-04-01",
            "body": message.body,
            "date_created": _rfc2822(message.date_sent),
            "date_sent": _rfc2822(message.date_sent),
            "date_updated": _rfc2822(message.date_sent),
            "direction": message.direction,
            "error_code": None,
            "error_message": None,
            "from": message.from_,
            "messaging_service_sid": None,
            "num_media": str(len(message.media)),
            "num_segments": "1",
            "price": None,
            "price_unit": "USD",
            "sid": message.sid,
            "status": message.status,
            "subresource_uris": {"media": f"{uri}/Media.json", "feedback": f"{uri}/Feedback.json"},
            "to": message.to,
            "uri": f"{uri}.json",
        }

    def _list(self, request: Recorded) -> Answer:
        params = {k: v[-1] for k, v in request.query.items()}
        after = date.fromisoformat(params["DateSent>"]) if "DateSent>" in params else None
        chosen = [
            m
            for m in self.messages
            if params.get("To", m.to) == m.to
            and (after is None or m.date_sent is None or m.date_sent.astimezone(UTC).date() >= after)
        ]
        far_future = datetime.max.replace(tzinfo=UTC)
        chosen.sort(key=lambda m: (m.date_sent or far_future, m.sid), reverse=True)
        size = min(int(params.get("PageSize", 50)), 1000)
        page = int(params.get("Page", 0))
        token = params.get("PageToken", "")
        start = next((i + 1 for i, m in enumerate(chosen) if "PA" + m.sid == token), page * size)
        rows = chosen[start : start + size]
        filters = {k: v for k, v in params.items() if k not in ("Page", "PageSize", "PageToken")}

        def uri(number: int, extra: dict[str, str] | None = None) -> str:
            return f"{request.path}?" + urlencode(
                {**filters, "PageSize": size, "Page": number, **(extra or {})}
            )

        more = start + size < len(chosen)
        return json_answer(
            200,
            {
                "end": start + len(rows) - 1,
                "first_page_uri": uri(0),
                "messages": [self._resource(m) for m in rows],
                "next_page_uri": uri(page + 1, {"PageToken": "PA" + rows[-1].sid}) if more else None,
                "page": page,
                "page_size": size,
                "previous_page_uri": None,
                "start": start,
                "uri": uri(page, {"PageToken": token} if token else None),
            },
        )

    def _create(self, request: Recorded) -> Answer:
        form = request.params()
        to, sender, body = form.get("To", ""), form.get("From", ""), form.get("Body", "")
        if not to:
            return self._error(400, 21604, "A 'To' phone number is required.")
        if not E164.fullmatch(to.removeprefix("whatsapp:")):
            return self._error(400, 21211, f"The 'To' number {to} is not a valid phone number.")
        if sender not in self.numbers:
            return self._error(
                400,
                21606,
                f"The From phone number {sender} is not a valid, SMS-capable inbound phone number"
                " or short code for your account.",
            )
        if len(body) > 1600:
            return self._error(400, 21617, "The concatenated message body exceeds the 1600 character limit.")
        self.sent.append(form)
        sid = f"SM{next(self._ids):032x}"
        message = TwilioMessage(sid, sender, to, body, None, "outbound-api", "queued")
        return json_answer(201, self._resource(message))

    def _media(self, message_sid: str, media_sid: str | None, dot_json: str | None) -> Answer:
        message = next((m for m in self.messages if m.sid == message_sid), None)
        if message is None:
            return self._error(404, 20404, f"The requested resource {message_sid} was not found")
        if media_sid is None:
            listing = [
                {
                    "account_sid": self.account_sid,
                    "content_type": media.content_type,
                    "parent_sid": message.sid,
                    "sid": media.sid,
                    "uri": f"{self.prefix}/Messages/{message.sid}/Media/{media.sid}.json",
                }
                for media in message.media
            ]
            uri = f"{self.prefix}/Messages/{message.sid}/Media.json"
            return json_answer(
                200,
                {"media_list": listing, "next_page_uri": None, "page": 0, "page_size": 50, "uri": uri},
            )
        if dot_json or not any(m.sid == media_sid for m in message.media):
            return self._error(404, 20404, f"The requested resource {media_sid} was not found")
        return 307, {"Location": f"{self.url}/cdn/{media_sid}"}, b""

    def _cdn(self, media_sid: str) -> Answer:
        for message in self.messages:
            for media in message.media:
                if media.sid == media_sid:
                    return 200, {"Content-Type": media.content_type}, media.data
        return 404, {"Content-Type": "text/plain"}, b"Not Found"


# --- Telegram ------------------------------------------------------------------------------


class FakeTelegram(FakeServer):
    def __init__(self, token: str, username: str = "acme_support_bot") -> None:
        self.token = token
        self.username = username
        self.updates: list[dict[str, Any]] = []
        self.sent: list[dict[str, str]] = []
        #: Set: getUpdates answers 409, as Telegram does while a webhook is active.
        self.webhook_url = ""
        #: Chats whose user blocked the bot: sendMessage answers 403.
        self.blocked: set[int] = set()
        self._redelivered: list[dict[str, Any]] = []
        self._update_ids = itertools.count(500_000_001)
        self._message_ids = itertools.count(1)
        self._chats: set[int] = set()
        super().__init__()

    def add_update(self, kind: str, message: dict[str, Any]) -> dict[str, Any]:
        """Queue an update of ``kind`` ("message", "edited_message", ...) carrying ``message``."""
        with self.lock:
            update = {"update_id": next(self._update_ids), kind: message}
            self.updates.append(update)
            self._chats.add(message["chat"]["id"])
        return update

    def add_message(
        self,
        sender: dict[str, Any],
        when: datetime,
        *,
        chat: dict[str, Any] | None = None,
        **content: Any,
    ) -> dict[str, Any]:
        """A new message from ``sender`` (in a private chat with them unless ``chat``)."""
        chat = chat or {"id": sender["id"], "type": "private", "first_name": sender.get("first_name", "")}
        message = {
            "message_id": next(self._message_ids),
            "from": sender,
            "chat": chat,
            "date": int(when.timestamp()),
        }
        return self.add_update("message", {**message, **content})

    def redeliver(self, update: dict[str, Any]) -> None:
        """Hand ``update`` out once more with the next getUpdates, whatever the offset."""
        with self.lock:
            self._redelivered.append(update)

    def route(self, request: Recorded) -> Answer:
        prefix = f"/bot{self.token}/"
        if not request.path.startswith(prefix):
            return self._error(401, "Unauthorized")
        method = request.path.removeprefix(prefix)
        params = request.params()
        if method == "getMe":
            return self._ok(self._me())
        if method == "getUpdates":
            return self._get_updates(params)
        if method == "sendMessage" and request.method == "POST":
            return self._send_message(params)
        return self._error(404, "Not Found")

    def _ok(self, result: Any) -> Answer:
        return json_answer(200, {"ok": True, "result": result})

    def _error(self, code: int, description: str, **parameters: Any) -> Answer:
        payload: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if parameters:
            payload["parameters"] = parameters
        return json_answer(code, payload)

    def _me(self) -> dict[str, Any]:
        return {
            "id": int(self.token.split(":")[0]),
            "is_bot": True,
            "first_name": "Acme Support",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _get_updates(self, params: dict[str, str]) -> Answer:
        if self.webhook_url:
            return self._error(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset", 0))
        if offset > 0:  # confirmed: Telegram forgets them
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        limit = max(1, min(int(params.get("limit", 100)), 100))
        allowed = json.loads(params["allowed_updates"]) if params.get("allowed_updates") else None
        waiting = [u for u in self.updates if allowed is None or any(kind in u for kind in allowed)]
        batch, self._redelivered = [*self._redelivered, *waiting][:limit], []
        return self._ok(batch)

    def _send_message(self, params: dict[str, str]) -> Answer:
        chat_id, text = params.get("chat_id", ""), params.get("text", "")
        if not chat_id:
            return self._error(400, "Bad Request: chat_id is empty")
        if not text:
            return self._error(400, "Bad Request: message text is empty")
        if len(text) > 4096:
            return self._error(400, "Bad Request: message is too long")
        if not chat_id.lstrip("-").isdigit() or int(chat_id) not in self._chats:
            return self._error(400, "Bad Request: chat not found")
        if int(chat_id) in self.blocked:
            return self._error(403, "Forbidden: bot was blocked by the user")
        self.sent.append(params)
        message = {
            "message_id": next(self._message_ids),
            "from": self._me(),
            "chat": {"id": int(chat_id), "type": "private"},
            "date": int(datetime.now(UTC).timestamp()),
            "text": text,
        }
        return self._ok(message)
