"""Bank holidays of the UK's nations (with substitute days), from the `holidays` package, loaded on first use."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Literal

Region = Literal["england-and-wales", "scotland", "northern-ireland", "none"]
REGIONS: tuple[Region, ...] = ("england-and-wales", "scotland", "northern-ireland", "none")
_SUBDIVISION = {"england-and-wales": "ENG", "scotland": "SCT", "northern-ireland": "NIR"}


@lru_cache(maxsize=64)
def _holidays_for(region: Region, year: int) -> frozenset[date]:
    if region == "none":
        return frozenset()
    import holidays  # ~100 ms to import: only when a posting window is actually consulted

    return frozenset(holidays.country_holidays("GB", subdiv=_SUBDIVISION[region], years=year).keys())


def is_bank_holiday(day: date, region: Region) -> bool:
    return day in _holidays_for(region, day.year)


def holiday_name(day: date, region: Region) -> str | None:
    if not is_bank_holiday(day, region):
        return None
    import holidays

    return str(holidays.country_holidays("GB", subdiv=_SUBDIVISION[region], years=day.year).get(day))
