"""Receipts: a sale's receipt laid out and rendered as text and HTML, and its 80 mm PDF.

The receipt is built from a real charge of the sandbox (parsed by the gateway), by the same
ReceiptService the till uses; the PDF is written exactly as the receipt dialog's "Save as PDF"
does, through Qt's PDF printer on an 80 mm roll page as long as the receipt
(pos_app/ui/receipt_printing.py).
"""

from __future__ import annotations

from pathlib import Path

from pos_app.domain.keys import Mode
from pos_app.gateway import GatewayConfig, StripeGateway
from pos_app.services.receipts import ReceiptService, ShopDetails

from .common import AMOUNT, CASHIER, REGISTER, SECRET_KEY, Plan, Section, new_key, visa_card
from .measure import Row, interleaved

__all__ = ["receipt_section"]


def receipt_section(base_url: str, work: Path, plan: Plan) -> Section:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from pos_app.ui.receipt_printing import print_receipt_html

    QApplication.instance() or QApplication(["bench"])
    with StripeGateway(GatewayConfig(secret_key=SECRET_KEY, api_base=base_url)) as gateway:
        token = gateway.create_token(visa_card(), idempotency_key=new_key())
        key = new_key()
        charge = gateway.create_charge(
            amount=AMOUNT,
            source=token.id,
            description="2 coffees, 1 croissant",
            metadata={"order_id": "R1-000042", "register_id": REGISTER, "cashier": CASHIER,
                      "attempt_key": key},
            idempotency_key=key,
        )  # fmt: skip
    service = ReceiptService(
        ShopDetails(
            "Corner Bakery",
            business_address="1 Market Street\nSpringfield",
            footer="Thank you!",
            tax_id="VAT GB123456789",
        ),
        register_id=REGISTER,
        mode=Mode.TEST,
        receipts_dir=work / "receipts-pdf",
    )
    target = work / "receipt.pdf"

    def text() -> None:
        service.render_text(service.build(charge, cashier=CASHIER))

    def html() -> None:
        service.render_html(service.build(charge, cashier=CASHIER))

    def pdf() -> None:
        receipt = service.build(charge, cashier=CASHIER)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        print_receipt_html(printer, service.render_html(receipt), "receipt")

    per_round = 10
    base, rich, written = interleaved(
        [
            ("receipt built and rendered as text (40 columns)", text),
            ("receipt built and rendered as HTML (the dialog's template)", html),
            ("receipt built, rendered and written as an 80 mm PDF (Qt)", pdf),
        ],
        rounds=max(1, plan.receipts // per_round),
        per_round=per_round,
        warmup=3,
    )
    ms = 1e3
    size = target.stat().st_size
    return Section(
        "Receipts: rendering, and the 80 mm PDF",
        [[Row(base), Row(rich, base), Row(written, base)]],
        notes=[
            f"A receipt is laid out and rendered in {base.median * ms:.2f} ms as text and "
            f"{rich.median * ms:.2f} ms as HTML; writing its 80 mm PDF takes "
            f"{written.median * ms:.1f} ms (median; p90 {written.p90 * ms:.1f} ms), "
            f"{size / 1024:.0f} KiB, once per Save as PDF or print."
        ],
    )
