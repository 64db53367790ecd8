"""The customer list and customer page."""
