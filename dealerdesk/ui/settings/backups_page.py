"""Backups page: back up now, the list of backups, restore one, choose the folder (USB stick)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
)

from dealerdesk import clock, paths
from dealerdesk.domain.records import Changes
from dealerdesk.services import backups as backup_service
from dealerdesk.services import store as store_service
from dealerdesk.services.store import StorageError
from dealerdesk.ui import icons
from dealerdesk.ui.excel.worker import ServiceWorker
from dealerdesk.ui.settings.page import SettingsPage
from dealerdesk.ui.storage_dialog import say_disk_full
from dealerdesk.ui.widgets.date_field import format_date
from dealerdesk.ui.widgets.rows_model import RIGHT, RowsModel

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsModel(RowsModel):
    """Backup files as rows: when it was made, its size, its file name."""

    def set_files(self, files: list[Path]) -> None:
        rows = []
        for path in files:
            try:
                stat = path.stat()
            except OSError:
                continue
            rows.append((path, dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size))
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [self.tr("Made"), self.tr("Size"), self.tr("File")]

    def cell(self, row, column: int, role: int):
        path, made, size = row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{format_date(made.date())}  {made:%H:%M}"
            if column == 1:
                return QLocale().formattedDataSize(size)
            return path.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return RIGHT
        if role == PATH_ROLE:
            return str(path)
        return None


class BackupsPage(SettingsPage):
    """Everything about backups in one place; slow steps take a second at most."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.worker: ServiceWorker | None = None  # a restore to the shop's server, running
        self.progress: QProgressDialog | None = None
        self._restoring = Path()
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(icons.icon("mdi6.usb-flash-drive"), "", self)
        self.folder_reset = QPushButton(self)
        self.backup_button = QPushButton(icons.icon("mdi6.content-save", color="white"), "", self)
        self.backup_button.setProperty("primary", True)
        self.restore_button = QPushButton(icons.icon("mdi6.backup-restore"), "", self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("Muted")
        self.status_label.setWordWrap(True)
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(240)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        folder_row.addWidget(self.folder_reset)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        self.body.addLayout(folder_row)
        self.body.addLayout(actions)
        self.body.addWidget(self.status_label)
        self.body.addWidget(self.table)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.folder_reset.clicked.connect(lambda: self.set_folder(""))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()
        self.refresh()

    def page_title(self) -> str:
        return self.tr("Backups")

    def retranslate(self) -> None:
        super().retranslate()
        self.help_label.setText(self.tr(
            "DealerDesk backs up the database once a day at start and when you close it, and "
            "keeps the last 7 days, 5 weeks and 12 months. Keep a copy away from this PC, e.g. "
            "on a USB stick."))
        self.folder_button.setText(self.tr("Choose folder…"))
        self.folder_reset.setText(self.tr("Use the standard folder"))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore selected…"))
        self.model.headers_changed()
        self._show_folder()

    def folder(self) -> Path:
        return backup_service.backup_folder(self.ctx.db_path)

    def _show_folder(self) -> None:
        self.folder_label.setText(self.tr("Backup folder: {}").format(self.folder()))

    def refresh(self) -> None:
        self._show_folder()
        self.model.set_files(backup_service.list_backup_files(self.folder()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.folder_reset.setVisible(self.folder() != paths.backup_dir(self.ctx.db_path))

    def back_up_now(self) -> Path | None:
        """Make a backup now; say where it went, or why it failed."""
        try:
            target = backup_service.make_backup(db_file=self.ctx.db_path, now=clock.now())
        except (StorageError, OSError) as exc:
            full = store_service.disk_full_error(exc, self.folder())
            if full is not None:
                say_disk_full(self, full.where)
            else:
                QMessageBox.warning(self, self.tr("Backup failed"), self.tr(
                    "The backup could not be made: {}").format(exc))
            return None
        self.status_label.setText(self.tr("Backup made: {}").format(target))
        self.refresh()
        return target

    def _on_folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), str(self.folder()))
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        """Back up into `folder` from now on ("" = `backups` beside the database)."""
        if folder and not Path(folder).is_dir():
            QMessageBox.warning(self, self.tr("Backup folder"),
                                self.tr("{} is not a folder.").format(folder))
            return
        backup_service.remember_backup_folder(folder)
        self.refresh()

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()][0] if rows else None

    def _on_restore_clicked(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        if self.ctx.server:
            self._confirm_server_restore(backup)
            return
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Replace the current database by the backup {}?\n\nEverything entered "
                    "after that backup was made will no longer be shown. The current file is "
                    "kept aside, not deleted.").format(backup.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(backup)

    def restore(self, backup: Path) -> Path | None:
        """Close the database, put `backup` in its place, reopen; return where the old file is."""
        db_file = self.ctx.db_path
        folder = self.folder()
        try:
            aside = backup_service.restore_backup(
                backup=backup, db_file=db_file, now=clock.now())
        except (StorageError, OSError) as exc:
            self._reopen(db_file, folder)
            QMessageBox.warning(self, self.tr("Restore failed"), self.tr(
                "The backup was not restored and your data is unchanged: {}").format(exc))
            return None
        self._reopen(db_file, folder)
        self.ctx.broadcast(Changes.everything())  # after a restore
        text = self.tr("The backup {} is now in use.").format(backup.name)
        if aside is not None:
            text = self.tr("The backup {} is now in use.\n\nThe previous file was kept as:"
                           "\n{}").format(backup.name, aside)
        QMessageBox.information(self, self.tr("Backup restored"), text)
        self.refresh()
        return aside

    def _reopen(self, db_file: Path, folder: Path) -> None:
        store_service.close_store()
        store_service.open_store(self.ctx.server or db_file, backup_dir=folder)
        if self.ctx.operator is not None:
            store_service.set_operator(self.ctx.operator.name,
                                      staff_id=self.ctx.operator.id)

    # ---- the shop's server: the backup written back for every PC, off the GUI thread ----

    def _confirm_server_restore(self, backup: Path) -> None:
        try:
            in_backup, on_server = backup_service.customers_before_restore(backup)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Restore failed"), self.tr(
                "The backup was not restored and the server's data is unchanged: {}").format(exc))
            return
        answer = QMessageBox.question(
            self, self.tr("Restore a backup to the shop's server"),
            self.tr("Write the backup {name} back to the shop's server?\n\nThis replaces the "
                    "server's data for every PC that works on it: the backup holds {backup} "
                    "customers, the server holds {server} customers now. Everything entered on "
                    "any PC after that backup was made will no longer be shown.\n\nA backup "
                    "of the server is made first; the other PCs reload when the restore is "
                    "done.").format(name=backup.name, backup=in_backup, server=on_server),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_to_server(backup)

    def restore_to_server(self, backup: Path) -> None:
        """Write `backup` back to the shop's server on a worker thread, with progress; the
        window's writes are held until it is done (see backups.restore_open_server)."""
        folder = self.folder()
        self.progress = QProgressDialog(
            self.tr("Backing up the server, then writing {} back to it…").format(backup.name),
            "", 0, 0, self)
        self.progress.setWindowTitle(self.tr("Restore a backup to the shop's server"))
        self.progress.setCancelButton(None)  # one transaction: it lands whole or not at all
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self.restore_button.setEnabled(False)

        def job(progress, _cancelled):
            return backup_service.restore_open_server(
                backup_file=backup, url=self.ctx.server, folder=folder, now=clock.now(),
                progress=progress)

        self.worker = ServiceWorker(job)
        self.worker.progress.connect(self._on_restore_progress)
        self._restoring = backup
        self.worker.succeeded.connect(self._on_server_restored)
        self.worker.failed.connect(self._on_server_restore_failed)
        self.worker.start()

    def _on_restore_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish_restore(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        self.progress = None
        self.worker = None

    def _on_server_restored(self, result) -> None:
        backup = self._restoring
        self._finish_restore()
        try:
            self._reopen(self.ctx.db_path, self.folder())
        except (StorageError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Restore"), self.tr(
                "The backup was restored, but the server could not be opened again: {}").format(
                exc))
            self.refresh()
            return
        self.ctx.broadcast(Changes.everything())  # after a restore
        QMessageBox.information(self, self.tr("Backup restored"), self.tr(
            "The backup {name} is now on the shop's server, for every PC ({customers} "
            "customers).\n\nThe server's data from before was backed up as:\n{kept}").format(
            name=backup.name, customers=result.customers, kept=result.server_backup))
        self.refresh()

    def _on_server_restore_failed(self, exc: BaseException) -> None:
        self._finish_restore()
        QMessageBox.warning(self, self.tr("Restore failed"), self.tr(
            "The backup was not restored and the server's data is unchanged: {}").format(exc))
        self.refresh()
