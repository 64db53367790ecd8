"""`check`: is the file healthy, and do the stored derived values agree with their sources?"""

from __future__ import annotations

from dataclasses import dataclass, field

from dealerdesk.db.api import scalar
from dealerdesk.db.database import quick_check
from dealerdesk.db.migrations import LATEST_VERSION, schema_version
from dealerdesk.db.database import db


@dataclass
class HealthReport:
    """What the check found: lines to print, and the problems among them."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_database() -> HealthReport:
    """Integrity, schema version, counts, and links that must hold."""
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
    report.lines.extend(f"problem: {p}" for p in report.problems)
    report.lines.append("healthy" if report.healthy else "NOT healthy")
    return report
