"""Reports: the sales funnel with its chart, lost reasons, salespeople and segments."""
