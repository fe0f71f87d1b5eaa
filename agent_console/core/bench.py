"""``agent-console bench``: the figures behind docs/BENCHMARKS.md.

Builds (or reuses) a realistic database — 100k customers, 1M events, one customer with a
50,000-event history — and measures what an agent feels: the first screen of a long
timeline, each further page, search per keystroke, and cold start.  Beside each figure it
prints the time of the bare SQL (sqlite3, no SQLAlchemy, no objects) that fetches the same
rows, so the app's overhead over the database shows as a ratio.  Memory: Python heap held
by the timeline model after the first page, for a 50k-event history and for a short one.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from agent_console import paths
from agent_console.core import customers as core_customers
from agent_console.core import demo
from agent_console.core import timeline as core_timeline
from agent_console.core.db import Database
from agent_console.core.models import Customer, Event, Identity, Interaction

BARE_PAGE = """
SELECT e.id, e.interaction_id, e.channel, e.kind, e.direction, e.author_name, e.subject,
       substr(e.body_text, 1, {preview}), length(e.body_text), e.occurred_at, e.duration_seconds,
       e.delivery_status, i.subject, i.status, o.disposition, o.resolved, o.csat,
       (SELECT count(c.id) FROM coaching_comments c WHERE c.event_id = e.id), e.meta
FROM events e JOIN interactions i ON i.id = e.interaction_id
LEFT JOIN outcomes o ON o.interaction_id = e.interaction_id
WHERE e.customer_id = ? {keyset}
ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?
"""


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(p95 * 1000, 3),
        "max_ms": round(ordered[-1] * 1000, 3),
        "n": len(ordered),
    }


def _timed(fn: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    samples, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - started)
    return samples, result


def _with_ratio(app: dict[str, float], bare: dict[str, float]) -> dict[str, Any]:
    ratio = app["median_ms"] / bare["median_ms"] if bare["median_ms"] else None
    return {"app": app, "bare_sql": bare, "ratio_app_over_sql": round(ratio, 2) if ratio else None}


def _settle_database(db: Database) -> None:
    """After a bulk build: fold the WAL into the file and give the planner statistics."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("ANALYZE")


def bench_database(args: argparse.Namespace) -> tuple[Path, Database, dict[str, Any]]:
    path = (
        Path(args.path)
        if args.path
        else paths.cache_dir() / "bench" / f"bench-{args.customers}-{args.events}.sqlite3"
    )
    if args.rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    db = Database.open(f"sqlite:///{path}")
    built = None
    with db.session() as s:
        empty = s.scalar(select(func.count()).select_from(Customer)) == 0
    if empty:
        print(f"building the benchmark database at {path} …", file=sys.stderr)
        summary = demo.generate(
            db, customers=args.customers, events=args.events, seed=42, heavy_customer_events=args.heavy
        )
        built = round(summary.seconds, 1)
        _settle_database(db)
    with db.session() as s:
        info = {
            "path": str(path),
            "size_mb": round(path.stat().st_size / 1e6, 1),
            "customers": s.scalar(select(func.count()).select_from(Customer)),
            "events": s.scalar(select(func.count()).select_from(Event)),
            "build_seconds": built,
        }
    return path, db, info


def bench_timeline(db: Database, raw: sqlite3.Connection, customer_id: int) -> dict[str, Any]:
    size = core_timeline.PAGE_SIZE

    def first_page() -> list:
        with db.session() as s:
            return core_timeline.page(s, customer_id, limit=size)

    first_app, rows = _timed(first_page, 30)
    bare_first_sql = BARE_PAGE.format(preview=core_timeline.PREVIEW_CHARS, keyset="")
    first_bare, raw_rows = _timed(lambda: raw.execute(bare_first_sql, (customer_id, size)).fetchall(), 30)
    assert [r.id for r in rows] == [r[0] for r in raw_rows], "app and bare SQL disagree"

    next_sql = BARE_PAGE.format(
        preview=core_timeline.PREVIEW_CHARS, keyset="AND (e.occurred_at, e.id) < (?, ?)"
    )
    app_pages: list[float] = []
    bare_pages: list[float] = []
    cursor = rows[-1].cursor
    raw_cursor = (raw_rows[-1][9], raw_rows[-1][0])
    for _ in range(40):
        started = time.perf_counter()
        with db.session() as s:
            page = core_timeline.page(s, customer_id, before=cursor, limit=size)
        app_pages.append(time.perf_counter() - started)
        started = time.perf_counter()
        raw_page = raw.execute(next_sql, (customer_id, *raw_cursor, size)).fetchall()
        bare_pages.append(time.perf_counter() - started)
        assert [r.id for r in page] == [r[0] for r in raw_page]
        cursor, raw_cursor = page[-1].cursor, (raw_page[-1][9], raw_page[-1][0])
    with db.session() as s:
        history = core_timeline.count(s, customer_id)
    return {
        "customer_events": history,
        "first_page": _with_ratio(_ms(first_app), _ms(first_bare)),
        "further_pages": _with_ratio(_ms(app_pages), _ms(bare_pages)),
    }


def bench_search(db: Database, raw: sqlite3.Connection) -> dict[str, Any]:
    with db.session() as s:
        sample = s.execute(
            select(Customer.display_name, Customer.search_text).where(Customer.id == 4242)
        ).one()
    family = sample[0].split()[-1]
    email = next((w for w in sample[1].split() if "@" in w), "gmail")
    phone = next((w for w in sample[1].split() if w.isdigit() and len(w) >= 9), "99890")
    queries = {
        "name": family,
        "email": email.split("@")[0],
        "phone": phone[-7:],
        "no_match": "zqxjv",
        "rare_two_letters": "zq",
        "single_common_letter": "a",
    }
    result: dict[str, Any] = {"queries": queries}
    all_app: list[float] = []
    all_bare: list[float] = []
    for label, query in queries.items():
        app_times, bare_times = [], []
        for n in range(1, len(query) + 1):
            prefix = query[:n]
            started = time.perf_counter()
            with db.session() as s:
                hits = core_customers.search(s, prefix)
            app_times.append(time.perf_counter() - started)
            stmt = core_customers.search_statement(prefix, "sqlite")
            assert stmt is not None
            sql = str(stmt.compile(dialect=db.engine.dialect, compile_kwargs={"literal_binds": True}))
            started = time.perf_counter()
            raw_hits = raw.execute(sql).fetchall()
            bare_times.append(time.perf_counter() - started)
            assert [h.id for h in hits] == [r[0] for r in raw_hits]
        all_app += app_times
        all_bare += bare_times
        result[label] = _with_ratio(_ms(app_times), _ms(bare_times))
    result["all_keystrokes"] = _with_ratio(_ms(all_app), _ms(all_bare))
    return result


def bench_ui(db: Database, heavy_id: int, short_id: int) -> dict[str, Any]:
    """The real timeline model and view, offscreen: first screen painted, memory per history length."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from agent_console.ui.tasks import TaskRunner
    from agent_console.ui.timeline import TimelinePanel

    app = QApplication.instance() or QApplication([])
    tasks = TaskRunner(db)
    panel = TimelinePanel(tasks)
    panel.resize(900, 900)
    panel.show()

    def wait_for(signal: Any) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    def open_customer(customer_id: int) -> float:
        started = time.perf_counter()
        panel.show_customer(customer_id, "bench")
        wait_for(panel.model.page_loaded)
        app.processEvents()
        panel.view.viewport().grab()  # laid out and painted: the first screen is ready
        return time.perf_counter() - started

    open_customer(short_id)  # warm-up (fonts, icons)
    screens = [open_customer(heavy_id) for _ in range(15)]

    fetched, laid_out, painted = [], [], []
    for _ in range(20):
        # As when the agent scrolls: the view is at the bottom when the next page is asked for.
        panel.view.scrollToBottom()
        app.processEvents()
        panel.view.viewport().repaint()
        started = time.perf_counter()
        panel.model.fetchMore()
        wait_for(panel.model.page_loaded)
        fetched.append(time.perf_counter() - started)
        started = time.perf_counter()
        panel.view.doItemsLayout()
        laid_out.append(time.perf_counter() - started)
        started = time.perf_counter()
        panel.view.viewport().repaint()
        painted.append(time.perf_counter() - started)
        app.processEvents()
    rows_after_pages = panel.model.rowCount()

    def held_bytes(customer_id: int) -> int:
        panel.show_customer(None)
        app.processEvents()
        tracemalloc.start()
        before = tracemalloc.take_snapshot()
        panel.show_customer(customer_id, "bench")
        wait_for(panel.model.page_loaded)
        app.processEvents()
        after = tracemalloc.take_snapshot()
        tracemalloc.stop()
        return sum(stat.size_diff for stat in after.compare_to(before, "filename"))

    heavy_bytes = held_bytes(heavy_id)
    short_bytes = held_bytes(short_id)
    rows_per_page = panel.model.rowCount()
    panel.close()
    tasks.wait()
    return {
        "first_screen_painted": _ms(screens),
        "further_page": {
            "fetched_into_model": _ms(fetched),
            "view_layout": _ms(laid_out),
            "viewport_repaint": _ms(painted),
            "total": _ms([a + b + c for a, b, c in zip(fetched, laid_out, painted, strict=True)]),
            "rows_held_after_20_pages": rows_after_pages,
        },
        "memory_after_first_page_kib": {
            "50k_event_history": round(heavy_bytes / 1024, 1),
            "short_history": round(short_bytes / 1024, 1),
            "rows_held": rows_per_page,
        },
    }


def bench_startup(path: Path, runs: int = 5) -> dict[str, Any]:
    """From spawning the process to the main window showing the first inbox page (read from its stdout)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENT_CONSOLE_FETCH_RATES="0")
    to_ready, in_process = [], []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "agent_console", "--db", f"sqlite:///{path}", "--measure-startup"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("startup_ms="):
                to_ready.append(time.perf_counter() - started)
                in_process.append(int(line.split("=")[1]) / 1000)
                break
        _out, err = proc.communicate(timeout=120)
        if len(to_ready) < len(in_process) or not to_ready:
            return {"error": err.strip()[-500:]}
    return {"process_start_to_interactive": _ms(to_ready), "of_which_after_imports": _ms(in_process)}


def bench_culture(db: Database) -> dict[str, Any]:
    """Issue 4: the locale panel for a new conversation, and draft checks per keystroke."""
    from agent_console.core.culture import drafts, reference
    from agent_console.core.culture import panel as culture_panel

    with db.session() as s:
        ids = list(s.scalars(select(Customer.id).where(Customer.id > 100).order_by(Customer.id).limit(40)))
        culture_panel.for_customer(s, ids[0])  # warm the reference data and holiday calendars once
    panel_times = []
    for customer_id in ids[1:]:
        started = time.perf_counter()
        with db.session() as s:
            culture_panel.for_customer(s, customer_id, "en")
        panel_times.append(time.perf_counter() - started)
    results: dict[str, Any] = {"panel_facts_new_conversation": _ms(panel_times)}
    samples = {
        "ka": (
            "გამარჯობათ, ნინო! მადლობა, რომ დაგვიკავშირდით. თქვენი შეკვეთა გზაშია და მალე მიიღებთ. ",
            "GE",
            "GEL",
        ),
        "de": (
            "Guten Tag Frau Weber, vielen Dank für Ihre Nachricht. Ihre Bestellung ist unterwegs. ",
            "DE",
            "EUR",
        ),
        "ja": ("山田様、いつもご利用いただきありがとうございます。ご注文の商品は発送済みです。", "JP", "JPY"),
    }
    for language, (sentence, country, currency) in samples.items():
        text = (sentence * 80)[:2000]
        ctx = drafts.DraftContext(language, reference.country(country), currency, "Nino", "Weber")
        keystrokes = []
        for end in range(1800, 2001, 2):  # the last 100 keystrokes of a 2,000-character draft
            started = time.perf_counter()
            drafts.check(text[:end], ctx)
            keystrokes.append(time.perf_counter() - started)
        results[f"draft_checks_2000_chars_{language}"] = _ms(keystrokes)
    return results


def bench_replies() -> dict[str, Any]:
    """Issue 3: search over 5,000 replies x 13 locales per keystroke; rendering one reply."""
    import json as _json

    from agent_console.core.replies import library, template
    from agent_console.core.replies.template import Money, RenderContext
    from agent_console.core.text import fold as _fold

    folder = paths.resources_dir() / "replies"
    spec = _json.loads((folder / "_library.json").read_text(encoding="utf-8"))
    variants = {
        p.stem: _json.loads(p.read_text(encoding="utf-8"))["replies"]
        for p in folder.glob("*.json")
        if not p.name.startswith("_")
    }
    entries = []
    copies = -(-5000 // len(spec["replies"]))
    for n in range(copies):
        for item in spec["replies"]:
            if len(entries) == 5000:
                break
            entry = library._Entry(
                len(entries) + 1, f"{item['key']}_{n}", (n * 7) % 50, tuple(item["channels"])
            )
            for locale, replies in variants.items():
                v = replies[item["key"]]
                entry.names[locale] = _fold(f"{v['title']} {n}")
                entry.heads[locale] = _fold(" ".join([*v["tags"], entry.key.replace("_", " ")]))
                entry.texts[locale] = _fold(v["body"])
            entries.append(entry)
    index = library.SearchIndex(entries)
    queries = {
        ("ka"): "refund confirm",
        ("ru"): "возврат средств",
        ("ja"): "password reset",
        ("uz"): "to'lov",
        ("de"): "pasword",
    }
    keystrokes: list[float] = []
    per_query: dict[str, Any] = {}
    for locales, query in queries.items():
        times = []
        for end in range(1, len(query) + 1):
            started = time.perf_counter()
            index.search(query[:end], locales)
            times.append(time.perf_counter() - started)
        keystrokes += times
        per_query[f"{query} ({'/'.join(locales)})"] = _ms(times)
    ru = variants["ru"]["refund_confirmation"]["body"]
    ar = variants["ar"]["refund_confirmation"]["body"]
    values = {
        "customer_name": "Анна",
        "amount": Money(template.Decimal("1250.50"), "RUB"),
        "payment_methods": ["Мир", "СБП"],
        "days": 3,
    }
    renders = []
    for body, locale in ((ru, "ru_RU"), (ar, "ar_SA")) * 200:
        started = time.perf_counter()
        template.render(body, values, RenderContext(locale, "Europe/Moscow"))
        renders.append(time.perf_counter() - started)
    return {
        "replies": len(entries),
        "locales": len(variants),
        "search_per_keystroke": _ms(keystrokes),
        "search_by_query": per_query,
        "render_money_list_plural": _ms(renders),
    }


def outcomes_database(interactions: int, rebuild: bool) -> tuple[Path, Database, dict[str, Any]]:
    """A year of *interactions* wrapped-up contacts (no message bodies: the KPIs never read them)."""
    import random
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import insert

    from agent_console.core.models import Agent, Interaction, Outcome
    from agent_console.core.outcomes import kpi

    path = paths.cache_dir() / "bench" / f"bench-outcomes-{interactions}.sqlite3"
    if rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database.open(f"sqlite:///{path}")
    timings: dict[str, float] = {}
    with db.session() as s:
        empty = not s.scalar(select(func.count()).select_from(Interaction))
    if empty:
        print(f"building the outcomes benchmark database at {path} …", file=sys.stderr)
        rng = random.Random(5)
        started = time.perf_counter()
        customers = max(1, interactions // 10)
        countries = [
            ("UZ", "uz"),
            ("GR", "el"),
            ("MN", "mn"),
            ("GE", "ka"),
            ("DE", "de"),
            ("US", "en"),
            ("JP", "ja"),
            ("BR", "pt"),
            ("SA", "ar"),
            ("KZ", "kk"),
            ("TR", "tr"),
            ("MX", "es"),
        ]
        channels = ("email", "phone", "sms", "whatsapp", "telegram", "chat", "social")
        queues = ("general", "billing", "shipping", "technical", "sales", "escalations")
        reasons = (
            "delivery_delay",
            "wrong_item",
            "refund_request",
            "payment_failed",
            "invoice_request",
            "account_login",
            "product_question",
            "complaint",
            "other",
        )
        with db.session() as s:
            s.execute(
                insert(Agent),
                [
                    {
                        "id": n,
                        "name": f"Agent {n}",
                        "role": "agent",
                        "locale": "en",
                        "timezone": "UTC",
                        "team": f"Tier {1 + n % 3}",
                        "active": True,
                    }
                    for n in range(1, 61)
                ],
            )
            s.execute(
                insert(Customer),
                [
                    {
                        "id": n,
                        "display_name": f"Customer {n}",
                        "name_key": "",
                        "search_text": "",
                        "country": countries[n % len(countries)][0],
                        "language": countries[n % len(countries)][1],
                        "attributes": {},
                    }
                    for n in range(1, customers + 1)
                ],
            )
        end = datetime(2026, 11, 1, tzinfo=UTC)
        chunk = 50_000
        for first in range(1, interactions + 1, chunk):
            inter_rows, outcome_rows = [], []
            for n in range(first, min(first + chunk, interactions + 1)):
                customer = rng.randint(1, customers)
                opened = end - timedelta(seconds=rng.randint(0, 365 * 86400))
                closed = opened + timedelta(seconds=rng.randint(120, 3 * 86400))
                channel = rng.choice(channels)
                queue = rng.choice(queues)
                agent = rng.randint(1, 60)
                country, language = countries[customer % len(countries)]
                resolved = rng.random() < 0.8
                inter_rows.append(
                    {
                        "id": n,
                        "customer_id": customer,
                        "channel": channel,
                        "status": "closed",
                        "queue": queue,
                        "assigned_agent_id": agent,
                        "opened_at": opened,
                        "closed_at": closed,
                        "last_activity_at": closed,
                        "last_preview": "",
                        "unread": False,
                        "is_training": False,
                        "active_seconds": 0,
                    }
                )
                handle = rng.randint(60, 1800)
                outcome_rows.append(
                    {
                        "interaction_id": n,
                        "customer_id": customer,
                        "agent_id": agent,
                        "team": f"Tier {1 + agent % 3}",
                        "queue": queue,
                        "channel": channel,
                        "country": country,
                        "language": language,
                        "disposition": "answered" if resolved else "escalated",
                        "reason": rng.choice(reasons),
                        "resolved": resolved,
                        "notes": "",
                        "csat": rng.randint(1, 5) if rng.random() < 0.35 else None,
                        "nps": rng.randint(0, 10) if rng.random() < 0.2 else None,
                        "ces": rng.randint(1, 7) if rng.random() < 0.15 else None,
                        "active_seconds": handle,
                        "acw_seconds": 60,
                        "handle_seconds": handle + 60,
                        "first_response_seconds": rng.randint(30, 20000) if channel != "phone" else None,
                        "opened_at": opened,
                        "closed_at": closed,
                        "opened_epoch": int(opened.timestamp()),
                        "closed_epoch": int(closed.timestamp()),
                        "day": closed.date(),
                        "first_contact": True,
                        "fcr": False,
                        "repeat": False,
                        "updated_at": closed,
                    }
                )
            with db.session() as s:
                s.execute(insert(Interaction), inter_rows)
                s.execute(insert(Outcome), outcome_rows)
        timings["insert_seconds"] = round(time.perf_counter() - started, 1)
        started = time.perf_counter()
        with db.session() as s:
            kpi.rebuild(s)
        timings["rebuild_links_and_rollup_seconds"] = round(time.perf_counter() - started, 1)
        _settle_database(db)
    with db.session() as s:
        info = {
            "path": str(path),
            "size_mb": round(path.stat().st_size / 1e6, 1),
            "outcomes": s.scalar(select(func.count()).select_from(Outcome)),
            **timings,
        }
    return path, db, info


def bench_outcomes(interactions: int = 1_000_000, rebuild: bool = False) -> dict[str, Any]:
    """Every dashboard figure for a year of contacts (target ≤ 500 ms at 1M), and a wrap-up saved
    with the next conversation shown (target ≤ 100 ms)."""
    from datetime import UTC, date, datetime, timedelta

    from sqlalchemy import insert

    from agent_console.core import conversation
    from agent_console.core import inbox as core_inbox
    from agent_console.core.models import Event, Interaction
    from agent_console.core.outcomes import kpi, wrapup

    _path, db, info = outcomes_database(interactions, rebuild)
    start, end = date(2025, 11, 1), date(2026, 10, 31)
    result: dict[str, Any] = {"database": info}
    try:
        for by in kpi.DIMENSIONS:
            with db.session() as s:
                samples, report = _timed(lambda s=s, by=by: kpi.report(s, start, end, by=by), 7)
            result[f"dashboard_year_by_{by}"] = _ms(samples)
        result["contacts_in_year"] = report.total.volume
        with db.session() as s:
            samples, _ = _timed(lambda: kpi.figures_raw(s, start, end), 3)
        result["same_totals_from_raw_outcomes"] = _ms(samples)
        with db.session() as s:
            samples, _ = _timed(lambda: kpi.drill(s, start, end, kpi="csat", dim="channel", item="email"), 7)
        result["drill_down_first_page"] = _ms(samples)

        # Wrap-up: 30 open conversations of customers with long histories; save one, show the next.
        now = datetime.now(UTC).replace(microsecond=0)
        with db.session() as s:
            first_id = (s.scalar(select(func.max(Interaction.id))) or 0) + 1
            rows, events = [], []
            for n in range(30):
                iid = first_id + n
                rows.append(
                    {
                        "id": iid,
                        "customer_id": 1 + n * 7,
                        "channel": "chat",
                        "status": "open",
                        "queue": "billing",
                        "assigned_agent_id": 1,
                        "opened_at": now - timedelta(minutes=30),
                        "last_activity_at": now - timedelta(minutes=n),
                        "last_preview": "Payment failed",
                        "unread": True,
                        "is_training": False,
                        "active_seconds": 120,
                    }
                )
                events += [
                    {
                        "interaction_id": iid,
                        "customer_id": 1 + n * 7,
                        "channel": "chat",
                        "kind": "message",
                        "direction": d,
                        "author_name": "x",
                        "body_text": "Payment failed",
                        "meta": {},
                        "occurred_at": now - timedelta(minutes=30 - k),
                    }
                    for k, d in enumerate(("in", "out"))
                ]
            s.execute(insert(Interaction), rows)
            s.execute(insert(Event), events)
        samples = []
        for n in range(30):
            iid = first_id + n
            started = time.perf_counter()
            with db.session() as s:
                wrapup.save(
                    s,
                    iid,
                    wrapup.WrapUp("payment_retried", "payment_failed", True, csat=5),
                    agent_id=1,
                    acw_seconds=20,
                )
            with db.session() as s:
                nxt = core_inbox.page(s, limit=100)
                if nxt:
                    conversation.open_conversation(s, nxt[0].interaction_id)
            samples.append(time.perf_counter() - started)
        result["wrap_up_saved_and_next_shown"] = _ms(samples)
    finally:
        db.close()
    return result


def _machine() -> dict[str, Any]:
    return {"python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version, "cpus": os.cpu_count()}


def run_bench(args: argparse.Namespace) -> dict[str, Any]:
    if args.only and set(args.only.split(",")) == {"mbox"}:
        return {"mbox": bench_mbox(args.mbox_messages), "machine": _machine()}  # needs no bench database
    if args.only and set(args.only.split(",")) == {"training"}:  # fills a training database of its own
        return {
            "training": bench_training(args.training_sessions, url=args.training_url),
            "machine": _machine(),
        }
    path, db, info = bench_database(args)
    raw = sqlite3.connect(str(path))
    try:
        with db.session() as s:
            heavy_id = s.execute(
                select(Event.customer_id, func.count())
                .where(Event.customer_id <= 3)
                .group_by(Event.customer_id)
                .order_by(func.count().desc())
                .limit(1)
            ).one()[0]
            short_id = s.execute(
                select(Event.customer_id).where(Event.customer_id > 100).limit(1)
            ).scalar_one()
        only = set(args.only.split(",")) if args.only else None
        wanted = lambda name: only is None or name in only  # noqa: E731
        figures: dict[str, Any] = {"database": info}
        if wanted("timeline"):
            figures["timeline"] = bench_timeline(db, raw, heavy_id)
        if wanted("search"):
            figures["search"] = bench_search(db, raw)
        if wanted("timeline_ui"):
            figures["timeline_ui"] = bench_ui(db, heavy_id, short_id)
        if wanted("replies"):
            figures["replies"] = bench_replies()
        if wanted("culture"):
            figures["culture"] = bench_culture(db)
        if only is not None and "outcomes" in only:
            figures["outcomes"] = bench_outcomes(args.outcome_interactions, args.rebuild)
        if only is not None and "arrival" in only:
            figures["arrival"] = bench_arrival(db)
        if wanted("cold_start") and not args.skip_startup:
            figures["cold_start"] = bench_startup(path)
        if only is not None and "mbox" in only:
            figures["mbox"] = bench_mbox(args.mbox_messages)
        figures["machine"] = _machine()
        return figures
    finally:
        raw.close()
        db.close()


# --- channels: mbox import and live arrival ----------------------------------------------

MBOX_LANGUAGES = (
    ("ნინო ბერიძე", "გამარჯობა, შეკვეთა {n} ჯერ არ მოსულა. როდის მივიღებ?"),
    ("Ελένη Γεωργίου", "Καλημέρα, η παραγγελία {n} δεν έχει φτάσει ακόμα. Πότε θα έρθει;"),
    ("Болд Батбаяр", "Сайн байна уу, {n} дугаар захиалга ирээгүй байна. Хэзээ ирэх вэ?"),
    ("Dilnoza Karimova", "Assalomu alaykum, {n}-buyurtma hali kelmadi. Qachon yetkaziladi?"),
    ("Анна Смирнова", "Здравствуйте, заказ {n} ещё не пришёл. Когда его доставят?"),
    ("ليلى حسن", "مرحبا، الطلب رقم {n} لم يصل بعد. متى سيصل؟"),
    ("佐藤 花子", "こんにちは。注文{n}がまだ届いていません。いつ届きますか？"),
    ("Sam Taylor", "Hi, order {n} has not arrived yet. When will it come?"),
)


def write_bench_mbox(path: Path, messages: int, customers: int = 5_000, seed: int = 5) -> Path:
    """A support mailbox of ``messages`` mails: customers' questions in eight languages and
    scripts (some HTML, some with a small attachment), our replies threaded to them."""
    import random
    from email.message import EmailMessage
    from email.utils import format_datetime

    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    last_of: dict[int, str] = {}
    with path.open("wb") as out:
        for n in range(messages):
            customer = rng.randrange(customers)
            name, text = MBOX_LANGUAGES[customer % len(MBOX_LANGUAGES)]
            when = start + timedelta(seconds=n * 300 + rng.randrange(300))
            mail = EmailMessage()
            address = f"customer{customer}@mail{customer % 40}.example"
            ours = customer in last_of and rng.random() < 0.35
            mail["From"] = "Shop Support <support@shop.example>" if ours else f"{name} <{address}>"
            mail["To"] = f"{name} <{address}>" if ours else "support@shop.example"
            mail["Subject"] = ("Re: " if customer in last_of else "") + f"{name}: #{10_000 + customer}"
            mail["Date"] = format_datetime(when)
            message_id = f"bench-{n}@{'shop' if ours else 'mail'}.example"
            mail["Message-ID"] = f"<{message_id}>"
            if customer in last_of:
                mail["In-Reply-To"] = f"<{last_of[customer]}>"
                mail["References"] = f"<{last_of[customer]}>"
            body = text.format(n=10_000 + customer) + "\n\n" + (name + "\n") * 3
            mail.set_content(body)
            if not ours and rng.random() < 0.3:
                mail.add_alternative(
                    f"<html><body><p>{body}</p><p><b>{name}</b></p></body></html>", subtype="html"
                )
            if not ours and rng.random() < 0.05:
                mail.add_attachment(
                    rng.randbytes(2048), maintype="image", subtype="png", filename="photo.png"
                )
            last_of[customer] = message_id
            data = bytes(mail).replace(b"\nFrom ", b"\n>From ")
            out.write(b"From MAILER-DAEMON " + when.strftime("%a %b %d %H:%M:%S %Y").encode() + b"\n")
            out.write(data if data.endswith(b"\n") else data + b"\n")
            out.write(b"\n")
    return path


def bench_mbox(messages: int) -> dict[str, Any]:
    """Import of a ``messages``-mail mbox against merely parsing it with the stdlib's mailbox."""
    import mailbox
    import tempfile

    from agent_console.channels.importer import ImportOptions, run_import

    folder = paths.cache_dir() / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    mbox_path = folder / f"support-{messages}.mbox"
    if not mbox_path.exists():
        write_bench_mbox(mbox_path, messages)
    started = time.perf_counter()
    parsed = sum(1 for _ in mailbox.mbox(str(mbox_path)))
    parse_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="agent-console-mbox-") as scratch:
        os.environ["AGENT_CONSOLE_HOME"] = scratch  # the attachment store lands in the scratch folder
        db = Database.open(f"sqlite:///{scratch}/import.sqlite3")
        options = ImportOptions(own_addresses=("support@shop.example",))
        started = time.perf_counter()
        report = run_import(db, [mbox_path], options)
        import_seconds = time.perf_counter() - started
        started = time.perf_counter()
        again = run_import(db, [mbox_path], options)
        reimport_seconds = time.perf_counter() - started
        with db.session() as s:
            interactions = s.scalar(select(func.count()).select_from(Interaction))
            customers = s.scalar(select(func.count()).select_from(Customer))
        db.close()
    summary = report.summary
    return {
        "messages": parsed,
        "file_mb": round(mbox_path.stat().st_size / 2**20, 1),
        "mailbox_parse": {
            "seconds": round(parse_seconds, 2),
            "messages_per_s": round(parsed / parse_seconds),
        },
        "import": {
            "seconds": round(import_seconds, 2),
            "messages_per_s": round(summary.imported / import_seconds),
            "imported": summary.imported,
            "failed": len(summary.failed),
            "customers": customers,
            "interactions": interactions,
        },
        "ratio_import_over_parse": round(import_seconds / parse_seconds, 2),
        "reimport": {"seconds": round(reimport_seconds, 2), "skipped": again.summary.skipped},
    }


def bench_arrival(db: Database, rounds: int = 20) -> dict[str, Any]:
    """Time from a connector's fetched message being handed over to its row in the open timeline.

    The real main window on the bench database; each round files one new message for the open
    customer (as the sync service does after a fetch) and waits until the timeline shows it.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication

    from agent_console.channels.base import Inbound
    from agent_console.channels.ingest import ingest
    from agent_console.core import agents
    from agent_console.settings import Settings
    from agent_console.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with db.session() as s:
        agent = agents.ensure_agent(s, None, "Bench")
        s.expunge(agent)
    os.environ["AGENT_CONSOLE_SYNC"] = "0"  # no accounts: measure filing to screen, not a network
    os.environ["AGENT_CONSOLE_FETCH_RATES"] = "0"
    window = MainWindow(db, agent, Settings())
    window.resize(1300, 850)
    window.show()
    deadline = time.monotonic() + 20
    while window.customer_id is None and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    customer_id = window.customer_id
    with db.session() as s:
        address = s.scalars(
            select(Identity.value).where(Identity.customer_id == customer_id, Identity.kind == "email")
        ).first()
    samples = []
    for n in range(rounds):
        message = Inbound(
            channel="email",
            external_id=f"arrival-{n}-{time.time_ns()}@bench.example",
            address_kind="email",
            customer_address=address or f"arrival{customer_id}@bench.example",
            occurred_at=datetime.now(UTC),
            body_text=f"arrival {n}",
        )
        with db.session() as s:
            ingest(s, [message])
        started = time.perf_counter()
        window.channel_sync.tick()
        model = window.timeline.model
        while not (model.rowCount() and model.entry(0).preview == f"arrival {n}"):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if time.perf_counter() - started > 10:
                break
        samples.append(time.perf_counter() - started)
        app.processEvents()
    window.close()
    return {
        "filed_to_on_screen": _ms(samples),
        "tick_ms": 1000,
        "note": "in-app sync files and shows in the same tick; a team's sync service adds up to one tick",
    }


# --- training: the cohort and the looks a live session makes ----------------------------------


def bench_training(sessions: int = 50_000, trainees: int = 400, url: str | None = None) -> dict[str, Any]:
    """A training department's years of role-play: the cohort, a trainee's history, and the
    queries that run every 5 s (invitations) and every 0.5 s (commands, published state).

    ``url``: a (disposable) database to fill instead of a SQLite file in the cache folder.
    """
    import random

    from sqlalchemy import insert

    from agent_console.core.models import TrainingCommand, TrainingSession
    from agent_console.core.training import sandbox

    if url is None:
        folder = paths.cache_dir() / "bench"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"training-{sessions}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    db = Database.open(url)
    rng = random.Random(7)
    names = [f"Trainee {n:04d}" for n in range(trainees)]
    scenario_ids = [f"scenario-{n:02d}" for n in range(12)]
    now = datetime.now(UTC)
    started = time.perf_counter()
    rows = []
    for n in range(sessions):
        status = rng.choices(("ended", "abandoned", "running", "assigned", "declined"), (85, 8, 1, 3, 3))[0]
        ended = status == "ended"
        rows.append(
            {
                "scenario_id": rng.choice(scenario_ids),
                "scenario_title": "A scenario",
                "scenario_text": "",
                "mode": rng.choice(("scripted", "scripted", "live")),
                "trainee_name": rng.choice(names),
                "trainer_name": "Tamar Beridze",
                "status": status,
                "started_at": now - timedelta(minutes=17 * n),
                "ending_kind": rng.choice(("resolved", "resolved", "escalated", "customer_left"))
                if ended
                else None,
                "points": rng.randint(20, 100) if ended else None,
                "max_points": 100 if ended else None,
                "checks": [],
                "transcript": [],
                "trainer_comments": "",
            }
        )
    with db.session() as s:
        for chunk in range(0, len(rows), 5_000):
            s.execute(insert(TrainingSession), rows[chunk : chunk + 5_000])
        live_id = s.scalar(select(func.max(TrainingSession.id)))
        # A long live session: 400 commands; and 100 others' commands around it.
        commands = [
            {
                "session_id": live_id if i % 5 else rng.randint(1, live_id),
                "kind": "say",
                "text": "…",
                "created_at": now,
            }
            for i in range(500)
        ]
        s.execute(insert(TrainingCommand), commands)
        trainee = s.scalar(select(TrainingSession.trainee_name).where(TrainingSession.id == live_id))
        s.execute(
            TrainingSession.__table__.update()
            .where(TrainingSession.id == live_id)
            .values(state={"transcript": [{"who": "customer", "text": "…" * 200}] * 40})
        )
    build_seconds = time.perf_counter() - started
    figures: dict[str, Any] = {
        "database": db.dialect,
        "sessions": sessions,
        "trainees": trainees,
        "build_seconds": round(build_seconds, 1),
    }
    with db.session() as s:
        samples, cohort = _timed(lambda: sandbox.cohort(s), 7)
        figures["cohort_ms"] = _ms(samples) | {"rows": len(cohort)}
        samples, history = _timed(lambda: sandbox.history(s, trainee), 15)
        figures["trainee_history_ms"] = _ms(samples) | {"rows": len(history)}
        samples, everyone = _timed(lambda: sandbox.history(s), 7)
        figures["sessions_tab_ms"] = _ms(samples) | {"rows": len(everyone)}
        samples, _ = _timed(lambda: sandbox.invitations(s, trainee), 30)
        figures["invitations_look_ms"] = _ms(samples)
        samples, _ = _timed(lambda: sandbox.commands_after(s, live_id, 0), 30)
        figures["commands_look_ms"] = _ms(samples)
        samples, _ = _timed(lambda: sandbox.live_view(s, live_id), 30)
        figures["live_view_look_ms"] = _ms(samples)
    db.close()
    return figures
