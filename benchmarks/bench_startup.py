"""Time from process start to the window shown, on the benchmark database.

    python benchmarks/bench_startup.py [--db PATH]

The integrity check runs while the operator is chosen and must pass before anything is
written, so the window waits for it; here the operator is "chosen" at once, the worst
case (a person choosing takes longer than the check). The day's first backup runs beside
the window; the last line says when it was done. Target (DESIGN.md): the window usable
within 2 s.
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
    startup.finish_background_work()
    print(f"daily backup done {time.perf_counter() - START:.2f} s after start")
    startup.shutdown()


if __name__ == "__main__":
    main()
