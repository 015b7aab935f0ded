"""The record of each IATI import: which file, into which union, by whom, what it did
and every problem it met, kept so the back office can show it later."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from amity.tenancy.querysets import UnionScopedQuerySet


class ImportOutcome(models.TextChoices):
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    REFUSED = "refused", _("Refused: nothing imported")
    INTERRUPTED = "interrupted", _("Interrupted")


class IatiImport(models.Model):
    union = models.ForeignKey(
        "tenancy.Union", on_delete=models.CASCADE, related_name="+", verbose_name=_("union")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    file_name = models.CharField(_("file"), max_length=255)
    dry_run = models.BooleanField(_("trial run (nothing written)"), default=False)
    outcome = models.CharField(
        _("outcome"), max_length=12, choices=ImportOutcome.choices, default=ImportOutcome.RUNNING
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    activities = models.PositiveIntegerField(_("activities in the file"), default=0)
    created = models.PositiveIntegerField(_("created"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    unchanged = models.PositiveIntegerField(_("unchanged"), default=0)
    skipped = models.PositiveIntegerField(_("skipped"), default=0)
    # [{"line": 12, "activity": "XM-1-2", "field": "sector", "message": "…"}, …]
    problems = models.JSONField(_("problems"), default=list, blank=True)
    # Of the bytes as stored: the same file imported again is known without reading it.
    file_digest = models.CharField(max_length=64, blank=True, db_index=True)
    # Set when the file was that import's, byte for byte, with nothing changed since:
    # this one did not read it again.
    same_as = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("same file as"),
    )

    objects = UnionScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("IATI import")
        verbose_name_plural = _("IATI imports")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.started_at:%Y-%m-%d %H:%M})"
