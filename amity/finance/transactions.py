"""Writes of an aid item's money: transactions converted to VND when they are saved, and
revaluation on request when the rate table has changed."""

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import transaction as db_transaction
from django.utils.translation import gettext as _

from amity.aid.workflow import AidStatus
from amity.codelists.models import Currency
from amity.core.bulk import insert_values
from amity.core.fieldcheck import check_values, full_clean_fields
from amity.history.services import (
    delete_recorded,
    record_change,
    records_created_values,
    snapshot,
)
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


def _check(transaction: Transaction, item) -> None:
    """What every saved transaction must be: on an open item, not negative, its fields
    valid."""
    _check_open(item)
    _check_amount(transaction.amount)
    # full_clean less its unique checks: no field of a transaction but its key is unique.
    full_clean_fields(transaction, exclude=[*COMPUTED_FIELDS, "union"])


def _check_open(item) -> None:
    if item.status in CLOSED_STATUSES:
        raise ValidationError(
            {
                "item": _("No money moves on an aid item that is “%(status)s”.")
                % {"status": item.get_status_display()}
            }
        )


def _check_amount(amount) -> None:
    # Said in our words before the field's generic "greater than or equal to 0".
    if isinstance(amount, Decimal | int) and amount < 0:
        raise ValidationError({"amount": _("An amount cannot be negative.")})


class NewTransaction(NamedTuple):
    """A transaction for `transactions_create`: of a saved item, in a loaded currency."""

    item: object  # aid.AidItem, with its union
    type: str
    date: datetime.date
    amount: Decimal
    currency: Currency
    description: str = ""


# Checked by transactions_create itself: the item and currency are objects it was given.
_GIVEN_FIELDS = [*COMPUTED_FIELDS, "union", "item", "currency"]


@db_transaction.atomic
def transactions_create(*, actor, transactions: list[NewTransaction], rates) -> int:
    """Save many new transactions at once, converted with `rates`
    (`selectors.RateCurves`, one query per currency): what transaction_save does for
    each, with the same checks and history, in a few queries and without a model
    instance a row, for imports. Every one is checked before any is written; the first
    that fails raises its ValidationError and nothing is written. Returns how many."""
    items, names, rows = {}, {}, []
    for new in transactions:
        item = new.item
        if item.pk is None:
            raise ValueError("transactions_create takes transactions of saved items")
        if item.pk not in items:
            check_actor(actor, Action.CHANGE, obj=item)
            _check_open(item)
            items[item.pk] = item
            # Named in the history rows from what is held, without a query.
            names[type(item), item.pk] = str(item)
            names[type(item.union), item.union_id] = str(item.union)
        currency = new.currency
        if (Currency, currency.pk) not in names:
            names[Currency, currency.pk] = str(currency)
        _check_amount(new.amount)
        values = {
            "item_id": item.pk,
            "union_id": item.union_id,
            "type": new.type,
            "date": new.date,
            "amount": new.amount,
            "currency_id": currency.pk,
            "description": new.description,
        }
        check_values(Transaction, values, exclude=_GIVEN_FIELDS)
        try:
            conversion = rates.conversion(values["amount"], currency.pk, values["date"])
        except ValidationError as exc:
            raise ValidationError({"currency": exc.messages}) from exc
        values["amount_vnd"], values["rate"] = conversion.amount_vnd, conversion.rate
        values["rate_date"], values["rate_source"] = conversion.rate_date, conversion.source
        rows.append(values)
    pks = insert_values(Transaction, rows)
    records_created_values(
        actor=actor,
        model=Transaction,
        rows=(
            (
                pk,
                values,
                Transaction.text(
                    values["type"], values["date"], values["amount"], values["currency_id"]
                ),
                items[values["item_id"]].union,
                items[values["item_id"]],
            )
            for pk, values in zip(pks, rows, strict=True)
        ),
        names=names,
    )
    return len(pks)


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
