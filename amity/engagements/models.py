"""People-to-people diplomacy: the union's engagements (conferences, working visits,
delegations, training courses, aid-promotion meetings), with who took part, what came of
them and what was asked for afterwards; and its international partnerships
(sister provinces, friendship and cooperation agreements)."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from amity.core.models import Labelled, Task, TaskQuerySet
from amity.core.uploads import validate_document
from amity.tenancy.querysets import UnionScopedQuerySet


class PartnershipType(models.TextChoices):
    SISTER = "sister", _("Sister province or city")
    FRIENDSHIP = "friendship", _("Friendship and cooperation agreement")


class PartnershipQuerySet(UnionScopedQuerySet):
    def with_related(self):
        return self.select_related("union", "country")


def document_path(record, filename: str) -> str:
    return f"{record._meta.model_name}s/{record.union_id}/{filename}"


class Partnership(Labelled):
    """One of the union's international friendship relations: a partner locality
    abroad (its name in its own language is the title; translations beside it)."""

    union = models.ForeignKey(
        "tenancy.Union",
        on_delete=models.PROTECT,
        related_name="partnerships",
        verbose_name=_("union"),
    )
    country = models.ForeignKey(
        "codelists.Country",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("country"),
    )
    type = models.CharField(_("type"), max_length=12, choices=PartnershipType.choices)
    signed_date = models.DateField(_("signed on"), null=True, blank=True)
    document = models.FileField(
        _("signed document"),
        upload_to=document_path,
        max_length=500,
        blank=True,
        validators=[validate_document],
    )
    aid_items = models.ManyToManyField(
        "aid.AidItem", blank=True, related_name="partnerships", verbose_name=_("aid items")
    )
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PartnershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        ordering = ["union", "country", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["union", "country", "title"],
                name="engagements_partnership_once",
                violation_error_message=_(
                    "This union already has a partnership with that locality."
                ),
            ),
        ]


class EngagementKind(models.TextChoices):
    CONFERENCE = "conference", _("Conference or seminar")
    WORKING_VISIT = "working_visit", _("Working visit")
    INCOMING = "incoming", _("Incoming delegation")
    OUTGOING = "outgoing", _("Outgoing delegation")
    TRAINING = "training", _("Training course")
    AID_PROMOTION = "aid_promotion", _("Aid-promotion meeting")


class EngagementQuerySet(UnionScopedQuerySet):
    def with_related(self):
        return self.select_related("union", "place_unit", "place_country", "partnership")

    def reports_due(self, today=None, within_days: int = 0):
        """International conferences whose Decision 06/2020 report is not in and is due
        by `today` + `within_days` (overdue ones included)."""
        today = today or timezone.localdate()
        return self.filter(
            kind=EngagementKind.CONFERENCE,
            is_international=True,
            report_submitted_on__isnull=True,
            report_due__lte=today + datetime.timedelta(days=within_days),
        )


class Engagement(ClusterableModel, Labelled):
    """A conference, working visit, delegation, training course or aid-promotion
    meeting: when and where, who took part, what came of it, and the follow-up requests
    (each a task with an owner and a due date)."""

    union = models.ForeignKey(
        "tenancy.Union",
        on_delete=models.PROTECT,
        related_name="engagements",
        verbose_name=_("union"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=EngagementKind.choices)
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"), null=True, blank=True)
    place_unit = models.ForeignKey(
        "geo.AdministrativeUnit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("place in Vietnam"),
    )
    place_country = models.ForeignKey(
        "codelists.Country",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("country abroad"),
    )
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    partnership = models.ForeignKey(
        Partnership,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="engagements",
        verbose_name=_("partnership"),
    )
    # Decision 06/2020/QD-TTg: an international conference or seminar is approved
    # beforehand and reported on afterwards.
    is_international = models.BooleanField(
        _("international"),
        default=False,
        help_text=_("International conferences need approval under Decision 06/2020/QD-TTg."),
    )
    approving_authority = models.CharField(_("approving authority"), max_length=255, blank=True)
    decision_number = models.CharField(_("approval decision number"), max_length=60, blank=True)
    decision_date = models.DateField(_("approval decision date"), null=True, blank=True)
    report_due = models.DateField(
        _("report due"),
        null=True,
        blank=True,
        help_text=_("Left empty, set from the end of the event (AMITY_DECISION06_REPORT_DAYS)."),
    )
    report_submitted_on = models.DateField(_("report submitted on"), null=True, blank=True)
    # Training courses.
    topic = models.CharField(_("topic"), max_length=500, blank=True)
    attendees_count = models.PositiveIntegerField(_("number of attendees"), null=True, blank=True)
    materials = models.TextField(_("materials"), blank=True)
    outcomes = models.TextField(_("outcomes"), blank=True)
    aid_items = models.ManyToManyField(
        "aid.AidItem", blank=True, related_name="engagements", verbose_name=_("aid items")
    )
    articles = models.ManyToManyField(
        "wagtailcore.Page",
        blank=True,
        related_name="+",
        verbose_name=_("news articles"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EngagementQuerySet.as_manager()

    class Meta:
        verbose_name = _("engagement")
        verbose_name_plural = _("engagements")
        ordering = ["-start_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="engagements_dates_in_order",
                violation_error_message=_("An engagement cannot end before it starts."),
            ),
        ]

    @property
    def last_day(self):
        return self.end_date or self.start_date


class Side(models.TextChoices):
    OURS = "ours", _("Our side")
    THEIRS = "theirs", _("Their side")


class Participant(models.Model):
    """A person or an organization that took part; for a training course, the list of
    attendees."""

    engagement = ParentalKey(Engagement, on_delete=models.CASCADE, related_name="participants")
    side = models.CharField(_("side"), max_length=8, choices=Side.choices, default=Side.OURS)
    name = models.CharField(_("name"), max_length=255, blank=True)
    position = models.CharField(_("position"), max_length=255, blank=True)
    organization = models.ForeignKey(
        "registry.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="engagement_participations",
        verbose_name=_("organization"),
    )
    organization_name = models.CharField(
        _("organization's name"),
        max_length=255,
        blank=True,
        help_text=_("For one that is not in the registry, e.g. a provincial department."),
    )

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["side", "pk"]

    def __str__(self) -> str:
        who = self.organization.label if self.organization_id else self.organization_name
        return ", ".join(part for part in (self.name, self.position, who) if part)


class FollowUpQuerySet(TaskQuerySet):
    union_field = "engagement__union"


class FollowUp(Task):
    """What was asked for after an engagement ("Lao Cai asks the national union to
    connect it with new NGOs"), with who does it and by when."""

    engagement = ParentalKey(Engagement, on_delete=models.CASCADE, related_name="follow_ups")

    objects = FollowUpQuerySet.as_manager()

    class Meta(Task.Meta):
        verbose_name = _("follow-up request")
        verbose_name_plural = _("follow-up requests")


class EngagementFileKind(models.TextChoices):
    DOCUMENT = "document", _("Document")
    PHOTO = "photo", _("Photo")


def engagement_file_path(record, filename: str) -> str:
    # Filed by union and engagement, as aid items' documents are.
    return f"engagements/{record.engagement.union_id}/{record.engagement_id}/{filename}"


class EngagementFile(models.Model):
    """A document or a photo of an engagement, served only to those who see it."""

    engagement = ParentalKey(Engagement, on_delete=models.CASCADE, related_name="files")
    title = models.CharField(_("title"), max_length=255)
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=EngagementFileKind.choices,
        default=EngagementFileKind.DOCUMENT,
    )
    file = models.FileField(
        _("file"),
        upload_to=engagement_file_path,
        max_length=500,
        validators=[validate_document],
    )

    class Meta:
        verbose_name = _("file")
        verbose_name_plural = _("files")
        ordering = ["kind", "pk"]

    def __str__(self) -> str:
        return self.title
