"""The GUI fixtures (tests/gui/conftest.py) for the translation tests."""

from tests.gui.conftest import (  # noqa: F401 - fixtures
    collect_on_the_gui_thread,
    fake_attempts,
    fake_charges,
    no_collection_on_worker_threads,
    receipts,
    runner,
    till,
)
