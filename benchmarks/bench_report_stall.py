"""How long the window stops answering while the Reports value tabs compute.

    python benchmarks/bench_report_stall.py [--db PATH] [--lang en|zh_CN]

Opens the benchmark database (benchmarks/common.py, 100,000 customers unless --db says
otherwise), shows the Reports screen in a main window, then opens each value tab in turn
(Value, Pool, Replacement window, Sources, Trends) and waits until its figures are shown.
A 10 ms timer ticks all along; the longest gap between two ticks is the longest time the
event loop was held (the window froze). Prints, per tab, the longest stall and the time
until its first figures (the Value tab's tiers, before its moves between tiers) and all of
them were there.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

# This checkout's dealerdesk, not an installed one (common.py imports it at once).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import DEFAULT_DB, demo_db, open_db  # noqa: E402

TICK_MS = 10
SETTLE_MS = 300  # quiet time after a tab's figures are shown, to catch late work


class StallMeter:
    """Records the longest gap between ticks of a fast timer."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(TICK_MS)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0


def _wait(condition, seconds: float) -> bool:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if condition():
            return True
        time.sleep(0.002)
    return False


def _first_shown(tabs, which: int) -> bool:
    """The tab's first part is there (the Value tab's tiers before its moves)."""
    loaders = getattr(tabs, "loaders", None)
    if loaders is None:
        return True  # older code: everything at once
    from dealerdesk.ui.reports.value_tabs import PARTS

    return not loaders[PARTS[which][0]].busy


def _shown(tabs, which: int) -> bool:
    """The tab's figures are there: no computation pending (older code computes at once)."""
    busy = getattr(tabs, "busy", None)
    return busy is None or not busy(which)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    path = demo_db(path=args.db)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    open_db(path)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dealerdesk.services.staff import list_staff
    from dealerdesk.ui import i18n_qt
    from dealerdesk.ui.app_signals import AppSignals
    from dealerdesk.ui.context import UiContext
    from dealerdesk.ui.main_window import MainWindow
    from dealerdesk.ui.theme import apply_theme

    app = QApplication([])
    apply_theme(app)
    i18n_qt.install(args.lang)
    window = MainWindow(UiContext(signals=AppSignals(), db_path=path,
                                  operator=list_staff()[0]))
    window.resize(1366, 768)
    window.show()
    meter = StallMeter()
    _wait(lambda: False, 0.3)
    meter.reset()
    QTimer.singleShot(0, lambda: window.navigate("reports"))
    _wait(lambda: False, 0.05 + SETTLE_MS / 1000)
    screen = window.get_screen("reports")
    tabs = screen.value_tabs
    print(f"{'tab':20} {'longest stall':>14} {'first figures':>14} {'all figures':>14}")
    print(f"{'(screen, Funnel)':20} {meter.longest * 1000:12.0f}ms {'-':>14} {'-':>14}")
    for which in range(5):
        meter.reset()
        start = time.perf_counter()
        QTimer.singleShot(0, lambda w=which: screen.tabs.setCurrentIndex(tabs.first + w))
        _wait(lambda: False, 0.05)
        _wait(lambda w=which: _first_shown(tabs, w), 600)
        first = time.perf_counter() - start
        done = _wait(lambda w=which: _shown(tabs, w), 600)
        shown = time.perf_counter() - start
        _wait(lambda: False, SETTLE_MS / 1000)
        name = screen.tabs.tabText(tabs.first + which)
        print(f"{name:20} {meter.longest * 1000:12.0f}ms {first * 1000:12.0f}ms "
              f"{shown * 1000:12.0f}ms"
              + ("" if done else "  (not shown)"))
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
