"""The agent's main window: inbox | timeline + composer | customer card.

It assembles the screens and wires them together; the screens never import it.
"""

from __future__ import annotations

import logging
import re
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from agent_console import APP_NAME, __version__
from agent_console.core import conversation, customers, identity
from agent_console.core import inbox as core_inbox
from agent_console.core.coaching import reviews as coaching_reviews
from agent_console.core.conversation import InteractionInfo
from agent_console.core.culture import money
from agent_console.core.culture.drafts import DraftContext
from agent_console.core.culture.inference import set_profile_locale
from agent_console.core.culture.panel import PanelFacts
from agent_console.core.customers import CustomerHit
from agent_console.core.db import Database
from agent_console.core.inbox import InboxItem
from agent_console.core.models import Agent, Interaction
from agent_console.core.outcomes import codes, followups, kpi, wrapup
from agent_console.core.replies import library
from agent_console.core.replies.template import RenderContext
from agent_console.settings import Settings, rates_enabled, sync_in_app
from agent_console.ui import appearance, i18n
from agent_console.ui.channels import ChannelStatusButton, ChannelSync
from agent_console.ui.common import icon
from agent_console.ui.composer import Composer
from agent_console.ui.customer_card import CustomerCardWidget
from agent_console.ui.followups import FollowUpsView
from agent_console.ui.help import ShortcutsDialog
from agent_console.ui.inbox import InboxModel, InboxView, ItemRole, SearchModel
from agent_console.ui.locale_panel import LocalePanel, agent_currency_default, ui_language
from agent_console.ui.merge_dialog import MergeDialog
from agent_console.ui.reply_editor import ReplyEditor
from agent_console.ui.reply_picker import ReplyRequest
from agent_console.ui.settings_dialog import SettingsDialog
from agent_console.ui.tasks import TaskError, TaskRunner
from agent_console.ui.timeline import TimelinePanel
from agent_console.ui.wrapup_panel import WrapUpPanel, WrapUpTarget

if TYPE_CHECKING:  # opened on demand: QtCharts and the coaching screens stay out of start-up
    from agent_console.ui.coaching_view import CoachingWindow
    from agent_console.ui.dashboard import DashboardWindow
    from agent_console.ui.review import ReviewWindow

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    customer_shown = Signal(int)

    def __init__(
        self, database: Database, agent: Agent, settings: Settings, *, training: bool = False
    ) -> None:
        super().__init__()
        #: A role-play console on the training sandbox: no connectors, no settings written,
        #: "Training" in the title (ui/training.py adds the banner and the scripted customer).
        self.training = training
        self.database = database
        self.agent_id = agent.id
        self.agent_name = agent.name
        self.agent_timezone = agent.timezone or "UTC"
        self.agent_role = agent.role
        self.settings = settings
        self.tasks = TaskRunner(database, self)
        self.tasks.failed.connect(self._task_failed)
        self.customer_id: int | None = None
        self.customer_name = ""
        self.training_library: Any = None
        self.training_sandbox: Any = None  # ui.training.Sandbox, made when first needed
        self.training_invitations: Any = None
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
        self.followups_view = FollowUpsView(self)
        self.left_stack = QStackedWidget(self)
        self.left_stack.addWidget(self.inbox_view)
        self.left_stack.addWidget(self.search_view)
        self.left_stack.addWidget(self.followups_view)
        self.left_tabs = QTabBar(self)
        self.left_tabs.addTab("")
        self.left_tabs.addTab("")
        self.left_tabs.setExpanding(True)
        self.left_tabs.setUsesScrollButtons(False)
        self.left_tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.left_tabs.currentChanged.connect(self._left_tab_changed)
        self.left_title = QLabel(self)
        self.left_title.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.left_tabs)
        left_layout.addWidget(self.left_title)
        left_layout.addWidget(self.left_stack, 1)

        # Centre: timeline over composer.
        self.timeline = TimelinePanel(self.tasks, self)
        self.composer = Composer(self.tasks, self)
        self.composer.agent_id = agent.id
        self.wrapup = WrapUpPanel(self)
        # Scrolls rather than forcing the window taller (small screens, 200 % fonts).
        self.wrapup_scroll = QScrollArea(self)
        self.wrapup_scroll.setWidgetResizable(True)
        self.wrapup_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.wrapup_scroll.setWidget(self.wrapup)
        self.bottom = QStackedWidget(self)
        self.bottom.addWidget(self.composer)
        self.bottom.addWidget(self.wrapup_scroll)
        self.centre = QSplitter(Qt.Orientation.Vertical, self)
        self.centre.addWidget(self.timeline)
        self.centre.addWidget(self.bottom)
        self.centre.setStretchFactor(0, 4)
        self.centre.setStretchFactor(1, 1)
        self.centre.setChildrenCollapsible(False)
        self.centre.setSizes([560, 230])

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
        self.channel_button = ChannelStatusButton(self)
        self.statusBar().addPermanentWidget(self.channel_button)
        run_connectors = sync_in_app(settings, database.dialect) and not training
        self.channel_sync = ChannelSync(self.tasks, database, run_connectors, self)
        self.channel_sync.state_changed.connect(self.channel_button.show_state)
        self.channel_sync.changed.connect(self._channels_filed)
        self.channel_button.clicked.connect(self._channel_button_clicked)

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
        self.wrapup.save_requested.connect(self._wrapup_save)
        self.wrapup.back_requested.connect(self._wrapup_back)
        self.wrapup.changed.connect(lambda: self._wrapup_draft_timer.start())
        self.followups_view.activated_item.connect(self.start_follow_up)
        self._wrapup_draft_timer = QTimer(self)
        self._wrapup_draft_timer.setSingleShot(True)
        self._wrapup_draft_timer.setInterval(400)
        self._wrapup_draft_timer.timeout.connect(self._save_wrapup_draft)
        self._active_interaction: int | None = None
        self._active_since: float | None = None
        self.dashboard: DashboardWindow | None = None
        self.review: ReviewWindow | None = None
        self.coaching: CoachingWindow | None = None
        self._centre_sizes: list[int] = []
        self._wrap_up_when_shown: int | None = None
        self.unfinished_box: QMessageBox | None = None
        self._due_timer = QTimer(self)
        self._due_timer.setInterval(30_000)
        self._due_timer.timeout.connect(self.check_follow_ups)
        self._due_timer.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._app_state_changed)
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
        # After the first inbox page is on screen, not competing with it.
        self.inbox_model.loaded.connect(self._after_first_page, Qt.ConnectionType.SingleShotConnection)

    def _after_first_page(self) -> None:
        """Start-up work that can wait until the agent sees the inbox."""
        self._load_outcome_labels()
        self.check_follow_ups()
        self._offer_unfinished_wrapups()
        self._announce_coaching_notes()
        self.channel_sync.start()
        if not self.training:  # sessions a trainer starts for this agent from another desk
            from agent_console.ui.training import Invitations

            self.training_invitations = Invitations(self)

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
        self.act_followups = self._action("Ctrl+5", self.show_follow_ups)
        self.act_wrapup = self._action("Ctrl+Shift+W", lambda: self.begin_wrap_up())
        self.act_correct = self._action("Ctrl+Shift+O", self.correct_outcome)
        self.act_dashboard = self._action("Ctrl+Shift+K", self.open_dashboard)
        self.act_review = self._action("Ctrl+Shift+V", self.open_review)
        self.act_coaching = self._action("Ctrl+Shift+J", self.open_coaching)
        self.act_training = self._action("Ctrl+Shift+T", self.open_training)
        # Reviewing others' work is for supervisors (the database enforces roles in team mode).
        self.act_review.setEnabled(self.agent_role in ("supervisor", "admin", "trainer"))
        # Inside a role-play: no nested training, and nothing that reaches real channels.
        self.act_training.setEnabled(not self.training)
        self.act_kpi_help = QAction(self)
        self.act_kpi_help.triggered.connect(self.show_kpi_definitions)
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
        self.act_accounts = self._action("", self.open_accounts)
        self.act_outbox = self._action("Ctrl+Shift+B", self.open_outbox)
        self.act_sync_now = self._action("Ctrl+Shift+S", self.channel_sync.sync_now)
        self.act_import = self._action("Ctrl+Shift+I", self.import_history)
        self.act_log_call = self._action("Ctrl+Shift+L", self.log_call)
        self.act_open_message = self._action("Ctrl+Shift+E", self.open_message)
        for action in (self.act_accounts, self.act_sync_now, self.act_import, self.act_settings):
            action.setEnabled(not self.training)  # the sandbox has no channels; settings are the desk's
        self.act_quit = self._action(QKeySequence.StandardKey.Quit, self.close)
        if self.act_quit.shortcut().isEmpty():
            self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))

        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act_refresh)
        self.menu_file.addAction(self.act_import)
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
            self.act_followups,
            self.act_next,
            self.act_prev,
            self.act_find,
            self.act_prev_interaction,
            self.act_channel,
        ):
            self.menu_go.addAction(action)
        self.menu_conversation = bar.addMenu("")
        self.menu_conversation.addAction(self.act_wrapup)
        self.menu_conversation.addAction(self.act_log_call)
        self.menu_conversation.addAction(self.act_open_message)
        self.menu_conversation.addAction(self.act_correct)
        self.menu_customer = bar.addMenu("")
        self.menu_customer.addAction(self.act_merge)
        self.menu_customer.addAction(self.act_undo_merge)
        self.menu_tools = bar.addMenu("")
        self.menu_tools.addAction(self.act_replies)
        self.menu_tools.addAction(self.act_accounts)
        self.menu_tools.addAction(self.act_outbox)
        self.menu_tools.addAction(self.act_sync_now)
        self.menu_tools.addAction(self.act_dashboard)
        self.menu_tools.addAction(self.act_review)
        self.menu_tools.addAction(self.act_coaching)
        self.menu_tools.addSeparator()
        self.menu_tools.addAction(self.act_training)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_shortcuts)
        self.menu_help.addAction(self.act_kpi_help)
        self.menu_help.addAction(self.act_about)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_conversation.setTitle(self.tr("C&onversation"))
        self.menu_customer.setTitle(self.tr("&Customer"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.menu_help.setTitle(self.tr("&Help"))
        texts = {
            self.act_search: self.tr("Search customers"),
            self.act_inbox: self.tr("Go to the inbox"),
            self.act_timeline: self.tr("Go to the timeline"),
            self.act_reply: self.tr("Go to the reply"),
            self.act_card: self.tr("Go to the customer card"),
            self.act_followups: self.tr("Go to the follow-ups"),
            self.act_wrapup: self.tr("Wrap up and close the conversation…"),
            self.act_correct: self.tr("Correct the outcome…"),
            self.act_dashboard: self.tr("KPI dashboard…"),
            self.act_review: self.tr("Review conversations…"),
            self.act_coaching: self.tr("My coaching…"),
            self.act_training: self.tr("Training: role-play scenarios…"),
            self.act_kpi_help: self.tr("KPI definitions"),
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
            self.act_accounts: self.tr("Channel accounts…"),
            self.act_outbox: self.tr("Outbox…"),
            self.act_sync_now: self.tr("Check channels now"),
            self.act_import: self.tr("Import history…"),
            self.act_log_call: self.tr("Log a call…"),
            self.act_open_message: self.tr("Open the message with formatting and attachments…"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.search.setPlaceholderText(self.tr("Search customers: name, email, phone (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.inbox_view.setAccessibleName(self.tr("Inbox: open conversations"))
        self.search_view.setAccessibleName(self.tr("Customers found"))
        self.left_tabs.setAccessibleName(self.tr("Inbox or follow-ups"))
        self.bottom.setAccessibleName(self.tr("Reply or wrap-up"))
        self.undo_button.setText(self.tr("Undo merge"))
        # Short, so a status message keeps its room (200 % fonts); the whole URL on hover.
        self.db_label.setText(
            self.tr("%1 · database: %2")
            .replace("%1", self.agent_name)
            .replace("%2", self.database.short_name)
        )
        self.db_label.setToolTip(self.database.url)
        self._update_left_title()
        self._update_title()

    def _update_title(self) -> None:
        title = f"{self.customer_name} — {APP_NAME}" if self.customer_name else APP_NAME
        if self.training:
            title = self.tr("TRAINING") + " · " + title
        self.setWindowTitle(title)

    def _update_left_title(self) -> None:
        self.left_tabs.setTabText(0, self.tr("Inbox (%n)", "", self.inbox_model.total))
        overdue = self.followups_view.overdue_count()
        self.left_tabs.setTabText(1, self.tr("Follow-ups (%n)", "", len(self.followups_view.items)))
        # Overdue ones: a red mark on the tab (short tabs survive long words), the count in its tooltip.
        self.left_tabs.setTabIcon(1, icon("overdue") if overdue else QIcon())
        self.left_tabs.setTabToolTip(1, self.tr("%n overdue", "", overdue) if overdue else "")
        if self.left_stack.currentWidget() is self.search_view:
            self.left_title.setText(self.tr("%n customers found", "", self.search_model.rowCount()))
        elif self.left_stack.currentWidget() is self.followups_view:
            self.left_title.setText(
                self.tr("Enter starts the follow-up: a new conversation with the customer.")
            )
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
        elif selected is None and self.customer_id is None and self.inbox_model.rowCount():
            # Only when nothing is on screen: a reload (new mail arrived) never moves the agent away.
            self.inbox_view.setCurrentIndex(self.inbox_model.index(0))

    def _inbox_current_changed(self, current: Any, _previous: Any) -> None:
        item: InboxItem | None = current.data(ItemRole) if current.isValid() else None
        if item is not None:
            self.open_interaction(item.interaction_id)

    def _left_tab_changed(self, index: int) -> None:
        if self.search.text().strip():
            return
        self.left_stack.setCurrentWidget(self.followups_view if index == 1 else self.inbox_view)
        self._update_left_title()

    def _move_in_inbox(self, step: int) -> None:
        self.left_tabs.setCurrentIndex(0)
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
            self._left_tab_changed(self.left_tabs.currentIndex())
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
        self._leave_wrapup()
        self._track_active(info)
        self.composer.set_interaction(info)
        self._show_customer(info.customer_id, info.customer_name, info.customer_timezone)
        if self._wrap_up_when_shown == info.id:
            self._wrap_up_when_shown = None
            self.begin_wrap_up(info.id)

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
        self._leave_wrapup()
        self._track_active(info)
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

    # --- handle time, wrap-up, outcomes ----------------------------------------------

    def _track_active(self, info: InteractionInfo | None) -> None:
        """Handle time's active part: the time an open conversation is in front of the agent."""
        self._flush_active()
        if info is not None and info.status != "closed":
            self._active_interaction = info.id
            self._active_since = time.monotonic() if self.isActiveWindow() or not self.isVisible() else None

    def _active_pending(self) -> float:
        return time.monotonic() - self._active_since if self._active_since is not None else 0.0

    def _flush_active(self, synchronous: bool = False) -> None:
        interaction_id, seconds = self._active_interaction, self._active_pending()
        self._active_since = time.monotonic() if self._active_since is not None else None
        if interaction_id is None or seconds < 1:
            return
        if synchronous:
            with self.database.session() as session:
                wrapup.add_active_time(session, interaction_id, seconds)
            return
        self.tasks.db(lambda s: wrapup.add_active_time(s, interaction_id, seconds))

    def _app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            if self._active_interaction is not None and self._active_since is None:
                self._active_since = time.monotonic()
        else:
            self._flush_active()
            self._active_since = None

    def _load_outcome_labels(self) -> None:
        def load(session: Any) -> dict[str, dict[str, str]]:
            return codes.all_labels(session)

        def loaded(labels: dict[str, dict[str, str]]) -> None:
            self.timeline.model.outcome_labels = labels
            self.timeline.view.delegate.clear_cache()
            self.timeline.view.viewport().update()

        self.tasks.db(load, loaded, owner=self)

    def begin_wrap_up(self, interaction_id: int | None = None) -> None:
        """Open the wrap-up panel for the conversation in the composer (or *interaction_id*)."""
        info = self.composer.interaction
        target_id = interaction_id if interaction_id is not None else info.id if info is not None else None
        if target_id is None:
            self.statusBar().showMessage(self.tr("Open a conversation first."), 5000)
            return
        self.composer.save_draft()
        pending = self._active_pending() if self._active_interaction == target_id else 0.0
        self._flush_active()
        self._active_since = None  # after-contact work starts now; the panel measures it
        agent_tz, customer_name = self.agent_timezone, self.customer_name

        def load(session: Any) -> WrapUpTarget | str:
            interaction = session.get(Interaction, target_id)
            if interaction is None:
                return "gone"
            if interaction.status == "closed":
                return "closed"
            wrapup.add_active_time(session, target_id, pending)
            opened = conversation.info(session, target_id)
            draft = wrapup.load_draft(session, target_id)
            return WrapUpTarget(
                target_id,
                opened.customer_name if opened else customer_name,
                opened.customer_timezone if opened else None,
                agent_tz,
                codes.for_queue(session, interaction.queue),
                interaction.active_seconds or 0,
                draft[0] if draft else None,
                draft[1] if draft else 0,
            )

        self.tasks.db(load, self._wrapup_loaded, owner=self)

    def _wrapup_loaded(self, target: WrapUpTarget | str) -> None:
        if target == "closed":
            self.statusBar().showMessage(
                self.tr("This conversation is already closed; use Correct the outcome to change it."), 8000
            )
            return
        if not isinstance(target, WrapUpTarget):
            self.statusBar().showMessage(self.tr("This conversation no longer exists."), 8000)
            return
        self.wrapup.start(target)
        self._show_wrapup_panel()
        self.wrapup.dispositions.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _save_wrapup_draft(self, synchronous: bool = False) -> None:
        target = self.wrapup.target
        if target is None or target.saved is not None:
            return
        self._wrapup_draft_timer.stop()
        wrap, acw, agent_id, interaction_id = (
            self.wrapup.current(),
            self.wrapup.acw_seconds(),
            self.agent_id,
            target.interaction_id,
        )

        def write(session: Any) -> None:
            wrapup.save_draft(session, interaction_id, wrap, agent_id=agent_id, acw_seconds=acw)

        if synchronous:
            with self.database.session() as session:
                write(session)
        else:
            self.tasks.db(write, owner=self)

    def _wrapup_save(self, wrap: wrapup.WrapUp) -> None:
        target = self.wrapup.target
        if target is None:
            return
        self._wrapup_draft_timer.stop()
        interaction_id, agent_id = target.interaction_id, self.agent_id
        if target.saved is not None:
            old = target.saved.wrap
            changes = {
                name: getattr(wrap, name)
                for name in wrapup.CORRECTABLE
                if getattr(wrap, name) != getattr(old, name)
            }
            if not changes:
                self._wrapup_back()
                return
            self.tasks.db(
                lambda s: len(wrapup.correct(s, interaction_id, changes, agent_id=agent_id)),
                self._outcome_corrected,
                self._wrapup_failed,
                owner=self,
            )
            return
        acw = self.wrapup.acw_seconds()
        row = self.inbox_view.currentIndex().row()

        def save(session: Any) -> int:
            wrapup.save(session, interaction_id, wrap, agent_id=agent_id, acw_seconds=acw)
            return interaction_id

        self.tasks.db(save, lambda done: self._wrapped_up(done, row), self._wrapup_failed, owner=self)

    def _wrapup_failed(self, error: TaskError) -> None:
        if isinstance(error.error, wrapup.WrapUpError):
            self.wrapup.show_problems(error.error.problems)
        else:
            QMessageBox.warning(
                self, self.tr("Wrap-up"), self.tr("The wrap-up was not saved: %1").replace("%1", str(error))
            )

    def _wrapped_up(self, interaction_id: int, row: int) -> None:
        self.wrapup.stop()
        self._leave_wrapup()
        self._active_interaction = None
        self.statusBar().showMessage(self.tr("Wrap-up saved; the conversation is closed."), 5000)
        self.timeline.model.refresh_newest()
        self.check_follow_ups()
        self._next_after_wrapup = max(row, 0)
        self.inbox_model.loaded.connect(self._show_next_after_wrapup, Qt.ConnectionType.SingleShotConnection)
        self.composer.interaction = None
        self.inbox_model.reload()

    def _show_next_after_wrapup(self) -> None:
        """The next conversation: the one that moved into the closed one's place in the inbox."""
        count = self.inbox_model.rowCount()
        if not count:
            self.composer.set_interaction(None)
            return
        row = min(self._next_after_wrapup, count - 1)
        self.left_tabs.setCurrentIndex(0)
        self.inbox_view.setCurrentIndex(self.inbox_model.index(row))
        self.inbox_view.setFocus()

    def _wrapup_back(self) -> None:
        if self.wrapup.target is not None and self.wrapup.target.saved is None:
            self.statusBar().showMessage(self.tr("Wrap-up kept as a draft."), 4000)
        self._leave_wrapup()  # saves the draft
        self.composer.editor.setFocus()
        if self._active_interaction is not None:
            self._active_since = time.monotonic()

    def _show_wrapup_panel(self) -> None:
        """The panel takes most of the centre; the conversation stays in view above it."""
        if self.bottom.currentWidget() is not self.wrapup_scroll:
            self._centre_sizes = self.centre.sizes()
            total = sum(self._centre_sizes)
            self.centre.setSizes([int(total * 0.35), total - int(total * 0.35)])
        self.bottom.setCurrentWidget(self.wrapup_scroll)

    def _leave_wrapup(self) -> None:
        if self.wrapup.target is not None:
            if self.wrapup.target.saved is None:
                self._save_wrapup_draft()
            self.wrapup.stop()
        if self.bottom.currentWidget() is self.wrapup_scroll and self._centre_sizes:
            self.centre.setSizes(self._centre_sizes)
        self.bottom.setCurrentWidget(self.composer)

    def correct_outcome(self) -> None:
        """Open the saved outcome of the selected interaction for correction."""
        entry = self.timeline.current_entry()
        interaction_id = entry.interaction_id if entry is not None else None
        if interaction_id is None and self.composer.interaction is not None:
            interaction_id = self.composer.interaction.id
        if interaction_id is None:
            self.statusBar().showMessage(self.tr("Select a conversation in the timeline first."), 5000)
            return
        agent_tz, name = self.agent_timezone, self.customer_name

        def load(session: Any) -> WrapUpTarget | None:
            saved = wrapup.view(session, interaction_id)
            if saved is None:
                return None
            return WrapUpTarget(
                interaction_id,
                name,
                None,
                agent_tz,
                codes.for_queue(session, saved.queue, include_inactive=True),
                saved=saved,
            )

        def loaded(target: WrapUpTarget | None) -> None:
            if target is None:
                self.statusBar().showMessage(
                    self.tr("This conversation has no outcome yet: wrap it up first."), 6000
                )
                return
            self.wrapup.start(target)
            self._show_wrapup_panel()

        self.tasks.db(load, loaded, owner=self)

    def _outcome_corrected(self, changed: int) -> None:
        self._leave_wrapup()
        self.timeline.model.refresh_newest()
        self.timeline.view.delegate.clear_cache()
        self.timeline.view.viewport().update()
        self.statusBar().showMessage(self.tr("Outcome corrected: %n changes recorded.", "", changed), 6000)

    def _offer_unfinished_wrapups(self) -> None:
        """After a crash or a closed window: offer the wrap-up that was never saved (non-blocking)."""
        agent_id = self.agent_id

        def offer(found: list[tuple[int, str]]) -> None:
            if not found:
                return
            interaction_id, name = found[0]
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Unfinished wrap-up"),
                self.tr("The wrap-up of your conversation with %1 was not saved. Finish it now?").replace(
                    "%1", name
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.setDefaultButton(QMessageBox.StandardButton.Yes)

            def answered(result: int) -> None:
                if result == QMessageBox.StandardButton.Yes:
                    self._wrap_up_when_shown = interaction_id
                    self.open_interaction(interaction_id)

            box.finished.connect(answered)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.unfinished_box = box
            box.open()

        self.tasks.db(lambda s: wrapup.unfinished(s, agent_id), offer, owner=self)

    def check_follow_ups(self) -> None:
        """Refresh the due list and announce follow-ups that fell due (once each)."""
        agent_id = self.agent_id

        def load(session: Any) -> tuple[list[followups.DueItem], list[followups.DueItem]]:
            fresh = followups.take_due_notifications(session, agent_id)
            return followups.due_list(session, agent_id), fresh

        self.tasks.db(load, self._follow_ups_loaded, owner=self)

    def _follow_ups_loaded(self, result: tuple[list[followups.DueItem], list[followups.DueItem]]) -> None:
        items, fresh = result
        self.followups_view.show_items(items, self.agent_timezone)
        self._update_left_title()
        if fresh:
            names = ", ".join(item.customer_name for item in fresh[:3])
            message = self.tr("%n follow-ups due: %1", "", len(fresh)).replace("%1", names)
            self.statusBar().showMessage(message, 30_000)
            QApplication.alert(self, 0)

    def show_follow_ups(self) -> None:
        self.search.clear()
        self.left_tabs.setCurrentIndex(1)
        self.followups_view.setFocus()
        first = self.followups_view.topLevelItem(0)
        if first is not None and first.childCount() and self.followups_view.current_item() is None:
            self.followups_view.setCurrentItem(first.child(0))

    def start_follow_up(self, item: followups.DueItem) -> None:
        agent_id, agent_name = self.agent_id, self.agent_name

        def run(session: Any) -> int:
            return followups.complete(session, item.id, agent_id=agent_id, agent_name=agent_name)

        def started(new_id: int) -> None:
            self.statusBar().showMessage(
                self.tr("Follow-up started with %1.").replace("%1", item.customer_name), 6000
            )
            self.check_follow_ups()
            self.inbox_model.reload()
            self.open_interaction(new_id)
            self.composer.editor.setFocus()

        self.tasks.db(run, started, owner=self)

    def open_dashboard(self) -> None:
        if self.dashboard is None:
            from agent_console.ui.dashboard import DashboardWindow

            self.dashboard = DashboardWindow(self.tasks, self)
            self.dashboard.open_interaction.connect(self._open_from_dashboard)
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()

    def open_review(self) -> None:
        if not self.act_review.isEnabled():
            return
        if self.review is None:
            from agent_console.ui.review import ReviewWindow

            self.review = ReviewWindow(self.tasks, self.agent_id, self)
            self.review.open_interaction.connect(self._open_from_dashboard)
        self.review.show()
        self.review.raise_()
        self.review.activateWindow()

    def _announce_coaching_notes(self) -> None:
        agent_id = self.agent_id

        def announce(notes: list[Any]) -> None:
            if notes:
                self.statusBar().showMessage(
                    self.tr(
                        "%n coaching notes from your supervisor: Tools → My coaching (Ctrl+Shift+J)",
                        "",
                        len(notes),
                    ),
                    20_000,
                )

        self.tasks.db(
            lambda s: coaching_reviews.comments_for_agent(s, agent_id, open_only=True), announce, owner=self
        )

    def open_coaching(self) -> None:
        if self.coaching is None:
            from agent_console.ui.coaching_view import CoachingWindow

            self.coaching = CoachingWindow(self.tasks, self.agent_id, self)
            self.coaching.open_interaction.connect(self._open_from_dashboard)
        else:
            self.coaching.load()
        self.coaching.show()
        self.coaching.raise_()
        self.coaching.activateWindow()

    def open_training(self) -> None:
        """The scenario library; a session opens a console of its own on the training sandbox."""
        if self.training:
            return
        if self.training_library is None:
            from agent_console.ui.training import TrainingLibrary

            self.training_library = TrainingLibrary(self)
        self.training_library.show()
        self.training_library.raise_()
        self.training_library.activateWindow()

    def _open_from_dashboard(self, interaction_id: int) -> None:
        self.open_interaction(interaction_id)
        self.raise_()
        self.activateWindow()

    def show_kpi_definitions(self) -> None:
        from agent_console.ui.dashboard import kpi_definitions

        window = self.dashboard.window_days if self.dashboard is not None else kpi.DEFAULT_FCR_WINDOW_DAYS
        QMessageBox.information(self, self.tr("KPI definitions"), "\n\n".join(kpi_definitions(window)))

    # --- dialogs, errors, closing -----------------------------------------------------

    # --- channels -------------------------------------------------------------------------

    def _channels_filed(self) -> None:
        """New messages were filed (here or by a team's sync service): show them now."""
        self.inbox_model.reload()
        self.timeline.model.refresh_newest()

    def _channel_button_clicked(self) -> None:
        state = self.channel_button.state
        if state is not None and state.waiting:
            self.open_outbox()
        else:
            self.open_accounts()

    def open_accounts(self) -> None:
        from agent_console.ui.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.tasks, self)
        dialog.changed.connect(self.channel_sync.sync_now)
        dialog.exec()

    def open_outbox(self) -> None:
        from agent_console.ui.channels import OutboxDialog

        dialog = OutboxDialog(self.tasks, self)
        dialog.open_conversation.connect(
            lambda interaction_id: (dialog.accept(), self.open_interaction(interaction_id))
        )
        dialog.finished.connect(lambda _result: self.channel_sync.sync_now())
        dialog.exec()

    def import_history(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from agent_console.ui.channels import ImportRun

        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import history"),
            "",
            self.tr("E-mail and call records (*.eml *.mbox *.mbx *.csv mbox);;All files (*)"),
        )
        if not files:
            return
        run = ImportRun(self.tasks, files, self)
        run.finished.connect(self._imported)
        run.failed.connect(lambda message: QMessageBox.warning(self, self.tr("Import history"), message))
        run.start()

    def _imported(self, report: Any) -> None:
        summary = report.summary
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Import history"))
        box.setText(
            self.tr("Imported %1, skipped %2 already there, %3 could not be read.")
            .replace("%1", str(summary.imported))
            .replace("%2", str(summary.skipped))
            .replace("%3", str(len(summary.failed)))
        )
        if summary.failed:
            box.setDetailedText("\n".join(f"{f.source}: {f.reason}" for f in summary.failed[:500]))
        box.exec()
        self.refresh()

    def open_message(self) -> None:
        from agent_console.ui.message_view import MessageDialog

        entry = self.timeline.current_entry()
        if entry is None:
            self.statusBar().showMessage(self.tr("Select a message in the timeline first."), 5000)
            return
        MessageDialog(self.tasks, entry.id, self).exec()

    def log_call(self) -> None:
        from agent_console.ui.channels import LogCallDialog

        customer_id = self.customer_id
        if customer_id is None:
            self.statusBar().showMessage(self.tr("Open a customer first."), 5000)
            return
        dialog = LogCallDialog(self.customer_name, self)
        if not dialog.exec():
            return
        values = dialog.values()
        agent_id = self.agent_id

        def save(session: Any) -> int:
            return conversation.log_call(session, customer_id, agent_id=agent_id, **values).interaction_id

        def saved(interaction_id: int) -> None:
            self.statusBar().showMessage(self.tr("Call logged; wrap it up when you are done."), 6000)
            self.inbox_model.reload()
            self.open_interaction(interaction_id)

        self.tasks.db(
            save,
            saved,
            lambda error: QMessageBox.warning(self, self.tr("Log a call"), str(error)),
            owner=self,
        )

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
        if self.wrapup.target is not None:
            self._save_wrapup_draft(synchronous=True)
        self._flush_active(synchronous=True)
        self.channel_sync.stop()
        for window in (self.dashboard, self.review, self.coaching, self.training_library):
            if window is not None:
                window.close()
        if self.training_invitations is not None:
            self.training_invitations.timer.stop()
        if self.training_sandbox is not None:
            self.training_sandbox.close()
        self.tasks.shutdown(5000)
        if not self.training:  # the training console's settings are a copy of the real ones
            self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
            self.settings.splitter_state = bytes(self.splitter.saveState().toBase64().data()).decode()
            try:
                self.settings.save()
            except OSError as exc:
                log.warning("could not save window settings: %s", exc)
        super().closeEvent(event)
