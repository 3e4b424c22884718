"""Immutable records for what the till reads before its window first paints.

`@dataclass` writes each class's `__init__`, `__eq__`, `__repr__` and `__hash__` as source
text and compiles it with `exec`, at every start: for the settings, the runtime
configuration, the folders and the till's identity that is a tenth of what the till spends
before its first paint beyond a bare Qt window (docs/architecture.md, "Start-up").
`@frozen_record` gives the same immutable, slotted value objects with methods written once
here, and type checkers read it as they read a frozen dataclass (`dataclass_transform`).

Records are not dataclasses: copy one with `replace`, list its fields with `fields`, turn it
into a dict with `as_dict` (all three from this module).
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, cast, dataclass_transform, overload

__all__ = [
    "RecordField",
    "as_dict",
    "field",
    "fields",
    "frozen_error",
    "frozen_record",
    "replace",
]

T = TypeVar("T")

_FIELDS = "__record_fields__"
#: The fields' values as one tuple (operator.attrgetter: read in C).
_VALUES = "__record_values__"


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


_MISSING: Any = _Missing()


class RecordField:
    """One field of a record: its name, its annotation (as written), its default."""

    __slots__ = ("default", "default_factory", "name", "repr", "type")

    def __init__(
        self,
        default: Any = _MISSING,
        default_factory: Callable[[], Any] | None = None,
        repr: bool = True,
    ) -> None:
        if default is not _MISSING and default_factory is not None:
            raise ValueError("a field takes a default or a default_factory, not both")
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.name = ""
        self.type: object = None

    @property
    def required(self) -> bool:
        return self.default is _MISSING and self.default_factory is None

    def __repr__(self) -> str:
        return f"RecordField({self.name!r}, type={self.type!r})"


def field(
    *,
    default: Any = _MISSING,
    default_factory: Callable[[], Any] | None = None,
    repr: bool = True,
) -> Any:
    """A field's default or default factory, and whether `repr` shows it (keys never)."""
    return RecordField(default, default_factory, repr)


@overload
def frozen_record(cls: type[T], /) -> type[T]: ...


@overload
def frozen_record(*, eq: bool = True) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(field, RecordField))
def frozen_record(cls: type[T] | None = None, /, *, eq: bool = True) -> Any:
    """Make `cls` an immutable record of its annotated fields, in their order: an `__init__`
    taking them by position or name (then `__post_init__`, when the class has one), slots,
    `__repr__`, and with `eq` (the default) `__eq__` and `__hash__` over the fields' values;
    without it, a record equals only itself."""

    def wrap(cls: type[T]) -> type[T]:
        return _build(cls, eq=eq)

    return wrap if cls is None else wrap(cls)


def _build(cls: type[T], *, eq: bool) -> type[T]:
    namespace = dict(cls.__dict__)
    found: list[RecordField] = []
    for name, annotation in namespace.get("__annotations__", {}).items():
        if "ClassVar" in str(annotation):
            continue
        value = namespace.pop(name, _MISSING)
        spec = value if isinstance(value, RecordField) else RecordField(default=value)
        spec.name = name
        spec.type = annotation
        if found and found[-1].required is False and spec.required:
            raise TypeError(f"non-default argument {name!r} follows default argument")
        found.append(spec)
    specs = tuple(found)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    namespace["__slots__"] = tuple(spec.name for spec in specs)
    namespace[_FIELDS] = specs
    namespace[_VALUES] = _values_getter(namespace["__slots__"])
    namespace["__match_args__"] = namespace["__slots__"]
    namespace["__init__"] = _initializer(specs, post_init="__post_init__" in namespace)
    namespace["__repr__"] = _repr
    namespace["__setattr__"] = _refuse_set
    namespace["__delattr__"] = _refuse_delete
    namespace["__replace__"] = replace  # copy.replace (Python 3.13)
    namespace["__reduce__"] = _reduce  # copy and pickle make it again through __init__
    if eq:
        namespace["__eq__"] = _eq
        namespace["__hash__"] = _hash
    metaclass: type = type(cls)
    return cast("type[T]", metaclass(cls.__name__, cls.__bases__, namespace))


def _values_getter(names: tuple[str, ...]) -> Callable[[object], tuple[Any, ...]]:
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda record: (one(record),)
    return lambda record: ()


def _initializer(specs: tuple[RecordField, ...], *, post_init: bool) -> Callable[..., None]:
    names = tuple(spec.name for spec in specs)
    known = frozenset(names)
    count = len(names)
    set_value = object.__setattr__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > count:
            raise TypeError(
                f"{type(self).__name__}() takes {count} positional arguments "
                f"but {len(args)} were given"
            )
        for name, value in zip(names, args, strict=False):
            set_value(self, name, value)
        for name, value in kwargs.items():
            if name not in known:
                raise TypeError(
                    f"{type(self).__name__}() got an unexpected keyword argument {name!r}"
                )
            if names.index(name) < len(args):
                raise TypeError(f"{type(self).__name__}() got multiple values for {name!r}")
            set_value(self, name, value)
        for spec in specs[len(args) :]:
            if spec.name in kwargs:
                continue
            if spec.default_factory is not None:
                set_value(self, spec.name, spec.default_factory())
            elif spec.default is not _MISSING:
                set_value(self, spec.name, spec.default)
            else:
                raise TypeError(f"{type(self).__name__}() missing required argument: {spec.name!r}")
        if post_init:
            self.__post_init__()

    return __init__


def _values(record: Any) -> tuple[Any, ...]:
    values: tuple[Any, ...] = getattr(record, _VALUES)(record)
    return values


def _repr(self: Any) -> str:
    shown = ", ".join(
        f"{spec.name}={getattr(self, spec.name)!r}" for spec in getattr(self, _FIELDS) if spec.repr
    )
    return f"{type(self).__qualname__}({shown})"


def _eq(self: Any, other: object) -> object:
    if other.__class__ is not self.__class__:
        return NotImplemented
    same: bool = _values(self) == _values(other)
    return same


def _hash(self: Any) -> int:
    return hash(_values(self))


def _refuse_set(self: Any, name: str, value: object) -> None:
    raise frozen_error(f"cannot assign to field {name!r}")


def _refuse_delete(self: Any, name: str) -> None:
    raise frozen_error(f"cannot delete field {name!r}")


def frozen_error(message: str) -> AttributeError:
    # The error a frozen dataclass raises (an AttributeError), for callers that expect it;
    # imported only here, when something tries to change a record.
    from dataclasses import FrozenInstanceError

    return FrozenInstanceError(message)


def _reduce(self: Any) -> tuple[type, tuple[Any, ...]]:
    return type(self), _values(self)


def _record_fields(record: object) -> tuple[RecordField, ...]:
    specs = getattr(record, _FIELDS, None)
    if specs is None:
        raise TypeError(f"{record!r} is not a record (pos_app.domain.records)")
    return specs  # type: ignore[no-any-return]


def replace(record: T, /, **changes: Any) -> T:
    """A copy of `record` with `changes` (checked again by its `__post_init__`)."""
    for spec in _record_fields(record):
        if spec.name not in changes:
            changes[spec.name] = getattr(record, spec.name)
    return type(record)(**changes)


def fields(record_or_class: object) -> tuple[RecordField, ...]:
    """The fields of a record or record class, in order."""
    return _record_fields(record_or_class)


def as_dict(record: object) -> dict[str, Any]:
    """The record's fields and values (values as they are: records hold immutable values)."""
    return {spec.name: getattr(record, spec.name) for spec in _record_fields(record)}
