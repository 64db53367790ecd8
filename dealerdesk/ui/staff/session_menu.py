"""The top bar's session button: "My PIN…" and "Lock now", and the idle lock behind it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QToolButton

from dealerdesk.services import access, signin
from dealerdesk.services.staff import get_staff
from dealerdesk.ui import icons
from dealerdesk.ui.operator_dialog import PinDialog
from dealerdesk.ui.theme import COLORS


def operator_text(member) -> str:
    """The name in the top bar, with the role once the shop has PINs."""
    if member is None:
        return ""
    if not signin.shop_secured():
        return member.name
    return f"{member.name} · {access.role_label(access.current().role)}"


class SessionButton(QToolButton):
    """A small menu beside "Switch": set or change one's PIN, lock the window now."""

    def __init__(self, window):
        super().__init__(window)
        from dealerdesk.ui.staff.lock import IdleLock

        self.window = window
        self.setIcon(icons.icon("mdi6.shield-account-outline", color=COLORS["muted"]))
        # A plain icon button that opens its menu (no menu arrow): the top bar must still
        # fit an 800-pixel-wide screen.
        self.setAutoRaise(True)
        self.menu_ = QMenu(self)
        self.pin_action = self.menu_.addAction(icons.icon("mdi6.form-textbox-password"), "",
                                               self.change_pin)
        self.lock_action = self.menu_.addAction(icons.icon("mdi6.lock"), "", self.lock_now)
        self.menu_.aboutToShow.connect(self._on_menu_about_to_show)
        self.clicked.connect(lambda: self.menu_.exec(self.mapToGlobal(self.rect().bottomLeft())))
        self.idle_lock = IdleLock(window)

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Your PIN and the lock"))
        self.pin_action.setText(self.tr("My PIN…"))
        self.lock_action.setText(self.tr("Lock now"))

    def _on_menu_about_to_show(self) -> None:
        secured = signin.shop_secured()
        self.lock_action.setEnabled(secured)
        self.lock_action.setToolTip("" if secured else self.tr(
            "The lock needs a PIN: set one first."))

    def change_pin(self) -> bool:
        """Set or change the PIN of the person signed in; True when it was stored."""
        member = self.window.ctx.operator and get_staff(self.window.ctx.operator.id)
        if member is None:
            return False
        dialog = PinDialog(member, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        fresh = get_staff(member.id) or member
        if dialog.became_owner:
            signin.sign_in(fresh.id, dialog.new_pin.text(), now=self.window.ctx.now())
            QMessageBox.information(self.window, self.tr("You are the owner"), self.tr(
                "Your PIN is set and you are the shop's owner. Your colleagues sign in "
                "as salespeople and choose their own PIN at their next sign-in."))
        self.window.set_operator(fresh)
        return True

    def lock_now(self) -> None:
        self.idle_lock.lock()
