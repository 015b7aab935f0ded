"""Reads of mobilization: a program's progress year by year, an appeal's progress, the
calls readers may see."""

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone

from amity.finance.models import Transaction, TransactionType
from amity.finance.selectors import sums_in
from amity.finance.services import VND, convert_to_vnd
from amity.reports.models import Target

from .models import Appeal, Call, Pledge, Program, Receipt

HUNDRED = Decimal(100)


def share_of(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    """`part` as a percentage of `whole`, to one decimal; None when there is no whole."""
    if part is None or not whole:
        return None
    return (part * HUNDRED / whole).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass
class ProgramYear:
    """One year of a program: the union's target for it, what the program's aid items
    committed in it and what the whole union committed, all in the target's currency
    (VND without a target)."""

    year: int
    currency: str
    target: Decimal | None
    program_committed: Decimal
    union_committed: Decimal
    share_of_target: Decimal | None


def program_progress(program: Program) -> list[ProgramYear]:
    """Each year of the program, the union's target (`reports.Target`) against the
    commitments dated in that year: of the program's aid items, and of the union."""
    targets = {
        t.year: t
        for t in Target.objects.filter(
            union=program.union, year__in=list(program.years)
        ).select_related("currency")
    }
    commitments = Transaction.objects.filter(union=program.union, type=TransactionType.COMMITMENT)
    produced = commitments.filter(item__in=program.aid_items.all())
    years = list(program.years)
    currency_of = {year: targets[year].currency_id if year in targets else VND for year in years}
    # One sum by year per currency the targets use (usually the dong alone), not a
    # query for each year.
    by_year: dict[tuple[str, str], dict] = {}
    for currency in set(currency_of.values()):
        in_currency = [y for y in years if currency_of[y] == currency]
        for name, rows_of in (("program", produced), ("union", commitments)):
            by_year[name, currency] = sums_in(
                rows_of.filter(date__year__in=in_currency), currency, by="date__year"
            )
    rows = []
    for year in years:
        target, currency = targets.get(year), currency_of[year]
        program_sum = by_year["program", currency].get(year, Decimal(0))
        union_sum = by_year["union", currency].get(year, Decimal(0))
        amount = target.amount if target is not None else None
        rows.append(
            ProgramYear(
                year=year,
                currency=currency,
                target=amount,
                program_committed=program_sum,
                union_committed=union_sum,
                share_of_target=share_of(program_sum, amount),
            )
        )
    return rows


@dataclass
class AppealProgress:
    """How far an appeal is: received and pledged against its target, in `currency`
    (the target's; VND when a rate is missing to count in it)."""

    currency: str
    target: Decimal | None
    received: Decimal
    pledged: Decimal
    share_received: Decimal | None
    receipts: int
    donors: int
    by_currency: dict[str, Decimal] = field(default_factory=dict)  # received, as given


def appeal_progress(appeal: Appeal, today: datetime.date | None = None) -> AppealProgress:
    """Receipts and pledges in any currency against the target. Counted in the target's
    currency the way the reports count (same-currency amounts as they are, others
    through VND at that day's rate); when the rate table cannot, in VND, with the target
    converted at today's rate (or no share, if even that has no rate)."""
    return appeals_progress([appeal], today)[appeal.pk]


def appeals_progress(appeals, today: datetime.date | None = None) -> dict[int, AppealProgress]:
    """`appeal_progress` of each of `appeals`, by key, in a few queries for them all (a
    listing's) rather than several an appeal: the sums a currency at a time, the
    receipts' currencies and donors in one read. Appeals whose currency the rate table
    cannot count in are counted one by one, each falling back to VND as it must."""
    appeals = list(appeals)
    keys = [appeal.pk for appeal in appeals]
    receipts = Receipt.objects.filter(appeal_id__in=keys)
    pledges = Pledge.objects.filter(appeal_id__in=keys)
    sums: dict[int, tuple] = {}  # appeal → (currency, target, received, pledged)
    by_currency: dict[str, list[Appeal]] = {}
    for appeal in appeals:
        by_currency.setdefault(appeal.currency_id, []).append(appeal)
    for currency, group in by_currency.items():
        in_group = [appeal.pk for appeal in group]
        try:
            received = sums_in(receipts.filter(appeal_id__in=in_group), currency, by="appeal_id")
            pledged = sums_in(pledges.filter(appeal_id__in=in_group), currency, by="appeal_id")
        except ValidationError:
            for appeal in group:
                sums[appeal.pk] = _sums_alone(appeal, today)
            continue
        for appeal in group:
            sums[appeal.pk] = (
                currency,
                appeal.target_amount,
                received.get(appeal.pk, Decimal(0)),
                pledged.get(appeal.pk, Decimal(0)),
            )
    by_code: dict[int, dict[str, Decimal]] = {key: {} for key in keys}
    donors: dict[int, set] = {key: set() for key in keys}
    counts = dict.fromkeys(keys, 0)
    rows = receipts.order_by().values_list(
        "appeal_id", "currency_id", "amount", "donor_id", "donor_name"
    )
    for key, code, amount, donor, name in rows:
        by_code[key][code] = by_code[key].get(code, Decimal(0)) + amount
        if donor or name:
            donors[key].add(donor or name.casefold())
        counts[key] += 1
    result = {}
    for key in keys:
        currency, target, received, pledged = sums[key]
        result[key] = AppealProgress(
            currency=currency,
            target=target,
            received=received,
            pledged=pledged,
            share_received=share_of(received, target),
            receipts=counts[key],
            donors=len(donors[key]),
            by_currency=dict(sorted(by_code[key].items())),
        )
    return result


def _sums_alone(appeal: Appeal, today) -> tuple:
    """(currency, target, received, pledged) of one appeal: in its target's currency,
    else in VND with the target converted at today's rate (None without that rate)."""
    receipts, pledges = appeal.receipts.all(), appeal.pledges.all()
    currency = appeal.currency_id
    try:
        received = sums_in(receipts, currency).get(None, Decimal(0))
        pledged = sums_in(pledges, currency).get(None, Decimal(0))
        return currency, appeal.target_amount, received, pledged
    except ValidationError:
        pass
    received = sums_in(receipts, VND).get(None, Decimal(0))
    pledged = sums_in(pledges, VND).get(None, Decimal(0))
    try:
        day = today or timezone.localdate()
        target = convert_to_vnd(appeal.target_amount, appeal.currency_id, day).amount_vnd
    except ValidationError:
        target = None
    return VND, target, received, pledged


def published_calls(unions, *, sector: str | None = None, province: str | None = None, today=None):
    """The open, published calls of `unions` for the portal, filtered by a DAC sector
    code (or its 3-digit category) and a province's key (`2025:75`)."""
    calls = Call.objects.published(today).filter(union__in=unions).with_related()
    if sector:
        calls = calls.filter(Q(sector__code=sector) | Q(sector__category__code=sector))
    if province:
        structure, _sep, code = province.partition(":")
        calls = calls.filter(
            Q(locality__structure=structure, locality__code=code)
            | Q(
                locality__current_province__structure=structure,
                locality__current_province__code=code,
            )
        )
    return calls.order_by("deadline", "pk")
