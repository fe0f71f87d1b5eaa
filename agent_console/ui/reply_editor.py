"""The supervisors' reply editor: source and translation side by side, gaps and stale ones flagged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.replies import editing, exchange, library
from agent_console.core.replies.editing import ReplyRow
from agent_console.ui.reply_picker import locale_name
from agent_console.ui.tasks import TaskError, TaskRunner


class ReplyEditor(QDialog):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.rows: list[ReplyRow] = []
        self.locales: list[str] = []
        self.current: ReplyRow | None = None
        self.changed = False
        self.setWindowTitle(self.tr("Canned replies"))

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by key, title or category"))
        self.filter.setAccessibleName(self.tr("Filter replies"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Replies"))
        self.summary = QLabel(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.summary)

        self.category = QLineEdit(self)
        self.channels = QLineEdit(self)
        self.tags = QLineEdit(self)
        self.usage = QLabel(self)
        self.placeholders = QLabel(self)
        self.placeholders.setWordWrap(True)
        self.source_title = QLineEdit(self)
        self.source_body = QPlainTextEdit(self)
        self.locale = QComboBox(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.target_title = QLineEdit(self)
        self.target_body = QPlainTextEdit(self)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self._action_error = ""
        self.problems.setStyleSheet("color: #b3261e;")
        self.save_source_button = QPushButton(self.tr("Save source"), self)
        self.save_target_button = QPushButton(self.tr("Save translation"), self)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)

        meta = QFormLayout()
        meta.addRow(self.tr("Category:"), self.category)
        meta.addRow(self.tr("Channels:"), self.channels)
        meta.addRow(self.tr("Tags:"), self.tags)
        meta.addRow(self.tr("Placeholders:"), self.placeholders)
        meta.addRow(self.tr("Used:"), self.usage)
        source_box = QVBoxLayout()
        source_box.addWidget(QLabel(self.tr("Source (English)"), self))
        source_box.addWidget(self.source_title)
        source_box.addWidget(self.source_body, 1)
        source_box.addWidget(self.save_source_button)
        target_box = QVBoxLayout()
        target_head = QHBoxLayout()
        target_head.addWidget(QLabel(self.tr("Translation:"), self))
        target_head.addWidget(self.locale, 1)
        target_box.addLayout(target_head)
        target_box.addWidget(self.target_title)
        target_box.addWidget(self.target_body, 1)
        target_box.addWidget(self.save_target_button)
        side_by_side = QHBoxLayout()
        side_by_side.addLayout(source_box, 1)
        side_by_side.addLayout(target_box, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(meta)
        right_layout.addLayout(side_by_side, 1)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.problems)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1280, 760)

        self.category.setAccessibleName(self.tr("Category"))
        self.channels.setAccessibleName(self.tr("Channels"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.source_title.setAccessibleName(self.tr("Source title"))
        self.source_body.setAccessibleName(self.tr("Source text"))
        self.target_title.setAccessibleName(self.tr("Translated title"))
        self.target_body.setAccessibleName(self.tr("Translated text"))
        self.locale.setAccessibleName(self.tr("Translation language"))
        self.filter.textChanged.connect(lambda _t: self._fill_list())
        self.list.currentRowChanged.connect(lambda _r: self._show_current())
        self.locale.currentIndexChanged.connect(lambda _i: self._show_target())
        self.target_body.textChanged.connect(self._validate)
        self.source_body.textChanged.connect(self._validate)
        self.save_source_button.clicked.connect(self.save_source)
        self.save_target_button.clicked.connect(self.save_target)
        self.import_button.clicked.connect(self.import_files)
        self.export_button.clicked.connect(self.export_files)
        self.load()

    # --- loading ---------------------------------------------------------------------------

    def load(self, keep: str | None = None) -> None:
        def work(session: Any) -> Any:
            library.ensure_seeded(session)
            return editing.overview(session)

        self.tasks.db(work, lambda result: self._loaded(*result, keep), owner=self)

    def _loaded(self, rows: list[ReplyRow], locales: list[str], keep: str | None) -> None:
        self.rows, self.locales = rows, locales
        current_locale = self.locale.currentData()
        self.locale.blockSignals(True)
        self.locale.clear()
        for code in locales:
            if code != "en":
                self.locale.addItem(f"{locale_name(code)} ({code})", code)
        self.locale.setCurrentIndex(max(self.locale.findData(current_locale or "ka"), 0))
        self.locale.blockSignals(False)
        self._fill_list(keep or (self.current.key if self.current else None))

    def _fill_list(self, keep: str | None = None) -> None:
        needle = self.filter.text().casefold()
        self.list.blockSignals(True)
        self.list.clear()
        missing_total = outdated_total = 0
        for row in self.rows:
            missing, outdated = row.missing(self.locales), row.outdated()
            missing_total += len(missing)
            outdated_total += len(outdated)
            if needle and needle not in f"{row.key} {row.title} {row.category}".casefold():
                continue
            flags = []
            if missing:
                flags.append(self.tr("%1 missing").replace("%1", str(len(missing))))
            if outdated:
                flags.append(self.tr("%1 outdated").replace("%1", str(len(outdated))))
            item = QListWidgetItem(
                f"{row.title}\n{row.category} · {row.key}" + (f" · ⚠ {', '.join(flags)}" if flags else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, row.key)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.summary.setText(
            self.tr("%1 replies · %2 translations missing · %3 outdated")
            .replace("%1", str(len(self.rows)))
            .replace("%2", str(missing_total))
            .replace("%3", str(outdated_total))
        )
        keys = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        self.list.setCurrentRow(keys.index(keep) if keep in keys else 0)
        self._show_current()

    def _show_current(self) -> None:
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.current = next((r for r in self.rows if r.key == key), None)
        row = self.current
        if row is None:
            return
        self.category.setText(row.category)
        self.channels.setText(", ".join(row.channels))
        self.tags.setText(", ".join(row.tags))
        self.placeholders.setText(" ".join("{" + p + "}" for p in row.placeholders) or "—")
        self.usage.setText(self.tr("%n times", "", row.usage_count))
        source = row.variants.get(row.source_locale)
        self.source_title.setText(source.title if source else "")
        self.source_body.setPlainText(source.body if source else "")
        self._show_target()

    def _show_target(self) -> None:
        row, locale = self.current, self.locale.currentData()
        if row is None or locale is None:
            return
        variant = row.variants.get(locale)
        self.target_title.setText(variant.title if variant else "")
        self.target_body.setPlainText(variant.body if variant else "")
        if variant is None:
            self.status.setText(self.tr("No %1 translation yet.").replace("%1", locale_name(locale)))
        elif variant.outdated:
            self.status.setText(self.tr("Outdated: the source changed after this translation was made."))
        else:
            self.status.setText(self.tr("Up to date."))
        self._validate()

    def _validate(self) -> None:
        row = self.current
        if row is None:
            return
        problems = []
        for label, body, locale in (
            (self.tr("Source"), self.source_body.toPlainText(), row.source_locale),
            (self.tr("Translation"), self.target_body.toPlainText(), self.locale.currentData()),
        ):
            if not body.strip() or locale is None:
                continue
            try:
                library.validate_variant(row.key, locale, body, set(row.placeholders))
            except library.LibraryError as exc:
                problems.append(f"{label}: {exc}")
        channels = [c.strip() for c in self.channels.text().split(",") if c.strip()]
        if ("sms" in channels or "any" in channels) and len(
            self.target_body.toPlainText()
        ) > library.SMS_LIMIT:
            problems.append(
                self.tr("Longer than %1 characters: on SMS it is split into several messages.").replace(
                    "%1", str(library.SMS_LIMIT)
                )
            )
        # The last failed action (an import, a save) stays in view until an action succeeds:
        # a reload finishing later must not wipe it.
        shown = [self._action_error, *problems] if self._action_error else problems
        self.problems.setText("\n".join(shown))
        self.save_target_button.setEnabled(not any(p.startswith(self.tr("Translation")) for p in problems))

    # --- saving ----------------------------------------------------------------------------

    def _done(self, message: str) -> Any:
        def finished(_result: Any) -> None:
            self.changed = True
            self._action_error = ""
            self.status.setText(message)
            self.load(self.current.key if self.current else None)

        return finished

    def _failed(self, error: TaskError) -> None:
        self._action_error = str(error)
        self.problems.setText(self._action_error)

    def save_source(self) -> None:
        row = self.current
        if row is None:
            return
        title, body = self.source_title.text(), self.source_body.toPlainText()
        category = self.category.text()
        channels = [c.strip() for c in self.channels.text().split(",") if c.strip()]
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        self.tasks.db(
            lambda s: editing.save_source(
                s, row.id, title=title, body=body, category=category, channels=channels, tags=tags
            ),
            self._done(self.tr("Source saved.")),
            self._failed,
            owner=self,
        )

    def save_target(self) -> None:
        row, locale = self.current, self.locale.currentData()
        if row is None or locale is None:
            return
        title, body = self.target_title.text(), self.target_body.toPlainText()
        self.tasks.db(
            lambda s: editing.save_variant(s, row.id, locale, title=title, body=body),
            self._done(self.tr("Translation saved.")),
            self._failed,
            owner=self,
        )

    def import_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import translations"), "", self.tr("Translations (*.po *.csv)")
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def import_paths(self, paths: list[Path]) -> None:
        def work(session: Any) -> list[str]:
            lines = []
            for path in paths:
                report = exchange.import_file(session, path)
                lines.append(
                    self.tr("%1: %2 updated, %3 unchanged, %4 kept (edited since export)")
                    .replace("%1", path.name)
                    .replace("%2", str(report.updated))
                    .replace("%3", str(report.unchanged))
                    .replace("%4", str(len(report.conflicts)))
                )
            return lines

        def finished(lines: list[str]) -> None:
            self.changed = True
            self._action_error = ""
            self.status.setText("\n".join(lines))
            self.load(self.current.key if self.current else None)

        self.tasks.db(work, finished, self._failed, owner=self)

    def export_files(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export for translators"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        locales = list(self.locales)

        def work(session: Any) -> int:
            for code in locales:
                exchange.export_po(session, code, folder / f"{code}.po")
            exchange.export_csv(session, folder / "replies.csv", locales)
            return len(locales)

        self.tasks.db(
            work,
            lambda n: self.status.setText(
                self.tr("Exported %1 languages to %2").replace("%1", str(n)).replace("%2", str(folder))
            ),
            self._failed,
            owner=self,
        )
