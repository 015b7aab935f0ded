"""Abstract models several apps share: titles and descriptions in each language, and
tasks with an owner and a due date. No tables of their own."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from amity.core.i18n import localized
from amity.tenancy.querysets import UnionScopedQuerySet


class Labelled(models.Model):
    """A title in the original language and its translations; `label` is the reader's."""

    title = models.CharField(_("title"), max_length=500, help_text=_("In the original language."))
    title_vi = models.CharField(_("title in Vietnamese"), max_length=500, blank=True)
    title_en = models.CharField(_("title in English"), max_length=500, blank=True)
    title_zh_hans = models.CharField(_("title in Chinese"), max_length=500, blank=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return localized(self, "title")

    label.fget.short_description = _("title")


class Described(Labelled):
    """Published to readers: also a description in each language."""

    description = models.TextField(_("description"), blank=True)
    description_vi = models.TextField(_("description in Vietnamese"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    description_zh_hans = models.TextField(_("description in Chinese"), blank=True)

    class Meta:
        abstract = True

    @property
    def description_label(self) -> str:
        return localized(self, "description")


class TaskStatus(models.TextChoices):
    OPEN = "open", _("To do")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


OPEN_TASK_STATUSES = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)


class TaskQuerySet(UnionScopedQuerySet):
    def overdue(self, today=None):
        """Not done nor cancelled, and due before `today`."""
        today = today or timezone.localdate()
        return self.filter(status__in=OPEN_TASK_STATUSES, due_date__lt=today)


class Task(models.Model):
    """Something someone has to do by a day: a coordination plan's task, an engagement's
    follow-up request."""

    title = models.CharField(_("task"), max_length=500)
    owner = models.CharField(
        _("owner"), max_length=255, help_text=_("Who carries it out: a person or a department.")
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=TaskStatus.choices, default=TaskStatus.OPEN
    )

    class Meta:
        abstract = True
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        ordering = ["due_date", "pk"]

    def __str__(self) -> str:
        return self.title
