"""A hard crash leaves the Python stack in the log folder (the windowed build has no console)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from pos_app.storage.paths import AppPaths

# The till's own start-up call, then a segmentation fault such as a crash in Qt's C++ code.
CRASHING_TILL = """
import faulthandler
import resource
import sys
from pathlib import Path

from pos_app.logs import enable_crash_trace

resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file for this deliberate crash


def ring_up_sale():
    faulthandler._sigsegv()


enable_crash_trace(Path(sys.argv[1]))
ring_up_sale()
"""


def test_a_segfault_leaves_a_trace_beside_the_log(tmp_path: Path) -> None:
    trace = AppPaths.under(tmp_path).crash_trace_file
    assert trace.parent == AppPaths.under(tmp_path).log_file.parent
    trace.parent.mkdir(parents=True)
    trace.write_text("an earlier crash\n", encoding="utf-8")

    done = subprocess.run(
        [sys.executable, "-c", CRASHING_TILL, str(trace)],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == -signal.SIGSEGV
    text = trace.read_text(encoding="utf-8")
    assert text.startswith("an earlier crash\n"), "earlier traces must be kept"
    assert "Fatal Python error: Segmentation fault" in text
    assert "in ring_up_sale" in text
    assert "Fatal Python error" not in done.stderr  # it went to the file, not the console
