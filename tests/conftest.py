"""Suite-wide safety: offscreen Qt, no real keychain, no real data folders, peer fixtures."""

from __future__ import annotations

import os

# Set before anything imports Qt or keyring: GUI tests never need a display, and the real
# OS keychain is never touched (keyring's "fail" backend raises if something slips through).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt's own event loop and no GUI thread pool, as the till asks for them (ui/style.py
# `new_application`).
os.environ.setdefault("QT_NO_GLIB", "1")
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
for _var in (
    "POS_STRIPE_SECRET_KEY",
    "POS_STRIPE_PUBLISHABLE_KEY",
    "POS_STRIPE_API_BASE",
    "POS_DATA_DIR",
    "POS_REGISTER_ID",
    "POS_CASHIER",
    "POS_CURRENCY",
    "POS_MANAGER_PIN",
):
    os.environ.pop(_var, None)

pytest_plugins = ["tests.fixtures_peers", "tests.faults.fixtures"]
