"""Moving finished files into place so that a crash or a busy file never costs data.

Every file DealerDesk writes (backup, restore, export, PDF) is written beside its target,
flushed to disk here and moved into place here. Two platform rules live in this module:
- On Windows `os.fsync` is FlushFileBuffers, which needs a handle opened for writing
  (a read-only one fails with "[Errno 13] Permission denied"), and a folder cannot be
  opened to be synced; on POSIX the folder is synced too, so the rename itself survives
  a power cut.
- On Windows a virus scanner or the search indexer may hold a file we have just closed
  for a moment; `os.replace` then fails with PermissionError, so it is retried briefly.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

# How long a busy file is waited for: 10 tries over about 2 s in all.
REPLACE_TRIES = 10
REPLACE_PAUSE = 0.03  # seconds, doubled after each try up to REPLACE_PAUSE_MAX
REPLACE_PAUSE_MAX = 0.3


def fsync_file(path: str | os.PathLike[str]) -> None:
    """Flush a closed file's content to disk (through a handle opened for writing)."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_folder(folder: str | os.PathLike[str]) -> None:
    """Flush a folder's entries (a rename) to disk where the system allows it.

    Windows cannot open a folder as a file and makes renames durable by itself; some
    POSIX file systems (FAT on a USB stick) refuse a folder sync. Both are fine.
    """
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """`os.replace`, retried for about two seconds while the file is busy (PermissionError),
    then the folder synced. The last PermissionError is raised when it stays busy."""
    pause = REPLACE_PAUSE
    for attempt in range(REPLACE_TRIES):
        try:
            os.replace(source, target)
            break
        except PermissionError:
            if attempt == REPLACE_TRIES - 1:
                raise
            time.sleep(pause)
            pause = min(pause * 2, REPLACE_PAUSE_MAX)
    fsync_folder(Path(target).parent)


def move_into_place(temp: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Flush the finished, closed file `temp` to disk and move it over `target`."""
    fsync_file(temp)
    replace(temp, target)
