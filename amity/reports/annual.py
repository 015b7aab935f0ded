"""The annual (or half-year) report of a union, or of every union: what was committed
and disbursed, against last year and the target, broken down by sector, place and donor.

Every definition lives here and is stated in the report's footnote (`DEFINITIONS`)."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from amity.aid.models import AidItem, AidKind
from amity.aid.selectors import STARTED_STATUSES
from amity.aid.workflow import AidStatus
from amity.core.i18n import babel_locale
from amity.finance.selectors import RateCurve
from amity.finance.services import VND
from amity.tenancy.models import Union

from . import figures
from .figures import COMMITMENT, DISBURSEMENT, ZERO, Row, Unconverted, pct, rounded
from .models import Target
from .money_words import amount_in_words, percent

EXCLUDED_STATUSES = (AidStatus.REJECTED, AidStatus.CANCELLED)

DEFINITIONS = [
    gettext_lazy(
        "Committed: the sum of the commitment transactions dated in the period, over the "
        "union's aid items, leaving out rejected and cancelled items. Disbursed: the same "
        "for disbursements."
    ),
    gettext_lazy(
        "Amounts in VND are each transaction's stored VND equivalent. In another currency, "
        "an amount already in that currency counts as it is; any other is converted from "
        "its VND equivalent at that currency's rate on the transaction's date."
    ),
    gettext_lazy(
        "Change on last year: committed against the same period a year earlier. Share of "
        "the target: committed against the year's mobilization target, converted at the "
        "rate on the period's last day."
    ),
    gettext_lazy(
        "Approved: items whose approval decision is dated in the period. Active: items "
        "started and not ended before the period began, whose implementation overlaps it."
    ),
    gettext_lazy(
        "Breakdowns apply each item's sector and locality shares. Localities recorded "
        "before 1 July 2025 count under the province they lie in today. An item's money is "
        "split equally among its funding donors."
    ),
]


@dataclass(frozen=True)
class Period:
    year: int
    half: int | None = None  # 1: January–June, 2: July–December

    @property
    def start(self) -> datetime.date:
        return datetime.date(self.year, 7 if self.half == 2 else 1, 1)

    @property
    def end(self) -> datetime.date:
        return (
            datetime.date(self.year, 6, 30) if self.half == 1 else datetime.date(self.year, 12, 31)
        )

    def previous(self) -> "Period":
        return Period(self.year - 1, self.half)

    @property
    def label(self) -> str:
        if self.half == 1:
            return _("the first half of %(year)s") % {"year": self.year}
        if self.half == 2:
            return _("the second half of %(year)s") % {"year": self.year}
        return pgettext("report period", "%(year)s") % {"year": self.year}


@dataclass
class UnionRow:
    slug: str
    label: str
    committed: Decimal
    disbursed: Decimal
    committed_previous: Decimal
    committed_change_pct: Decimal | None
    target: Decimal | None
    target_share_pct: Decimal | None


@dataclass
class AnnualReport:
    union: Union | None  # None: every union (the national roll-up)
    unions: list[Union]
    period: Period
    currency: str
    language: str
    committed: Decimal
    disbursed: Decimal
    committed_previous: Decimal
    committed_change_pct: Decimal | None
    target: Decimal | None
    target_share_pct: Decimal | None
    items: dict[str, dict[str, int]]
    by_sector: list[Row]
    by_province: list[Row]
    by_locality: list[Row]
    by_donor_country: list[Row]
    by_donor: list[Row]
    by_union: list[UnionRow]
    unconverted: list[Unconverted]
    notes: list[str] = field(default_factory=list)
    summary: str = ""
    definitions: list[str] = field(default_factory=list)

    @property
    def scope_label(self) -> str:
        return self.union.label if self.union else _("All unions")

    @property
    def subject(self) -> str:
        """Who the summary's sentence is about."""
        return self.union.label if self.union else _("the friendship unions together")

    @property
    def is_empty(self) -> bool:
        return not (self.committed or self.disbursed or self.committed_previous)


def _targets(unions, period: Period, currency: str, notes: list) -> dict[int, Decimal]:
    """Each union's target for the period's year, in the report's currency."""
    found = {}
    curves: dict[str, RateCurve] = {}

    def rate(code):
        if code == VND:
            return Decimal(1)
        curves.setdefault(code, RateCurve(code))
        return curves[code].get(period.end)

    for target in Target.objects.filter(union__in=unions, year=period.year).select_related("union"):
        if target.currency_id == currency:
            found[target.union_id] = rounded(target.amount, currency)
            continue
        source, wanted = rate(target.currency_id), rate(currency)
        if source is None or wanted is None:
            notes.append(
                _("The target of %(union)s (%(currency)s) could not be converted to %(report)s.")
                % {"union": target.union.label, "currency": target.currency_id, "report": currency}
            )
            continue
        found[target.union_id] = rounded(target.amount * source / wanted, currency)
    return found


def _item_counts(unions, period: Period, public: bool) -> dict[str, dict[str, int]]:
    items = AidItem.objects.published() if public else AidItem.objects.all()
    items = items.filter(union__in=unions).exclude(status__in=EXCLUDED_STATUSES)
    approved = items.filter(decision_date__gte=period.start, decision_date__lte=period.end)
    active = items.filter(
        Q(actual_end__isnull=True) | Q(actual_end__gte=period.start),
        status__in=STARTED_STATUSES,
        actual_start__lte=period.end,
    )

    def by_kind(queryset):
        counts = dict(queryset.order_by().values_list("kind").annotate(n=Count("pk")))
        row = {kind: counts.get(kind, 0) for kind in AidKind.values}
        row["total"] = sum(row.values())
        return row

    return {"approved": by_kind(approved), "active": by_kind(active)}


def annual_report(
    *,
    unions: list[Union],
    year: int,
    half: int | None = None,
    currency: str = VND,
    language: str | None = None,
    national: bool = False,
    public: bool = False,
) -> AnnualReport:
    """The report of `unions` (one union, or with `national` every union given, with a
    row each) for `year` or one half of it, in `currency`, written in `language`. With
    `public`, the portal's version: only published aid items, and no targets (a share of
    the target computed from part of the portfolio would mislead)."""
    language = language or translation.get_language()
    with translation.override(language):
        return _build(unions, Period(year, half), currency, language, national, public)


def _build(unions, period, currency, language, national, public=False) -> AnnualReport:
    def money_of(start, end, types=None):
        rows = figures.transactions_of(unions, start, end, types, public=public)
        return figures.item_money(rows, currency)

    money = money_of(period.start, period.end)
    previous = money_of(period.previous().start, period.previous().end, (COMMITMENT,))
    committed = rounded(money.total(COMMITMENT), currency)
    disbursed = rounded(money.total(DISBURSEMENT), currency)
    committed_previous = rounded(previous.total(COMMITMENT), currency)
    notes: list[str] = []
    targets = {} if public else _targets(unions, period, currency, notes)
    target = sum(targets.values(), ZERO) if targets else None
    union_of = dict(AidItem.objects.filter(union__in=unions).values_list("pk", "union_id"))
    # Only the unions that set a target count towards the share of it.
    with_target = [i for i in money.by_item if union_of.get(i) in targets]
    committed_against_target = rounded(money.total(COMMITMENT, with_target), currency)
    if targets and len(targets) < len(unions):
        notes.append(
            _(
                "%(count)s of %(all)s unions set a target for %(year)s; the share of the "
                "target counts only their commitments."
            )
            % {"count": len(targets), "all": len(unions), "year": period.year}
        )

    union_rows = []
    if national:
        items_of = defaultdict(list)  # each union's items, sorted once
        for item_id in money.by_item.keys() | previous.by_item.keys():
            items_of[union_of.get(item_id)].append(item_id)
        for union in unions:
            mine = items_of[union.pk]
            union_committed = rounded(money.total(COMMITMENT, mine), currency)
            union_previous = rounded(previous.total(COMMITMENT, mine), currency)
            union_target = targets.get(union.pk)
            union_rows.append(
                UnionRow(
                    slug=union.slug,
                    label=union.label,
                    committed=union_committed,
                    disbursed=rounded(money.total(DISBURSEMENT, mine), currency),
                    committed_previous=union_previous,
                    committed_change_pct=_change(union_committed, union_previous),
                    target=union_target,
                    target_share_pct=pct(union_committed, union_target),
                )
            )
    report = AnnualReport(
        union=None if national else unions[0],
        unions=list(unions),
        period=period,
        currency=currency,
        language=language,
        committed=committed,
        disbursed=disbursed,
        committed_previous=committed_previous,
        committed_change_pct=_change(committed, committed_previous),
        target=target,
        target_share_pct=pct(committed_against_target, target),
        items=_item_counts(unions, period, public),
        by_sector=figures.by_sector(money, committed),
        by_province=figures.by_province(money, committed),
        by_locality=figures.by_locality(money, committed),
        by_donor_country=figures.by_donor_country(money, committed),
        by_donor=figures.by_donor(money, committed),
        by_union=union_rows,
        unconverted=money.unconverted + previous.unconverted,
        notes=notes,
        definitions=[str(d) for d in DEFINITIONS],
    )
    report.summary = summary(report)
    return report


def _change(now: Decimal, before: Decimal) -> Decimal | None:
    return None if not before else pct(now - before, before)


def summary(report: AnnualReport) -> str:
    """One paragraph in the report's language with the figures the seed pages quote."""
    period = report.period
    words = {
        "period": period.label,
        "union": report.subject,
        "amount": amount_in_words(report.committed, report.currency),
        "disbursed": amount_in_words(report.disbursed, report.currency),
        "previous": period.previous().label,
    }
    if report.is_empty:
        return _("In %(period)s, %(union)s recorded no commitments or disbursements.") % words
    text = _("In %(period)s, %(union)s mobilized commitments of %(amount)s") % words
    change = report.committed_change_pct
    if change is not None and change >= 0:
        text += _(", up %(pct)s on %(previous)s") % {**words, "pct": percent(change)}
    elif change is not None:
        text += _(", down %(pct)s on %(previous)s") % {**words, "pct": percent(-change)}
    if report.target_share_pct is not None:
        text += _(", %(pct)s of the year's target") % {"pct": percent(report.target_share_pct)}
    text += _(". Disbursements: %(disbursed)s.") % words
    # Chinese runs its sentences together; the others put a space between them.
    space = "" if babel_locale() == "zh_Hans" else " "
    active, approved = report.items["active"]["total"], report.items["approved"]["total"]
    text += space + _("Aid items active: %(active)s; approved: %(approved)s.") % {
        "active": active,
        "approved": approved,
    }
    if report.unconverted:
        text += space + _(
            "%(count)s transactions could not be converted to %(currency)s and are left out."
        ) % {"count": len(report.unconverted), "currency": report.currency}
    return text
