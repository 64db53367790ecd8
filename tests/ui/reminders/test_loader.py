"""Reads off the GUI thread: only the latest answer counts, and a screen closed while its
read runs is no error."""

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QWidget

from dealerdesk.ui.reminders.loader import Loader


def test_a_read_ending_after_its_screen_closed_goes_nowhere(qtbot):
    gate = threading.Event()
    kept = QWidget()
    qtbot.addWidget(kept)
    other = Loader(kept)
    closed = QWidget()
    loader = Loader(closed)
    got = []
    loader.loaded.connect(got.append)
    loader.load(lambda: gate.wait(10) and "late")
    closed.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    with qtbot.waitSignal(other.loaded, timeout=10_000) as answer:
        other.load(lambda: "kept")
    assert answer.args == ["kept"] and got == []


def test_forget_drops_the_answer_of_a_read_still_running(qtbot):
    gate = threading.Event()
    owner = QWidget()
    qtbot.addWidget(owner)
    loader = Loader(owner)
    got = []
    loader.loaded.connect(got.append)
    loader.load(lambda: gate.wait(10) and "stale")
    assert loader.busy
    loader.forget()
    assert not loader.busy
    gate.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    with qtbot.waitSignal(loader.loaded, timeout=10_000):
        loader.load(lambda: "fresh")
    assert got == ["fresh"]
