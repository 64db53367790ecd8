"""The Settings page, the export dialog and the duplicates view with its merge dialog."""

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from dealerdesk.db.models import Customer
from dealerdesk.domain.records import CustomerFilter, CustomerInput
from dealerdesk.services.customers import create_customer
from dealerdesk.ui.excel.duplicates_view import DuplicatesView
from dealerdesk.ui.excel.export_dialog import ExportDialog
from dealerdesk.ui.excel.page import ImportExportPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _add(name, phone, today, **kw):
    return create_customer(CustomerInput(name=name, phone=phone, **kw), today=today)[0]


def test_table_models_pass_the_model_tester(ctx, qtbot, qtmodeltester, today):
    _add("张伟", "13812345678", today)
    _add("章伟", "13812345679", today)
    view = DuplicatesView(ctx)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    page = ImportExportPage(ctx)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)


def test_export_dialog_filtered_list(ctx, qtbot, tmp_path, today):
    _add("张三", "13812345678", today, status="lead")
    _add("李四", "13812345679", today, status="customer")
    dialog = ExportDialog(ctx, customer_filter=CustomerFilter(statuses=("customer",)))
    qtbot.addWidget(dialog)
    target = tmp_path / "out.xlsx"
    dialog.path.setText(str(target))
    assert dialog.filtered.isChecked()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    ws = openpyxl.load_workbook(target).active
    assert [c.value for c in ws["A"]][1:] == ["李四"]
    assert "1" in dialog.status.text()


def test_export_dialog_every_kind(ctx, qtbot, tmp_path, today):
    _add("张三", "13812345678", today)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("vehicles"))
    assert not dialog.everyone.isEnabled()
    dialog.path.setText(str(tmp_path / "v.xlsx"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert (tmp_path / "v.xlsx").exists()


def test_merge_from_the_duplicates_view_and_undo(ctx, qtbot, today):
    a = _add("张伟", "13812345678", today)
    b = _add("章伟", "13812345687", today, address="杭州")
    seen = []
    ctx.signals.changed.connect(seen.append)
    view = DuplicatesView(ctx)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 1 and "1" in view.summary.text()
    dialog = view.merge_selected()
    qtbot.addWidget(dialog)
    assert dialog.choices["address"][1].isChecked()  # empty on the kept side: filled
    dialog.choices["name"][1].setChecked(True)
    dialog.merge()
    kept = Customer.get_by_id(a)
    assert (kept.name, kept.address) == ("章伟", "杭州")
    assert Customer.get_by_id(b).deleted_at is not None
    assert seen and view.model.rowCount() == 0
    assert view.undo_button.isEnabled()
    view.undo_last()
    assert Customer.get_by_id(a).name == "张伟" and Customer.get_by_id(b).deleted_at is None
    assert view.model.rowCount() == 1


def test_page_lists_imports_and_undoes_one(ctx, qtbot, today, messy_sheet, monkeypatch):
    from dealerdesk.services.imports import plan_import, run_import

    page = ImportExportPage(ctx)
    qtbot.addWidget(page)
    plan = plan_import(messy_sheet, today=today)
    result = run_import(plan, staff_id=None, today=today)
    ctx.broadcast(result.changes)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == messy_sheet.name
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert page.undo_selected()
    assert Customer.select().count() == 0
    assert not page.undo_button.isEnabled()
