"""The shop's stored settings file (never the API keys) and the manager PIN hash."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pos_app.domain.errors import StorageError, ValidationError
from pos_app.domain.i18n import translate
from pos_app.domain.money import exponent
from pos_app.domain.printers import PrinterTarget
from pos_app.domain.records import as_dict, field, fields, frozen_record
from pos_app.storage.json_text import loads

if TYPE_CHECKING:
    # Imported where they are needed: reading the settings before the first paint needs none.
    from datetime import date, datetime

__all__ = [
    "DEFAULT_RECEIPT_FOOTER",
    "PIN_ITERATIONS",
    "Settings",
    "SettingsStore",
    "default_receipt_footer",
    "hash_pin",
    "validate_currency",
    "validate_locale",
    "validate_pin",
    "validate_register_id",
    "verify_pin",
]

SETTINGS_VERSION = 1
#: The footer a shop starts with, in English; `default_receipt_footer` offers it in the till's
#: language. Once saved, the footer is the shop's own text and is never translated again.
DEFAULT_RECEIPT_FOOTER = "Thank you for your purchase!"
# OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.2 s on a till, paid once per check.
PIN_ITERATIONS = 600_000
#: The longest business name and address the setup accepts (storage/setup.py), and the
#: environment's overrides too (storage/config.py).
BUSINESS_NAME_MAX = 80
BUSINESS_ADDRESS_MAX = 300
# Compiled (and cached by `re`) when a PIN is first checked, never before the first paint.
_PIN_RE = r"^[0-9]{4,8}$"
_PIN_SCHEME = "pbkdf2_sha256"
# Register ids end up in order numbers and Stripe metadata: keep them short and plain (an
# ASCII letter or digit, then up to 15 of those, "-" or "_"). Checked with string tests, not a
# regular expression: settings are read before the first paint, where compiling a pattern
# costs the start a fraction of a millisecond (docs/benchmarks.md).
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_REGISTER_CHARS = _ALNUM | {"-", "_"}
# A locale name as Qt and CLDR spell them: "de_DE", "sr_Latn_RS", "es_419"; "" is the system's.
# Compiled (and cached by `re`) when a locale is first named: most tills use the computer's.
_LOCALE_RE = r"^[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|[0-9]{3}))?$"


def default_confirm_above(currency: str) -> int:
    """Charges above this many minor units ask the cashier to confirm the amount: 1,000 in
    the currency's major units (100,000 where there are no minor units, such as yen)."""
    exp = exponent(currency)
    return 100_000 if exp == 0 else 1000 * 10**exp


def default_receipt_footer() -> str:
    """DEFAULT_RECEIPT_FOOTER in the till's language (English until one is installed)."""
    return translate("Receipts", "Thank you for your purchase!")


def validate_pin(pin: str) -> str:
    """The PIN itself when it is 4 to 8 digits, else ValidationError("manager_pin")."""
    if not re.match(_PIN_RE, pin):
        raise ValidationError(
            "manager_pin", translate("Configuration", "the manager PIN must be 4 to 8 digits")
        )
    return pin


def validate_register_id(register_id: str) -> str:
    """A register id usable in order numbers ("R1", "front-2")."""
    plain = _REGISTER_CHARS.issuperset(register_id)
    if not (0 < len(register_id) <= 16 and register_id[0] in _ALNUM and plain):
        raise ValidationError(
            "register_id",
            translate(
                "Configuration",
                "use 1 to 16 letters, digits, '-' or '_', starting with a letter or digit",
            ),
        )
    return register_id


def validate_currency(currency: str, field: str = "currency") -> str:
    """A lowercase three-letter ISO code (docs/stripe.md §4.6: Stripe wants lowercase)."""
    code = currency.strip().lower()
    # Three ASCII lowercase letters (string tests: this runs before the first paint too).
    if not (len(code) == 3 and code.isascii() and code.isalpha() and code.islower()):
        raise ValidationError(
            field,
            translate("Configuration", "use a three-letter currency code such as usd or eur"),
        )
    return code


def validate_locale(name: str, field: str = "locale") -> str:
    """A locale name such as "de_DE", or "" for the computer's own."""
    if name and not re.match(_LOCALE_RE, name):
        raise ValidationError(
            field,
            translate("Configuration", "use a locale name such as de_DE, or none for the system's"),
        )
    return name


def hash_pin(pin: str, *, iterations: int = PIN_ITERATIONS) -> str:
    """PBKDF2-HMAC-SHA256 of the PIN with a fresh random salt, as one self-describing string."""
    # hashlib, hmac and secrets load OpenSSL (~5 ms): imported by the PIN's first check, not
    # with the settings the till reads before its window paints (docs/architecture.md).
    import hashlib
    import secrets

    validate_pin(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return "$".join((_PIN_SCHEME, str(iterations), _b64(salt), _b64(digest)))


def verify_pin(pin: str, stored_hash: str | None) -> bool:
    """True when the PIN matches; a malformed PIN or hash is simply no match."""
    if not stored_hash or not re.match(_PIN_RE, pin):
        return False
    try:
        scheme, iterations_text, salt_text, digest_text = stored_hash.split("$")
        iterations = int(iterations_text)
        salt = base64.b64decode(salt_text, validate=True)
        expected = base64.b64decode(digest_text, validate=True)
    except ValueError:
        return False
    if scheme != _PIN_SCHEME or not 1 <= iterations <= 10_000_000:
        return False
    import hashlib  # see hash_pin
    import hmac

    actual = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return hmac.compare_digest(actual, expected)


def _utc_now() -> datetime:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@frozen_record
class Settings:
    """What the shop owner set up; API keys live in the SecretStore, never here."""

    business_name: str = ""
    business_address: str = ""  # several lines, as printed on receipts
    register_id: str = "R1"
    default_currency: str = "usd"
    #: Settings never saved (no file, or a file from before the footer) offer the default in
    #: the till's language at the moment they are read; a saved footer is kept as typed.
    receipt_footer: str = field(default_factory=default_receipt_footer)
    manager_pin_hash: str | None = None
    #: ISO date (YYYY-MM-DD) on which a manager last confirmed "yes, charge live today".
    live_confirmed_on: str | None = None
    #: Chosen at setup: without keys, the till starts against the local training sandbox.
    training_mode: bool = False
    #: Charges above this many minor units ask the cashier to confirm the amount first
    #: (None: the default for the currency, storage/setup.py `default_confirm_above`).
    confirm_above: int | None = None
    #: The shop's IANA time zone for the day's history and report; "" is the computer's own.
    timezone: str = ""
    #: The shop's tax (VAT, GST, EIN…) number, printed under the address when set.
    tax_id: str = ""
    #: Where receipts print, one line (domain/printers.py `PrinterTarget.spec`).
    receipt_printer: str = "ask"
    #: Print the receipt of every approved charge at once (never a reprint unless asked).
    auto_print: bool = False
    #: Thermal printers: cut the paper after the receipt.
    cut_paper: bool = True
    #: Thermal printers: open the cash drawer with the receipt of a sale.
    open_drawer: bool = False
    #: How amounts are written and read on the screens and receipts ("de_DE"); "" is the
    #: computer's own (ui/amounts.py). Never the number of decimals, which is Stripe's.
    locale: str = ""
    #: The till's and its receipts' language (domain/i18n.py LANGUAGES); "" is the system's.
    language: str = ""

    def __post_init__(self) -> None:
        validate_register_id(self.register_id)
        if validate_currency(self.default_currency, "default_currency") != self.default_currency:
            raise ValidationError("default_currency", "the currency code must be lowercase")
        if self.confirm_above is not None and (
            isinstance(self.confirm_above, bool) or self.confirm_above <= 0
        ):
            raise ValidationError("confirm_above", "expected a whole number of minor units above 0")
        PrinterTarget.parse(self.receipt_printer)  # the settings form's rules, in one place
        validate_locale(self.locale)
        if self.live_confirmed_on is not None:
            from datetime import date

            try:
                date.fromisoformat(self.live_confirmed_on)
            except ValueError:
                raise ValidationError("live_confirmed_on", "expected a date YYYY-MM-DD") from None

    @property
    def printer(self) -> PrinterTarget:
        return PrinterTarget.parse(self.receipt_printer)

    @property
    def has_manager_pin(self) -> bool:
        return bool(self.manager_pin_hash)

    def live_confirmed_for(self, day: date) -> bool:
        """True when live charging was confirmed on that day."""
        return self.live_confirmed_on == day.isoformat()

    def to_json(self) -> dict[str, Any]:
        return {"version": SETTINGS_VERSION, **as_dict(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Settings:
        """Known fields only: a newer file's extra fields are ignored, missing ones default."""
        kinds = {f.name: f.type for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in kinds}
        for key, value in values.items():
            kind = str(kinds[key])
            if value is None:
                continue
            if kind == "bool" and not isinstance(value, bool):
                raise ValidationError(key, "expected a yes/no value")
            if kind.startswith("int") and (isinstance(value, bool) or not isinstance(value, int)):
                raise ValidationError(key, "expected a whole number")
            if kind.startswith("str") and not isinstance(value, str):
                raise ValidationError(key, "expected text")
        return cls(**values)


class SettingsStore:
    """Reads and atomically writes settings.json."""

    def __init__(self, path: Path, *, clock: Callable[[], datetime] = _utc_now) -> None:
        self._path = Path(path)
        self._clock = clock  # stamps the name of a damaged file moved aside

    @property
    def path(self) -> Path:
        return self._path

    def load(self) -> Settings:
        """The stored settings; defaults when there is no file yet.

        A damaged or unreadable file is moved aside with the time (storage/quarantine.py),
        never overwritten, and the defaults are returned: start-up tells the manager what
        was moved where, so what the owner typed can be restored from it.
        """
        try:
            text = self._path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            return self._move_aside(f"unreadable: {reason}")
        try:
            data = loads(text)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            return Settings.from_json(data)
        except ValidationError as exc:
            return self._move_aside(f"invalid value for {exc.field}: {exc.message}")
        except (ValueError, TypeError) as exc:
            return self._move_aside(f"damaged: {exc}")

    def _move_aside(self, reason: str) -> Settings:
        # Here: a till whose settings read well never needs it before its first paint.
        from pos_app.storage.quarantine import move_aside

        move_aside(self._path, reason=reason, what="the settings file", clock=self._clock)
        return Settings()

    def save(self, settings: Settings) -> None:
        """Replace the file all at once, synced to disk (storage/atomic_file.py)."""
        import json  # here: reading needs none of it (storage/json_text.py)

        from pos_app.storage.atomic_file import replace_text

        text = json.dumps(settings.to_json(), indent=2, sort_keys=True) + "\n"
        try:
            replace_text(self._path, text, durable=True)
        except OSError as exc:
            raise StorageError(
                translate(
                    "StorageErrors",
                    "Could not save the settings to {path}: {reason}. "
                    "The previous settings are unchanged.",
                ).format(path=self._path, reason=exc.strerror or exc)
            ) from exc
