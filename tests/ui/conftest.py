"""GUI fixtures: a UiContext on the test database; English restored after each test."""

import pytest

# The offscreen platform says these when windows and popups are shown; they are harmless.
OFFSCREEN_NOISE = "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def ctx(store, staff, today):
    from dealerdesk.ui.app_signals import AppSignals
    from dealerdesk.ui.context import UiContext

    return UiContext(signals=AppSignals(), db_path=store, operator=staff)


@pytest.fixture(autouse=True)
def english_after(request):
    """Tests that switch the language leave the application in English."""
    yield
    if "qtbot" in request.fixturenames:
        from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
        from PySide6.QtWidgets import QApplication

        from dealerdesk.ui import i18n_qt

        # Windows a test left behind must not outlive its database: a later language
        # switch would make them read a file that is gone.
        QThreadPool.globalInstance().waitForDone(10_000)  # their loaders finish first
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        i18n_qt.install("en")


@pytest.fixture
def window(qtbot, ctx):
    from dealerdesk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def _type_text(widget, text):
    """Type `text` as an input method does (QTest cannot send keys for Chinese characters)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def type_text():
    """A function typing Chinese text into a widget."""
    return _type_text
