"""Writes to the aid portfolio: items with their donors, localities and sectors, and
their steps through the workflow."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from amity.core.bulk import insert_all, insert_values
from amity.core.fieldcheck import full_clean_fields
from amity.core.i18n import format_day, format_number
from amity.history.services import (
    children_sync,
    delete_recorded,
    record_change,
    records_changed,
    records_created,
    records_created_values,
    refuse_if_changed_since,
    snapshot,
)
from amity.tenancy.permissions import Action, check_actor

from .models import (
    AidItem,
    AidItemDocument,
    AidItemDonor,
    AidItemLocality,
    AidItemSector,
    AidKind,
    StatusChange,
)
from .workflow import TRANSITIONS, AidStatus, allowed_next

HUNDRED = Decimal("100")


@dataclass(frozen=True)
class Decision:
    """The approval decision: its number, date and the authority that signed it."""

    number: str
    date: datetime.date | None
    authority: str


def _share_errors(rows, field: str, label: str) -> dict[str, list[str]]:
    if not rows:
        return {}
    total = sum((share for _obj, share in rows), Decimal(0))
    if total != HUNDRED:
        return {
            field: [
                _("The %(what)s shares add up to %(total)s %%, not 100 %%.")
                % {"what": label, "total": format_number(total)}
            ]
        }
    return {}


def _row_label(pair) -> str:
    first = pair[0]
    return getattr(first, "label", None) or getattr(first, "name", None) or str(first)


def _validate(item: AidItem, donors, localities, sectors) -> None:
    errors: dict[str, list[str]] = {}

    def add(field, message):
        errors.setdefault(field, []).append(message)

    if item.parent_id is not None:
        for message in _parent_errors(item, item.parent):
            add("parent", message)
    for start, end, field in (
        ("planned_start", "planned_end", "planned_end"),
        ("actual_start", "actual_end", "actual_end"),
    ):
        first, last = getattr(item, start), getattr(item, end)
        if first and last and last < first:
            add(
                field,
                _("The end (%(end)s) is before the start (%(start)s).")
                % {"end": format_day(last), "start": format_day(first)},
            )
    if item.owner_id is not None and item.owner.union_id != item.union_id:
        add("owner", _("The aid owner must be one of this union's organizations."))
    for organization, _role in donors or []:
        if organization.union_id != item.union_id:
            add(
                "donors",
                _("%(name)s is not one of this union's organizations.")
                % {"name": organization.label},
            )
    union = item.union
    if not union.is_national:
        for unit, _share in localities or []:
            if unit.current_province_id != union.province_id:
                add(
                    "localities",
                    _("%(unit)s is outside %(province)s.")
                    % {"unit": unit.name, "province": union.province.name},
                )
    for field, pairs, key in (
        ("donors", donors, lambda pair: pair),
        ("localities", localities, lambda pair: pair[0]),
        ("sectors", sectors, lambda pair: pair[0]),
    ):
        seen = set()
        for pair in pairs or []:
            if key(pair) in seen:
                add(field, _("%(what)s is listed twice.") % {"what": _row_label(pair)})
            seen.add(key(pair))
    for field, message in {
        **_share_errors(localities, "localities", _("locality")),
        **_share_errors(sectors, "sectors", _("sector")),
    }.items():
        errors.setdefault(field, []).extend(message)
    if errors:
        raise ValidationError(errors)


def _parent_errors(item: AidItem, parent: AidItem) -> list[str]:
    if item.kind != AidKind.PROJECT:
        return [_("Only a project belongs to a program.")]
    if parent.kind != AidKind.PROGRAM:
        return [_("%(item)s is not a program.") % {"item": parent.label}]
    if parent.union_id != item.union_id:
        return [_("The program belongs to another union.")]
    return []


def _sync_children(actor, item, model, rows: list[dict], key: tuple[str, ...]) -> None:
    children_sync(
        actor=actor, parent=item, union=item.union, model=model, fk="item", rows=rows, key=key
    )


@transaction.atomic
def aid_item_save(
    *,
    actor,
    item: AidItem,
    donors=None,
    localities=None,
    sectors=None,
    documents=None,
    seen_change: int | None = None,
) -> AidItem:
    """Create or change an aid item. `donors` are (organization, role) pairs, `localities`
    (unit, share %) and `sectors` (sector, share %); `documents` are dicts of `id` (None
    for a new one), `title`, `kind`, `file`. Each list, when given, becomes the item's
    rows; shares add up to 100 %. The status moves only by transition. `seen_change`
    (`history.services.last_change_id` when the editor opened the item) refuses the save
    if someone else saved the item or its rows since, saying what they changed."""
    before = None
    if item.pk is None:
        check_actor(actor, Action.ADD, union=item.union)
        item.status = AidStatus.IDENTIFIED
    else:
        # Locked: of two saves opened on the same version, the second sees the first's.
        stored = AidItem.objects.select_for_update().get(pk=item.pk)
        check_actor(actor, Action.CHANGE, obj=stored)
        if seen_change is not None:
            refuse_if_changed_since(stored, seen_change)
        if stored.union_id != item.union_id:
            raise ValidationError({"union": _("An aid item stays in its union.")})
        item.status = stored.status
        before = snapshot(stored)
    item.full_clean(validate_constraints=False)
    _validate(item, donors, localities, sectors)
    item.save()
    record_change(actor=actor, instance=item, before=before, union=item.union)
    children = (
        (AidItemDonor, donors, ("organization", "role"), ("organization", "role")),
        (AidItemLocality, localities, ("unit",), ("unit", "share")),
        (AidItemSector, sectors, ("sector",), ("sector", "share")),
    )
    for model, pairs, key, names in children:
        if pairs is not None:
            rows = [dict(zip(names, pair, strict=True)) for pair in pairs]
            _sync_children(actor, item, model, rows, key)
    if documents is not None:
        _sync_children(actor, item, AidItemDocument, documents, ("id",))
    return item


@transaction.atomic
def aid_items_create(*, actor, union, entries) -> list[AidItem]:
    """Create many new items of `union` at once: what aid_item_save does for each, in a
    few queries, for imports. `entries` are (item, donors, sectors) as aid_item_save
    takes them, with organization and sector objects. Every item is checked before any
    is written; the first that fails raises its ValidationError and nothing is written."""
    check_actor(actor, Action.ADD, union=union)
    for item, donors, sectors in entries:
        if item.pk is not None:
            raise ValueError("aid_items_create takes new items")
        item.union = union
        item.status = AidStatus.IDENTIFIED
        # The union is the one given, not looked up again for each item.
        full_clean_fields(item, exclude=["union"])
        _validate(item, donors, None, sectors)
    insert_all([item for item, _donors, _sectors in entries])
    records_created(actor=actor, rows=[(item, union, None) for item, _d, _s in entries])
    # The rows of each item, written from their values: no instance a row.
    names = {(type(union), union.pk): str(union)}
    donor_rows, sector_rows = [], []
    for item, donors, sectors in entries:
        names[AidItem, item.pk] = str(item)
        for organization, role in donors:
            name = names.get((type(organization), organization.pk))
            if name is None:
                name = names[type(organization), organization.pk] = str(organization)
            values = {"item_id": item.pk, "organization_id": organization.pk, "role": role}
            donor_rows.append((item, values, AidItemDonor.text(name, role)))
        for sector, share in sectors:
            if (type(sector), sector.pk) not in names:
                names[type(sector), sector.pk] = str(sector)
            values = {"item_id": item.pk, "sector_id": sector.pk, "share": share}
            sector_rows.append((item, values, AidItemSector.text(sector.pk, share)))
    for model, rows in ((AidItemDonor, donor_rows), (AidItemSector, sector_rows)):
        pks = insert_values(model, [values for _item, values, _text in rows])
        records_created_values(
            actor=actor,
            model=model,
            rows=(
                (pk, values, text, union, item)
                for pk, (item, values, text) in zip(pks, rows, strict=True)
            ),
            names=names,
        )
    return [item for item, _donors, _sectors in entries]


@transaction.atomic
def aid_items_attach(*, actor, links) -> int:
    """Put many projects under their programs at once: what aid_item_save does when
    only `parent` changes, in a few queries, for imports. `links` are (project pk,
    program pk). Every link is checked before any is written; the first that fails
    raises its ValidationError and nothing is written. Returns how many changed."""
    items = AidItem.objects.select_related("union", "parent").in_bulk(
        {pk for link in links for pk in link}
    )
    moves: dict[int, list[AidItem]] = {}  # program pk → its new projects
    for child_pk, parent_pk in links:
        child, parent = items[child_pk], items[parent_pk]
        check_actor(actor, Action.CHANGE, obj=child)
        if child.parent_id == parent_pk:
            continue
        if errors := _parent_errors(child, parent):
            raise ValidationError({"parent": errors})
        moves.setdefault(parent_pk, []).append(child)
    now = timezone.now()
    history = []
    for parent_pk, children in moves.items():
        AidItem.objects.filter(pk__in=[child.pk for child in children]).update(
            parent_id=parent_pk, updated_at=now
        )
        for child in children:
            old = str(child.parent) if child.parent_id is not None else None
            history.append((child, child.union, None, {"parent": [old, str(items[parent_pk])]}))
    return records_changed(actor=actor, rows=history)


@transaction.atomic
def aid_item_transition(
    *,
    actor,
    item: AidItem,
    to: AidStatus,
    note: str = "",
    decision: Decision | None = None,
    at: datetime.datetime | None = None,
) -> AidItem:
    """Move an item one step through the workflow; approving records the decision.
    A person's step is dated now; only the system (`actor=None`: imports, the demo) may
    say when a step it records really happened (`at`)."""
    if at is not None and actor is not None:
        raise ValueError("only the system back-dates a workflow step")
    # The union comes along (it is in the history row), but only the item is locked.
    item = AidItem.objects.select_for_update(of=("self",)).select_related("union").get(pk=item.pk)
    check_actor(actor, Action.CHANGE, obj=item)
    current = AidStatus(item.status)
    if to not in TRANSITIONS[current]:
        allowed = ", ".join(str(s.label) for s in allowed_next(current)) or _("none: it is final")
        raise ValidationError(
            {
                "status": _(
                    "An item that is “%(current)s” cannot become “%(to)s”. Allowed: %(allowed)s."
                )
                % {"current": current.label, "to": AidStatus(to).label, "allowed": allowed}
            },
            code="transition",
        )
    before = snapshot(item)
    if to == AidStatus.APPROVED:
        missing = [
            (field, label)
            for field, label, value in (
                ("decision_number", _("number"), decision and decision.number),
                ("decision_date", _("date"), decision and decision.date),
                ("decision_authority", _("approving authority"), decision and decision.authority),
            )
            if not value
        ]
        if missing:
            raise ValidationError(
                {
                    field: _("Approving needs the decision's %(what)s.") % {"what": label}
                    for field, label in missing
                }
            )
        item.decision_number = decision.number
        item.decision_date = decision.date
        item.decision_authority = decision.authority
    item.status = to
    item.save()
    StatusChange.objects.create(
        item=item,
        from_status=current,
        to_status=to,
        actor=actor if actor is not None and actor.is_authenticated else None,
        note=note,
        at=at or timezone.now(),
    )
    record_change(actor=actor, instance=item, before=before, union=item.union)
    return item


@transaction.atomic
def aid_item_delete(*, actor, item: AidItem) -> None:
    """Delete an item that has no money and no projects yet."""
    check_actor(actor, Action.DELETE, obj=item)
    if item.transactions.exists() or item.projects.exists():
        raise ValidationError(
            _("%(item)s has transactions or projects: it cannot be deleted; cancel it instead.")
            % {"item": item.label}
        )
    children = [*item.donors.all(), *item.localities.all(), *item.sectors.all()]
    for child in [*children, *item.documents.all()]:
        delete_recorded(actor=actor, instance=child, union=item.union, parent=item)
    delete_recorded(actor=actor, instance=item, union=item.union)
