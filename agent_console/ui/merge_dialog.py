"""Pick another customer to merge into the one on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.customers import CustomerHit
from agent_console.ui.inbox import ItemRole, SearchModel
from agent_console.ui.tasks import TaskRunner


class MergeDialog(QDialog):
    def __init__(
        self, tasks: TaskRunner, target_id: int, target_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.target_id = target_id
        self.setWindowTitle(self.tr("Merge customers"))
        self.explain = QLabel(
            self.tr(
                "Find the duplicate of <b>%1</b>. Its identities and conversations move to "
                "%1; you can undo the merge later."
            ).replace("%1", target_name),
            self,
        )
        self.explain.setWordWrap(True)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Name, email or phone"))
        self.query.setAccessibleName(self.tr("Search for the customer to merge"))
        self.model = SearchModel(tasks, self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Customers found"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(lambda: self.model.search(self.query.text()))
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.model.modelReset.connect(self._select_first)
        self.results.doubleClicked.connect(lambda _i: self.accept())
        self.query.installEventFilter(self)
        self._update_ok()
        self.resize(520, 420)

    def _select_first(self) -> None:
        for row in range(self.model.rowCount()):
            hit: CustomerHit = self.model.index(row).data(ItemRole)
            if hit.id != self.target_id:
                self.results.setCurrentIndex(self.model.index(row))
                break
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.selected() is not None)

    def eventFilter(self, watched, event) -> bool:
        # Down/Up in the search field move through the results: no mouse needed.
        if (
            watched is self.query
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            row = self.results.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.model.rowCount():
                self.results.setCurrentIndex(self.model.index(row))
                self._update_ok()
            return True
        return super().eventFilter(watched, event)

    def selected(self) -> CustomerHit | None:
        index = self.results.currentIndex()
        hit: CustomerHit | None = index.data(ItemRole) if index.isValid() else None
        return hit if hit is not None and hit.id != self.target_id else None
