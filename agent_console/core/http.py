"""The one way the app makes HTTP sessions: timeouts are the caller's, retries are here.

Idempotent requests (GET) are retried with exponential backoff on connection errors,
429 and 5xx, honouring Retry-After.  Requests that change something (sending a message)
are not retried here: the outbox decides when to try again, so a reply is never sent
twice by a transport-level retry.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

RETRY_STATUSES = (429, 500, 502, 503, 504)


def http_session(retries: int = 3, backoff: float = 0.5, purpose: str = "") -> requests.Session:
    retry = Retry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        backoff_factor=backoff,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=("GET",),
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    session = requests.Session()
    session.mount("http://", HTTPAdapter(max_retries=retry))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.headers["User-Agent"] = "AgentConsole/1" + (f" (+{purpose})" if purpose else "")
    return session


def retry_after_seconds(response: requests.Response, now: datetime | None = None) -> float | None:
    """Retry-After as seconds (it may be a number or an HTTP date); None if absent or unreadable."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
