"""The training sandbox: a local Stripe-compatible server (localstripe plus a compatibility layer).

`SandboxProcess` (stdlib only) is importable without localstripe installed; `main`, `run` and
`build_app` load localstripe and aiohttp on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .process import LOG_FILE, SandboxProcess, SandboxStartError

if TYPE_CHECKING:
    from .server import build_app, main, run

__all__ = ["LOG_FILE", "SandboxProcess", "SandboxStartError", "build_app", "main", "run"]

_SERVER_NAMES = {"build_app", "main", "run"}


def __getattr__(name: str) -> Any:
    # The till imports this package for SandboxProcess; the server's heavy imports (and the
    # optional localstripe dependency) are only needed in the child process.
    if name in _SERVER_NAMES:
        from . import server

        return getattr(server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
