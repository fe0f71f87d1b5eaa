from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from agent_console.core.models import Reply, ReplyVariant
from agent_console.core.replies import exchange, library


def _variant(session, key: str, locale: str) -> ReplyVariant:
    return session.scalar(
        select(ReplyVariant).join(Reply).where(Reply.key == key, ReplyVariant.locale == locale)
    )


def test_po_round_trip_and_translator_edits(database, tmp_path: Path) -> None:
    with database.session() as s:
        library.seed(s)
        assert exchange.export_po(s, "ka", tmp_path / "ka.po") == 84
    with database.session() as s:
        assert exchange.import_file(s, tmp_path / "ka.po").unchanged == 42
    po = (tmp_path / "ka.po").read_text(encoding="utf-8")
    original = _body(database, "hold_checking", "ka")
    po = po.replace(_po_escape(original), _po_escape("ერთი წუთით, გთხოვთ, ვამოწმებ."), 1)
    (tmp_path / "ka.po").write_text(po, encoding="utf-8")
    with database.session() as s:
        report = exchange.import_file(s, tmp_path / "ka.po")
    assert report.updated == 1
    assert _body(database, "hold_checking", "ka") == "ერთი წუთით, გთხოვთ, ვამოწმებ."


def _body(database, key: str, locale: str) -> str:
    with database.session() as s:
        return _variant(s, key, locale).body


def _po_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def test_edits_made_in_the_app_after_export_are_kept(database, tmp_path: Path) -> None:
    with database.session() as s:
        library.seed(s)
        exchange.export_po(s, "de", tmp_path / "de.po")
    with database.session() as s:
        variant = _variant(s, "hold_checking", "de")
        variant.body, variant.edited = "Einen Moment, bitte – ich sehe nach.", True
        variant.updated_at = variant.updated_at.replace(year=2099)
    po = (tmp_path / "de.po").read_text(encoding="utf-8")
    with database.session() as s:
        original = _variant(s, "hold_checking", "en").body
    assert _po_escape(original) in po
    with database.session() as s:
        report = exchange.import_file(s, tmp_path / "de.po")
    assert any("hold_checking" in c for c in report.conflicts)
    assert _body(database, "hold_checking", "de") == "Einen Moment, bitte – ich sehe nach."


def test_csv_round_trip_adds_a_new_locale(database, tmp_path: Path) -> None:
    with database.session() as s:
        library.seed(s)
        exchange.export_csv(s, tmp_path / "r.csv", ["en", "it"])
    with (tmp_path / "r.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["key", "field", "en", "it"] and all(r[3] == "" for r in rows[1:])
    for row in rows[1:]:
        if row[0] == "hold_checking":
            row[3] = "Un momento, per favore." if row[1] == "body" else "Attesa"
    with (tmp_path / "r.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    with database.session() as s:
        assert exchange.import_file(s, tmp_path / "r.csv").updated == 1
    with database.session() as s:
        reply_id = s.scalar(select(Reply.id).where(Reply.key == "hold_checking"))
        assert library.choose(s, reply_id, "it_IT").body == "Un momento, per favore."


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.po", 'msgid "x"\nmsgstr "y\n', "does not say its language"),
        ("bad2.po", "\x00\x01 binary garbage \xff", "bad2.po: "),
        ("bad.csv", "key,field,de\nhold_checking,title\n", "bad.csv:2: 2 columns, expected 3"),
        ("bad.csv", "key,field,xx-YY\n", "unknown locale code 'xx-YY'"),
        ("bad.txt", "hello", "import .po or .csv"),
    ],
)
def test_malformed_files_are_refused_with_a_clear_message(
    database, tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with database.session() as s:
        library.seed(s)
    with database.session() as s, pytest.raises(library.LibraryError, match=message):
        exchange.import_file(s, path)


def test_a_bad_row_means_nothing_is_imported(database, tmp_path: Path) -> None:
    with database.session() as s:
        library.seed(s)
    path = tmp_path / "r.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["key", "field", "de"])
        writer.writerow(["hold_checking", "body", "Moment bitte."])  # valid
        writer.writerow(["refund_confirmation", "body", "Erstattung von {betrag}."])  # wrong placeholders
    with database.session() as s, pytest.raises(library.LibraryError) as info:
        exchange.import_file(s, path)
    assert (
        "refund_confirmation" in str(info.value) and "de" in str(info.value) and "betrag" in str(info.value)
    )
    assert _body(database, "hold_checking", "de") != "Moment bitte."
