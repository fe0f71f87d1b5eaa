"""The agent's main window: inbox | timeline + composer | customer card.

It assembles the screens and wires them together; the screens never import it.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agent_console import APP_NAME, __version__
from agent_console.core import conversation, customers, identity
from agent_console.core import inbox as core_inbox
from agent_console.core.conversation import InteractionInfo
from agent_console.core.culture import money
from agent_console.core.culture.drafts import DraftContext
from agent_console.core.culture.inference import set_profile_locale
from agent_console.core.culture.panel import PanelFacts
from agent_console.core.customers import CustomerHit
from agent_console.core.db import Database
from agent_console.core.inbox import InboxItem
from agent_console.core.models import Agent
from agent_console.core.replies import library
from agent_console.core.replies.template import RenderContext
from agent_console.settings import Settings, rates_enabled
from agent_console.ui import appearance, i18n
from agent_console.ui.common import icon
from agent_console.ui.composer import Composer
from agent_console.ui.customer_card import CustomerCardWidget
from agent_console.ui.help import ShortcutsDialog
from agent_console.ui.inbox import InboxModel, InboxView, ItemRole, SearchModel
from agent_console.ui.locale_panel import LocalePanel, agent_currency_default, ui_language
from agent_console.ui.merge_dialog import MergeDialog
from agent_console.ui.reply_editor import ReplyEditor
from agent_console.ui.reply_picker import ReplyRequest
from agent_console.ui.settings_dialog import SettingsDialog
from agent_console.ui.tasks import TaskError, TaskRunner
from agent_console.ui.timeline import TimelinePanel

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    customer_shown = Signal(int)

    def __init__(self, database: Database, agent: Agent, settings: Settings) -> None:
        super().__init__()
        self.database = database
        self.agent_id = agent.id
        self.agent_name = agent.name
        self.settings = settings
        self.tasks = TaskRunner(database, self)
        self.tasks.failed.connect(self._task_failed)
        self.customer_id: int | None = None
        self.customer_name = ""
        self._last_merge_id: int | None = None
        self.setWindowIcon(icon("app"))

        # Left: search + inbox / search results.
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.inbox_model = InboxModel(self.tasks, self)
        self.inbox_view = InboxView(self)
        self.inbox_view.setModel(self.inbox_model)
        self.search_model = SearchModel(self.tasks, self)
        self.search_view = QListView(self)
        self.search_view.setUniformItemSizes(True)
        self.search_view.setStyleSheet("QListView::item { padding: 4px 2px; }")
        self.search_view.setModel(self.search_model)
        self.left_stack = QStackedWidget(self)
        self.left_stack.addWidget(self.inbox_view)
        self.left_stack.addWidget(self.search_view)
        self.left_title = QLabel(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.left_title)
        left_layout.addWidget(self.left_stack, 1)

        # Centre: timeline over composer.
        self.timeline = TimelinePanel(self.tasks, self)
        self.composer = Composer(self.tasks, self)
        self.composer.agent_id = agent.id
        self.centre = QSplitter(Qt.Orientation.Vertical, self)
        self.centre.addWidget(self.timeline)
        self.centre.addWidget(self.composer)
        self.centre.setStretchFactor(0, 4)
        self.centre.setStretchFactor(1, 1)
        self.centre.setChildrenCollapsible(False)
        self.centre.setSizes([620, 170])

        # Right: customer card over the locale panel.
        self.card = CustomerCardWidget(self.tasks, self)
        self.locale_panel = LocalePanel(self.tasks, settings.agent_currency or agent_currency_default(), self)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.addWidget(self.card)
        self.right.addWidget(self.locale_panel)
        self.right.setSizes([330, 470])
        self.right.setChildrenCollapsible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([320, 760, 300])
        self.setCentralWidget(self.splitter)

        self.db_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.db_label)
        self.undo_button = QPushButton(self)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_last_merge)
        self.statusBar().addPermanentWidget(self.undo_button)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.inbox_view.selectionModel().currentChanged.connect(self._inbox_current_changed)
        self.inbox_model.loaded.connect(self._inbox_loaded)
        self.search_view.activated.connect(self._search_activated)
        self.search_model.searched.connect(self._search_done)
        self.composer.sent.connect(self._reply_sent)
        self.card.merge_requested.connect(self.merge_customers)
        self.card.dismiss_requested.connect(self._dismiss_suggestion)
        self.card.undo_requested.connect(self.undo_merge)
        self.card.merge_dialog_requested.connect(self.open_merge_dialog)
        self.locale_panel.facts_changed.connect(self._facts_changed)
        self.composer.reply_request = self._reply_request
        self.locale_panel.locale_edited.connect(self._locale_edited)
        self._rates_timer = QTimer(self)
        self._rates_timer.setInterval(6 * 3600 * 1000)
        self._rates_timer.timeout.connect(self.fetch_rates)
        if rates_enabled(settings):
            self._rates_timer.start()
            QTimer.singleShot(3000, self.fetch_rates)  # after the window is up, never in its way

        self._create_actions()
        self.retranslate()
        self._restore_geometry()
        self.inbox_model.reload()

    # --- actions and text -------------------------------------------------------------

    def _action(self, shortcut: str | QKeySequence.StandardKey, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.act_search = self._action("Ctrl+F", self.focus_search)
        self.act_inbox = self._action("Ctrl+1", lambda: self.inbox_view.setFocus())
        self.act_timeline = self._action("Ctrl+2", lambda: self.timeline.view.setFocus())
        self.act_reply = self._action("Ctrl+3", lambda: self.composer.editor.setFocus())
        self.act_card = self._action("Ctrl+4", lambda: self.card.setFocus())
        self.act_next = self._action("Ctrl+PgDown", lambda: self._move_in_inbox(1))
        self.act_prev = self._action("Ctrl+PgUp", lambda: self._move_in_inbox(-1))
        self.act_find = self._action("Ctrl+Shift+F", self.timeline.focus_search)
        self.act_prev_interaction = self._action("Ctrl+Shift+Up", self.timeline.jump_to_previous_interaction)
        self.act_channel = self._action("Ctrl+L", lambda: self.timeline.channel_filter.setFocus())
        self.act_refresh = self._action("F5", self.refresh)
        self.act_merge = self._action("Ctrl+M", self.open_merge_dialog)
        self.act_undo_merge = self._action("Ctrl+Alt+Z", self.undo_last_merge)
        self.act_replies = self._action("Ctrl+Shift+R", self.open_reply_editor)
        self.act_settings = self._action(QKeySequence.StandardKey.Preferences, self.open_settings)
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_shortcuts = self._action("F1", self.show_shortcuts)
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.show_about)
        self.act_quit = self._action(QKeySequence.StandardKey.Quit, self.close)
        if self.act_quit.shortcut().isEmpty():
            self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))

        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act_refresh)
        self.menu_file.addAction(self.act_settings)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_go = bar.addMenu("")
        for action in (
            self.act_search,
            self.act_inbox,
            self.act_timeline,
            self.act_reply,
            self.act_card,
            self.act_next,
            self.act_prev,
            self.act_find,
            self.act_prev_interaction,
            self.act_channel,
        ):
            self.menu_go.addAction(action)
        self.menu_customer = bar.addMenu("")
        self.menu_customer.addAction(self.act_merge)
        self.menu_customer.addAction(self.act_undo_merge)
        self.menu_tools = bar.addMenu("")
        self.menu_tools.addAction(self.act_replies)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_shortcuts)
        self.menu_help.addAction(self.act_about)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_customer.setTitle(self.tr("&Customer"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.menu_help.setTitle(self.tr("&Help"))
        texts = {
            self.act_search: self.tr("Search customers"),
            self.act_inbox: self.tr("Go to the inbox"),
            self.act_timeline: self.tr("Go to the timeline"),
            self.act_reply: self.tr("Go to the reply"),
            self.act_card: self.tr("Go to the customer card"),
            self.act_next: self.tr("Next conversation"),
            self.act_prev: self.tr("Previous conversation"),
            self.act_find: self.tr("Find in timeline"),
            self.act_prev_interaction: self.tr("Jump to the previous interaction"),
            self.act_channel: self.tr("Filter the timeline by channel"),
            self.act_refresh: self.tr("Refresh"),
            self.act_merge: self.tr("Merge with another customer…"),
            self.act_undo_merge: self.tr("Undo the last merge"),
            self.act_replies: self.tr("Canned replies…"),
            self.act_settings: self.tr("Settings…"),
            self.act_shortcuts: self.tr("Keyboard shortcuts"),
            self.act_about: self.tr("About Agent Console"),
            self.act_quit: self.tr("Quit"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.search.setPlaceholderText(self.tr("Search customers: name, email, phone (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.inbox_view.setAccessibleName(self.tr("Inbox: open conversations"))
        self.search_view.setAccessibleName(self.tr("Customers found"))
        self.undo_button.setText(self.tr("Undo merge"))
        self.db_label.setText(
            self.tr("%1 · database: %2").replace("%1", self.agent_name).replace("%2", self.database.url)
        )
        self._update_left_title()
        self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.customer_name} — {APP_NAME}" if self.customer_name else APP_NAME)

    def _update_left_title(self) -> None:
        if self.left_stack.currentWidget() is self.search_view:
            self.left_title.setText(self.tr("%n customers found", "", self.search_model.rowCount()))
        else:
            self.left_title.setText(self.tr("Inbox: %n open conversations", "", self.inbox_model.total))

    # --- inbox and search -------------------------------------------------------------

    def refresh(self) -> None:
        self.inbox_model.reload()
        self.timeline.model.refresh_newest()
        self.card.reload()

    def _inbox_loaded(self) -> None:
        self._update_left_title()
        selected = self.composer.interaction.id if self.composer.interaction else None
        row = self.inbox_model.row_of(selected) if selected is not None else None
        if row is not None:
            self.inbox_view.selectionModel().blockSignals(True)
            self.inbox_view.setCurrentIndex(self.inbox_model.index(row))
            self.inbox_view.selectionModel().blockSignals(False)
        elif selected is None and self.inbox_model.rowCount():
            self.inbox_view.setCurrentIndex(self.inbox_model.index(0))

    def _inbox_current_changed(self, current: Any, _previous: Any) -> None:
        item: InboxItem | None = current.data(ItemRole) if current.isValid() else None
        if item is not None:
            self.open_interaction(item.interaction_id)

    def _move_in_inbox(self, step: int) -> None:
        self.left_stack.setCurrentWidget(self.inbox_view)
        row = self.inbox_view.currentIndex().row() + step
        if 0 <= row < self.inbox_model.rowCount():
            self.inbox_view.setCurrentIndex(self.inbox_model.index(row))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        if text.strip():
            self.left_stack.setCurrentWidget(self.search_view)
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.search_model.search("")
            self.left_stack.setCurrentWidget(self.inbox_view)
        self._update_left_title()

    def _run_search(self) -> None:
        self.search_model.search(self.search.text())

    def _search_done(self, _count: int) -> None:
        if self.search_model.rowCount():
            self.search_view.setCurrentIndex(self.search_model.index(0))
        self._update_left_title()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape:
                self.search.clear()
                self.inbox_view.setFocus()
                return True
            if (
                key in (Qt.Key.Key_Down, Qt.Key.Key_Up)
                and self.left_stack.currentWidget() is self.search_view
            ):
                row = self.search_view.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                if 0 <= row < self.search_model.rowCount():
                    self.search_view.setCurrentIndex(self.search_model.index(row))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search_view.currentIndex().isValid():
                self._search_activated(self.search_view.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _search_activated(self, index: Any) -> None:
        hit: CustomerHit | None = index.data(ItemRole)
        if hit is not None:
            self.open_customer(hit.id)

    # --- opening ----------------------------------------------------------------------

    def open_interaction(self, interaction_id: int) -> None:
        self.tasks.db(
            lambda s: conversation.open_conversation(s, interaction_id), self._show_interaction, owner=self
        )

    def _show_interaction(self, info: InteractionInfo | None) -> None:
        if info is None:
            return
        self.composer.set_interaction(info)
        self._show_customer(info.customer_id, info.customer_name, info.customer_timezone)

    def open_customer(self, customer_id: int) -> None:
        """From search: the customer's timeline, replying in their latest open conversation if any."""

        def load(session: Any) -> tuple[InteractionInfo | None, Any]:
            card = customers.card(session, customer_id)
            if card is not None and card.merged_into_id:
                card = customers.card(session, card.merged_into_id)
            if card is None:
                return None, None
            open_id = core_inbox.latest_open_for_customer(session, card.id)
            info = conversation.open_conversation(session, open_id) if open_id else None
            return info, card

        self.tasks.db(load, lambda result: self._customer_loaded(*result), owner=self)

    def _customer_loaded(self, info: InteractionInfo | None, card: Any) -> None:
        if card is None:
            return
        self.composer.set_interaction(info)
        self._show_customer(card.id, card.display_name, card.timezone)
        self.timeline.view.setFocus()

    def _show_customer(self, customer_id: int, name: str, tz: str | None) -> None:
        same = customer_id == self.customer_id
        self.customer_id = customer_id
        self.customer_name = name
        if not same:
            self.timeline.show_customer(customer_id, name, tz)
        else:
            self.timeline.model.refresh_newest()
        self.card.load(customer_id)
        self.locale_panel.load(customer_id)
        self._update_title()
        self.customer_shown.emit(customer_id)

    def _reply_sent(self, _interaction_id: int, customer_id: int) -> None:
        if customer_id == self.customer_id:
            self.timeline.model.refresh_newest()
        self.inbox_model.reload()
        self.statusBar().showMessage(self.tr("Reply recorded in the timeline."), 4000)

    # --- merges -----------------------------------------------------------------------

    def open_merge_dialog(self) -> None:
        if self.customer_id is None:
            return
        dialog = MergeDialog(self.tasks, self.customer_id, self.customer_name, self)
        if dialog.exec() and dialog.selected() is not None:
            self.merge_customers(dialog.selected().id, self.customer_id)  # type: ignore[union-attr]

    def merge_customers(self, source_id: int, target_id: int) -> None:
        agent_id = self.agent_id

        def run(session: Any) -> tuple[int, str]:
            record = identity.merge(session, source_id, target_id, agent_id=agent_id, reason="agent")
            source = customers.card(session, source_id)
            return record.id, source.display_name if source else ""

        self.tasks.db(run, self._merged, self._merge_failed, owner=self)

    def _merged(self, result: tuple[int, str]) -> None:
        merge_id, source_name = result
        self._last_merge_id = merge_id
        self.statusBar().showMessage(
            self.tr("%1 merged into %2.").replace("%1", source_name).replace("%2", self.customer_name), 15000
        )
        self.undo_button.show()
        QTimer.singleShot(15000, self.undo_button.hide)
        self._after_merge_change()

    def _merge_failed(self, error: TaskError) -> None:
        QMessageBox.warning(self, self.tr("Merge customers"), str(error))

    def undo_last_merge(self) -> None:
        if self._last_merge_id is not None:
            self.undo_merge(self._last_merge_id)
        elif self.card.profile and self.card.profile.merges:
            self.undo_merge(self.card.profile.merges[0].id)

    def undo_merge(self, merge_id: int) -> None:
        agent_id = self.agent_id
        self.tasks.db(
            lambda s: identity.undo_merge(s, merge_id, agent_id=agent_id).id,
            self._merge_undone,
            self._merge_failed,
            owner=self,
        )

    def _merge_undone(self, merge_id: int) -> None:
        if self._last_merge_id == merge_id:
            self._last_merge_id = None
        self.undo_button.hide()
        self.statusBar().showMessage(self.tr("Merge undone: both customers are back as they were."), 8000)
        self._after_merge_change()

    def _dismiss_suggestion(self, a: int, b: int) -> None:
        agent_id = self.agent_id
        self.tasks.db(
            lambda s: identity.dismiss_suggestion(s, a, b, agent_id),
            lambda _r: self.card.reload(),
            owner=self,
        )

    def _after_merge_change(self) -> None:
        customer_id = self.customer_id
        if customer_id is not None:
            self.timeline.show_customer(customer_id, self.customer_name, self.timeline.model.customer_tz)
        self.card.reload()
        self.locale_panel.reload()
        self.inbox_model.reload()

    # --- locale, draft checks, rates ---------------------------------------------------

    def _facts_changed(self, facts: PanelFacts) -> None:
        self.composer.checks.set_context(
            DraftContext(
                language=facts.guess.language,
                country=facts.country,
                currency=facts.currency,
                given_name=facts.given_name,
                family_name=facts.family_name,
                extra_jargon=tuple(self.settings.jargon),
            )
        )

    def _reply_request(self) -> ReplyRequest | None:
        """What the canned-reply picker knows from this conversation; the rest becomes fill-ins."""
        facts = self.locale_panel.facts
        info = self.composer.interaction
        if info is None:
            return None
        language = facts.guess.language if facts else None
        country = facts.guess.country if facts else None
        locale = language
        if language and country:
            try:
                locale = library.normalize_locale(f"{language}_{country}")
            except library.LibraryError:
                locale = language
        values: dict[str, Any] = {
            "customer_name": library.customer_name(
                facts.given_name if facts else None,
                facts.family_name if facts else None,
                self.customer_name,
                country,
            ),
            "agent_name": self.agent_name,
        }
        profile = self.card.profile
        if profile is not None:
            email = next((i.value for i in profile.card.identities if i.kind == "email"), None)
            if email:
                values["email"] = email
        order = self._order_number()
        if order:
            values["order_id"] = order
        context = RenderContext(
            locale or "en", facts.clock.timezone if facts else None, facts.currency if facts else None
        )
        return ReplyRequest(locale, ui_language(), info.channel, values, context)

    def _order_number(self) -> str | None:
        """The newest order number the customer mentioned in the loaded part of the timeline."""
        pattern = re.compile(self.settings.extra.get("order_number_pattern", r"\b[A-Z]{2,4}-\d{4,}\b"))
        model = self.timeline.model
        for row in range(model.rowCount()):
            entry = model.entry(row)
            if entry is not None and entry.direction == "in" and (match := pattern.search(entry.preview)):
                return match.group()
        return None

    def _locale_edited(self, customer_id: int, language: str | None, country: str | None) -> None:
        def save(session: Any) -> None:
            set_profile_locale(session, customer_id, language=language, country=country)

        def saved(_result: None) -> None:
            self.locale_panel.reload()
            self.card.reload()
            self.statusBar().showMessage(
                self.tr("Customer's language and country saved to the profile."), 5000
            )

        self.tasks.db(save, saved, owner=self)

    def fetch_rates(self) -> None:
        overrides = dict(self.settings.rate_provider_urls)
        self.tasks.db(
            lambda s: money.fetch_all(s, overrides), lambda _r: self.locale_panel.reload(), owner=self
        )

    # --- dialogs, errors, closing -----------------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if not dialog.exec():
            return
        dialog.apply_to(self.settings)
        self.apply_settings()
        try:
            self.settings.save()
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Settings"), self.tr("Could not save the settings: %1").replace("%1", str(exc))
            )

    def apply_settings(self) -> None:
        """Language, theme and font size take effect at once, in every open window."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        i18n.install(app, self.settings.ui_language)
        appearance.apply(app, self.settings)
        self.timeline.view.delegate.clear_cache()  # cards are painted with the old words and font
        self.timeline.view.scheduleDelayedItemsLayout()
        self.inbox_view.viewport().update()
        self.locale_panel.reload()  # hints and holiday names in the new language

    def open_reply_editor(self) -> None:
        editor = ReplyEditor(self.tasks, self)
        editor.exec()
        if editor.changed:
            self.composer.reply_index = None  # the picker rebuilds its index on next use

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.actions(), self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Agent Console"),
            self.tr("<b>Agent Console</b> %1<br>One timeline per customer across every channel.").replace(
                "%1", __version__
            ),
        )

    def _task_failed(self, message: str, _details: str) -> None:
        self.statusBar().showMessage(self.tr("Something went wrong: %1").replace("%1", message), 10000)

    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        else:
            self.resize(1400, 860)
        if self.settings.splitter_state:
            self.splitter.restoreState(QByteArray.fromBase64(self.settings.splitter_state.encode()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.composer.save_draft(synchronous=True)
        self.tasks.shutdown(5000)
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings.splitter_state = bytes(self.splitter.saveState().toBase64().data()).decode()
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("could not save window settings: %s", exc)
        super().closeEvent(event)
