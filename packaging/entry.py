"""The frozen executables' entry script: hands over to `pos_app.__main__.main`."""

from __future__ import annotations

import os
import sys


def _ensure_streams() -> None:
    # The windowed pos-app.exe has no console, so the bootloader leaves sys.stdout/stderr as
    # None; `--version`, argparse errors and library warnings would then raise. Send them to
    # the null device instead (the log file, set up by the app, is where diagnostics go).
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


if __name__ == "__main__":
    _ensure_streams()
    from pos_app.__main__ import main

    sys.exit(main())
