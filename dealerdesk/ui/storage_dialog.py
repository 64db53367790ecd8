"""What the user sees when the database cannot be opened: a plain reason and clear choices."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from dealerdesk.services.store import DamagedFile, NotOurFile

RESTORE, OTHER_FILE, QUIT = "restore", "other", "quit"
CTX = "StorageDialog"


def problem_heading(error: Exception) -> str:
    """One translated sentence for the kind of problem."""
    if isinstance(error, DamagedFile):
        return QCoreApplication.translate(
            "StorageDialog", "The database file is damaged or empty.")
    if isinstance(error, NotOurFile):
        return QCoreApplication.translate(
            "StorageDialog", "This file is not a DealerDesk database.")
    if type(error).__name__ == "NewerSchema":
        return QCoreApplication.translate(
            "StorageDialog", "This database was made by a newer version of DealerDesk.")
    return QCoreApplication.translate("StorageDialog", "The database cannot be opened.")


def ask_storage_problem(error: Exception, path: Path) -> str:
    """Explain `error` and return RESTORE, OTHER_FILE or QUIT. Nothing is changed here."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate(
        "StorageDialog", "DealerDesk cannot open the database"))
    box.setText(problem_heading(error))
    box.setInformativeText(QCoreApplication.translate(
        "StorageDialog", "File: {}\n\nNothing has been changed or deleted. You can restore a "
        "backup, open another database file, or quit and ask for help.").format(path))
    box.setDetailedText(str(error))
    restore = box.addButton(QCoreApplication.translate("StorageDialog", "Restore a backup…"),
                            QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(QCoreApplication.translate("StorageDialog", "Choose another file…"),
                          QMessageBox.ButtonRole.ActionRole)
    quit_button = box.addButton(QCoreApplication.translate("StorageDialog", "Quit"),
                                QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return RESTORE
    if clicked is other:
        return OTHER_FILE
    return QUIT


def pick_backup(backups: list[Path], folder: Path) -> Path | None:
    """Let the user choose one of `backups` (newest first) or another backup file."""
    if backups:
        labels = [_describe(p) for p in backups]
        browse = QCoreApplication.translate("StorageDialog", "Another backup file…")
        choice, ok = QInputDialog.getItem(
            None, QCoreApplication.translate("StorageDialog", "Restore a backup"),
            QCoreApplication.translate("StorageDialog", "Backups in {}:").format(folder),
            [*labels, browse], 0, False)
        if not ok:
            return None
        if choice != browse:
            return backups[labels.index(choice)]
    path, _ = QFileDialog.getOpenFileName(
        None, QCoreApplication.translate("StorageDialog", "Choose a backup file"), str(folder),
        QCoreApplication.translate("StorageDialog", "DealerDesk backups (*.db)"))
    return Path(path) if path else None


def _describe(path: Path) -> str:
    stat = path.stat()
    made = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(stat.st_mtime)),
                              QLocale.FormatType.ShortFormat)
    return f"{made}   {QLocale().formattedDataSize(stat.st_size)}   {path.name}"


def pick_database_file(current: Path) -> Path | None:
    """Another database file to open (an existing one, or a new name for a fresh start)."""
    path, _ = QFileDialog.getSaveFileName(
        None, QCoreApplication.translate("StorageDialog", "Open or create a database file"),
        str(current.parent),
        QCoreApplication.translate("StorageDialog", "DealerDesk database (*.db)"),
        options=QFileDialog.Option.DontConfirmOverwrite)
    return Path(path) if path else None


def say_already_running(path: Path) -> None:
    QMessageBox.information(
        None, QCoreApplication.translate("StorageDialog", "DealerDesk is already open"),
        QCoreApplication.translate(
            "StorageDialog", "DealerDesk is already open on this database:\n{}\n\nSwitch to "
            "the open window (look in the taskbar). Two copies on one file could overwrite "
            "each other's work.").format(path))


def say_restored(aside: Path) -> None:
    QMessageBox.information(
        None, QCoreApplication.translate("StorageDialog", "Backup restored"),
        QCoreApplication.translate(
            "StorageDialog", "The backup is now in use. The previous file was kept as:\n{}")
        .format(aside))


def say_restore_failed(error: Exception) -> None:
    QMessageBox.warning(
        None, QCoreApplication.translate("StorageDialog", "Restore failed"),
        QCoreApplication.translate(
            "StorageDialog", "The backup was not restored and nothing was changed:\n{}")
        .format(error))


def say_damaged_while_open(parent, problem: str) -> None:
    """The check that runs after start found damage: say so, and where the way out is."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("StorageDialog", "The database is damaged"))
    box.setText(QCoreApplication.translate(
        "StorageDialog", "SQLite's integrity check found damage in this database file."))
    box.setInformativeText(QCoreApplication.translate(
        "StorageDialog",
        "Nothing has been changed or deleted. Make no more changes now: restore the latest "
        "good backup in Settings > Backups, or ask for help.\n\nWhat was found: {}")
        .format(problem))
    box.exec()
