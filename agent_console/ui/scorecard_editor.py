"""Scorecard editor for supervisors: sections and criteria, scales, weights, critical, N/A, root causes.

Edits work on a copy of the newest version; "Save as a new version" writes it through
``reviews.save_scorecard`` (validated first), so reviews already begun keep the version they
were started with.  Titles are edited in the UI language (English is filled in when missing).
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from agent_console.core.coaching import reviews, scoring
from agent_console.core.models import Scorecard
from agent_console.ui.common import outcome_label
from agent_console.ui.tasks import TaskError, TaskRunner

PathRole = Qt.ItemDataRole.UserRole + 1


def _language() -> str:
    language = QLocale().name().split("_")[0]
    return "en" if language in ("", "C") else language


class ScorecardEditor(QDialog):
    saved = Signal(int)  # the new version number

    def __init__(self, tasks: TaskRunner, agent_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.agent_id = agent_id
        self.name = ""
        self.definition: dict[str, Any] = {"sections": []}
        self.version = 0
        self._loading = False
        self.resize(1000, 680)
        self.title = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(lambda *_: self._show_item())
        self.add_section_button = QPushButton(self)
        self.add_criterion_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_section_button.clicked.connect(self.add_section)
        self.add_criterion_button.clicked.connect(self.add_criterion)
        self.remove_button.clicked.connect(self.remove_current)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        for button in (self.add_section_button, self.add_criterion_button, self.remove_button):
            row.addWidget(button)
        left_layout.addLayout(row)

        self.key = QLineEdit(self)
        self.item_title = QLineEdit(self)
        self.scale = QComboBox(self)
        self.weight = QDoubleSpinBox(self)
        self.weight.setRange(0.5, 100)
        self.weight.setDecimals(1)
        self.critical = QCheckBox(self)
        self.allow_na = QCheckBox(self)
        self.causes = QListWidget(self)
        self.form = QFormLayout()
        self.key_label, self.title_label, self.scale_label, self.weight_label, self.causes_label = (
            QLabel(self) for _ in range(5)
        )
        self.form.addRow(self.key_label, self.key)
        self.form.addRow(self.title_label, self.item_title)
        self.form.addRow(self.scale_label, self.scale)
        self.form.addRow(self.weight_label, self.weight)
        self.form.addRow(self.critical)
        self.form.addRow(self.allow_na)
        self.form.addRow(self.causes_label, self.causes)
        right = QWidget(self)
        right.setLayout(self.form)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([420, 580])
        self.check = QLabel(self)
        self.check.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.check, 1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        for signal in (
            self.key.textEdited,
            self.item_title.textEdited,
            self.scale.currentIndexChanged,
            self.weight.valueChanged,
            self.critical.toggled,
            self.allow_na.toggled,
            self.causes.itemChanged,
        ):
            signal.connect(self._edited)
        self.retranslate()
        self.load()

    # --- text ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scorecard"))
        self.add_section_button.setText(self.tr("Add section"))
        self.add_criterion_button.setText(self.tr("Add criterion"))
        self.remove_button.setText(self.tr("Remove"))
        self.key_label.setText(self.tr("Key"))
        self.title_label.setText(self.tr("Title"))
        self.scale_label.setText(self.tr("Scale"))
        self.weight_label.setText(self.tr("Weight"))
        self.causes_label.setText(self.tr("Root causes offered"))
        self.critical.setText(self.tr("Critical: the lowest rating fails the whole review"))
        self.allow_na.setText(self.tr("N/A allowed"))
        self.save_button.setText(self.tr("Save as a new version"))
        self.close_button.setText(self.tr("Close"))
        keep = self.scale.currentData()
        self.scale.blockSignals(True)
        self.scale.clear()
        for data, text in (
            ("yes_no", self.tr("Yes / no")),
            ("3", self.tr("3 points")),
            ("4", self.tr("4 points")),
            ("5", self.tr("5 points")),
        ):
            self.scale.addItem(text, data)
        self.scale.setCurrentIndex(max(self.scale.findData(keep), 0))
        self.scale.blockSignals(False)
        for widget, name in (
            (self.tree, self.tr("Sections and criteria")),
            (self.key, self.tr("Key")),
            (self.item_title, self.tr("Title")),
            (self.scale, self.tr("Scale")),
            (self.weight, self.tr("Weight")),
            (self.causes, self.tr("Root causes offered")),
            (self.add_section_button, self.tr("Add section")),
            (self.add_criterion_button, self.tr("Add criterion")),
            (self.remove_button, self.tr("Remove")),
            (self.save_button, self.tr("Save as a new version")),
            (self.close_button, self.tr("Close")),
        ):
            widget.setAccessibleName(name)
        self._update_title()

    def _update_title(self) -> None:
        self.title.setText(
            self.tr("%1 — version %2 (saving adds version %3; reviews keep the version they began with)")
            .replace("%1", self.name)
            .replace("%2", str(self.version))
            .replace("%3", str(self.version + 1))
        )

    # --- loading and the tree -------------------------------------------------------------

    def load(self) -> None:
        def fetch(session: Any) -> tuple[str, dict[str, Any], int]:
            version = reviews.ensure_default_scorecard(session)
            card = session.scalar(select(Scorecard).where(Scorecard.id == version.scorecard_id))
            return card.name, copy.deepcopy(version.definition), version.version

        self.tasks.db(fetch, self._loaded, owner=self)

    def _loaded(self, result: tuple[str, dict[str, Any], int]) -> None:
        self.name, self.definition, self.version = result
        self._update_title()
        self._rebuild()

    def _rebuild(self, select_path: tuple[int, ...] | None = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        selected = None
        for s_index, section in enumerate(self.definition.get("sections", [])):
            top = QTreeWidgetItem([outcome_label(section.get("title"), section.get("key", "?"))])
            top.setData(0, PathRole, (s_index,))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            if select_path == (s_index,):
                selected = top
            for c_index, criterion in enumerate(section.get("criteria", [])):
                mark = " ★" if criterion.get("critical") else ""
                text = f"{outcome_label(criterion.get('title'), criterion.get('key', '?'))}{mark}  ·  {criterion.get('weight', 1):g}"
                child = QTreeWidgetItem([text])
                child.setData(0, PathRole, (s_index, c_index))
                top.addChild(child)
                if select_path == (s_index, c_index):
                    selected = child
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.tree.setCurrentItem(selected or self.tree.topLevelItem(0))
        self._show_item()
        self._validate()

    def _node(self) -> tuple[tuple[int, ...], dict[str, Any]] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        path = tuple(item.data(0, PathRole))
        section = self.definition["sections"][path[0]]
        return (path, section) if len(path) == 1 else (path, section["criteria"][path[1]])

    def _show_item(self) -> None:
        node = self._node()
        self._loading = True
        is_criterion = node is not None and len(node[0]) == 2
        for widget in (self.scale, self.weight, self.critical, self.allow_na, self.causes):
            widget.setEnabled(is_criterion)
        if node is not None:
            data = node[1]
            self.key.setText(str(data.get("key", "")))
            self.item_title.setText(outcome_label(data.get("title"), ""))
            if is_criterion:
                self.scale.setCurrentIndex(max(self.scale.findData(data.get("scale", "yes_no")), 0))
                self.weight.setValue(float(data.get("weight", 1)))
                self.critical.setChecked(bool(data.get("critical", False)))
                self.allow_na.setChecked(bool(data.get("allow_na", True)))
            self.causes.clear()
            chosen = set(data.get("root_causes") or [])
            for code, labels in (self.definition.get("root_causes") or {}).items():
                entry = QListWidgetItem(outcome_label(labels, code))
                entry.setData(PathRole, code)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
                self.causes.addItem(entry)
        self._loading = False

    def _edited(self, *_args: Any) -> None:
        if self._loading:
            return
        node = self._node()
        if node is None:
            return
        path, data = node
        data["key"] = self.key.text().strip()
        titles = dict(data.get("title") or {})
        titles[_language()] = self.item_title.text().strip()
        titles.setdefault("en", self.item_title.text().strip())
        data["title"] = titles
        if len(path) == 2:
            data["scale"] = self.scale.currentData()
            data["weight"] = round(self.weight.value(), 1)
            data["critical"] = self.critical.isChecked()
            data["allow_na"] = self.allow_na.isChecked()
            data["root_causes"] = [
                self.causes.item(i).data(PathRole)
                for i in range(self.causes.count())
                if self.causes.item(i).checkState() == Qt.CheckState.Checked
            ]
        current = self.tree.currentItem()
        if current is not None:
            mark = " ★" if data.get("critical") else ""
            suffix = f"{mark}  ·  {data.get('weight', 1):g}" if len(path) == 2 else ""
            current.setText(0, outcome_label(data.get("title"), data.get("key", "?")) + suffix)
        self._validate()

    # --- structure ------------------------------------------------------------------------

    def add_section(self) -> None:
        sections = self.definition.setdefault("sections", [])
        n = len(sections) + 1
        title = self.tr("New section")
        sections.append(
            {
                "key": f"section_{n}",
                "title": {"en": title, _language(): title},
                "criteria": [
                    {"key": f"criterion_{n}_1", "title": {"en": "?"}, "scale": "yes_no", "weight": 5}
                ],
            }
        )
        self._rebuild((len(sections) - 1,))

    def add_criterion(self) -> None:
        node = self._node()
        if node is None:
            return
        s_index = node[0][0]
        criteria = self.definition["sections"][s_index]["criteria"]
        title = self.tr("New criterion")
        criteria.append(
            {
                "key": f"criterion_{s_index + 1}_{len(criteria) + 1}",
                "title": {"en": title, _language(): title},
                "scale": "yes_no",
                "weight": 5,
            }
        )
        self._rebuild((s_index, len(criteria) - 1))

    def remove_current(self) -> None:
        node = self._node()
        if node is None:
            return
        path = node[0]
        if len(path) == 1:
            del self.definition["sections"][path[0]]
            self._rebuild()
        else:
            del self.definition["sections"][path[0]]["criteria"][path[1]]
            self._rebuild((path[0],))

    # --- checking and saving ----------------------------------------------------------------

    def _validate(self) -> bool:
        try:
            parsed = scoring.parse(self.definition)
        except scoring.ScorecardError as exc:
            self.check.setText(self.tr("Cannot be saved: %1").replace("%1", str(exc)))
            self.save_button.setEnabled(False)
            return False
        total = sum(c.weight for c in parsed.criteria)
        text = self.tr("%n criteria, total weight %1", "", len(parsed.criteria)).replace("%1", f"{total:g}")
        if parsed.warnings:
            text += " · " + self.tr("The weights do not add up to the declared total; scores stay 0–100.")
        self.check.setText(text)
        self.save_button.setEnabled(True)
        return True

    def save(self) -> None:
        if not self._validate():
            return
        name, definition, agent_id = self.name, copy.deepcopy(self.definition), self.agent_id

        def run(session: Any) -> int:
            return reviews.save_scorecard(session, name, definition, agent_id=agent_id).version

        self.tasks.db(run, self._saved, self._failed, owner=self)

    def _saved(self, version: int) -> None:
        self.version = version
        self._update_title()
        self.check.setText(self.tr("Saved as version %1.").replace("%1", str(version)))
        self.saved.emit(version)

    def _failed(self, error: TaskError) -> None:
        self.check.setText(self.tr("Cannot be saved: %1").replace("%1", str(error)))
