"""Settings: shop, staff, customer levels, language, backups; other features add pages."""
