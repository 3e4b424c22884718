"""The error tree drawn in pos_app/domain/errors.py is the tree the classes form."""

from __future__ import annotations

import inspect
import re

from pos_app.domain import errors


def drawn_tree() -> dict[str, str]:
    """Each class named in the docstring's drawing, mapped to the class drawn above it."""
    parents: dict[str, str] = {}
    stack: list[tuple[int, str]] = []  # (column of the name, name)
    for line in (errors.__doc__ or "").splitlines():
        match = re.match(r"^[\s│├└─]*([A-Z][A-Za-z]+)(?:\s|$)", line)
        if match is None or match.group(1) not in [*errors.__all__, "PosError"]:
            continue
        column = match.start(1)
        while stack and stack[-1][0] >= column:
            stack.pop()
        if stack:
            parents[match.group(1)] = stack[-1][1]
        stack.append((column, match.group(1)))
    return parents


def test_every_error_class_is_drawn_under_its_real_parent() -> None:
    drawn = drawn_tree()
    classes = {
        name: cls
        for name, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, errors.PosError) and cls is not errors.PosError
    }

    assert set(drawn) == set(classes), "a class is missing from the drawing, or drawn but gone"
    for name, cls in classes.items():
        assert drawn[name] == cls.__mro__[1].__name__, name
