"""The customer page: a header with actions, and one tab per side of the customer."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import choices
from dealerdesk.domain.errors import EditConflict, FieldError, ValidationFailed
from dealerdesk.services import customers as customer_service
from dealerdesk.services import versions
from dealerdesk.services.staff import list_staff
from dealerdesk.ui.customers import ask, conflict
from dealerdesk.ui.customers.customer_form import CustomerForm
from dealerdesk.ui.customers.vehicles import VehiclesTab
from dealerdesk.ui.followups.timeline import FollowUpTimeline
from dealerdesk.ui.icons import icon
from dealerdesk.ui.members.customer_tab import CustomerMembershipTab
from dealerdesk.ui.reminders.customer_tab import CustomerRemindersTab
from dealerdesk.ui.staff import access_view
from dealerdesk.ui.theme import COLORS, set_screen_margins
from dealerdesk.ui.visits.customer_tab import VisitsTab
from dealerdesk.ui.widgets.date_field import format_date, format_datetime


class ProfileTab(QWidget):
    """The customer form in a scroll area, with Save and Cancel below it."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.form = CustomerForm(self, today=ctx.today)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.message = QLabel(self)
        # Save and Cancel in the order of the system's dialogs, as everywhere else.
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)


class CustomerPage(QWidget):
    """One customer: Profile and Vehicles tabs; `add_tab` lets other features add theirs."""

    back_requested = Signal()
    saved = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id: int | None = None
        self._extra: list[tuple[QWidget, str]] = []
        self.back_button = QToolButton(self)
        self.back_button.setIcon(icon("mdi6.arrow-left"))
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setAutoRaise(True)
        self.back_button.clicked.connect(self.go_back)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(8)
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.subtitle, 1)
        # The actions sit at the end of the tab row, where the tabs leave room: beside the
        # name and status line they made the page wider than a 1280-pixel laptop in English.
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        actions = QWidget(self.tabs)
        bar = QHBoxLayout(actions)
        bar.setContentsMargins(0, 0, 0, 2)
        self.log_button = QPushButton(icon("mdi6.phone-plus"), "", actions)
        self.log_button.clicked.connect(self._on_log_clicked)
        self.print_button = QPushButton(icon("mdi6.printer"), "", actions)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.history_button = QPushButton(icon("mdi6.history"), "", actions)  # the owner's
        self.history_button.clicked.connect(self._on_history_clicked)
        for button in (self.log_button, self.print_button, self.history_button):
            bar.addWidget(button)
        self.tabs.setCornerWidget(actions, Qt.Corner.TopRightCorner)
        self.profile = ProfileTab(ctx, self)
        self.form = self.profile.form
        self.vehicles = VehiclesTab(ctx, self)
        self.tabs.addTab(self.profile, "")
        self.tabs.addTab(self.vehicles, "")
        self.visits = VisitsTab(ctx, self.tabs)
        self.timeline = FollowUpTimeline(ctx, self.tabs)
        self.membership = CustomerMembershipTab(ctx, self.tabs)
        self.reminders = CustomerRemindersTab(ctx, self.tabs)
        for widget in (self.visits, self.timeline, self.membership, self.reminders):
            self._extra.append((widget, ""))
            self.tabs.addTab(widget, "")
        self.access_banner = access_view.AccessBanner(self)  # a colleague's customer
        layout = QVBoxLayout(self)
        set_screen_margins(layout)
        layout.addLayout(header)
        layout.addWidget(self.access_banner)
        layout.addWidget(self.tabs, 1)
        self.profile.save_button.clicked.connect(self.save)
        self.profile.cancel_button.clicked.connect(self.cancel)
        self.form.edited.connect(self._on_form_edited)
        self.form.open_customer.connect(self._on_open_customer)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.go_back,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ctx.signals.changed.connect(self._on_changed)
        self.retranslate()

    # ---- actions on the customer shown ------------------------------------------

    def _on_log_clicked(self) -> None:
        from dealerdesk.ui.followups.log_dialog import log_follow_up_for

        if self._customer_id is not None:
            log_follow_up_for(self._ctx, self._customer_id, self)

    def _on_print_clicked(self) -> None:
        from dealerdesk.ui.printing.actions import print_profile

        if self._customer_id is not None:
            print_profile(self._ctx, self._customer_id, self)

    def _on_history_clicked(self) -> None:
        from dealerdesk.ui.staff.audit_view import open_customer_history

        if self._customer_id is not None:
            open_customer_history(self._ctx, self._customer_id, self.title.text(), self)

    # ---- tabs --------------------------------------------------------------------

    def add_tab(self, factory, title: str) -> QWidget:
        """Add a tab made by factory(ctx, parent); it is told the customer by set_customer()."""
        widget = factory(self._ctx, self.tabs)
        self._extra.append((widget, title))
        self.tabs.addTab(widget, title)
        widget.set_customer(self._customer_id)
        self._enable_tabs()
        return widget

    def _tab_widgets(self) -> list[QWidget]:
        return [self.vehicles, *(w for w, _ in self._extra)]

    def _enable_tabs(self) -> None:
        for widget in self._tab_widgets():
            self.tabs.setTabEnabled(self.tabs.indexOf(widget), self._customer_id is not None)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Customers"))
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.tabs.setTabText(0, self.tr("Profile"))
        self.tabs.setTabText(1, self.tr("Vehicles"))
        for widget, text in ((self.visits, self.tr("Service visits")),
                             (self.timeline, self.tr("Follow-ups")),
                             (self.membership, self.tr("Membership")),
                             (self.reminders, self.tr("Reminders"))):
            self.tabs.setTabText(self.tabs.indexOf(widget), text)
        self.log_button.setText(self.tr("Log follow-up"))
        self.print_button.setText(self.tr("Print profile"))
        self.history_button.setText(self.tr("Change history"))
        self.history_button.setToolTip(self.tr("Who changed what on this customer, and when"))
        self.profile.save_button.setText(self.tr("Save"))
        self.profile.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.profile.cancel_button.setText(self.tr("Cancel"))
        self.form.retranslate()
        self.vehicles.retranslate()
        self.visits.retranslate()
        self.access_banner.retranslate()
        self._show_title()

    # ---- showing a customer ------------------------------------------------------

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    def load(self, customer_id: int | None) -> None:
        """Show a stored customer, or an empty form for a new one (None)."""
        customer = customer_service.get_customer(customer_id) if customer_id else None
        self._customer_id = customer.id if customer else None
        self.form.fill_choices()
        self.form.load(customer, owner_id=self._ctx.operator_id)
        for widget in self._tab_widgets():
            widget.set_customer(self._customer_id)
        self._enable_tabs()
        self.log_button.setEnabled(self._customer_id is not None)
        self.print_button.setEnabled(self._customer_id is not None)
        self.profile.message.clear()
        self._show_title()
        access_view.apply_customer_page(self, customer)
        if customer is None:
            self.tabs.setCurrentWidget(self.profile)
        self.form.ui.nameEdit.setFocus()

    def _show_title(self) -> None:
        customer = self.form.customer
        if customer is None:
            self.title.setText(self.tr("New customer"))
            self.subtitle.setText(self.tr("Name and one way to reach them are enough to start."))
            return
        self.title.setText(customer.name)
        c = customer
        parts = [choices.label(choices.STATUSES, c.status), c.phone, c.owner_name,
                 self.tr("Last contact {when}").format(when=format_date(c.last_followup_at))
                 if c.last_followup_at else self.tr("Not contacted yet"),
                 self.tr("Next follow-up {date}").format(date=format_date(c.next_followup_on))
                 if c.next_followup_on else ""]
        if c.deleted_at:
            parts.insert(0, self.tr("In the recycle bin"))
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        made = self.tr("Created {when}").format(when=format_datetime(c.created_at)) \
            if c.created_at else ""
        by = self.tr("by {name}").format(name=c.created_by_name) if c.created_by_name else ""
        last = self.tr("last contact {when}").format(when=format_datetime(c.last_followup_at)) \
            if c.last_followup_at else ""
        self.subtitle.setToolTip(", ".join(x for x in (" ".join(x for x in (made, by) if x), last)
                                           if x))

    # ---- saving ------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and store the profile with one service call; errors go beside the fields.

        Saved over the version the form opened: when another PC changed the same fields
        meanwhile, both values are shown and the user chooses (see conflict.py).
        """
        self.form.errors.clear()
        data, unreadable = self.form.collect()
        try:
            if unreadable:
                self._raise_all(data, unreadable)
            if self._customer_id is None:
                new_id, changes = customer_service.create_customer(
                    data, created_by_id=self._ctx.operator_id, today=self._ctx.today())
                self._customer_id = new_id
            else:
                changes = self._update(data, self.form.customer)
                if changes is None:
                    return False
        except ValidationFailed as exc:
            self.form.show_errors(exc.errors)
            self.profile.message.setText(self.tr("Please correct the fields marked in red."))
            self.profile.message.setStyleSheet(f"color: {COLORS['error']};")
            return False
        self.load(self._customer_id)
        self.profile.message.setStyleSheet(f"color: {COLORS['ok']};")
        self.profile.message.setText(self.tr("Saved."))
        self._ctx.broadcast(changes)
        self.saved.emit(self._customer_id)
        return True

    def _update(self, data, opened):
        """Save `data` over the customer as the form opened it; on a conflict, ask which
        values to keep and save again over what the other PC saved. None: cancelled (the
        typing stays in the form, nothing was written)."""
        while True:
            try:
                return customer_service.update_customer(
                    self._customer_id, data, today=self._ctx.today(), version=opened.version,
                    original=customer_service.input_of(opened))
            except EditConflict:
                data, opened = self._resolve(data, opened)
                if data is None:
                    self.profile.message.setText(self.tr(
                        "Not saved: this customer was changed on another PC."))
                    self.profile.message.setStyleSheet(f"color: {COLORS['error']};")
                    return None

    def _resolve(self, data, opened):
        """What to save after a conflict, as the user chose, and the record it goes over:
        fields only the other PC changed take its values; (None, None) when cancelled."""
        theirs = customer_service.get_customer(self._customer_id)
        if theirs is None:
            raise ValidationFailed([FieldError("name", self.tr(
                "This customer no longer exists."))])
        clean = customer_service.validate_customer(data, customer_id=self._customer_id,
                                                   today=self._ctx.today())
        merged, conflicts = versions.merge(customer_service.input_of(opened), clean,
                                           customer_service.input_of(theirs))
        if conflicts:
            names = {s.id: s.name for s in list_staff(include_inactive=True)}
            choice = conflict.choose_side(self, conflicts, names)
            if choice is None:
                return None, None
            if choice == conflict.THEIRS:
                merged = dataclasses.replace(merged, **{c.field: c.theirs for c in conflicts})
        return merged, theirs

    def _raise_all(self, data, unreadable) -> None:
        """Raise every problem at once: what could not be read and what the rules refuse."""
        found = list(unreadable)
        try:
            customer_service.validate_customer(data, customer_id=self._customer_id,
                                               today=self._ctx.today())
        except ValidationFailed as exc:
            found += [e for e in exc.errors if not any(u.field == e.field for u in unreadable)]
        raise ValidationFailed(found)

    def may_leave(self) -> bool:
        """True when nothing typed would be lost (or the user agreed to lose it)."""
        return not self.form.is_dirty() or ask.confirm(
            self, self.tr("Unsaved changes"),
            self.tr("You have changed this customer's profile. Leave without saving?"),
            self.tr("Discard changes"), self.tr("Keep editing"))

    def cancel(self) -> None:
        """Undo the typing (asking first); a new customer that was never saved goes back."""
        if not self.may_leave():
            return
        if self._customer_id is None:
            self.form.load(None)
            self.back_requested.emit()
        else:
            self.load(self._customer_id)

    def go_back(self) -> None:
        if self.may_leave():
            self.form.load(self.form.customer)
            self.back_requested.emit()

    def _on_form_edited(self) -> None:
        self.profile.message.clear()

    def _on_open_customer(self, customer_id: int) -> None:
        if self.may_leave():
            self.load(customer_id)

    def _on_changed(self, changes) -> None:
        if (changes.touches("customers") and self._customer_id is not None
                and not self.form.is_dirty()):
            customer = customer_service.get_customer(self._customer_id)
            if customer is None:  # erased meanwhile, or gone with a restored backup
                self._customer_id = None
                self.form.load(None)
                self.back_requested.emit()
                return
            if not self.isVisible():
                return
            self.form.fill_choices()
            self.form.load(customer)
            self._show_title()
            access_view.apply_customer_page(self, customer)
