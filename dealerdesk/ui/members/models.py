"""Table models of the membership widgets: cards, ledger entries, the day summary.

They only format plain data handed to them by the screens (lists of frozen dataclasses);
SortRole gives raw values, IdRole the record id.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from dealerdesk.domain.cardno import display_card_no
from dealerdesk.domain.membership import kind_label, status_label
from dealerdesk.ui.members.format import (
    fmt_date,
    fmt_money,
    fmt_signed,
    fmt_time,
    status_colour,
)
from dealerdesk.ui.widgets.rows_model import RIGHT, RowsModel

SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2


class _RowsModel(RowsModel):
    """The membership tables: IdRole gives the record id."""

    id_role = IdRole


class CardTableModel(_RowsModel):
    """Membership cards with level, status, expiry and derived balances."""

    NUMBERS = (6, 7, 8)

    def headers(self) -> list[str]:
        return [self.tr("Card no."), self.tr("Customer"), self.tr("Phone"), self.tr("Level"),
                self.tr("Status"), self.tr("Expires"), self.tr("Balance"), self.tr("Points"),
                self.tr("Services left")]

    def cell(self, c, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return [display_card_no(c.card_no), c.customer_name, c.customer_phone, c.level_name,
                    status_label(c.status), fmt_date(c.expires_on), fmt_money(c.balance_cents),
                    f"{c.points:,}", str(c.uses_left) if c.packages else ""][column]
        if role == SortRole:
            return [c.card_no, c.customer_name, c.customer_phone, c.level_name, c.status,
                    c.expires_on.toordinal(), c.balance_cents, c.points, c.uses_left][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBERS:
            return RIGHT
        if role == Qt.ItemDataRole.DecorationRole and column == 3:
            return QColor(c.level_colour)
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return status_colour(c.status)
        return None


class LedgerTableModel(_RowsModel):
    """A card's ledger, newest first; reversed entries and reversals are marked."""

    def headers(self) -> list[str]:
        # Short headers so that the Note column still fits beside the card at 1280 x 800.
        return [self.tr("No."), self.tr("Time"), self.tr("What"), self.tr("Stored"),
                self.tr("Paid"), self.tr("Points"), self.tr("Uses"),
                self.tr("Balance"), self.tr("Operator"), self.tr("Note")]

    def header_tips(self) -> dict[int, str]:
        return {3: self.tr("Change of the stored value"),
                4: self.tr("Money taken (or paid back) at the desk"),
                6: self.tr("Package uses added or used"),
                7: self.tr("Stored balance after this entry")}

    def _note(self, e) -> str:
        parts = []
        if e.package_name:
            parts.append(e.package_name)
        if e.reverses_id:
            parts.append(self.tr("reverses no. {id}").format(id=e.reverses_id))
        if e.reversed_by_id:
            parts.append(self.tr("reversed by no. {id}").format(id=e.reversed_by_id))
        if e.note:
            parts.append(e.note)
        return " · ".join(parts)

    def cell(self, e, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return [str(e.id), fmt_time(e.at), kind_label(e.kind),
                    fmt_money(e.amount_cents, signed=True) if e.amount_cents else "",
                    fmt_money(e.paid_cents, signed=True) if e.paid_cents else "",
                    fmt_signed(e.points), fmt_signed(e.uses), fmt_money(e.balance_after_cents),
                    e.staff_name, self._note(e)][column]
        if role == SortRole:
            return [e.id, e.at.isoformat(), e.kind, e.amount_cents, e.paid_cents, e.points,
                    e.uses, e.balance_after_cents, e.staff_name, e.note][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3, 4, 5, 6, 7):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 9:
            return self._note(e) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if e.reversed_by_id or e.reverses_id:
                return QColor("#8A8A8A")
            if column in (3, 4) and min(e.amount_cents, e.paid_cents) < 0:
                return QColor("#C62828")
        if role == Qt.ItemDataRole.FontRole and e.reversed_by_id and column in (3, 4, 5, 6):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


class DaySummaryModel(_RowsModel):
    """Per operator: fees, top-ups, packages, spending, refunds, money at the desk."""

    def headers(self) -> list[str]:
        return [self.tr("Operator"), self.tr("Card fees"), self.tr("Top-ups"),
                self.tr("Packages sold"), self.tr("Spent from balance"), self.tr("Refunds"),
                self.tr("Net at desk"), self.tr("Points given"), self.tr("Entries")]

    def cell(self, r, column: int, role: int):
        values = [r.staff_name, r.fees_cents, r.top_ups_cents, r.packages_cents, r.spent_cents,
                  r.refunds_cents, r.desk_total_cents, r.points_given, r.entries]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return r.staff_name or self.tr("Total")
            if column in (7, 8):
                return f"{values[column]:,}"
            return fmt_money(values[column])
        if role == SortRole:
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and not r.staff_name:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
