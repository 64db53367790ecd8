"""Reminders: the grouped panel, its settings page and the customer page tab."""
