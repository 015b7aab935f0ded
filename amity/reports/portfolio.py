"""The portfolio snapshot: the aid items under way on a day, with what they committed
and disbursed over their whole life."""

import datetime
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from amity.aid.models import AidItem, AidKind
from amity.aid.selectors import under_way_on
from amity.core.i18n import format_day
from amity.finance.models import Transaction
from amity.finance.services import VND
from amity.tenancy.models import Union

from . import figures
from .figures import COMMITMENT, DISBURSEMENT, Unconverted, rounded
from .money_words import amount_in_words

DEFINITIONS = [
    gettext_lazy(
        "Under way on the day: started on or before it (actual start), not ended before "
        "it, and under way or since completed."
    ),
    gettext_lazy(
        "Committed and disbursed: every commitment and disbursement of those items, "
        "whatever its date, in the report's currency (converted at each transaction's "
        "date, as in the annual report)."
    ),
]


@dataclass
class PortfolioItem:
    id: int
    union: str
    title: str
    kind: str
    kind_label: str
    status_label: str
    start: datetime.date | None
    end: datetime.date | None
    committed: object
    disbursed: object


@dataclass
class PortfolioSnapshot:
    union: Union | None
    unions: list[Union]
    as_of: datetime.date
    currency: str
    language: str
    counts: dict[str, int]
    committed: object
    disbursed: object
    items: list[PortfolioItem]
    unconverted: list[Unconverted]
    summary: str = ""
    definitions: list[str] = None

    @property
    def scope_label(self) -> str:
        return self.union.label if self.union else _("All unions")


def portfolio_snapshot(
    *,
    unions: list[Union],
    as_of: datetime.date,
    currency: str = VND,
    language: str | None = None,
    national: bool = False,
) -> PortfolioSnapshot:
    language = language or translation.get_language()
    with translation.override(language):
        items = list(
            under_way_on(AidItem.objects.filter(union__in=unions), as_of)
            .select_related("union")
            .order_by("union__name", "kind", "actual_start", "pk")
        )
        money = figures.item_money(
            Transaction.objects.filter(
                item__in=[i.pk for i in items], type__in=(COMMITMENT, DISBURSEMENT)
            ),
            currency,
        )
        counts = dict.fromkeys(AidKind.values, 0)
        rows = []
        for item in items:
            counts[item.kind] += 1
            amounts = money.by_item.get(item.pk, {})
            rows.append(
                PortfolioItem(
                    id=item.pk,
                    union=item.union.slug,
                    title=item.label,
                    kind=item.kind,
                    kind_label=item.get_kind_display(),
                    status_label=item.get_status_display(),
                    start=item.actual_start,
                    end=item.actual_end or item.planned_end,
                    committed=rounded(amounts.get(COMMITMENT, figures.ZERO), currency),
                    disbursed=rounded(amounts.get(DISBURSEMENT, figures.ZERO), currency),
                )
            )
        counts["total"] = len(items)
        snapshot = PortfolioSnapshot(
            union=None if national else unions[0],
            unions=list(unions),
            as_of=as_of,
            currency=currency,
            language=language,
            counts=counts,
            committed=rounded(money.total(COMMITMENT), currency),
            disbursed=rounded(money.total(DISBURSEMENT), currency),
            items=rows,
            unconverted=money.unconverted,
            definitions=[str(d) for d in DEFINITIONS],
        )
        snapshot.summary = _portfolio_summary(snapshot)
        return snapshot


def _portfolio_summary(snapshot: PortfolioSnapshot) -> str:
    return _(
        "On %(day)s, %(count)s aid items of %(union)s were under way, with commitments of "
        "%(committed)s and disbursements of %(disbursed)s over their whole life."
    ) % {
        "day": format_day(snapshot.as_of, "long"),
        "count": snapshot.counts["total"],
        "union": snapshot.scope_label,
        "committed": amount_in_words(snapshot.committed, snapshot.currency),
        "disbursed": amount_in_words(snapshot.disbursed, snapshot.currency),
    }
