"""Service visits (到店消费) on the customer page and from Today."""
