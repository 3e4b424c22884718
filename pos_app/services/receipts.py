"""Receipts: what one is made of, and its 80 mm HTML from the template in resources/.

A receipt holds only what Stripe returned about the card (brand and last four): never a
number or a CVC, which the charge flow has already forgotten.
"""

from __future__ import annotations

import html
import re
import string
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pos_app.domain.keys import Mode
from pos_app.domain.models import Charge
from pos_app.domain.money import Money, format_money

from .assets import resource_path

__all__ = ["Receipt", "ReceiptService", "ShopDetails"]


@dataclass(frozen=True, slots=True)
class ShopDetails:
    """The header and footer of every receipt, from the setup dialog."""

    business_name: str
    business_address: str = ""
    footer: str = "Thank you!"


@dataclass(frozen=True, slots=True)
class Receipt:
    shop: ShopDetails
    register_id: str
    cashier: str
    issued_at: datetime  # aware, local time of the till
    amount: Money
    card: str  # e.g. "VISA •••• 4242"
    order_id: str
    description: str
    charge_id: str
    status: str
    mode: Mode


class ReceiptService:
    """Builds receipts from charges and renders them; knows where PDFs go by default."""

    def __init__(
        self,
        shop: ShopDetails,
        *,
        register_id: str,
        mode: Mode,
        receipts_dir: Path,
        template: Path | None = None,
    ) -> None:
        self.shop = shop
        self.register_id = register_id
        self.mode = mode
        self.receipts_dir = receipts_dir
        self._template = string.Template(
            (template or resource_path("receipt.html")).read_text(encoding="utf-8")
        )

    def build(self, charge: Charge, *, cashier: str, order_id: str | None = None) -> Receipt:
        card = charge.card.masked if charge.card is not None else "Card"
        status = "APPROVED" if charge.succeeded else charge.status.upper()
        if charge.amount_refunded.amount:
            status = "REFUNDED" if charge.refunded else "PARTLY REFUNDED"
        return Receipt(
            shop=self.shop,
            register_id=self.register_id,
            cashier=cashier,
            issued_at=charge.created.astimezone(),
            amount=charge.amount,
            card=card,
            order_id=order_id or charge.metadata.get("order_id", ""),
            description=charge.description or "",
            charge_id=charge.id,
            status=status,
            mode=self.mode,
        )

    def render_html(self, receipt: Receipt) -> str:
        e = html.escape
        banner = ""
        if receipt.mode is not Mode.LIVE:
            label = f"{receipt.mode.value} — NOT A REAL PAYMENT"
            banner = f'<p class="center"><span class="mode">{e(label)}</span></p>'
        description = ""
        if receipt.description:
            description = f"<p>{e(receipt.description)}</p>"
        return self._template.substitute(
            business_name=e(receipt.shop.business_name),
            business_address_html="<br/>".join(
                e(line) for line in receipt.shop.business_address.splitlines() if line.strip()
            ),
            mode_banner=banner,
            date=e(receipt.issued_at.strftime("%Y-%m-%d")),
            time=e(receipt.issued_at.strftime("%H:%M:%S")),
            register_id=e(receipt.register_id),
            cashier=e(receipt.cashier),
            order_id=e(receipt.order_id),
            description_html=description,
            amount=e(format_money(receipt.amount)),
            card=e(receipt.card),
            status=e(receipt.status),
            charge_id=e(receipt.charge_id),
            footer_html="<br/>".join(e(line) for line in receipt.shop.footer.splitlines()),
        )

    def render_text(self, receipt: Receipt) -> str:
        """A plain-text rendering (logs of what was handed over, tests, e-mail bodies)."""
        lines = [receipt.shop.business_name, *receipt.shop.business_address.splitlines()]
        if receipt.mode is not Mode.LIVE:
            lines.append(f"*** {receipt.mode.value} ***")
        lines += [
            f"{receipt.issued_at:%Y-%m-%d %H:%M:%S}",
            f"Register {receipt.register_id}  Cashier {receipt.cashier}",
            f"Order {receipt.order_id}",
            receipt.description,
            f"TOTAL {format_money(receipt.amount)}",
            f"{receipt.card}  {receipt.status}",
            receipt.charge_id,
        ]
        return "\n".join(line for line in lines if line)

    def default_pdf_path(self, receipt: Receipt) -> Path:
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{receipt.order_id}-{receipt.charge_id}")
        return self.receipts_dir / f"receipt-{safe}.pdf"
