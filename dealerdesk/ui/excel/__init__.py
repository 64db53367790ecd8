"""Spreadsheet screens: the import wizard, the export dialog, possible duplicates."""
