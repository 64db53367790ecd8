"""What the person signed in sees: controls they may not use are disabled with the reason
as a tooltip (or hidden where a whole area is someone else's), never an error after a
click. The rules themselves live in services/access.py; this module only shows them.

Screens call one function each (apply_window, apply_customer_list, apply_customer_page,
...) after they update their own buttons, so the rights win over a screen's own state.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from dealerdesk.services import access, audit
from dealerdesk.services import customers as customer_service
from dealerdesk.ui import icons
from dealerdesk.ui.theme import COLORS, SPACE

_PLAIN_TIP = "_dd_plain_tooltip"  # the tooltip a control had before a refusal replaced it
_REASON = "_dd_reason"  # the reason last shown as the tooltip


def allow(widget: QWidget, action: str, allowed: bool | None = None) -> bool:
    """Disable `widget` unless the right `action` is given (or `allowed` says so), its
    tooltip saying why; an allowed widget keeps the state its screen gave it (call this
    after the screen set it). Returns whether it is allowed."""
    if allowed is None:
        allowed = access.can(action)
    if widget.toolTip() != widget.property(_REASON):  # the screen set its own tooltip
        widget.setProperty(_PLAIN_TIP, widget.toolTip())
    plain = widget.property(_PLAIN_TIP) or ""
    if not allowed:
        widget.setEnabled(False)
    widget.setProperty(_REASON, None if allowed else access.why_not(action))
    widget.setToolTip(plain if allowed else access.why_not(action))
    return allowed


def apply_window(window) -> None:
    """The navigation: Settings is the owner's; a salesperson sees it greyed, with why."""
    from dealerdesk.ui.main_window import KEYS

    item = window.nav.item(KEYS.index("settings"))
    allowed = access.can("settings")
    flags = item.flags()
    enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    item.setFlags(flags | enabled if allowed else flags & ~enabled)
    item.setToolTip("" if allowed else access.why_not("settings"))
    if not allowed and window.current_key() == "settings":
        window.navigate("today")


def apply_customer_list(screen) -> None:
    """The customer table: export and erase are the owner's; moving to the recycle bin
    and restoring are for one's own customers."""
    screen.export_button.setEnabled(True)  # the screen only shows or hides it
    screen.empty.secondary_button.setEnabled(True)
    allow(screen.export_button, "export")
    allow(screen.erase_button, "erase")
    allow(screen.empty.secondary_button, "import")
    chosen = screen.selected_id()
    if chosen is None or not access.masks_phones():
        return
    own = access.owns(customer_service.owner_of(chosen))
    for button in (screen.delete_button, screen.restore_button):
        allow(button, "any_customer", own)


def add_copy_list_action(menu, screen) -> None:
    """"Copy this list" on the customer table: names, phones and salespeople of the list
    as filtered, to paste elsewhere; the owner's, like an export, and recorded."""
    action = menu.addAction(icons.icon("mdi6.content-copy"), QCoreApplication.translate(
        "Access", "Copy this list (names and phones)"),
        lambda: QApplication.clipboard().setText(
            customer_service.copy_list(screen.current_filter())))
    allowed = access.can("export")
    action.setEnabled(allowed)
    action.setToolTip("" if allowed else access.why_not("export"))
    menu.setToolTipsVisible(True)


def apply_customer_page(page, customer) -> None:
    """A colleague's customer: read-only, phones masked (by the service), with a line
    saying whose customer it is and a button to ask the owner to reassign them."""
    own = customer is None or access.owns(customer.owner_id)
    page.form.setEnabled(own)
    page.profile.save_button.setVisible(own)
    page.profile.cancel_button.setVisible(own)
    allow(page.log_button, "any_customer", own and customer is not None)
    for button in (page.vehicles.add_button, page.vehicles.edit_button,
                   page.vehicles.delete_button, page.timeline.log_button,
                   page.timeline.deal_button):
        button.setVisible(own)
    page.access_banner.show_for(None if own else customer)
    page.history_button.setVisible(customer is not None and access.can("audit"))


def apply_call_list_options(options) -> None:
    """A salesperson prints the calls of their own customers only."""
    if access.can("any_calls"):
        return
    me = access.current().name  # the dialog's items hold staff names
    index = options.staff.findData(me)
    options.staff.setCurrentIndex(max(index, 0))
    allow(options.staff, "any_calls", False)


def apply_card_view(view) -> None:
    """Reversing a ledger entry is the owner's."""
    if hasattr(view, "reverse_button"):
        allow(view.reverse_button, "reverse")


class AccessBanner(QFrame):
    """Above a colleague's customer: whose customer it is, why it is read-only, and a
    button to ask the owner to reassign them (recorded in the audit trail)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("AccessBanner")
        self.setStyleSheet(f"QFrame#AccessBanner {{ background: {COLORS['accent_soft']}; "
                           f"border-radius: 6px; }}")
        self.icon = QLabel(self)
        self.icon.setPixmap(icons.icon("mdi6.account-lock-outline", color=COLORS["accent"])
                            .pixmap(20, 20))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.ask_button = QPushButton(self)
        self.ask_button.clicked.connect(self._on_ask_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(SPACE["m"], SPACE["s"], SPACE["m"], SPACE["s"])
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)
        row.addWidget(self.ask_button)
        self.customer = None
        self.hide()

    def show_for(self, customer) -> None:
        """Show the banner for a colleague's `customer`; None hides it."""
        self.customer = customer
        self.setVisible(customer is not None)
        self.ask_button.setEnabled(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.ask_button.setText(self.tr("Ask to reassign"))
        if self.customer is None:
            return
        self.text.setText(self.tr(
            "{name} is {owner}'s customer: you can read the history; the phone number "
            "is hidden.").format(name=self.customer.name,
                                 owner=self.customer.owner_name or "?"))

    def _on_ask_clicked(self) -> None:
        if self.customer is None:
            return
        audit.request_reassign(self.customer.id)
        self.ask_button.setEnabled(False)
        self.ask_button.setText(self.tr("Asked"))
        self.ask_button.setToolTip(self.tr(
            "The owner sees your request in the audit trail and on the hand-over page."))
