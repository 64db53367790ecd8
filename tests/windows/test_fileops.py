"""Moving files into place: Windows' fsync rule, a file held by a virus scanner."""

import errno
import os

import pytest

from dealerdesk import fileops
from dealerdesk.excel.files import WriteError, atomic_save
from dealerdesk.printing.files import write_atomically


@pytest.fixture
def pauses(monkeypatch):
    """Record the pauses between tries instead of waiting."""
    waited = []
    monkeypatch.setattr(fileops.time, "sleep", waited.append)
    return waited


@pytest.fixture
def busy(monkeypatch):
    """os.replace fails as on Windows while the target is held open: set the count."""
    real = os.replace
    state = {"left": 0, "tries": 0}

    def replace(src, dst):
        state["tries"] += 1
        if state["left"]:
            state["left"] -= 1
            raise PermissionError(errno.EACCES, "Access is denied", str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return state


def test_a_briefly_held_file_is_waited_for(tmp_path, busy, pauses):
    source, target = tmp_path / "new.pdf", tmp_path / "call list.pdf"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    busy["left"] = 3
    fileops.replace(source, target)
    assert target.read_bytes() == b"new" and not source.exists()
    assert busy["tries"] == 4 and len(pauses) == 3
    assert pauses == sorted(pauses)  # waits a little longer each time


def test_a_file_held_for_good_gives_up_and_keeps_both(tmp_path, busy, pauses):
    source, target = tmp_path / "new.pdf", tmp_path / "old.pdf"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    busy["left"] = 1000
    with pytest.raises(PermissionError):
        fileops.replace(source, target)
    assert busy["tries"] == fileops.REPLACE_TRIES
    assert sum(pauses) < 3  # seconds: the user is not kept waiting long
    assert target.read_bytes() == b"old" and source.read_bytes() == b"new"


def test_other_errors_are_not_retried(tmp_path, pauses):
    with pytest.raises(FileNotFoundError):
        fileops.replace(tmp_path / "missing", tmp_path / "target")
    assert pauses == []


def test_folder_sync_is_skipped_where_folders_cannot_be_opened(tmp_path, windows_files):
    fileops.fsync_folder(tmp_path)  # no error: Windows makes renames durable itself


def test_folder_sync_is_skipped_on_windows(tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(fileops.os, "name", "nt")
    monkeypatch.setattr(fileops.os, "open", lambda *a: opened.append(a))
    fileops.fsync_folder(tmp_path)
    assert opened == []


def test_pdf_and_workbook_writes_work_with_windows_rules(tmp_path, windows_files, busy,
                                                         pauses):
    busy["left"] = 2
    pdf = write_atomically(tmp_path / "客户 资料.pdf", lambda out: out.write(b"%PDF"))
    assert pdf.read_bytes() == b"%PDF"
    xlsx = atomic_save(tmp_path / "导出 客户.xlsx", lambda p: p.write_bytes(b"PK"))
    assert xlsx.read_bytes() == b"PK"
    assert len(windows_files) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["客户 资料.pdf", "导出 客户.xlsx"]


def test_a_workbook_open_in_excel_says_so_and_keeps_the_old_file(tmp_path, busy, pauses):
    target = tmp_path / "customers.xlsx"
    target.write_bytes(b"old")
    busy["left"] = 1000
    with pytest.raises(WriteError, match="open in Excel"):
        atomic_save(target, lambda p: p.write_bytes(b"new"))
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["customers.xlsx"]
