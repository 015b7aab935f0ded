"""The staff home page's figures: a union's year against the year before and its target,
commitments by month, sector and place, and items waiting too long in the workflow; for
the national union, every union side by side. The same definitions as the reports."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Max, Sum
from django.db.models.functions import ExtractMonth
from django.utils import timezone

from amity.aid.models import AidItem
from amity.aid.selectors import stuck_in_workflow
from amity.finance.models import Transaction
from amity.finance.services import VND

from .annual import AnnualReport, annual_report
from .figures import COMMITMENT, transactions_of

STUCK_AFTER_DAYS = getattr(settings, "AMITY_STUCK_AFTER_DAYS", 60)


@dataclass
class Dashboard:
    report: AnnualReport
    latest_year: bool  # True when this year had nothing and an earlier year is shown
    months: list[tuple[int, object, object]]  # (month, this year, the year before), VND
    stuck: list


def dashboard_year(unions, today: datetime.date) -> tuple[int, bool]:
    """This year; or, when nothing is recorded yet this year, the latest year with
    commitments (so a new year's first weeks still show something to compare)."""
    this_year = today.year
    rows = Transaction.objects.filter(union__in=unions, type=COMMITMENT, date__lte=today)
    if rows.filter(date__year=this_year).exists():
        return this_year, False
    latest = rows.aggregate(latest=Max("date"))["latest"]
    return (latest.year, True) if latest else (this_year, False)


def monthly_commitments(unions, year: int) -> list[tuple[int, object, object]]:
    def by_month(y):
        rows = transactions_of(unions, datetime.date(y, 1, 1), datetime.date(y, 12, 31))
        grouped = (
            rows.filter(type=COMMITMENT)
            .order_by()
            .annotate(month=ExtractMonth("date"))
            .values("month")
            .annotate(total=Sum("amount_vnd"))
        )
        return {row["month"]: row["total"] for row in grouped}

    now, before = by_month(year), by_month(year - 1)
    return [(m, now.get(m, 0), before.get(m, 0)) for m in range(1, 13)]


def dashboard(unions, *, national: bool, today: datetime.date | None = None) -> Dashboard:
    today = today or timezone.localdate()
    year, fell_back = dashboard_year(unions, today)
    report = annual_report(unions=unions, year=year, currency=VND, national=national)
    stuck = list(
        stuck_in_workflow(
            AidItem.objects.filter(union__in=unions).select_related("union"),
            STUCK_AFTER_DAYS,
            timezone.now(),
        )[:20]
    )
    return Dashboard(report, fell_back, monthly_commitments(unions, year), stuck)
