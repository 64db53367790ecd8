"""Writing a finished document safely: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from dealerdesk import fileops
from dealerdesk.paths import check_output_file, with_file_name


def write_atomically(target: Path | str, write: Callable[[BinaryIO], None]) -> Path:
    """Call `write(stream)` on a temporary file in the target's folder, flush it to disk
    and move it over `target`; on any failure the temporary file is removed and an
    existing `target` is left as it was."""
    target = Path(target)
    check_output_file(target)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as stream:
            write(stream)
        fileops.move_into_place(tmp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        named = with_file_name(exc, target) if isinstance(exc, OSError) else exc
        if named is exc:
            raise
        raise named from exc
    return target
