"""Windows behaviour on any machine: the platform's file rules faked where they differ."""

import errno
import fcntl
import os
import stat

import pytest


@pytest.fixture
def windows_files(monkeypatch):
    """Make file syncing behave as on Windows.

    There, os.fsync is FlushFileBuffers, which refuses a handle opened read-only with
    "[Errno 13] Permission denied", and a folder cannot be opened as a file at all.
    Returns the list of descriptors that were synced.
    """
    real_fsync, real_open = os.fsync, os.open
    synced = []

    def fsync(fd):
        fd = fd if isinstance(fd, int) else fd.fileno()
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise PermissionError(errno.EACCES, "Permission denied")
        synced.append(fd)
        return real_fsync(fd)

    def open_(path, flags, *args, **kwargs):
        if stat.S_ISDIR(os.stat(path).st_mode if os.path.exists(path) else 0):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "open", open_)
    return synced
