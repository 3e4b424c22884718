"""The gateway's settings: keys, base URL, pinned API version, timeouts and retry budget."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.keys import DEFAULT_API_BASE

__all__ = ["STRIPE_API_VERSION", "GatewayConfig"]

#: The one API version every request is pinned to (docs/stripe.md §1.4: "send a pinned
#: `Stripe-Version` on every request"). Objects are parsed for this shape, with tolerance
#: for the older shapes the emulators speak.
STRIPE_API_VERSION = "2024-06-20"


def _installed_version() -> str:
    # Imported here: reading the installed metadata is only needed once a gateway is built.
    import importlib.metadata

    try:
        return importlib.metadata.version("pos-app")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


@dataclass(frozen=True, slots=True)
class GatewayConfig:
    """How to reach Stripe. The keys are kept out of `repr` so a logged config leaks nothing."""

    secret_key: str = field(repr=False)
    publishable_key: str | None = field(default=None, repr=False)
    api_base: str = DEFAULT_API_BASE
    stripe_version: str = STRIPE_API_VERSION
    connect_timeout: float = 5.0
    # A till, not a batch job: 30 s instead of the SDKs' 80 s (docs/stripe.md §2.4). An
    # authorisation can take seconds; a time-out is retried with the same idempotency key.
    read_timeout: float = 30.0
    write_timeout: float = 30.0
    pool_timeout: float = 5.0
    # docs/stripe.md §2.1: two retries, the legacy stripe-python default.
    max_retries: int = 2
    app_name: str = "pos-app"
    app_version: str = field(default_factory=_installed_version)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must not be negative")
        object.__setattr__(self, "api_base", self.api_base.rstrip("/"))

    @property
    def user_agent_product(self) -> str:
        """`<app>/<version>`, the honest first product of the User-Agent (docs/stripe.md §1.6)."""
        return f"{self.app_name}/{self.app_version}"
