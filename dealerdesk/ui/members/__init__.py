"""The Members screen, a customer's Membership tab and the membership settings page."""
