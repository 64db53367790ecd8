"""The import wizard on a repair sheet: choose service visits, map, dry run, import, see the
visits on the customer's page, undo from Settings."""

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dealerdesk.db.models import ServiceVisit
from dealerdesk.domain.records import CustomerInput, VehicleInput
from dealerdesk.services.customers import create_customer
from dealerdesk.services.vehicles import add_vehicle
from dealerdesk.ui.excel.import_wizard import ImportWizard

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _next(qtbot, wizard):
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20000)
    wizard.next()


@pytest.fixture
def customer(store, today):
    cid, _ = create_customer(CustomerInput(name="张三", phone="13812345678"), today=today)
    add_vehicle(cid, VehicleInput(brand="丰田", model="凯美瑞", plate="浙A12345"), today=today)
    return cid


@pytest.fixture
def repair_sheet(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["鑫达汽修 维修登记表"])
    ws.append(["单号", "进厂日期", "车牌号", "车主电话", "维修项目", "进厂里程", "实收金额",
               "备注"])
    ws.append(["A001", "2026-03-01", "浙A12345", None, "小保养", 10000, 380, "换机油"])
    ws.append(["A002", "2026-06-15", None, "13812345678", "钣金喷漆", 15000, 1200, None])
    ws.append(["A003", "2026-07-01", "沪C99999", None, "洗车", None, 30, None])
    ws.append(["A004", "明天", "浙A12345", None, "洗车", None, 30, None])
    path = tmp_path / "维修登记表.xlsx"
    wb.save(path)
    return path


@pytest.fixture
def wizard(ctx, qtbot):
    w = ImportWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def test_import_a_repair_sheet_and_see_the_visits(wizard, qtbot, ctx, customer, repair_sheet,
                                                  monkeypatch):
    from dealerdesk.ui.visits.customer_tab import VisitsTab

    tab = VisitsTab(ctx)
    qtbot.addWidget(tab)
    tab.set_customer(customer)
    assert tab.model.rowCount() == 0
    page = wizard.file_page
    assert not page.template.isHidden()
    page.visits.setChecked(True)
    assert page.template.isHidden()
    page.path_edit.setText(str(repair_sheet))
    _next(qtbot, wizard)
    assert wizard.sheet_page.header_row.value() == 2
    _next(qtbot, wizard)
    mapping = wizard.mapping_page
    assert mapping.mapping() == (None, "visited_on", "plate", "phone", "kind", "mileage_km",
                                 "amount", "notes")
    model = mapping.preview_model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[:4] == ["Row", "Visit date", "Plate", "Phone"]
    first = [model.index(0, i).data() for i in range(model.columnCount())]
    assert first[:5] == ["3", "2026-03-01", "浙A12345", "", "Maintenance"]
    assert "Visit date" in [model.index(3, i).data() or "" for i in
                            range(model.columnCount())][-1]
    mapping.combos[1].setCurrentIndex(0)  # no day: the mapping is not enough
    assert not mapping.isComplete()
    mapping.combos[1].setCurrentIndex(mapping.combos[1].findData("visited_on"))
    _next(qtbot, wizard)
    dry = wizard.dry_run_page
    qtbot.waitUntil(dry.isComplete, timeout=20000)
    assert dry.choices.isHidden()
    assert "New service visits: 2." in dry.counts.text()
    assert dry.rejected_model.rowCount() == 2
    assert ServiceVisit.select().count() == 0
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20000)
    assert "New service visits: 2" in wizard.result_page.summary.text()
    assert tab.model.rowCount() == 2  # the open customer page follows
    shown = [tab.model.index(r, c).data() for r in range(2) for c in
             range(tab.model.columnCount())]
    assert "Repair" in shown and "Maintenance" in shown
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    wizard.result_page.undo.click()
    assert ServiceVisit.select().count() == 0 and tab.model.rowCount() == 0


def test_settings_lists_visit_imports_and_undoes_them(ctx, qtbot, customer, repair_sheet,
                                                      today, monkeypatch):
    from dealerdesk.services import visit_import
    from dealerdesk.ui.excel.page import ImportExportPage

    plan = visit_import.plan_visits(repair_sheet, today=today)
    visit_import.run_visits(plan, staff_id=None, today=today)
    page = ImportExportPage(ctx)
    qtbot.addWidget(page)
    row = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert row[1:3] == ["维修登记表.xlsx", "Service visits"]
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert page.undo_selected()
    assert ServiceVisit.select().count() == 0
    assert page.model.index(0, page.model.columnCount() - 1).data().startswith("Undone")
