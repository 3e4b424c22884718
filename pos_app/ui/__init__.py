"""The PySide6 user interface, the only layer that imports Qt; services run through ui/ops.py."""
