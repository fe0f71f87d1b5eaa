"""Shared plumbing of the JSON HTTP connectors (Twilio, Telegram): one request, mapped outcomes.

:func:`request` performs one request with a (connect, read) timeout on a session from
:func:`agent_console.core.http.http_session` (which retries GETs, never POSTs) and turns
every failure into a :class:`TransientError` or :class:`PermanentError` whose message a
person can read:

- no connection, timeout, a broken transfer -> ``TransientError("Cannot reach <host>: ...")``;
- 429 and 5xx -> ``TransientError`` with ``retry_after`` from the Retry-After header, else
  from the body (each provider's :data:`ErrorReader` finds it there);
- 401/403 -> ``PermanentError("<provider> refused the credentials")``;
- other 4xx -> ``PermanentError`` carrying the provider's own error message;
- a body that is not JSON -> ``TransientError``: it is nearly always an HTML page from a
  proxy or a load balancer, gone on the next try; so is JSON of an unexpected shape
  (:func:`unexpected`);
- a *send* (POST) whose request may have arrived but whose answer did not (a read timeout, a
  dropped connection, a garbled 2xx, see :func:`sent_result`) -> ``UncertainError``: the
  outbox leaves it to an agent instead of risking a second delivery.

Secrets (API tokens; Telegram's sits in the URL path) never reach a message: every text
built from a URL, an exception or a provider's answer goes through :func:`redact`, and the
requests library's exception is not chained (``from None``), so a logged traceback does not
carry its URL either.  urllib3 writes request lines, URLs included, to its DEBUG log;
connectors :func:`register_secret` their tokens, and a filter on urllib3's loggers replaces
them in every record before any handler sees it.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

import requests
from urllib3.exceptions import NewConnectionError
from urllib3.exceptions import TimeoutError as Urllib3Timeout

from agent_console.channels.base import ChannelError, PermanentError, TransientError, UncertainError
from agent_console.core.http import retry_after_seconds

REDACTED = "***"
SNIPPET_CHARS = 80
#: How urllib3 names the connection in front of a network error ("HTTPConnection(host=..., port=...): ").
_CONNECTION_PREFIX = re.compile(r"^(<[^>]*>|\w+Connection\([^)]*\)): ")
#: Loggers that write URLs (request lines, retries, redirects, header-parsing warnings).
URL_LOGGERS = (
    "urllib3",
    "urllib3.connection",
    "urllib3.connectionpool",
    "urllib3.poolmanager",
    "urllib3.response",
    "urllib3.util.retry",
    "requests",
)

_registry_lock = threading.Lock()
_registered: frozenset[str] = frozenset()


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret (as is and percent-encoded) replaced by ``***``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED).replace(quote(secret, safe=""), REDACTED)
    return text


def register_secret(secret: str) -> None:
    """Keep ``secret`` out of urllib3's and requests' log records from now on."""
    global _registered
    if secret:
        with _registry_lock:
            _registered = _registered | {secret}


class _RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        secrets = _registered  # one read: registering swaps the set, never mutates it
        if not secrets:
            return True
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a broken format: logging reports it as usual
            return True
        clean = redact(message, secrets)
        if clean != message:
            record.msg, record.args = clean, None
        return True


_FILTER = _RedactSecrets()
for _name in URL_LOGGERS:
    logging.getLogger(_name).addFilter(_FILTER)


@dataclass(frozen=True)
class ApiError:
    """What a provider's error body says: its message for people, and when to retry."""

    message: str | None = None
    retry_after: float | None = None


#: Reads a provider's error body (parsed JSON, or None when it was not JSON).
ErrorReader = Callable[[Any], ApiError]


@dataclass(frozen=True)
class Api:
    """One provider account as the helpers need it."""

    provider: str  # "Twilio", "Telegram": names the service in messages
    session: requests.Session
    timeout: tuple[float, float]  # (connect, read) seconds
    read_error: ErrorReader
    secrets: tuple[str, ...] = ()
    #: Statuses that mean "wrong credentials" (Telegram's 403 means the user blocked the bot).
    credential_statuses: tuple[int, ...] = (401, 403)
    #: Messages for people that replace the generic one for these (permanent) statuses.
    status_messages: Mapping[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for secret in self.secrets:
            register_secret(secret)

    def redact(self, text: str) -> str:
        return redact(text, self.secrets)


def request(api: Api, method: str, url: str, **kwargs: Any) -> requests.Response:
    """A 2xx response to ``method url``; everything else raises a :class:`ChannelError`.

    With ``stream=True`` the caller closes the response (``with``); its body is read with
    :func:`read_limited`.
    """
    try:
        response = api.session.request(method, url, timeout=api.timeout, **kwargs)
    except requests.RequestException as exc:
        error = unreachable(api, url, exc)
        if method != "GET" and not _never_connected(exc):
            # The request may have been received and acted on; only the answer was lost.
            raise UncertainError(f"{error}. {api.provider} may have received it.") from None
        raise error from None
    if 200 <= response.status_code < 300:
        return response
    with response:
        raise status_error(api, response.status_code, _json_or_none(response), response)


def request_json(api: Api, method: str, url: str, **kwargs: Any) -> Any:
    """The parsed JSON body of a 2xx answer (see :func:`request`)."""
    response = request(api, method, url, **kwargs)
    with response:
        return parse_json(api, response)


def parse_json(api: Api, response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        snippet = api.redact(response.text[:SNIPPET_CHARS])
        raise GarbledAnswer(
            f"{api.provider} answered with something that is not JSON (HTTP {response.status_code},"
            f" first {SNIPPET_CHARS} characters: {snippet!r})"
        ) from None


def read_limited(api: Api, url: str, response: requests.Response, limit: int) -> bytes | None:
    """The body of a streamed response, or None if it is longer than ``limit`` bytes."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    data = bytearray()
    try:
        for chunk in response.iter_content(64 * 1024):
            data += chunk
            if len(data) > limit:
                return None
    except requests.RequestException as exc:
        raise unreachable(api, url, exc) from None
    return bytes(data)


def status_error(api: Api, status: int, body: Any, response: requests.Response | None = None) -> ChannelError:
    """The error for a non-2xx ``status`` (or a provider's in-body error code)."""
    said = api.read_error(body)
    header_wait = retry_after_seconds(response) if response is not None else None
    retry_after = header_wait if header_wait is not None else said.retry_after
    detail = api.redact(said.message or (response.reason if response is not None else "") or "no details")
    if status in api.status_messages:
        return PermanentError(api.status_messages[status])
    if status in api.credential_statuses:
        return PermanentError(f"{api.provider} refused the credentials")
    if status == 429:
        return TransientError(f"{api.provider} asks to slow down (HTTP 429): {detail}", retry_after)
    if status >= 500:
        return TransientError(f"{api.provider} is having trouble (HTTP {status}): {detail}", retry_after)
    if 400 <= status < 500:
        return PermanentError(f"{api.provider} rejected the request (HTTP {status}): {detail}")
    return TransientError(f"{api.provider} answered with an unexpected HTTP {status}: {detail}", retry_after)


def unreachable(api: Api, url: str, exc: requests.RequestException) -> TransientError:
    host = urlsplit(url).hostname or url
    cause = _cause(exc)
    # A GET that timed out on every retry arrives as a ConnectionError around urllib3's
    # timeout; a refused connection is a urllib3 "timeout" subclass that is none.
    timed_out = isinstance(cause, Urllib3Timeout) and not isinstance(cause, NewConnectionError)
    if isinstance(exc, requests.Timeout) or timed_out:
        return TransientError(f"Cannot reach {host}: no answer within {api.timeout[1]:g} s")
    reason = _CONNECTION_PREFIX.sub("", str(cause))
    return TransientError(f"Cannot reach {host}: {api.redact(reason)}")


def unexpected(api: Api, what: str) -> TransientError:
    """JSON that lacks what the documented API promises (``what``: which part)."""
    return GarbledAnswer(f"{api.provider} answered in an unexpected form ({api.redact(what)})")


def require(api: Api, obj: Any, key: str) -> Any:
    """``obj[key]`` of a JSON object, or :func:`unexpected` if there is no such member."""
    if not isinstance(obj, dict) or obj.get(key) is None:
        raise unexpected(api, f"no '{key}'")
    return obj[key]


def _never_connected(exc: requests.RequestException) -> bool:
    """True when the request provably never reached the server (refused, DNS, connect timeout)."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    cause = _cause(exc)
    return isinstance(cause, NewConnectionError) or type(cause).__name__ in (
        "ConnectTimeoutError",
        "NameResolutionError",
    )


class GarbledAnswer(TransientError):
    """A 2xx answer that is not the documented JSON (a proxy's page, a truncated body)."""


def sent_result(api: Api, read: Callable[[], str]) -> str:
    """The provider's id from a 2xx answer to a send; a garbled answer makes the send uncertain."""
    try:
        return read()
    except GarbledAnswer as exc:
        raise UncertainError(f"{exc}; the message may have been sent.") from None


def _cause(exc: requests.RequestException) -> BaseException:
    """The underlying network error: requests wraps urllib3's MaxRetryError, which wraps it."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    reason = getattr(inner, "reason", None)
    return reason if isinstance(reason, BaseException) else inner


def _json_or_none(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None
