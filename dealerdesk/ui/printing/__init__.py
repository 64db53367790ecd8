"""Printing from the window: PDF preview with print and save, call-list options, font setting."""
