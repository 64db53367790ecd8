"""`check`: is the file healthy, and do the stored derived values agree with their sources?"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from dealerdesk.db.api import scalar
from dealerdesk.db.database import db, quick_check
from dealerdesk.db.migrations import LATEST_VERSION, schema_version


@dataclass
class HealthReport:
    """What the check found: lines to print, and the problems among them."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_database(db_file: Path | None = None) -> HealthReport:
    """Integrity, schema version, counts, links that must hold, and (given the file's path)
    no ledger or audit rows fewer than the last backup holds."""
    report = HealthReport()
    for problem in quick_check():
        report.problems.append(f"damaged: {problem}")
    version = schema_version(db.obj)
    report.lines.append(f"schema version {version} (this program: {LATEST_VERSION})")
    for table in ("customer", "vehicle", "follow_up", "membership_card", "ledger_entry"):
        report.lines.append(f"{table}: {scalar(f'SELECT count(*) FROM {table}')} rows")
    dup = scalar(
        "SELECT count(*) FROM (SELECT phone FROM customer WHERE phone != '' "
        "AND deleted_at IS NULL GROUP BY phone HAVING count(*) > 1)"
    )
    if dup:
        report.problems.append(f"{dup} phone numbers belong to more than one live customer")
    from dealerdesk.services.membership_queries import ledger_problems

    # Balances are derived from the ledger; each entry's "after" columns must agree.
    report.problems.extend(f"ledger: {p}" for p in ledger_problems())
    if db_file is not None:
        lines, problems = compare_with_last_backup(db_file)
        report.lines.extend(lines)
        report.problems.extend(problems)
    report.lines.extend(f"problem: {p}" for p in report.problems)
    report.lines.append("healthy" if report.healthy else "NOT healthy")
    return report


NAMES = {"ledger_entry": "ledger entries", "audit_log": "audit log entries"}


def compare_with_last_backup(db_file: Path) -> tuple[list[str], list[str]]:
    """Lines and problems from comparing the append-only tables with the newest backup made
    since the last restore: rows it holds that the file lacks were lost (a deleted or
    damaged -wal drops committed rows and leaves a file that is otherwise healthy)."""
    from dealerdesk.db import backup
    from dealerdesk.services.backups import backup_folder
    from dealerdesk.services.store import remembered

    seen = remembered(db_file)
    after = seen.restored_over if seen is not None else 0
    for path in backup.list_backups(backup_folder(db_file)):
        if backup.creation_number(path) <= after:
            break  # made before the last restore: older data on purpose
        try:
            marks = backup.sequence_marks(path)
            if not _same_history(path, marks):
                continue  # a backup of another database kept in the same folder
        except sqlite3.Error:
            continue  # not readable: compare with the next one
        return _compare(path, marks)
    return ["no backup of this database made since the last restore to compare with"], []


def _same_history(path: Path, marks: dict[str, tuple[int, int]]) -> bool:
    """The backup carries this database's id, and the last audit row both have is the same:
    it is a backup of this database (the data folder's backups/ serves demo.db as well)
    and shares its history up to there."""
    from dealerdesk.db import backup

    if backup.database_id(path) != backup.database_id():
        return False
    shared = min(backup.sequence_marks()["audit_log"][0], marks["audit_log"][0])
    return backup.audit_rows((shared,), path) == backup.audit_rows((shared,))


def _compare(path: Path, marks: dict[str, tuple[int, int]]) -> tuple[list[str], list[str]]:
    from dealerdesk.db import backup

    lines = [f"compared with the last backup {path.name}"]
    problems = []
    for table, (last_id, count) in marks.items():
        missing = count - backup.rows_up_to(table, last_id)
        if missing > 0:
            problems.append(
                f"{missing} {NAMES[table]} in the last backup {path.name} are missing from "
                "this file (rows were lost, e.g. with a deleted -wal file): restore that "
                "backup, or ask for help")
    return lines, problems
