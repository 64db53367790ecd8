"""Follow-ups: the log dialog, a customer's timeline, deals and the Follow-ups screen."""
