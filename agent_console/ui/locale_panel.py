"""The locale panel beside a conversation: who the customer is culturally, their clock, their money.

Facts come from ``core.culture.panel`` in one background unit of work; the converter uses the
cached rates (fetched by the main window in the background) and says which date they are from.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.culture import money, reference
from agent_console.core.culture import panel as core_panel
from agent_console.core.culture.inference import Reason
from agent_console.core.culture.panel import PanelFacts
from agent_console.ui.common import (
    FormRowsFit,
    RowFit,
    Section,
    WrappingButton,
    channel_name,
    country_display,
    language_display,
    to_qdatetime,
    ui_babel_locale,
)
from agent_console.ui.tasks import TaskRunner


def ui_language() -> str:
    return QLocale().name().split("_")[0] or "en"


def _label(text: str = "", *, wrap: bool = True, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class LocaleEditDialog(QDialog):
    """The agent corrects the customer's language and country; the profile then wins."""

    def __init__(self, language: str | None, country: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Customer's language and country"))
        locale = ui_babel_locale()
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Unknown"), "")
        codes = sorted(
            {lang for c in reference.countries().values() for lang in c.languages} | {language or "en"}
        )
        for code in sorted(codes, key=lambda c: locale.languages.get(c.split("_")[0], c)):
            self.language.addItem(language_display(code), code)
        self.language.setCurrentIndex(max(self.language.findData(language or ""), 0))
        self.country = QComboBox(self)
        self.country.setAccessibleName(self.tr("Country"))
        self.country.addItem(self.tr("Unknown"), "")
        territories = {k: v for k, v in locale.territories.items() if len(k) == 2 and k.isalpha()}
        for code, name in sorted(territories.items(), key=lambda kv: kv[1]):
            self.country.addItem(f"{name} ({code})", code)
        self.country.setCurrentIndex(max(self.country.findData(country or ""), 0))
        for combo in (self.language, self.country):
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Country:"), self.country)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str | None, str | None]:
        return self.language.currentData() or None, self.country.currentData() or None


class AmountBox(QDoubleSpinBox):
    """An amount to convert. Its minimum width fits everyday amounts rather than the largest
    one allowed (ten billion, for so'm), so the narrow column can keep it at 200 % font."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        frame = hint.width() - metrics.horizontalAdvance(self.textFromValue(self.maximum()))
        everyday = metrics.horizontalAdvance(self.textFromValue(9_999_999.99))
        return QSize(min(hint.width(), frame + everyday), hint.height())


class LocalePanel(QWidget):
    facts_changed = Signal(object)  # PanelFacts, for the draft checks
    locale_edited = Signal(int, object, object)  # customer id, language, country

    def __init__(self, tasks: TaskRunner, agent_currency: str = "EUR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.agent_currency = agent_currency
        self.customer_id: int | None = None
        self.facts: PanelFacts | None = None
        self._generation = 0
        self._conversions = 0

        self.locale_box = Section(self)
        self.language_value = _label()
        self.country_value = _label()
        self.edit_button = WrappingButton(self)
        locale_form = QFormLayout(self.locale_box.body)
        self.locale_fit = FormRowsFit(locale_form, self.locale_box.body)
        locale_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language_label, self.country_label = QLabel(self), QLabel(self)
        locale_form.addRow(self.language_label, self.language_value)
        locale_form.addRow(self.country_label, self.country_value)
        locale_form.addRow(self.edit_button)

        self.etiquette_box = Section(self)
        self.etiquette_note = _label()
        self.hints = _label()
        self.hints.setTextFormat(Qt.TextFormat.RichText)
        ety = QVBoxLayout(self.etiquette_box.body)
        ety.addWidget(self.etiquette_note)
        ety.addWidget(self.hints)

        self.time_box = Section(self)
        self.time_value = _label()
        self.day_value = _label()
        self.holidays_value = _label()
        tbox = QVBoxLayout(self.time_box.body)
        for widget in (self.time_value, self.day_value, self.holidays_value):
            tbox.addWidget(widget)

        self.money_box = Section(self)
        self.currency_value = _label()
        self.amount = AmountBox(self)
        self.amount.setRange(0, 1e10)
        self.amount.setDecimals(2)
        self.amount.setValue(100)
        self.direction = QComboBox(self)
        self.conversion = _label()
        self.rates_status = _label()
        self.payments = _label()
        self.payments.setTextFormat(Qt.TextFormat.RichText)
        conv_row = QHBoxLayout()
        conv_row.addWidget(self.amount, 1)
        conv_row.addWidget(self.direction, 1)
        mbox = QVBoxLayout(self.money_box.body)
        self.conversion_fit = RowFit(conv_row, self.money_box.body)
        mbox.addWidget(self.currency_value)
        mbox.addLayout(conv_row)
        mbox.addWidget(self.conversion)
        mbox.addWidget(self.rates_status)
        mbox.addWidget(self.payments)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)  # a narrow column: its room goes to the words
        for box in (self.locale_box, self.etiquette_box, self.time_box, self.money_box):
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.edit_button.clicked.connect(self.edit_locale)
        self.amount.valueChanged.connect(lambda _v: self._convert())
        self.direction.currentIndexChanged.connect(lambda _i: self._convert())
        self.retranslate()
        self.show_facts(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.locale_box.setTitle(self.tr("Locale"))
        self.language_label.setText(self.tr("Language:"))
        self.country_label.setText(self.tr("Country:"))
        self.edit_button.setText(self.tr("Correct language or country…"))
        self.etiquette_box.setTitle(self.tr("Etiquette"))
        self.time_box.setTitle(self.tr("Customer's time"))
        self.money_box.setTitle(self.tr("Money"))
        self.amount.setAccessibleName(self.tr("Amount to convert"))
        self.direction.setAccessibleName(self.tr("Conversion direction"))
        if self.facts is not None:
            self.show_facts(self.facts)

    # --- loading -------------------------------------------------------------------------

    def load(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self._generation += 1
        generation = self._generation
        if customer_id is None:
            self.show_facts(None)
            return
        language = ui_language()
        self.tasks.db(
            lambda s: core_panel.for_customer(s, customer_id, language),
            lambda facts: self._arrived(generation, facts),
            owner=self,
        )

    def reload(self) -> None:
        self.load(self.customer_id)

    def _arrived(self, generation: int, facts: PanelFacts) -> None:
        if generation == self._generation:
            self.show_facts(facts)
            self.facts_changed.emit(facts)

    def edit_locale(self) -> None:
        if self.customer_id is None or self.facts is None:
            return
        dialog = LocaleEditDialog(self.facts.guess.language, self.facts.guess.country, self)
        if dialog.exec():
            language, country = dialog.values()
            self.locale_edited.emit(self.customer_id, language, country)

    # --- showing -------------------------------------------------------------------------

    def _reason_text(self, reason: Reason | None) -> str:
        if reason is None:
            return ""
        texts = {
            "profile": self.tr("from the profile"),
            "phone": self.tr("from the phone number %1"),
            "messages": self.tr("detected in the customer's messages"),
            "email_domain": self.tr("from the e-mail domain %1"),
            "country": self.tr("the main language of the country"),
            "language": self.tr("where the language is mainly spoken"),
            "given": self.tr("as given"),
        }
        return texts.get(reason.source, reason.source).replace("%1", reason.detail)

    def show_facts(self, facts: PanelFacts | None) -> None:
        self.facts = facts
        for box in (self.locale_box, self.etiquette_box, self.time_box, self.money_box):
            box.setVisible(facts is not None)
        if facts is None:
            return
        ui = ui_language()
        guess = facts.guess
        unknown = self.tr("unknown")
        self.language_value.setText(
            f"{language_display(guess.language) if guess.language else unknown}"
            f"<br><small>{self._reason_text(guess.reason_for('language'))}</small>"
        )
        self.country_value.setText(
            f"{country_display(guess.country) if guess.country else unknown}"
            f"<br><small>{self._reason_text(guess.reason_for('country'))}</small>"
        )
        # Etiquette
        country = facts.country
        notes = []
        # Whether a language has a formal "you" does not say which register support uses there
        # (Brazil writes "você"); the country's own address hint says that, so no automatic note.
        if country.generic:
            notes.append(self.tr("Country unknown: general hints. Set the country for specific ones."))
        if country.name_order == "family_given":
            notes.append(self.tr("Family name comes first."))
        if country.preferred_channels:
            channels = ", ".join(channel_name(c) for c in country.preferred_channels)
            notes.append(self.tr("Preferred channels: %1").replace("%1", channels))
        self.etiquette_note.setText("<br>".join(_html(n) for n in notes))
        self.etiquette_note.setVisible(bool(notes))
        topic_names = {
            "address": self.tr("Address"),
            "greeting": self.tr("Greeting"),
            "directness": self.tr("Saying no"),
            "apology": self.tr("Apologies"),
            "avoid": self.tr("Avoid"),
            "timing": self.tr("Timing"),
        }
        items = []
        for hint in facts.hints:
            source = hint.source.title if hint.source else ""
            items.append(
                f'<p title="{_attr(source)}"><b>{topic_names.get(hint.topic, hint.topic)}:</b> '
                f"{_html(hint.in_language(ui))}</p>"
            )
        self.hints.setText("".join(items))
        # Time
        clock = facts.clock
        if clock.local is None:
            self.time_value.setText(self.tr("Time zone unknown."))
            self.day_value.setText("")
        else:
            stamp = QLocale().toString(
                to_qdatetime(clock.local).toTimeZone(_qzone(clock.timezone)), "dddd HH:mm"
            )
            self.time_value.setText(f"<b>{stamp}</b> ({clock.timezone})")
            if clock.holiday_today is not None:
                state = self.tr("Public holiday today: %1").replace("%1", clock.holiday_today.name)
            elif clock.is_weekend:
                state = self.tr("Weekend there")
            elif clock.in_business_hours:
                state = self.tr("Business hours (%1–%2)")
            else:
                state = self.tr("Outside business hours (%1–%2)")
            state = state.replace("%1", clock.business_start).replace("%2", clock.business_end)
            self.day_value.setText(state)
        if clock.upcoming:
            days = [
                f"{QLocale().toString(h.day, QLocale.FormatType.ShortFormat)} — {_html(h.name)}"
                for h in clock.upcoming
            ]
            self.holidays_value.setText(self.tr("Next holidays:") + "<br>" + "<br>".join(days))
        else:
            self.holidays_value.setText(
                "" if clock.holidays_known else self.tr("No holiday calendar for this country.")
            )
        # Money
        currency = facts.currency
        self.currency_value.setText(self.tr("Currency: %1").replace("%1", currency or unknown))
        self.conversion.setText("")
        self.direction.blockSignals(True)
        self.direction.clear()
        if currency and currency != self.agent_currency:
            self.direction.addItem(f"{self.agent_currency} → {currency}", (self.agent_currency, currency))
            self.direction.addItem(f"{currency} → {self.agent_currency}", (currency, self.agent_currency))
        self.direction.blockSignals(False)
        for widget in (self.amount, self.direction):
            widget.setVisible(self.direction.count() > 0)
        self._convert()
        methods = [
            f'<p title="{_attr(m.source.title if m.source else "")}"><b>{_html(m.name)}</b> — '
            f"{_html(m.note_in(ui))}</p>"
            for m in facts.payment_methods
        ]
        heading = self.tr("Payment methods used there:")  # outside the f-string, where lupdate can see it
        self.payments.setText((f"<b>{heading}</b>" + "".join(methods)) if methods else "")

    def _convert(self) -> None:
        self._conversions += 1  # a late result for an earlier customer or amount is dropped
        generation = self._conversions
        pair = self.direction.currentData()
        if not pair:
            self.conversion.setText("")
            self.rates_status.setText(self._status_text())
            return
        source, target = pair
        amount = self.amount.value()
        locale = QLocale().name()

        def work(session: Any) -> Any:
            money.load_snapshot(session)
            try:
                return money.convert(session, amount, source, target)
            except money.NoRate:
                return None

        def done(conversion: money.Conversion | None) -> None:
            if generation == self._conversions:
                self._show_conversion(conversion, locale)

        self.tasks.db(work, done, owner=self)

    def _show_conversion(self, conversion: money.Conversion | None, locale: str) -> None:
        if conversion is None:
            self.conversion.setText(
                self.tr("No exchange rate yet; rates are fetched when the network is reachable.")
            )
            self.rates_status.setText(self._status_text())
            return
        text = (
            f"<b>{money.format_money(conversion.amount, conversion.source_currency, locale)} = "
            f"{money.format_money(conversion.result, conversion.target_currency, locale)}</b>"
        )
        self.conversion.setText(text)
        when = QLocale().toString(conversion.rates_date, QLocale.FormatType.ShortFormat)
        status = (
            self.tr("Rates from %1 (%2)").replace("%1", when).replace("%2", ", ".join(conversion.sources))
        )
        if conversion.stale(datetime.now(UTC).date()):
            status = "⚠ " + status + " — " + self.tr("not updated recently")
        errors = self._status_text(errors_only=True)
        self.rates_status.setText(status + (f"<br>{errors}" if errors else ""))

    def _status_text(self, errors_only: bool = False) -> str:
        if self.facts is None:
            return ""
        failing = [s for s in self.facts.rate_status if s.last_error]
        if failing:
            return self.tr("Could not update rates from: %1").replace(
                "%1", ", ".join(s.source for s in failing)
            )
        return "" if errors_only else self.tr("No rates fetched yet.") if not self.facts.rate_status else ""


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _html(text).replace('"', "&quot;")


def _qzone(name: str | None) -> Any:
    from PySide6.QtCore import QTimeZone

    return QTimeZone(name.encode()) if name else QTimeZone.systemTimeZone()


def agent_currency_default() -> str:
    """The currency of the agent's own locale (system), else EUR."""
    try:
        territory = Locale.parse(QLocale.system().name()).territory
    except (UnknownLocaleError, ValueError):
        territory = None
    return money.currency_for(territory) or "EUR"
