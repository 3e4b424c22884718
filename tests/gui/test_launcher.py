"""Start-up as the shop owner meets it: first-run setup, no keychain, the training sandbox."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from pos_app.domain.keys import Mode
from pos_app.launcher import Launcher
from tests.fixtures_peers import Peer
from tests.keyrings import MemoryKeyring

from .helpers import ready_window

pytestmark = pytest.mark.gui

SECRET = "sk_test_launcherSecret0000000000"
PUBLISHABLE = "pk_test_launcherPublishable000000"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "till"
    monkeypatch.setenv("POS_DATA_DIR", str(root))
    return root


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous: KeyringBackend = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_first_run_opens_setup_and_keeps_the_keys_in_the_keychain_only(
    qtbot,
    data_dir: Path,
    memory_keyring: MemoryKeyring,
    launched: list[Launcher],
    sandbox: Peer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The keys are checked with "Stripe" before they are saved: here, the sandbox.
    monkeypatch.setenv("POS_STRIPE_API_BASE", sandbox.base_url)
    launcher = Launcher(sandbox=False)
    launched.append(launcher)
    assert launcher.start()
    dialog = launcher.setup_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog in QApplication.topLevelWidgets()
    assert dialog.objectName() == "setupDialog"

    qtbot.keyClicks(dialog.secret_key, SECRET)
    qtbot.keyClicks(dialog.publishable_key, PUBLISHABLE)
    qtbot.keyClicks(dialog.business_name, "Corner Bakery")
    dialog.address.setPlainText("1 Main Street\nSpringfield")
    dialog.register_name.clear()
    qtbot.keyClicks(dialog.register_name, "FRONT-1")
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClicks(dialog.pin_confirm, "2468")
    dialog.submit()
    window = ready_window(qtbot, launcher)
    assert window is not None and window.isVisible()
    assert window.ctx.mode is Mode.TEST
    assert window.findChild(QLabel, "modeBadge").text().startswith("TEST")
    assert memory_keyring.values[("pos-app", "secret_key")] == SECRET
    assert memory_keyring.values[("pos-app", "publishable_key")] == PUBLISHABLE
    settings = (data_dir / "config" / "settings.json").read_text(encoding="utf-8")
    assert json.loads(settings)["business_name"] == "Corner Bakery"
    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert SECRET.encode() not in content and b"2468" not in content


def test_a_machine_without_a_keychain_is_offered_training_mode_not_only_an_exit(
    qtbot, data_dir: Path, launched: list[Launcher]
) -> None:
    # tests/conftest.py installs keyring's "fail" backend: no keychain, no keys in the env.
    launcher = Launcher(sandbox=False)
    launched.append(launcher)
    assert launcher.start()

    box = launcher.no_keychain_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.objectName() == "startupErrorDialog"
    assert "POS_STRIPE_SECRET_KEY" in box.text()  # the way out is still named
    assert launcher.window is None
    training = next(b for b in box.buttons() if b.objectName() == "startTrainingButton")
    assert box.defaultButton() is training
    training.click()

    window = ready_window(qtbot, launcher)
    assert window.ctx.mode is Mode.SANDBOX
    assert window.findChild(QLabel, "modeBadge").text().startswith("SANDBOX")
    # Remembered: the next start goes straight to training.
    settings = json.loads((data_dir / "config" / "settings.json").read_text(encoding="utf-8"))
    assert settings["training_mode"] is True


def test_the_training_sandbox_starts_with_the_till_and_stops_with_it(
    qtbot, data_dir: Path, launched: list[Launcher]
) -> None:
    launcher = Launcher(sandbox=True)
    launched.append(launcher)
    assert launcher.start()
    window = launcher.window
    # The window is there at once; the server starts behind it and Charge waits for it.
    assert window is not None and window.isVisible()
    page = window.charge_page
    qtbot.keyClicks(page.amount_input, "12.50")
    # (The server takes a good second to announce itself; this runs within milliseconds.)
    assert page.status.label.text() == "Starting the training sandbox…"
    assert not page.charge_button.isEnabled()
    assert "training sandbox" in page.charge_button.toolTip()
    qtbot.waitUntil(lambda: page.waiting_for is None, timeout=20_000)
    assert page.charge_button.isEnabled()
    process = launcher._process
    assert process is not None and process.running
    assert process.base_url.startswith("http://127.0.0.1:")
    assert window.ctx.mode is Mode.SANDBOX
    assert window.findChild(QLabel, "modeBadge").text().startswith("SANDBOX")
    email = window.findChild(QLineEdit, "receiptEmailInput")
    assert not email.isEnabled() and "training" in email.placeholderText()
    # Its data stays under the till's data folder, so practice sales survive a restart.
    assert (data_dir / "data" / "sandbox").is_dir()

    window.runner.drain(10_000)
    window.close()
    launcher.shutdown()

    assert not process.running


def test_choosing_training_at_setup_keeps_the_till_in_the_sandbox_until_keys_come(
    qtbot, data_dir: Path, memory_keyring: MemoryKeyring, launched: list[Launcher]
) -> None:
    first = Launcher(sandbox=False)
    launched.append(first)
    assert first.start()
    dialog = first.setup_dialog
    assert dialog is not None
    # Training is one of two clear choices at the top, not a checkbox between key fields.
    dialog.training_choice.click()
    assert not dialog.secret_key.isEnabled()
    qtbot.keyClicks(dialog.business_name, "Training Cafe")
    qtbot.keyClicks(dialog.pin, "1357")
    qtbot.keyClicks(dialog.pin_confirm, "1357")
    dialog.submit()
    ready_window(qtbot, first)
    assert first.window.ctx.mode is Mode.SANDBOX
    first.window.runner.drain(10_000)
    first.window.close()
    first.shutdown()

    again = Launcher(sandbox=False)
    launched.append(again)
    assert again.start()

    assert again.setup_dialog is None
    assert ready_window(qtbot, again).ctx.mode is Mode.SANDBOX
    assert again.window.ctx.business_name == "Training Cafe"
    assert memory_keyring.values == {}  # no Stripe key was asked for or stored


_FIRST_BOX = """
import sys
from pos_app.launcher import Launcher
from pos_app.ui.style import new_application

app = new_application(sys.argv)  # as pos_app/__main__.py makes it: no style yet
launcher = Launcher(sandbox=False)
assert launcher.start()
box = launcher.no_keychain_box
app.processEvents()
print(box.isVisible(), app.property("posStyleApplied"), box.font().pixelSize())
"""


def test_a_message_box_before_the_main_window_has_the_tills_look(tmp_path: Path) -> None:
    # In a process of its own: the tests' QApplication has had the style for long.
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "POS_DATA_DIR": str(tmp_path / "till"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    for name in ("POS_STRIPE_SECRET_KEY", "POS_STRIPE_PUBLISHABLE_KEY"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_BOX],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    # The no-keychain box had Qt's own small type and plain buttons: the style sheet and the
    # 15 px body font came only with the main window.
    assert done.stdout.split() == ["True", "True", "15"]
