"""Pure domain: money, cards, attempts, value objects and the error tree. Standard library only.

Import from the modules themselves (`pos_app.domain.money`, `pos_app.domain.errors`, ...).
"""
