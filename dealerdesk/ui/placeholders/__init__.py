"""Calm "coming soon" panels for screens that later releases fill in."""
