"""Replacing a small file all at once: readers see the old file or the new one, never half.

The text goes to a temporary file beside the target, which is then renamed over it (a rename
within one folder is atomic). `durable` also syncs the file before the rename and the folder
after it, for what must survive a power cut (the settings); a file that only remembers how
the screen looked (window.json) skips the two syncs.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

__all__ = ["replace_text"]


def replace_text(path: Path, text: str, *, durable: bool) -> None:
    """Make `text` the content of `path`, making its folder when needed; OSError when it
    cannot be (the old file, if any, is then unchanged)."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if durable:
        _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows cannot open folders)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
