"""Fontconfig's set-up on a helper thread (pos_app/font_warmup.py): done before Qt exists,
and a till without it starts as before."""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import pytest

from pos_app import font_warmup

from .python_child import child_report

REPO_ROOT = Path(__file__).resolve().parents[1]

_CHILD = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path

    def fontconfig_caches():
        # fontconfig maps its font caches when it initialises.
        maps = Path("/proc/self/maps").read_text().splitlines()
        return sorted({line.split()[-1] for line in maps if "fontconfig" in line
                       and line.split()[-1].endswith(("-le64.cache-7", "-le64.cache-8",
                                                      "-le64.cache-9"))})

    before = fontconfig_caches()
    from pos_app.font_warmup import warm_font_configuration
    started = warm_font_configuration()
    tasks = Path("/proc/self/task")
    deadline = time.monotonic() + 20
    while len(list(tasks.iterdir())) > 1 and time.monotonic() < deadline:
        time.sleep(0.005)  # the helper's own end is what is waited for here
    print(json.dumps({
        "started": started,
        "before": before,
        "after": fontconfig_caches(),
        "threads": len(list(tasks.iterdir())),
        "modules": sorted(name for name in sys.modules if "ctypes" in name or "PySide6" in name),
    }))
    """
)


def _has_fontconfig_caches() -> bool:
    return any(
        Path(folder).is_dir() and any(Path(folder).glob("*.cache-*"))
        for folder in ("/var/cache/fontconfig", Path.home() / ".cache" / "fontconfig")
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")
def test_fontconfig_is_set_up_on_a_helper_that_ends_before_qt_is_loaded() -> None:
    try:
        import ctypes

        ctypes.CDLL(font_warmup.FONTCONFIG_LIBRARY)
    except OSError:
        pytest.skip("no fontconfig on this machine")
    seen = child_report(["-c", _CHILD], {**os.environ, "PYTHONPATH": str(REPO_ROOT)})
    assert seen["started"] is True
    assert seen["threads"] == 1  # the helper ended on its own
    # Neither PySide6 nor the ctypes package was needed for it (_ctypes, its core, was).
    assert seen["modules"] == ["_ctypes"]
    if _has_fontconfig_caches():
        assert seen["before"] == []
        assert seen["after"], "fontconfig's caches were not loaded by the helper"


def test_a_machine_without_fontconfig_starts_without_the_helper() -> None:
    assert font_warmup.warm_font_configuration("libfontconfig-not-installed.so.1") is False


def test_a_fontconfig_too_old_to_share_is_left_to_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    # FcGetVersion says 2.10 on such a machine; here the bar is raised past the real one.
    monkeypatch.setattr(font_warmup, "THREAD_SAFE_FONTCONFIG", 10**9)
    assert font_warmup.warm_font_configuration() is False


def test_windows_and_macos_find_fonts_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    for platform in ("win32", "darwin"):
        monkeypatch.setattr(sys, "platform", platform)
        assert font_warmup.warm_font_configuration() is False
