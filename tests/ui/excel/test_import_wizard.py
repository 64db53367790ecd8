"""Walk the import wizard: file, header row, mapping and preview, dry run, import, undo."""

import pytest
from PySide6.QtWidgets import QMessageBox

from dealerdesk.db.models import Customer, Vehicle
from dealerdesk.ui.excel.import_wizard import ImportWizard

# The offscreen platform cannot resize a shown wizard to its size hints; harmless here.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _next(qtbot, wizard):
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20000)
    wizard.next()


@pytest.fixture
def wizard(ctx, qtbot):
    w = ImportWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def test_unreadable_file_stays_on_the_first_page(wizard, qtbot, tmp_path):
    bad = tmp_path / "old.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0" * 10)
    wizard.file_page.path_edit.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert ".xlsx" in wizard.file_page.error.text()


def test_walk_through_mapping_dry_run_import_and_undo(wizard, qtbot, messy_sheet, ctx,
                                                       monkeypatch):
    seen = []
    ctx.signals.changed.connect(seen.append)
    wizard.file_page.path_edit.setText(str(messy_sheet))
    _next(qtbot, wizard)
    page = wizard.sheet_page
    assert page.header_row.value() == 4
    assert "客户名称" in page.found.text()
    _next(qtbot, wizard)
    mapping = wizard.mapping_page
    assert mapping.mapping()[:3] == (None, "name", "phone")
    model = mapping.preview_model
    from PySide6.QtCore import Qt

    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[:3] == ["Row", "Name", "Phone"]
    first = [model.index(0, i).data() for i in range(model.columnCount())]
    assert first[:4] == ["5", "李建国", "19709145341", "1982-04-18"]
    assert "month/day/year" in mapping.orders_label.text()
    # Change a mapping by hand: do not import the follow-up column.
    combo = mapping.combos[7]
    combo.setCurrentIndex(0)
    assert mapping.mapping()[7] is None
    combo.setCurrentIndex(combo.findData("followup"))
    _next(qtbot, wizard)
    dry = wizard.dry_run_page
    qtbot.waitUntil(dry.isComplete, timeout=20000)
    plan = wizard.state.plan
    assert (plan.counts["new"], plan.counts["duplicates"], plan.counts["rejected"]) == (3, 1, 2)
    assert "New customers: 3." in dry.counts.text()
    assert dry.rejected_model.rowCount() == 2
    assert Customer.select().count() == 0
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20000)
    assert Customer.select().count() == 3 and Vehicle.select().count() == 3
    assert seen and seen[-1].touches("customers")
    result = wizard.result_page
    assert result.open_errors.isEnabled()
    opened = []
    monkeypatch.setattr("dealerdesk.ui.excel.import_wizard.QDesktopServices.openUrl",
                        lambda url: opened.append(url))
    result.open_errors.click()
    assert result.error_workbook_path().exists() and opened
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    result.undo.click()
    assert Customer.select().count() == 0
    assert not result.undo.isEnabled()


def test_cancel_during_dry_run_and_going_back(wizard, qtbot, messy_sheet):
    wizard.file_page.path_edit.setText(str(messy_sheet))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    wizard.back()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.reject()
    assert Customer.select().count() == 0


def test_day_month_order_is_asked_only_for_columns_with_the_year_last(wizard, qtbot, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "手机", "生日", "上牌日期"])
    wb.active.append(["张三", "13812345678", "1980-03-05", "3/5/2024"])
    path = tmp_path / "sheet.xlsx"
    wb.save(path)
    wizard.file_page.path_edit.setText(str(path))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    mapping = wizard.mapping_page
    text = mapping.orders_label.text()
    assert "Registered" in text and "Birthday" not in text  # the year-first column is not named
    assert not mapping.order_row.isHidden()
    mapping.combos[3].setCurrentIndex(0)  # only year-first dates left: no question at all
    assert mapping.order_row.isHidden() and mapping.orders_label.isHidden()


@pytest.fixture
def sheet_with_notices(tmp_path):
    """Two 手机 columns, and a note longer than a spreadsheet cell holds."""
    path = tmp_path / "两个手机.csv"
    rows = ["姓名,手机,手机,备注", "张三,13812345678,13900000000,好",
            f"李四,13812345679,,{'长' * 40000}"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_the_wizard_shows_repeated_columns_and_cut_cells(wizard, qtbot, sheet_with_notices):
    """What the dry run and --json report besides the counts is said in the wizard too:
    beside the columns while matching, and before importing."""
    wizard.file_page.path_edit.setText(str(sheet_with_notices))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    mapping = wizard.mapping_page
    assert mapping.notices.isVisibleTo(wizard)
    assert "Column C (手机)" in mapping.notices.text()
    mapping.combos[2].setCurrentIndex(mapping.combos[2].findData("phone2"))
    assert not mapping.notices.isVisibleTo(wizard)
    mapping.combos[2].setCurrentIndex(mapping.combos[2].findData("phone"))
    _next(qtbot, wizard)
    dry = wizard.dry_run_page
    qtbot.waitUntil(dry.isComplete, timeout=20000)
    assert wizard.state.plan.notices
    text = dry.notices.text()
    assert dry.notices.isVisibleTo(wizard)
    assert "Column C (手机)" in text and "Row 3, column D (备注): 40,000 characters" in text
    problems = [dry.rejected_model.index(r, 1).data() for r in range(dry.rejected_model.rowCount())]
    assert any("Row 3, column D (备注): 40,000" in p for p in problems)


def test_rows_that_became_one_stored_customer_are_listed_on_the_result(wizard, qtbot, tmp_path,
                                                                       today):
    import openpyxl

    from dealerdesk.domain.records import CustomerInput, VehicleInput
    from dealerdesk.services.customers import create_customer
    from dealerdesk.services.vehicles import add_vehicle

    wb = openpyxl.Workbook()
    for row in (["姓名", "手机", "微信", "车牌"], ["张三", "13800000001", None, None],
                ["张三", None, "zhangsan", "浙A22222"], ["李四", "13800000031", None, None]):
        wb.active.append(row)
    book = tmp_path / "two.xlsx"
    wb.save(book)
    wizard.file_page.path_edit.setText(str(book))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.waitUntil(wizard.dry_run_page.isComplete, timeout=20000)
    assert wizard.state.plan.counts["new"] == 3
    # Meanwhile another program stores that customer, with the phone of row 2 and the
    # plate of row 3.
    cid, _ = create_customer(CustomerInput(name="张三", phone="13800000001"), today=today)
    add_vehicle(cid, VehicleInput(plate="浙A22222"), today=today)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20000)
    result = wizard.result_page
    assert "same customer" in result.summary.text()
    assert result.doubled.isVisibleTo(wizard)
    [line] = result.doubled.text().splitlines()
    assert line.startswith("Row 3 ") and "row 2" in line and f"no. {cid}" in line
    assert Customer.select().count() == 2
