"""SMS and WhatsApp through Twilio's REST API (Programmable Messaging).

API: the Message resource, https://www.twilio.com/docs/messaging/api/message-resource
(list ``GET /2010-04-01/Accounts/{sid}/Messages.json``, create ``POST`` to the same URL with
form fields To, From, Body) and its Media subresource,
https://www.twilio.com/docs/messaging/api/media-resource.  HTTP basic auth with the account
SID and the auth token.

Choices:

- Fetching lists the messages *to* each of our numbers (``To=+995...`` for SMS,
  ``To=whatsapp:+995...`` for WhatsApp) sent on or after a date (``DateSent>``): Twilio
  filters by day, so the cursor's ``since`` is the newest day seen minus one.  The overlap
  hands back messages already filed; ingest ignores them by SID.  Queued messages (no
  ``date_sent`` yet) and anything not ``inbound`` are skipped.
- At most ``max_pages`` pages (default 10) per fetch.  Twilio lists newest first, so an
  unfinished sweep must resume where it stopped, not at a later date: the cursor then keeps
  each listing's ``next_page_uri`` under ``pages`` and ``more`` is True.
- Media (MMS, WhatsApp images and documents) is downloaded, at most 5 MB per file; a file
  that is too big or cannot be fetched becomes a problem on the message, never a failed fetch.
- Sending is never retried here (the outbox retries); a body over Twilio's 1,600-character
  limit is refused before anything is sent.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlencode

import requests

from agent_console.channels.base import (
    AttachmentData,
    ChannelError,
    FetchResult,
    Inbound,
    Outgoing,
    PermanentError,
)
from agent_console.channels.httpapi import (
    Api,
    ApiError,
    parse_json,
    read_limited,
    request,
    request_json,
    require,
    sent_result,
    unexpected,
)
from agent_console.core.http import http_session
from agent_console.core.models import IdentityKind

API_VERSION = "/2010-04-01"
MAX_BODY_CHARS = 1600
MAX_MEDIA_BYTES = 5 * 1024 * 1024
CHANNELS = {"sms": IdentityKind.PHONE.value, "whatsapp": IdentityKind.WHATSAPP.value}
WHATSAPP_PREFIX = "whatsapp:"


def _read_error(body: Any) -> ApiError:
    """Twilio's error body: {"code": 21211, "message": "...", "more_info": "...", "status": 400}."""
    if not isinstance(body, dict) or not body.get("message"):
        return ApiError()
    code = body.get("code")
    return ApiError(f"{body['message']} (Twilio error {code})" if code else str(body["message"]))


def _address(channel: str, number: str) -> str:
    bare = number.removeprefix(WHATSAPP_PREFIX)
    return WHATSAPP_PREFIX + bare if channel == "whatsapp" else bare


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


class TwilioConnector:
    def __init__(
        self,
        settings: Mapping[str, Any],
        secrets: Mapping[str, str],
        *,
        timeout: float = 20.0,
        session: requests.Session | None = None,
    ) -> None:
        self._base = str(settings.get("base_url") or "https://api.twilio.com").rstrip("/")
        self._sid = str(settings.get("account_sid") or "")
        token = secrets.get("auth_token") or ""
        if not self._sid or not token:
            raise PermanentError("Twilio needs the account SID and the auth token")
        self._numbers = {
            "sms": [str(n).strip() for n in settings.get("numbers") or []],
            "whatsapp": [
                str(n).strip().removeprefix(WHATSAPP_PREFIX) for n in settings.get("whatsapp_numbers") or []
            ],
        }
        if not any(self._numbers.values()):
            raise PermanentError("Twilio settings name none of our numbers (SMS or WhatsApp)")
        self._senders = {
            "sms": settings.get("from_number") or next(iter(self._numbers["sms"]), None),
            "whatsapp": settings.get("whatsapp_from") or next(iter(self._numbers["whatsapp"]), None),
        }
        self._region = settings.get("default_region") or None
        self._page_size = int(settings.get("page_size") or 200)
        self._max_pages = int(settings.get("max_pages") or 10)
        self._initial_days = int(settings.get("initial_days") or 7)
        self._owns_session = session is None
        self._auth = (self._sid, token)
        self._api = Api(
            "Twilio",
            session or http_session(purpose="Twilio"),
            (min(timeout, 10.0), timeout),
            _read_error,
            secrets=(token,),
        )

    # --- Connector ---------------------------------------------------------------------

    def test(self) -> str:
        account = self._get(f"{API_VERSION}/Accounts/{self._sid}.json")
        return f"Twilio account {require(self._api, account, 'friendly_name')} ({account.get('status')})"

    def fetch(self, cursor: dict[str, Any]) -> FetchResult:
        today = datetime.now(UTC).date()
        since = _day(cursor.get("since")) or today - timedelta(days=self._initial_days)
        newest = _day(cursor.get("newest"))
        pages: dict[str, str] = dict(cursor.get("pages") or {}) or self._first_pages(since)
        found: dict[str, Inbound] = {}
        budget = self._max_pages
        unfinished: dict[str, str] = {}
        for listing, uri in pages.items():
            next_uri: str | None = uri
            while next_uri and budget:
                page = self._get(next_uri)
                budget -= 1
                for item in require(self._api, page, "messages"):
                    inbound = self._inbound(item)
                    if inbound is not None and inbound.external_id not in found:
                        found[inbound.external_id] = inbound
                        day = inbound.occurred_at.date()
                        newest = day if newest is None else max(newest, day)
                next_uri = page.get("next_page_uri")
            if next_uri:
                unfinished[listing] = next_uri
        messages = list(found.values())
        if unfinished:
            state = {"since": since.isoformat(), "pages": unfinished}
            if newest:
                state["newest"] = newest.isoformat()
            return FetchResult(messages, state, more=True)
        return FetchResult(messages, {"since": ((newest or today) - timedelta(days=1)).isoformat()})

    def send(self, message: Outgoing) -> str:
        channel = message.channel
        if channel not in CHANNELS:
            raise PermanentError(f"Twilio cannot send {channel} messages, only SMS and WhatsApp")
        sender = self._senders[channel]
        if not sender:
            raise PermanentError(f"No Twilio number is set up to send {channel} messages")
        if len(message.body_text) > MAX_BODY_CHARS:
            raise PermanentError(
                f"The message has {len(message.body_text)} characters; Twilio sends at most"
                f" {MAX_BODY_CHARS}. Shorten it or split it into several messages."
            )
        form = {
            "To": _address(channel, message.recipient),
            "From": _address(channel, sender),
            "Body": message.body_text,
        }
        url = f"{self._base}{API_VERSION}/Accounts/{self._sid}/Messages.json"
        response = request(self._api, "POST", url, auth=self._auth, data=form)
        with response:
            return sent_result(
                self._api, lambda: str(require(self._api, parse_json(self._api, response), "sid"))
            )

    def close(self) -> None:
        if self._owns_session:
            self._api.session.close()

    # --- fetching ----------------------------------------------------------------------

    def _get(self, uri: str) -> Any:
        """GET a URI relative to the API's base URL (as Twilio's ``next_page_uri`` are)."""
        return request_json(self._api, "GET", self._base + uri, auth=self._auth)

    def _first_pages(self, since: date) -> dict[str, str]:
        pages = {}
        for channel, numbers in self._numbers.items():
            for number in numbers:
                query = urlencode(
                    {
                        "To": _address(channel, number),
                        "DateSent>": since.isoformat(),
                        "PageSize": self._page_size,
                    }
                )
                pages[f"{channel}:{number}"] = f"{API_VERSION}/Accounts/{self._sid}/Messages.json?{query}"
        return pages

    def _inbound(self, item: Any) -> Inbound | None:
        """The Inbound for one message resource; None for queued or outgoing ones."""
        try:
            if item["direction"] != "inbound" or not item["date_sent"]:
                return None
            sender, ours = str(item["from"]), str(item["to"]).removeprefix(WHATSAPP_PREFIX)
            channel = "whatsapp" if sender.startswith(WHATSAPP_PREFIX) else "sms"
            customer = sender.removeprefix(WHATSAPP_PREFIX)
            num_media = int(item.get("num_media") or 0)
            inbound = Inbound(
                channel=channel,
                external_id=str(item["sid"]),
                address_kind=CHANNELS[channel],
                customer_address=customer,
                occurred_at=parsedate_to_datetime(item["date_sent"]).astimezone(UTC),
                direction="in",
                body_text=item.get("body") or "",
                thread_keys=[f"twilio:{channel}:{customer}:{ours}"],
                meta={"to": ours, "status": item.get("status"), "num_media": num_media},
                default_region=self._region,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise unexpected(self._api, f"a message without a readable {exc}") from None
        if num_media:
            self._add_media(inbound, item)
        return inbound

    def _add_media(self, inbound: Inbound, item: dict[str, Any]) -> None:
        try:
            listing = self._get(require(self._api, item.get("subresource_uris"), "media"))
            media_list = require(self._api, listing, "media_list")
        except ChannelError as exc:
            inbound.problems.append(f"Attachments not downloaded: {exc}")
            return
        for media in media_list:
            self._download(inbound, media)

    def _download(self, inbound: Inbound, media: Any) -> None:
        try:
            sid = str(require(self._api, media, "sid"))
            content_type = str(media.get("content_type") or "application/octet-stream")
            url = self._base + str(require(self._api, media, "uri")).removesuffix(".json")
            with request(self._api, "GET", url, auth=self._auth, stream=True) as response:
                data = read_limited(self._api, url, response, MAX_MEDIA_BYTES)
        except ChannelError as exc:
            inbound.problems.append(f"Attachment not downloaded: {exc}")
            return
        if data is None:
            inbound.problems.append(
                f"Attachment {sid} ({content_type}) skipped: larger than {MAX_MEDIA_BYTES // 2**20} MB"
            )
            return
        extension = mimetypes.guess_extension(content_type.split(";")[0].strip()) or ""
        inbound.attachments.append(AttachmentData(f"{sid}{extension}", content_type, data))
