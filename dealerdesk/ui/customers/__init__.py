"""The Customers screen: the customer table, the customer page and their forms."""
