"""Totals, always computed from the transactions themselves."""

from decimal import Decimal

from django.db.models import Q, Sum

from .models import Transaction, TransactionType


def totals_vnd(transactions) -> dict[str, Decimal]:
    """VND totals by transaction type; every transaction counted once."""
    sums = dict(
        transactions.values("type").annotate(total=Sum("amount_vnd")).values_list("type", "total")
    )
    return {t: sums.get(t) or Decimal(0) for t in TransactionType.values}


def item_transactions(item):
    """An item's own transactions and, for a program, its projects' — each once."""
    return Transaction.objects.filter(Q(item=item) | Q(item__parent=item))
