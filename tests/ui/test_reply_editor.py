"""The supervisors' reply editor through the real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from agent_console.core.replies import editing
from agent_console.ui.reply_editor import ReplyEditor
from agent_console.ui.tasks import TaskRunner


def open_editor(qtbot, db) -> ReplyEditor:
    editor = ReplyEditor(TaskRunner(db))
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.list.count() > 0 and editor.current is not None, timeout=10_000)
    return editor


def select(qtbot, editor: ReplyEditor, key: str, locale: str) -> None:
    editor.filter.setText(key)
    qtbot.waitUntil(lambda: editor.current is not None and editor.current.key == key, timeout=5_000)
    editor.locale.setCurrentIndex(editor.locale.findData(locale))


def test_translate_flag_outdated_and_refuse_bad_placeholders(qtbot, sqlite_database) -> None:
    editor = open_editor(qtbot, sqlite_database)
    assert "replies" in editor.summary.text()
    select(qtbot, editor, "hold_checking", "ka")
    assert editor.target_body.toPlainText() and editor.status.text() == "Up to date."
    # A bad placeholder in the translation is named and cannot be saved.
    editor.target_body.setPlainText("ერთი წუთით {who}")
    assert "who" in editor.problems.text() and not editor.save_target_button.isEnabled()
    editor.target_body.setPlainText("ერთი წუთით, გთხოვთ.")
    assert editor.save_target_button.isEnabled()
    qtbot.mouseClick(editor.save_target_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            editor.changed
            and editor.current is not None
            and editor.current.variants["ka"].body == "ერთი წუთით, გთხოვთ."
        ),
        timeout=10_000,
    )
    # Changing the source makes every translation outdated.
    editor.source_body.setPlainText("One moment, please, while I check that for you.")
    qtbot.mouseClick(editor.save_source_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.current is not None and editor.current.source_version == 2, timeout=10_000)
    editor.locale.setCurrentIndex(editor.locale.findData("de"))
    assert editor.status.text().startswith("Outdated")
    with sqlite_database.session() as s:
        rows, _ = editing.overview(s)
    row = next(r for r in rows if r.key == "hold_checking")
    assert "de" in row.outdated() and "ka" in row.outdated() and row.variants["en"].edited


def test_export_and_import_from_the_editor(qtbot, sqlite_database, tmp_path: Path) -> None:
    editor = open_editor(qtbot, sqlite_database)
    editor.export_to(tmp_path)
    qtbot.waitUntil(
        lambda: (tmp_path / "replies.csv").exists() and (tmp_path / "ka.po").exists(), timeout=10_000
    )
    editor.import_paths([tmp_path / "mn.po"])
    qtbot.waitUntil(lambda: "42 unchanged" in editor.status.text(), timeout=10_000)
    (tmp_path / "bad.po").write_text('msgid "x"\nmsgstr "y\n', encoding="utf-8")
    editor.import_paths([tmp_path / "bad.po"])
    qtbot.waitUntil(lambda: "bad.po" in editor.problems.text(), timeout=10_000)
