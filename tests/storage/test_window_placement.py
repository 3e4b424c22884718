"""window.json: the window's last place, and a start that never fails because of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pos_app.domain.placement import WindowPlacement
from pos_app.storage.window_placement import WindowPlacementStore


def test_where_the_window_was_closed_is_read_back(tmp_path: Path) -> None:
    store = WindowPlacementStore(tmp_path / "config" / "window.json")
    assert store.load() is None  # the first start: opened maximized
    left = WindowPlacement(-1200, 40, 1100, 700, maximized=True, full_screen=False)
    store.save(left)
    assert store.load() == left
    # Replaced as a whole, with nothing left beside it.
    assert [path.name for path in (tmp_path / "config").iterdir()] == ["window.json"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{not json",
        "[1, 2]",
        json.dumps({"version": 2, "x": 0, "y": 0, "width": 900, "height": 600}),
        json.dumps({"version": 1, "x": 0, "y": 0, "width": 900, "height": 600, "maximized": True}),
        json.dumps(
            {
                "version": 1,
                **{"x": 0, "y": 0, "width": True, "height": 600},
                **{"maximized": False, "full_screen": False},
            }
        ),
        json.dumps(
            {
                "version": 1,
                **{"x": 0, "y": 0, "width": 0, "height": 600},
                **{"maximized": False, "full_screen": False},
            }
        ),
        json.dumps(
            {
                "version": 1,
                **{"x": 0, "y": 0, "width": 900, "height": 10**9},
                **{"maximized": False, "full_screen": False},
            }
        ),
        json.dumps(
            {
                "version": 1,
                **{"x": 0, "y": 0, "width": 900, "height": 600},
                **{"maximized": 1, "full_screen": False},
            }
        ),
    ],
    ids=[
        "empty",
        "not-json",
        "not-an-object",
        "other-version",
        "field-missing",
        "bool-for-size",
        "zero-width",
        "absurd-height",
        "number-for-flag",
    ],
)
def test_a_damaged_file_opens_the_window_maximized_and_is_replaced_at_close(
    tmp_path: Path, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "window.json"
    path.write_text(text, encoding="utf-8")
    store = WindowPlacementStore(path)
    assert store.load() is None
    assert "window placement damaged" in caplog.text
    store.save(WindowPlacement(10, 40, 900, 600))
    assert store.load() == WindowPlacement(10, 40, 900, 600)


def test_a_file_that_cannot_be_read_opens_the_window_maximized(tmp_path: Path) -> None:
    folder = tmp_path / "window.json"
    folder.mkdir()  # a folder where the file should be: unreadable as a file
    assert WindowPlacementStore(folder).load() is None


def test_saving_where_it_cannot_tells_the_caller(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(OSError):
        WindowPlacementStore(blocker / "window.json").save(WindowPlacement(0, 0, 900, 600))
