"""The customer's profile form: fills itself from a Customer, builds a CustomerInput."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QLabel, QPlainTextEdit, QWidget

from dealerdesk import clock
from dealerdesk.domain import choices
from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.domain.lunar import format_lunar_md, next_birthday
from dealerdesk.domain.records import Customer, CustomerInput
from dealerdesk.services import customers as customer_service
from dealerdesk.services.settings import customer_levels
from dealerdesk.services.staff import list_staff
from dealerdesk.ui.customers.forms.ui_customer_form import Ui_CustomerForm
from dealerdesk.ui.theme import COLORS, SPACE
from dealerdesk.ui.widgets import FieldErrors
from dealerdesk.ui.widgets.date_field import format_date


def fill_combo(combo: QComboBox, items: list[tuple[object, str]]) -> None:
    """Replace the items of `combo` with (data, text) pairs, keeping the current data."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def select_data(combo: QComboBox, data: object, text: str = "") -> None:
    """Select the item holding `data`; add it (as `text`) when it is not in the list."""
    index = combo.findData(data)
    if index < 0:
        combo.addItem(text or str(data), data)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class CustomerForm(QWidget):
    """Every field of a customer (DESIGN.md "Data"), with errors shown beside each field."""

    edited = Signal()
    open_customer = Signal(int)  # the link of a duplicate-phone message

    def __init__(self, parent: QWidget | None = None, *, today=clock.today):
        super().__init__(parent)
        self._today = today
        self._customer: Customer | None = None
        self.ui = Ui_CustomerForm()
        self.ui.setupUi(self)
        # Rows a little closer than the style's default: the whole form fits a 1280x720
        # laptop without scrolling.
        for form in (self.ui.contactForm, self.ui.salesForm, self.ui.intentForm,
                     self.ui.notesForm):
            form.setVerticalSpacing(SPACE["xs"])
        self._add_leap_choice()
        self.phone_warnings = {"phone": self._add_warning_row(self.ui.phoneError),
                               "phone2": self._add_warning_row(self.ui.phone2Error)}
        self.errors = FieldErrors(self)
        for field, (label, widget) in self._error_fields().items():
            self.errors.bind(field, widget, label)
        self.errors.link_clicked.connect(self.open_customer)
        self._tags = QCompleter([], self)
        self._tags.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.tagsEdit.setCompleter(self._tags)
        self.ui.nextBirthdayLabel.setStyleSheet("color: palette(placeholder-text);")
        self.ui.consentDateLabel.setStyleSheet("color: palette(placeholder-text);")
        self.ui.notesEdit.setTabChangesFocus(True)
        # The notes take the height the other fields leave, down to four lines: asking for
        # the usual 192 pixels of a text box made the form scroll on a 1280x720 laptop.
        # (A plain text box adjusting to its contents asks for a few lines only.)
        self.ui.notesEdit.setSizeAdjustPolicy(
            QPlainTextEdit.SizeAdjustPolicy.AdjustToContents)
        self.ui.notesEdit.setMinimumHeight(4 * self.ui.notesEdit.fontMetrics().lineSpacing())
        self._connect()
        self.fill_choices()
        self.load(None)

    def _error_fields(self):
        u = self.ui
        pairs = {
            "name": u.nameEdit, "phone": u.phoneEdit, "phone2": u.phone2Edit,
            "wechat": u.wechatEdit, "gender": u.genderCombo, "birthday": u.birthdayEdit,
            "lunar_birthday": u.lunarMonthSpin, "next_birthday": None, "address": u.addressEdit,
            "source": u.sourceCombo, "source_detail": u.platformCombo,
            "referrer": u.referrerPicker, "level": u.levelCombo, "status": u.statusCombo,
            "owner": u.ownerCombo, "tags": u.tagsEdit, "marketing": u.consentCheck,
            "intent_model": u.intentModelEdit, "intent_body_type": u.bodyTypeCombo,
            "budget": u.budgetMinEdit, "payment": u.paymentCombo, "trade_in": u.tradeInEdit,
            "notes": u.notesEdit,
        }
        return {f: (getattr(u, _camel(f) + "Error"), w or self) for f, w in pairs.items()}

    def _add_leap_choice(self) -> None:
        """Born in a leap month: celebrate in the ordinary month (the default) or the leap."""
        u = self.ui
        self.leapKeptCheck = QCheckBox(self)
        self.leapKeptCheck.setObjectName("leapKeptCheck")
        # A row of its own under the lunar date, shown for a leap month only: beside it the
        # lunar row would widen the form past a 1280-pixel window.
        row, _ = u.contactForm.getLayoutPosition(u.lunarRow)
        u.contactForm.insertRow(row + 1, "", self.leapKeptCheck)
        QWidget.setTabOrder(u.lunarLeapCheck, self.leapKeptCheck)
        self._retranslate_additions()

    def _add_warning_row(self, error_label: QLabel) -> QLabel:
        """A line under a phone's error line for what the numbering plan says (not an error:
        the number is saved anyway)."""
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {COLORS['warn']};")
        row, _ = self.ui.contactForm.getWidgetPosition(error_label)
        self.ui.contactForm.insertRow(row + 1, label)
        self.ui.contactForm.setRowVisible(label, False)
        return label

    def _retranslate_additions(self) -> None:
        self.leapKeptCheck.setText(self.tr("Celebrate in the leap month"))
        self.leapKeptCheck.setToolTip(self.tr(
            "Born in a leap month: the birthday is kept in the ordinary month of that name, "
            "as most families do, unless this is ticked; then it is kept in the leap month "
            "in the years that have one."))

    def _update_phone_warning(self, field: str) -> None:
        edit = self.ui.phoneEdit if field == "phone" else self.ui.phone2Edit
        label = self.phone_warnings[field]
        text = customer_service.phone_warning(edit.text())
        label.setText(text)
        self.ui.contactForm.setRowVisible(label, bool(text))

    def _connect(self) -> None:
        u = self.ui
        u.phoneEdit.editingFinished.connect(lambda: self._update_phone_warning("phone"))
        u.phone2Edit.editingFinished.connect(lambda: self._update_phone_warning("phone2"))
        u.lunarLeapCheck.toggled.connect(self.leapKeptCheck.setEnabled)
        u.lunarLeapCheck.toggled.connect(self._update_rows)
        self.leapKeptCheck.toggled.connect(self.edited)
        self.leapKeptCheck.toggled.connect(self._update_birthday_hint)
        for edit in (u.nameEdit, u.phoneEdit, u.phone2Edit, u.wechatEdit, u.birthdayEdit,
                     u.addressEdit, u.tagsEdit, u.intentModelEdit, u.tradeInEdit):
            edit.textEdited.connect(self.edited)
        for combo in (u.genderCombo, u.sourceCombo, u.levelCombo, u.statusCombo, u.ownerCombo,
                      u.bodyTypeCombo, u.paymentCombo, u.platformCombo):
            combo.activated.connect(self.edited)
        u.platformCombo.editTextChanged.connect(self.edited)
        for box in (u.lunarCheck, u.lunarLeapCheck, u.consentCheck):
            box.toggled.connect(self.edited)
        for spin in (u.lunarMonthSpin, u.lunarDaySpin):
            spin.valueChanged.connect(self.edited)
        u.notesEdit.textChanged.connect(self.edited)
        u.budgetMinEdit.edited.connect(self.edited)
        u.budgetMaxEdit.edited.connect(self.edited)
        u.referrerPicker.edited.connect(self.edited)
        u.sourceCombo.currentIndexChanged.connect(self._update_rows)
        u.lunarCheck.toggled.connect(self._update_rows)
        for signal in (u.lunarMonthSpin.valueChanged, u.lunarDaySpin.valueChanged,
                       u.lunarLeapCheck.toggled, u.lunarCheck.toggled, u.birthdayEdit.textChanged):
            signal.connect(self._update_birthday_hint)

    # ---- choices -----------------------------------------------------------------

    def fill_choices(self) -> None:
        """(Re)load the lists: levels and staff come from the database and may change."""
        u = self.ui
        fill_combo(u.genderCombo, [(c, choices.label(choices.GENDERS, c)) for c in choices.GENDERS])
        fill_combo(u.sourceCombo, [("", self.tr("Not given"))]
                   + [(c, choices.label(choices.SOURCES, c)) for c in choices.SOURCES])
        fill_combo(u.levelCombo, [("", self.tr("Not rated"))] + list(customer_levels()))
        fill_combo(u.statusCombo, [(c, choices.label(choices.STATUSES, c))
                                   for c in choices.STATUSES])
        fill_combo(u.ownerCombo, [(None, self.tr("Nobody yet"))]
                   + [(s.id, s.name) for s in list_staff()])
        fill_combo(u.bodyTypeCombo, [(c, choices.label(choices.BODY_TYPES, c))
                                     for c in choices.BODY_TYPES])
        fill_combo(u.paymentCombo, [(c, choices.label(choices.PAYMENTS, c))
                                    for c in choices.PAYMENTS])
        if u.platformCombo.count() == 0:
            u.platformCombo.addItems(choices.ONLINE_PLATFORMS)
        self._tags.model().setStringList(customer_service.all_tags())

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_additions()
        self.fill_choices()
        self._show_record()

    # ---- load --------------------------------------------------------------------

    @property
    def customer(self) -> Customer | None:
        return self._customer

    def load(self, customer: Customer | None, *, owner_id: int | None = None) -> None:
        """Show `customer` (None: an empty form for a new one, owned by `owner_id`)."""
        self._customer = customer
        c = customer or Customer(owner_id=owner_id)
        u = self.ui
        self.errors.clear()
        for edit, value in ((u.nameEdit, c.name), (u.phoneEdit, c.phone),
                            (u.phone2Edit, c.phone2), (u.wechatEdit, c.wechat),
                            (u.addressEdit, c.address), (u.intentModelEdit, c.intent_model),
                            (u.tradeInEdit, c.trade_in), (u.tagsEdit, ", ".join(c.tags))):
            edit.setText(value)
        u.birthdayEdit.setDate(c.birthday)
        u.lunarCheck.setChecked(c.lunar_birthday)
        u.lunarMonthSpin.setValue(c.lunar_month or 1)
        u.lunarDaySpin.setValue(c.lunar_day or 1)
        u.lunarLeapCheck.setChecked(c.lunar_leap)
        self.leapKeptCheck.setChecked(c.lunar_leap_kept)
        self.leapKeptCheck.setEnabled(c.lunar_leap)
        select_data(u.genderCombo, c.gender)
        select_data(u.sourceCombo, c.source)
        select_data(u.levelCombo, c.level)
        select_data(u.statusCombo, c.status)
        # A stored customer's status follows from the follow-up log, never from a hand edit;
        # a new customer may start as something other than a lead (an old buyer, say).
        u.statusCombo.setEnabled(customer is None)
        u.statusCombo.setToolTip("" if customer is None else self.tr(
            "The status follows from the follow-ups: log one to change it."))
        select_data(u.ownerCombo, c.owner_id, c.owner_name)
        select_data(u.bodyTypeCombo, c.intent_body_type)
        select_data(u.paymentCombo, c.payment)
        u.platformCombo.setCurrentText(c.source_detail)
        u.referrerPicker.set_excluded(c.id or None)
        u.referrerPicker.set_referrer(c.referrer_id, c.referrer_name)
        u.budgetMinEdit.setCents(c.budget_min_cents)
        u.budgetMaxEdit.setCents(c.budget_max_cents)
        u.notesEdit.setPlainText(c.notes)
        u.consentCheck.setChecked(c.marketing_consent)
        self._show_record()
        self._update_rows()
        self._update_birthday_hint()
        for field in self.phone_warnings:
            self._update_phone_warning(field)
        self._loaded = self.snapshot()

    def _show_record(self) -> None:
        # When the record was made and its last and next contact are in the page's header.
        c = self._customer or Customer()
        u = self.ui
        consent = c.marketing_consent_at if c.marketing_consent else None
        u.consentDateLabel.setText(
            self.tr("since {date}").format(date=format_date(consent)) if consent else "")

    def _update_rows(self) -> None:
        u = self.ui
        source = u.sourceCombo.currentData()
        # Which platform, or who referred them, sits beside the source on its row.
        u.platformCombo.setVisible(source == "online")
        u.referrerPicker.setVisible(source == "referral")
        u.contactForm.setRowVisible(u.lunarRow, u.lunarCheck.isChecked())
        u.contactForm.setRowVisible(
            self.leapKeptCheck, u.lunarCheck.isChecked() and u.lunarLeapCheck.isChecked())

    def _update_birthday_hint(self) -> None:
        u = self.ui
        lunar = u.lunarCheck.isChecked()
        u.lunarTextLabel.setText(format_lunar_md(
            u.lunarMonthSpin.value(), u.lunarDaySpin.value(), leap=u.lunarLeapCheck.isChecked()))
        try:
            solar = u.birthdayEdit.value()
            day = next_birthday(self._today(), solar=solar, lunar_leap=u.lunarLeapCheck.isChecked(),
                                keeps_leap_month=self.leapKeptCheck.isChecked(),
                                lunar_md=(u.lunarMonthSpin.value(), u.lunarDaySpin.value())
                                if lunar else None)
        except RuleError:
            day = None
        text = ""
        if day is not None:
            days = (day - self._today()).days
            when = (self.tr("today") if days == 0 else self.tr("tomorrow") if days == 1
                    else self.tr("in {days} days").format(days=days))
            text = self.tr("Next birthday: {date}, {when}").format(date=format_date(day),
                                                                   when=when)
        u.nextBirthdayLabel.setText(text)
        u.contactForm.setRowVisible(u.nextBirthdayLabel, bool(text))

    # ---- values ------------------------------------------------------------------

    def snapshot(self) -> tuple:
        """Everything typed, to tell whether there are unsaved changes."""
        u = self.ui
        return (
            tuple(e.text() for e in (u.nameEdit, u.phoneEdit, u.phone2Edit, u.wechatEdit,
                                     u.birthdayEdit, u.addressEdit, u.tagsEdit,
                                     u.intentModelEdit, u.tradeInEdit, u.referrerPicker.edit)),
            tuple(c.currentIndex() for c in (u.genderCombo, u.sourceCombo, u.levelCombo,
                                             u.statusCombo, u.ownerCombo, u.bodyTypeCombo,
                                             u.paymentCombo)),
            u.platformCombo.currentText(), u.lunarCheck.isChecked(), u.lunarMonthSpin.value(),
            u.lunarDaySpin.value(), u.lunarLeapCheck.isChecked(), self.leapKeptCheck.isChecked(),
            u.consentCheck.isChecked(),
            *(_money_state(m) for m in (u.budgetMinEdit, u.budgetMaxEdit)),
            u.notesEdit.toPlainText(),
        )

    def is_dirty(self) -> bool:
        return self.snapshot() != self._loaded

    @property
    def values(self) -> CustomerInput:
        """What was typed as a CustomerInput; ValidationFailed for text that is not a value."""
        data, errors = self.collect()
        if errors:
            raise ValidationFailed(errors)
        return data

    def collect(self) -> tuple[CustomerInput, list[FieldError]]:
        """The input (unreadable fields left empty) and the problems reading it."""
        u = self.ui
        errors: list[FieldError] = []
        birthday = _read(u.birthdayEdit.value, "birthday", errors)
        low = _read(u.budgetMinEdit.cents, "budget", errors)
        high = _read(u.budgetMaxEdit.cents, "budget", errors)
        source = u.sourceCombo.currentData()
        referrer = u.referrerPicker.referrer_id() if source == "referral" else None
        if source == "referral" and u.referrerPicker.has_unpicked_text():
            errors.append(FieldError("referrer", self.tr(
                "Pick the referring customer from the list that opens as you type.")))
        lunar = u.lunarCheck.isChecked()
        return CustomerInput(
            name=u.nameEdit.text(), phone=u.phoneEdit.text(), phone2=u.phone2Edit.text(),
            wechat=u.wechatEdit.text(), gender=u.genderCombo.currentData(), birthday=birthday,
            lunar_birthday=lunar, lunar_month=u.lunarMonthSpin.value() if lunar else None,
            lunar_day=u.lunarDaySpin.value() if lunar else None,
            lunar_leap=lunar and u.lunarLeapCheck.isChecked(),
            lunar_leap_kept=lunar and u.lunarLeapCheck.isChecked()
            and self.leapKeptCheck.isChecked(), address=u.addressEdit.text(),
            source=source,
            source_detail=u.platformCombo.currentText().strip() if source == "online" else "",
            referrer_id=referrer, level=u.levelCombo.currentData(),
            status=u.statusCombo.currentData(), owner_id=u.ownerCombo.currentData(),
            intent_model=u.intentModelEdit.text(),
            intent_body_type=u.bodyTypeCombo.currentData(), budget_min_cents=low,
            budget_max_cents=high, payment=u.paymentCombo.currentData(),
            trade_in=u.tradeInEdit.text(), tags=tuple(u.tagsEdit.text().split(",")),
            notes=u.notesEdit.toPlainText(), marketing_consent=u.consentCheck.isChecked(),
        ), errors

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        return self.errors.show(errors, self._link_text)

    def _link_text(self, error: FieldError) -> str:
        other = customer_service.get_customer(error.related_id) if error.related_id else None
        return self.tr("Open {name}'s page").format(name=other.name if other else "")


def _read(getter, field: str, errors: list[FieldError]):
    try:
        return getter()
    except RuleError as exc:
        errors.append(FieldError(field, str(exc)))
        return None


def _money_state(field) -> tuple[str, int]:
    """What was typed in a money field and in which unit, to tell whether it changed."""
    return field.text(), field.unit.currentIndex()


def _camel(field: str) -> str:
    head, *rest = field.split("_")
    return head + "".join(p.title() for p in rest)
