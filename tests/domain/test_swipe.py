"""Magnetic-stripe data typed by a keyboard-wedge reader."""

from __future__ import annotations

import pytest

from pos_app.domain.cards import Brand, SwipeData, looks_like_swipe, parse_swipe
from pos_app.domain.errors import ValidationError

TRACK1 = "%B4242424242424242^DOE/JOHN^3012101000000000000000000000000?"
TRACK2 = ";4242424242424242=30121010000000000000?"


@pytest.mark.parametrize(
    ("text", "name"),
    [(TRACK1, "JOHN DOE"), (TRACK2, ""), (TRACK1 + TRACK2, "JOHN DOE"),
     (TRACK1 + TRACK2 + "\n", "JOHN DOE"), (TRACK1 + "\r\n", "JOHN DOE")],
)  # fmt: skip
def test_parse_swipe_reads_tracks(text: str, name: str) -> None:
    swipe = parse_swipe(text)
    assert swipe == SwipeData("4242424242424242", 12, 2030, name)
    assert swipe.brand is Brand.VISA
    assert swipe.expiry_text == "12/30"
    assert repr(swipe) == str(swipe) == "SwipeData(VISA •••• 4242, 12/30)"


def test_amex_track_and_name_without_slash() -> None:
    swipe = parse_swipe("%B378282246310005^CARDHOLDER^2701101?")
    assert (swipe.brand, swipe.last4, swipe.exp_month, swipe.exp_year, swipe.name) == (
        Brand.AMEX, "0005", 1, 2027, "CARDHOLDER",
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "",
        "4242424242424242",
        "%B4242424242424241^DOE/JOHN^3012101?",  # fails Luhn
        "%B4242424242424242^DOE/JOHN^3013101?",  # month 13
        "%B4242424242424242^DOE/JOHN^3012101",  # no end sentinel
        TRACK1 + ";5555555555554444=30121010000000000000?",  # tracks disagree
        "%E?",  # reader error
        TRACK2 + TRACK1,  # wrong order
    ],
)
def test_bad_swipes_ask_to_swipe_again_without_echoing_data(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_swipe(text)
    assert info.value.field == "swipe"
    assert info.value.message == "Card could not be read, swipe again or key it in"
    assert "4242" not in str(info.value)


def test_looks_like_swipe() -> None:
    assert looks_like_swipe(TRACK1)
    assert looks_like_swipe(TRACK2)
    assert looks_like_swipe("  %b4")
    assert not looks_like_swipe("4242424242424242")
    assert not looks_like_swipe(";")
    assert not looks_like_swipe("")
