"""Who changed what, when, from which value to which: one row per create, change or
delete of a record, written by the service that made it."""

import json

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from amity.tenancy.querysets import UnionScopedQuerySet


class ChangeAction(models.TextChoices):
    CREATE = "create", _("Created")
    UPDATE = "update", _("Changed")
    DELETE = "delete", _("Deleted")
    # Of people rather than records (tenancy.signins).
    SIGN_IN = "sign-in", _("Signed in")
    REFUSED = "refused", _("Sign-in refused")
    LOCKED = "locked", _("Locked out after failed sign-ins")


PERSON_EVENTS = (ChangeAction.SIGN_IN, ChangeAction.REFUSED, ChangeAction.LOCKED)
EVENT_DETAILS = {"address": _("address the request came from")}


class ChangeQuerySet(UnionScopedQuerySet):
    def of_records(self):
        """Changes of records only, without the sign-ins, refusals and lockouts."""
        return self.exclude(action__in=PERSON_EVENTS)

    def for_record(self, instance):
        """Changes of the record and of the rows that belong to it (aliases, contacts…)."""
        ct = ContentType.objects.get_for_model(instance)
        pk = str(instance.pk)
        return self.filter(
            models.Q(content_type=ct, object_id=pk) | models.Q(parent_type=ct, parent_id=pk)
        )


class Change(models.Model):
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    # Kept so the history still names a user who has since been deleted.
    actor_name = models.CharField(_("who"), max_length=150, blank=True)
    # How the change came, when not by hand: e.g. "IATI import of vn.xml".
    via = models.CharField(_("by way of"), max_length=255, blank=True)
    union = models.ForeignKey(
        "tenancy.Union",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("union"),
    )
    action = models.CharField(_("action"), max_length=10, choices=ChangeAction.choices)
    # No index of their own: the (type, id) indexes below lead with them.
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    object_id = models.CharField(max_length=64)
    object_repr = models.CharField(_("record"), max_length=255)
    parent_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,
    )
    parent_id = models.CharField(max_length=64, blank=True)
    # {field name: [old, new]}; values as stored (codes, ISO dates, names of related rows).
    changes = models.JSONField(_("changes"), default=dict)

    objects = ChangeQuerySet.as_manager()

    class Meta:
        verbose_name = _("change")
        verbose_name_plural = _("changes")
        ordering = ["-at", "-pk"]
        indexes = [
            models.Index(fields=["content_type", "object_id"]),
            models.Index(fields=["parent_type", "parent_id"]),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name} {self.action} {self.object_repr}"

    @property
    def record_type(self) -> str:
        model = self.content_type.model_class()
        return model._meta.verbose_name if model else self.content_type.model

    @cached_property
    def rows(self):
        """(field label, old, new) with field names and choice codes made readable.
        Cached: the history table reads it once per cell it spans."""
        model = self.content_type.model_class()
        result = []
        for name, (old, new) in self.changes.items():
            try:
                field = model._meta.get_field(name)
            except FieldDoesNotExist:  # a field removed since, or an event's detail
                result.append((EVENT_DETAILS.get(name, name), old, new))
                continue
            choices = dict(getattr(field, "flatchoices", None) or [])
            result.append(
                (
                    getattr(field, "verbose_name", name),
                    _display(old, choices),
                    _display(new, choices),
                )
            )
        return result


def _display(value, choices):
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(choices.get(value, value))
