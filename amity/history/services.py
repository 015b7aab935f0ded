"""Recording changes. Services call `snapshot()` before they change a record and
`record_change()` after, inside the same transaction."""

import contextlib
import contextvars
import datetime
import functools
from decimal import Decimal

import orjson
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import connections, models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Cast, Coalesce, Greatest
from django.utils import timezone
from django.utils.translation import gettext as _

from amity.core.bulk import insert_rows
from amity.core.i18n import format_moment

from .models import Change, ChangeAction

# Bookkeeping, not what a person changed (an import's kept IATI data and digest).
SKIPPED_FIELDS = {
    "id",
    "created_at",
    "updated_at",
    "password",
    "last_login",
    "iati_digest",
    "iati_data",
}

_via: contextvars.ContextVar[str] = contextvars.ContextVar("history_via", default="")


@contextlib.contextmanager
def recorded_via(how: str):
    """Every change recorded inside says how it came (an import and its file), so the
    services it calls need not know."""
    token = _via.set(str(how)[:255])
    try:
        yield
    finally:
        _via.reset(token)


class _Kind:
    PLAIN, RELATED, FILE, DECIMAL = range(4)


@functools.cache
def _fields(model) -> tuple[tuple[str, str, int, type | None], ...]:
    """What history keeps of a model: (name, attname, kind, related model — or decimal
    places) per field, worked out once per model instead of for every value."""
    plan = []
    for field in model._meta.concrete_fields:
        if field.name in SKIPPED_FIELDS or field.attname in SKIPPED_FIELDS:
            continue
        if isinstance(field, models.ForeignKey):
            plan.append((field.name, field.attname, _Kind.RELATED, field.related_model))
        elif isinstance(field, models.FileField):
            plan.append((field.name, field.attname, _Kind.FILE, None))
        elif isinstance(field, models.DecimalField):
            # Written as stored (to the field's places), so that 5 and 5.00 are no change.
            plan.append((field.name, field.attname, _Kind.DECIMAL, field.decimal_places))
        else:
            plan.append((field.name, field.attname, _Kind.PLAIN, None))
    return tuple(plan)


def _plain(value):
    if isinstance(value, datetime.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def snapshot(instance, *, many_to_many: bool = True, names: dict | None = None) -> dict:
    """The record's values as history keeps them: fields (related records by name),
    then many-to-many lists (left out with `many_to_many=False`, for records just
    created, which have none). `names` remembers the related records' names across
    calls (bulk writers)."""
    model = type(instance)
    names = {} if names is None else names
    for name, attname, kind, related_model in _fields(model):
        if kind == _Kind.RELATED:
            key = getattr(instance, attname)
            if key is not None and (related_model, key) not in names:
                names[related_model, key] = str(getattr(instance, name))
    data = snapshot_values(model, _Attributes(instance), names)
    if many_to_many and instance.pk is not None:
        for field in instance._meta.many_to_many:
            data[field.name] = sorted(str(obj) for obj in getattr(instance, field.name).all())
    return data


class _Attributes:
    """An instance's field values by attname, as `snapshot_values` reads them."""

    __slots__ = ("instance",)

    def __init__(self, instance) -> None:
        self.instance = instance

    def __getitem__(self, attname: str):
        return getattr(self.instance, attname)


def snapshot_values(model, values, names: dict) -> dict:
    """What `snapshot` keeps of a record of `model`, from its values (attname → value)
    rather than an instance: for bulk writers that build none. A related record is
    named from `names` ((model, pk) → name, which the writer fills with the records it
    holds); one it does not hold is looked up once and remembered there."""
    return {
        name: _kept(kind, extra, values[attname], names)
        for name, attname, kind, extra in _fields(model)
    }


def _kept(kind: int, extra, value, names: dict):
    """One field's value as history keeps it (`_fields` gives the kind and extra)."""
    if kind == _Kind.PLAIN:
        return _plain(value)
    if kind == _Kind.DECIMAL:
        if isinstance(value, Decimal) and value.is_finite():
            value = value.quantize(_places(extra))
        return _plain(value)
    if kind == _Kind.RELATED:
        if value is None:
            return None
        key = (extra, value)
        if key not in names:
            names[key] = str(extra._base_manager.get(pk=value))
        return names[key]
    return value.name or None


@functools.cache
def _places(decimal_places: int) -> Decimal:
    return Decimal(1).scaleb(-decimal_places)


EMPTY = (None, "", [])


def _created(after: dict) -> dict:
    """`_diff(None, after)`, in one pass: a new record's values that are not empty."""
    return {name: [None, value] for name, value in after.items() if value not in EMPTY}


def _diff(before: dict | None, after: dict | None) -> dict:
    if before is None and after is not None:
        return _created(after)
    before, after = before or {}, after or {}
    return {
        name: [before.get(name), after.get(name)]
        for name in dict.fromkeys([*before, *after])
        if before.get(name) != after.get(name)
        and not (before.get(name) in EMPTY and after.get(name) in EMPTY)
    }


def record_change(
    *, actor, instance, before: dict | None, union=None, parent=None, deleted: bool = False
) -> Change | None:
    """Write one history row: a create when `before` is None, a delete when `deleted`
    (call it before deleting), otherwise a change. An edit that changed nothing
    writes nothing."""
    if deleted:
        action, changes = ChangeAction.DELETE, _diff(before or snapshot(instance), None)
    elif before is None:
        action, changes = ChangeAction.CREATE, _diff(None, snapshot(instance))
    else:
        action, changes = ChangeAction.UPDATE, _diff(before, snapshot(instance))
        if not changes:
            return None
    return Change.objects.create(
        **_actor_fields(actor),
        union=union,
        action=action,
        content_type=ContentType.objects.get_for_model(instance),
        object_id=str(instance.pk),
        object_repr=str(instance)[:255],
        parent_type=ContentType.objects.get_for_model(parent) if parent is not None else None,
        parent_id=str(parent.pk) if parent is not None else "",
        changes=changes,
    )


def record_event(*, actor, action: ChangeAction, model, object_id="", text: str, union, details):
    """A history row of something that happened to no record's fields: a sign-in, a
    refused one, a lockout (`tenancy.signins`). `details` are shown as the changes are
    ({name: value})."""
    fields = _actor_fields(actor)
    if actor is None:
        fields["actor_name"] = text[:150]  # who the attempt claimed to be
    return Change.objects.create(
        **fields,
        union=union,
        action=action,
        content_type=ContentType.objects.get_for_model(model),
        object_id=str(object_id),
        object_repr=text[:255],
        changes={name: [None, value] for name, value in details.items()},
    )


def _actor_fields(actor) -> dict:
    signed_in = actor is not None and actor.is_authenticated
    return {
        "actor": actor if signed_in else None,
        "actor_name": actor.get_username() if signed_in else "system",
        "via": _via.get(),
    }


def records_created(*, actor, rows) -> int:
    """The creation rows of many new records at once, as `record_change` writes them
    one by one: `rows` are (instance, union, parent) of instances just saved, with
    nothing in their many-to-many fields yet. For bulk writers (an import), which would
    otherwise spend a query per record on history. Returns how many rows it wrote."""
    names = {}  # related records' names, worked out once for all the rows
    return _insert_changes(
        actor,
        ChangeAction.CREATE,
        (
            (
                _type_id(type(instance)),
                instance.pk,
                str(instance),
                union,
                parent,
                _created(snapshot(instance, many_to_many=False, names=names)),
            )
            for instance, union, parent in rows
        ),
    )


def records_created_values(*, actor, model, rows, names: dict) -> int:
    """`records_created` for records written without an instance (`core.bulk.
    insert_values`): `rows` are (pk, values, text, union, parent), `values` the
    record's (attname → value), `text` what its `__str__` would say, `names` as
    `snapshot_values` takes them. The rows written are the same as from instances."""
    content_type = _type_id(model)
    return _insert_changes(
        actor,
        ChangeAction.CREATE,
        (
            (content_type, pk, text, union, parent, _created_values(model, values, names))
            for pk, values, text, union, parent in rows
        ),
    )


def _created_values(model, values, names: dict) -> dict:
    """`_created(snapshot_values(model, values, names))` in one pass, without the
    snapshot in between: an import writes a hundred thousand of these."""
    data = {}
    for name, attname, kind, extra in _fields(model):
        value = values[attname]
        if value is not None:
            value = _kept(kind, extra, value, names)
            if value not in EMPTY:
                data[name] = [None, value]
    return data


def records_changed(*, actor, rows) -> int:
    """The change rows of many records at once: `rows` are (instance, union, parent,
    changes), `changes` as `record_change` writes them ({field: [old, new]}), for bulk
    writers that know what they changed. Rows without changes are not written."""
    return _insert_changes(
        actor,
        ChangeAction.UPDATE,
        (
            (_type_id(type(instance)), instance.pk, str(instance), union, parent, changes)
            for instance, union, parent, changes in rows
            if changes
        ),
    )


def _type_id(model) -> int:
    return ContentType.objects.get_for_model(model).pk  # cached by Django


def _insert_changes(actor, action: ChangeAction, rows) -> int:
    """`rows` are (content type id, pk, text, union, parent, changes)."""
    common = _actor_fields(actor)
    connection = connections[Change.objects.db]
    meta = Change._meta
    columns = [meta.get_field(name) for name in _CREATED_COLUMNS]
    json_field = columns[-1]
    # The same for every row: who, when, how, and the action.
    shared = (
        columns[0].get_db_prep_save(timezone.now(), connection),
        common["actor"].pk if common["actor"] is not None else None,
        common["actor_name"],
        common["via"],
    )
    parents = {}  # parent record → (content type id, pk as text)
    params = []
    for content_type, pk, text, union, parent, changes in rows:
        if parent is None:
            parent_type, parent_id = None, ""
        else:
            key = id(parent)
            if key not in parents:
                parents[key] = (_type_id(type(parent)), str(parent.pk), parent)
            parent_type, parent_id, _kept = parents[key]
        params.append(
            (
                *shared,
                union.pk if union is not None else None,
                action.value,
                content_type,
                str(pk),
                text[:255],
                parent_type,
                parent_id,
                _changes_json(changes, json_field, connection),
            )
        )
    if not params:
        return 0
    # Rows built here and inserted together: the ORM's bulk_create would build a model
    # and compile every value of every row, which is most of an import's time.
    insert_rows(Change, columns, params)
    return len(params)


def _changes_json(changes: dict, json_field, connection):
    """`changes` as the JSON column stores it. orjson writes the same JSON as the field's
    `json.dumps` (UTF-8 rather than \\u escapes) at a tenth of the cost: for an import's
    hundred thousand rows, a second. What orjson will not write (a lone surrogate) goes
    through the field."""
    try:
        return orjson.dumps(changes).decode()
    except orjson.JSONEncodeError:
        return json_field.get_db_prep_save(changes, connection)


_CREATED_COLUMNS = (
    "at",
    "actor",
    "actor_name",
    "via",
    "union",
    "action",
    "content_type",
    "object_id",
    "object_repr",
    "parent_type",
    "parent_id",
    "changes",
)


def children_sync(
    *, actor, parent, union, model, fk: str, rows: list[dict], key: tuple[str, ...], clean=False
) -> None:
    """Make `parent`'s rows of `model` (linked by the field `fk`) be `rows`, with their
    history. A row that matches a stored one on `key` changes it (history only if
    something changed), the others are added, and stored rows that match none are
    deleted. With `clean`, each row is checked (`full_clean`) before it is saved; the
    error names the row's position, under the parent's name for its rows:
    {"tasks": ["Row 2: …"]}."""
    stored = {
        tuple(getattr(obj, f) for f in key): obj for obj in model.objects.filter(**{fk: parent})
    }
    kept = set()
    rows_name = model._meta.get_field(fk).remote_field.related_name
    for position, row in enumerate(rows, start=1):
        obj = stored.get(tuple(row.get(f) for f in key))
        if obj is None and "id" in key and row.get("id") is not None:
            # Another record's row, or one deleted meanwhile: never taken as a new one.
            raise ValidationError(
                {
                    rows_name: _("Row %(row)s: it is not one of this record's rows.")
                    % {"row": position}
                }
            )
        before = snapshot(obj) if obj is not None else None
        obj = obj or model(**{fk: parent})
        for name, value in row.items():
            if name != "id":
                setattr(obj, name, value)
        if clean:
            try:
                obj.full_clean(exclude=[fk])
            except ValidationError as error:
                # Under the parent's name for its rows (tasks, participants…).
                raise ValidationError(
                    {
                        rows_name: [
                            _("Row %(row)s: %(message)s") % {"row": position, "message": message}
                            for message in error.messages
                        ]
                    }
                ) from error
        obj.save()
        kept.add(obj.pk)
        record_change(actor=actor, instance=obj, before=before, union=union, parent=parent)
    for obj in stored.values():
        if obj.pk not in kept:
            delete_recorded(actor=actor, instance=obj, union=union, parent=parent)


def delete_recorded(*, actor, instance, union=None, parent=None) -> None:
    """Record the deletion of `instance` (its last values), then delete it."""
    record_change(
        actor=actor,
        instance=instance,
        before=snapshot(instance),
        union=union,
        parent=parent,
        deleted=True,
    )
    instance.delete()


# Two people editing one record -------------------------------------------------------

MAX_CHANGES_SHOWN = 5


def last_change_id(instance) -> int:
    """The newest history row of the record or its rows (0 if none): what an edit form
    hands back, so that a save can tell whether someone saved in between."""
    if instance.pk is None:
        return 0
    newest = Change.objects.for_record(instance).order_by("-pk").values_list("pk", flat=True)
    return newest.first() or 0


def with_last_change_id(queryset, name: str = "last_change_id"):
    """`queryset` with each record's `last_change_id` as the attribute `name`, in the
    same query (a listing would otherwise spend one query a record): the newest history
    row of the record, or of a row that belongs to it, as `ChangeQuerySet.for_record`
    reads them."""
    content_type = ContentType.objects.get_for_model(queryset.model)
    record_id = Cast(OuterRef("pk"), models.CharField())

    def newest(**where):
        rows = Change.objects.filter(**where).order_by("-pk").values("pk")[:1]
        return Coalesce(Subquery(rows), 0)

    return queryset.annotate(
        **{
            name: Greatest(
                newest(content_type=content_type, object_id=record_id),
                newest(parent_type=content_type, parent_id=record_id),
            )
        }
    )


def refuse_if_changed_since(instance, seen: int) -> None:
    """A ValidationError naming who changed what, if the record or its rows were saved
    after the history row `seen` (from `last_change_id` when the form was opened): a
    second person's save never silently overwrites the first's. The caller holds the
    record's row lock, so that two saves cannot both pass."""
    newer = list(
        Change.objects.for_record(instance)
        .filter(pk__gt=seen)
        .select_related("content_type")
        .order_by("pk")[: MAX_CHANGES_SHOWN + 1]
    )
    if not newer:
        return
    lines = []
    for change in newer[:MAX_CHANGES_SHOWN]:
        fields = ", ".join(str(label) for label, _old, _new in change.rows) or change.object_repr
        lines.append(
            _("%(who)s, %(when)s: %(what)s (%(fields)s)")
            % {
                "who": change.actor_name,
                "when": format_moment(change.at, "short"),
                "what": change.get_action_display().lower()
                if change.content_type.model_class() is type(instance)
                else f"{change.record_type}: {change.object_repr}",
                "fields": fields,
            }
        )
    if len(newer) > MAX_CHANGES_SHOWN:
        lines.append(_("and more: see the record's history."))
    raise ValidationError(
        _(
            "Someone saved this record after you opened it, so your changes were not "
            "saved: %(changes)s. Check their changes, then save again to keep yours."
        )
        % {"changes": "; ".join(lines)},
        code="changed_since",
    )
