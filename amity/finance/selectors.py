"""Totals, always computed from the transactions themselves."""

from bisect import bisect_right
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Case, DecimalField, F, Q, Sum, When

from .models import ExchangeRate, Transaction, TransactionType
from .services import VND, Conversion, conversion_at, convert_to_vnd, rate_for

HUNDRED = Decimal(100)


def totals_vnd(transactions) -> dict[str, Decimal]:
    """VND totals by transaction type; every transaction counted once."""
    # order_by() drops the listing's ordering, which would split the groups.
    grouped = transactions.order_by().values("type").annotate(total=Sum("amount_vnd"))
    sums = dict(grouped.values_list("type", "total"))
    return {t: sums.get(t) or Decimal(0) for t in TransactionType.values}


def item_transactions(item):
    """An item's own transactions and, for a program, its projects' — each once."""
    return Transaction.objects.filter(Q(item=item) | Q(item__parent=item))


TOTALS_BY = {
    "union": "union__slug",
    "kind": "item__kind",
    "year": "date__year",
}


def totals_by(transactions, by: str, type: str = TransactionType.COMMITMENT) -> dict:
    """VND totals of one transaction type grouped by union, kind, year or sector.

    By sector, each transaction is split by its item's sector shares (an item without
    sectors counts under None), rounded to the dong.
    """
    rows = transactions.filter(type=type).order_by()
    if by == "sector":
        grouped = rows.values("item__sectors__sector").annotate(
            total=Sum(
                Case(
                    When(item__sectors__isnull=True, then=F("amount_vnd")),
                    default=F("amount_vnd") * F("item__sectors__share") / HUNDRED,
                    output_field=DecimalField(max_digits=24, decimal_places=2),
                )
            )
        )
        key = "item__sectors__sector"
    else:
        key = TOTALS_BY[by]
        grouped = rows.values(key).annotate(total=Sum("amount_vnd"))
    return {
        row[key]: Decimal(row["total"]).quantize(Decimal(1), ROUND_HALF_UP)
        for row in grouped.order_by(key)
    }


CENT = Decimal("0.01")


def totals_in(transactions, currency: str) -> dict[str, Decimal]:
    """Totals by transaction type in `currency`. Amounts already in `currency` count as
    they are; the others through their stored VND equivalent, divided by the rate of
    `currency` on the transaction's date (the latest on or before it), so a total in
    USD of USD commitments is exactly their sum. Rounded half up to the cent."""
    if currency == VND:
        return totals_vnd(transactions)
    sums = sums_in(transactions, currency, by="type")
    return {t: sums.get(t, Decimal(0)).quantize(CENT) for t in TransactionType.values}


def sums_in(rows, currency: str, *, by: str | None = None) -> dict:
    """Sums of money `rows` (a queryset of any model with `amount`, `currency`, `date`
    and `amount_vnd`: transactions, pledges, receipts) in `currency`, grouped by the
    field `by` (one sum under None without it), the way `totals_in` counts: amounts in
    `currency` as they are, the others through VND at `currency`'s rate of their day.
    VND sums are whole dong; others are rounded half up to the cent. A day before the
    currency's first rate raises the rate table's ValidationError."""
    keys = [by] if by else []
    if currency == VND:
        if not by:
            return {None: Decimal(rows.aggregate(vnd=Sum("amount_vnd"))["vnd"] or 0)}
        grouped = rows.order_by().values(by).annotate(vnd=Sum("amount_vnd")).order_by()
        return {row[by]: Decimal(row["vnd"] or 0) for row in grouped}
    grouped = (
        rows.order_by()
        .values(*keys, "currency_id", "date")
        .annotate(amount=Sum("amount"), vnd=Sum("amount_vnd"))
        .order_by()
    )
    sums: dict = {}
    rates = RateCurve(currency)
    for row in grouped:
        key = row[by] if by else None
        if row["currency_id"] == currency:
            value = row["amount"]
        else:
            value = Decimal(row["vnd"]) / rates.on(row["date"])
        sums[key] = sums.get(key, Decimal(0)) + value
    return {key: total.quantize(CENT, ROUND_HALF_UP) for key, total in sums.items()}


class RateCurve:
    """Every rate of one currency, loaded once, to find many days' rates quickly."""

    def __init__(self, currency: str):
        self.currency = currency
        rows = ExchangeRate.objects.filter(currency_id=currency).order_by("date")
        self.days, self.values, self.sources = [], [], []
        for day, value, source in rows.values_list("date", "vnd_per_unit", "source"):
            self.days.append(day)
            self.values.append(value)
            self.sources.append(source)

    def get(self, day) -> Decimal | None:
        """The latest rate on or before `day`, or None before the first one."""
        position = bisect_right(self.days, day)
        return self.values[position - 1] if position else None

    def on(self, day) -> Decimal:
        rate = self.get(day)
        if rate is None:
            # The same refusal, in the same words, as converting a single amount.
            rate_for(self.currency, day)
        return rate

    def conversion(self, amount: Decimal, day) -> Conversion:
        """What `convert_to_vnd` gives for `amount` on `day`, without a query."""
        position = bisect_right(self.days, day)
        if not position:
            rate_for(self.currency, day)  # refuses, in the rate table's words
        found = position - 1
        return conversion_at(amount, self.values[found], self.days[found], self.sources[found])


class RateCurves:
    """The rate curve of each currency, loaded the first time it is asked for: VND
    equivalents for many transactions with one query per currency."""

    def __init__(self):
        self._curves: dict[str, RateCurve] = {}

    def __getitem__(self, currency: str) -> RateCurve:
        curve = self._curves.get(currency)
        if curve is None:
            curve = self._curves[currency] = RateCurve(currency)
        return curve

    def conversion(self, amount: Decimal, currency: str, day) -> Conversion:
        if currency == VND:
            return convert_to_vnd(amount, VND, day)
        return self[currency].conversion(amount, day)
