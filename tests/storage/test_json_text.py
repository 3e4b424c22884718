"""The settings' JSON reader answers as json.loads does, value for value and error for error."""

from __future__ import annotations

import json
import math

import pytest

from pos_app.storage.json_text import loads

DOCUMENTS = [
    '{"business_name": "Corner Bakery", "register_id": "FRONT-1", "version": 1}',
    '\n  {"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "\\u00e9\\n"}}  \r\n',
    '"only text"',
    "[]",
    "0",
    '{"price": 1.10, "big": 123456789012345678901234567890}',
    '{"über": "Café ✓"}',
]

DAMAGED = [
    "",
    "   ",
    "{",
    '{"a": 1,}',
    '{"a": 1} {"b": 2}',
    '{"a": 1} x',
    "\ufeff{}",
    '{"a": "tab\there"}',
    "[1, 2",
    "nul",
    "{'a': 1}",
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_a_document_reads_as_json_reads_it(text: str) -> None:
    value = loads(text)
    assert value == json.loads(text)
    assert type(value) is type(json.loads(text))


def test_nan_and_the_infinities_read_as_json_reads_them() -> None:
    value = loads("[NaN, Infinity, -Infinity]")
    assert math.isnan(value[0])
    assert value[1:] == [math.inf, -math.inf]


@pytest.mark.parametrize("text", DAMAGED)
def test_a_damaged_document_fails_with_jsons_own_error(text: str) -> None:
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    with pytest.raises(json.JSONDecodeError) as raised:
        loads(text)
    assert str(raised.value) == str(expected.value)
