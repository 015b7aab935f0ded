"""What someone locked out by django-axes (repeated failed sign-ins) is told: on the
sign-in page (`core/locked_out.html`) and by the API's token exchange, in the same
words."""

import datetime

from django.utils.translation import ngettext

from amity.core.i18n import format_number


def whole_minutes(value: datetime.timedelta | None) -> int:
    """A duration in whole minutes (rounded up: never says less than it is)."""
    if value is None:
        return 0
    return -(-int(value.total_seconds()) // 60)


def lockout_message(username: str, limit: int, cool_off: datetime.timedelta | None) -> str:
    message = ngettext(
        "After %(limit)s failed sign-in for “%(username)s” from your address, signing "
        "in is paused.",
        "After %(limit)s failed sign-ins for “%(username)s” from your address, "
        "signing in is paused.",
        limit,
    ) % {"limit": format_number(limit), "username": username}
    if cool_off:
        wait = whole_minutes(cool_off)
        message += " " + ngettext(
            "Try again in %(minutes)s minute, or ask your union's administrator.",
            "Try again in %(minutes)s minutes, or ask your union's administrator.",
            wait,
        ) % {"minutes": format_number(wait)}
    return message
