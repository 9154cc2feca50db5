"""Office hours in the organisation's own time zone (M6)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from chaperone.policy.facts import OrgSettings


def _local(settings: OrgSettings, now: datetime) -> datetime:
    if now.tzinfo is None:
        raise ValueError("the clock must be timezone-aware")
    return now.astimezone(ZoneInfo(settings.timezone))


def is_quiet(settings: OrgSettings, now: datetime) -> bool:
    """True outside the organisation's hours: a day it does not work, or before start, after end."""
    local = _local(settings, now)
    if local.weekday() not in settings.office_days:
        return True
    t = local.time().replace(tzinfo=None)
    if settings.office_start <= settings.office_end:
        return not (settings.office_start <= t < settings.office_end)
    # hours that cross midnight (say 18:00 to 02:00)
    return settings.office_end <= t < settings.office_start


def next_office_start(settings: OrgSettings, now: datetime) -> datetime:
    """The first moment at or after ``now`` when hours start (as an aware UTC datetime)."""
    if not settings.office_days:
        raise ValueError("the organisation has no office days, so nothing could ever be released")
    if not is_quiet(settings, now):
        return now
    tz = ZoneInfo(settings.timezone)
    local = _local(settings, now)
    for offset in range(0, 8):
        day = (local + timedelta(days=offset)).date()
        if day.weekday() not in settings.office_days:
            continue
        start = datetime.combine(day, settings.office_start, tzinfo=tz)
        if start >= local:
            return start.astimezone(ZoneInfo("UTC"))
    raise AssertionError("unreachable: some office day falls within a week")
