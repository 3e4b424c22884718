"""The rules of the till's setup, in one place: what the setup and settings dialogs may save.

`validate_setup` says, per field, what is wrong with what the owner typed; the first-run setup
dialog, the settings dialog (through services/setup.py, as the charge page goes through the
charge service) and `config.save_setup` all ask it, so a value one of them accepts is never
refused by another later (a register name with a space once passed the dialog and then failed
when the settings were built).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from pos_app.domain import records
from pos_app.domain.errors import ValidationError
from pos_app.domain.i18n import LANGUAGES, translate
from pos_app.domain.keys import KeyKind, key_kind, mode_for_key
from pos_app.domain.money import MAX_CHARGE_AMOUNT
from pos_app.domain.printers import PRINTER_FIELDS, PrinterKind, PrinterTarget, printer_problems

from .settings import (
    BUSINESS_ADDRESS_MAX,
    BUSINESS_NAME_MAX,
    Settings,
    default_confirm_above,
    default_receipt_footer,
    hash_pin,
    validate_currency,
    validate_locale,
    validate_pin,
    validate_register_id,
)

__all__ = [
    "BUSINESS_ADDRESS_MAX",
    "BUSINESS_NAME_MAX",
    "RECEIPT_FIELDS",
    "RECEIPT_FOOTER_LINES",
    "RECEIPT_FOOTER_MAX",
    "SETUP_FIELDS",
    "TAX_ID_MAX",
    "SetupForm",
    "apply_setup",
    "default_confirm_above",
    "first_problem",
    "publishable_key_problem",
    "receipt_problems",
    "secret_key_problem",
    "validate_setup",
]

TAX_ID_MAX = 40
RECEIPT_FOOTER_MAX = 300
#: A footer longer than this would make every receipt a hand longer.
RECEIPT_FOOTER_LINES = 6
#: The receipt's part of the form (the settings dialog's "Receipts and printer" tab).
RECEIPT_FIELDS = (
    "tax_id",
    "receipt_footer",
    *PRINTER_FIELDS,
    "auto_print",
    "cut_paper",
    "open_drawer",
)
#: Field keys, in the order the dialogs show them (the first problem gets the focus).
SETUP_FIELDS = (
    "secret_key",
    "publishable_key",
    "business_name",
    "business_address",
    "register_id",
    "currency",
    "locale",
    "language",
    "confirm_above",
    "manager_pin",
    "pin_confirm",
    *RECEIPT_FIELDS,
)
_SECRET_KINDS = (KeyKind.SECRET, KeyKind.RESTRICTED)


@dataclass(frozen=True, slots=True)
class SetupForm:
    """What the owner typed in the setup or settings dialog; keys and PIN hidden from repr.

    An empty `secret_key` in the settings dialog keeps the stored keys; an empty
    `manager_pin` there keeps the stored PIN. `confirm_above` is in minor units of `currency`
    (None: the default for the currency).
    """

    training: bool = False
    secret_key: str = field(default="", repr=False)
    publishable_key: str = field(default="", repr=False)
    business_name: str = ""
    business_address: str = ""
    register_id: str = ""
    currency: str = "usd"
    language: str = ""  # "" is the system's
    manager_pin: str = field(default="", repr=False)
    pin_confirm: str = field(default="", repr=False)
    confirm_above: int | None = None
    tax_id: str = ""
    receipt_footer: str = field(default_factory=default_receipt_footer)
    printer_kind: str = PrinterKind.ASK.value
    printer_name: str = ""
    printer_usb: str = ""  # "04b8:0202"
    printer_host: str = ""
    printer_port: str = ""  # empty: 9100
    auto_print: bool = False
    cut_paper: bool = True
    open_drawer: bool = False
    locale: str = ""  # "" is the computer's own

    def printer(self) -> PrinterTarget:
        """The printer the form names; validate first (raises the first problem)."""
        return PrinterTarget.from_fields(
            printer_kind=self.printer_kind,
            printer_name=self.printer_name,
            printer_usb=self.printer_usb,
            printer_host=self.printer_host,
            printer_port=self.printer_port,
        )

    def with_printer(self, target: PrinterTarget) -> SetupForm:
        """This form with the printer fields of a stored printer (the inverse of `printer`)."""
        usb = target.kind is PrinterKind.USB
        network = target.kind is PrinterKind.NETWORK
        return dataclasses.replace(
            self,
            printer_kind=target.kind.value,
            printer_name=target.name,
            printer_usb=target.spec.removeprefix("usb:") if usb else "",
            printer_host=target.host,
            printer_port=str(target.port) if network else "",
        )


def secret_key_problem(key: str) -> str | None:
    """Why `key` cannot be this till's secret key, in a sentence; None when it can."""
    key = key.strip()
    if not key:
        return translate("SetupRules", "Paste the secret key (sk_…) or a restricted key (rk_…).")
    kind = key_kind(key)
    if kind is KeyKind.PUBLISHABLE:
        return translate(
            "SetupRules",
            "This is the publishable key (pk_…). Paste the secret key (sk_… or rk_…) here.",
        )
    if kind not in _SECRET_KINDS:
        return translate("SetupRules", "This is not a secret (sk_…) or restricted (rk_…) key.")
    return None


def publishable_key_problem(key: str, secret_key: str) -> str | None:
    """Why `key` cannot go with `secret_key`; None when it can (or when it is empty)."""
    key = key.strip()
    if not key:
        return None
    if key_kind(key) is not KeyKind.PUBLISHABLE:
        return translate("SetupRules", "A publishable key starts with pk_test_ or pk_live_.")
    if key_kind(secret_key.strip()) in _SECRET_KINDS and mode_for_key(key) != mode_for_key(
        secret_key
    ):
        return translate("SetupRules", "Both keys must be test keys, or both live keys.")
    return None


def validate_setup(
    form: SetupForm, *, require_keys: bool = True, require_pin: bool = True
) -> dict[str, str]:
    """Every field's problem, keyed as SETUP_FIELDS; empty when the form can be saved.

    `require_keys`: a Stripe account is chosen and no keys are stored yet (first run).
    Keys typed in are always checked, required or not. `require_pin`: the first run sets the
    manager PIN; elsewhere a PIN typed in changes it and must be confirmed.
    """
    errors: dict[str, str] = {}
    if not form.training and (require_keys or form.secret_key.strip()):
        problem = secret_key_problem(form.secret_key)
        if problem:
            errors["secret_key"] = problem
    if not form.training:
        problem = publishable_key_problem(form.publishable_key, form.secret_key)
        if problem:
            errors["publishable_key"] = problem
    name = form.business_name.strip()
    if not name:
        errors["business_name"] = translate(
            "SetupRules", "Enter the business name printed on receipts."
        )
    elif len(name) > BUSINESS_NAME_MAX:
        errors["business_name"] = translate(
            "SetupRules", "Keep the business name under {count} characters."
        ).format(count=BUSINESS_NAME_MAX)
    if len(form.business_address.strip()) > BUSINESS_ADDRESS_MAX:
        errors["business_address"] = translate(
            "SetupRules", "Keep the address under {count} characters."
        ).format(count=BUSINESS_ADDRESS_MAX)
    register = form.register_id.strip()
    if not register:
        errors["register_id"] = translate("SetupRules", "Name this register, e.g. FRONT-1.")
    else:
        try:
            validate_register_id(register)
        except ValidationError:
            errors["register_id"] = translate(
                "SetupRules", "Use letters, digits, - and _ only (no spaces), up to 16."
            )
    try:
        validate_currency(form.currency)
    except ValidationError:
        errors["currency"] = translate("SetupRules", "Choose the currency this till charges in.")
    if form.language and form.language not in LANGUAGES:
        errors["language"] = translate("SetupRules", "Choose a language from the list.")
    try:
        validate_locale(form.locale)
    except ValidationError:
        errors["locale"] = translate("SetupRules", "Choose how amounts are written from the list.")
    if form.confirm_above is not None and form.confirm_above <= 0:
        errors["confirm_above"] = translate("SetupRules", "Type an amount above zero.")
    elif form.confirm_above is not None and form.confirm_above > MAX_CHARGE_AMOUNT:
        errors["confirm_above"] = translate("SetupRules", "That is above the largest card charge.")
    errors.update(receipt_problems(form))
    if require_pin or form.manager_pin or form.pin_confirm:
        try:
            validate_pin(form.manager_pin)
        except ValidationError:
            errors["manager_pin"] = translate("SetupRules", "The PIN is 4 to 8 digits.")
        else:
            if form.pin_confirm != form.manager_pin:
                errors["pin_confirm"] = translate(
                    "SetupRules", "The two PINs differ. Type the PIN again."
                )
    return errors


def receipt_problems(form: SetupForm) -> dict[str, str]:
    """The receipt's part of `validate_setup`: tax id, footer and printer."""
    errors: dict[str, str] = {}
    tax_id = form.tax_id.strip()
    if len(tax_id) > TAX_ID_MAX or "\n" in tax_id:
        errors["tax_id"] = translate(
            "SetupRules", "Keep the tax number on one line, under {count} characters."
        ).format(count=TAX_ID_MAX)
    footer = form.receipt_footer.strip()
    if len(footer) > RECEIPT_FOOTER_MAX:
        errors["receipt_footer"] = translate(
            "SetupRules", "Keep the footer under {count} characters."
        ).format(count=RECEIPT_FOOTER_MAX)
    elif len(footer.splitlines()) > RECEIPT_FOOTER_LINES:
        errors["receipt_footer"] = translate(
            "SetupRules", "Keep the footer to {count} lines or fewer."
        ).format(count=RECEIPT_FOOTER_LINES)
    errors.update(
        printer_problems(
            form.printer_kind,
            name=form.printer_name,
            usb=form.printer_usb,
            host=form.printer_host,
            port=form.printer_port,
        )
    )
    if form.auto_print and form.printer_kind == PrinterKind.ASK and "printer_kind" not in errors:
        errors["printer_kind"] = translate(
            "SetupRules", "Choose the receipt printer to print every receipt at once."
        )
    return errors


def first_problem(errors: dict[str, str]) -> ValidationError | None:
    """The first problem in the dialogs' order, as a ValidationError naming its field."""
    for key in SETUP_FIELDS:
        if key in errors:
            return ValidationError(key, errors[key])
    return None


def apply_setup(settings: Settings, form: SetupForm) -> Settings:
    """`settings` with what the form changes (everything but the keys); validate first.

    A PIN typed in is stored as a salted hash; an empty one keeps the stored hash.
    """
    changed = records.replace(
        settings,
        business_name=form.business_name.strip(),
        business_address="\n".join(
            line.rstrip() for line in form.business_address.strip().splitlines()
        ),
        register_id=form.register_id.strip(),
        default_currency=validate_currency(form.currency),
        training_mode=form.training,
        language=form.language,
        confirm_above=form.confirm_above,
        tax_id=form.tax_id.strip(),
        receipt_footer="\n".join(
            line.rstrip() for line in form.receipt_footer.strip().splitlines()
        ),
        receipt_printer=form.printer().spec,
        auto_print=form.auto_print,
        cut_paper=form.cut_paper,
        open_drawer=form.open_drawer,
        locale=form.locale,
    )
    if form.manager_pin:
        changed = records.replace(changed, manager_pin_hash=hash_pin(form.manager_pin))
    return changed
