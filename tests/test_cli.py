"""The command line as a user runs it: real subprocesses, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from agent_console.core.migrate import head_revision


def run(
    *args: str, env_extra: dict[str, str] | None = None, timeout: int = 120
) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "agent_console", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def test_demo_then_db_commands(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    done = run("demo", "--db", url, "--customers", "40", "--events", "300")
    assert done.returncode == 0, done.stderr
    assert "customers" in done.stdout
    current = run("db", "current", "--db", url)
    assert current.returncode == 0 and current.stdout.strip() == head_revision()
    again = run("demo", "--db", url)
    assert again.returncode == 2
    assert "empty database" in again.stderr and "Traceback" not in again.stderr


def test_clear_errors_without_tracebacks(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(b"garbage" * 1000)
    for args in (
        ("db", "upgrade", "--db", f"sqlite:///{corrupt}"),
        ("--db", f"sqlite:///{corrupt}"),
        ("db", "upgrade", "--db", "definitely not a url"),
        ("db", "upgrade", "--db", "postgresql://u:topsecret@127.0.0.1:1/x?connect_timeout=2"),
    ):
        done = run(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stderr.startswith("agent-console: "), done.stderr
        assert "Traceback" not in done.stderr
        assert "topsecret" not in done.stderr
    assert corrupt.read_bytes() == b"garbage" * 1000


def test_environment_variable_selects_the_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    done = run("db", "upgrade", env_extra={"AGENT_CONSOLE_DB": url})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "env.sqlite3").exists()


def test_desktop_app_starts_on_demo_data_and_quits(tmp_path: Path) -> None:
    done = run("--demo", "--measure-startup", env_extra={"AGENT_CONSOLE_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert "startup_ms=" in done.stdout
    assert (tmp_path / "data" / "demo.sqlite3").exists()


def test_screenshots_render_png_files(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    done = run("screenshots", str(out), "--lang", "ka", env_extra={"AGENT_CONSOLE_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    files = sorted(p.name for p in out.glob("*.png"))
    assert {"main_ka.png", "search_ka.png", "shortcuts_ka.png"} <= set(files)
    assert all((out / f).stat().st_size > 10_000 for f in files)


def test_hints_for_a_country_and_for_an_unknown_one() -> None:
    import json

    done = run("hints", "--country", "uz", "--json", "--ui", "uz")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["currency"] == "UZS" and data["timezone"] == "Asia/Tashkent" and len(data["hints"]) == 6
    assert {"Click", "Payme"} <= {m["name"] for m in data["payment_methods"]}
    assert all(h["source"] for h in data["hints"])
    plain = run("hints", "--country", "SA")
    assert "fri, sat" in plain.stdout and "mada" in plain.stdout
    unknown = run("hints", "--country", "XX")
    assert unknown.returncode == 0 and "generic" in unknown.stderr and "Country unknown" in unknown.stdout


def test_replies_search_and_render(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    found = run("replies", "search", "refund", "--locale", "ka", "--db", url)
    assert found.returncode == 0 and "refund_confirmation" in found.stdout
    done = run(
        "replies",
        "render",
        "refund_confirmation",
        "--locale",
        "ru",
        "--db",
        url,
        "--set",
        "customer_name=Анна",
        "--set",
        "amount=1250.5 RUB",
        "--set",
        "payment_methods=Мир,СБП",
        "--set",
        "days=3",
    )
    assert done.returncode == 0, done.stderr
    assert (
        "1\xa0250,50\xa0₽" in done.stdout and "Мир и СБП" in done.stdout and "3 рабочих дней" in done.stdout
    )
    missing = run("replies", "render", "refund_confirmation", "--locale", "ru", "--db", url)
    assert missing.returncode == 2 and "amount" in missing.stderr and "Traceback" not in missing.stderr
    wrong = run(
        "replies",
        "render",
        "refund_confirmation",
        "--locale",
        "ru",
        "--db",
        url,
        "--set",
        "amount=lots",
        "--set",
        "customer_name=A",
        "--set",
        "payment_methods=X",
        "--set",
        "days=1",
    )
    assert wrong.returncode == 2 and "refund_confirmation" in wrong.stderr and "ru" in wrong.stderr
    assert "placeholder amount" in wrong.stderr
    unknown = run("replies", "render", "refund_confirmation", "--locale", "xx-YY", "--db", url)
    assert unknown.returncode == 2 and "unknown locale code 'xx-YY'" in unknown.stderr


def test_replies_export_and_import(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    out = tmp_path / "po"
    done = run("replies", "export", str(out), "--locale", "mn", "--db", url)
    assert done.returncode == 0 and (out / "mn.po").exists()
    again = run("replies", "import", str(out / "mn.po"), "--db", url)
    assert again.returncode == 0 and "0 updated, 42 unchanged" in again.stdout
    (tmp_path / "broken.po").write_text('msgid "x"\nmsgstr "y\n', encoding="utf-8")
    broken = run("replies", "import", str(tmp_path / "broken.po"), "--db", url)
    assert (
        broken.returncode == 2
        and "nothing was imported" in broken.stderr
        and "Traceback" not in broken.stderr
    )


def test_report_prints_the_hand_computed_figures_as_json_csv_and_xlsx(tmp_path: Path) -> None:
    import csv
    import io
    import json

    from openpyxl import load_workbook

    from agent_console.core.db import Database
    from tests import factories

    url = f"sqlite:///{tmp_path / 'report.sqlite3'}"
    db = Database.open(url)
    ids = factories.add_march_outcomes(db)
    db.close()
    done = run("report", "--db", url, "--from", "2026-03-01", "--to", "2026-03-31", "--by", "agent")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["total"] == {
        "volume": 6,
        "csat": 50.0,
        "nps": 25.0,
        "ces": 3.5,
        "fcr": 60.0,
        "first_response": 936.0,
        "resolution": 54540.0,
        "handle": 213.33,
        "repeat": 33.33,
    }
    assert [(g["label"], g["volume"]) for g in data["groups"]] == [("Ana One", 4), ("Bo Two", 2)]
    assert data["groups"][0]["key"] == str(ids["a1"])

    done = run(
        "report",
        "--db",
        url,
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "--by",
        "country",
        "--format",
        "csv",
    )
    rows = list(csv.reader(io.StringIO(done.stdout.lstrip("\ufeff"))))
    assert rows[0][:3] == ["Country", "Contacts", "CSAT %"]
    assert [r[:2] for r in rows[1:]] == [["GE", "3"], ["UZ", "2"], ["GR", "1"], ["Total", "6"]]

    out = tmp_path / "march.xlsx"
    done = run(
        "report",
        "--db",
        url,
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "--format",
        "xlsx",
        "--output",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    book = load_workbook(out)
    assert book.sheetnames == ["KPIs", "Volume", "Channels", "Definitions"]
    sheet = book["KPIs"]
    assert [c.value for c in sheet[4]][:3] == ["Total", 6, 50]
    assert "promoters" in book["Definitions"]["A2"].value

    bad = run("report", "--db", url, "--from", "2026-03-31", "--to", "2026-03-01")
    assert bad.returncode == 2 and "before" in bad.stderr and "Traceback" not in bad.stderr
    bad = run("report", "--db", url, "--format", "xlsx")
    assert bad.returncode == 2 and "--output" in bad.stderr


def test_outcomes_codes_import_refuses_a_broken_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'codes.sqlite3'}"
    broken = tmp_path / "codes.json"
    broken.write_text('{"queues": {"*": {"required": ["colour"]}}}', encoding="utf-8")
    done = run("outcomes", "import", str(broken), "--db", url)
    assert done.returncode == 2 and "required" in done.stderr and "left unchanged" in done.stderr
    exported = tmp_path / "export.json"
    done = run("outcomes", "export", "--db", url)
    exported.write_text(done.stdout, encoding="utf-8")
    done = run("outcomes", "import", str(exported), "--db", url)
    assert done.returncode == 0 and "wrap-up codes active" in done.stdout
    done = run("outcomes", "fcr-window", "0", "--db", url)
    assert done.returncode == 2 and "between 1 and 90" in done.stderr


def test_scorecards_import_new_versions_and_refuse_broken_files(tmp_path: Path) -> None:
    import json

    url = f"sqlite:///{tmp_path / 'cards.sqlite3'}"
    done = run("scorecards", "list", "--db", url)
    assert done.returncode == 0 and "Customer conversation quality\tversion 1" in done.stdout
    done = run("scorecards", "export", "Customer conversation quality", "--db", url)
    card = json.loads(done.stdout)
    card["definition"]["sections"][0]["criteria"][0]["weight"] = 12  # now adds up to 102, not 100
    edited = tmp_path / "card.json"
    edited.write_text(json.dumps(card), encoding="utf-8")
    done = run("scorecards", "import", str(edited), "--db", url)
    assert done.returncode == 0 and "version 2" in done.stdout
    assert "add up to 102, not 100" in done.stderr
    card["definition"]["sections"][0]["criteria"][0]["weight"] = -1
    edited.write_text(json.dumps(card), encoding="utf-8")
    done = run("scorecards", "import", str(edited), "--db", url)
    assert done.returncode == 2 and "positive number" in done.stderr and "nothing was imported" in done.stderr
    assert "version 2" in run("scorecards", "list", "--db", url).stdout
