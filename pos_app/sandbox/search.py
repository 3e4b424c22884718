"""`GET /v1/customers/search` for the sandbox (gap 11): Stripe's query language over customers.

localstripe has no search (its router reads `search` as a customer id). This answers the part
of Stripe's search query language a till needs (docs/stripe.md §5.2): clauses `field:'value'`
(exact, case-insensitive) and `field~'value'` (substring, at least three characters) on
`email`, `name` and `phone`, `metadata['key']:'value'`, `created` with `>`, `<`, `>=`, `<=`
or `=`, a leading `-` to negate, and clauses joined by `AND` or by `OR` (not both). Unlike
Stripe, the sandbox's search is immediately consistent.
"""

from __future__ import annotations

import base64
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from localstripe.errors import UserError

from .compat import live_customers

__all__ = ["search_customers"]

_STRINGS = ("email", "name", "phone")
_CLAUSE = re.compile(
    r"""\s*(?P<neg>-)?
    (?:metadata\[(?P<mq>['"])(?P<key>.+?)(?P=mq)\]|(?P<field>[a-z_]+))
    \s*(?P<op>>=|<=|:|~|>|<|=)\s*
    (?:(?P<q>['"])(?P<value>.*?)(?P=q)|(?P<number>-?\d+))""",
    re.VERBOSE,
)
_JOIN = re.compile(r"\s+(AND|OR)\s+", re.IGNORECASE)
_COMPARE: dict[str, Callable[[int, int], bool]] = {
    ">": operator.gt,
    "<": operator.lt,
    ">=": operator.ge,
    "<=": operator.le,
    "=": operator.eq,
    ":": operator.eq,
}
Matcher = Callable[[Any], bool]


def _invalid(message: str) -> UserError:
    return UserError(400, message, {"code": "parameter_invalid", "param": "query"})


@dataclass(frozen=True, slots=True)
class _Clause:
    match: Matcher
    negated: bool

    def __call__(self, customer: Any) -> bool:
        return self.match(customer) != self.negated


def _string_clause(field: str, op: str, value: str) -> Matcher:
    wanted = value.casefold()
    if op == ":":
        return lambda c: (getattr(c, field, None) or "").casefold() == wanted
    if op == "~":
        if len(value) < 3:
            raise _invalid(f"Substring queries on `{field}` need at least 3 characters.")
        return lambda c: wanted in (getattr(c, field, None) or "").casefold()
    raise _invalid(f"`{field}` takes `:` or `~`, not `{op}`.")


def _clause(text: str) -> _Clause:
    found = _CLAUSE.fullmatch(text)
    if found is None:
        raise _invalid(f"Could not parse the query near: {text.strip()!r}")
    op, value, number = found["op"], found["value"], found["number"]
    if found["key"] is not None:
        if op != ":" or value is None:
            raise _invalid("metadata takes `:` and a quoted value.")
        key = found["key"]
        match: Matcher = lambda c: (getattr(c, "metadata", None) or {}).get(key) == value  # noqa: E731
    elif found["field"] in _STRINGS:
        if value is None:
            raise _invalid(f"`{found['field']}` takes a quoted value.")
        match = _string_clause(found["field"], op, value)
    elif found["field"] == "created":
        raw = number if number is not None else value
        if raw is None or not raw.lstrip("-").isdigit() or op == "~":
            raise _invalid("`created` takes a Unix time and one of > < >= <= =.")
        bound, compare = int(raw), _COMPARE[op]
        match = lambda c: compare(int(c.created), bound)  # noqa: E731
    else:
        raise _invalid(f"Field `{found['field']}` is not searchable on customers.")
    return _Clause(match, negated=bool(found["neg"]))


def _query(query: str) -> Matcher:
    parts = _JOIN.split(query.strip())
    clauses = [_clause(part) for part in parts[::2]]
    joins = {join.upper() for join in parts[1::2]}
    if len(joins) > 1:
        raise _invalid("AND and OR cannot be mixed in one query.")
    if joins == {"OR"}:
        return lambda c: any(clause(c) for clause in clauses)
    return lambda c: all(clause(c) for clause in clauses)


def _page_token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode().rstrip("=")


def _offset(page: Any) -> int:
    if page is None:
        return 0
    try:
        text = base64.urlsafe_b64decode(str(page) + "=" * (-len(str(page)) % 4)).decode()
        return int(text.removeprefix("offset:"))
    except ValueError:
        raise UserError(
            400, "Invalid page", {"code": "parameter_invalid", "param": "page"}
        ) from None


def search_customers(query: Any = None, limit: Any = None, page: Any = None) -> dict[str, Any]:
    """Stripe's `search_result` for `query`, newest first, `limit` (1–100, default 10) a page."""
    if not isinstance(query, str) or not query.strip():
        raise UserError(
            400, "Missing required param: query.", {"code": "parameter_missing", "param": "query"}
        )
    size = 10 if limit is None else (int(limit) if str(limit).isdigit() else 0)
    if not 1 <= size <= 100:
        raise UserError(
            400,
            "Invalid limit: must be between 1 and 100",
            {"code": "parameter_invalid_integer", "param": "limit"},
        )
    matches = _query(query)
    found = [customer for customer in live_customers() if matches(customer)]
    start = _offset(page)
    chunk = found[start : start + size]
    more = start + size < len(found)
    return {
        "object": "search_result",
        "url": "/v1/customers/search",
        "data": [customer._export() for customer in chunk],
        "has_more": more,
        "next_page": _page_token(start + size) if more else None,
    }
