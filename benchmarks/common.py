"""Shared benchmark helpers: a 100,000-customer demo database, timing, and the report table."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# The checkout's own package, not an installed copy: the path goes first, before any
# import of dealerdesk.
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")

from dealerdesk import clock  # noqa: E402

DEFAULT_DB = Path(os.environ.get("DEALERDESK_BENCH_DB", "/tmp/dealerdesk-bench-100k.db"))


def demo_db(customers: int = 100_000, path: Path = DEFAULT_DB) -> Path:
    """The benchmark database, generated once with the demo command and then reused."""
    if not path.exists():
        print(f"building {path} with {customers:,} customers ...", flush=True)
        subprocess.run(
            [sys.executable, "-m", "dealerdesk", "demo", "--db", str(path),
             "--customers", str(customers)], check=True, cwd=ROOT)
    return path


def open_db(path: Path) -> None:
    from dealerdesk.services.store import open_store

    open_store(path, backup_dir=path.parent / "bench-backups", now=clock.now())


def timed(fn: Callable[[], object], repeat: int = 15) -> float:
    """Median wall time of `fn` in milliseconds (after one warm-up call)."""
    fn()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def report(rows: list[tuple[str, float, float]], *, target_ms: float | None = None) -> None:
    """Print each figure beside its baseline and the ratio."""
    print(f"{'measure':48} {'DealerDesk':>12} {'baseline':>10} {'ratio':>7}")
    for name, ours, base in rows:
        ratio = ours / base if base > 0 else float("inf")
        flag = "" if target_ms is None or ours <= target_ms else "  (over target)"
        print(f"{name:48} {ours:10.2f}ms {base:8.2f}ms {ratio:7.2f}{flag}")
