"""Tab through a scrolled form: the field it lands on shows whole, border and all."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLineEdit, QScrollArea, QVBoxLayout, QWidget

from pos_app.ui.scrolled_form import FormScrollArea

FIELD = 38
GAP = 8


def _form(area: QScrollArea) -> list[QLineEdit]:
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(GAP)
    fields = []
    for number in range(8):
        field = QLineEdit(content)
        field.setObjectName(f"field{number}")
        field.setFixedHeight(FIELD)
        field.setTextMargins(8, 0, 8, 0)  # the till's padding: the text cursor is inside
        column.addWidget(field)
        fields.append(field)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    # The fourth field's lower 5 px below the viewport's edge: its text cursor is in view.
    area.resize(240, 3 * (FIELD + GAP) + FIELD - 5)
    return fields


def _shown(area: QScrollArea, field: QWidget) -> bool:
    viewport = area.viewport()
    return viewport.rect().contains(QRect(field.mapTo(viewport, QPoint(0, 0)), field.size()))


def _tab_through(qtbot, area: QScrollArea, fields: list[QLineEdit]) -> list[str]:
    area.show()
    qtbot.waitExposed(area)
    fields[0].setFocus()
    cut = []
    for field in fields[1:]:
        qtbot.keyClick(area.focusWidget() or fields[0], Qt.Key.Key_Tab)
        assert area.focusWidget() is field
        if not _shown(area, field):
            cut.append(field.objectName())
    return cut


def test_tab_shows_the_whole_field_it_lands_on(qtbot) -> None:
    area = FormScrollArea()
    qtbot.addWidget(area)
    assert _tab_through(qtbot, area, _form(area)) == []


def test_a_plain_scroll_area_leaves_a_field_at_its_edge_cut(qtbot) -> None:
    """What the form scroll area is for: Qt's own scrolls only the text cursor into view."""
    area = QScrollArea()
    qtbot.addWidget(area)
    assert _tab_through(qtbot, area, _form(area)) == ["field3", "field5", "field7"]


def test_a_field_taken_by_the_form_itself_shows_whole(qtbot) -> None:
    """Focus put on a field by the form (the first invalid one, say) is brought in too."""
    area = FormScrollArea()
    qtbot.addWidget(area)
    fields = _form(area)
    area.show()
    qtbot.waitExposed(area)
    fields[7].setFocus()
    area.show_whole(fields[7])
    assert _shown(area, fields[7])
    area.show_whole(fields[1])
    assert _shown(area, fields[1])
    bar = area.verticalScrollBar()
    assert bar.value() == FIELD + GAP - FormScrollArea.MARGIN  # as little as needed
