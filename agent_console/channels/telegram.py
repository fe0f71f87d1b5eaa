"""Customer chats with a Telegram bot through the Bot API.

API: https://core.telegram.org/bots/api#getupdates (incoming updates),
https://core.telegram.org/bots/api#sendmessage and https://core.telegram.org/bots/api#getme.
Every call is ``<base_url>/bot<token>/<method>``: the token sits in the URL path, so it is
redacted from every error message and log record (see :mod:`agent_console.channels.httpapi`).

Choices:

- ``getUpdates`` with ``timeout=0`` (a short poll; the sync service schedules the calls) and
  ``allowed_updates=["message", "edited_message"]``.  The cursor is ``{"offset": last
  update_id + 1}``: sending it confirms the earlier updates to Telegram, which happens on
  the next fetch, after this batch was filed.  The offset never moves back, so an update that
  Telegram hands out twice is filed once (ingest ignores known external ids).
- Only private chats are customers; updates from groups and channels are skipped (and
  confirmed all the same).
- An edit is an event of its own: external id ``chat:message:edit:<edit_date>`` and
  ``meta["edit_of"]`` naming the original.
- Attachments are not downloaded: the body describes them ("[photo]", "[document: a.pdf]",
  "[voice message, 7 s]") unless there is a caption, ``meta`` keeps the ``file_id``, and the
  message carries the problem "attachment not downloaded".
- Telegram's errors are ``{"ok": false, "error_code": N, "description": "...", "parameters":
  {"retry_after": s}}``, with that HTTP status or (rarely) with 200; both are mapped alike.
  409 means a webhook is set, under which Telegram refuses ``getUpdates``.
- Texts over Telegram's 4,096 characters are refused before anything is sent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import requests

from agent_console.channels.base import FetchResult, Inbound, Outgoing, PermanentError
from agent_console.channels.httpapi import (
    Api,
    ApiError,
    request_json,
    require,
    sent_result,
    status_error,
    unexpected,
)
from agent_console.core.http import http_session
from agent_console.core.models import IdentityKind

MAX_TEXT_CHARS = 4096
ALLOWED_UPDATES = ["message", "edited_message"]
TOKEN_FORM = re.compile(r"\d+:[A-Za-z0-9_-]+")
WEBHOOK_CONFLICT = (
    "Telegram hands out no messages while a webhook is set for this bot. Remove the webhook"
    " (Bot API deleteWebhook) or give Agent Console a bot of its own."
)


def _read_error(body: Any) -> ApiError:
    if not isinstance(body, dict):
        return ApiError()
    parameters = body.get("parameters")
    wait = parameters.get("retry_after") if isinstance(parameters, dict) else None
    description = body.get("description")
    return ApiError(
        str(description) if description else None,
        float(wait) if isinstance(wait, int | float) else None,
    )


def _attachment(message: dict[str, Any]) -> tuple[str, str] | None:
    """A short description of the message's file and its file_id; None if it has none."""
    if photos := message.get("photo"):
        return "[photo]", photos[-1]["file_id"]  # sizes come smallest first
    if animation := message.get("animation"):  # such messages carry a "document" too
        return "[animation]", animation["file_id"]
    if document := message.get("document"):
        name = document.get("file_name")
        return (f"[document: {name}]" if name else "[document]"), document["file_id"]
    if voice := message.get("voice"):
        return f"[voice message, {voice.get('duration', 0)} s]", voice["file_id"]
    if audio := message.get("audio"):
        title = audio.get("title") or audio.get("file_name")
        return (f"[audio: {title}]" if title else "[audio]"), audio["file_id"]
    if video := message.get("video"):
        return f"[video, {video.get('duration', 0)} s]", video["file_id"]
    if note := message.get("video_note"):
        return f"[video message, {note.get('duration', 0)} s]", note["file_id"]
    if sticker := message.get("sticker"):
        return f"[sticker {sticker.get('emoji', '')}]".replace(" ]", "]"), sticker["file_id"]
    return None


def _fileless(message: dict[str, Any]) -> str:
    """What to show for a message with neither text nor a file."""
    if location := message.get("location"):
        return f"[location {location['latitude']}, {location['longitude']}]"
    if contact := message.get("contact"):
        name = " ".join(filter(None, (contact.get("first_name"), contact.get("last_name"))))
        return f"[contact: {name} {contact.get('phone_number', '')}]".replace(" ]", "]")
    return "[message without text]"


def _name(sender: dict[str, Any]) -> str | None:
    full = " ".join(filter(None, (sender.get("first_name"), sender.get("last_name"))))
    username = sender.get("username")
    return full or (f"@{username}" if username else None)


class TelegramConnector:
    def __init__(
        self,
        settings: Mapping[str, Any],
        secrets: Mapping[str, str],
        *,
        timeout: float = 20.0,
        session: requests.Session | None = None,
    ) -> None:
        token = (secrets.get("bot_token") or "").strip()
        if not TOKEN_FORM.fullmatch(token):
            raise PermanentError(
                "The Telegram bot token is not of the form 123456789:ABC-DEF… that @BotFather gives"
            )
        self._base = f"{str(settings.get('base_url') or 'https://api.telegram.org').rstrip('/')}/bot{token}"
        self._page_size = int(settings.get("page_size") or 100)
        self._owns_session = session is None
        self._api = Api(
            "Telegram",
            session or http_session(purpose="Telegram"),
            (min(timeout, 10.0), timeout),
            _read_error,
            secrets=(token,),
            credential_statuses=(401,),
            status_messages={401: "Telegram refused the bot token", 409: WEBHOOK_CONFLICT},
        )

    # --- Connector ---------------------------------------------------------------------

    def test(self) -> str:
        me = self._call("GET", "getMe")
        return f"Telegram bot @{require(self._api, me, 'username')}"

    def fetch(self, cursor: dict[str, Any]) -> FetchResult:
        offset = cursor.get("offset")
        params = {"limit": self._page_size, "timeout": 0, "allowed_updates": json.dumps(ALLOWED_UPDATES)}
        if offset is not None:
            params["offset"] = offset
        updates = self._call("GET", "getUpdates", params=params)
        if not isinstance(updates, list):
            raise unexpected(self._api, "getUpdates result is not a list")
        found: dict[str, Inbound] = {}
        last = None
        for update in updates:
            update_id = require(self._api, update, "update_id")
            last = update_id if last is None else max(last, update_id)
            inbound = self._inbound(update)
            if inbound is not None:
                found.setdefault(inbound.external_id, inbound)
        if last is None:
            return FetchResult([], dict(cursor))
        next_offset = max(last + 1, offset or 0)
        return FetchResult(
            list(found.values()), {"offset": next_offset}, more=len(updates) >= self._page_size
        )

    def send(self, message: Outgoing) -> str:
        if len(message.body_text) > MAX_TEXT_CHARS:
            raise PermanentError(
                f"The message has {len(message.body_text)} characters; Telegram sends at most"
                f" {MAX_TEXT_CHARS}. Shorten it or split it into several messages."
            )

        def read() -> str:
            sent = self._call(
                "POST", "sendMessage", json={"chat_id": message.recipient, "text": message.body_text}
            )
            chat = require(self._api, sent, "chat")
            return f"{require(self._api, chat, 'id')}:{require(self._api, sent, 'message_id')}"

        return sent_result(self._api, read)

    def close(self) -> None:
        if self._owns_session:
            self._api.session.close()

    # --- internals ---------------------------------------------------------------------

    def _call(self, http_method: str, method: str, **kwargs: Any) -> Any:
        """The ``result`` of a Bot API method; ``"ok": false`` raises even with HTTP 200."""
        body = request_json(self._api, http_method, f"{self._base}/{method}", **kwargs)
        if isinstance(body, dict) and body.get("ok") is False and isinstance(body.get("error_code"), int):
            raise status_error(self._api, body["error_code"], body)
        if not isinstance(body, dict) or body.get("ok") is not True or "result" not in body:
            raise unexpected(self._api, f"{method} answered without 'ok' and 'result'")
        return body["result"]

    def _inbound(self, update: dict[str, Any]) -> Inbound | None:
        try:
            return _to_inbound(update)
        except (KeyError, TypeError, IndexError, ValueError, OverflowError) as exc:
            raise unexpected(self._api, f"an update without a readable {exc}") from None


def _to_inbound(update: dict[str, Any]) -> Inbound | None:
    """The Inbound for a private chat's new or edited message; None for anything else."""
    edited = "message" not in update
    message = update.get("message") or update.get("edited_message")
    if not isinstance(message, dict):
        return None
    chat, sender = message["chat"], message.get("from")
    if chat.get("type") != "private" or not isinstance(sender, dict):
        return None
    key = f"{chat['id']}:{message['message_id']}"
    when = message["edit_date"] if edited else message["date"]
    attachment = _attachment(message)
    inbound = Inbound(
        channel="telegram",
        external_id=f"{key}:edit:{when}" if edited else key,
        address_kind=IdentityKind.TELEGRAM.value,
        customer_address=str(sender["id"]),
        occurred_at=datetime.fromtimestamp(when, UTC),
        direction="in",
        customer_name=_name(sender),
        body_text=message.get("text")
        or message.get("caption")
        or (attachment[0] if attachment else _fileless(message)),
        thread_keys=[f"telegram:{chat['id']}"],
        meta={"username": sender.get("username")},
        language=sender.get("language_code"),
    )
    if edited:
        inbound.meta["edit_of"] = key
    if attachment:
        inbound.meta.update(attachment=attachment[0], file_id=attachment[1])
        inbound.problems.append("attachment not downloaded")
    return inbound
