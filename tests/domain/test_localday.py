"""The shop's local day as Stripe's created window: right on ordinary days, on both daylight-saving
changes, where midnight itself does not exist, and in zones half an hour off UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.localday import day_start, day_window, local_date, today_in


def utc(*args: int) -> int:
    return int(datetime(*args, tzinfo=UTC).timestamp())


@pytest.mark.parametrize(
    ("zone", "day", "start_utc", "hours"),
    [
        ("Europe/Berlin", date(2024, 6, 1), utc(2024, 5, 31, 22), 24),
        # Spring forward at 02:00: a 23-hour day, still from local midnight to local midnight.
        ("Europe/Berlin", date(2024, 3, 31), utc(2024, 3, 30, 23), 23),
        # Fall back at 03:00: 25 hours.
        ("Europe/Berlin", date(2024, 10, 27), utc(2024, 10, 26, 22), 25),
        ("America/New_York", date(2024, 3, 10), utc(2024, 3, 10, 5), 23),
        ("America/New_York", date(2024, 11, 3), utc(2024, 11, 3, 4), 25),
        # Chile moves the clock at midnight: 00:00 never happens, the day starts at 01:00.
        ("America/Santiago", date(2024, 9, 8), utc(2024, 9, 8, 4), 23),
        # ... and on the way back 23:00-00:00 happens twice; the new day starts at 00:00 -04.
        ("America/Santiago", date(2024, 4, 7), utc(2024, 4, 7, 4), 24),
        ("Asia/Kolkata", date(2024, 1, 1), utc(2023, 12, 31, 18, 30), 24),
        ("Pacific/Kiritimati", date(2024, 1, 1), utc(2023, 12, 31, 10), 24),
    ],
)
def test_a_day_runs_from_its_local_midnight_to_the_next(
    zone: str, day: date, start_utc: int, hours: int
) -> None:
    window = day_window(day, ZoneInfo(zone))
    assert window.gte == start_utc
    assert window.lt - window.gte == hours * 3600
    assert len(window.hours()) == hours
    assert local_date(window.gte, window.zone) == day
    assert local_date(window.gte - 1, window.zone) == day - timedelta(days=1)
    assert local_date(window.lt - 1, window.zone) == day
    assert local_date(window.lt, window.zone) == day + timedelta(days=1)


def test_lord_howe_moves_half_an_hour() -> None:
    window = day_window(date(2024, 10, 6), ZoneInfo("Australia/Lord_Howe"))
    assert window.length == timedelta(hours=23, minutes=30)
    assert window.start.hour == 0 and window.end.hour == 0


def test_the_hours_of_a_fall_back_day_show_two_before_three() -> None:
    window = day_window(date(2024, 10, 27), ZoneInfo("Europe/Berlin"))
    assert [h.hour for h in window.hours()[:5]] == [0, 1, 2, 2, 3]
    repeated = datetime(2024, 10, 27, 2, 30, tzinfo=ZoneInfo("Europe/Berlin")).replace(fold=1)
    assert window.hour_of(repeated) == 3
    assert window.contains(repeated)


def test_the_window_edges_are_in_and_out() -> None:
    window = day_window(date(2024, 6, 1), ZoneInfo("Europe/Berlin"))
    assert window.contains(datetime.fromtimestamp(window.gte, UTC))
    assert not window.contains(datetime.fromtimestamp(window.gte - 1, UTC))
    assert window.contains(datetime.fromtimestamp(window.lt - 1, UTC))
    assert not window.contains(datetime.fromtimestamp(window.lt, UTC))


def test_today_is_the_shops_date_not_the_computers() -> None:
    now = datetime(2024, 6, 1, 23, 30, tzinfo=UTC)
    assert today_in(ZoneInfo("Asia/Tokyo"), now) == date(2024, 6, 2)
    assert today_in(ZoneInfo("America/Los_Angeles"), now) == date(2024, 6, 1)


ZONES = [
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "America/Santiago",
    "America/Havana",
    "Asia/Tehran",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Africa/Casablanca",
]


@settings(max_examples=300, deadline=None)
@given(zone=st.sampled_from(ZONES), day=st.dates(date(2000, 1, 1), date(2035, 12, 31)))
def test_consecutive_days_tile_time_without_gap_or_overlap(zone: str, day: date) -> None:
    tz = ZoneInfo(zone)
    window = day_window(day, tz)
    assert window.lt == day_start(day + timedelta(days=1), tz)
    assert 22 * 3600 <= window.lt - window.gte <= 26 * 3600
    assert local_date(window.gte, tz) == day
    assert local_date(window.gte - 1, tz) < day
