"""Totals, always computed from the transactions themselves."""

from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Case, DecimalField, F, Q, Sum, When

from .models import Transaction, TransactionType

HUNDRED = Decimal(100)


def totals_vnd(transactions) -> dict[str, Decimal]:
    """VND totals by transaction type; every transaction counted once."""
    sums = dict(
        transactions.values("type").annotate(total=Sum("amount_vnd")).values_list("type", "total")
    )
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
    rows = transactions.filter(type=type)
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
