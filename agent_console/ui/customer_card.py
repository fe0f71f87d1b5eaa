"""The customer's card: who they are on each channel, their language, country and clock,
likely duplicates to merge, and merges that can be undone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QEvent, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agent_console.core import profile as core_profile
from agent_console.core.identity import MergeSuggestion
from agent_console.core.profile import MergeView, Profile
from agent_console.ui.common import (
    FormRowsFit,
    Section,
    WrappingButton,
    country_display,
    format_agent_time,
    icon,
    identity_kind_name,
    language_display,
    pin_to_ui_side,
)
from agent_console.ui.tasks import TaskRunner


class CustomerCardWidget(QWidget):
    merge_requested = Signal(int, int)  # source, target
    dismiss_requested = Signal(int, int)
    undo_requested = Signal(int)  # merge id
    merge_dialog_requested = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.profile: Profile | None = None
        self.customer_id: int | None = None
        self._generation = 0

        self.name = QLabel(self)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QFormLayout()
        self.details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language_label, self.language_value = QLabel(self), QLabel(self)
        self.country_label, self.country_value = QLabel(self), QLabel(self)
        self.time_label, self.time_value = QLabel(self), QLabel(self)
        self.contacts_label, self.contacts_value = QLabel(self), QLabel(self)
        for label, value in (
            (self.language_label, self.language_value),
            (self.country_label, self.country_value),
            (self.time_label, self.time_value),
            (self.contacts_label, self.contacts_value),
        ):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setBuddy(value)
            self.details.addRow(label, value)

        self.identities_box = Section(self)
        self.identities = QListWidget(self.identities_box)
        self.identities.setWordWrap(True)
        box_layout = QVBoxLayout(self.identities_box.body)
        box_layout.addWidget(self.identities)

        self.suggestions_box = Section(self)
        self.suggestions = QListWidget(self.suggestions_box)
        self.suggestions.setWordWrap(True)
        self.merge_button = WrappingButton(self.suggestions_box)
        self.not_same_button = WrappingButton(self.suggestions_box)
        self.merge_other_button = WrappingButton(self)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addWidget(self.not_same_button)
        s_layout = QVBoxLayout(self.suggestions_box.body)
        s_layout.addWidget(self.suggestions)
        s_layout.addLayout(row)

        self.merges_box = Section(self)
        self.merges = QListWidget(self.merges_box)
        self.undo_button = WrappingButton(self.merges_box)
        m_layout = QVBoxLayout(self.merges_box.body)
        m_layout.addWidget(self.merges)
        m_layout.addWidget(self.undo_button)

        content = QWidget(self)
        self.details_fit = FormRowsFit(self.details, content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)  # a narrow column: its room goes to the words
        layout.addWidget(self.name)
        layout.addLayout(self.details)
        layout.addWidget(self.identities_box)
        layout.addWidget(self.suggestions_box)
        layout.addWidget(self.merges_box)
        layout.addWidget(self.merge_other_button)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.merge_button.clicked.connect(self._merge_selected)
        self.not_same_button.clicked.connect(self._dismiss_selected)
        self.undo_button.clicked.connect(self._undo_selected)
        self.merge_other_button.clicked.connect(self.merge_dialog_requested)
        self.suggestions.itemActivated.connect(lambda _i: self._merge_selected())
        self.clock = QTimer(self)
        self.clock.setInterval(30_000)
        self.clock.timeout.connect(self._update_clock)
        self.clock.start()
        self.retranslate()
        self.show_profile(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("Language:"))
        self.country_label.setText(self.tr("Country:"))
        self.time_label.setText(self.tr("Local time:"))
        self.contacts_label.setText(self.tr("Contacts:"))
        self.identities_box.setTitle(self.tr("Identities"))
        self.identities.setAccessibleName(self.tr("The customer's identities per channel"))
        self.suggestions_box.setTitle(self.tr("Possibly the same person"))
        self.suggestions.setAccessibleName(self.tr("Suggested merges"))
        self.merge_button.setText(self.tr("Merge into this customer"))
        self.not_same_button.setText(self.tr("Not the same person"))
        self.merges_box.setTitle(self.tr("Merged into this customer"))
        self.merges.setAccessibleName(self.tr("Merges that can be undone"))
        self.undo_button.setText(self.tr("Undo merge"))
        self.merge_other_button.setText(self.tr("Merge with another customer… (Ctrl+M)"))
        if self.profile is not None:
            self.show_profile(self.profile)

    def load(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self._generation += 1
        generation = self._generation
        if customer_id is None:
            self.show_profile(None)
            return
        self.tasks.db(
            lambda s: core_profile.load(s, customer_id),
            lambda profile: self._arrived(generation, profile),
            owner=self,
        )

    def reload(self) -> None:
        self.load(self.customer_id)

    def _arrived(self, generation: int, profile: Profile | None) -> None:
        if generation == self._generation:
            self.show_profile(profile)

    def show_profile(self, profile: Profile | None) -> None:
        self.profile = profile
        has = profile is not None
        for widget in (self.identities_box, self.merge_other_button):
            widget.setVisible(has)
        if profile is None:
            self.name.setText(self.tr("No customer selected"))
            for value in (self.language_value, self.country_value, self.time_value, self.contacts_value):
                value.setText("")
            self.suggestions_box.hide()
            self.merges_box.hide()
            return
        card = profile.card
        self.name.setText(card.display_name)
        pin_to_ui_side(self.name)
        self.language_value.setText(language_display(card.language) if card.language else self.tr("unknown"))
        self.country_value.setText(country_display(card.country) if card.country else self.tr("unknown"))
        self.contacts_value.setText(
            self.tr("%1 open of %2")
            .replace("%1", str(card.open_count))
            .replace("%2", str(card.interaction_count))
        )
        self._update_clock()
        self.identities.clear()
        for ident in card.identities:
            item = QListWidgetItem(
                icon(ident.kind if ident.kind != "chat" else "chat"),
                f"{identity_kind_name(ident.kind)}: {ident.value}",
            )
            self.identities.addItem(item)
        self._fit(self.identities)
        self.suggestions.clear()
        for suggestion in profile.suggestions:
            reason = (
                self.tr("same name and country")
                if suggestion.reason == "same_name_country"
                else self.tr("similar address: %1").replace("%1", suggestion.detail)
            )
            item = QListWidgetItem(f"{suggestion.other_name} — {reason}")
            item.setData(Qt.ItemDataRole.UserRole, suggestion)
            self.suggestions.addItem(item)
        if profile.suggestions:
            self.suggestions.setCurrentRow(0)
        self._fit(self.suggestions)
        self.suggestions_box.setVisible(bool(profile.suggestions))
        self.merges.clear()
        for merge in profile.merges:
            when = format_agent_time(merge.merged_at) if isinstance(merge.merged_at, datetime) else ""
            item = QListWidgetItem(f"{merge.source_name} — {when}")
            item.setData(Qt.ItemDataRole.UserRole, merge)
            self.merges.addItem(item)
        if profile.merges:
            self.merges.setCurrentRow(0)
        self._fit(self.merges)
        self.merges_box.setVisible(bool(profile.merges))

    @staticmethod
    def _fit(widget: QListWidget) -> None:
        rows = min(max(widget.count(), 1), 6)
        widget.setFixedHeight(
            widget.sizeHintForRow(0) * rows + 2 * widget.frameWidth() + 4 if widget.count() else 24
        )

    def _update_clock(self) -> None:
        if self.profile is None:
            return
        tz = self.profile.card.timezone
        if not tz:
            self.time_value.setText(self.tr("time zone unknown"))
            return
        try:
            local = datetime.now(UTC).astimezone(ZoneInfo(tz))
        except (ZoneInfoNotFoundError, ValueError):
            self.time_value.setText(self.tr("time zone unknown"))
            return
        qtime = QTime(local.hour, local.minute)
        day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
        self.time_value.setText(f"{day} {QLocale().toString(qtime, QLocale.FormatType.ShortFormat)} ({tz})")

    def _selected_suggestion(self) -> MergeSuggestion | None:
        item = self.suggestions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _merge_selected(self) -> None:
        suggestion = self._selected_suggestion()
        if suggestion is not None:
            self.merge_requested.emit(suggestion.other_id, suggestion.customer_id)

    def _dismiss_selected(self) -> None:
        suggestion = self._selected_suggestion()
        if suggestion is not None:
            self.dismiss_requested.emit(suggestion.customer_id, suggestion.other_id)

    def _undo_selected(self) -> None:
        item = self.merges.currentItem()
        merge: MergeView | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        if merge is not None:
            self.undo_requested.emit(merge.id)

    def current_name(self) -> str:
        return self.profile.card.display_name if self.profile else ""
