"""Today: the first screen, who to call today and why."""
