"""Stripe's clock as its answers tell it: the offset between Stripe's time and the till's.

A till's clock can be minutes off. Anything that reckons time the way Stripe does (the
`created` window of a lookup after a restart, deciding that an attempt never executed) must
use Stripe's time, which every answer carries in its `Date` header (docs/stripe.md §1.7). The
header has one-second resolution and is read when the answer arrives, so the offset is good
to about a second plus the round trip: ample for windows of minutes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

__all__ = ["StripeClock", "utc_now"]


def utc_now() -> datetime:
    """The till's clock, aware and in UTC."""
    return datetime.now(UTC)


class StripeClock:
    """The latest offset Stripe's `Date` header showed; shared by worker threads."""

    def __init__(self, clock: Callable[[], datetime] = utc_now) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._offset: timedelta | None = None
        # The last header read and its time: answers within the same second carry the same
        # text, which then needs no parsing again.
        self._last_date: tuple[str, datetime | None] = ("", None)

    def now(self) -> datetime:
        """The till's time (the injected clock), checked to be aware and turned to UTC."""
        moment = self._clock()
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("the gateway's clock must return an aware datetime")
        return moment.astimezone(UTC)

    def observe(self, headers: Mapping[str, str]) -> None:
        """Take Stripe's time from an answer's `Date` header; an absent or bad one is ignored."""
        value = headers.get("Date") or headers.get("date")
        if not value:
            return
        last_value, stripe_time = self._last_date
        if value != last_value:
            stripe_time = _parse_date(value)
            self._last_date = (value, stripe_time)
        if stripe_time is None:
            return
        offset = stripe_time - self.now()
        with self._lock:
            self._offset = offset

    @property
    def offset(self) -> timedelta | None:
        """Stripe's time minus the till's, from the latest answer; None before any answer."""
        with self._lock:
            return self._offset

    def stripe_now(self) -> datetime | None:
        """The till's time corrected by the offset; None until Stripe has answered once."""
        offset = self.offset
        if offset is None:
            return None
        return self.now() + offset


def _parse_date(value: str | None) -> datetime | None:
    # RFC 9110 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); parsedate_to_datetime also reads
    # the obsolete forms. A date without a zone is not one we can place: ignore it.
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        return None
    return parsed.astimezone(UTC)
