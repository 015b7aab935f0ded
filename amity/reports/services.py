"""Writes of the reports app: the yearly mobilization targets."""

from decimal import Decimal

from django.db import transaction

from amity.history.services import delete_recorded, record_change, snapshot
from amity.tenancy.permissions import Action, check_actor

from .models import Target


@transaction.atomic
def target_save(*, actor, target: Target) -> Target:
    """Add or change a target (one per union and year)."""
    if target.pk:
        stored = Target.objects.get(pk=target.pk)
        check_actor(actor, Action.CHANGE, obj=stored)
        before = snapshot(stored)
    else:
        before = None
    check_actor(actor, Action.ADD if before is None else Action.CHANGE, union=target.union)
    target.full_clean()
    target.save()
    record_change(actor=actor, instance=target, before=before, union=target.union)
    return target


def target_set(
    *, actor, union, year: int, amount: Decimal, currency: str, note: str = ""
) -> Target:
    """The command line's and the API's way: set the year's target, whether or not one
    was set before."""
    target = Target.objects.filter(union=union, year=year).first() or Target(union=union, year=year)
    target.amount, target.currency_id = amount, currency
    if note:
        target.note = note
    return target_save(actor=actor, target=target)


@transaction.atomic
def target_delete(*, actor, target: Target) -> None:
    check_actor(actor, Action.DELETE, obj=target)
    delete_recorded(actor=actor, instance=target, union=target.union)
