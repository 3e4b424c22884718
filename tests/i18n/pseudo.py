"""A pseudo-translation of the whole till, and a reader of every word a window shows.

The pseudo catalogue is made at test time from the code as it is now (packaging/i18n.py runs
lupdate into a temporary .ts): every message becomes "⟦" + its source + "⟧", placeholders kept,
compiled with lrelease and installed like a real language. A word on screen that is not inside
⟦…⟧ then did not go through Qt's translation (or the domain's hook), unless it is data: an
amount, an id, a card, a name the test typed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from pos_app.domain import i18n
from tests.packaging.support import load

OPEN, CLOSE = "⟦", "⟧"


def pseudo_ts(ts: Path) -> None:
    """Fill every message of `ts` with its marked source (numerus forms too), finished."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        marked = f"{OPEN}{source}{CLOSE}"
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            for form in forms:
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = marked
        else:
            translation.text = marked
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def build_pseudo_catalogue(folder: Path) -> Path:
    """The .qm of the pseudo language, from the sources as they are now."""
    script = load("i18n")
    ts = folder / "pos_app_pseudo.ts"
    script.lupdate([ts])
    pseudo_ts(ts)
    qm = folder / "pos_app_pseudo.qm"
    script.lrelease(ts, qm)
    return qm


@contextmanager
def installed(qm: Path) -> Iterator[None]:
    """The pseudo catalogue as the till's language (and the domain's hook on Qt) for a while."""
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    app.installTranslator(translator)
    previous = i18n.installed()
    i18n.install(lambda c, t, d, n: QCoreApplication.translate(c, t, d, n))
    try:
        yield
    finally:
        app.removeTranslator(translator)
        i18n.install(previous)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every word a person can see or hear in `root` and its children."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget | QAction, what: str, text: str) -> None:
        if text:
            name = widget.objectName() or type(widget).__name__
            found.append((f"{type(widget).__name__}#{name}.{what}", _plain(text)))

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget.isWindow():
            add(widget, "windowTitle", widget.windowTitle())
        add(widget, "toolTip", widget.toolTip())
        if isinstance(widget, QLabel):
            add(widget, "text", widget.text())
        if isinstance(widget, QAbstractButton):
            add(widget, "text", widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add(widget, "placeholderText", widget.placeholderText())
        if isinstance(widget, QTextEdit):
            add(widget, "html", widget.toHtml())
        if isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, f"tab{index}", widget.tabText(index))
                add(widget, f"tabToolTip{index}", widget.tabToolTip(index))
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, f"item{index}", widget.itemText(index))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for section in range(model.columnCount()):
                header = model.headerData(
                    section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
                )
                add(widget, f"header{section}", str(header or ""))
        for action in widget.actions():
            add(action, "text", action.text())
            add(action, "toolTip", action.toolTip() if action.toolTip() != action.text() else "")
    return found


#: Words that are data, never translated: card brands, mode and key names, currency codes.
_DATA_WORDS = re.compile(
    r"^(?:visa|mastercard|amex|american express|discover|diners|jcb|unionpay|"
    r"english|deutsch|français|español|stripe|sandbox|test|live|pdf)$",
    re.IGNORECASE,
)
_ID = re.compile(
    r"^(?:[a-z]{2,5}_[A-Za-z0-9_]+|[A-Z0-9][A-Z0-9_-]*|[0-9a-f]{4}|[\w.+-]+@[\w-]+\.[\w.]+)$"
)


def _is_data(text: str, data: Iterable[str]) -> bool:
    words = text.strip()
    for item in data:
        words = words.replace(item, " ")
    words = re.sub(r"\bCtrl\+\S+|\bAlt\+\S+|\b(?:Enter|Esc|Tab)\b", " ", words)
    letters = [w for w in re.split(r"[^\w'’@.+-]+", words) if any(c.isalpha() for c in w)]
    letters = [w.strip(".") for w in letters]
    return all(_DATA_WORDS.match(w) or _ID.match(w) for w in letters)


def _outside_marks(text: str) -> str:
    """What is left of `text` once every ⟦…⟧ is taken out (the data put into templates),
    innermost first: a translated piece may be put into a translated template."""
    innermost = re.compile(rf"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
    while True:
        text, count = innermost.subn(" ", text)
        if not count:
            return text


def unmarked(texts: Iterable[tuple[str, str]], data: Iterable[str] = ()) -> list[str]:
    """The texts that did not go through the translation: not marked, and not data."""
    data = sorted((d for d in data if d), key=len, reverse=True)
    problems = []
    for where, text in texts:
        if _is_data(_outside_marks(text), data):
            continue
        problems.append(f"{where}: {text!r}")
    return sorted(set(problems))
