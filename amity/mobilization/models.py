"""How a union raises aid, not only records it: multi-year programs, calls for
sponsorship and the pledges made to them, disaster appeals with their pledges and
receipts, and coordination plans with provincial agencies and their tasks."""

from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from amity.core.models import (  # noqa: F401 (re-exported)
    OPEN_TASK_STATUSES,
    Described,
    Labelled,
    Task,
    TaskQuerySet,
    TaskStatus,
)
from amity.core.uploads import validate_document
from amity.tenancy.querysets import UnionScopedQuerySet

AMOUNT = {"max_digits": 20, "decimal_places": 2, "validators": [MinValueValidator(0)]}


def _union(related_name: str):
    return models.ForeignKey(
        "tenancy.Union",
        on_delete=models.PROTECT,
        related_name=related_name,
        verbose_name=_("union"),
    )


def _currency():
    return models.ForeignKey(
        "codelists.Currency", on_delete=models.PROTECT, related_name="+", verbose_name=_("currency")
    )


class Converted(models.Model):
    """Money in its own currency, with its VND equivalent and what that was computed from
    (rate, the rate's date and source), as the finance rules keep it beside every figure.
    The service computes the last four; nobody types them."""

    amount = models.DecimalField(_("amount"), **AMOUNT)
    currency = _currency()
    date = models.DateField(_("date"))
    amount_vnd = models.DecimalField(
        _("amount in VND"), max_digits=22, decimal_places=0, editable=False
    )
    rate = models.DecimalField(
        _("rate (VND per unit)"), max_digits=20, decimal_places=6, editable=False
    )
    rate_date = models.DateField(_("rate date"), editable=False)
    rate_source = models.CharField(_("rate source"), max_length=255, editable=False)

    class Meta:
        abstract = True


class ProgramQuerySet(UnionScopedQuerySet):
    def with_related(self):
        return self.select_related("union")


class Program(Labelled):
    """A union's multi-year mobilization program (e.g. 2019–2025), approved by a
    decision; its yearly targets are the union's targets (`reports.Target`) of its years,
    and it counts the aid items it produced."""

    union = _union("mobilization_programs")
    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))
    decision_number = models.CharField(_("approval decision number"), max_length=60, blank=True)
    decision_date = models.DateField(_("approval decision date"), null=True, blank=True)
    decision_authority = models.CharField(_("approving authority"), max_length=255, blank=True)
    goals = models.TextField(_("goals"), blank=True)
    aid_items = models.ManyToManyField(
        "aid.AidItem",
        blank=True,
        related_name="mobilization_programs",
        verbose_name=_("aid items it produced"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProgramQuerySet.as_manager()

    class Meta:
        verbose_name = _("mobilization program")
        verbose_name_plural = _("mobilization programs")
        ordering = ["union", "-start_year", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__gte=models.F("start_year")),
                name="mobilization_program_years_in_order",
                violation_error_message=_("The last year cannot come before the first."),
            ),
        ]

    @property
    def years(self) -> range:
        return range(self.start_year, self.end_year + 1)


class Audience(models.TextChoices):
    ANY = "any", _("Any donor")
    NGO = "ngo", _("Foreign NGOs")
    ENTERPRISE = "enterprise", _("FDI enterprises")


class CallStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    TAKEN_UP = "taken_up", _("Taken up")
    CLOSED = "closed", _("Closed")


class CallQuerySet(UnionScopedQuerySet):
    def with_related(self):
        return self.select_related("union", "sector", "locality", "currency", "aid_item")

    def published(self, today=None):
        """What the portal shows: published, and still open on `today`."""
        today = today or timezone.localdate()
        return self.filter(status=CallStatus.PUBLISHED, deadline__gte=today)

    def past_deadline(self, today=None):
        """Published calls whose deadline has passed: someone should close or extend them."""
        today = today or timezone.localdate()
        return self.filter(status=CallStatus.PUBLISHED, deadline__lt=today)


class Call(Described):
    """A call for sponsorship: a need the union publishes to donors (NGOs, FDI
    enterprises). Donors pledge against it; a pledge taken up becomes an aid item."""

    union = _union("calls")
    program = models.ForeignKey(
        Program,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="calls",
        verbose_name=_("program"),
    )
    audience = models.CharField(
        _("aimed at"), max_length=12, choices=Audience.choices, default=Audience.ANY
    )
    sector = models.ForeignKey(
        "codelists.Sector",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sector"),
    )
    locality = models.ForeignKey(
        "geo.AdministrativeUnit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("locality"),
    )
    amount_sought = models.DecimalField(_("amount sought"), **AMOUNT)
    currency = _currency()
    deadline = models.DateField(_("deadline"))
    contact_name = models.CharField(_("contact person"), max_length=255, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=CallStatus.choices, default=CallStatus.DRAFT
    )
    aid_item = models.OneToOneField(
        "aid.AidItem",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="call",
        verbose_name=_("aid item"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CallQuerySet.as_manager()

    class Meta:
        verbose_name = _("call for sponsorship")
        verbose_name_plural = _("calls for sponsorship")
        ordering = ["-deadline", "pk"]


class AppealQuerySet(UnionScopedQuerySet):
    def with_related(self):
        return self.select_related("union", "currency")

    def published(self):
        return self.filter(is_published=True)


class Appeal(Described):
    """A disaster appeal: the event, the localities it struck, a target and a period;
    pledges and receipts come in any currency, and readers see the progress."""

    union = _union("appeals")
    event_date = models.DateField(_("date of the event"))
    localities = models.ManyToManyField(
        "geo.AdministrativeUnit",
        blank=True,
        related_name="+",
        verbose_name=_("affected localities"),
    )
    target_amount = models.DecimalField(_("target amount"), **AMOUNT)
    currency = _currency()
    start_date = models.DateField(_("appeal opens"))
    end_date = models.DateField(_("appeal closes"))
    is_published = models.BooleanField(
        _("published on the portal"),
        default=False,
        help_text=_("Readers see the appeal and how much it has received."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AppealQuerySet.as_manager()

    class Meta:
        verbose_name = _("appeal")
        verbose_name_plural = _("appeals")
        ordering = ["-start_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=models.F("start_date")),
                name="mobilization_appeal_period_in_order",
                violation_error_message=_("The appeal cannot close before it opens."),
            ),
        ]


class MoneyQuerySet(UnionScopedQuerySet):
    def with_related(self):
        return self.select_related("union", "donor", "currency", "call", "appeal")


class Pledge(Converted):
    """What a donor promises, against a call for sponsorship or an appeal (one of the
    two)."""

    union = _union("pledges")
    call = models.ForeignKey(
        Call,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="pledges",
        verbose_name=_("call for sponsorship"),
    )
    appeal = models.ForeignKey(
        Appeal,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="pledges",
        verbose_name=_("appeal"),
    )
    donor = models.ForeignKey(
        "registry.Organization",
        on_delete=models.PROTECT,
        related_name="pledges",
        verbose_name=_("donor"),
    )
    conditions = models.TextField(_("conditions"), blank=True)
    aid_item = models.ForeignKey(
        "aid.AidItem",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="pledges",
        verbose_name=_("aid item it became"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MoneyQuerySet.as_manager()

    class Meta:
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        ordering = ["-date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(call__isnull=False) & Q(appeal__isnull=True))
                | (Q(call__isnull=True) & Q(appeal__isnull=False)),
                name="mobilization_pledge_to_call_or_appeal",
                violation_error_message=_("A pledge is made to a call or to an appeal."),
            ),
            models.CheckConstraint(
                condition=Q(amount__gte=0), name="mobilization_pledge_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.donor} {self.date.isoformat()} {self.amount} {self.currency_id}"


class ReceiptQuerySet(UnionScopedQuerySet):
    def with_related(self):
        return self.select_related("union", "donor", "currency", "appeal")


class Receipt(Converted):
    """Money an appeal received: from a registered organization, or from anyone named
    (people give to flood appeals too)."""

    union = _union("appeal_receipts")
    appeal = models.ForeignKey(
        Appeal, on_delete=models.CASCADE, related_name="receipts", verbose_name=_("appeal")
    )
    pledge = models.ForeignKey(
        Pledge,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="receipts",
        verbose_name=_("pledge it honours"),
    )
    donor = models.ForeignKey(
        "registry.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="appeal_receipts",
        verbose_name=_("donor"),
    )
    donor_name = models.CharField(
        _("donor's name"),
        max_length=255,
        blank=True,
        help_text=_("For a donor who is not in the registry, e.g. a person."),
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ReceiptQuerySet.as_manager()

    class Meta:
        verbose_name = _("receipt")
        verbose_name_plural = _("receipts")
        ordering = ["-date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gte=0), name="mobilization_receipt_not_negative"
            ),
        ]

    def __str__(self) -> str:
        who = self.donor.label if self.donor_id else self.donor_name
        return f"{who} {self.date.isoformat()} {self.amount} {self.currency_id}"


class PlanQuerySet(UnionScopedQuerySet):
    def with_related(self):
        return self.select_related("union", "partner")


def plan_document_path(plan, filename: str) -> str:
    return f"coordination-plans/{plan.union_id}/{filename}"


class CoordinationPlan(ClusterableModel, Labelled):
    """An agreement between the union and a provincial agency (e.g. the Department of
    Finance) on mobilizing aid together, with its tasks."""

    union = _union("coordination_plans")
    partner = models.ForeignKey(
        "registry.Organization",
        on_delete=models.PROTECT,
        related_name="coordination_plans",
        verbose_name=_("partner agency"),
    )
    start_date = models.DateField(_("in force from"))
    end_date = models.DateField(_("in force until"), null=True, blank=True)
    signed_date = models.DateField(_("signed on"), null=True, blank=True)
    document = models.FileField(
        _("signed document"),
        upload_to=plan_document_path,
        max_length=500,
        blank=True,
        validators=[validate_document],
    )
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("coordination plan")
        verbose_name_plural = _("coordination plans")
        ordering = ["union", "-start_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="mobilization_plan_period_in_order",
                violation_error_message=_("The plan cannot end before it starts."),
            ),
        ]


class PlanTaskQuerySet(TaskQuerySet):
    union_field = "plan__union"


class PlanTask(Task):
    plan = ParentalKey(
        CoordinationPlan,
        on_delete=models.CASCADE,
        related_name="tasks",
        verbose_name=_("coordination plan"),
    )

    objects = PlanTaskQuerySet.as_manager()

    class Meta(Task.Meta):
        pass
