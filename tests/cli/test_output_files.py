"""Exports and PDFs go into regular files only: a folder or a device gets one line and is
left as it was."""

import os
import stat

import pytest

from dealerdesk.cli import main


@pytest.fixture(autouse=True)
def _closed_db():
    yield
    from dealerdesk.services.store import close_store

    close_store()


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    db = tmp_path_factory.mktemp("shop") / "shop.db"
    assert main(["demo", "--db", str(db), "--customers", "30"]) == 0
    from dealerdesk.services.store import close_store

    close_store()
    return db


def _device(path):
    """A character device like /dev/null (root), else a named pipe: not a regular file."""
    if os.geteuid() == 0:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        os.mkfifo(path)
    return path


def test_export_onto_a_folder_named_xlsx(shop, tmp_path, capsys):
    folder = tmp_path / "customers.xlsx"
    folder.mkdir()
    assert main(["export", "customers", str(folder), "--db", str(shop)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a folder" in err
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert list(tmp_path.iterdir()) == [folder]  # no temporary left beside it


def test_export_onto_a_device_is_refused(shop, tmp_path, capsys):
    device = _device(tmp_path / "out.xlsx")
    before = os.stat(device)
    assert main(["export", "customers", str(device), "--db", str(shop)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an ordinary file" in err
    after = os.stat(device)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)


def test_printing_to_a_device_leaves_the_device_alone(shop, tmp_path, capsys):
    device = _device(tmp_path / "lp0")
    before = os.stat(device)
    assert main(["print", "calls", str(device), "--db", str(shop)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an ordinary file" in err
    after = os.stat(device)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lp0"]


def test_the_rule_serves_the_window_too(tmp_path):
    """The export dialog and the PDF preview write through the same two functions."""
    from dealerdesk.excel.files import WriteError, atomic_save
    from dealerdesk.paths import NotARegularFile
    from dealerdesk.printing.files import write_atomically

    (tmp_path / "a.xlsx").mkdir()
    with pytest.raises(WriteError, match="is a folder"):
        atomic_save(tmp_path / "a.xlsx", lambda temp: temp.write_bytes(b"x"))
    with pytest.raises(NotARegularFile):
        write_atomically(_device(tmp_path / "b.pdf"), lambda stream: stream.write(b"x"))
