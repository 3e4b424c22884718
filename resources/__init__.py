"""The till's read-only resources, installed as the package `pos_app.resources` (no code).

pyproject.toml maps this folder into the package; pos_app/services/assets.py reads it.
"""
