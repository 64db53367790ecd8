"""Small widgets every screen shares: date and money fields, field errors, empty states, chips."""

from dealerdesk.ui.widgets.chip_delegate import ChipDelegate
from dealerdesk.ui.widgets.date_field import DateField, format_date
from dealerdesk.ui.widgets.empty_state import EmptyState
from dealerdesk.ui.widgets.field_errors import FieldErrors
from dealerdesk.ui.widgets.money_field import MoneyField, format_cents, parse_yuan

__all__ = ["ChipDelegate", "DateField", "EmptyState", "FieldErrors", "MoneyField",
           "format_cents", "format_date", "parse_yuan"]
