"""pos_app: a desktop point-of-sale till for shops that take card payments through Stripe."""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
