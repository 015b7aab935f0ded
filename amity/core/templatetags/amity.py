"""Dates and numbers in templates, always through Babel in the active language."""

import datetime

from django import template

from amity.core.i18n import format_day, format_moment, format_number

register = template.Library()


@register.filter
def local_date(value: datetime.date | None, fmt: str = "medium") -> str:
    if value is None:
        return "—"
    return format_day(value, fmt)


@register.filter
def local_datetime(value: datetime.datetime | None, fmt: str = "medium") -> str:
    if value is None:
        return "—"
    return format_moment(value, fmt)


@register.filter
def local_number(value) -> str:
    if value is None or value == "":
        return "—"
    return format_number(value)


@register.filter
def minutes(value: datetime.timedelta | None) -> int:
    """A duration in whole minutes (rounded up: never says less than it is)."""
    if value is None:
        return 0
    return -(-int(value.total_seconds()) // 60)
