"""Reads of engagements: the back office's list and calendar filters, what is due."""

import calendar
import datetime

from django.db.models import Q


def engagements_filtered(
    engagements,
    *,
    kind: str | None = None,
    union=None,
    partner=None,
    partnership=None,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
):
    """`engagements` of a kind, a union, with a partner organization taking part, of a
    partnership, and overlapping the days from `start` to `end` (either may be open)."""
    if kind:
        engagements = engagements.filter(kind=kind)
    if union is not None:
        engagements = engagements.filter(union=union)
    if partner is not None:
        engagements = engagements.filter(participants__organization=partner).distinct()
    if partnership is not None:
        engagements = engagements.filter(partnership=partnership)
    if end is not None:
        engagements = engagements.filter(start_date__lte=end)
    if start is not None:
        engagements = engagements.filter(
            Q(end_date__gte=start) | Q(end_date__isnull=True, start_date__gte=start)
        )
    return engagements


def month_calendar(engagements, year: int, month: int) -> list[list[tuple]]:
    """The month as weeks (Monday first) of (day, [engagements under way that day]);
    days of the neighbouring months are None."""
    first = datetime.date(year, month, 1)
    last = first.replace(day=calendar.monthrange(year, month)[1])
    under_way = list(
        engagements_filtered(engagements, start=first, end=last).order_by("start_date", "pk")
    )
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        weeks.append(
            [
                (
                    day if day.month == month else None,
                    [e for e in under_way if e.start_date <= day <= e.last_day]
                    if day.month == month
                    else [],
                )
                for day in week
            ]
        )
    return weeks
