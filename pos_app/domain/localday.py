"""The shop's local day as a window of Stripe timestamps, right across daylight-saving changes.

A day is every instant whose local date, in the shop's time zone, is that date. Stripe filters
lists by Unix seconds (`created[gte]`, `created[lt]`, docs/stripe.md §5.1), so the day becomes
[first second of the date, first second of the next date). On a spring-forward day that is 23
hours long, on a fall-back day 25, and where local midnight itself does not exist (zones that
change the clock at 00:00) the day begins at the change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

__all__ = ["DayWindow", "day_start", "day_window", "local_date", "today_in"]

_HOUR = 3600


def _instant(day: date, zone: tzinfo, fold: int) -> int:
    """Unix seconds of local midnight on `day` read with `fold` (they differ only near a
    transition)."""
    return int(datetime.combine(day, time(0), tzinfo=zone).replace(fold=fold).timestamp())


def local_date(stamp: int, zone: tzinfo) -> date:
    """The local date of a Unix timestamp in `zone`."""
    return datetime.fromtimestamp(stamp, zone).date()


def day_start(day: date, zone: tzinfo) -> int:
    """The first Unix second whose local date in `zone` is `day` (or later)."""
    readings = sorted({_instant(day, zone, 0), _instant(day, zone, 1)})
    for stamp in readings:
        # The earlier reading of an ambiguous midnight is the day's first second.
        if local_date(stamp, zone) >= day and local_date(stamp - 1, zone) < day:
            return stamp
    # Midnight falls in a gap: the day begins at the transition, somewhere between the two
    # readings (or within an hour of them). Transitions sit on whole seconds: bisect.
    low, high = readings[0] - 2 * _HOUR, readings[-1] + 2 * _HOUR
    while local_date(low, zone) >= day:
        low -= 24 * _HOUR
    while local_date(high, zone) < day:
        high += 24 * _HOUR
    while high - low > 1:
        middle = (low + high) // 2
        if local_date(middle, zone) >= day:
            high = middle
        else:
            low = middle
    return high


@dataclass(frozen=True, slots=True)
class DayWindow:
    """One local day: `gte` <= created < `lt`, in Unix seconds."""

    day: date
    zone: tzinfo
    gte: int
    lt: int

    @property
    def start(self) -> datetime:
        """The day's first instant, in the shop's time zone."""
        return datetime.fromtimestamp(self.gte, self.zone)

    @property
    def end(self) -> datetime:
        """The next day's first instant (excluded), in the shop's time zone."""
        return datetime.fromtimestamp(self.lt, self.zone)

    @property
    def length(self) -> timedelta:
        return timedelta(seconds=self.lt - self.gte)

    def contains(self, moment: datetime) -> bool:
        stamp = int(moment.timestamp())
        return self.gte <= stamp < self.lt

    def hours(self) -> list[datetime]:
        """The start of each hour of the day as the shop's clock showed it: 23 on a
        spring-forward day, 25 on a fall-back day."""
        count = -(-(self.lt - self.gte) // _HOUR)
        return [datetime.fromtimestamp(self.gte + i * _HOUR, self.zone) for i in range(count)]

    def hour_of(self, moment: datetime) -> int:
        """The index into `hours()` of the hour `moment` falls in (it must be in the day)."""
        return (int(moment.timestamp()) - self.gte) // _HOUR


def day_window(day: date, zone: tzinfo) -> DayWindow:
    """The window of `day` in `zone` (a ZoneInfo: fixed-offset zones work too)."""
    return DayWindow(day, zone, day_start(day, zone), day_start(day + timedelta(days=1), zone))


def today_in(zone: tzinfo, now: datetime | None = None) -> date:
    """Today's date on the shop's clock."""
    return (now or datetime.now(UTC)).astimezone(zone).date()
