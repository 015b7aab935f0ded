"""Dates and numbers in templates, always through Babel in the active language."""

import datetime

from django import template

from amity.core import lockout
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


@register.simple_tag
def lockout_message(username: str, limit: int, cool_off: datetime.timedelta | None) -> str:
    """What `core/locked_out.html` tells a locked-out person (`core.lockout`)."""
    return lockout.lockout_message(username, limit, cool_off)
