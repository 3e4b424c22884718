"""The shop's time zone: an IANA name (POS_TIMEZONE or the settings), else the computer's own zone.

The day's report must be right across daylight-saving changes, so a zone is always a rule set
(a ZoneInfo), never a fixed offset read from the clock today. The IANA database comes from the
operating system, or from the `tzdata` package where the system has none (Windows).
"""

from __future__ import annotations

import os
import sys
import time as _time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pos_app.domain.errors import ValidationError
from pos_app.domain.i18n import translate

__all__ = ["ShopZone", "resolve_zone", "system_zone", "validate_zone_name"]

_LOCALTIME = Path("/etc/localtime")


@dataclass(frozen=True, slots=True)
class ShopZone:
    """A time zone and the name the reports print for it."""

    name: str
    zone: tzinfo


def validate_zone_name(name: str, field: str = "timezone") -> str:
    """The IANA name (e.g. "Europe/Berlin") when this computer knows it, else ValidationError."""
    cleaned = name.strip()
    try:
        ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(
            field,
            translate(
                "Configuration", "unknown time zone {zone}; use an IANA name such as Europe/Berlin"
            ).format(zone=repr(cleaned)),
        ) from None
    return cleaned


def resolve_zone(name: str | None) -> ShopZone:
    """The zone named `name`, or the computer's own zone when `name` is None or empty."""
    if name:
        return ShopZone(validate_zone_name(name), ZoneInfo(name.strip()))
    return system_zone()


def system_zone() -> ShopZone:
    """The computer's own zone, as a rule set: TZ, /etc/localtime, or the C library's rules."""
    tz_env = os.environ.get("TZ", "").strip().lstrip(":")
    if tz_env and not tz_env.startswith("/"):
        try:
            return ShopZone(tz_env, ZoneInfo(tz_env))
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass  # a POSIX rule string such as "CET-1CEST": fall through to the C library
    if sys.platform != "win32" and _LOCALTIME.exists():
        name = _name_from_link(_LOCALTIME)
        if name is not None:
            try:
                return ShopZone(name, ZoneInfo(name))
            except (ZoneInfoNotFoundError, ValueError, OSError):
                pass
        try:
            with _LOCALTIME.open("rb") as handle:
                return ShopZone("localtime", ZoneInfo.from_file(handle, key="localtime"))
        except (OSError, ValueError):
            pass
    return ShopZone(_c_library_name(), _SystemRules())


def _name_from_link(path: Path) -> str | None:
    """The IANA name of a link into the zone folder (/usr/share/zoneinfo/Europe/Berlin)."""
    try:
        target = path.resolve().as_posix()
    except OSError:
        return None
    marker = "/zoneinfo/"
    if marker not in target:
        return None
    return target.split(marker, 1)[1].removeprefix("posix/").removeprefix("right/") or None


def _c_library_name() -> str:
    names = [n for n in _time.tzname if n]
    return f"local ({'/'.join(dict.fromkeys(names))})" if names else "local"


class _SystemRules(tzinfo):
    """The operating system's own rules through the C library (Windows without an IANA name):
    DST comes from the system, as for every other program on the computer."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(seconds=self._local(dt).tm_gmtoff or 0)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=1) if self._local(dt).tm_isdst > 0 else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return self._local(dt).tm_zone or "local"

    def fromutc(self, dt: datetime) -> datetime:
        stamp = (dt.replace(tzinfo=None) - datetime(1970, 1, 1)).total_seconds()
        offset = timedelta(seconds=_time.localtime(stamp).tm_gmtoff or 0)
        return dt + offset

    @staticmethod
    def _local(dt: datetime | None) -> _time.struct_time:
        if dt is None:
            return _time.localtime()
        naive = dt.replace(tzinfo=None)
        # A wall time: mktime picks the reading the C library picks (fold is not honoured).
        try:
            stamp = _time.mktime((*naive.timetuple()[:8], -1))
        except (OverflowError, ValueError):
            stamp = datetime.now(UTC).timestamp()
        return _time.localtime(stamp)

    def __repr__(self) -> str:
        return "_SystemRules()"
