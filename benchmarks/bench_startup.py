"""Time from process start to the window shown, on the benchmark database.

    python benchmarks/bench_startup.py [--db PATH]

The integrity check and the day's first backup run beside the window; the second line
says when they were done. Target (DESIGN.md): the window usable within 2 s.
"""

from __future__ import annotations

import time

START = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
from pathlib import Path  # noqa: E402

from common import DEFAULT_DB, demo_db  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    path = demo_db(path=parser.parse_args().db)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dealerdesk import app
    from dealerdesk.services import staff

    startup = app.Startup(*app.parse_args(["--db", str(path), "--lang", "zh_CN"]))
    assert startup.prepare() is None
    startup.choose_operator = lambda: staff.list_staff()[0]
    startup.show_window()
    QApplication.processEvents()
    print(f"window shown {time.perf_counter() - START:.2f} s after start")
    if startup.checks is not None:
        startup.checks.result()
    print(f"integrity check and daily backup done {time.perf_counter() - START:.2f} s after start")
    startup.shutdown()


if __name__ == "__main__":
    main()
