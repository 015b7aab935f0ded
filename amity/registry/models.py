"""The registry: foreign NGOs and other partners, and the registration certificates
that let a foreign NGO work in Vietnam (Decree 58/2022/ND-CP)."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from amity.core.i18n import localized
from amity.tenancy.querysets import UnionScopedQuerySet


class OrganizationKind(models.TextChoices):
    FOREIGN_NGO = "foreign_ngo", _("Foreign non-governmental organization")
    FOREIGN_GOVERNMENT = "foreign_government", _("Foreign government agency")
    MULTILATERAL = "multilateral", _("Multilateral organization")
    ENTERPRISE = "enterprise", _("Enterprise")
    VIETNAMESE_AGENCY = "vietnamese_agency", _("Vietnamese agency")
    ACADEMIC = "academic", _("Academic or research institution")
    OTHER = "other", _("Other")


class OrganizationQuerySet(UnionScopedQuerySet):
    def with_related(self):
        return self.select_related("union", "country", "organisation_type")


class Organization(ClusterableModel):
    union = models.ForeignKey(
        "tenancy.Union",
        on_delete=models.PROTECT,
        related_name="organizations",
        verbose_name=_("union"),
    )
    name = models.CharField(
        _("name"),
        max_length=255,
        help_text=_("As registered, in the organization's own language and script."),
    )
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    name_vi = models.CharField(_("name in Vietnamese"), max_length=255, blank=True)
    name_en = models.CharField(_("name in English"), max_length=255, blank=True)
    name_zh_hans = models.CharField(_("name in Chinese"), max_length=255, blank=True)
    kind = models.CharField(
        _("kind"),
        max_length=30,
        choices=OrganizationKind.choices,
        default=OrganizationKind.FOREIGN_NGO,
    )
    organisation_type = models.ForeignKey(
        "codelists.OrganisationType",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("IATI organisation type"),
    )
    country = models.ForeignKey(
        "codelists.Country",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("country"),
    )
    fields_of_work = models.ManyToManyField(
        "codelists.Sector",
        blank=True,
        related_name="organizations",
        verbose_name=_("fields of work"),
    )
    iati_identifier = models.CharField(
        _("IATI organisation identifier"),
        max_length=100,
        blank=True,
        help_text=_("For example GB-CHC-202918."),
    )
    website = models.URLField(_("website"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["union", "iati_identifier"],
                condition=~Q(iati_identifier=""),
                name="registry_org_unique_iati_id_per_union",
            )
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return localized(self, "name")

    # Column heading where listings show `label`.
    label.fget.short_description = _("name")

    def all_names(self) -> list[str]:
        names = [self.name, self.acronym, self.name_vi, self.name_en, self.name_zh_hans]
        if self.pk:
            names += [a.name for a in self.aliases.all()]
        return [n for n in names if n]


class OrganizationAlias(models.Model):
    organization = ParentalKey(Organization, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("alias"), max_length=255)

    class Meta:
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class OrganizationNameKey(models.Model):
    """Folded forms of every name and alias, kept by the services for duplicate checks."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    union = models.ForeignKey("tenancy.Union", on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=255)

    class Meta:
        indexes = [models.Index(fields=["union", "key"])]


class OrganizationContact(models.Model):
    organization = ParentalKey(Organization, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=255, blank=True)
    role = models.CharField(_("role"), max_length=255, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    locality = models.ForeignKey(
        "geo.AdministrativeUnit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("locality"),
    )

    # The back office edits these; the locality (one of ~4,000 units) is set via the API.
    panels = ["name", "role", "email", "phone", "address"]

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self) -> str:
        return " · ".join(p for p in [self.name, self.role, self.email, self.phone] if p) or "—"


class CertificateType(models.TextChoices):
    OPERATION = "operation", _("Operation registration")
    PROJECT_OFFICE = "project_office", _("Project-office registration")
    REPRESENTATIVE_OFFICE = "representative_office", _("Representative-office registration")


class LegalBasis(models.TextChoices):
    DECREE_58_2022 = "58/2022/ND-CP", _("Decree 58/2022/ND-CP (from 1 Nov 2022)")
    DECREE_12_2012 = "12/2012/ND-CP", _("Decree 12/2012/ND-CP (until 31 Oct 2022)")


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    EXPIRING = "expiring", _("Expiring")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")


def expiring_horizon(today: datetime.date | None = None) -> datetime.date:
    today = today or timezone.localdate()
    return today + datetime.timedelta(days=settings.AMITY_CERTIFICATE_EXPIRING_DAYS)


class CertificateQuerySet(UnionScopedQuerySet):
    def with_related(self):
        return self.select_related("union", "organization").prefetch_related("provinces")

    def with_status(self, today: datetime.date | None = None):
        """Annotate `current_status`, derived from the dates, so it can be filtered on."""
        today = today or timezone.localdate()
        return self.annotate(
            current_status=Case(
                When(
                    revoked_on__isnull=False,
                    revoked_on__lte=today,
                    then=Value(CertificateStatus.REVOKED),
                ),
                When(expiry_date__lt=today, then=Value(CertificateStatus.EXPIRED)),
                When(
                    expiry_date__lte=expiring_horizon(today), then=Value(CertificateStatus.EXPIRING)
                ),
                default=Value(CertificateStatus.VALID),
                output_field=models.CharField(),
            )
        )

    def with_status_in(self, statuses, today: datetime.date | None = None):
        return self.with_status(today).filter(current_status__in=list(statuses))


class RegistrationCertificate(models.Model):
    union = models.ForeignKey(
        "tenancy.Union",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("union"),
    )
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("organization"),
    )
    type = models.CharField(_("type"), max_length=30, choices=CertificateType.choices)
    number = models.CharField(_("number"), max_length=60)
    legal_basis = models.CharField(
        _("legal basis"),
        max_length=20,
        choices=LegalBasis.choices,
        default=LegalBasis.DECREE_58_2022,
    )
    issue_date = models.DateField(_("issue date"))
    expiry_date = models.DateField(_("expiry date"))
    provinces = models.ManyToManyField(
        "geo.AdministrativeUnit",
        blank=True,
        related_name="+",
        verbose_name=_("provinces covered"),
        limit_choices_to={"level": "province"},
    )
    fields = models.ManyToManyField(
        "codelists.Sector",
        blank=True,
        related_name="+",
        verbose_name=_("fields covered"),
    )
    revoked_on = models.DateField(_("revoked on"), null=True, blank=True)
    revocation_note = models.TextField(_("revocation note"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration certificate")
        verbose_name_plural = _("registration certificates")
        ordering = ["expiry_date", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["union", "number"], name="registry_certificate_unique_number_per_union"
            ),
            models.CheckConstraint(
                condition=Q(expiry_date__gt=models.F("issue_date")),
                name="registry_certificate_expiry_after_issue",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} · {self.organization}"

    def status(self, today: datetime.date | None = None) -> CertificateStatus:
        today = today or timezone.localdate()
        if self.revoked_on is not None and self.revoked_on <= today:
            return CertificateStatus.REVOKED
        if self.expiry_date < today:
            return CertificateStatus.EXPIRED
        if self.expiry_date <= expiring_horizon(today):
            return CertificateStatus.EXPIRING
        return CertificateStatus.VALID

    @property
    def status_label(self) -> str:
        return self.status().label

    status_label.fget.short_description = _("status")
