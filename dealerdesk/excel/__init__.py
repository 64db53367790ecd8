"""Spreadsheets in and out: one column specification, a careful reader, safe writers."""
