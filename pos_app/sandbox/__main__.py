"""`python -m pos_app.sandbox`: run the sandbox server (see server.py for the options)."""

from __future__ import annotations

from pos_app.sandbox.server import main

if __name__ == "__main__":
    raise SystemExit(main())
