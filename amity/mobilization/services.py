"""Writes of mobilization: programs, calls for sponsorship and their pledges, appeals
with pledges and receipts, coordination plans and their tasks. Every write checks the
tenancy policy, the record's fields and the rules below, then keeps history; money is
converted to VND at the rate of its day, and the rate kept beside it."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from amity.aid.models import AidItem, AidKind, DonorRole
from amity.aid.services import aid_item_save
from amity.finance.models import Transaction, TransactionType
from amity.finance.services import convert_to_vnd
from amity.finance.transactions import transaction_save
from amity.history.services import children_sync, delete_recorded, record_change, snapshot
from amity.tenancy.permissions import Action, check_actor

from .models import (
    Appeal,
    Call,
    CallStatus,
    CoordinationPlan,
    PlanTask,
    Pledge,
    Program,
    Receipt,
)

TASK_FIELDS = ("title", "owner", "due_date", "status")
HUNDRED = Decimal(100)


def _stored_for_change(actor, record):
    """(stored copy, its snapshot) of a record being changed, after the policy allows it;
    (None, None) for a new one."""
    if record.pk is None:
        return None, None
    stored = type(record).objects.get(pk=record.pk)
    check_actor(actor, Action.CHANGE, obj=stored)
    if stored.union_id != record.union_id:
        raise ValidationError({"union": _("A record stays in its union.")})
    return stored, snapshot(stored)


def _check_write(actor, record, *, exclude=()):
    """The policy for the record's union, then its fields and constraints."""
    stored, before = _stored_for_change(actor, record)
    check_actor(actor, Action.ADD if stored is None else Action.CHANGE, union=record.union)
    record.full_clean(exclude=list(exclude))
    return stored, before


def _same_union(errors: dict, field: str, related, union_id: int, message: str) -> None:
    if related is not None and related.union_id != union_id:
        errors.setdefault(field, []).append(message)


def _raise(errors: dict) -> None:
    if errors:
        raise ValidationError(errors)


def _saved(actor, record, before, *, parent=None):
    record.save()
    record_change(actor=actor, instance=record, before=before, union=record.union, parent=parent)
    return record


def _deleted(actor, record, *, parent=None) -> None:
    check_actor(actor, Action.DELETE, obj=record)
    delete_recorded(actor=actor, instance=record, union=record.union, parent=parent)


# Programs -----------------------------------------------------------------------------


@transaction.atomic
def program_save(*, actor, program: Program, aid_items=None) -> Program:
    """Create or change a multi-year program; `aid_items`, when given, become the aid
    items it produced (each of the program's union)."""
    _stored, before = _check_write(actor, program)
    errors = {}
    for item in aid_items or []:
        _same_union(
            errors,
            "aid_items",
            item,
            program.union_id,
            _("%(item)s belongs to another union.") % {"item": item.label},
        )
    _raise(errors)
    program.save()
    if aid_items is not None:
        program.aid_items.set(aid_items)
    record_change(actor=actor, instance=program, before=before, union=program.union)
    return program


@transaction.atomic
def program_delete(*, actor, program: Program) -> None:
    _deleted(actor, program)


# Calls for sponsorship ----------------------------------------------------------------


def _outside_province(union, units) -> list[str]:
    """A provincial union works in its own province; the national union anywhere."""
    if union.is_national:
        return []
    return [
        _("%(unit)s is outside %(province)s.")
        % {"unit": unit.name, "province": union.province.name}
        for unit in units
        if unit.current_province_id != union.province_id
    ]


def _call_errors(call: Call) -> dict:
    errors = {}
    _same_union(
        errors,
        "program",
        call.program,
        call.union_id,
        _("The program belongs to another union."),
    )
    if call.locality is not None and (outside := _outside_province(call.union, [call.locality])):
        errors["locality"] = outside
    return errors


@transaction.atomic
def call_save(*, actor, call: Call) -> Call:
    """Create or change a call for sponsorship. Its status moves between draft,
    published and closed here; *taken up* is set only by `call_take_up`, and a call
    taken up stays so."""
    stored, before = _check_write(actor, call)
    if stored is not None and stored.status == CallStatus.TAKEN_UP:
        call.status = CallStatus.TAKEN_UP
    elif call.status == CallStatus.TAKEN_UP:
        raise ValidationError(
            {"status": _("A call is taken up by turning a pledge into an aid item.")}
        )
    if stored is not None:
        call.aid_item_id = stored.aid_item_id
    _raise(_call_errors(call))
    return _saved(actor, call, before)


@transaction.atomic
def call_delete(*, actor, call: Call) -> None:
    call = Call.objects.get(pk=call.pk)  # as stored: the caller's copy may be old
    if call.aid_item_id is not None:
        raise ValidationError(
            _("This call became an aid item: close it instead of deleting it, so the link stays.")
        )
    _deleted(actor, call)


# Pledges and receipts -----------------------------------------------------------------


def _convert(record) -> None:
    """Its VND equivalent at the rate of its date, with the rate, its date and source."""
    try:
        conversion = convert_to_vnd(record.amount, record.currency_id, record.date)
    except ValidationError as error:
        raise ValidationError({"currency": error.messages}) from error
    record.amount_vnd = conversion.amount_vnd
    record.rate = conversion.rate
    record.rate_date = conversion.rate_date
    record.rate_source = conversion.source


CONVERTED_FIELDS = ["amount_vnd", "rate", "rate_date", "rate_source"]


def _money_checked(actor, record, target_field: str):
    """Policy, fields and conversion of a pledge or receipt, whose union is that of the
    call or appeal it belongs to."""
    target = getattr(record, target_field)
    if record.pk is not None:
        stored = type(record).objects.get(pk=record.pk)
        check_actor(actor, Action.CHANGE, obj=stored)
        if getattr(stored, f"{target_field}_id") != getattr(record, f"{target_field}_id"):
            raise ValidationError(
                {target_field: _("Money stays with the call or appeal it was given to.")}
            )
        before = snapshot(stored)
    else:
        before = None
    if target is not None:
        record.union = target.union
        # Adding money to a call or an appeal is changing it.
        check_actor(actor, Action.CHANGE, obj=target)
    record.full_clean(exclude=[*CONVERTED_FIELDS, "union"])
    _convert(record)
    return before


@transaction.atomic
def pledge_save(*, actor, pledge: Pledge) -> Pledge:
    """Record or change a donor's pledge to a call for sponsorship or an appeal, in any
    currency, converted to VND at the rate of its date."""
    target_field = "call" if pledge.call_id is not None else "appeal"
    if pledge.call_id is None and pledge.appeal_id is None:
        raise ValidationError({"call": _("A pledge is made to a call or to an appeal.")})
    if pledge.call_id is not None and pledge.appeal_id is not None:
        raise ValidationError({"appeal": _("A pledge is made to a call or to an appeal.")})
    before = _money_checked(actor, pledge, target_field)
    errors = {}
    _same_union(
        errors,
        "donor",
        pledge.donor,
        pledge.union_id,
        _("The donor must be one of this union's organizations."),
    )
    _raise(errors)
    return _saved(actor, pledge, before, parent=getattr(pledge, target_field))


@transaction.atomic
def pledge_delete(*, actor, pledge: Pledge) -> None:
    pledge = Pledge.objects.get(pk=pledge.pk)  # as stored: the caller's copy may be old
    if pledge.aid_item_id is not None:
        raise ValidationError(_("This pledge became an aid item: it stays as the item's origin."))
    _deleted(actor, pledge, parent=pledge.call or pledge.appeal)


@transaction.atomic
def receipt_save(*, actor, receipt: Receipt) -> Receipt:
    """Record or change money an appeal received, from a registered donor (or the donor
    of the pledge it honours) or from a named person."""
    if receipt.pledge is not None and receipt.donor_id is None:
        receipt.donor = receipt.pledge.donor
    before = _money_checked(actor, receipt, "appeal")
    errors = {}
    if receipt.donor_id is None and not receipt.donor_name.strip():
        errors.setdefault("donor", []).append(
            _("Say who gave it: a registered organization or the donor's name.")
        )
    _same_union(
        errors,
        "donor",
        receipt.donor,
        receipt.union_id,
        _("The donor must be one of this union's organizations."),
    )
    if receipt.pledge is not None and receipt.pledge.appeal_id != receipt.appeal_id:
        errors.setdefault("pledge", []).append(_("The pledge was made to another appeal."))
    _raise(errors)
    return _saved(actor, receipt, before, parent=receipt.appeal)


@transaction.atomic
def receipt_delete(*, actor, receipt: Receipt) -> None:
    _deleted(actor, receipt, parent=receipt.appeal)


# Taking a call up ---------------------------------------------------------------------


@transaction.atomic
def call_take_up(*, actor, call: Call, pledge: Pledge, kind: str = AidKind.PROJECT) -> AidItem:
    """Turn a pledge to a call into an aid item in one step: the call's titles,
    description, sector and locality, the pledging donor as funder, the pledge as the
    item's first commitment (at the pledge's rate). The call is then *taken up* and
    keeps the item; a call of a program adds the item to the program. The item starts
    *identified*, as any new one, and goes through the union's approval."""
    call = Call.objects.select_for_update().get(pk=call.pk)
    check_actor(actor, Action.CHANGE, obj=call)
    check_actor(actor, Action.ADD, union=call.union)
    if call.aid_item_id is not None:
        raise ValidationError(
            _("This call was already taken up: see aid item %(item)s.")
            % {"item": call.aid_item.label}
        )
    if call.status != CallStatus.PUBLISHED:
        raise ValidationError(
            {
                "status": _("Only a published call is taken up; this one is %(status)s.")
                % {"status": call.get_status_display().lower()}
            }
        )
    pledge = Pledge.objects.select_related("donor").get(pk=pledge.pk)
    if pledge.call_id != call.pk:
        raise ValidationError({"pledge": _("The pledge was made to another call.")})
    before = snapshot(call)
    item = AidItem(
        union=call.union,
        kind=kind,
        title=call.title,
        title_vi=call.title_vi,
        title_en=call.title_en,
        title_zh_hans=call.title_zh_hans,
        description=call.description,
        description_vi=call.description_vi,
        description_en=call.description_en,
        description_zh_hans=call.description_zh_hans,
    )
    item = aid_item_save(
        actor=actor,
        item=item,
        donors=[(pledge.donor, DonorRole.FUNDING)],
        localities=[(call.locality, HUNDRED)] if call.locality is not None else [],
        sectors=[(call.sector, HUNDRED)] if call.sector is not None else [],
    )
    transaction_save(
        actor=actor,
        transaction=Transaction(
            item=item,
            type=TransactionType.COMMITMENT,
            date=pledge.date,
            amount=pledge.amount,
            currency_id=pledge.currency_id,
            description=_("Pledge to the call for sponsorship “%(call)s”") % {"call": call.title},
        ),
    )
    call.aid_item, call.status = item, CallStatus.TAKEN_UP
    call.save(update_fields=["aid_item", "status", "updated_at"])
    record_change(actor=actor, instance=call, before=before, union=call.union)
    pledge_before = snapshot(pledge)
    pledge.aid_item = item
    pledge.save(update_fields=["aid_item", "updated_at"])
    record_change(actor=actor, instance=pledge, before=pledge_before, union=call.union, parent=call)
    if call.program_id is not None:
        program = call.program
        program_before = snapshot(program)
        program.aid_items.add(item)
        record_change(actor=actor, instance=program, before=program_before, union=call.union)
    return item


# Appeals ------------------------------------------------------------------------------


@transaction.atomic
def appeal_save(*, actor, appeal: Appeal, localities=None) -> Appeal:
    """Create or change a disaster appeal; `localities`, when given, become the
    localities it struck (within a provincial union's province)."""
    _stored, before = _check_write(actor, appeal)
    union = appeal.union
    if outside := _outside_province(union, localities or []):
        raise ValidationError({"localities": outside})
    appeal.save()
    if localities is not None:
        appeal.localities.set(localities)
    record_change(actor=actor, instance=appeal, before=before, union=union)
    return appeal


@transaction.atomic
def appeal_delete(*, actor, appeal: Appeal) -> None:
    if appeal.receipts.exists():
        raise ValidationError(
            _("This appeal has received money: its receipts are kept, so it cannot be deleted.")
        )
    _deleted(actor, appeal)


# Coordination plans -------------------------------------------------------------------


@transaction.atomic
def plan_save(*, actor, plan: CoordinationPlan, tasks: list[dict] | None = None):
    """Create or change a coordination plan with a provincial agency; `tasks`, when
    given, are dicts of `id` (None for a new one), `title`, `owner`, `due_date`,
    `status`, and become the plan's tasks."""
    _stored, before = _check_write(actor, plan)
    errors = {}
    _same_union(
        errors,
        "partner",
        plan.partner,
        plan.union_id,
        _("The partner must be one of this union's organizations."),
    )
    _raise(errors)
    _saved(actor, plan, before)
    if tasks is not None:
        children_sync(
            actor=actor,
            parent=plan,
            union=plan.union,
            model=PlanTask,
            fk="plan",
            rows=tasks,
            key=("id",),
            clean=True,
        )
    return plan


@transaction.atomic
def plan_delete(*, actor, plan: CoordinationPlan) -> None:
    _deleted(actor, plan)
