"""Recording changes. Services call `snapshot()` before they change a record and
`record_change()` after, inside the same transaction."""

import contextlib
import contextvars
import datetime
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.fields.files import FieldFile

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


def _value(field, instance):
    if isinstance(field, models.ForeignKey):
        related = getattr(instance, field.name)
        return str(related) if related is not None else None
    value = getattr(instance, field.attname)
    if isinstance(value, FieldFile):
        return value.name or None
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def snapshot(instance) -> dict:
    """The record's values as history keeps them: fields, then many-to-many lists."""
    data = {}
    for field in instance._meta.concrete_fields:
        if field.name in SKIPPED_FIELDS or field.attname in SKIPPED_FIELDS:
            continue
        data[field.name] = _value(field, instance)
    if instance.pk is not None:
        for field in instance._meta.many_to_many:
            data[field.name] = sorted(str(obj) for obj in getattr(instance, field.name).all())
    return data


def _diff(before: dict | None, after: dict | None) -> dict:
    before, after = before or {}, after or {}
    empty = (None, "", [])
    return {
        name: [before.get(name), after.get(name)]
        for name in dict.fromkeys([*before, *after])
        if before.get(name) != after.get(name)
        and not (before.get(name) in empty and after.get(name) in empty)
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
        actor=actor if actor is not None and actor.is_authenticated else None,
        actor_name=actor.get_username()
        if actor is not None and actor.is_authenticated
        else "system",
        via=_via.get(),
        union=union,
        action=action,
        content_type=ContentType.objects.get_for_model(instance),
        object_id=str(instance.pk),
        object_repr=str(instance)[:255],
        parent_type=ContentType.objects.get_for_model(parent) if parent is not None else None,
        parent_id=str(parent.pk) if parent is not None else "",
        changes=changes,
    )


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
