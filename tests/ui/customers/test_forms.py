"""The generated form modules match their .ui files; the small fields read what people type."""

import datetime as dt

import pytest

from dealerdesk.domain.errors import RuleError
from dealerdesk.ui.customers import forms
from dealerdesk.ui.widgets.money_field import CENTS_PER_WAN, CENTS_PER_YUAN
from dealerdesk.ui.widgets.money_field import parse_yuan as parse_amount


def _without_uic_version(text: str) -> str:
    """The code uic writes, less the line naming its version (any PySide6 in range will do)."""
    return "\n".join(line for line in text.splitlines()
                     if "User Interface Compiler version" not in line)


@pytest.mark.parametrize("name", forms.FORMS)
def test_generated_form_module_is_current(name):
    committed = (forms.HERE / f"ui_{name}.py").read_text(encoding="utf-8")
    assert _without_uic_version(committed) == _without_uic_version(forms.generate(name)), \
        "run: python -m dealerdesk.ui.customers.forms"


def test_amounts():
    assert parse_amount("12.5", CENTS_PER_WAN) == 12_500_000
    assert parse_amount("12.5万", CENTS_PER_YUAN) == 12_500_000
    assert parse_amount("125,000", CENTS_PER_YUAN) == 12_500_000
    assert parse_amount("  ", CENTS_PER_WAN) is None
    with pytest.raises(RuleError):
        parse_amount("abc", CENTS_PER_WAN)
    with pytest.raises(RuleError):
        parse_amount("1.001", CENTS_PER_YUAN)


def test_date_and_money_fields(qtbot):
    from dealerdesk.ui.widgets import DateField, MoneyField

    date = DateField()
    money = MoneyField(unit_choice=True)  # the customer forms offer 万元 or yuan
    qtbot.addWidget(date)
    qtbot.addWidget(money)
    qtbot.keyClicks(date, "2024/3/5")
    assert date.value() == dt.date(2024, 3, 5)
    date.setDate(None)
    assert date.value() is None
    money.setCents(15_000_000)
    assert money.edit.text() == "15" and money.cents() == 15_000_000
    money.setCents(123_456)
    assert money.edit.text() == "1234.56" and money.cents() == 123_456
