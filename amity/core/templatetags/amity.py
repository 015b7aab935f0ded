"""Dates and numbers in templates, always through Babel in the active language."""

import datetime

from babel.dates import format_datetime
from django import template
from django.utils import timezone

from amity.core.i18n import babel_locale, format_day, format_number

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
    return format_datetime(
        timezone.localtime(value),
        format=fmt,
        tzinfo=timezone.get_current_timezone(),
        locale=babel_locale(),
    )


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
