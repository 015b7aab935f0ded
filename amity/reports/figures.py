"""The arithmetic every report shares: the money of a set of transactions per aid item,
in the report's currency, and the breakdowns (sector, place, donor) built from it.

Sums are done by the database, grouped by item (and, for a currency other than the
dong, by the transaction's currency and date, which each need their own rate); what
remains is a few rows per item, split by shares in Python with exact decimals."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Sum
from django.utils.translation import gettext as _

from amity.aid.models import AidItem, AidItemDonor, AidItemLocality, AidItemSector, DonorRole
from amity.aid.workflow import AidStatus
from amity.codelists.models import Country, Sector
from amity.finance.models import Transaction, TransactionType
from amity.finance.selectors import RateCurve
from amity.finance.services import VND
from amity.geo.models import AdministrativeUnit
from amity.registry.models import Organization

HUNDRED = Decimal(100)
ZERO = Decimal(0)
COMMITMENT, DISBURSEMENT = TransactionType.COMMITMENT, TransactionType.DISBURSEMENT
# The key of a breakdown row for money that names no sector, place or donor.
NOT_SPECIFIED = ""


def places(currency: str) -> Decimal:
    """The dong has no minor unit; other currencies are kept to the cent."""
    return Decimal(1) if currency == VND else Decimal("0.01")


def rounded(value: Decimal, currency: str) -> Decimal:
    return value.quantize(places(currency), ROUND_HALF_UP)


def pct(part: Decimal, whole: Decimal | None) -> Decimal | None:
    """part / whole in percent, one decimal; None when there is nothing to compare with."""
    if not whole:
        return None
    return (part / whole * HUNDRED).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass
class Unconverted:
    """A transaction left out of the totals because no rate converts it."""

    id: int
    item_id: int
    item: str
    type: str
    date: datetime.date
    amount: Decimal
    currency: str

    @property
    def type_label(self) -> str:
        return str(TransactionType(self.type).label)


@dataclass
class ItemMoney:
    """Per aid item and transaction type, the amount in the report's currency, unrounded."""

    currency: str
    by_item: dict[int, dict[str, Decimal]] = field(default_factory=lambda: defaultdict(dict))
    unconverted: list[Unconverted] = field(default_factory=list)

    def total(self, type: str, items=None) -> Decimal:
        keys = self.by_item.keys() if items is None else items
        return sum((self.by_item[i].get(type, ZERO) for i in keys if i in self.by_item), ZERO)


def item_money(transactions, currency: str) -> ItemMoney:
    """The money of `transactions` per item in `currency`: the stored VND equivalents,
    or for another currency the amount itself when it is in that currency, else its VND
    equivalent at that currency's rate on the transaction's date. Transactions no rate
    converts are listed, not guessed."""
    money = ItemMoney(currency)
    rows = transactions.order_by()
    if currency == VND:
        for row in rows.values("item_id", "type").annotate(total=Sum("amount_vnd")):
            money.by_item[row["item_id"]][row["type"]] = row["total"]
        return money
    rates = RateCurve(currency)
    missing = []
    grouped = rows.values("item_id", "type", "currency_id", "date").annotate(
        amount=Sum("amount"), vnd=Sum("amount_vnd")
    )
    for row in grouped:
        if row["currency_id"] == currency:
            value = row["amount"]
        else:
            rate = rates.get(row["date"])
            if rate is None:
                missing.append(row)
                continue
            value = Decimal(row["vnd"]) / rate
        amounts = money.by_item[row["item_id"]]
        amounts[row["type"]] = amounts.get(row["type"], ZERO) + value
    if missing:
        money.unconverted = _unconverted(transactions, currency, missing, rates)
    return money


def _unconverted(transactions, currency, missing_rows, rates: RateCurve) -> list[Unconverted]:
    latest = max(row["date"] for row in missing_rows)
    # No rate on or before a day means the day is before the currency's first rate.
    rows = (
        transactions.exclude(currency_id=currency)
        .filter(date__lte=latest)
        .select_related("item")
        .order_by("date", "pk")
    )
    first_rate = rates.days[:1]
    return [
        Unconverted(t.pk, t.item_id, t.item.label, t.type, t.date, t.amount, t.currency_id)
        for t in rows
        if not first_rate or t.date < first_rate[0]
    ]


# Breakdowns ------------------------------------------------------------------------


@dataclass
class Row:
    key: str
    label: str
    committed: Decimal
    disbursed: Decimal
    share_pct: Decimal | None = None  # of the committed total


def _rows(sums: dict, labels: dict, currency: str, committed_total: Decimal) -> list[Row]:
    rows = [
        Row(
            key=str(key),
            label=labels.get(key) or _("Not specified"),
            committed=rounded(values.get(COMMITMENT, ZERO), currency),
            disbursed=rounded(values.get(DISBURSEMENT, ZERO), currency),
        )
        for key, values in sums.items()
    ]
    for row in rows:
        row.share_pct = pct(row.committed, committed_total)
    # Largest first; "not specified" last whatever its size.
    rows.sort(key=lambda r: (r.key == NOT_SPECIFIED, -r.committed, -r.disbursed, r.label))
    return rows


def _split(money: ItemMoney, shares: dict[int, list[tuple[object, Decimal]]]) -> dict:
    """Each item's money split by its shares (percent); items without any count under
    NOT_SPECIFIED."""
    sums: dict = defaultdict(lambda: defaultdict(Decimal))
    for item_id, amounts in money.by_item.items():
        parts = shares.get(item_id) or [(NOT_SPECIFIED, HUNDRED)]
        for key, share in parts:
            for type, value in amounts.items():
                sums[key][type] += value * share / HUNDRED
    return sums


def _shares(rows) -> dict[int, list]:
    shares = defaultdict(list)
    for item_id, key, share in rows:
        shares[item_id].append((key, share))
    return shares


def by_sector(money: ItemMoney, committed_total: Decimal) -> list[Row]:
    items = list(money.by_item)
    sums = _split(
        money,
        _shares(
            AidItemSector.objects.filter(item_id__in=items).values_list(
                "item_id", "sector_id", "share"
            )
        ),
    )
    labels = {s.code: f"{s.code} {s.label}" for s in Sector.objects.filter(code__in=sums)}
    return _rows(sums, labels, money.currency, committed_total)


def _locality_shares(money: ItemMoney, rollup: bool) -> dict[int, list]:
    column = "unit__current_province_id" if rollup else "unit_id"
    return _shares(
        AidItemLocality.objects.filter(item_id__in=list(money.by_item)).values_list(
            "item_id", column, "share"
        )
    )


def _unit_labels(keys, with_province: bool) -> dict:
    units = AdministrativeUnit.objects.filter(pk__in=[k for k in keys if k != NOT_SPECIFIED])
    units = units.select_related("current_province")
    labels = {}
    for unit in units:
        label = unit.label
        if with_province and unit.current_province_id not in (None, unit.pk):
            label = f"{label}, {unit.current_province.label}"
        labels[unit.pk] = label
    return labels


def by_province(money: ItemMoney, committed_total: Decimal) -> list[Row]:
    """Today's provinces: a locality recorded before July 2025 counts under the province
    it now lies in."""
    sums = _split(money, _locality_shares(money, rollup=True))
    return _rows(sums, _unit_labels(sums, False), money.currency, committed_total)


def by_locality(money: ItemMoney, committed_total: Decimal) -> list[Row]:
    """Each place as recorded (a commune, or a district or province before July 2025),
    with the province it lies in today."""
    sums = _split(money, _locality_shares(money, rollup=False))
    return _rows(sums, _unit_labels(sums, True), money.currency, committed_total)


def _donor_shares(money: ItemMoney) -> dict[int, list]:
    """An item's money is split equally among its funding donors (among all its donors
    when none is marked funding)."""
    donors = defaultdict(lambda: defaultdict(list))
    rows = AidItemDonor.objects.filter(item_id__in=list(money.by_item))
    for item_id, organization_id, role in rows.values_list("item_id", "organization_id", "role"):
        donors[item_id][role == DonorRole.FUNDING].append(organization_id)
    shares = {}
    for item_id, by_role in donors.items():
        chosen = sorted(set(by_role.get(True) or by_role.get(False)))
        shares[item_id] = [(org, HUNDRED / len(chosen)) for org in chosen]
    return shares


def by_donor(money: ItemMoney, committed_total: Decimal) -> list[Row]:
    sums = _split(money, _donor_shares(money))
    named = [key for key in sums if key != NOT_SPECIFIED]
    labels = {o.pk: o.label for o in Organization.objects.filter(pk__in=named)}
    return _rows(sums, labels, money.currency, committed_total)


def by_donor_country(money: ItemMoney, committed_total: Decimal) -> list[Row]:
    shares = _donor_shares(money)
    country_of = dict(
        Organization.objects.filter(
            pk__in={org for parts in shares.values() for org, _ in parts}
        ).values_list("pk", "country_id")
    )
    by_country = {
        item: [(country_of.get(org) or NOT_SPECIFIED, share) for org, share in parts]
        for item, parts in shares.items()
    }
    sums = _split(money, by_country)
    labels = {c.code: c.label for c in Country.objects.filter(code__in=list(sums))}
    return _rows(sums, labels, money.currency, committed_total)


def transactions_of(
    unions, start: datetime.date, end: datetime.date, types=None, *, public: bool = False
):
    """Commitments and disbursements dated in [start, end] of the unions' aid items,
    leaving out rejected and cancelled items; with `public`, only the items the portal may
    show (`AidItem.objects.published()`)."""
    rows = Transaction.objects.all()
    if public:
        rows = rows.filter(item__in=AidItem.objects.published())
    return rows.filter(
        union__in=unions,
        date__gte=start,
        date__lte=end,
        type__in=types or (COMMITMENT, DISBURSEMENT),
    ).exclude(item__status__in=(AidStatus.REJECTED, AidStatus.CANCELLED))
