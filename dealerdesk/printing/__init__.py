"""Printed documents (reportlab): customer profile, call list, membership card, fonts.

Documents are drawn from the plain data in data.py; nothing here reads the database.
"""
