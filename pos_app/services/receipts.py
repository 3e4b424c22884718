"""Receipts: one model of a receipt (sale or refund), its layout, and its HTML and text.

A receipt holds only what Stripe returned about the card (brand and last four) and how it
reached the till (keyed, swiped, card on file): never a number or a CVC, which the charge
flow has already forgotten. `ReceiptLayout` is what every rendering prints, in order — the
80 mm HTML of the preview, the PDF and the system printers (from the template in resources/),
the plain text, and the ESC/POS bytes of a thermal printer (services/escpos_receipt.py) — so
the renderings never disagree about what a receipt says. Its words are in the till's
language (domain/i18n.py), the shop's; names, ids and the owner's footer print as typed.
"""

from __future__ import annotations

import html
import re
import string
import textwrap
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum
from pathlib import Path

from pos_app.domain.cards import EntryMethod
from pos_app.domain.i18n import translate
from pos_app.domain.keys import Mode
from pos_app.domain.models import Charge, Refund, RefundStatus
from pos_app.domain.money import AmountFormat, Money, format_money

from .assets import resource_path

__all__ = [
    "Receipt",
    "ReceiptKind",
    "ReceiptLayout",
    "ReceiptLine",
    "ReceiptService",
    "ShopDetails",
    "short_reference",
]

#: Characters of a text receipt: what an 80 mm roll holds in a typical monospaced font.
TEXT_COLUMNS = 42


@dataclass(frozen=True, slots=True)
class ShopDetails:
    """The header and footer of every receipt, from the setup and settings dialogs."""

    business_name: str
    business_address: str = ""
    footer: str = "Thank you!"
    tax_id: str = ""


class ReceiptKind(StrEnum):
    SALE = "sale"
    REFUND = "refund"


@dataclass(frozen=True, slots=True)
class Receipt:
    shop: ShopDetails
    register_id: str
    cashier: str
    issued_at: datetime  # aware, local time of the till (of the refund, for a refund)
    amount: Money  # the sale's total, or the amount refunded
    card: str  # e.g. "VISA •••• 4242"
    order_id: str  # the sale's order (the original order, for a refund)
    description: str
    charge_id: str
    status: str
    mode: Mode
    entry: EntryMethod | None = None
    #: Stripe's `receipt_number` when it gave one, else a short reference of the object's id.
    reference: str = ""
    reference_from_stripe: bool = False
    kind: ReceiptKind = ReceiptKind.SALE
    refund_id: str = ""
    #: A refund's original sale: its total and when it was charged.
    original_amount: Money | None = None
    original_issued_at: datetime | None = None

    @property
    def is_refund(self) -> bool:
        return self.kind is ReceiptKind.REFUND


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    """A label on the left and its value on the right."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class ReceiptLayout:
    """What a receipt prints, top to bottom, in words; each rendering only decides the looks."""

    business_name: str
    address: tuple[str, ...]
    tax_line: str  # "" when the shop has no tax number
    banner: str  # "SANDBOX — NOT A REAL PAYMENT", or "" when live; printed top and bottom
    title: str  # "REFUND", or "" for a sale
    details: tuple[ReceiptLine, ...]
    description: str
    total: ReceiptLine
    payment: tuple[ReceiptLine, ...]
    status: str
    footer: tuple[str, ...]


def short_reference(object_id: str) -> str:
    """A short reference the customer can read out, from a Stripe id: its last 8 characters,
    in capitals (the History page finds the charge by it, ignoring case)."""
    tail = object_id.rsplit("_", 1)[-1][-8:].upper()
    return f"{tail[:4]}-{tail[4:]}" if len(tail) == 8 else tail


def receipt_layout(receipt: Receipt, fmt: AmountFormat = format_money) -> ReceiptLayout:
    """The one layout every rendering of `receipt` follows; `fmt` writes its amounts (the
    shop's locale, given by the composition root; the domain's own by default)."""
    shop = receipt.shop
    banner = (
        ""
        if receipt.mode is Mode.LIVE
        else translate("Receipts", "{mode} — NOT A REAL PAYMENT").format(mode=receipt.mode.value)
    )
    when = receipt.issued_at
    details = [
        ReceiptLine(translate("Receipts", "Date"), f"{when:%Y-%m-%d}"),
        ReceiptLine(translate("Receipts", "Time"), f"{when:%H:%M:%S}"),
        ReceiptLine(translate("Receipts", "Register"), receipt.register_id),
        ReceiptLine(translate("Receipts", "Cashier"), receipt.cashier),
    ]
    if receipt.is_refund:
        details.append(ReceiptLine(translate("Receipts", "Original order"), receipt.order_id))
        if receipt.original_issued_at is not None:
            details.append(
                ReceiptLine(
                    translate("Receipts", "Sold on"), f"{receipt.original_issued_at:%Y-%m-%d %H:%M}"
                )
            )
        if receipt.original_amount is not None:
            details.append(
                ReceiptLine(translate("Receipts", "Sale total"), fmt(receipt.original_amount))
            )
    else:
        details.append(ReceiptLine(translate("Receipts", "Order"), receipt.order_id))
    payment = [ReceiptLine(translate("Receipts", "Card"), receipt.card)]
    if receipt.entry is not None:
        payment.append(ReceiptLine(translate("Receipts", "Entry"), receipt.entry.words))
    if receipt.reference:
        label = (
            translate("Receipts", "Receipt no.")
            if receipt.reference_from_stripe
            else translate("Receipts", "Reference")
        )
        payment.append(ReceiptLine(label, receipt.reference))
    payment.append(ReceiptLine(translate("Receipts", "Charge"), receipt.charge_id))
    if receipt.refund_id:
        payment.append(ReceiptLine(translate("Receipts", "Refund"), receipt.refund_id))
    return ReceiptLayout(
        business_name=shop.business_name,
        address=tuple(line.strip() for line in shop.business_address.splitlines() if line.strip()),
        tax_line=(
            translate("Receipts", "Tax ID {tax_id}").format(tax_id=shop.tax_id.strip())
            if shop.tax_id.strip()
            else ""
        ),
        banner=banner,
        title=translate("Receipts", "REFUND") if receipt.is_refund else "",
        details=tuple(line for line in details if line.value),
        description=receipt.description,
        total=ReceiptLine(
            translate("Receipts", "REFUNDED")
            if receipt.is_refund
            else translate("Receipts", "TOTAL"),
            fmt(receipt.amount),
        ),
        payment=tuple(payment),
        status=receipt.status,
        footer=tuple(line.rstrip() for line in shop.footer.strip().splitlines()),
    )


def _refund_status(refund: Refund) -> str:
    if refund.status is RefundStatus.SUCCEEDED:
        return translate("Receipts", "REFUNDED")
    if refund.status in (RefundStatus.PENDING, RefundStatus.REQUIRES_ACTION):
        return translate("Receipts", "REFUND PENDING")
    if refund.status is RefundStatus.FAILED:
        return translate("Receipts", "REFUND FAILED")
    return translate("Receipts", "REFUND CANCELED")


class ReceiptService:
    """Builds receipts from charges and refunds and renders them; knows where PDFs go."""

    def __init__(
        self,
        shop: ShopDetails,
        *,
        register_id: str,
        mode: Mode,
        receipts_dir: Path,
        template: Path | None = None,
        format_amount: AmountFormat = format_money,
        zone: tzinfo | None = None,
    ) -> None:
        self.shop = shop
        #: The shop's time zone (POS_TIMEZONE, as History cuts its days; None: the computer's):
        #: a sale's receipt and its reprint from History give the same time.
        self.zone = zone
        #: How amounts are written on receipts: the shop's locale (passed in by app.py).
        self.format_amount = format_amount
        self.register_id = register_id
        self.mode = mode
        self.receipts_dir = receipts_dir
        self._template = string.Template(
            (template or resource_path("receipt.html")).read_text(encoding="utf-8")
        )

    def build(
        self,
        charge: Charge,
        *,
        cashier: str,
        order_id: str | None = None,
        entry: EntryMethod | None = None,
    ) -> Receipt:
        """The sale's receipt. `entry` is how the card was taken; without it, the charge's
        metadata says (a reprint), or a saved customer's charge was a card on file."""
        card = charge.card.masked if charge.card is not None else translate("Receipts", "Card")
        if charge.succeeded:
            status = translate("Receipts", "APPROVED")
        elif charge.status == "failed":
            status = translate("Receipts", "FAILED")
        elif charge.status == "pending":
            status = translate("Receipts", "PENDING")
        else:
            status = charge.status.upper()
        if charge.amount_refunded.amount:
            status = (
                translate("Receipts", "REFUNDED")
                if charge.refunded
                else translate("Receipts", "PARTLY REFUNDED")
            )
        if entry is None:
            entry = EntryMethod.from_metadata(charge.metadata.get("entry_method"))
        if entry is None and charge.customer:
            entry = EntryMethod.CARD_ON_FILE
        return Receipt(
            shop=self.shop,
            register_id=self.register_id,
            cashier=cashier,
            issued_at=charge.created.astimezone(self.zone),
            amount=charge.amount,
            card=card,
            order_id=order_id or charge.metadata.get("order_id", ""),
            description=charge.description or "",
            charge_id=charge.id,
            status=status,
            mode=self.mode,
            entry=entry,
            reference=charge.receipt_number or short_reference(charge.id),
            reference_from_stripe=bool(charge.receipt_number),
        )

    def build_refund(self, refund: Refund, charge: Charge, *, cashier: str) -> Receipt:
        """The customer's receipt for money given back on `charge`."""
        sale = self.build(charge, cashier=cashier)
        return Receipt(
            shop=self.shop,
            register_id=self.register_id,
            cashier=cashier,
            issued_at=refund.created.astimezone(self.zone),
            amount=refund.amount,
            card=sale.card,
            order_id=sale.order_id or charge.id,
            description=sale.description,
            charge_id=charge.id,
            status=_refund_status(refund),
            mode=self.mode,
            entry=sale.entry,
            reference=refund.receipt_number or short_reference(refund.id),
            reference_from_stripe=bool(refund.receipt_number),
            kind=ReceiptKind.REFUND,
            refund_id=refund.id,
            original_amount=charge.amount,
            original_issued_at=sale.issued_at,
        )

    def layout(self, receipt: Receipt) -> ReceiptLayout:
        return receipt_layout(receipt, self.format_amount)

    def render_html(self, receipt: Receipt) -> str:
        """The receipt on the 80 mm template (preview, PDF, system printers)."""
        layout = self.layout(receipt)
        e = html.escape

        def rows(lines: tuple[ReceiptLine, ...]) -> str:
            return "\n".join(
                f'  <tr><td class="label">{e(line.label)}</td>'
                f'<td class="value">{e(line.value)}</td></tr>'
                for line in lines
            )

        banner = ""
        if layout.banner:
            banner = f'<p class="center"><span class="mode">{e(layout.banner)}</span></p>'
        title = f'<p class="center"><span class="title">{e(layout.title)}</span></p>'
        # Under the name, the address and the tax number, each on its line; without either,
        # nothing (a line break with nothing after it printed a blank line).
        under_name = [e(line) for line in (*layout.address, layout.tax_line) if line]
        shop = f'<br/><span class="muted">{"<br/>".join(under_name)}</span>' if under_name else ""
        footer = "<br/>".join(e(line) for line in layout.footer)
        return self._template.substitute(
            business_name=e(layout.business_name),
            business_address_html=shop,
            mode_banner=banner,
            title_html=title if layout.title else "",
            detail_rows=rows(layout.details),
            description_html=f"<p>{e(layout.description)}</p>" if layout.description else "",
            total_label=e(layout.total.label),
            amount=e(layout.total.value),
            payment_rows=rows(layout.payment),
            status_label=e(translate("Receipts", "Status")),
            status=e(layout.status),
            footer_html=f'<p class="center muted">{footer}</p>' if footer else "",
        )

    def render_text(self, receipt: Receipt, columns: int = TEXT_COLUMNS) -> str:
        """A plain-text rendering (logs of what was handed over, tests, e-mail bodies)."""
        return "\n".join(text_lines(self.layout(receipt), columns))

    def default_pdf_path(self, receipt: Receipt) -> Path:
        name = f"{receipt.order_id}-{receipt.refund_id or receipt.charge_id}"
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", name)
        prefix = "refund" if receipt.is_refund else "receipt"
        return self.receipts_dir / f"{prefix}-{safe}.pdf"


def pair(label: str, value: str, columns: int) -> list[str]:
    """`label` on the left and `value` on the right of one line, or the value on the next
    line(s), right-aligned, when both do not fit."""
    if len(label) + 1 + len(value) <= columns:
        return [f"{label}{' ' * (columns - len(label) - len(value))}{value}"]
    wrapped = textwrap.wrap(value, columns) or [""]
    return [label, *(part.rjust(columns) for part in wrapped)]


def centred(text: str, columns: int) -> list[str]:
    return [part.center(columns).rstrip() for part in textwrap.wrap(text, columns)] or [""]


def text_lines(layout: ReceiptLayout, columns: int) -> list[str]:
    """The layout as lines of at most `columns` characters (text and thermal printers)."""
    rule = "-" * columns
    lines = centred(layout.business_name, columns)
    for line in (*layout.address, layout.tax_line):
        if line:
            lines += centred(line, columns)
    if layout.banner:
        lines += ["", *centred(f"*** {layout.banner} ***", columns)]
    if layout.title:
        lines += ["", *centred(layout.title, columns)]
    lines.append("")
    for row in layout.details:
        lines += pair(row.label, row.value, columns)
    lines.append(rule)
    if layout.description:
        lines += textwrap.wrap(layout.description, columns)
    lines += pair(layout.total.label, layout.total.value, columns)
    lines.append(rule)
    for row in layout.payment:
        lines += pair(row.label, row.value, columns)
    lines += pair(translate("Receipts", "Status"), layout.status, columns)
    if layout.banner:
        lines += ["", *centred(f"*** {layout.banner} ***", columns)]
    if layout.footer:
        lines.append("")
        for line in layout.footer:
            lines += centred(line, columns)
    return lines
