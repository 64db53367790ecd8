"""Moving a shop between storages: a SQLite file to the shop's server, or back.

Every table is copied with its ids into an empty target, in one transaction: the schema
first without its triggers (the rows copied are not new edits, and the audit log is copied
as it is), then the rows, then the triggers, text indexes and the version marker. Row counts
and the ledger's totals are compared before the transaction commits; the source is only read.
On the server the planner's statistics are gathered (ANALYZE) as soon as it commits: until
autovacuum comes by, a minute or more later, the server would guess at a million new rows
(a plate search took 300 ms instead of one at 100,000 customers).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import Database, SchemaManager, SqliteDatabase, sort_models

from dealerdesk.db import migrations, postgres_only, sqlite_only
from dealerdesk.db.database import (
    APPLICATION_ID,
    PRAGMAS,
    StorageError,
    is_server_url,
    read_only_uri,
)
from dealerdesk.db.engine import is_server, sql_for
from dealerdesk.db.models import ALL_MODELS, Customer, SessionOperator

BATCH = 5_000
# Copied as they are; the per-PC "who is working" row is not the shop's data.
COPIED = [m for m in ALL_MODELS if m is not SessionOperator]
LEDGER_TOTALS = ("SELECT count(*), COALESCE(sum(amount_cents), 0), COALESCE(sum(paid_cents), 0), "
                 "COALESCE(sum(points), 0), COALESCE(sum(uses), 0) FROM ledger_entry")
Progress = Callable[[str, int], None]


class TransferMismatch(StorageError):
    """The copy differs from its source (counts or ledger totals); nothing was kept."""


@dataclass(frozen=True)
class TransferReport:
    """What was copied: rows per table and the ledger's totals (count, balance, paid,
    points, uses), the same on both sides."""

    rows: dict[str, int]
    ledger: tuple[int, ...]


def open_plain(location: str | os.PathLike[str], *, read_only: bool) -> Database:
    """A database of its own (not the program's bound one): a file or a server address."""
    if is_server_url(location):
        return postgres_only.open_server(str(location))
    path = Path(location)
    if read_only:
        database = SqliteDatabase(read_only_uri(path), uri=True)
    else:
        database = SqliteDatabase(str(path), pragmas={**PRAGMAS, "journal_mode": "delete"})
    database.connect()
    return database


def _columns(model: Any) -> list[str]:
    return [f.column_name for f in model._meta.sorted_fields]


def _rows(source: Database, table: str, columns: list[str], key: str) -> Iterator[list[Any]]:
    names = ", ".join(f'"{c}"' for c in columns)
    last: Any = None
    while True:
        where = f'WHERE "{key}" > ?' if last is not None else ""
        batch = source.execute_sql(
            f'SELECT {names} FROM "{table}" {where} ORDER BY "{key}" LIMIT {BATCH}',
            (last,) if last is not None else ()).fetchall()
        if not batch:
            return
        for row in batch:
            yield list(row)
        last = batch[-1][columns.index(key)]


def _insert(target: Database, table: str, columns: list[str], rows: list[list[Any]]) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    if is_server(target):
        target.execute_many(sql, rows)  # type: ignore[attr-defined]
    else:
        target.connection().executemany(sql, rows)


def _copy_table(source: Database, target: Database, model: Any) -> int:
    table = model._meta.table_name
    columns = _columns(model)
    key = model._meta.primary_key.column_name
    # A customer may name as referrer one recorded after them: set once all are in.
    late = "referrer_id" if model is Customer else None
    referrers: list[tuple[Any, Any]] = []
    count = 0
    batch: list[list[Any]] = []
    for row in _rows(source, table, columns, key):
        if late is not None:
            at = columns.index(late)
            if row[at] is not None:
                referrers.append((row[at], row[columns.index(key)]))
                row[at] = None
        batch.append(row)
        if len(batch) >= BATCH:
            _insert(target, table, columns, batch)
            count += len(batch)
            batch = []
    if batch:
        _insert(target, table, columns, batch)
        count += len(batch)
    if referrers:
        sql = f'UPDATE "{table}" SET "{late}" = ? WHERE "{key}" = ?'
        if is_server(target):
            target.execute_many(sql, referrers)  # type: ignore[attr-defined]
        else:
            target.connection().executemany(sql, referrers)
    return count


def counts(database: Database) -> dict[str, int]:
    """Rows in each table DealerDesk copies."""
    return {m._meta.table_name: int(database.execute_sql(
        f'SELECT count(*) FROM "{m._meta.table_name}"').fetchone()[0]) for m in COPIED}


def ledger_totals(database: Database) -> tuple[int, ...]:
    return tuple(int(v) for v in database.execute_sql(LEDGER_TOTALS).fetchone())


def _empty(target: Database) -> bool:
    if is_server(target):
        return postgres_only.get_user_version(target) == 0 and postgres_only.table_count(
            target) == 0
    return int(target.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()[0]) == 0


def copy_into(source: Database, target: Database, *,
              progress: Progress | None = None) -> TransferReport:
    """Copy every table of `source` (at the current schema) into the empty `target`, in
    one transaction of the target; raises TransferMismatch (and keeps nothing) when the
    counts or ledger totals differ."""
    version = sql_for(source).get_user_version(source)
    if version != migrations.LATEST_VERSION:
        raise StorageError("open the database with this version of DealerDesk once first, "
                           "so that it is up to date, then move it")
    if not _empty(target):
        raise StorageError("the target already holds data; DealerDesk moves a shop only into "
                           "an empty database")
    engine = sql_for(target)
    _read_snapshot(source)
    try:
        return _copy_all(source, target, engine, progress)
    finally:
        source.execute_sql("ROLLBACK")  # the source was only read


def _read_snapshot(source: Database) -> None:
    """Every table read as of one moment, while others may go on writing."""
    if is_server(source):
        source.execute_sql("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    else:
        source.execute_sql("BEGIN")


def _copy_all(source: Database, target: Database, engine: Any,
              progress: Progress | None) -> TransferReport:
    # The tables are made by the same code as a new database's, each model's schema
    # written for the target. The models stay bound to the program's database: a backup of
    # the server runs on a worker thread while the window works on it.
    with target.atomic():
        if is_server(target):
            engine.lock_migrations(target)
            engine.prepare(target)
        for model in sort_models(ALL_MODELS):
            SchemaManager(model, database=target).create_all(safe=True)
        for model in COPIED:
            done = _copy_table(source, target, model)
            if progress:
                progress(model._meta.table_name, done)
        if is_server(target):
            postgres_only.reset_sequences(target)
        migrations.install_schema_objects(target)
        engine.set_application_id(target, APPLICATION_ID)
        engine.set_user_version(target, migrations.LATEST_VERSION)
        report = _compare(source, target)
    return report


def _compare(source: Database, target: Database) -> TransferReport:
    before, after = counts(source), counts(target)
    if before != after:
        differ = [f"{t}: {before[t]} -> {after.get(t)}" for t in before if before[t] != after[t]]
        raise TransferMismatch("the copy does not hold the same rows (" + ", ".join(differ)
                               + "); nothing was kept")
    totals = ledger_totals(source)
    if totals != ledger_totals(target):
        raise TransferMismatch("the copy's ledger totals differ from the original's; "
                               "nothing was kept")
    return TransferReport(before, totals)


def move(source: str | os.PathLike[str], target: str | os.PathLike[str], *,
         progress: Progress | None = None) -> TransferReport:
    """Copy the shop at `source` into `target` (a new file, or an empty server database).

    A file target is written as `<name>.building` and renamed once complete and checked,
    so a failed or killed move leaves no half file.
    """
    if not is_server_url(source) and not Path(source).exists():
        raise StorageError(f"{source} does not exist")
    if not is_server_url(target) and Path(target).exists():
        raise StorageError(f"{target} already exists; a shop moves into a new file only")
    src = open_plain(source, read_only=True)
    try:
        if is_server_url(target):
            dst = open_plain(target, read_only=False)
            try:
                report = copy_into(src, dst, progress=progress)
                postgres_only.refresh_statistics(dst)
                return report
            finally:
                dst.close()
        return _move_to_file(src, Path(target), progress)
    finally:
        src.close()


def _move_to_file(src: Database, path: Path, progress: Progress | None) -> TransferReport:
    building = path.with_name(path.name + ".building")
    building.unlink(missing_ok=True)
    dst = open_plain(building, read_only=False)
    try:
        report = copy_into(src, dst, progress=progress)
        dst.execute_sql("PRAGMA journal_mode = wal")
    except BaseException:
        dst.close()
        building.unlink(missing_ok=True)
        raise
    dst.close()
    from dealerdesk.db.backup import fold_wal

    fold_wal(building)
    os.replace(building, path)
    return report


def server_to_file(url: str, path: Path) -> TransferReport:
    """A DealerDesk file at `path` (new) holding everything on the server at `url`, as of
    one moment: a backup of the server, made by the program itself."""
    src = open_plain(url, read_only=True)
    try:
        dst = open_plain(path, read_only=False)
        try:
            return copy_into(src, dst)
        finally:
            dst.close()
    finally:
        src.close()


def file_to_server(path: Path, url: str, *, progress: Progress | None = None) -> TransferReport:
    """Replace what DealerDesk keeps on the server at `url` by the backup at `path`, in one
    transaction: the server holds the old data or the new, whole. The other PCs are told,
    when it commits, to read everything again."""
    src = open_plain(path, read_only=True)
    dst = open_plain(url, read_only=False)
    try:
        with dst.atomic():
            postgres_only.lock_migrations(dst)
            schema = dst.execute_sql("SELECT current_schema()").fetchone()[0]
            # Qualified: this connection's own session_operator would hide the shop's.
            tables = ", ".join(f'"{schema}"."{name}"' for name in
                               [m._meta.table_name for m in ALL_MODELS] + ["dealerdesk_meta"])
            dst.execute_sql(f"DROP TABLE IF EXISTS {tables} CASCADE")
            report = copy_into(src, dst, progress=progress)
            from dealerdesk.db.postgres_live import notify_everything

            notify_everything(dst)
        postgres_only.refresh_statistics(dst)
        return report
    finally:
        dst.close()
        src.close()


__all__ = ["TransferMismatch", "TransferReport", "copy_into", "counts", "file_to_server",
           "ledger_totals", "move", "open_plain", "server_to_file", "sqlite_only"]
