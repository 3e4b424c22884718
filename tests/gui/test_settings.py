"""Setting the till up and changing it later: one set of rules, keys checked with Stripe,
training as a clear choice, and the settings behind the manager PIN."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import shiboken6
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from pos_app.domain.keys import Mode
from pos_app.launcher import Launcher
from pos_app.ui.dialogs.setup_dialog import SetupDialog
from pos_app.ui.main_window import MainWindow
from tests.fixtures_peers import Peer
from tests.keyrings import MemoryKeyring

from .helpers import button, field, label, ready_window

pytestmark = pytest.mark.gui

SECRET = "sk_test_settingsSecret00000000"


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


@pytest.fixture
def stripe_is_the_sandbox(sandbox: Peer, monkeypatch: pytest.MonkeyPatch) -> Peer:
    """Typed keys are checked with "Stripe": here the sandbox, which takes any sk_test_ key."""
    monkeypatch.setenv("POS_STRIPE_API_BASE", sandbox.base_url)
    return sandbox


def first_run(launched: list[Launcher]) -> SetupDialog:
    launcher = Launcher(sandbox=False)
    launched.append(launcher)
    assert launcher.start()
    dialog = launcher.setup_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill_setup(qtbot, dialog: SetupDialog, *, register: str = "FRONT-1") -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.secret_key, SECRET)
    qtbot.keyClicks(dialog.business_name, "Corner Bakery")
    dialog.register_name.clear()
    qtbot.keyClicks(dialog.register_name, register)
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClicks(dialog.pin_confirm, "2468")


# --- the first-run setup -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("register", "words"),
    [
        ("Front Desk 1", "no spaces"),
        ("FRONT-DESK-REGISTER-1", "up to 16"),
        ("-front", "letters, digits"),
    ],
)
def test_an_invalid_register_name_is_named_in_the_setup_not_a_crash(
    qtbot,
    data_dir: Path,
    memory_keyring: MemoryKeyring,
    launched: list[Launcher],
    stripe_is_the_sandbox: Peer,
    register: str,
    words: str,
) -> None:
    dialog = first_run(launched)
    fill_setup(qtbot, dialog, register=register)
    with qtbot.assertNotEmitted(dialog.completed):
        qtbot.mouseClick(button(dialog, "setupSaveButton"), Qt.MouseButton.LeftButton)
    error = label(dialog, "setupRegisterError")
    assert error.isVisible() and words in error.text()
    assert dialog.register_name.hasFocus() or dialog.register_name.property("invalid") is True
    assert dialog.isVisible() and launched[0].window is None
    assert memory_keyring.values == {}  # nothing saved, nothing sent
    assert not (data_dir / "config" / "settings.json").exists()


def test_the_setup_says_where_the_keys_are_and_offers_training_as_a_choice(
    qtbot, data_dir: Path, memory_keyring: MemoryKeyring, launched: list[Launcher]
) -> None:
    dialog = first_run(launched)
    hint = label(dialog, "setupKeysHint").text()
    assert "Stripe Dashboard" in hint and "Developers → API keys" in hint
    stripe, training = dialog.fields.stripe_choice, dialog.fields.training_choice
    assert stripe.isChecked() and not training.isChecked()
    assert stripe.isVisible() and training.isVisible()
    training.click()
    assert not dialog.secret_key.isEnabled()
    assert button(dialog, "setupSaveButton").text() == "Start training"
    stripe.click()
    assert dialog.secret_key.isEnabled()


def test_keys_stripe_refuses_are_named_and_nothing_is_saved(
    qtbot,
    data_dir: Path,
    memory_keyring: MemoryKeyring,
    launched: list[Launcher],
    stripe_is_the_sandbox: Peer,
) -> None:
    dialog = first_run(launched)
    fill_setup(qtbot, dialog)
    dialog.secret_key.clear()
    qtbot.keyClicks(dialog.secret_key, "sk_live_wellFormedButRefused000")  # the sandbox refuses
    qtbot.mouseClick(button(dialog, "setupSaveButton"), Qt.MouseButton.LeftButton)
    error = label(dialog, "setupSecretKeyError")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=20_000)
    assert error.text().startswith("Stripe did not accept this key.")
    assert memory_keyring.values == {}
    assert launched[0].window is None and dialog.isVisible()
    # Fixing the key takes the message away, and the setup goes through.
    dialog.secret_key.clear()
    qtbot.keyClicks(dialog.secret_key, SECRET)
    assert not error.isVisible()
    qtbot.mouseClick(button(dialog, "setupSaveButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launched[0].window is not None, timeout=20_000)
    assert memory_keyring.values[("pos-app", "secret_key")] == SECRET


def test_a_machine_without_a_keychain_can_still_finish_setup_in_training(
    qtbot, data_dir: Path, launched: list[Launcher], stripe_is_the_sandbox: Peer
) -> None:
    # keyring's "fail" backend (tests/conftest.py): the keys cannot be kept anywhere.
    store = data_dir / "config"
    store.mkdir(parents=True)
    (store / "settings.json").write_text(json.dumps({"version": 1}), encoding="utf-8")
    launcher = Launcher(sandbox=False)
    launched.append(launcher)
    launcher.start()
    box = launcher.no_keychain_box
    assert box is not None
    assert "Start in training mode" in [b.text() for b in box.buttons()]
    box.reject()


# --- settings after the first run --------------------------------------------------------------


def open_settings(qtbot, window: MainWindow, pin: str = "2468"):  # type: ignore[no-untyped-def]
    window.settings_action.trigger()
    pin_dialog = window.pin_dialog
    assert pin_dialog is not None and pin_dialog.isVisible()
    qtbot.keyClicks(field(pin_dialog, "pinInput"), pin)
    qtbot.keyClick(field(pin_dialog, "pinInput"), Qt.Key.Key_Return)
    return pin_dialog


def test_the_settings_open_only_with_the_manager_pin(qtbot, window: MainWindow) -> None:
    pin_dialog = open_settings(qtbot, window, pin="1111")
    error = label(pin_dialog, "pinErrorLabel")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=20_000)
    assert window.settings_dialog is None
    pin_dialog.reject()


def test_the_settings_change_the_business_and_refuse_a_bad_register(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    open_settings(qtbot, window)
    qtbot.waitUntil(lambda: window.settings_dialog is not None, timeout=20_000)
    settings = window.settings_dialog
    assert settings.objectName() == "settingsDialog"
    # The keys come from the environment here: shown as such, not editable.
    assert not settings.secret_key.isEnabled()
    assert "environment" in label(settings, "setupKeysNote").text()
    assert "test mode" in label(settings, "setupIntro").text()

    name = field(settings, "setupBusinessNameInput")
    register = field(settings, "setupRegisterInput")
    name.clear()
    qtbot.keyClicks(name, "Corner Bakery")
    register.clear()
    qtbot.keyClicks(register, "Front Desk 1")
    qtbot.mouseClick(button(settings, "setupSaveButton"), Qt.MouseButton.LeftButton)
    assert "no spaces" in label(settings, "setupRegisterError").text()
    register.clear()
    qtbot.keyClicks(register, "FRONT-2")
    settings.fields.address.setPlainText("2 Station Road")
    with qtbot.waitSignal(settings.saved, timeout=20_000) as saved:
        qtbot.mouseClick(button(settings, "setupSaveButton"), Qt.MouseButton.LeftButton)
    assert set(saved.args[0]) >= {"business_name", "register_id", "business_address"}
    stored = json.loads((tmp_path / "till" / "config" / "settings.json").read_text("utf-8"))
    assert (stored["business_name"], stored["register_id"]) == ("Corner Bakery", "FRONT-2")
    assert "Settings saved" in window.statusBar().currentMessage()


def test_leaving_training_mode_checks_the_keys_then_restarts_the_till_on_stripe(
    qtbot,
    data_dir: Path,
    memory_keyring: MemoryKeyring,
    launched: list[Launcher],
    stripe_is_the_sandbox: Peer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("POS_MANAGER_PIN", "2468")
    launcher = Launcher(sandbox=True)
    launched.append(launcher)
    assert launcher.start()
    window = ready_window(qtbot, launcher)
    assert window.ctx.mode is Mode.SANDBOX
    open_settings(qtbot, window)
    qtbot.waitUntil(lambda: window.settings_dialog is not None, timeout=20_000)
    settings = window.settings_dialog
    assert settings.fields.training_choice.isChecked()  # the mode the till is in
    settings.fields.stripe_choice.click()
    qtbot.keyClicks(settings.fields.business_name, "Corner Bakery")
    qtbot.mouseClick(button(settings, "setupSaveButton"), Qt.MouseButton.LeftButton)
    # No keys stored yet: leaving training needs them.
    assert label(settings, "setupSecretKeyError").text().startswith("Paste the secret key")
    qtbot.keyClicks(settings.secret_key, SECRET)
    qtbot.mouseClick(button(settings, "setupSaveButton"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(
        lambda: launcher.window is not None and launcher.window is not window, timeout=30_000
    )
    ready_window(qtbot, launcher)
    assert launcher.window.ctx.mode is Mode.TEST
    assert launcher.window.findChild(QLabel, "modeBadge").text().startswith("TEST")
    assert launcher.window.ctx.business_name == "Corner Bakery"
    assert memory_keyring.values[("pos-app", "secret_key")] == SECRET
    assert not shiboken6.isValid(window) or not window.isVisible()  # the training till went


def test_no_settings_field_is_left_without_words(qtbot, window: MainWindow) -> None:
    open_settings(qtbot, window)
    qtbot.waitUntil(lambda: window.settings_dialog is not None, timeout=20_000)
    for widget in window.settings_dialog.findChildren(QLineEdit):
        if widget.objectName().startswith("setup"):
            assert widget.accessibleName() and widget.toolTip(), widget.objectName()
    window.settings_dialog.reject()


def test_the_default_footer_follows_the_language_chosen_a_written_one_stays(
    qtbot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QComboBox, QPlainTextEdit

    open_settings(qtbot, window)
    qtbot.waitUntil(lambda: window.settings_dialog is not None, timeout=20_000)
    settings = window.settings_dialog
    language = settings.findChild(QComboBox, "setupLanguageCombo")
    footer = settings.findChild(QPlainTextEdit, "setupFooterInput")
    assert footer.toPlainText() == "Thank you for your purchase!"

    language.setCurrentIndex(language.findData("de"))
    assert footer.toPlainText() == "Vielen Dank für Ihren Einkauf!"
    language.setCurrentIndex(language.findData("fr"))
    assert footer.toPlainText() == "Merci de votre achat !"
    language.setCurrentIndex(language.findData("en"))
    assert footer.toPlainText() == "Thank you for your purchase!"
    # What the shop wrote is its own, in whatever language.
    footer.setPlainText("Returns within 14 days with this receipt.")
    language.setCurrentIndex(language.findData("es"))
    assert footer.toPlainText() == "Returns within 14 days with this receipt."
    settings.reject()


def test_on_an_800_px_screen_the_settings_are_one_column_within_the_screen(
    qtbot, window: MainWindow
) -> None:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.width() < 940, "the offscreen screen is this narrow panel"
    open_settings(qtbot, window)
    qtbot.waitUntil(lambda: window.settings_dialog is not None, timeout=20_000)
    settings = window.settings_dialog
    qtbot.waitExposed(settings)
    # The dialog used to be 940 px wide whatever the screen: Save was beyond its edge.
    assert settings.width() <= screen.width()
    save = button(settings, "setupSaveButton")
    corner = save.mapToGlobal(QPoint(0, 0))
    assert QRect(corner, save.size()).right() <= screen.right()
    # The shop's column is under the payments column, the form scrolling down to it...
    secret, business = (
        field(settings, "setupSecretKeyInput"),
        field(settings, "setupBusinessNameInput"),
    )
    assert business.mapTo(settings, QPoint(0, 0)).y() > secret.mapTo(settings, QPoint(0, 0)).y()
    # ...and the field the form starts in is in view, and so is its section's caption: a
    # form scrolled only as far as the field left the line above cut through its middle.
    focused = settings.focusWidget()
    viewport = settings.scroll_area.viewport()
    top_left = focused.mapTo(viewport, QPoint(0, 0))
    assert viewport.rect().contains(QRect(top_left, focused.size()))
    caption = settings.fields.shop_caption
    assert viewport.rect().contains(QRect(caption.mapTo(viewport, QPoint(0, 0)), caption.size()))
    settings.reject()


def test_tab_goes_through_the_settings_the_way_they_read(qtbot, window: MainWindow) -> None:
    """The payment choice first, then the keys, then the shop's rows top to bottom: Tab went
    from Currency to Locale past Language, from the PIN back up to the choice, and onto the
    scroll area itself, where nothing showed the focus."""
    from PySide6.QtWidgets import QApplication

    open_settings(qtbot, window)
    qtbot.waitUntil(lambda: window.settings_dialog is not None, timeout=20_000)
    dialog = window.settings_dialog
    choice = dialog.findChild(QWidget, "setupStripeChoice")
    (choice if choice.isChecked() else dialog.findChild(QWidget, "setupTrainingChoice")).setFocus()
    seen: list[str] = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        assert focused is not None and focused.objectName() != "setupScroll"
        seen.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    order = [
        "setupBusinessNameInput",
        "setupRegisterInput",
        "setupCurrencyCombo",
        "setupLanguageCombo",
        "setupLocaleCombo",
        "setupPinInput",
        "setupPinConfirmInput",
    ]
    first = [seen.index(name) for name in order]
    assert first == sorted(first), seen
    assert seen.index("setupStripeChoice") < seen.index("setupBusinessNameInput") or (
        seen.index("setupTrainingChoice") < seen.index("setupBusinessNameInput")
    )
    dialog.reject()
