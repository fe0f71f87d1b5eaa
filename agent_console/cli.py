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

    p_shots = sub.add_parser("screenshots", help="render the main screens offscreen to PNG files")
    p_shots.add_argument("outdir")
    p_shots.add_argument("--lang", default="en", help="UI language code (en, uz, el, mn, ka, ...)")
    _add_db(p_shots)

    p_bench = sub.add_parser(
        "bench", help="build (or reuse) the benchmark database and print figures as JSON"
    )
    p_bench.add_argument("--path", help="SQLite file for the benchmark database (default: cache folder)")
    p_bench.add_argument("--customers", type=int, default=100_000)
    p_bench.add_argument("--events", type=int, default=1_000_000)
    p_bench.add_argument("--heavy", type=int, default=50_000)
    p_bench.add_argument("--rebuild", action="store_true")
    p_bench.add_argument("--skip-startup", action="store_true", help="do not measure the GUI cold start")
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
        if args.command == "screenshots":
            return _screenshots(args)
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


def _screenshots(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from agent_console.ui.screenshots import render_all

    files = render_all(args.outdir, args.lang, args.db)
    for path in files:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
