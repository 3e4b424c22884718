"""The shipped catalogues (resources/i18n): up to date with the code, complete, with the
source's placeholders, and compiled into the .qm files the till loads; German selected, the
till speaks German."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pos_app.domain.errors import StripeConnectionError
from pos_app.domain.i18n import LANGUAGES, SOURCE_LANGUAGE
from pos_app.services.assets import catalogue_name, resource_path
from pos_app.services.context import TillContext
from pos_app.services.messages import cashier_message
from tests.packaging.support import load

SCRIPT = load("i18n")
TRANSLATED = [language for language in LANGUAGES if language != SOURCE_LANGUAGE]
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")

Message = tuple[str, str, str]  # context, source, disambiguation


def messages(ts: Path) -> dict[Message, list[str]]:
    """Every message of a catalogue and its translations ([] while unfinished or empty)."""
    found: dict[Message, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found[key] = [form for form in forms if form] if finished else []
    return found


def test_the_script_knows_the_languages_the_till_offers() -> None:
    assert tuple(SCRIPT.LANGUAGES) == tuple(TRANSLATED)
    for language in TRANSLATED:
        assert resource_path(catalogue_name(language, ".ts")).is_file()
        assert resource_path(catalogue_name(language)).is_file()


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_committed_catalogue_has_every_message_of_the_code(
    language: str, tmp_path: Path
) -> None:
    committed = SCRIPT.catalogue(language)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    SCRIPT.lupdate([fresh])
    before, after = set(messages(committed)), set(messages(fresh))
    assert sorted(after - before) == [], "run: python packaging/i18n.py update"
    assert sorted(before - after) == [], "run: python packaging/i18n.py update"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(language: str) -> None:
    missing = [key for key, forms in messages(SCRIPT.catalogue(language)).items() if not forms]
    assert missing == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_exactly_the_placeholders_of_their_source(language: str) -> None:
    wrong = []
    for (context, source, _), forms in messages(SCRIPT.catalogue(language)).items():
        wanted = sorted(set(_PLACEHOLDER.findall(source)))
        for form in forms:
            if sorted(set(_PLACEHOLDER.findall(form))) != wanted:
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert wrong == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_count_in_a_message_is_a_plural_the_translation_is_looked_up_by(
    language: str,
) -> None:
    # Qt looks a message with a count up among the plural messages only. lupdate makes a
    # plural message of tr() alone: a translate() with %n reached the catalogue, was
    # translated, and the till still showed it in English ("1 more error(s)" in German).
    single = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in ET.parse(SCRIPT.catalogue(language)).getroot().iter("context")
        for message in context.iter("message")
        if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes"
    ]
    assert single == [], "a count in words outside tr() is a {count} placeholder"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_committed_qm_is_built_from_the_committed_ts(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"{language}.qm"
    SCRIPT.lrelease(SCRIPT.catalogue(language), built)
    committed = SCRIPT.catalogue(language, ".qm")
    assert built.read_bytes() == committed.read_bytes(), "run: python packaging/i18n.py release"


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    from pos_app.ui.i18n import install_language

    assert install_language("de") == "de"
    yield
    install_language(SOURCE_LANGUAGE)


@pytest.mark.gui
def test_with_german_chosen_the_charge_button_and_the_cashier_read_german(
    qtbot, german: None, till: TillContext
) -> None:
    from PySide6.QtWidgets import QPushButton

    from pos_app.ui.main_window import MainWindow

    english = "Could not reach Stripe. Nothing was charged. Check the network and try again."
    window = MainWindow(till)
    qtbot.addWidget(window)
    button = window.findChild(QPushButton, "chargeButton")
    assert button is not None
    assert button.text() == "Kassieren"
    message = cashier_message(StripeConnectionError("no route"))
    assert message.text != english
    assert message.text.startswith("Stripe konnte nicht erreicht werden.")
    # Day and month names follow the language too (the header clock, the History day).
    from pos_app.ui.i18n import date_text

    assert date_text(date(2026, 12, 2), "ddd d MMMM yyyy") == "Mi. 2 Dezember 2026"


def _untranslated_messages(root: Path) -> list[str]:
    """`ValidationError(field, message)` calls whose message is written in the code's own
    words (a string or an f-string) instead of going through translate()."""
    import ast

    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "ValidationError"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant | ast.JoinedStr)
            ):
                found.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    return found


@pytest.mark.parametrize("layer", ["domain", "services", "ui"])
def test_every_message_a_field_is_refused_with_is_translated(layer: str) -> None:
    # "At most 2.500,00 $ is left to refund on this charge." showed in English on a German
    # till: an f-string in the services never reached the catalogue. (The gateway's and the
    # storage's refusals are about data, not about what was typed: an idempotency key
    # missing, a journal row or a settings file out of its format.)
    package = Path(__file__).resolve().parents[2] / "pos_app"
    assert _untranslated_messages(package / layer) == []
