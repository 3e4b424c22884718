"""Serve localstripe 1.15.10 on 127.0.0.1 only, in memory, with no access log.

Its own CLI binds every interface and loads/pickles the whole store to ``localstripe.pickle``
in the system temp folder (docs/emulators.md §1, §8). This launcher never loads that file and
patches ``Store.dump_to_disk`` to a no-op, so nothing is written and runs never share state.

Usage: ``python localstripe_loopback.py [--port 0]``; prints ``listening on http://127.0.0.1:PORT``.
"""

from __future__ import annotations

import argparse
import socket

from aiohttp import web
from localstripe import resources
from localstripe.server import app


def _no_dump(self: object) -> None:
    """Keep the store in memory only (docs/emulators.md §8)."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    args = parser.parse_args()

    resources.Store.dump_to_disk = _no_dump

    # Binding here (not in run_app) lets port 0 work and the real port be announced.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", args.port))
    port = sock.getsockname()[1]
    print(f"listening on http://127.0.0.1:{port}", flush=True)
    web.run_app(app, sock=sock, access_log=None, print=None)


if __name__ == "__main__":
    main()
