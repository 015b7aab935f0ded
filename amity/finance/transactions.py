"""Writes of an aid item's money: transactions converted to VND when they are saved, and
revaluation on request when the rate table has changed."""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction as db_transaction
from django.utils.translation import gettext as _

from amity.aid.workflow import AidStatus
from amity.history.services import delete_recorded, record_change, snapshot
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
    if item.status in CLOSED_STATUSES:
        raise ValidationError(
            {
                "item": _("No money moves on an aid item that is “%(status)s”.")
                % {"status": item.get_status_display()}
            }
        )
    transaction.union_id = item.union_id
    # Constraints are checked below with messages that name the field.
    transaction.full_clean(
        exclude=["amount_vnd", "rate", "rate_date", "rate_source", "union"],
        validate_constraints=False,
    )
    if transaction.amount < 0:
        raise ValidationError({"amount": _("An amount cannot be negative.")})
    _apply_conversion(transaction)
    transaction.save()
    record_change(actor=actor, instance=transaction, before=before, union=item.union, parent=item)
    return transaction


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
