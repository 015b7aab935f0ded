"""Writes of an aid item's money: transactions converted to VND when they are saved, and
revaluation on request when the rate table has changed."""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction as db_transaction
from django.utils.translation import gettext as _

from amity.aid.workflow import AidStatus
from amity.codelists.models import Currency
from amity.core.bulk import insert_all
from amity.core.fieldcheck import full_clean_fields
from amity.history.services import delete_recorded, record_change, records_created, snapshot
from amity.tenancy.permissions import Action, check_actor

from .models import Transaction
from .services import convert_to_vnd

# No money moves on an item that was refused or dropped.
CLOSED_STATUSES = {AidStatus.REJECTED, AidStatus.CANCELLED}


def _apply_conversion(tx: Transaction) -> None:
    try:
        conversion = convert_to_vnd(tx.amount, tx.currency_id, tx.date)
    except ValidationError as exc:
        raise ValidationError({"currency": exc.messages}) from exc
    tx.amount_vnd = conversion.amount_vnd
    tx.rate = conversion.rate
    tx.rate_date = conversion.rate_date
    tx.rate_source = conversion.source


@db_transaction.atomic
def transaction_save(*, actor, transaction: Transaction) -> Transaction:
    """Create or change a transaction; its VND equivalent is computed at the rate of its
    date (the latest on or before it), and the rate, its date and source kept."""
    item = transaction.item
    check_actor(actor, Action.CHANGE, obj=item)
    before = None
    if transaction.pk is not None:
        stored = Transaction.objects.get(pk=transaction.pk)
        if stored.item_id != item.pk:
            raise ValidationError({"item": _("A transaction stays with its aid item.")})
        before = snapshot(stored)
    # The union object, not only its id: the history row names it without a query.
    transaction.union = item.union
    _check(transaction, item)
    _apply_conversion(transaction)
    transaction.save()
    record_change(actor=actor, instance=transaction, before=before, union=item.union, parent=item)
    return transaction


# Computed when saved, never given.
COMPUTED_FIELDS = ["amount_vnd", "rate", "rate_date", "rate_source"]


def _check(transaction: Transaction, item, *, query_relations: bool = True) -> None:
    """What every saved transaction must be: on an open item, not negative, its fields
    valid. `query_relations=False` trusts the related objects it was given (bulk writers
    that loaded them) instead of checking each in the database."""
    if item.status in CLOSED_STATUSES:
        raise ValidationError(
            {
                "item": _("No money moves on an aid item that is “%(status)s”.")
                % {"status": item.get_status_display()}
            }
        )
    # Said in our words before the field's generic "greater than or equal to 0".
    if isinstance(transaction.amount, Decimal | int) and transaction.amount < 0:
        raise ValidationError({"amount": _("An amount cannot be negative.")})
    exclude = [*COMPUTED_FIELDS, "union"]
    if not query_relations:
        exclude += ["item", "currency"]
    # full_clean less its unique checks: no field of a transaction but its key is unique.
    full_clean_fields(transaction, exclude=exclude)


@db_transaction.atomic
def transactions_create(*, actor, transactions: list[Transaction], rates) -> list[Transaction]:
    """Save many new transactions at once, converted with `rates`
    (`selectors.RateCurves`, one query per currency): what transaction_save does for
    each, in a few queries, for imports. Each must have its item and currency objects.
    Every one is checked before any is written; the first that fails raises its
    ValidationError and nothing is written."""
    items = {}
    for tx in transactions:
        item = tx.item
        if tx.pk is not None or item.pk is None:
            raise ValueError("transactions_create takes new transactions of saved items")
        if item.pk not in items:
            check_actor(actor, Action.CHANGE, obj=item)
            items[item.pk] = item
        tx.union = item.union
        _check(tx, item, query_relations=False)
        try:
            conversion = rates.conversion(tx.amount, tx.currency_id, tx.date)
        except ValidationError as exc:
            raise ValidationError({"currency": exc.messages}) from exc
        tx.amount_vnd, tx.rate = conversion.amount_vnd, conversion.rate
        tx.rate_date, tx.rate_source = conversion.rate_date, conversion.source
    insert_all(transactions)
    records_created(actor=actor, rows=[(tx, tx.union, tx.item) for tx in transactions])
    return transactions


@db_transaction.atomic
def transaction_delete(*, actor, transaction: Transaction) -> None:
    check_actor(actor, Action.CHANGE, obj=transaction.item)
    delete_recorded(
        actor=actor, instance=transaction, union=transaction.union, parent=transaction.item
    )


@dataclass(frozen=True)
class Revaluation:
    transaction: Transaction
    old_vnd: Decimal
    new_vnd: Decimal
    old_rate: Decimal
    new_rate: Decimal


@db_transaction.atomic
def revalue(*, actor=None, transactions=None) -> list[Revaluation]:
    """Recompute stored VND equivalents from today's rate table and report what changed.
    Nothing else ever rewrites them: a new rate does not silently change old figures."""
    changed = []
    queryset = transactions if transactions is not None else Transaction.objects.all()
    related = queryset.select_related("item", "union", "currency")
    for tx in related.order_by("pk").iterator(chunk_size=2000):
        before = snapshot(tx)
        old = (tx.amount_vnd, tx.rate, tx.rate_date, tx.rate_source)
        _apply_conversion(tx)
        if (tx.amount_vnd, tx.rate, tx.rate_date, tx.rate_source) != old:
            tx.save(update_fields=["amount_vnd", "rate", "rate_date", "rate_source"])
            record_change(actor=actor, instance=tx, before=before, union=tx.union, parent=tx.item)
            changed.append(Revaluation(tx, old[0], tx.amount_vnd, old[1], tx.rate))
    return changed


class TransactionRowsError(ValidationError):
    """Errors of some rows of a list of transactions, by the row's position."""

    def __init__(self, rows: dict[int, ValidationError]):
        self.rows = rows
        super().__init__([m for error in rows.values() for m in error.messages])


ROW_FIELDS = ("type", "date", "amount", "currency_id", "description")


@db_transaction.atomic
def transactions_sync(*, actor, item, rows: list[dict]) -> list[Transaction]:
    """Make `item`'s transactions be `rows` (dicts of `id` — None for a new one —,
    `type`, `date`, `amount`, `currency`, `description`): new and changed rows are
    saved by transaction_save(), unchanged ones left as they are, those not listed
    deleted. All rows or none."""
    stored = {tx.pk: tx for tx in Transaction.objects.filter(item=item)}
    kept, errors = set(), {}
    for position, row in enumerate(rows):
        tx = stored.get(row.get("id")) or Transaction(item=item)
        old = tuple(getattr(tx, f) for f in ROW_FIELDS) if tx.pk else None
        for name, value in row.items():
            if name == "currency":
                if isinstance(value, Currency):
                    tx.currency = value  # named in the history without a query
                else:
                    tx.currency_id = value
            elif name != "id":
                setattr(tx, name, value)
        if tx.pk and old == tuple(getattr(tx, f) for f in ROW_FIELDS):
            kept.add(tx.pk)
            continue
        try:
            # A savepoint per row, so one bad row still lets the others be checked.
            with db_transaction.atomic():
                kept.add(transaction_save(actor=actor, transaction=tx).pk)
        except ValidationError as exc:
            errors[position] = exc
    if errors:
        raise TransactionRowsError(errors)
    for tx in stored.values():
        if tx.pk not in kept:
            transaction_delete(actor=actor, transaction=tx)
    return list(Transaction.objects.filter(item=item))
