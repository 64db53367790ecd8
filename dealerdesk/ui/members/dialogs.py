"""Small dialogs for each card operation: what it does, the balance after, errors in words.

Each dialog calls one service function on Save; on a refusal it shows the message beside
the field and stays open (nothing was written); on success it keeps the `done` result
(with the card's new balances) and closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.cardno import display_card_no
from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.domain.membership import (
    MAX_AMOUNT_CENTS,
    CardSummary,
    member_price,
    points_earned,
    renewed_expiry,
    status_label,
)
from dealerdesk.domain.money import format_plain, parse_yuan
from dealerdesk.services import membership as svc
from dealerdesk.services.membership_setup import list_levels, list_package_types
from dealerdesk.ui.members.format import fmt_date, fmt_money, fmt_time
from dealerdesk.ui.widgets.window_size import keep_size

ERROR_STYLE = "color: #C62828;"


class _BaseDialog(QDialog):
    """Form, error line, preview line and Save/Cancel; subclasses add fields and `save()`."""

    def __init__(self, ctx, title: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.done_result = None
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("font-weight: 600; padding: 6px 0;")
        outer.addWidget(self.preview)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        keep_size(self, f"membership_{type(self).__name__}")

    def add_note(self, label: str | None = None) -> None:
        self.form.addRow(label or self.tr("Note"), self.note)
        self.note.textChanged.connect(self.refresh_preview)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _on_save_clicked(self) -> None:
        try:
            done, changes = self.save()
        except ValidationFailed as exc:
            self.show_error("\n".join(e.message for e in exc.errors))
            return
        except RuleError as exc:
            self.show_error(str(exc))
            return
        self.done_result = done
        self.ctx.broadcast(changes)
        self.accept()

    def refresh_preview(self) -> None:
        """Recompute the preview line (subclasses)."""

    def save(self):
        raise NotImplementedError

    def common(self) -> dict:
        return {"staff_id": self.ctx.operator_id, "today": self.ctx.today(),
                "note": self.note.text()}


def amount_field(placeholder: str = "0.00") -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setAlignment(Qt.AlignmentFlag.AlignRight)
    return field


class CardOperationDialog(_BaseDialog):
    """Top up, spend, redeem points, sell or use a package, renew, change level, freeze,
    unfreeze or cancel one card."""

    def __init__(self, ctx, card: CardSummary, operation: str, parent=None) -> None:
        titles = {
            "top_up": self.tr("Top up stored value"), "spend": self.tr("Record spending"),
            "redeem": self.tr("Redeem points"), "sell_package": self.tr("Sell a package"),
            "use_package": self.tr("Use a package service"), "renew": self.tr("Renew card"),
            "change_level": self.tr("Change level"), "freeze": self.tr("Freeze card"),
            "unfreeze": self.tr("Unfreeze card"), "cancel": self.tr("Cancel card"),
        }
        super().__init__(ctx, titles[operation], parent)
        self.card = card
        self.operation = operation
        self.level = next((lv for lv in list_levels(include_inactive=True)
                           if lv.id == card.level_id), None)
        head = QLabel(self.tr("Card {no} · {name} · {level} · {status}").format(
            no=display_card_no(card.card_no), name=card.customer_name, level=card.level_name,
            status=status_label(card.status)))
        head.setWordWrap(True)
        self.form.addRow(head)
        self.form.addRow(self.tr("Stored balance"), QLabel(fmt_money(card.balance_cents)))
        self.form.addRow(self.tr("Points"), QLabel(f"{card.points:,}"))
        getattr(self, f"_build_{operation}")()
        self.add_note(self.tr("Reason") if operation in ("freeze", "cancel") else None)
        self.refresh_preview()

    # --- fields per operation
    def _build_top_up(self) -> None:
        self.amount = amount_field()
        self.bonus = amount_field(self.tr("optional, e.g. 100 for 充1000送100"))
        self.form.addRow(self.tr("Amount paid (yuan)"), self.amount)
        self.form.addRow(self.tr("Bonus (yuan)"), self.bonus)
        self.amount.textChanged.connect(self.refresh_preview)
        self.bonus.textChanged.connect(self.refresh_preview)

    def _build_spend(self) -> None:
        self.amount = amount_field()
        self.from_balance = QCheckBox(self.tr("Pay from the stored balance"))
        self.from_balance.setChecked(True)
        if self.level:
            self.parts, self.labour = amount_field(), amount_field()
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("Parts")))
            row.addWidget(self.parts)
            row.addWidget(QLabel(self.tr("Labour")))
            row.addWidget(self.labour)
            self.form.addRow(self.tr("List price (yuan)"), row)
            self.form.addRow(self.tr("Member discount"), QLabel(
                self.tr("parts {parts}% off, labour {labour}% off").format(
                    parts=self.level.parts_discount_pct, labour=self.level.labour_discount_pct)))
            self.parts.textChanged.connect(self._on_list_price_changed)
            self.labour.textChanged.connect(self._on_list_price_changed)
        self.form.addRow(self.tr("Amount to pay (yuan)"), self.amount)
        self.form.addRow("", self.from_balance)
        self.amount.textChanged.connect(self.refresh_preview)
        self.from_balance.toggled.connect(self.refresh_preview)

    def _on_list_price_changed(self) -> None:
        parts = self._cents(self.parts, optional=True)
        labour = self._cents(self.labour, optional=True)
        if parts is None or labour is None or parts + labour == 0:
            return
        price = member_price(parts, labour, self.level.parts_discount_pct,
                             self.level.labour_discount_pct)
        self.amount.setText(format_plain(price))

    def _build_redeem(self) -> None:
        self.points = QSpinBox()
        self.points.setRange(0, max(self.card.points, 0))
        self.points.setGroupSeparatorShown(True)
        self.form.addRow(self.tr("Points to redeem"), self.points)
        self.points.valueChanged.connect(self.refresh_preview)

    def _build_sell_package(self) -> None:
        self.package = QComboBox()
        for kind in list_package_types():
            self.package.addItem(self.tr("{name} · {uses} services · {price}").format(
                name=kind.name, uses=kind.uses, price=fmt_money(kind.price_cents)), kind)
        self.from_balance = QCheckBox(self.tr("Pay from the stored balance"))
        self.form.addRow(self.tr("Package"), self.package)
        self.form.addRow("", self.from_balance)
        self.package.currentIndexChanged.connect(self.refresh_preview)
        self.from_balance.toggled.connect(self.refresh_preview)

    def _build_use_package(self) -> None:
        self.package = QComboBox()
        for p in self.card.packages:
            if p.uses_left > 0:
                until = fmt_date(p.expires_on) if p.expires_on else self.tr("no limit")
                self.package.addItem(self.tr("{name} · {left} of {total} left · until {date}")
                                     .format(name=p.name, left=p.uses_left, total=p.uses_total,
                                             date=until), p)
        self.form.addRow(self.tr("Package"), self.package)
        self.package.currentIndexChanged.connect(self.refresh_preview)

    def _build_renew(self) -> None:
        fee = self.level.fee_cents if self.level else 0
        term = self.level.term_years if self.level else 1
        until = renewed_expiry(self.card.expires_on, term, self.ctx.today())
        self.form.addRow(self.tr("Renewal fee"), QLabel(fmt_money(fee)))
        self.form.addRow(self.tr("Valid until"), QLabel(
            f"{fmt_date(self.card.expires_on)} → {fmt_date(until)}"))

    def _build_change_level(self) -> None:
        self.new_level = QComboBox()
        for lv in list_levels():
            if lv.id != self.card.level_id:
                self.new_level.addItem(self.tr("{name} · fee {fee}").format(
                    name=lv.name, fee=fmt_money(lv.fee_cents)), lv)
        self.form.addRow(self.tr("New level"), self.new_level)
        self.new_level.currentIndexChanged.connect(self.refresh_preview)

    def _build_freeze(self) -> None:
        self.form.addRow(QLabel(self.tr("A frozen card cannot be used until it is unfrozen.")))

    def _build_unfreeze(self) -> None:
        pass

    def _build_cancel(self) -> None:
        text = self.tr("Refund at the desk: {amount}. Points ({points}) and unused package "
                       "services lapse. This cannot be undone.").format(
            amount=fmt_money(self.card.balance_cents), points=f"{self.card.points:,}")
        warning = QLabel(text)
        warning.setWordWrap(True)
        warning.setStyleSheet(ERROR_STYLE)
        self.form.addRow(warning)

    # --- preview and save
    def _cents(self, field: QLineEdit, *, optional: bool = False) -> int | None:
        if optional and not field.text().strip():
            return 0
        try:
            return parse_yuan(field.text(), max_cents=MAX_AMOUNT_CENTS,
                              allow_zero=optional)
        except RuleError:
            return None

    def refresh_preview(self) -> None:
        text = getattr(self, f"_preview_{self.operation}", lambda: "")()
        self.preview.setText(text)
        self.preview.setVisible(bool(text))

    def _after(self, balance: int, points: int | None = None) -> str:
        points = self.card.points if points is None else points
        return self.tr("After: balance {balance}, points {points}").format(
            balance=fmt_money(balance), points=f"{points:,}")

    def _preview_top_up(self) -> str:
        amount, bonus = self._cents(self.amount), self._cents(self.bonus, optional=True)
        if amount is None or bonus is None:
            return ""
        return self._after(self.card.balance_cents + amount + bonus)

    def _preview_spend(self) -> str:
        amount = self._cents(self.amount)
        if amount is None:
            return ""
        earned = points_earned(amount, self.level.points_per_100_yuan if self.level else 0)
        balance = self.card.balance_cents - (amount if self.from_balance.isChecked() else 0)
        if balance < 0:
            return self.tr("The stored balance is not enough for this.")
        return self._after(balance, self.card.points + earned)

    def _preview_redeem(self) -> str:
        return self._after(self.card.balance_cents, self.card.points - self.points.value())

    def _preview_sell_package(self) -> str:
        kind = self.package.currentData()
        if kind is None:
            return self.tr("No package types are on sale: add them in Settings.")
        pay = kind.price_cents if self.from_balance.isChecked() else 0
        return self._after(self.card.balance_cents - pay)

    def _preview_use_package(self) -> str:
        p = self.package.currentData()
        if p is None:
            return self.tr("This card has no package services left.")
        return self.tr("After: {name}, {left} services left").format(name=p.name,
                                                                    left=p.uses_left - 1)

    def _preview_change_level(self) -> str:
        lv = self.new_level.currentData()
        if lv is None or self.level is None:
            return ""
        diff = lv.fee_cents - self.level.fee_cents
        if diff >= 0:
            return self.tr("To pay at the desk: {amount}").format(amount=fmt_money(diff))
        return self.tr("To refund at the desk: {amount}").format(amount=fmt_money(-diff))

    def save(self):
        kw = self.common()
        card_id = self.card.id
        op = self.operation
        if op == "top_up":
            return svc.top_up(card_id=card_id, amount_cents=self._parse(self.amount),
                              bonus_cents=self._parse(self.bonus, optional=True), **kw)
        if op == "spend":
            return svc.spend(card_id=card_id, amount_cents=self._parse(self.amount),
                             from_balance=self.from_balance.isChecked(), **kw)
        if op == "redeem":
            return svc.redeem_points(card_id=card_id, points=self.points.value(), **kw)
        if op == "sell_package":
            kind = self.package.currentData()
            return svc.sell_package(card_id=card_id, package_type_id=kind.id if kind else 0,
                                    from_balance=self.from_balance.isChecked(), **kw)
        if op == "use_package":
            p = self.package.currentData()
            return svc.use_package(package_id=p.id if p else 0, **kw)
        if op == "change_level":
            lv = self.new_level.currentData()
            return svc.change_level(card_id=card_id, level_id=lv.id if lv else 0, **kw)
        call = {"renew": svc.renew_card, "freeze": svc.freeze_card,
                "unfreeze": svc.unfreeze_card, "cancel": svc.cancel_card}[op]
        return call(card_id=card_id, **kw)

    def _parse(self, field: QLineEdit, *, optional: bool = False) -> int:
        if optional and not field.text().strip():
            return 0
        try:
            return parse_yuan(field.text(), max_cents=MAX_AMOUNT_CENTS, allow_zero=optional)
        except RuleError as exc:
            field.setFocus()
            name = "bonus" if field is getattr(self, "bonus", None) else "amount"
            raise ValidationFailed([FieldError(name, str(exc))]) from exc


class ReverseEntryDialog(_BaseDialog):
    """Reverse one wrong ledger entry with its mirror image; the reason is required."""

    def __init__(self, ctx, entry, parent=None) -> None:
        super().__init__(ctx, self.tr("Reverse entry"), parent)
        self.entry = entry
        from dealerdesk.domain.membership import kind_label

        self.form.addRow(self.tr("Entry"), QLabel(self.tr("No. {id} · {kind} · {when}").format(
            id=entry.id, kind=kind_label(entry.kind), when=fmt_time(entry.at))))
        parts = []
        if entry.amount_cents:
            parts.append(self.tr("stored value {amount}").format(
                amount=fmt_money(-entry.amount_cents, signed=True)))
        if entry.paid_cents:
            parts.append(self.tr("at the desk {amount}").format(
                amount=fmt_money(-entry.paid_cents, signed=True)))
        if entry.points:
            parts.append(self.tr("points {points:+,}").format(points=-entry.points))
        if entry.uses:
            parts.append(self.tr("services {uses:+}").format(uses=-entry.uses))
        label = QLabel("; ".join(parts) or "-")
        label.setWordWrap(True)
        self.form.addRow(self.tr("The reversal writes"), label)
        info = QLabel(self.tr("The entry stays in the ledger; a new entry cancels it out."))
        info.setWordWrap(True)
        self.form.addRow(info)
        self.add_note(self.tr("Reason (required)"))

    def save(self):
        return svc.reverse_entry(entry_id=self.entry.id, **self.common())


class IssueCardDialog(_BaseDialog):
    """Give a customer a card: find them by name, phone or plate, choose the level."""

    def __init__(self, ctx, customer_id: int | None = None, customer_name: str = "",
                 parent=None) -> None:
        super().__init__(ctx, self.tr("Issue a membership card"), parent)
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Name, pinyin initials, phone or plate"))
        self.customer = QComboBox()
        if customer_id:
            self.customer.addItem(customer_name, customer_id)
            self.find.hide()
        else:
            self.form.addRow(self.tr("Find customer"), self.find)
            self.find.textChanged.connect(self._on_find_changed)
        self.form.addRow(self.tr("Customer"), self.customer)
        self.level = QComboBox()
        for lv in list_levels():
            self.level.addItem(self.tr("{name} · fee {fee} · {years} year(s)").format(
                name=lv.name, fee=fmt_money(lv.fee_cents), years=lv.term_years), lv)
        self.form.addRow(self.tr("Level"), self.level)
        self.benefits = QLabel()
        self.benefits.setWordWrap(True)
        self.form.addRow(self.tr("Benefits"), self.benefits)
        self.add_note()
        self.level.currentIndexChanged.connect(self.refresh_preview)
        self.customer.currentIndexChanged.connect(self.refresh_preview)
        self.refresh_preview()
        (self.find if not customer_id else self.level).setFocus()

    def _on_find_changed(self, text: str) -> None:
        from dealerdesk.services.search import search

        self.customer.clear()
        for hit in search(text, limit=20) if text.strip() else []:
            self.customer.addItem(f"{hit.name}  {hit.phone}", hit.customer_id)

    def refresh_preview(self) -> None:
        from dealerdesk.domain.membership import card_expiry

        lv = self.level.currentData()
        if lv is None:
            self.preview.setText(self.tr("No levels are set up: add them in Settings."))
            return
        self.benefits.setText(lv.benefits)
        self.preview.setText(self.tr("Fee to take at the desk: {fee} · valid until {date}").format(
            fee=fmt_money(lv.fee_cents), date=fmt_date(card_expiry(self.ctx.today(),
                                                                   lv.term_years))))

    def save(self):
        lv = self.level.currentData()
        return svc.issue_card(customer_id=self.customer.currentData() or 0,
                              level_id=lv.id if lv else 0, **self.common())


def run_dialog(dialog: QDialog, parent: QWidget | None = None):
    """Show a dialog modally; return its `done_result` (None when cancelled)."""
    dialog.exec()
    return getattr(dialog, "done_result", None)
