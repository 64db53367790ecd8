"""The customer form with Chinese data: a number outside the numbering plan is saved with
a warning, an extension is kept, a leap-month birthday is kept in the ordinary month
unless the customer keeps the leap month."""

import pytest
from PySide6.QtCore import Qt

from dealerdesk.services import customers as customer_service

from .conftest import type_text

# The offscreen platform says so for every top-level window shown; nothing to fix.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _new(qtbot, screen, name="张三"):
    screen.new_customer()
    form = screen.page.form
    type_text(qtbot, form.ui.nameEdit, name)
    return form


def _save(qtbot, screen):
    qtbot.mouseClick(screen.page.profile.save_button, Qt.MouseButton.LeftButton)


def test_an_unallocated_mobile_block_is_saved_with_a_warning(qtbot, screen):
    form = _new(qtbot, screen)
    qtbot.keyClicks(form.ui.phoneEdit, "154 1234 5678")
    form.ui.phoneEdit.editingFinished.emit()
    warning = form.phone_warnings["phone"]
    assert warning.text() == "No mobile numbers start with 154 yet: check the number"
    assert not warning.isHidden()
    assert form.errors.text("phone") == ""
    _save(qtbot, screen)
    stored = customer_service.get_customer(screen.page.customer_id)
    assert stored.phone == "15412345678"  # not refused


def test_the_warning_goes_when_the_number_is_corrected(qtbot, screen):
    form = _new(qtbot, screen)
    qtbot.keyClicks(form.ui.phone2Edit, "0755-2345678")
    form.ui.phone2Edit.editingFinished.emit()
    assert "8 digits" in form.phone_warnings["phone2"].text()
    form.ui.phone2Edit.setText("0755-23456789")
    form.ui.phone2Edit.editingFinished.emit()
    assert form.phone_warnings["phone2"].isHidden()


def test_a_landline_with_an_extension_is_stored_dial_ready(qtbot, screen):
    form = _new(qtbot, screen)
    type_text(qtbot, form.ui.phoneEdit, "0571-88886666 转 801")
    _save(qtbot, screen)
    assert customer_service.get_customer(screen.page.customer_id).phone == "057188886666,801"


def test_a_leap_month_birthday_is_kept_in_the_ordinary_month_unless_chosen(qtbot, screen):
    form = _new(qtbot, screen)
    qtbot.keyClicks(form.ui.phoneEdit, "13812345678")
    form.ui.lunarCheck.setChecked(True)
    form.ui.lunarMonthSpin.setValue(6)
    form.ui.lunarDaySpin.setValue(1)
    assert not form.leapKeptCheck.isEnabled()
    form.ui.lunarLeapCheck.setChecked(True)
    assert form.leapKeptCheck.isEnabled() and not form.leapKeptCheck.isChecked()
    _save(qtbot, screen)
    stored = customer_service.get_customer(screen.page.customer_id)
    assert (stored.lunar_leap, stored.lunar_leap_kept) == (True, False)
    form.leapKeptCheck.setChecked(True)
    assert form.is_dirty()
    _save(qtbot, screen)
    stored = customer_service.get_customer(screen.page.customer_id)
    assert (stored.lunar_leap, stored.lunar_leap_kept) == (True, True)
    form.load(stored)
    assert form.leapKeptCheck.isChecked() and form.leapKeptCheck.isEnabled()
