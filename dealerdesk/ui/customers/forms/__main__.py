"""Regenerate the ui_*.py modules from the .ui files."""

from dealerdesk.ui.customers.forms import main

main()
