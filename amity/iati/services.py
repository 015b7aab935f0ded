"""Importing an IATI activity file into a union's aid portfolio.

The file is read once, streaming (`reader.py`, mapped by `activity.py` and handed over by
`feed.py`, in a second process where asked), and written in one database
transaction through the aid and finance services, by batches of activities: a fault
that makes the file unreadable, met however late, imports nothing, and an interrupted
import leaves nothing behind (the next run imports it all). A batch the services
refuse is halved until the halves are small, then written again activity by activity,
each in a savepoint, so that a faulty activity is dropped alone. Items are keyed on the
IATI identifier within the union: an activity whose bytes are those of the last import
is skipped; a changed one updates its item, and the history says which
file did it. A file whose bytes are those of the union's last import of it, with nothing
changed since, is not read at all. Faults inside an activity drop that part only and are
listed, with their line, in the import's record."""

import hashlib
import os
from dataclasses import dataclass, field
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from amity.aid.models import AidItem, AidKind, AidStatus
from amity.aid.services import (
    aid_item_save,
    aid_item_transition,
    aid_items_attach,
    aid_items_create,
)
from amity.codelists.models import Currency, OrganisationType, Sector
from amity.core.collector import collector_paused, young_collected
from amity.core.i18n import format_day
from amity.core.text import name_keys
from amity.core.textcheck import single_line
from amity.finance.models import Transaction
from amity.finance.selectors import RateCurves
from amity.finance.services import VND, rate_for
from amity.finance.transactions import NewTransaction, transactions_create, transactions_sync
from amity.history.models import Change
from amity.history.services import recorded_via
from amity.registry.models import Organization, OrganizationKind, OrganizationNameKey
from amity.registry.services import organization_keys, organizations_create
from amity.tenancy.permissions import Action, check_actor

from . import codes, feed
from .activity import ActivityData, MoneyRow, OrganizationRef, Problem
from .export import publisher_prefix
from .feed import Unchanged
from .liveness import held_while_running, stopped_imports_marked
from .models import IatiImport, ImportOutcome
from .reader import IatiFileError, Limits, stored_size

CANCELLED = "5"  # IATI ActivityStatus
BATCH_SIZE = 100  # activities written together by the bulk services
ONE_BY_ONE = 4  # a refused batch this small is written again activity by activity


class _Known(NamedTuple):
    pk: int
    digest: str
    kind: str
    parent_id: int | None


@dataclass
class _Run:
    union: object
    actor: object
    record: IatiImport
    dry_run: bool
    known: dict[str, "_Known"]  # the union's items by IATI identifier
    organizations: dict[str, Organization] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    parents: list[tuple[str, str, int]] = field(default_factory=list)  # child, parent, line
    rates: RateCurves = field(default_factory=RateCurves)  # loaded once per currency
    own_ref: str = ""  # the union's IATI identifier, as its exports write it
    currencies: dict = field(default_factory=dict)  # code → Currency
    sectors: dict = field(default_factory=dict)  # code → Sector
    organisation_types: frozenset = frozenset()  # IATI OrganisationType codes Amity has
    # The union's organizations by IATI identifier and by the keys their names fold to
    # (the registry's duplicate rule), loaded once, then those the run adds.
    by_identifier: dict[str, Organization] = field(default_factory=dict)
    by_name_key: dict[str, list[Organization]] = field(default_factory=dict)
    unsaved: list[Organization] = field(default_factory=list)  # new, written by batch

    def problems(self, activity: str, problems: list[Problem]) -> None:
        self.record.problems.extend(p.as_dict(activity) for p in problems)


def iati_import(
    source,
    *,
    union,
    actor=None,
    file_name: str | None = None,
    dry_run: bool = False,
    limits: Limits | None = None,
    progress=None,
    batch_size: int = BATCH_SIZE,
    parallel: bool = False,
) -> IatiImport:
    """Import `source` (a path or a seekable binary file) into `union`'s portfolio and
    return the import's record (not saved on a dry run, which writes nothing).
    `progress(done, read, size)` is called after each activity: how many activities
    are done, and how many of the stored file's bytes are read, of how many. With
    `parallel`, a second process reads and maps the file while this one writes, where
    that is safe (`feed.py`): what the command does for the large files it is for."""
    check_actor(actor, Action.ADD, union=union)
    limits = limits or Limits()
    name = file_name or os.path.basename(str(getattr(source, "name", source)))
    record = IatiImport(
        union=union,
        user=actor if actor is not None and actor.is_authenticated else None,
        file_name=name[:255],
        dry_run=dry_run,
        problems=[],
    )
    record.file_digest = file_digest(source)
    earlier = _imported_unchanged(union, record.file_digest)
    if earlier is not None:
        return _already_imported(record, earlier)
    if not dry_run:
        # An earlier import whose process ended without a word is said to be interrupted.
        stopped_imports_marked(union)
        record.save()
    try:
        with (
            held_while_running(record),
            recorded_via(f"IATI: {record.file_name}"),
            collector_paused(),  # collected once a batch instead
        ):
            run, activities = _prepared(source, record, union, actor, limits, parallel)
            size = stored_size(source) if progress is not None else 0
            with transaction.atomic():
                while _import_batch(run, activities, batch_size, progress, size):
                    young_collected()
                _link_parents(run)
    except IatiFileError as error:
        # Met mid-file, after some activities: they were rolled back with the rest.
        _forget_counts(record)
        record.problems.append(
            {"line": error.line, "activity": "", "field": "file", "message": error.message}
        )
        return _finish(record, ImportOutcome.REFUSED)
    except BaseException:
        _forget_counts(record)
        if not dry_run:
            _finish(record, ImportOutcome.INTERRUPTED)
        raise
    return _finish(record, ImportOutcome.DONE)


def _prepared(source, record, union, actor, limits, parallel):
    """The run's state (what the union already has, the codes Amity knows) and the
    file's activities, read as the importer asks for them."""
    run = _Run(
        union=union,
        actor=actor,
        record=record,
        dry_run=record.dry_run,
        own_ref=publisher_prefix(union).casefold(),
        known={
            identifier: _Known(*row)
            for identifier, *row in AidItem.objects.filter(union=union)
            .exclude(iati_identifier="")
            .values_list("iati_identifier", "pk", "iati_digest", "kind", "parent_id")
        },
    )
    run.sectors = Sector.objects.in_bulk()
    run.currencies = Currency.objects.in_bulk()
    run.organisation_types = frozenset(OrganisationType.objects.values_list("code", flat=True))
    _load_organizations(run)
    activities = feed.entries(
        source,
        limits,
        digests={identifier: known.digest for identifier, known in run.known.items()},
        sectors=frozenset(run.sectors),
        currencies=frozenset(run.currencies),
        parallel=parallel,
    )
    return run, activities


def file_digest(source) -> str:
    """The digest of the file's bytes as stored (packed, if gzip): cheap next to reading.
    Empty when the file cannot be read: the reader then says why, in its words."""
    try:
        if isinstance(source, str | os.PathLike):
            with open(source, "rb") as stream:
                return hashlib.file_digest(stream, _digest).hexdigest()
        source.seek(0)
        digest = hashlib.file_digest(source, _digest).hexdigest()
        source.seek(0)
    except OSError:
        return ""
    return digest


def _digest():
    return hashlib.blake2b(digest_size=32)


def _imported_unchanged(union, digest: str) -> IatiImport | None:
    """The last import of these very bytes into `union`, if nothing an import depends on
    has changed since: no history row of the union (its items, organizations…), nor of
    what belongs to no union (the rate table), after it finished. Every service writes
    history, so reading the file again could only find what that import found."""
    if not digest:
        return None
    earlier = (
        IatiImport.objects.filter(
            union=union, file_digest=digest, dry_run=False, outcome=ImportOutcome.DONE
        )
        .exclude(finished_at=None)
        .order_by("-finished_at")
        .first()
    )
    if earlier is None:
        return None
    since = Change.objects.of_records().filter(at__gt=earlier.finished_at)  # not sign-ins
    if since.filter(Q(union=union) | Q(union=None)).exists():
        return None
    return earlier


def _already_imported(record: IatiImport, earlier: IatiImport) -> IatiImport:
    """The record of an import that found its file imported, unchanged, by `earlier`."""
    record.same_as = earlier.same_as or earlier  # the import that read it
    record.activities = earlier.activities
    record.unchanged = earlier.created + earlier.updated + earlier.unchanged
    record.skipped = earlier.skipped
    return _finish(record, ImportOutcome.DONE)


def _import_batch(run: _Run, entries, size: int, progress, file_size) -> bool:
    """Take up to `size` activities and write them; False once the file is read."""
    more, new = False, []
    for done, entry in enumerate(entries, start=1):
        run.record.activities += 1
        if entry.unchanged is not None:
            _count_unchanged(run, entry.unchanged)
        else:
            pending = _import_one(run, entry.activity)
            if pending is not None:
                new.append(pending)
        if progress is not None:
            progress(entry.index + 1, entry.offset, file_size)
        if done == size:
            more = True
            break
    _create_all(run, new)
    return more


def _count_unchanged(run: _Run, unchanged: Unchanged) -> None:
    """An activity whose bytes are those last imported is counted without being read
    further: what makes a re-import of an unchanged file fast."""
    run.seen.add(unchanged.identifier)
    run.record.unchanged += 1
    if unchanged.parent_ref:
        run.parents.append((unchanged.identifier, unchanged.parent_ref, unchanged.line))


def _forget_counts(record: IatiImport) -> None:
    """The run was rolled back: what it counted did not happen (the activities it read
    stay counted, as how far it went)."""
    record.created = record.updated = record.unchanged = record.skipped = 0
    record.problems.clear()


def _finish(record: IatiImport, outcome: str) -> IatiImport:
    record.outcome = outcome
    record.finished_at = timezone.now()
    if not record.dry_run:
        record.save()
    return record


@dataclass
class _Pending:
    """An activity read and checked, with the money that converts, waiting to be written."""

    activity: ActivityData
    rows: list[MoneyRow]
    missing_rates: bool


def _import_one(run: _Run, activity: ActivityData) -> _Pending | None:
    """Count and check one activity; an update is written at once, a new activity is
    returned to be written with the rest of its batch."""
    record = run.record
    if not activity.identifier:
        return _skipped(run, activity, _("An activity without identifier: skipped."))
    try:
        # Refused here, where the trial run sees it too, not by the batch that writes it.
        single_line(activity.identifier)
    except ValidationError as error:
        return _skipped(
            run,
            activity,
            _("The identifier cannot be stored: %(reason)s This activity is skipped.")
            % {"reason": " ".join(error.messages)},
        )
    if activity.identifier in run.seen:
        return _skipped(
            run, activity, _("The identifier appears twice in the file: this one is skipped.")
        )
    run.seen.add(activity.identifier)
    stored = run.known.get(activity.identifier)
    if activity.parent_ref:
        # Linked at the end, also when unchanged: an interrupted run may not have.
        run.parents.append((activity.identifier, activity.parent_ref, activity.line))
    if stored is not None and stored.digest == activity.digest:
        record.unchanged += 1
        return
    rows, missing_rates = _money(run, activity)
    run.problems(activity.identifier, activity.problems)
    if run.dry_run:
        record.created += stored is None
        record.updated += stored is not None
        return None
    pending = _Pending(activity, rows, missing_rates)
    if stored is None:
        return pending
    _write_one(run, pending, stored.pk)
    return None


def _skipped(run: _Run, activity: ActivityData, message: str) -> None:
    """An activity not imported for its identifier, and why."""
    run.record.skipped += 1
    run.problems(activity.identifier, [Problem(activity.line, "iati-identifier", message)])


def _write_one(run: _Run, pending: _Pending, pk: int | None, relations=None) -> None:
    """Write one activity in a savepoint of its own: a fault drops it alone."""
    activity = pending.activity
    # Outside the savepoint: organizations created here stay, as the run remembers them.
    donors, sectors = relations or _relations(run, [pending])[0]
    try:
        with transaction.atomic():
            item = _item(
                run,
                AidItem.objects.get(pk=pk) if pk else AidItem(),
                activity,
                pending.missing_rates,
            )
            item = aid_item_save(actor=run.actor, item=item, donors=donors, sectors=sectors)
            transactions_sync(
                actor=run.actor,
                item=item,
                rows=_transaction_rows(item, pending.rows, run.currencies),
            )
            if pk is None:
                _cancel_if_cancelled(run, item, activity)
    except ValidationError as error:
        run.record.skipped += 1
        run.problems(
            activity.identifier,
            [
                Problem(activity.line, name, message)
                for name, messages in _messages(error).items()
                for message in messages
            ],
        )
        return
    _written(run, item, created=pk is None)


def _written(run: _Run, item: AidItem, *, created: bool) -> None:
    run.record.created += created
    run.record.updated += not created
    run.known[item.iati_identifier] = _Known(item.pk, item.iati_digest, item.kind, item.parent_id)


def _create_all(run: _Run, new: list[_Pending]) -> None:
    """Write a batch's new activities together: items, donors, sectors, transactions and
    their history in a few queries each, instead of several per row. If the services
    refuse any of them, each is written again on its own, so that only the faulty one
    is dropped, with its reason."""
    if not new:
        return
    # Outside the savepoint: organizations created here stay, as the run remembers them.
    entries = [
        (_item(run, AidItem(), pending.activity, pending.missing_rates), donors, sectors)
        for pending, (donors, sectors) in zip(new, _relations(run, new), strict=True)
    ]
    try:
        with transaction.atomic():
            items = aid_items_create(
                actor=run.actor,
                union=run.union,
                entries=entries,
            )
            transactions_create(
                actor=run.actor,
                transactions=[
                    NewTransaction(
                        item,
                        row.type,
                        row.date,
                        row.amount,
                        run.currencies[row.currency],
                        row.description,
                    )
                    for item, pending in zip(items, new, strict=True)
                    for row in pending.rows
                ],
                rates=run.rates,
            )
            for item, pending in zip(items, new, strict=True):
                _cancel_if_cancelled(run, item, pending.activity)
    except (ValidationError, DatabaseError):
        if len(new) > ONE_BY_ONE:
            # Halves, each again in a savepoint: a faulty activity among a hundred costs
            # a dozen batch writes, not a hundred writes of one.
            middle = len(new) // 2
            _create_all(run, new[:middle])
            _create_all(run, new[middle:])
            return
        for pending, entry in zip(new, entries, strict=True):
            _write_one(run, pending, None, relations=entry[1:])
        return
    for item in items:
        _written(run, item, created=True)


def _messages(error: ValidationError) -> dict[str, list[str]]:
    if hasattr(error, "error_dict"):
        return {
            name: [m for e in errors for m in e.messages]
            for name, errors in error.error_dict.items()
        }
    return {"activity": error.messages}


def _money(run: _Run, activity: ActivityData) -> tuple[list[MoneyRow], bool]:
    """The transactions a rate converts; the others are faults, and the activity will be
    read again on the next import (the rate may have been added by then)."""
    rows, missing = [], False
    for row in activity.transactions:
        if row.currency != VND and run.rates[row.currency].get(row.date) is None:
            missing = True
            try:
                rate_for(row.currency, row.date)  # refuses, in the rate table's words
            except ValidationError as error:
                activity.problems.append(Problem(row.line, "transaction", " ".join(error.messages)))
            continue
        rows.append(row)
    return rows, missing


def _item(run: _Run, item: AidItem, activity: ActivityData, missing_rates: bool) -> AidItem:
    """`item` with what the activity says of it."""
    if item.pk is None:
        item.union, item.kind = run.union, activity.kind
    titles = activity.titles
    item.iati_identifier = activity.identifier
    item.title = (activity.title or activity.identifier)[:500]
    item.title_vi = titles.get("vi", "")[:500]
    item.title_en = titles.get("en", "")[:500]
    item.title_zh_hans = titles.get("zh-hans", "")[:500]
    descriptions = activity.descriptions
    item.description = descriptions.get(activity.language) or next(iter(descriptions.values()), "")
    item.description_vi = descriptions.get("vi", "")
    item.description_en = descriptions.get("en", "")
    item.description_zh_hans = descriptions.get("zh-hans", "")
    for name in ("planned_start", "planned_end", "actual_start", "actual_end"):
        setattr(item, name, activity.dates.get(name))
    kept = dict(activity.kept)
    if activity.reporting is not None:
        kept["reporting_org"] = {"ref": activity.reporting.ref, "name": activity.reporting.name}
    item.iati_data = kept
    # Read again next time while a transaction still waits for its rate.
    item.iati_digest = "" if missing_rates else activity.digest
    return item


def _relations(run: _Run, pendings: list[_Pending]) -> list[tuple[list, list]]:
    """Each item's donors, as (organization, role), and sectors, as (sector, share); the
    organizations new to the registry are written together."""
    result = []
    for pending in pendings:
        donors = []
        # The reporting organisation is kept in iati_data: it is a donor only where the
        # file lists it among the participants. The union itself (its own export read
        # back) is never its own donor.
        for ref in pending.activity.participants:
            if ref.ref and ref.ref.casefold() == run.own_ref:
                continue
            organization = _organization(run, ref)
            if (organization, ref.role) not in donors:
                donors.append((organization, ref.role))
        sectors = [(run.sectors[code], share) for code, share in pending.activity.sectors]
        result.append((donors, sectors))
    if run.unsaved:
        organizations_create(actor=run.actor, union=run.union, organizations=run.unsaved)
        run.unsaved = []
    return result


def _cancel_if_cancelled(run: _Run, item: AidItem, activity: ActivityData) -> None:
    """A new item whose activity the publisher cancelled takes the workflow's step."""
    if activity.kept.get("status") == CANCELLED and item.status == AidStatus.IDENTIFIED:
        aid_item_transition(
            actor=run.actor, item=item, to=AidStatus.CANCELLED, note=item.iati_identifier
        )


def _transaction_rows(item: AidItem, rows: list[MoneyRow], currencies: dict) -> list[dict]:
    """Rows for transactions_sync; a stored transaction equal to a row keeps its id, so
    an updated activity changes only the money that changed."""
    stored: dict[tuple, list[int]] = {}
    for tx in Transaction.objects.filter(item=item):
        key = (tx.type, tx.date, tx.amount, tx.currency_id, tx.description)
        stored.setdefault(key, []).append(tx.pk)
    result = []
    for row in rows:
        key = (row.type, row.date, row.amount, row.currency, row.description)
        ids = stored.get(key) or []
        result.append(
            {
                "id": ids.pop() if ids else None,
                "type": row.type,
                "date": row.date,
                "amount": row.amount,
                "currency": currencies.get(row.currency, row.currency),
                "description": row.description,
            }
        )
    return result


def _load_organizations(run: _Run) -> None:
    organizations = Organization.objects.filter(union=run.union).in_bulk()
    for organization in organizations.values():
        if organization.iati_identifier:
            run.by_identifier[organization.iati_identifier.casefold()] = organization
    keys = OrganizationNameKey.objects.filter(union=run.union).values_list("key", "organization")
    for key, pk in keys:
        run.by_name_key.setdefault(key, []).append(organizations[pk])


def _organization(run: _Run, ref: OrganizationRef) -> Organization:
    """The registry's organization for `ref`: by IATI identifier, then by any of its
    names (the registry's duplicate rule, as `organization_duplicates` applies it),
    else a new one, saved with the others of its batch."""
    names = [n for n in ref.names.values() if n]
    key = ref.ref.casefold() if ref.ref else "name:" + (names[0].casefold() if names else "")
    if key in run.organizations:
        return run.organizations[key]
    organization = run.by_identifier.get(ref.ref.casefold()) if ref.ref else None
    if organization is None and names:
        keys = set().union(*(name_keys(n) for n in names))
        matches = [o for k in sorted(keys) for o in run.by_name_key.get(k, ())]
        organization = min(matches, key=lambda o: o.name) if matches else None
    if organization is None:
        type_code = ref.type if ref.type in run.organisation_types else None
        organization = Organization(
            union=run.union,
            name=(ref.names.get("vi") or (names[0] if names else ref.ref))[:255],
            name_en=ref.names.get("en", "")[:255],
            name_zh_hans=ref.names.get("zh-hans", "")[:255],
            kind=codes.ORGANISATION_KINDS.get(ref.type or "", OrganizationKind.OTHER),
            organisation_type_id=type_code,
            iati_identifier=ref.ref[:100],
        )
        run.unsaved.append(organization)
        for name_key in organization_keys(organization):
            run.by_name_key.setdefault(name_key, []).append(organization)
    run.organizations[key] = organization
    if organization.iati_identifier:
        run.by_identifier.setdefault(organization.iati_identifier.casefold(), organization)
    return organization


def _link_parents(run: _Run) -> None:
    """Projects to their programs, once every activity of the file is in."""
    if run.dry_run:
        return
    links = []
    for child_ref, parent_ref, line in run.parents:
        child, parent = run.known.get(child_ref), run.known.get(parent_ref)
        if child is None:  # skipped
            continue
        if parent is None or parent.kind != AidKind.PROGRAM:
            run.problems(
                child_ref,
                [
                    Problem(
                        line,
                        "related-activity",
                        _(
                            "The parent activity %(ref)s is not a program of this union: "
                            "the project stands alone."
                        )
                        % {"ref": parent_ref},
                    )
                ],
            )
            continue
        if child.kind == AidKind.PROJECT and child.parent_id != parent.pk:
            links.append((child.pk, parent.pk))
    aid_items_attach(actor=run.actor, links=links)


def summary_lines(record: IatiImport) -> list[str]:
    """The import's outcome in the active language, a line per problem after the counts."""
    lines = [
        _(
            "%(file)s: %(activities)s activities; %(created)s created, %(updated)s updated, "
            "%(unchanged)s unchanged, %(skipped)s skipped."
        )
        % {
            "file": record.file_name,
            "activities": record.activities,
            "created": record.created,
            "updated": record.updated,
            "unchanged": record.unchanged,
            "skipped": record.skipped,
        }
    ]
    if record.outcome == ImportOutcome.REFUSED:
        lines[0] = _("%(file)s was refused: nothing was imported.") % {"file": record.file_name}
    elif record.same_as_id is not None:
        lines[0] += " " + _(
            "The file is byte for byte the one imported on %(day)s, and nothing has changed "
            "since, so it was not read again (its problems are listed there)."
        ) % {"day": format_day(timezone.localtime(record.same_as.finished_at).date())}
    for problem in record.problems:
        where = _("line %(line)s") % {"line": problem["line"]} if problem.get("line") else ""
        what = " ".join(p for p in (where, problem.get("activity") or "") if p)
        lines.append(f"  {what}: {problem['message']}" if what else f"  {problem['message']}")
    return lines
