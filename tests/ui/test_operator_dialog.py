"""Choosing the operator: the first start asks for a name, later starts preselect the last one."""

from PySide6.QtWidgets import QDialog

from dealerdesk.services import staff as staff_service
from dealerdesk.ui.operator_dialog import OperatorDialog, remember_operator


def test_first_start_asks_for_a_name(qtbot, store, type_text):
    dialog = OperatorDialog()
    qtbot.addWidget(dialog)
    assert not dialog.staff
    dialog.buttons.accepted.emit()  # OK with no name
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("name") == "Please enter a name."
    assert staff_service.list_staff() == []
    type_text(dialog.name_edit, "  王经理 ")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen.name == "王经理"
    assert [m.name for m in staff_service.list_staff()] == ["王经理"]


def test_later_starts_preselect_the_last_operator(qtbot, staff):
    other, _ = staff_service.add_staff(name="王芳")
    remember_operator(other)
    dialog = OperatorDialog()
    qtbot.addWidget(dialog)
    assert dialog.combo.currentText() == "王芳"
    dialog.combo.setCurrentIndex(dialog.combo.findText("李明"))
    dialog.buttons.accepted.emit()
    assert dialog.chosen == staff


def test_people_who_left_are_not_offered(qtbot, staff):
    gone, _ = staff_service.add_staff(name="赵六")
    staff_service.update_staff(staff_id=gone.id, name=gone.name, phone="", active=False)
    dialog = OperatorDialog()
    qtbot.addWidget(dialog)
    assert [dialog.combo.itemText(i) for i in range(dialog.combo.count())] == ["李明"]
