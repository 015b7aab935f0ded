"""Reads of the aid portfolio: which items were active in a year, under way on a day.

Each takes a queryset of aid items (already scoped: `visible_to`, `for_union`…) and
returns a narrower one, so they combine with other filters and with each other."""

import datetime

from django.db.models import Exists, Max, OuterRef, Q, QuerySet
from django.db.models.functions import Coalesce

from amity.finance.models import Transaction, TransactionType

from .workflow import AidStatus

# Statuses of an item that has started (and may since have ended).
STARTED_STATUSES = (AidStatus.UNDER_WAY, AidStatus.COMPLETED)


def active_in(items: QuerySet, year: int) -> QuerySet:
    """Items with a disbursement dated in `year`: money moved, so the item was active."""
    disbursed = Transaction.objects.filter(
        item=OuterRef("pk"),
        type=TransactionType.DISBURSEMENT,
        date__gte=datetime.date(year, 1, 1),
        date__lte=datetime.date(year, 12, 31),
    )
    return items.filter(Exists(disbursed))


def under_way_on(items: QuerySet, day: datetime.date) -> QuerySet:
    """Items that had started on `day` and not yet ended: actual start on or before the
    day, no actual end or one after it, and under way or completed (an item completed
    later was under way then)."""
    return items.filter(
        Q(actual_end__isnull=True) | Q(actual_end__gt=day),
        status__in=STARTED_STATUSES,
        actual_start__lte=day,
    )


# States an item should pass through, not rest in: the dashboard flags long stays.
WAITING_STATUSES = (
    AidStatus.IDENTIFIED,
    AidStatus.PROPOSED,
    AidStatus.UNDER_APPRAISAL,
    AidStatus.APPROVED,
)


def stuck_in_workflow(items: QuerySet, days: int, now: datetime.datetime) -> QuerySet:
    """Items waiting in a workflow state (identified … approved, not yet started) for
    more than `days` days since they entered it (their last status change, or their
    creation if none), annotated with `since`, oldest first."""
    return (
        items.filter(status__in=WAITING_STATUSES)
        .annotate(since=Coalesce(Max("status_changes__at"), "created_at"))
        .filter(since__lt=now - datetime.timedelta(days=days))
        .order_by("since")
    )
