"""``agent-console``: the desktop app and its command-line front end over ``core``.

Without a subcommand it starts the desktop app.  Subcommands never need a display
except ``screenshots`` (which renders offscreen).  Errors a user can fix are printed as
one line on stderr with exit status 2, never as a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from agent_console import __version__, logs


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="SQLAlchemy database URL (default: AGENT_CONSOLE_DB, "
        "settings, or the SQLite file in the data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agent-console", description="Agent Console: one timeline per customer."
    )
    parser.add_argument("--version", action="version", version=f"agent-console {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the demo database (created on first start)")
    parser.add_argument(
        "--lang", metavar="CODE", help="UI language for this run (en, uz, el, mn, ka, ru, de, es, ar)"
    )
    parser.add_argument("--verbose", action="store_true", help="log debug messages to stderr")
    parser.add_argument("--measure-startup", action="store_true", help=argparse.SUPPRESS)
    _add_db(parser)
    sub = parser.add_subparsers(dest="command")

    p_demo = sub.add_parser("demo", help="fill an empty database with deterministic multilingual demo data")
    _add_db(p_demo)
    p_demo.add_argument("--customers", type=int, default=400)
    p_demo.add_argument("--events", type=int, default=6000)
    p_demo.add_argument("--seed", type=int, default=7)
    p_demo.add_argument(
        "--heavy",
        type=int,
        default=0,
        metavar="N",
        help="give customer #1 a history of N events (benchmarks)",
    )

    p_db = sub.add_parser("db", help="database maintenance")
    db_sub = p_db.add_subparsers(dest="db_command", required=True)
    p_up = db_sub.add_parser("upgrade", help="create or migrate the schema to the newest version")
    _add_db(p_up)
    p_cur = db_sub.add_parser("current", help="print the schema version of the database")
    _add_db(p_cur)

    p_hints = sub.add_parser("hints", help="etiquette, local time, holidays, currency and payment methods")
    p_hints.add_argument("--country", required=True, metavar="CC")
    p_hints.add_argument(
        "--lang", metavar="LL", help="the customer's language (default: the country's main one)"
    )
    p_hints.add_argument(
        "--ui", default="en", metavar="LL", help="language of the hints (en, uz, el, mn, ka)"
    )
    p_hints.add_argument("--json", action="store_true")

    p_rates = sub.add_parser(
        "rates", help="exchange rates: fetch from the central banks' feeds, show, snapshot"
    )
    rates_sub = p_rates.add_subparsers(dest="rates_command", required=True)
    p_rates_update = rates_sub.add_parser("update", help="fetch every feed now")
    _add_db(p_rates_update)
    p_rates_show = rates_sub.add_parser("show", help="each feed's status and the date of its rates")
    _add_db(p_rates_show)
    p_rates_convert = rates_sub.add_parser("convert", help="convert an amount with the cached rates")
    p_rates_convert.add_argument("amount", type=float)
    p_rates_convert.add_argument("source")
    p_rates_convert.add_argument("target")
    _add_db(p_rates_convert)
    p_rates_snapshot = rates_sub.add_parser("snapshot", help="write the cached rates as the bundled snapshot")
    p_rates_snapshot.add_argument("path", nargs="?")
    _add_db(p_rates_snapshot)

    p_replies = sub.add_parser("replies", help="the canned-reply library: search, render")
    replies_sub = p_replies.add_subparsers(dest="replies_command", required=True)
    p_rs = replies_sub.add_parser("search", help="find replies by any word of title, tags, key or body")
    p_rs.add_argument("query")
    p_rs.add_argument("--locale", default="en", help="the customer's locale (the agent's is English)")
    _add_db(p_rs)
    p_rr = replies_sub.add_parser("render", help="print a reply filled in for a locale")
    p_rr.add_argument("key")
    p_rr.add_argument("--locale", default="en")
    p_rr.add_argument("--timezone")
    p_rr.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a placeholder value, e.g. amount='49.90 EUR', days=3, payment_methods='Click,Payme'",
    )
    _add_db(p_rr)

    p_rx = replies_sub.add_parser("export", help="write the library for translators (.po per locale, or CSV)")
    p_rx.add_argument("outdir")
    p_rx.add_argument("--format", choices=("po", "csv"), default="po")
    p_rx.add_argument("--locale", action="append", help="locales to export (default: every locale present)")
    _add_db(p_rx)
    p_ri = replies_sub.add_parser("import", help="merge translated .po or .csv files into the library")
    p_ri.add_argument("files", nargs="+")
    _add_db(p_ri)

    p_shots = sub.add_parser("screenshots", help="render the main screens offscreen to PNG files")
    p_shots.add_argument("outdir")
    p_shots.add_argument("--lang", default="en", help="UI language code (en, uz, el, mn, ka, ...)")
    _add_db(p_shots)

    p_report = sub.add_parser("report", help="KPIs of a period from the recorded outcomes")
    p_report.add_argument(
        "--from", dest="start", metavar="DATE", help="first day, YYYY-MM-DD (default: 30 days ago)"
    )
    p_report.add_argument("--to", dest="end", metavar="DATE", help="last day, YYYY-MM-DD (default: today)")
    p_report.add_argument(
        "--by", choices=("agent", "team", "queue", "channel", "country", "language"), default="agent"
    )
    p_report.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    p_report.add_argument(
        "--output", metavar="FILE", help="write to FILE instead of printing (needed for xlsx)"
    )
    _add_db(p_report)

    p_out = sub.add_parser("outcomes", help="wrap-up codes and KPI settings")
    out_sub = p_out.add_subparsers(dest="outcomes_command", required=True)
    p_oi = out_sub.add_parser(
        "import", help="load a wrap-up codes file (JSON, as resources/outcomes/codes.json)"
    )
    p_oi.add_argument("file")
    _add_db(p_oi)
    p_oe = out_sub.add_parser("export", help="print the wrap-up codes in use as JSON")
    _add_db(p_oe)
    p_oz = out_sub.add_parser(
        "report-timezone", help="count KPI days in this IANA time zone (recomputes every outcome's day)"
    )
    p_oz.add_argument("zone")
    _add_db(p_oz)
    p_ow = out_sub.add_parser(
        "fcr-window", help="set the FCR and repeat-contact window in days (rebuilds KPIs)"
    )
    p_ow.add_argument("days", type=int)
    _add_db(p_ow)

    p_sc = sub.add_parser("scorecards", help="quality scorecards: list, import a definition, export one")
    sc_sub = p_sc.add_subparsers(dest="scorecards_command", required=True)
    p_scl = sc_sub.add_parser("list", help="scorecards and their newest versions")
    _add_db(p_scl)
    p_sci = sc_sub.add_parser(
        "import",
        help="add a scorecard, or a new version of one, from JSON (as resources/coaching/default_scorecard.json)",
    )
    p_sci.add_argument("file")
    _add_db(p_sci)
    p_sce = sc_sub.add_parser("export", help="print a scorecard's newest version as JSON")
    p_sce.add_argument("name")
    _add_db(p_sce)

    p_scn = sub.add_parser("scenarios", help="role-play scenario files (YAML): check them")
    scn_sub = p_scn.add_subparsers(dest="scenarios_command", required=True)
    p_scnc = scn_sub.add_parser(
        "check", help="validate scenario files: one line per problem, exit 2 when there is any"
    )
    p_scnc.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (default: every shipped scenario)"
    )

    p_bench = sub.add_parser(
        "bench", help="build (or reuse) the benchmark database and print figures as JSON"
    )
    p_bench.add_argument("--path", help="SQLite file for the benchmark database (default: cache folder)")
    p_bench.add_argument("--customers", type=int, default=100_000)
    p_bench.add_argument("--events", type=int, default=1_000_000)
    p_bench.add_argument("--heavy", type=int, default=50_000)
    p_bench.add_argument("--rebuild", action="store_true")
    p_bench.add_argument("--skip-startup", action="store_true", help="do not measure the GUI cold start")
    p_bench.add_argument(
        "--only",
        metavar="SECTIONS",
        help="comma-separated: timeline, search, timeline_ui, culture, replies, cold_start, outcomes, "
        "arrival, mbox, training (outcomes, arrival, mbox and training run only when named; mbox "
        "writes and imports its own mailbox file; training fills a training database of its own)",
    )
    p_bench.add_argument("--training-sessions", type=int, default=50_000)
    p_bench.add_argument(
        "--training-url", help="a disposable database for the training figures (default: a SQLite file)"
    )
    p_bench.add_argument("--outcome-interactions", type=int, default=1_000_000)
    p_bench.add_argument("--mbox-messages", type=int, default=100_000)

    p_import = sub.add_parser(
        "import", help="import history: .eml files, mbox files, Maildir folders, Asterisk call-record CSV"
    )
    p_import.add_argument("paths", nargs="+", metavar="PATH")
    p_import.add_argument(
        "--own-address",
        action="append",
        default=[],
        metavar="ADDR",
        help="an address of ours (repeatable): mail from it is filed as our reply",
    )
    p_import.add_argument("--cdr-timezone", default="UTC", metavar="ZONE", help="the PBX's time zone")
    p_import.add_argument(
        "--region", metavar="CC", help="country of call-record numbers written without a country code"
    )
    p_import.add_argument("--queue", default="general", help="queue of the conversations created")
    _add_db(p_import)

    p_sync = sub.add_parser("sync", help="run the channel connectors headless (one process for a team)")
    p_sync.add_argument("--once", action="store_true", help="one pass over every account and the outbox")
    _add_db(p_sync)

    p_acc = sub.add_parser("accounts", help="channel accounts: list, add, test, remove")
    acc_sub = p_acc.add_subparsers(dest="accounts_command", required=True)
    p_accl = acc_sub.add_parser("list", help="each account with its status")
    _add_db(p_accl)
    p_acca = acc_sub.add_parser(
        "add", help="add an account (secrets are asked for, or read from the environment)"
    )
    p_acca.add_argument("name")
    p_acca.add_argument("--kind", required=True, choices=["email", "twilio", "telegram"])
    p_acca.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", help="a setting (repeatable; lists: a,b)"
    )
    p_acca.add_argument("--poll", type=int, default=60, metavar="SECONDS")
    p_acca.add_argument("--queue", default="general")
    p_acca.add_argument(
        "--no-secrets", action="store_true", help="do not ask for secrets (a server's environment has them)"
    )
    _add_db(p_acca)
    for verb, text in (("test", "connect and log in"), ("remove", "remove an account and its secrets")):
        p_accx = acc_sub.add_parser(verb, help=text)
        p_accx.add_argument("name")
        _add_db(p_accx)
    return parser


def _fail(message: str) -> int:
    print(f"agent-console: {message}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logs.setup(verbose=args.verbose, to_file=args.command is None)
    from agent_console.core.db import DatabaseOpenError

    try:
        if args.command is None:
            from agent_console.ui.app import run

            return run(args.db, args.demo, measure_startup=args.measure_startup, language=args.lang)
        if args.command == "demo":
            return _demo(args)
        if args.command == "db":
            return _db(args)
        if args.command == "hints":
            return _hints(args)
        if args.command == "rates":
            return _rates(args)
        if args.command == "replies":
            return _replies(args)
        if args.command == "report":
            return _report(args)
        if args.command == "outcomes":
            return _outcomes(args)
        if args.command == "scorecards":
            return _scorecards(args)
        if args.command == "scenarios":
            return _scenarios(args)
        if args.command == "screenshots":
            return _screenshots(args)
        if args.command == "import":
            return _import(args)
        if args.command == "sync":
            return _sync(args)
        if args.command == "accounts":
            return _accounts(args)
        if args.command == "bench":
            from agent_console.core.bench import run_bench

            print(json.dumps(run_bench(args), indent=2, ensure_ascii=False))
            return 0
    except DatabaseOpenError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    return 0


def _url(args: argparse.Namespace, demo: bool = False) -> str:
    from agent_console.settings import Settings, resolve_database_url

    return resolve_database_url(args.db, Settings.load(), demo=demo)


def _demo(args: argparse.Namespace) -> int:
    from agent_console.core import demo
    from agent_console.core.db import Database

    database = Database.open(_url(args, demo=True))
    try:
        summary = demo.generate(
            database,
            customers=args.customers,
            events=args.events,
            seed=args.seed,
            heavy_customer_events=args.heavy,
            progress=lambda n, total: print(f"\r{n}/{total} customers", end="", file=sys.stderr),
        )
    except demo.DemoError as exc:
        return _fail(str(exc))
    finally:
        database.close()
    print(
        f"\rdemo data in {database.url}: {summary.customers} customers, {summary.identities} identities, "
        f"{summary.interactions} interactions, {summary.events} events, {summary.agents} agents "
        f"({summary.seconds:.1f} s)"
    )
    return 0


def _db(args: argparse.Namespace) -> int:
    from agent_console.core.db import Database
    from agent_console.core.migrate import current_revision, head_revision

    if args.db_command == "upgrade":
        database = Database.open(_url(args))
        print(f"{database.url}: schema at {current_revision(database.engine)} (newest {head_revision()})")
        database.close()
    else:
        database = Database.open(_url(args), migrate=False)
        print(current_revision(database.engine) or "empty")
        database.close()
    return 0


def _hints(args: argparse.Namespace) -> int:
    from agent_console.core.culture import panel, reference

    code = args.country.upper()
    if code not in reference.countries():
        print(f"agent-console: no facts for country {code!r}; showing the generic hints", file=sys.stderr)
    facts = panel.for_country(None, code, args.lang, args.ui)
    ui = args.ui
    data = {
        "country": facts.country.code if not facts.country.generic else None,
        "language": facts.guess.language,
        "formal_you": facts.country.formal_you or None,
        "timezone": facts.clock.timezone,
        "local_time": facts.clock.local.isoformat(timespec="minutes") if facts.clock.local else None,
        "weekend": list(facts.clock.weekend_days),
        "business_hours": [facts.clock.business_start, facts.clock.business_end],
        "open_now": facts.clock.open_now,
        "holiday_today": facts.clock.holiday_today.name if facts.clock.holiday_today else None,
        "next_holidays": [{"date": h.day.isoformat(), "name": h.name} for h in facts.clock.upcoming],
        "currency": facts.currency,
        "hints": [
            {"topic": h.topic, "text": h.in_language(ui), "source": h.source.title if h.source else None}
            for h in facts.hints
        ],
        "payment_methods": [
            {
                "name": m.name,
                "kind": m.kind,
                "note": m.note_in(ui),
                "source": m.source.title if m.source else None,
            }
            for m in facts.payment_methods
        ],
    }
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(
        f"{data['country'] or 'Country unknown'} · language {data['language'] or '?'} · "
        f"currency {data['currency'] or '?'}"
    )
    if data["local_time"]:
        state = "open" if data["open_now"] else "closed"
        print(
            f"Local time {data['local_time']} ({data['timezone']}), business hours "
            f"{data['business_hours'][0]}-{data['business_hours'][1]}, now {state}; weekend {', '.join(data['weekend'])}"
        )
    if data["holiday_today"]:
        print(f"Today is a public holiday: {data['holiday_today']}")
    for h in data["next_holidays"]:
        print(f"Next holiday: {h['date']} {h['name']}")
    print()
    for hint in data["hints"]:
        print(f"- [{hint['topic']}] {hint['text']}")
    if data["payment_methods"]:
        print()
        for method in data["payment_methods"]:
            print(f"* {method['name']} ({method['kind']}): {method['note']}")
    return 0


def _rates(args: argparse.Namespace) -> int:
    from pathlib import Path

    from agent_console.core.culture import money
    from agent_console.core.db import Database
    from agent_console.settings import Settings

    database = Database.open(_url(args))
    try:
        with database.session() as session:
            if args.rates_command == "update":
                overrides = Settings.load().rate_provider_urls
                results = money.fetch_all(session, overrides)
                for r in results:
                    line = (
                        f"{r.source}: {r.count} rates of {r.rates_date}"
                        if r.ok
                        else f"{r.source}: failed ({r.error})"
                    )
                    print(line)
                return 0 if any(r.ok for r in results) else 2
            if args.rates_command == "show":
                for s in money.status(session):
                    print(
                        f"{s.source}: rates of {s.rates_date or '-'}, last success {s.last_success_at or '-'}"
                        + (f", last error: {s.last_error}" if s.last_error else "")
                    )
                return 0
            if args.rates_command == "convert":
                money.load_snapshot(session)
                try:
                    c = money.convert(session, args.amount, args.source, args.target)
                except money.NoRate as exc:
                    return _fail(str(exc))
                print(
                    f"{c.amount:g} {c.source_currency} = {c.result:.2f} {c.target_currency} "
                    f"(rates of {c.rates_date}, {', '.join(c.sources)}{', stale' if c.stale() else ''})"
                )
                return 0
            path = Path(args.path) if args.path else money.snapshot_path()
            count = money.write_snapshot(session, path)
            print(f"{count} rates written to {path}")
            return 0 if count else 2
    finally:
        database.close()


def _replies(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from agent_console.core.db import Database
    from agent_console.core.models import Reply
    from agent_console.core.replies import library
    from agent_console.core.replies.template import RenderContext

    locale = "en"
    if args.replies_command in ("search", "render"):
        try:
            locale = library.normalize_locale(args.locale)
        except library.LibraryError as exc:
            return _fail(str(exc))
    database = Database.open(_url(args))
    try:
        with database.session() as session:
            library.ensure_seeded(session)
            if args.replies_command == "export":
                from pathlib import Path

                from agent_console.core.models import ReplyVariant
                from agent_console.core.replies import exchange

                outdir = Path(args.outdir)
                outdir.mkdir(parents=True, exist_ok=True)
                locales = args.locale or sorted(set(session.scalars(select(ReplyVariant.locale).distinct())))
                if args.format == "csv":
                    rows = exchange.export_csv(session, outdir / "replies.csv", locales)
                    print(f"{rows} rows written to {outdir / 'replies.csv'}")
                else:
                    for loc in locales:
                        count = exchange.export_po(session, loc, outdir / f"{loc}.po")
                        print(f"{outdir / f'{loc}.po'}: {count} messages")
                return 0
            if args.replies_command == "import":
                from pathlib import Path

                from agent_console.core.replies import exchange

                for name in args.files:
                    try:
                        with session.begin_nested():
                            report = exchange.import_file(session, Path(name))
                    except library.LibraryError as exc:
                        return _fail(f"{exc} — nothing was imported from it")
                    print(
                        f"{name}: {report.updated} updated, {report.unchanged} unchanged, "
                        f"{len(report.conflicts)} kept (edited since export)"
                    )
                    for conflict in report.conflicts:
                        print(f"  {conflict}")
                return 0
            if args.replies_command == "search":
                index = library.SearchIndex.build(session)
                for hit in index.search(args.query, ["en", *library.fallback_chain(locale)]):
                    print(f"{hit.key}\t{hit.title}")
                return 0
            reply_id = session.scalar(select(Reply.id).where(Reply.key == args.key))
            if reply_id is None:
                return _fail(f"no reply '{args.key}'")
            values = {}
            for item in args.set:
                name, sep, value = item.partition("=")
                if not sep:
                    return _fail(f"--set {item!r}: expected NAME=VALUE")
                values[name.strip()] = value
            choice = library.choose(session, reply_id, locale)
            try:
                rendered = library.render(choice, values, RenderContext(locale, args.timezone))
            except library.LibraryError as exc:
                return _fail(str(exc))
            if choice.fallback:
                print(
                    f"agent-console: no {locale} version of '{args.key}'; {choice.locale} used",
                    file=sys.stderr,
                )
            if rendered.fill_ins:
                return _fail(
                    f"reply '{args.key}', locale {choice.locale}: values missing for "
                    f"{', '.join(rendered.fill_ins)} (give them with --set NAME=VALUE)"
                )
            print(rendered.text)
            return 0
    finally:
        database.close()


def _report(args: argparse.Namespace) -> int:
    from datetime import date, timedelta
    from pathlib import Path

    from agent_console.core.db import Database
    from agent_console.core.outcomes import export, kpi

    try:
        end = date.fromisoformat(args.end) if args.end else date.today()
        start = date.fromisoformat(args.start) if args.start else end - timedelta(days=29)
    except ValueError as exc:
        return _fail(f"dates are written YYYY-MM-DD ({exc})")
    if end < start:
        return _fail("--to is before --from")
    if args.format == "xlsx" and not args.output:
        return _fail("--format xlsx writes a file: give it with --output FILE")
    database = Database.open(_url(args))
    try:
        with database.session() as session:
            report = kpi.report(session, start, end, by=args.by)
            names = export.agent_names(session) if args.by == "agent" else {}
            window = kpi.fcr_window_days(session)
    finally:
        database.close()

    def label(item: str) -> str:
        return names.get(item, item) or "unknown"

    output = Path(args.output) if args.output else None
    if args.format == "json":
        text = json.dumps(export.report_json(report, label), indent=2, ensure_ascii=False) + "\n"
    elif args.format == "csv":
        text = export.csv_text(export.report_tables(report, label)[0])
    else:
        assert output is not None
        try:
            export.write_xlsx(output, export.report_tables(report, label), kpi.definitions(window))
        except OSError as exc:
            return _fail(f"cannot write {output}: {exc.strerror or exc}")
        print(f"report written to {output}")
        return 0
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        output.write_text(text, encoding="utf-8-sig" if args.format == "csv" else "utf-8")
    except OSError as exc:
        return _fail(f"cannot write {output}: {exc.strerror or exc}")
    print(f"report written to {output}")
    return 0


def _outcomes(args: argparse.Namespace) -> int:
    from pathlib import Path

    from agent_console.core.db import Database
    from agent_console.core.outcomes import codes, kpi

    database = Database.open(_url(args))
    try:
        with database.session() as session:
            if args.outcomes_command == "import":
                try:
                    count = codes.import_codes(session, Path(args.file))
                except codes.CodesError as exc:
                    return _fail(f"{exc} — the codes in use were left unchanged")
                print(f"{count} wrap-up codes active")
            elif args.outcomes_command == "export":
                print(json.dumps(codes.export_codes(session), indent=2, ensure_ascii=False))
            elif args.outcomes_command == "report-timezone":
                try:
                    days = kpi.set_report_timezone(session, args.zone)
                except ValueError as exc:
                    return _fail(str(exc))
                print(f"KPI days are counted in {args.zone}; {days} days recomputed")
            else:
                try:
                    kpi.set_fcr_window(session, args.days)
                except ValueError as exc:
                    return _fail(str(exc))
                print(f"FCR window: {args.days} days; KPIs rebuilt")
    finally:
        database.close()
    return 0


def _scorecards(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sqlalchemy import select

    from agent_console.core.coaching import reviews, scoring
    from agent_console.core.db import Database
    from agent_console.core.models import Scorecard

    database = Database.open(_url(args))
    try:
        with database.session() as session:
            if args.scorecards_command == "import":
                path = Path(args.file)
                try:
                    data = json.loads(path.read_text(encoding="utf-8"))
                except OSError as exc:
                    return _fail(f"{path}: cannot read it: {exc.strerror or exc}")
                except ValueError as exc:
                    return _fail(f"{path}: not valid JSON: {exc}")
                if (
                    not isinstance(data, dict)
                    or not isinstance(data.get("name"), str)
                    or "definition" not in data
                ):
                    return _fail(f'{path}: expected {{"name": ..., "definition": {{"sections": [...]}}}}')
                try:
                    version = reviews.save_scorecard(session, data["name"], data["definition"])
                    warnings = scoring.parse(data["definition"]).warnings
                except scoring.ScorecardError as exc:
                    return _fail(f"{path}: {exc} — nothing was imported")
                print(f"{data['name']}: version {version.version}")
                for warning in warnings:
                    print(f"warning: {warning}", file=sys.stderr)
                return 0
            if args.scorecards_command == "export":
                card = session.scalar(select(Scorecard).where(Scorecard.name == args.name))
                latest = reviews.latest_version(session, card.id) if card is not None else None
                if latest is None:
                    return _fail(f"no scorecard named {args.name!r}")
                print(
                    json.dumps(
                        {"name": card.name, "definition": latest.definition}, indent=2, ensure_ascii=False
                    )
                )
                return 0
            reviews.ensure_default_scorecard(session)
            for card in session.scalars(select(Scorecard).order_by(Scorecard.id)):
                latest = reviews.latest_version(session, card.id)
                print(f"{card.name}\tversion {latest.version if latest else '-'}")
            return 0
    finally:
        database.close()


def _scenarios(args: argparse.Namespace) -> int:
    from agent_console.core.training import loader

    targets = args.paths or [loader.default_folder()]
    files, _missing = loader.scenario_files(targets)
    problems = loader.check(targets)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s); {len(files)} scenario file(s) checked")
        return 2
    print(f"{len(files)} scenario file(s) checked: all valid")
    return 0


def _screenshots(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["AGENT_CONSOLE_FETCH_RATES"] = "0"  # pictures need no network
    from agent_console.ui.screenshots import render_all

    files = render_all(args.outdir, args.lang, args.db)
    for path in files:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


def _import(args: argparse.Namespace) -> int:
    from agent_console.channels.base import ChannelError
    from agent_console.channels.importer import ImportOptions, run_import
    from agent_console.core.db import Database

    options = ImportOptions(
        own_addresses=tuple(a.lower() for a in args.own_address),
        cdr_timezone=args.cdr_timezone,
        default_region=args.region.upper() if args.region else None,
        queue=args.queue,
    )
    database = Database.open(_url(args))
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r{100 * done // total:3d} %", end="", file=sys.stderr, flush=True)

    try:
        report = run_import(database, args.paths, options, on_progress=progress)
    except ChannelError as exc:
        return _fail(str(exc))
    finally:
        database.close()
    if interactive:
        print("\r", end="", file=sys.stderr)
    summary = report.summary
    print(
        f"imported {summary.imported}, skipped {summary.skipped} (already there), failed {len(summary.failed)}; "
        f"{summary.partial} imported with parts that could not be read; "
        f"{summary.customers_created} new customers"
    )
    for failure in summary.failed[:50]:
        print(f"  failed: {failure.source}: {failure.reason}")
    if len(summary.failed) > 50:
        print(f"  … and {len(summary.failed) - 50} more failures (see the log)")
    nothing = summary.imported == 0 and summary.skipped == 0
    return 1 if summary.failed and nothing else 0


def _sync(args: argparse.Namespace) -> int:
    import threading

    from agent_console.channels.sync import SyncReport, SyncService
    from agent_console.core.db import Database

    database = Database.open(_url(args))
    service = SyncService(database)

    def show(report: SyncReport) -> None:
        for name, summary in report.fetched.items():
            if summary.imported or summary.failed:
                print(f"{name}: {summary.imported} new, {len(summary.failed)} failed", flush=True)
        for name, error in report.errors.items():
            print(f"{name}: {error}", file=sys.stderr, flush=True)
        if report.sent or report.retrying or report.failed or report.unknown:
            print(
                f"outbox: {report.sent} sent, {report.retrying} to retry, {report.failed} failed, "
                f"{report.unknown} need checking",
                flush=True,
            )

    try:
        if args.once:
            report = service.run_once(force=True)
            show(report)
            return 1 if report.errors else 0
        stop = threading.Event()
        print(f"syncing {database.url} as {service.owner}; Ctrl+C stops", file=sys.stderr)
        try:
            service.run_forever(stop, show)
        except KeyboardInterrupt:
            stop.set()
        return 0
    finally:
        database.close()


def _accounts(args: argparse.Namespace) -> int:
    from agent_console.channels import accounts
    from agent_console.channels.base import ChannelError
    from agent_console.channels.secrets import SecretStoreError
    from agent_console.core.db import Database
    from agent_console.core.models import ChannelAccount

    database = Database.open(_url(args))
    try:
        with database.session() as session:
            if args.accounts_command == "list":
                for status in accounts.statuses(session):
                    state = "disabled" if not status.enabled else (status.last_error or "ok")
                    last = (
                        status.last_success_at.isoformat(timespec="seconds")
                        if status.last_success_at
                        else "never"
                    )
                    print(
                        f"{status.name}\t{status.kind}\tevery {status.poll_seconds} s\tlast sync {last}\t{state}"
                    )
                return 0
            if args.accounts_command == "add":
                settings = _settings_from(args.set)
                secrets = {} if args.no_secrets else _ask_secrets(args.kind)
                try:
                    account = accounts.save(
                        session,
                        name=args.name,
                        kind=args.kind,
                        settings=settings,
                        secrets=secrets,
                        poll_seconds=args.poll,
                        queue=args.queue,
                    )
                except (accounts.AccountError, SecretStoreError) as exc:
                    return _fail(str(exc))
                print(f"account {account.name} added (id {account.id})")
                return 0
            from sqlalchemy import select

            account = session.scalar(select(ChannelAccount).where(ChannelAccount.name == args.name))
            if account is None:
                return _fail(f"no account named {args.name!r}")
            if args.accounts_command == "remove":
                removed = accounts.remove(session, account.id)
                print("removed" if removed else "disabled: replies in its outbox still wait to be sent")
                return 0
            try:
                connector = accounts.connector_for(account, timeout=15)
                try:
                    print(connector.test())
                finally:
                    connector.close()
            except (ChannelError, accounts.AccountError, SecretStoreError) as exc:
                return _fail(str(exc))
            return 0
    finally:
        database.close()


LIST_SETTINGS = ("numbers", "whatsapp_numbers", "own_addresses")
FLAG_SETTINGS = ("smtp_auth",)


def _settings_from(pairs: list[str]) -> dict:
    """``--set KEY=VALUE`` pairs as account settings (lists comma-separated, flags yes/no)."""
    settings: dict = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep:
            raise SystemExit(_fail(f"--set expects KEY=VALUE, got {pair!r}"))
        if key in LIST_SETTINGS:
            settings[key] = [v.strip() for v in value.split(",") if v.strip()]
        elif key in FLAG_SETTINGS:
            settings[key] = value.strip().lower() not in ("0", "false", "no", "off")
        else:
            settings[key] = value.strip()
    return settings


def _ask_secrets(kind: str) -> dict[str, str]:
    import getpass

    from agent_console.channels.accounts import REQUIRED_SECRETS

    return {name: getpass.getpass(f"{name}: ") for name in REQUIRED_SECRETS[kind]}
