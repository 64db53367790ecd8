"""What the user sees when the database cannot be opened: a plain reason and clear choices."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from dealerdesk.services.store import DamagedFile, DiskFull, MissingDatabase, NotOurFile

RESTORE, OTHER_FILE, QUIT = "restore", "other", "quit"
PUT_BACK, NEW_FILE = "put_back", "new"
FINISH, KEEP = "finish", "keep"
CTX = "StorageDialog"


def problem_heading(error: Exception) -> str:
    """One translated sentence for the kind of problem."""
    if isinstance(error, DamagedFile):
        return QCoreApplication.translate(
            "StorageDialog", "The database file is damaged or empty.")
    if isinstance(error, NotOurFile):
        return QCoreApplication.translate(
            "StorageDialog", "This file is not a DealerDesk database.")
    if isinstance(error, MissingDatabase):
        return QCoreApplication.translate(
            "StorageDialog", "The database is not where it was.")
    if isinstance(error, DiskFull):
        return QCoreApplication.translate(
            "StorageDialog", "The disk holding the database is full; nothing was changed.")
    if type(error).__name__ == "NewerSchema":
        return QCoreApplication.translate(
            "StorageDialog", "This database was made by a newer version of DealerDesk.")
    return QCoreApplication.translate("StorageDialog", "The database cannot be opened.")


def ask_storage_problem(error: Exception, path: Path) -> str:
    """Explain `error` and return RESTORE, OTHER_FILE or QUIT (for a missing database also
    PUT_BACK or NEW_FILE). Nothing is changed here."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate(
        "StorageDialog", "DealerDesk cannot open the database"))
    box.setText(problem_heading(error))
    box.setInformativeText(_problem_text(error, path))
    missing = isinstance(error, MissingDatabase)
    if not missing:  # the text says all there is to say about a missing file
        box.setDetailedText(str(error))
    buttons = {}
    if missing and error.kept_aside is not None:
        buttons[PUT_BACK] = box.addButton(QCoreApplication.translate(
            "StorageDialog", "Put back the file kept aside"), QMessageBox.ButtonRole.AcceptRole)
    buttons[RESTORE] = box.addButton(
        QCoreApplication.translate("StorageDialog", "Restore a backup…"),
        QMessageBox.ButtonRole.AcceptRole)
    buttons[OTHER_FILE] = box.addButton(
        QCoreApplication.translate("StorageDialog", "Choose another file…"),
        QMessageBox.ButtonRole.ActionRole)
    if missing:
        buttons[NEW_FILE] = box.addButton(QCoreApplication.translate(
            "StorageDialog", "Start an empty database"), QMessageBox.ButtonRole.ActionRole)
    buttons[QUIT] = box.addButton(QCoreApplication.translate("StorageDialog", "Quit"),
                                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(buttons.get(PUT_BACK, buttons[RESTORE]))
    box.setEscapeButton(buttons[QUIT])
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in buttons.items() if button is clicked), QUIT)


def _problem_text(error: Exception, path: Path) -> str:
    if not isinstance(error, MissingDatabase):
        return QCoreApplication.translate(
            "StorageDialog", "File: {}\n\nNothing has been changed or deleted. You can restore "
            "a backup, open another database file, or quit and ask for help.").format(path)
    lines = [QCoreApplication.translate(
        "StorageDialog", "DealerDesk used the database {} on this computer, and it is no "
        "longer there. It may have been moved, renamed or deleted.").format(path)]
    if error.remembered is not None:
        lines.append(QCoreApplication.translate(
            "StorageDialog", "When last used ({}) it held {} customers.").format(
                error.remembered.seen, error.remembered.customers))
    if error.kept_aside is not None:
        lines.append(QCoreApplication.translate(
            "StorageDialog", "A restore that was interrupted kept the previous file aside as:"
            "\n{}").format(error.kept_aside))
    lines.append(QCoreApplication.translate(
        "StorageDialog", "No new, empty database has been made. Put your data back, choose "
        "where it is now, or start an empty database only if you mean to start afresh."))
    return "\n\n".join(lines)


def ask_interrupted_restore(leftover, path: Path) -> str:
    """A restore was killed before it finished: FINISH it, or KEEP the data as it is."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("StorageDialog", "A restore was interrupted"))
    box.setText(QCoreApplication.translate(
        "StorageDialog", "Restoring a backup into this database was interrupted."))
    text = QCoreApplication.translate(
        "StorageDialog", "File: {}\n\nThe file still holds the data from before the restore; "
        "nothing has been lost.").format(path)
    if leftover.copy_complete:
        text += "\n\n" + QCoreApplication.translate(
            "StorageDialog", "The backup had been copied and checked: you can finish the "
            "restore now (the current file is kept aside), or keep the data as it is.")
    else:
        text += "\n\n" + QCoreApplication.translate(
            "StorageDialog", "The copy of the backup was not complete and will be removed. "
            "Restore the backup again in Settings > Backups if you still want it.")
    box.setInformativeText(text)
    finish = None
    if leftover.copy_complete:
        finish = box.addButton(QCoreApplication.translate("StorageDialog", "Finish the restore"),
                               QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("StorageDialog", "Keep the data as it is"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(finish or keep)
    box.setEscapeButton(keep)
    box.exec()
    return FINISH if finish is not None and box.clickedButton() is finish else KEEP


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


def ask_server_problem(error: Exception, address: str) -> bool:
    """The shop's server could not be opened: say why in its plain words; True to try
    again, False to quit. Nothing was written."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate(
        "StorageDialog", "DealerDesk cannot open the shop's server"))
    box.setText(QCoreApplication.translate(
        "StorageDialog", "{address}\n\n{problem}\n\nNothing was changed. Check that the "
        "server PC is on and connected, or choose \"this PC\" in Settings → Storage on a "
        "working copy.").format(address=address, problem=error))
    again = box.addButton(QCoreApplication.translate("StorageDialog", "Try again"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("StorageDialog", "Quit"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is again


def say_already_running(path: Path) -> None:
    QMessageBox.information(
        None, QCoreApplication.translate("StorageDialog", "DealerDesk is already open"),
        QCoreApplication.translate(
            "StorageDialog", "DealerDesk is already open on this database:\n{}\n\nSwitch to "
            "the open window (look in the taskbar). Two copies on one file could overwrite "
            "each other's work.").format(path))


def say_restored(aside: Path | None) -> None:
    text = QCoreApplication.translate("StorageDialog", "The backup is now in use.")
    if aside is not None:
        text = QCoreApplication.translate(
            "StorageDialog", "The backup is now in use. The previous file was kept as:\n{}"
        ).format(aside)
    QMessageBox.information(
        None, QCoreApplication.translate("StorageDialog", "Backup restored"), text)


def say_restore_failed(error: Exception) -> None:
    QMessageBox.warning(
        None, QCoreApplication.translate("StorageDialog", "Restore failed"),
        QCoreApplication.translate(
            "StorageDialog", "The backup was not restored and nothing was changed:\n{}")
        .format(error))


def say_database_error(parent, error: BaseException) -> str:
    """SQLite reported a problem with the file while working: RESTORE or QUIT.

    Nothing more is written to the file until it is replaced or the program restarts.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("StorageDialog", "The database is damaged"))
    box.setText(QCoreApplication.translate(
        "StorageDialog", "The database file could not be read or written."))
    box.setInformativeText(QCoreApplication.translate(
        "StorageDialog",
        "To protect your data DealerDesk writes nothing more to this file. Restore the latest "
        "good backup, or quit and ask for help.\n\nWhat SQLite said: {}").format(error))
    restore = box.addButton(QCoreApplication.translate("StorageDialog", "Restore a backup…"),
                            QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(QCoreApplication.translate("StorageDialog", "Quit"),
                                QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(quit_button)
    box.exec()
    return RESTORE if box.clickedButton() is restore else QUIT


def say_file_replaced(parent, error: BaseException) -> None:
    """Another program restored a backup over the open file; the window opens it again."""
    QMessageBox.information(
        parent, QCoreApplication.translate("StorageDialog", "The database was restored"),
        QCoreApplication.translate(
            "StorageDialog", "{}\n\nDealerDesk now opens the restored file; enter again "
            "what you were saving.").format(error))


def say_disk_full(parent, where: Path) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("StorageDialog", "The disk is full"),
        QCoreApplication.translate(
            "StorageDialog", "The disk holding {} is full; nothing was changed.\n\nFree some "
            "space on it (or choose another folder) and try again.").format(where))


def say_server_lost(parent) -> None:
    """A read or write met the shop's server out of reach: one line; nothing half-way."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("StorageDialog", "The server cannot be reached"),
        QCoreApplication.translate(
            "StorageDialog", "The shop's server cannot be reached: this was not saved (nothing "
            "was saved half-way). Try again when it is back."))


def say_demo_failed(error: Exception) -> None:
    """The demo database could not be made; nothing was left behind."""
    if isinstance(error, DiskFull):
        say_disk_full(None, error.where)
        return
    QMessageBox.warning(
        None, QCoreApplication.translate("StorageDialog", "The demo could not be made"),
        QCoreApplication.translate(
            "StorageDialog", "The demo database could not be made; nothing was left behind:"
            "\n{}").format(error))
