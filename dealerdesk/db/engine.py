"""Which of the two SQL modules speaks to the database in use: SQLite's or PostgreSQL's.

Everything that differs between a file on this PC and the shop's server lives in
db/sqlite_only.py and db/postgres_only.py, with the same functions; this module picks one.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from dealerdesk.db import postgres_only, sqlite_only
from dealerdesk.db.database import db


def is_server(database: Any = None) -> bool:
    """True when `database` (default: the one in use) is on a PostgreSQL server."""
    target = database if database is not None else db.obj
    if target is not None and hasattr(target, "obj"):  # a proxy
        target = target.obj
    return isinstance(target, postgres_only.ServerDatabase)


def sql_for(database: Any = None) -> ModuleType:
    """The module of SQL the database understands."""
    return postgres_only if is_server(database) else sqlite_only


def value_sql_for(database: Any = None) -> ModuleType:
    """The module of the customer value statements in the database's dialect."""
    if is_server(database):
        from dealerdesk.db import postgres_value

        return postgres_value
    from dealerdesk.db import sqlite_value

    return sqlite_value
