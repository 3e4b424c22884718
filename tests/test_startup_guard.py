"""The deferred start-up cannot silently regress: the window paints before the network exists.

In a fresh interpreter, the till starts as `pos-app` does (keys and the manager PIN in the
environment, stored settings in the data folder) and, at the moment the first paint is over
and the deferred work would begin, records what has been imported and whether a TLS context
was built. None of httpx, the gateway, keyring, ctypes, the dialogs, the services or the
customer directory may be there yet (docs/architecture.md, "Start-up"). Cheap: one child
process, no server.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

from pos_app.storage.settings import Settings, SettingsStore, hash_pin

from .python_child import child_report

REPO_ROOT = Path(__file__).resolve().parents[1]

#: Built right after the first paint (pos_app/launcher.py, `_build_till`), never before it.
DEFERRED_UNTIL_PAINTED = {
    "pos_app.domain.attempts",
    "pos_app.services.attempts",
    "pos_app.services.charging",
    # The window is built from the till's identity (services/identity.py) alone.
    "pos_app.services.context",
    "pos_app.services.customers",
    "pos_app.services.customer_ops",
    "pos_app.services.history",
    "pos_app.services.manager",
    "pos_app.services.messages",
    "pos_app.services.printing",
    "pos_app.services.receipts",
    "pos_app.services.refunds",
    "pos_app.services.setup",
    "pos_app.storage.customer_cache",
    # The setup's rules come with the services (storage.config needs none of them to read).
    "pos_app.storage.setup",
    # The computer's own zone is resolved when the services are built; zoneinfo is loaded
    # before the paint only for a shop that names its zone.
    "pos_app.storage.timezones",
    "pos_app.ui.customer_directory",
    "pos_app.ui.customers_model",
    # Background work's gate is imported with the first listing (ui/ops.py, `Op.run`).
    "pos_app.ui.window_gate",
}

_CHILD = textwrap.dedent(
    """
    import ssl, sys
    from pathlib import Path

    built = []
    _real_new = ssl.SSLContext.__new__
    _real_default = ssl.create_default_context

    def _counting_new(cls, *args, **kwargs):
        built.append("SSLContext")
        return _real_new(cls, *args, **kwargs)

    def _counting_default(*args, **kwargs):
        built.append("create_default_context")
        return _real_default(*args, **kwargs)

    ssl.SSLContext.__new__ = _counting_new
    ssl.create_default_context = _counting_default

    import pos_app.app  # noqa: F401  (what the till imports first)
    import PySide6.QtCore, PySide6.QtWidgets
    from PySide6.QtWidgets import QApplication
    from pos_app.launcher import Launcher
    from pos_app.ui.main_window import MainWindow
    from pos_app.ui.style import new_application

    seen = {}
    _after_first_paint = MainWindow._after_first_paint

    def _snapshot(self):
        # The first paint is done; what the window defers starts now.
        seen["visible"] = self.isVisible()
        seen["modules"] = sorted(sys.modules)
        seen["ssl"] = list(built)
        # PySide6 builds a class's enums when the class is first read from its module.
        seen["qt_classes"] = [
            f"{module.__name__}.{name}"
            for module, name in (
                (PySide6.QtCore, "Qt"),
                (PySide6.QtWidgets, "QStyle"),
                # Shortcuts are set from their text (ui/lazy_qt.py `set_shortcut`).
                (PySide6.QtGui, "QKeySequence"),
                # The first screen's icons come from the style sheet (ui/style.py, `icon`):
                # QIcon's class brings a hundred and fifty theme icons.
                (PySide6.QtGui, "QIcon"),
                # The saved card's picker is made when a customer is first chosen.
                (PySide6.QtWidgets, "QComboBox"),
                # The quick search's list comes with the customer directory.
                (PySide6.QtWidgets, "QCompleter"),
                (PySide6.QtCore, "QStringListModel"),
                # The Till menu's actions are made once the window has painted.
                (PySide6.QtGui, "QAction"),
                # The header's clock is written from the locale's names (ui/i18n.py).
                (PySide6.QtCore, "QDateTime"),
                # The thread pool is made for the first job, after the first paint.
                (PySide6.QtCore, "QThreadPool"),
            )
            if name in vars(module)
        ]
        # Qt's SVG library (and its plugins), loaded by the first SVG drawn.
        maps = Path("/proc/self/maps")
        seen["svg"] = (
            sorted({line.split()[-1].rsplit("/", 1)[-1] for line in maps.read_text().splitlines()
                    if "svg" in line.lower()})
            if maps.is_file()
            else None
        )
        # Threads started so far, by the names Linux knows them by (Qt names its own).
        tasks = Path("/proc/self/task")
        seen["threads"] = (
            sorted((task / "comm").read_text().strip() for task in tasks.iterdir())
            if tasks.is_dir()
            else None
        )
        QApplication.instance().quit()

    MainWindow._after_first_paint = _snapshot
    app = new_application(sys.argv)  # as pos_app/__main__.py makes it
    launcher = Launcher(sandbox=False)
    assert launcher.start()
    app.exec()
    launcher.window.close()
    launcher.shutdown()
    import json  # only now: the till reads its settings without it

    print(json.dumps(seen))
    """
)


def test_the_window_paints_before_httpx_tls_keyring_or_a_dialog_is_loaded(tmp_path: Path) -> None:
    data = tmp_path / "till"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "POS_DATA_DIR": str(data),
        "POS_STRIPE_SECRET_KEY": "sk_test_startupGuard000000000000",
        "POS_STRIPE_PUBLISHABLE_KEY": "pk_test_startupGuard000000000000",
        # Unreachable on purpose: nothing may try to reach it before the first paint.
        "POS_STRIPE_API_BASE": "http://127.0.0.1:9",
        "POS_MANAGER_PIN": "2468",
        "PYTHONPATH": str(REPO_ROOT),
    }
    env.pop(
        "PYTHON_KEYRING_BACKEND", None
    )  # keyring must not even be asked which backend it would use
    env.pop("QT_NO_GUI_THREADPOOL", None)  # the till asks for it itself (ui/style.py)
    (data / "config").mkdir(parents=True)
    SettingsStore(data / "config" / "settings.json").save(
        Settings(
            business_name="Corner Bakery", register_id="FRONT-1", manager_pin_hash=hash_pin("1357")
        )
    )

    seen = child_report(["-c", _CHILD], env)
    assert seen["visible"]
    modules = set(seen["modules"])
    assert "pos_app.ui.main_window" in modules  # the check itself saw the window
    early = sorted(
        name
        for name in modules
        # ctypes only serves a work-around for a defective binding (ui/qtcompat.py);
        # hashlib and hmac load OpenSSL, which only the PIN and the services need.
        if name.split(".")[0]
        in {"httpx", "httpcore", "keyring", "certifi", "ctypes", "hashlib", "_hashlib", "hmac"}
        # Not needed to read the settings or show the window (docs/architecture.md,
        # "Start-up"): the platform's folders when POS_DATA_DIR names one, the time zone
        # database, importlib.resources (the resources are read from their folder).
        or name.split(".")[0] in {"platformdirs", "zoneinfo"}
        # The settings are read with the interpreter's JSON scanner (storage/json_text.py):
        # the json package compiles six patterns when imported.
        or name.split(".")[0] == "json"
        or name.startswith("importlib.resources")
        or name.startswith(("pos_app.gateway", "pos_app.ui.dialogs", "pos_app.sandbox"))
        or name
        in {
            "pos_app.ui.pages.customers_page",
            "pos_app.ui.pages.history_page",
            "pos_app.storage.journal",
            # Files are moved aside only when damaged (these settings read well).
            "pos_app.storage.quarantine",
            # The journal's and the gateway's stand-ins are made once the window has painted.
            "pos_app.deferred",
            # Its other handlers import socket, pickle and queue (pos_app/logs.py).
            "logging.handlers",
        }
    )
    assert early == [], f"imported before the first paint: {early}"
    # The services and the customer directory are imported and built once the window has
    # painted; before that the window has only the till's identity.
    services = sorted(modules & DEFERRED_UNTIL_PAINTED)
    assert services == [], f"services imported before the first paint: {services}"
    assert seen["ssl"] == [], "a TLS context was built before the first paint"
    # The Qt namespace (a hundred enums) and QStyle cost PySide6 30-45 and 15-30 ms to
    # build, QIcon 3-5 ms, the others a few each; the window's first paint needs none
    # (ui/lazy_qt.py).
    assert seen["qt_classes"] == [], f"built before the first paint: {seen['qt_classes']}"
    # The GUI thread paints alone (ui/style.py, `new_application`): no pool of Qt's painting
    # threads, and no worker yet. (Linux names every thread; elsewhere this is not checked.)
    if seen["threads"] is not None:
        assert len(seen["threads"]) == 1, f"threads before the first paint: {seen['threads']}"
    # The first screen's icons are PNG (packaging/first_screen_icons.py): an SVG among them
    # makes Qt load its SVG library and two plugins before the window paints.
    if seen["svg"] is not None:
        assert seen["svg"] == [], f"loaded before the first paint: {seen['svg']}"


_FEATURE_CHILD = textwrap.dedent(
    """
    import inspect, json, sys
    import PySide6.QtWidgets
    import pos_app
    from pos_app.ui.lazy_qt import register_modules_with_feature_hook

    read = []
    _getsource = inspect.getsource

    def counting(module):
        read.append(getattr(module, "__name__", "?"))
        return _getsource(module)

    inspect.getsource = counting
    register_modules_with_feature_hook(pos_app, ("ui", "app"))
    import pos_app.launcher  # noqa: F401  (the window's modules, as run_gui imports them)

    table = sys.modules["PySide6.support.feature"].pyside_feature_dict
    names = ("pos_app.ui.main_window", "pos_app.launcher", "pos_app.storage.config", "typing")
    print(json.dumps({"read": read, "table": {name: table.get(name) for name in names}}))
    """
)


def test_pyside_reads_no_source_of_the_modules_the_window_imports() -> None:
    # PySide6's import hook would read every newly imported module's source to find out
    # whether it uses Qt (ui/lazy_qt.py); the answers are recorded ahead, the same ones.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_ROOT)}
    seen = child_report(["-c", _FEATURE_CHILD], env)
    assert [name for name in seen["read"] if name.startswith("pos_app")] == []
    assert seen["table"] == {
        "pos_app.ui.main_window": 0,
        "pos_app.launcher": 0,
        "pos_app.storage.config": -1,
        "typing": -1,
    }
