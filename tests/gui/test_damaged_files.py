"""A till whose journal and settings file were damaged starts, says what it moved where and
what to do, and takes no payment until a manager has checked Stripe and resumed payments."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from pos_app.app import create_main_window
from pos_app.domain.cards import CardDetails
from pos_app.domain.errors import StorageError
from pos_app.domain.money import Money
from pos_app.launcher import Launcher
from pos_app.storage.quarantine import take_moved
from tests.fixtures_peers import Peer

from .helpers import ready_window, start_tills_on

pytestmark = pytest.mark.gui

GARBAGE = b"\x00\x13this is not what the till wrote\xff" * 64


@pytest.fixture
def data_dir(tmp_path: Path, sandbox: Peer, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = start_tills_on(sandbox, tmp_path / "till", monkeypatch)
    for folder, name in (("data", "journal.sqlite3"), ("config", "settings.json")):
        (root / folder).mkdir(parents=True)
        (root / folder / name).write_bytes(GARBAGE)
    take_moved()  # nothing left over from other tests
    return root


@pytest.fixture
def launcher() -> Iterator[Launcher]:
    made = Launcher(sandbox=False)
    yield made
    if made.window is not None:
        made.window.runner.drain(10_000)
        made.window.close()
    made.shutdown()


def moved(folder: Path, name: str) -> Path:
    (found,) = [p for p in folder.iterdir() if p.name.startswith(f"{name}.corrupt-")]
    return found


def charge_a_visa(launcher: Launcher) -> None:
    assert launcher.window is not None
    charges = launcher.window.ctx.charges
    card = CardDetails.from_input("4242424242424242", f"12/{date.today().year % 100 + 2}", "123")
    charges.charge_card(charges.build_request(amount=Money(990, "usd")), card)


def test_damaged_files_are_moved_aside_and_payments_wait_for_a_manager(
    qtbot, data_dir: Path, launcher: Launcher
) -> None:
    assert launcher.start()

    window = ready_window(qtbot, launcher)
    assert window.isVisible()  # it started: no crash, no traceback
    # The journal is opened (and found damaged) by a worker once the window shows.
    qtbot.waitUntil(lambda: launcher.damaged_box is not None, timeout=10_000)
    box = launcher.damaged_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.objectName() == "damagedFilesDialog"
    journal_copy = moved(data_dir / "data", "journal.sqlite3")
    settings_copy = moved(data_dir / "config", "settings.json")
    assert journal_copy.read_bytes() == GARBAGE and settings_copy.read_bytes() == GARBAGE
    text = box.text()
    assert str(journal_copy) in text and str(settings_copy) in text
    assert "Payments are paused" in text and "Stripe Dashboard" in text
    assert "default settings" in text

    with pytest.raises(StorageError, match="Payments are paused"):
        charge_a_visa(launcher)

    resume = next(b for b in box.buttons() if b.text() == "Resume payments (manager)")
    resume.click()  # no manager PIN survived with the settings: the button alone resumes
    qtbot.waitUntil(lambda: "Payments resumed" in window.statusBar().currentMessage())
    charge_a_visa(launcher)


def test_keeping_payments_paused_asks_again_at_the_next_start(
    qtbot, data_dir: Path, launcher: Launcher
) -> None:
    assert launcher.start()
    qtbot.waitUntil(lambda: launcher.damaged_box is not None, timeout=10_000)
    box = launcher.damaged_box
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Keep payments paused").click()
    assert launcher.window is not None
    launcher.window.runner.drain(10_000)
    launcher.window.close()
    launcher.shutdown()

    again = Launcher(sandbox=False)
    try:
        assert again.start()
        qtbot.waitUntil(lambda: again.damaged_box is not None, timeout=10_000)
        assert again.damaged_box is not None and again.damaged_box.isVisible()
        assert "Payments are paused" in again.damaged_box.text()
        assert "settings file" not in again.damaged_box.text()  # told once, already moved
    finally:
        if again.window is not None:
            again.window.runner.drain(10_000)
            again.window.close()
        again.shutdown()


def test_the_real_window_starts_over_damaged_files(qtbot, data_dir: Path) -> None:
    window = create_main_window()
    qtbot.addWidget(window)
    window.show()

    assert window.isVisible()
    # The first settlement opens the journal on a worker, after the first paint.
    qtbot.waitUntil(
        lambda: any(
            p.name.startswith("journal.sqlite3.corrupt-") for p in (data_dir / "data").iterdir()
        ),
        timeout=10_000,
    )
    assert moved(data_dir / "data", "journal.sqlite3").read_bytes() == GARBAGE
    assert moved(data_dir / "config", "settings.json").read_bytes() == GARBAGE
    assert [m.what for m in take_moved()] == ["the settings file", "the journal"]
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog"]
    assert window.runner.drain(10_000)
    window.close()
