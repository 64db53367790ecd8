"""The tray as on Windows, where there always is one: the count, the morning balloon, clicks."""

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from dealerdesk.ui import i18n_qt
from dealerdesk.ui.reminders.notice import calls_text
from dealerdesk.ui.tray import ReminderTray


@pytest.fixture
def ctx(store, staff):
    from dealerdesk.ui.app_signals import AppSignals
    from dealerdesk.ui.context import UiContext

    return UiContext(signals=AppSignals(), db_path=store, operator=staff)


@pytest.fixture
def windows_tray(monkeypatch):
    """A system tray that is there and shows balloons; returns the balloons shown."""
    balloons = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, title, text, *rest: balloons.append((title, text)))
    return balloons


def make_tray(ctx, qtlog):
    # The offscreen platform warns that it has no tray window for the icon to follow.
    with qtlog.disabled():
        return ReminderTray(ctx, background=False, greet_at_start=False)


@pytest.fixture
def tray(qtbot, qtlog, ctx, windows_tray):
    made = make_tray(ctx, qtlog)
    yield made
    made.icon.hide()


def test_the_icon_shows_todays_count_and_the_morning_balloon(qtbot, tray, windows_tray):
    assert tray.available and tray.icon is not None
    assert tray.icon.isVisible()  # shown at once, before the count is known
    with qtbot.waitSignal(tray.greeted):
        assert tray.check_new_day()
    text = calls_text(*tray.counts)
    assert tray.icon.toolTip() == text
    assert not tray.icon.icon().isNull()  # the badge with the number
    assert windows_tray == [("DealerDesk", text)]
    assert not tray.check_new_day()  # one balloon a day
    assert len(windows_tray) == 1


def test_clicking_the_icon_or_the_balloon_opens_today(qtbot, tray, ctx):
    for click in (lambda: tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger),
                  tray.icon.messageClicked.emit):
        with qtbot.waitSignal(ctx.signals.navigate) as navigated:
            click()
        assert navigated.args == ["today"]


def test_the_menu_and_balloon_speak_chinese(qtbot, qtlog, ctx, windows_tray):
    i18n_qt.install("zh_CN")
    made = make_tray(ctx, qtlog)
    try:
        with qtbot.waitSignal(made.greeted):
            made.check_new_day()
        title, text = windows_tray[-1]
        menu = " ".join(action.text() for action in made.icon.contextMenu().actions())
        for said in (title, text, menu):
            assert any("\u4e00" <= ch <= "\u9fff" for ch in said), said
        assert made.icon.toolTip() == text
    finally:
        made.icon.hide()
        i18n_qt.install("en")
