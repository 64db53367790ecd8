"""Service visits on the customer page and from Today: record, change, delete, as a user does."""

import datetime as dt

import pytest

from dealerdesk.db.api import scalar
from dealerdesk.domain.records import VehicleInput
from dealerdesk.services import membership as m
from dealerdesk.services import membership_money as money
from dealerdesk.services import membership_setup as setup
from dealerdesk.services import service_visits as sv
from dealerdesk.services.vehicles import add_vehicle

from .conftest import type_text

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(screen, add_customer, today):
    cid = add_customer(name="张三")
    add_vehicle(cid, VehicleInput(brand="丰田", model="凯美瑞", plate="浙A12345"), today=today)
    screen.show_customer(cid)
    screen.page.tabs.setCurrentWidget(screen.page.visits)
    return screen.page


def new_dialog(qtbot, page):
    dialog = page.visits.dialog()
    qtbot.addWidget(dialog)
    return dialog


def fill(qtbot, dialog, *, km="", amount="", kind=None):
    dialog.mileage.clear()
    type_text(qtbot, dialog.mileage, km)
    dialog.amount.edit.clear()
    type_text(qtbot, dialog.amount.edit, amount)
    if kind is not None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def test_record_a_visit_with_bad_input_first(qtbot, page, today):
    tab = page.visits
    assert tab.empty.isVisibleTo(tab) and not tab.edit_button.isEnabled()
    dialog = new_dialog(qtbot, page)
    # the customer's only car is chosen, today is the day
    assert dialog.vehicle.currentData() is not None and dialog.day.date() == today
    dialog.day.clear()
    type_text(qtbot, dialog.day.edit, "2027-01-01")
    fill(qtbot, dialog, km="12 千", amount="abc")
    assert not dialog.save()
    assert dialog.errors.message("mileage_km") == "Please enter a whole number."
    assert dialog.errors.message("amount")
    assert scalar("SELECT count(*) FROM service_visit") == 0
    fill(qtbot, dialog, km="12,000", amount="480")
    assert not dialog.save()  # the day is still in the future
    assert "future" in dialog.errors.message("visited_on")
    dialog.day.setDate(today)
    type_text(qtbot, dialog.notes, "换机油")
    assert dialog.save()
    [row] = sv.list_visits(page.customer_id)
    assert (row.mileage_km, row.amount_cents, row.kind, row.notes) == (
        12000, 48000, "maintenance", "换机油")
    assert tab.model.rowCount() == 1 and not tab.empty.isVisibleTo(tab)
    assert "1 visits" in tab.summary.text()


def test_a_lower_reading_asks_whether_the_odometer_changed(qtbot, page, answer, today):
    dialog = new_dialog(qtbot, page)
    dialog.day.setDate(today - dt.timedelta(days=60))
    fill(qtbot, dialog, km="30000", amount="300")
    assert dialog.save() and not answer.asked
    dialog = new_dialog(qtbot, page)
    assert "30,000 km" in dialog.pace.text()
    fill(qtbot, dialog, km="2000", amount="300")
    answer.value = False  # "Check the reading"
    assert not dialog.save()
    assert "30,000" in answer.asked[-1]
    assert "odometer" in dialog.errors.message("mileage_km")
    assert scalar("SELECT count(*) FROM service_visit") == 1
    answer.value = True  # "Yes, the odometer was changed"
    assert dialog.save()
    assert scalar("SELECT mileage_km FROM vehicle") == 2000


def test_change_and_delete_a_visit(qtbot, page, answer, today):
    sv.record_visit(sv.VisitInput(customer_id=page.customer_id, visited_on=today,
                                  kind="maintenance", amount_cents=50000),
                    staff_id=None, today=today)
    tab = page.visits
    tab.refresh()  # stored by the service, not broadcast
    tab.view.selectRow(0)
    assert tab.edit_button.isEnabled()
    dialog = tab.dialog(tab.selected())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Change a service visit"
    assert dialog.amount.cents() == 50000
    fill(qtbot, dialog, amount="650", kind="repair")
    assert dialog.save()
    [row] = sv.list_visits(page.customer_id)
    assert (row.kind, row.amount_cents) == ("repair", 65000)
    tab.view.selectRow(0)
    answer.value = False
    tab.delete_button.click()
    assert scalar("SELECT count(*) FROM service_visit") == 1
    answer.value = True
    tab.delete_button.click()
    assert scalar("SELECT count(*) FROM service_visit") == 0
    assert tab.empty.isVisibleTo(tab)


def test_pay_from_the_card_and_delete_with_a_reason(qtbot, page, staff, monkeypatch, today):
    from dealerdesk.ui.customers import ask

    setup.seed_defaults()
    level = next(lv.id for lv in setup.list_levels() if lv.name == "金卡")
    done, _ = m.issue_card(customer_id=page.customer_id, level_id=level, staff_id=staff.id,
                           today=today)
    money.top_up(card_id=done.card.id, amount_cents=100000, staff_id=staff.id, today=today)
    dialog = new_dialog(qtbot, page)
    assert not dialog.card.isVisibleTo(dialog)
    dialog.paid_by.setCurrentIndex(dialog.paid_by.findData("stored_value"))
    assert dialog.card.isVisibleTo(dialog) and dialog.card.currentData() == done.card.id
    fill(qtbot, dialog, amount="5000")  # more than the balance
    assert not dialog.save()
    assert dialog.errors.message("amount") or dialog.message.text()
    fill(qtbot, dialog, amount="300")
    assert dialog.save()
    assert scalar("SELECT amount_cents FROM ledger_entry WHERE kind = 'spend'") == -30000
    tab = page.visits
    tab.view.selectRow(0)
    monkeypatch.setattr(ask, "reason", lambda *a: None)  # gave up
    tab.delete_button.click()
    assert scalar("SELECT count(*) FROM service_visit") == 1
    monkeypatch.setattr(ask, "reason", lambda *a: "录错了")
    tab.delete_button.click()
    assert scalar("SELECT count(*) FROM service_visit") == 0
    assert scalar("SELECT note FROM ledger_entry WHERE kind = 'reversal'") == "录错了"


def test_record_a_visit_from_today_for_the_selected_call(qtbot, ctx, add_customer, monkeypatch,
                                                         today):
    from dealerdesk.db.models import Customer
    from dealerdesk.ui.today.screen import TodayScreen
    from dealerdesk.ui.visits import dialog as visit_dialog

    cid = add_customer(name="李四")
    Customer.update(next_followup_on=today).where(Customer.id == cid).execute()
    screen = TodayScreen(ctx, background=False)
    screen.scope.setCurrentIndex(1)  # the whole shop
    qtbot.addWidget(screen)
    screen.show()
    assert screen.visit_button.isEnabled()
    opened = []
    monkeypatch.setattr(visit_dialog.VisitDialog, "exec",
                        lambda self: opened.append(self.customer_id) or 0)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, "v")
    screen.visit_button.click()
    assert opened == [cid, cid]


def test_the_tier_line_shows_the_change_a_visit_makes(qtbot, page, today):
    from dealerdesk.db.models import Customer
    from dealerdesk.ui.visits.customer_tab import MONTHS

    tab = page.visits
    # a customer recorded today who never bought: general, nothing changed
    assert "General" in tab.tier_line.text() and "unchanged" in tab.tier_line.text()
    Customer.update(created_at=dt.datetime(today.year - 1, 1, 1, 10)).where(
        Customer.id == tab.customer_id).execute()
    for back in (40, 10):
        changes = sv.record_visit(sv.VisitInput(
            customer_id=tab.customer_id, kind="maintenance",
            visited_on=today - dt.timedelta(days=back), amount_cents=30_000),
            staff_id=None, today=today)[1]
    tab.ctx.broadcast(changes)
    # two visits in the window: loyal since this month, the month holding the second visit
    assert tab.tier_line.text() == (
        f"Tier: General → <b>Loyal</b> since {MONTHS[today.month - 1]} {today.year}.")
    assert tab.tier_line.toolTip().count("\n") == 12


def test_odd_digits_and_an_endless_reading_are_one_line_each(qtbot, page, today):
    """A superscript two passes str.isdigit() but not int(); a 20-digit reading is past
    what the database stores: both get a line beside the field, and nothing is written."""
    dialog = new_dialog(qtbot, page)
    dialog.mileage.setText("²")
    assert not dialog.save()
    assert dialog.errors.message("mileage_km") == "Please enter a whole number."
    dialog.mileage.setText("9" * 20)
    assert not dialog.save()
    assert dialog.errors.message("mileage_km")
    assert scalar("SELECT count(*) FROM service_visit") == 0
