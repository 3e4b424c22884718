"""How the history page draws a charge's status and writes the day's totals."""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QStaticText
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pos_app.domain.attempts import AttemptKind, AttemptRecord
from pos_app.domain.cards import Brand
from pos_app.domain.models import Refund, RefundStatus
from pos_app.domain.money import Money
from pos_app.services.day_report import NONE_KEY, DayReport, DayTotals
from pos_app.services.journal_check import Difference, Made

from .amounts import format_amount
from .history_model import (
    STATUS_COLOURS,
    STATUS_ROLE,
    Column,
    HistoryFilter,
    HistoryModel,
    brand_words,
    status_words,
)
from .i18n import date_text
from .text_cells import TextCellDelegate

__all__ = [
    "DAY_FORMAT",
    "StatusDelegate",
    "cell_delegate",
    "day_words",
    "totals_html",
    "totals_table_width",
]


def cell_delegate(table: QWidget, model: HistoryModel, proxy: HistoryFilter) -> TextCellDelegate:
    """The history table's text cells, painted from laid-out lines kept between repaints
    (ui/text_cells.py): times and amounts in tabular figures, amounts on the right."""
    figures = model.figures_font
    return TextCellDelegate(
        table,
        lambda row, column: model.cell_look(proxy.source_row(row), column),
        right={Column.AMOUNT},
        fonts={Column.AMOUNT: figures, Column.TIME: figures},
    )


class StatusDelegate(QStyledItemDelegate):
    """The status as a small coloured label that also spells it out (docs/ui.md "Tables").

    What a status looks like (its words laid out, its colours, its label's width) is worked
    out once per status and font and kept: a repaint only places it (ui/text_cells.py says
    why that matters). `status_of(row)` gives a view's row's status to `paint_column`, which
    paints a column of labels in one call (ui/text_table.py)."""

    def __init__(self, parent: QWidget | None, status_of: Callable[[int], str | None]) -> None:
        super().__init__(parent)
        self._labels: dict[tuple[str, str], _Label] = {}
        self._status_of = status_of

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        status = index.data(STATUS_ROLE)
        if not isinstance(status, str):
            super().paint(painter, option, index)
            return
        cell = option.rect
        self._draw(painter, option.font, status, cell.left(), cell.top(), cell.width(),
                   cell.height())  # fmt: skip

    def paint_column(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        column: int,
        rows: range,
        x: int,
        top: int,
        width: int,
        height: int,
        pitch: int,
    ) -> None:
        status_of, font, y = self._status_of, option.font, top
        for row in rows:
            status = status_of(row)
            if status is not None:
                self._draw(painter, font, status, x, y, width, height)
            y += pitch

    def _draw(
        self, painter: QPainter, font: QFont, status: str, x: int, y: int, width: int, height: int
    ) -> None:
        # No panel: the view has filled the row's background (alternate or selected)
        # already, and the style would only fill the same colour again (ui/text_cells.py).
        known = (status, font.key())
        label = self._labels.get(known)
        if label is None:
            label = self._labels[known] = _Label(status, font)
        # The cell's centre as QRect::center() has it (rounded towards zero).
        centre = int((2 * y + height - 1) / 2)
        rect = QRectF(
            x + 8,
            centre - label.height / 2 + 0.5,
            min(label.width, width - 12),
            label.height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(label.background)
        painter.drawRoundedRect(rect, label.height / 2, label.height / 2)
        painter.setPen(label.foreground)
        painter.drawStaticText(
            QPointF(
                rect.center().x() - label.text_width / 2,
                # In whole pixels, rounded as drawText rounds a centred line.
                math.floor(rect.center().y() - label.text_height / 2 + 0.5),
            ),
            label.words,
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 24, max(hint.height(), option.fontMetrics.height() + 12))


class _Label:
    """A status's label for one font: its words laid out, its colours and its size."""

    __slots__ = (
        "background",
        "foreground",
        "height",
        "text_height",
        "text_width",
        "width",
        "words",
    )

    def __init__(self, status: str, font: QFont) -> None:
        foreground, background = STATUS_COLOURS.get(status, ("#111827", "#e5e7eb"))
        self.foreground, self.background = QColor(foreground), QColor(background)
        text = status_words(status)
        metrics = QFontMetrics(font)
        self.width = metrics.horizontalAdvance(text) + 16
        self.height = metrics.height() + 4
        self.words = QStaticText(text)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.prepare(font=font)
        # Centred as Qt centres a line: by its advance and the font's line height.
        self.text_width, self.text_height = metrics.horizontalAdvance(text), metrics.height()


def _brand_words(code: str) -> str:
    return _none_words() if code == NONE_KEY else brand_words(Brand.from_stripe(code))


def _key_words(key: str) -> str:
    """A cashier or register as the totals show it ("(none)" in the till's language)."""
    return _none_words() if key == NONE_KEY else key


def _none_words() -> str:
    return QCoreApplication.translate("DayTotals", "(none)", "no cashier, register or card")


#: How the History page writes a day ("Thu 3 Dec 2026"), in its line and its day picker.
DAY_FORMAT = "ddd d MMM yyyy"


def day_words(day: date) -> str:
    return date_text(day, DAY_FORMAT)


#: A cell of the totals table: never wrapped, so "€12.50" is never read as "€12.5" and "0".
_CELL = "padding: 0 12px 2px 0; white-space: nowrap"
#: Its right padding, in pixels (`totals_table_width`).
_CELL_PADDING = 12


def _totals_rows(totals: DayTotals) -> tuple[list[str], list[list[str]]]:
    """The totals table's header and, per currency, its cells' words (not escaped)."""
    head = [
        QCoreApplication.translate("DayTotals", "Currency"),
        QCoreApplication.translate("DayTotals", "Charges"),
        QCoreApplication.translate("DayTotals", "Succeeded"),
        QCoreApplication.translate("DayTotals", "Failed"),
        QCoreApplication.translate("DayTotals", "Gross"),
        QCoreApplication.translate("DayTotals", "Refunded"),
        QCoreApplication.translate("DayTotals", "Net"),
    ]
    rows = []
    for currency in totals.currencies():
        t = totals.totals[currency]
        rows.append(
            [
                currency.upper(),
                str(t.charges),
                str(t.succeeded),
                str(t.failed),
                *(format_amount(Money(v, currency)) for v in (t.gross, t.refunded, t.net)),
            ]
        )
    return head, rows


def totals_table_width(totals: DayTotals, font: QFont) -> int:
    """The width the totals table takes unwrapped in `font` (its header and the bold
    currency and net in bold), in pixels."""
    bold = QFont(font)
    bold.setBold(True)
    plain_metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
    head, rows = _totals_rows(totals)
    width = 0
    for column, title in enumerate(head):
        emphasised = column in (0, len(head) - 1)
        cells = [row[column] for row in rows]
        widest = max(
            bold_metrics.horizontalAdvance(title),
            *(
                (bold_metrics if emphasised else plain_metrics).horizontalAdvance(cell)
                for cell in cells
            ),
        )
        width += widest + _CELL_PADDING
    return width


def totals_html(totals: DayTotals, report: DayReport | None = None) -> str:
    """The day's figures as rich text: a row per currency, then the groups on a line each;
    with the whole day's `report`, how this till's journal compares with it."""

    def money(amount: int, currency: str) -> str:
        return html.escape(format_amount(Money(amount, currency)))

    titles, values = _totals_rows(totals)
    head = "".join(
        f"<th align='{'left' if i == 0 else 'right'}' style='{_CELL};color:#374151'>"
        f"{html.escape(h)}</th>"
        for i, h in enumerate(titles)
    )
    rows = []
    for cells_text in values:
        last = len(cells_text) - 1
        cells = [
            f"<td style='{_CELL}'><b>{html.escape(cells_text[0])}</b></td>",
            *(
                f"<td align='right' style='{_CELL}'>{html.escape(value)}</td>"
                for value in cells_text[1:last]
            ),
            f"<td align='right' style='{_CELL}'><b>{html.escape(cells_text[last])}</b></td>",
        ]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    lines = []
    if rows:
        lines.append(f"<table cellspacing='0'><tr>{head}</tr>{''.join(rows)}</table>")
    else:
        # Refunds of earlier sales on a day without charges of its own.
        no_charges = QCoreApplication.translate("DayTotals", "No charges on this day.")
        lines.append(f"<span style='color:#4b5563'>{html.escape(no_charges)}</span>")
    # Right under the table: what the bank deposit is made of comes before the breakdowns
    # (a short window scrolls these lines, the last ones first out of sight).
    journal = _journal_line(report) if report is not None else ""
    check = report.journal_check if report is not None else None
    if journal and (check is None or not check.agrees):
        lines.append(journal)  # what needs the manager's attention first
    for title, parts in (
        (QCoreApplication.translate("DayTotals", "Stripe fees"), _fees_words(totals)),
        (
            QCoreApplication.translate("DayTotals", "Refunds of earlier sales"),
            _earlier_refunds_words(totals),
        ),
    ):
        if parts:
            lines.append(
                f"<span style='color:#374151;font-weight:600'>{html.escape(title)}</span>"
                " &nbsp;"
                # Each currency's words kept together: a narrow window wraps between them.
                + " &nbsp;|&nbsp; ".join(html.escape(part).replace(" ", "&nbsp;") for part in parts)
            )
    if journal and check is not None and check.agrees:
        lines.append(journal)
    for title, table, words in (
        (QCoreApplication.translate("DayTotals", "By card"), totals.by_brand, _brand_words),
        (QCoreApplication.translate("DayTotals", "By cashier"), totals.by_cashier, _key_words),
        (QCoreApplication.translate("DayTotals", "By register"), totals.by_register, _key_words),
    ):
        per_currency = []
        for currency in totals.currencies():
            groups = table.get(currency, {})
            if groups:
                items = ", ".join(
                    f"{html.escape(words(key))} {group.count} · {money(group.gross, currency)}"
                    for key, group in sorted(groups.items())
                )
                per_currency.append(f"{currency.upper()}: {items}")
        if per_currency:
            lines.append(
                f"<span style='color:#374151;font-weight:600'>{html.escape(title)}</span> &nbsp;"
                + " &nbsp;|&nbsp; ".join(per_currency)
            )
    return "<br/>".join(lines)


#: How many charges of each kind of disagreement the line names; the rest are counted.
_NAMED = 3


def _journal_line(report: DayReport) -> str:
    """How this till's journal compares with Stripe's day: agrees (and how many), or each
    disagreement named by its order, amount and charge, in red; or why it was not compared."""
    title = html.escape(QCoreApplication.translate("DayTotals", "This till's journal"))
    check = report.journal_check
    if check is None:
        if report.journal_check_error is None:
            return ""
        words = QCoreApplication.translate("DayTotals", "not compared: {reason}").format(
            reason=report.journal_check_error
        )
        return f"<span style='color:#374151;font-weight:600'>{title}</span> &nbsp;" + html.escape(
            words
        )
    parts = []
    if check.agrees and check.matched == 0 and not check.still_open:
        # "agrees …: 0" read like a count of failures.
        parts.append(
            QCoreApplication.translate(
                "DayTotals", "nothing from this register on this day, in the journal or at Stripe"
            )
        )
    elif check.agrees:
        agrees = (
            QCoreApplication.translate(
                "DayTotals", "agrees with Stripe on this register's charges and refunds: {count}"
            )
            if check.refunds_compared
            else QCoreApplication.translate(
                "DayTotals", "agrees with Stripe on this register's charges: {count}"
            )
        )
        parts.append(agrees.format(count=check.matched))
    else:
        # Only the first few of each list are put in words (`_some_of`): on a day whose
        # journal is missing hundreds of charges, wording them all held the window for
        # milliseconds to show three.
        lists: tuple[tuple[str, list[_Named]], ...] = (
            (
                QCoreApplication.translate("DayTotals", "journaled, not at Stripe: {items}"),
                [
                    _Named(partial(_attempt_words, a), a.kind is AttemptKind.REFUND)
                    for a in check.not_at_stripe
                ],
            ),
            (
                QCoreApplication.translate("DayTotals", "at Stripe, not journaled: {items}"),
                [
                    _Named(
                        partial(_made_words, made, made.metadata.get("order_id")),
                        isinstance(made, Refund),
                    )
                    for made in check.not_journaled
                ],
            ),
            (
                QCoreApplication.translate("DayTotals", "different at Stripe: {items}"),
                [
                    _Named(partial(_difference_words, d), d.attempt.kind is AttemptKind.REFUND)
                    for d in check.different
                ],
            ),
        )
        for words, items in lists:
            if items:
                parts.append(words.format(items=_some_of(items)))
    if check.still_open:
        parts.append(
            QCoreApplication.translate("DayTotals", "still being checked: {count}").format(
                count=len(check.still_open)
            )
        )
    colour = "#374151" if check.agrees else "#b91c1c"
    text = " &nbsp;|&nbsp; ".join(html.escape(part) for part in parts)
    body = text if check.agrees else f"<span style='color:#b91c1c'>{text}</span>"
    return f"<span style='color:{colour};font-weight:600'>{title}</span> &nbsp;" + body


class _Named(NamedTuple):
    """One item of a journal list: its words, made only if it is among those named."""

    words: Callable[[], str]
    refund: bool


def _some_of(items: list[_Named]) -> str:
    """The first few items' words, and how many more (and how many of those are refunds,
    which a manager looks for elsewhere in the Dashboard than charges)."""
    shown = ", ".join(item.words() for item in items[:_NAMED])
    rest = items[_NAMED:]
    refunds = sum(1 for item in rest if item.refund)
    if refunds:
        shown += " " + QCoreApplication.translate(
            "DayTotals", "and {count} more, {refunds} of them refunds"
        ).format(count=len(rest), refunds=refunds)
    elif rest:
        shown += " " + QCoreApplication.translate("DayTotals", "and {count} more").format(
            count=len(rest)
        )
    return shown


def _difference_words(difference: Difference) -> str:
    return _attempt_words(difference.attempt) + " → " + _made_words(difference.at_stripe, None)


def _attempt_words(attempt: AttemptRecord) -> str:
    words = _object_words(attempt.order_id, attempt.money, attempt.stripe_id)
    return _refund_words(words) if attempt.kind is AttemptKind.REFUND else words


def _made_words(made: Made, order_id: str | None) -> str:
    """A charge or refund at Stripe, with its outcome when it took no money."""
    if isinstance(made, Refund):
        failed = made.status in (RefundStatus.FAILED, RefundStatus.CANCELED)
        note = QCoreApplication.translate("DayTotals", "(failed)") if failed else None
        return _refund_words(_object_words(order_id, made.amount, made.id, note=note))
    note = None if made.succeeded else QCoreApplication.translate("DayTotals", "(declined)")
    return _object_words(order_id, made.amount, made.id, note=note)


def _refund_words(words: str) -> str:
    return QCoreApplication.translate("DayTotals", "refund {words}").format(words=words)


def _object_words(
    order_id: str | None, money: Money | None, stripe_id: str | None, *, note: str | None = None
) -> str:
    """ "R1-000042 $12.50 (ch_…)": the order, the amount, Stripe's id."""
    words = " ".join(
        part for part in (order_id, format_amount(money) if money is not None else None) if part
    )
    if note:
        words += " " + note
    return f"{words} ({stripe_id})" if stripe_id else words


def _earlier_refunds_words(totals: DayTotals) -> list[str]:
    """The refunds made on the day of earlier days' sales, per currency (they are not in the
    table, and come out of the same payout), or that Stripe did not list them."""
    if not totals.earlier_refunds_read:
        return [QCoreApplication.translate("DayTotals", "not read: Stripe did not list them")]
    return [
        QCoreApplication.translate("DayTotals", "{currency}: {count} · {amount}").format(
            currency=currency.upper(),
            count=group.count,
            amount=format_amount(Money(group.gross, currency)),
        )
        for currency, group in sorted(totals.earlier_refunds.items())
    ]


def _fees_words(totals: DayTotals) -> list[str]:
    """Stripe's fees per settlement currency and what the charges add to the payouts (the
    bank deposit is made of these), or why they are not known."""
    parts = []
    # In the order of the lines above (most charges first), then currencies only settled in.
    shown = totals.currencies()
    order = [c for c in shown if c in totals.fees] + sorted(set(totals.fees) - set(shown))
    for currency in order:
        fees = totals.fees[currency]
        words = f"{currency.upper()}: {format_amount(Money(fees.fee, currency))}"
        if fees.after_refunds is not None:
            words += " · " + QCoreApplication.translate(
                "DayTotals", "after fees and refunds {amount}"
            ).format(amount=format_amount(Money(fees.after_refunds, currency)))
        parts.append(words)
    if totals.unsettled and not parts:
        # Not one charge's balance transaction was read: a restricted key without it.
        parts.append(
            QCoreApplication.translate(
                "DayTotals", "not shown: the API key may not read balance transactions"
            )
        )
    elif totals.unsettled:
        # A count after a colon, not Qt's %n plural: lupdate gives a plural only to tr().
        parts.append(
            QCoreApplication.translate(
                "DayTotals", "charges without Stripe's figures yet: {count}"
            ).format(count=totals.unsettled)
        )
    return parts
