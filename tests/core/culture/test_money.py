"""Exchange rates through the real client against local HTTP servers speaking each feed's format."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from agent_console.core.culture import money

ECB_XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
\t<gesmes:subject>Reference rates</gesmes:subject>
\t<gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
\t<Cube>
\t\t<Cube time='2026-11-20'>
\t\t\t<Cube currency='USD' rate='1.1000'/>
\t\t\t<Cube currency='JPY' rate='170.00'/>
\t\t\t<Cube currency='TRY' rate='45.0000'/>
\t\t</Cube>
\t</Cube>
</gesmes:Envelope>"""

CBU_JSON = json.dumps(
    [
        {
            "id": 69,
            "Code": "840",
            "Ccy": "USD",
            "CcyNm_RU": "Доллар США",
            "CcyNm_UZ": "AQSH dollari",
            "CcyNm_UZC": "АҚШ доллари",
            "CcyNm_EN": "US Dollar",
            "Nominal": "1",
            "Rate": "12000.00",
            "Diff": "1.5",
            "Date": "20.11.2026",
        },
        {
            "id": 21,
            "Code": "978",
            "Ccy": "EUR",
            "CcyNm_RU": "Евро",
            "CcyNm_UZ": "EVRO",
            "CcyNm_UZC": "ЕВРО",
            "CcyNm_EN": "Euro",
            "Nominal": "1",
            "Rate": "13200.00",
            "Diff": "2.0",
            "Date": "20.11.2026",
        },
        {
            "id": 47,
            "Code": "496",
            "Ccy": "MNT",
            "CcyNm_RU": "Монгольский тугрик",
            "CcyNm_UZ": "Mongoliya tugriki",
            "CcyNm_UZC": "Монголия тугриги",
            "CcyNm_EN": "Mongolian Tugrik",
            "Nominal": "10",
            "Rate": "35.00",
            "Diff": "0.01",
            "Date": "20.11.2026",
        },
    ],
    ensure_ascii=False,
).encode()

NBG_JSON = json.dumps(
    [
        {
            "date": "2026-11-21T00:00:00.000Z",
            "currencies": [
                {
                    "code": "USD",
                    "quantity": 1,
                    "rateFormated": "2.7000",
                    "diffFormated": "0.0010",
                    "rate": 2.7,
                    "name": "US Dollar",
                    "diff": 0.001,
                    "date": "2026-11-20T17:00:00.000Z",
                    "validFromDate": "2026-11-21T00:00:00.000Z",
                },
                {
                    "code": "UZS",
                    "quantity": 1000,
                    "rateFormated": "0.2250",
                    "diffFormated": "0.0001",
                    "rate": 0.225,
                    "name": "Uzbekistani Som",
                    "diff": 0.0001,
                    "date": "2026-11-20T17:00:00.000Z",
                    "validFromDate": "2026-11-21T00:00:00.000Z",
                },
            ],
        }
    ]
).encode()


class Feed:
    """A scripted local server: each path answers from a queue of (status, headers, body, delay)."""

    def __init__(self) -> None:
        self.script: dict[str, list[tuple[int, dict[str, str], bytes, float]]] = {}
        self.hits: dict[str, int] = {}
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                feed.hits[self.path] = feed.hits.get(self.path, 0) + 1
                queue = feed.script.get(self.path) or [(404, {}, b"not found", 0.0)]
                status, headers, body, delay = queue.pop(0) if len(queue) > 1 else queue[0]
                time.sleep(delay)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(
                    BrokenPipeError, ConnectionResetError
                ):  # the client gave up: expected
                    self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def answer(self, path: str, *responses: tuple[int, dict[str, str], bytes, float]) -> None:
        self.script[path] = list(responses)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def ok(body: bytes) -> tuple[int, dict[str, str], bytes, float]:
    return (200, {"Content-Type": "application/json"}, body, 0.0)


@pytest.fixture
def feed() -> Iterator[Feed]:
    server = Feed()
    yield server
    server.close()


@pytest.fixture
def urls(feed: Feed) -> dict[str, str]:
    return {"ECB": feed.url("/ecb"), "CBU": feed.url("/cbu"), "NBG": feed.url("/nbg")}


def quick_http() -> requests.Session:
    return money.http_session(retries=2, backoff=0.01)


def test_real_formats_are_parsed_and_cross_rates_found(database, feed: Feed, urls: dict[str, str]) -> None:
    feed.answer("/ecb", ok(ECB_XML))
    feed.answer("/cbu", ok(CBU_JSON))
    feed.answer("/nbg", ok(NBG_JSON))
    with database.session() as s:
        results = money.fetch_all(s, urls, quick_http())
    assert [(r.source, r.ok, r.count) for r in results] == [
        ("ECB", True, 3),
        ("CBU", True, 3),
        ("NBG", True, 2),
    ]
    with database.session() as s:
        direct = money.convert(s, 100, "EUR", "USD")
        assert direct.result == pytest.approx(110.0) and direct.sources == ("ECB",)
        # 49.90 EUR in Mongolian tögrög: EUR -> UZS (CBU) -> MNT (CBU, nominal 10)
        mnt = money.convert(s, 49.90, "EUR", "MNT")
        assert mnt.result == pytest.approx(49.90 * 13200 / 3.5)
        assert mnt.path == ("EUR", "UZS", "MNT") and mnt.rates_date == date(2026, 11, 20)
        gel = money.convert(s, 1000, "UZS", "GEL")
        assert gel.result == pytest.approx(0.225) and gel.sources == ("NBG",)
        assert money.convert(s, 5, "GEL", "GEL").result == 5
        with pytest.raises(money.NoRate):
            money.convert(s, 1, "EUR", "XAF")
        assert mnt.stale(date(2026, 11, 23)) is False and mnt.stale(date(2026, 12, 10)) is True


@pytest.mark.parametrize(
    ("responses", "error"),
    [
        ([(500, {}, b"oops", 0.0)], "HTTP 500"),
        ([(200, {"Content-Type": "text/html"}, b"<html><body>Maintenance</body></html>", 0.0)], "not JSON"),
        ([ok(b'{"Ccy": "USD"}')], "expected a non-empty list"),
        ([ok(b'[{"Ccy": "USD", "Nominal": "1", "Rate": "abc", "Date": "20.11.2026"}]')], "not a number"),
        ([ok(b"")], "not JSON"),
    ],
)
def test_garbage_keeps_the_last_good_rates_and_says_why(
    database, feed: Feed, urls: dict[str, str], responses: list, error: str
) -> None:
    feed.answer("/cbu", ok(CBU_JSON))
    provider = next(p for p in money.providers(urls) if p.name == "CBU")
    with database.session() as s:
        assert money.fetch(s, provider, quick_http()).ok
    feed.answer("/cbu", *responses)
    with database.session() as s:
        result = money.fetch(s, provider, quick_http())
        assert not result.ok and error in (result.error or "")
        assert result.rates_date == date(2026, 11, 20)
    with database.session() as s:
        assert money.convert(s, 1, "USD", "UZS").result == pytest.approx(12000)  # still there
        assert error in money.status(s)[0].last_error


def test_retries_honour_retry_after_then_succeed(database, feed: Feed, urls: dict[str, str]) -> None:
    feed.answer("/ecb", (429, {"Retry-After": "1"}, b"slow down", 0.0), (503, {}, b"busy", 0.0), ok(ECB_XML))
    provider = next(p for p in money.providers(urls) if p.name == "ECB")
    started = time.monotonic()
    with database.session() as s:
        result = money.fetch(s, provider, quick_http())
    assert result.ok and feed.hits["/ecb"] == 3
    assert time.monotonic() - started >= 1.0  # waited as Retry-After asked


def test_timeouts_and_a_server_that_is_down(database, feed: Feed, urls: dict[str, str]) -> None:
    feed.answer("/nbg", (200, {}, NBG_JSON, 1.5))
    provider = next(p for p in money.providers(urls) if p.name == "NBG")
    with database.session() as s:
        slow = money.fetch(s, provider, money.http_session(retries=0), timeout=(1.0, 0.3))
    assert not slow.ok and "Timeout" in (slow.error or "")
    down = money.Provider("ECB", "down", "http://127.0.0.1:9/ecb", money.parse_ecb)
    with database.session() as s:
        result = money.fetch(s, down, money.http_session(retries=0), timeout=(0.5, 0.5))
    assert not result.ok and "ConnectionError" in (result.error or "")


def test_snapshot_round_trip_keeps_dates_and_labels(
    database, feed: Feed, urls: dict[str, str], tmp_path: Path
) -> None:
    feed.answer("/ecb", ok(ECB_XML))
    with database.session() as s:
        money.fetch(s, next(p for p in money.providers(urls) if p.name == "ECB"), quick_http())
    path = tmp_path / "snapshot.json"
    with database.session() as s:
        assert money.write_snapshot(s, path) == 3
    from agent_console.core.db import Database

    fresh = Database.open(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    with fresh.session() as s:
        assert money.load_snapshot(s, path) == 3
        assert money.load_snapshot(s, path) == 0  # only into an empty cache
    with fresh.session() as s:
        c = money.convert(s, 1, "EUR", "JPY")
        assert c.sources == ("ECB (snapshot)",) and c.rates_date == date(2026, 11, 20)
    fresh.close()


def test_parsers_reject_what_is_not_rates() -> None:
    for parse, content in (
        (money.parse_ecb, b"<html>no</html>"),
        (money.parse_ecb, b"not xml at all"),
        (money.parse_nbg, b"[]"),
        (money.parse_nbg, b'[{"date": "x", "currencies": []}]'),
    ):
        with pytest.raises(money.RateFeedError):
            parse(content)


def test_money_is_formatted_for_the_customer() -> None:
    assert (
        money.currency_for("UZ") == "UZS"
        and money.currency_for("GE") == "GEL"
        and money.currency_for(None) is None
    )
    assert money.format_money(49.9, "EUR", "de_DE") == "49,90\xa0€"
    formatted: Callable[[str], str] = lambda loc: money.format_money(1234.5, "USD", loc)  # noqa: E731
    assert formatted("en_US") == "$1,234.50"


def test_the_shipped_snapshot_is_real_dated_and_labelled(database) -> None:
    data = json.loads(money.snapshot_path().read_text(encoding="utf-8"))
    assert "eurofxref" in data["provenance"] and data["rates"]
    with database.session() as s:
        assert money.load_snapshot(s) == len(data["rates"])
    with database.session() as s:
        conversion = money.convert(s, 100, "EUR", "USD")
        assert conversion.sources == ("ECB (snapshot)",)
        assert conversion.rates_date == date.fromisoformat(data["rates"][0]["date"])


def test_two_workers_loading_the_snapshot_at_once(tmp_path: Path) -> None:
    """Two conversions on a fresh database both try to seed the cache; neither may fail."""
    from agent_console.core.db import Database

    db = Database.open(f"sqlite:///{tmp_path / 'race.sqlite3'}")
    with db.session() as first, db.session() as second:
        assert money.load_snapshot(first) > 0
        first.flush()
        first.commit()
        assert money.load_snapshot(second) == 0  # sees the rows, or loses the race quietly
    with db.session() as s:
        assert money.convert(s, 1, "EUR", "USD").sources == ("ECB (snapshot)",)
    db.close()
