"""The shared widgets: dates, money, field errors, empty states, chips."""

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem, QTableView

from dealerdesk.domain.errors import FieldError, RuleError, ValidationFailed
from dealerdesk.ui.theme import chip_colors
from dealerdesk.ui.widgets import (
    ChipDelegate,
    DateField,
    EmptyState,
    FieldErrors,
    MoneyField,
    format_cents,
    parse_yuan,
)


def test_date_field_reads_typed_spellings(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.dateChanged) as got:
        field.setText("2024年3月5日")
    assert got.args == [dt.date(2024, 3, 5)]
    assert field.date() == dt.date(2024, 3, 5)
    assert field.text() == "5 Mar 2024"  # shown in the language's format
    field.setText("5 Mar 2024")
    assert field.date() == dt.date(2024, 3, 5) and field.isValid()


def test_date_field_rejects_a_day_that_does_not_exist_and_keeps_the_text(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.setDate(dt.date(2023, 1, 1))
    field.setText("2023-02-30")
    assert field.text() == "2023-02-30"
    assert not field.isValid()
    assert field.date() is None
    assert "not a real date" in field.errorText()
    assert field.error_label.isVisible() and field.error_label.text() == field.errorText()
    with pytest.raises(RuleError):
        field.validate()
    field.setText("2023-02-28")
    assert field.isValid() and not field.error_label.isVisible()


def test_date_field_may_be_empty(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.setDate(dt.date(2026, 11, 26))
    field.setText("")
    assert field.date() is None and field.isValid()
    assert field.validate() is None


def test_date_field_calendar_picks_a_date(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.setDate(dt.date(2026, 11, 26))
    field.button.click()
    from PySide6.QtCore import QDate

    field._on_calendar_picked(QDate(2026, 12, 1), field._popup)
    assert field.date() == dt.date(2026, 12, 1)
    assert not field._popup.isVisible()


@pytest.mark.parametrize("text, cents", [
    ("12,345.60", 1234560), ("¥8000", 800000), ("12.5万", 12500000), ("８８", 8800),
    ("0.01", 1), ("3000元", 300000), ("", None), ("  ", None),
])
def test_parse_yuan(text, cents):
    assert parse_yuan(text) == cents


@pytest.mark.parametrize("text", ["abc", "12.345", "-5", "1.2.3", "1e5", "99999999999999"])
def test_parse_yuan_refuses(text):
    with pytest.raises(RuleError):
        parse_yuan(text)


def test_format_cents():
    assert format_cents(1234560) == "12,345.60"
    assert format_cents(-5) == "-0.05"
    assert format_cents(None) == ""


def test_money_field(qtbot):
    field = MoneyField()
    qtbot.addWidget(field)
    field.show()
    field.setText("12,345.60")
    assert field.cents() == 1234560 and field.text() == "12,345.60"
    field.setText("12 块")
    assert not field.isValid() and "12 块" in field.errorText()
    assert field.text() == "12 块" and field.error_label.isVisible()
    with pytest.raises(RuleError):
        field.cents()
    field.setCents(500)
    assert field.text() == "5.00" and field.isValid()


def test_field_errors_show_beside_fields_and_focus_the_first(qtbot):
    name, phone = QLineEdit(), QLineEdit()
    errors = FieldErrors()
    box1, box2 = errors.wrap("name", name), errors.wrap("phone", phone)
    for box in (box1, box2):
        qtbot.addWidget(box)
        box.show()
    qtbot.waitExposed(box1)
    box1.activateWindow()
    rest = errors.show(ValidationFailed([
        FieldError("phone", "bad phone"), FieldError("name", "no name"),
        FieldError("other", "somewhere else")]))
    assert [e.field for e in rest] == ["other"]
    assert errors.message("name") == "no name"
    assert errors.message("phone") == "bad phone"
    assert phone.property("error") is True
    qtbot.keyClicks(phone, "1")  # typing clears that field's error
    assert errors.message("phone") == "" and errors.message("name") == "no name"
    errors.clear()
    assert errors.message("name") == ""


def test_empty_state_offers_the_next_step(qtbot):
    empty = EmptyState("mdi6.account-group", "No customers yet", "Add the first one.",
                       action="Add a customer")
    qtbot.addWidget(empty)
    empty.show()
    assert empty.button.isVisible() and empty.button.text() == "Add a customer"
    with qtbot.waitSignal(empty.actionTriggered):
        empty.button.click()
    assert not empty.secondary_button.isVisible()
    empty.setSecondary("Import Excel sheet…", "mdi6.microsoft-excel")
    with qtbot.waitSignal(empty.secondaryTriggered):
        empty.secondary_button.click()
    empty.setTexts("Nothing here")
    empty.setSecondary("")
    assert not empty.button.isVisible() and not empty.text_label.isVisible()
    assert not empty.secondary_button.isVisible()


def test_chip_delegate_paints_the_code_colour(qtbot):
    model = QStandardItemModel(1, 1)
    item = QStandardItem("Lost")
    item.setData("lost", Qt.ItemDataRole.UserRole)
    model.setItem(0, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = ChipDelegate(view)
    index = model.index(0, 0)
    assert delegate.chip_colors(index) == chip_colors("lost")
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index).adjusted(0, 0, 0, 0)
    option.rect.setRect(0, 0, 120, 30)
    option.font = view.font()
    image = QImage(QSize(120, 30), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    assert QColor(image.pixel(8, 15)) == QColor(chip_colors("lost")[1])
    assert delegate.sizeHint(option, index).width() > 20
    assert delegate.sizeHint(option, QModelIndex()).height() > 0


def test_date_field_shows_chinese_dates_in_chinese(qtbot):
    from dealerdesk.ui import i18n_qt

    i18n_qt.install("zh_CN")
    field = DateField()
    qtbot.addWidget(field)
    field.setDate(dt.date(2024, 3, 5))
    assert field.text() == "2024-03-05"
    field.setText("2023-02-30")
    assert field.errorText() == "“2023-02-30”不是存在的日期"


def test_money_field_in_ten_thousands_of_yuan(qtbot):
    field = MoneyField(unit_choice=True)
    qtbot.addWidget(field)
    field.show()
    assert field.unit.isVisible() and field.unit.currentData() == 1_000_000
    field.setText("12.5")
    assert field.cents() == 12_500_000 and field.text() == "12.5"
    field.setCents(123_456)  # not whole hundreds of yuan: shown in yuan
    assert field.unit.currentData() == 100 and field.text() == "1234.56"
    field.setCents(8_000_000)
    assert field.unit.currentData() == 1_000_000 and field.text() == "8"
    field.unit.setCurrentIndex(0)
    field.setText("abc")
    assert "12.5" in field.errorText()


def test_date_field_iso_format_in_english(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.setIsoFormat(True)
    field.setText("2024年3月5日")
    assert field.text() == "2024-03-05" and field.value() == dt.date(2024, 3, 5)
    qtbot.keyClicks(field, "x")  # keys sent to the field reach its text
    assert field.text() == "2024-03-05x"
    with pytest.raises(RuleError):
        field.value()
    assert field.isValid()  # value() only reads: nothing shown until the user leaves


def test_field_errors_bound_to_a_form_row_with_a_link(qtbot):
    from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    phone, label = QLineEdit(), QLabel()
    form.addRow("Phone", phone)
    form.addRow("", label)
    page.show()
    errors = FieldErrors()
    errors.bind("phone", phone, label)
    assert not form.isRowVisible(label)
    errors.show([FieldError("phone", "Already <used>", related_id=7)],
                link_text=lambda e: "Open them")
    assert form.isRowVisible(label) and errors.message("phone") == "Already <used>"
    assert 'href="7"' in label.text() and "&lt;used&gt;" in label.text()
    with qtbot.waitSignal(errors.link_clicked) as got:
        label.linkActivated.emit("7")
    assert got.args == [7]
    errors.clear()
    assert not form.isRowVisible(label)



def test_amounts_read_in_wan_in_chinese(qtbot):
    from dealerdesk.ui import i18n_qt
    from dealerdesk.ui.widgets.money_field import format_money

    i18n_qt.install("zh_CN")
    assert [format_money(c) for c in (10_000_000, 100_000_000, 1_500_000, 300_000)] == [
        "10万", "100万", "1.5万", "3,000 元"]
    assert format_money(12_345_678, rounded=True) == "12.35万"
    i18n_qt.install("en")
    assert format_money(10_000_000) == "¥100,000"
