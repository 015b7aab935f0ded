"""Aid items: programs, projects and non-project aid, from the first idea to the end."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from amity.core.i18n import choice_label, localized
from amity.core.uploads import validate_document
from amity.tenancy.querysets import UnionScopedQuerySet

from .workflow import PUBLISHABLE, AidStatus


class AidKind(models.TextChoices):
    PROGRAM = "program", _("Program")
    PROJECT = "project", _("Project")
    NON_PROJECT = "non_project", _("Non-project aid")


class AidLegalBasis(models.TextChoices):
    DECREE_80_2020 = "80/2020/ND-CP", _("Decree 80/2020/ND-CP (17 Sep 2020 – 7 Dec 2025)")
    DECREE_313_2025 = "313/2025/ND-CP", _("Decree 313/2025/ND-CP (from 8 Dec 2025)")


class SpendingNature(models.TextChoices):
    """Circular 23/2022/TT-BTC: the nature of the spending."""

    RECURRENT = "recurrent", _("Recurrent")
    INVESTMENT = "investment", _("Investment")
    OTHER = "other", _("Other")


class Implementer(models.TextChoices):
    """Circular 23/2022/TT-BTC: who carries the aid out."""

    DONOR = "donor", _("The donor directly")
    OWNER = "owner", _("The Vietnamese aid owner")


class DonorRole(models.TextChoices):
    FUNDING = "funding", _("Funding")
    IMPLEMENTING = "implementing", _("Implementing")
    ACCOUNTABLE = "accountable", _("Accountable")
    EXTENDING = "extending", _("Extending")


SHARE_VALIDATORS = [MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("100"))]


class AidItemQuerySet(UnionScopedQuerySet):
    def with_related(self):
        return self.select_related("union", "owner", "parent")

    def published(self):
        """What the public portal may show: marked public by the union, and approved or
        later (see `workflow.PUBLISHABLE`)."""
        return self.filter(is_public=True, status__in=PUBLISHABLE)


class AidItem(ClusterableModel):
    union = models.ForeignKey(
        "tenancy.Union",
        on_delete=models.PROTECT,
        related_name="aid_items",
        verbose_name=_("union"),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=AidKind.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="projects",
        verbose_name=_("program"),
        help_text=_("The program this project belongs to."),
    )
    title = models.CharField(_("title"), max_length=500, help_text=_("In the original language."))
    title_vi = models.CharField(_("title in Vietnamese"), max_length=500, blank=True)
    title_en = models.CharField(_("title in English"), max_length=500, blank=True)
    title_zh_hans = models.CharField(_("title in Chinese"), max_length=500, blank=True)
    description = models.TextField(
        _("description"), blank=True, help_text=_("In the original language.")
    )
    description_vi = models.TextField(_("description in Vietnamese"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    description_zh_hans = models.TextField(_("description in Chinese"), blank=True)
    owner = models.ForeignKey(
        "registry.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="owned_aid_items",
        verbose_name=_("aid owner"),
        help_text=_("The Vietnamese agency that receives the aid."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=AidStatus.choices, default=AidStatus.IDENTIFIED
    )
    legal_basis = models.CharField(
        _("legal basis"),
        max_length=20,
        choices=AidLegalBasis.choices,
        default=AidLegalBasis.DECREE_313_2025,
    )
    spending_nature = models.CharField(
        _("nature of spending"), max_length=12, choices=SpendingNature.choices, blank=True
    )
    implementer = models.CharField(
        _("implemented by"), max_length=8, choices=Implementer.choices, blank=True
    )
    beneficiaries_count = models.PositiveIntegerField(
        _("number of beneficiaries"), null=True, blank=True
    )
    beneficiaries_description = models.CharField(_("beneficiaries"), max_length=500, blank=True)
    planned_start = models.DateField(_("planned start"), null=True, blank=True)
    planned_end = models.DateField(_("planned end"), null=True, blank=True)
    actual_start = models.DateField(_("actual start"), null=True, blank=True)
    actual_end = models.DateField(_("actual end"), null=True, blank=True)
    decision_number = models.CharField(_("approval decision number"), max_length=60, blank=True)
    decision_date = models.DateField(_("approval decision date"), null=True, blank=True)
    decision_authority = models.CharField(_("approving authority"), max_length=255, blank=True)
    is_public = models.BooleanField(
        _("show on the public portal"),
        default=False,
        help_text=_(
            "Shown on the portal's aid pages and NGO directory once approved; "
            "never before approval, nor when rejected or cancelled."
        ),
    )
    iati_identifier = models.CharField(
        _("IATI identifier"),
        max_length=255,
        blank=True,
        help_text=_("The activity's identifier in IATI files, e.g. GB-CHC-202918-VNM123."),
    )
    # What an IATI import read and has no field of its own here (the publisher's status,
    # budgets, sectors of other vocabularies, countries, locations), kept as read, and
    # the digest of the activity last imported, so an unchanged one is skipped.
    iati_data = models.JSONField(_("IATI data"), default=dict, blank=True, editable=False)
    iati_digest = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AidItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("aid item")
        verbose_name_plural = _("aid items")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(parent__isnull=True) | Q(kind="project"),
                name="aid_only_projects_have_a_program",
            ),
            models.UniqueConstraint(
                fields=["union", "iati_identifier"],
                condition=~Q(iati_identifier=""),
                name="aid_iati_identifier_once_per_union",
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return localized(self, "title")

    label.fget.short_description = _("title")


class AidItemDonor(models.Model):
    item = ParentalKey(AidItem, on_delete=models.CASCADE, related_name="donors")
    organization = models.ForeignKey(
        "registry.Organization",
        on_delete=models.PROTECT,
        related_name="donated_aid_items",
        verbose_name=_("organization"),
    )
    role = models.CharField(
        _("role"), max_length=12, choices=DonorRole.choices, default=DonorRole.FUNDING
    )

    class Meta:
        verbose_name = _("donor")
        verbose_name_plural = _("donors")
        constraints = [
            models.UniqueConstraint(
                fields=["item", "organization", "role"], name="aid_donor_once_per_role"
            )
        ]

    def __str__(self) -> str:
        return self.text(str(self.organization), self.role)

    @staticmethod
    def text(organization: str, role: str) -> str:
        """What `str()` says of a donor row, from its values (for bulk writers)."""
        # The enum's label, not get_role_display(), which hashes every choice's label.
        label = choice_label(DonorRole, role) if role in DonorRole else role
        return f"{organization} ({label})"


class AidItemLocality(models.Model):
    """Where the aid goes, and the share of the money each place gets."""

    item = ParentalKey(AidItem, on_delete=models.CASCADE, related_name="localities")
    unit = models.ForeignKey(
        "geo.AdministrativeUnit",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("locality"),
    )
    share = models.DecimalField(
        _("share (%)"), max_digits=5, decimal_places=2, validators=SHARE_VALIDATORS
    )

    class Meta:
        verbose_name = _("locality")
        verbose_name_plural = _("localities")
        constraints = [
            models.UniqueConstraint(fields=["item", "unit"], name="aid_locality_once"),
            models.CheckConstraint(
                condition=Q(share__gt=0) & Q(share__lte=100), name="aid_locality_share_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.share} %"


class AidItemSector(models.Model):
    item = ParentalKey(AidItem, on_delete=models.CASCADE, related_name="sectors")
    sector = models.ForeignKey(
        "codelists.Sector", on_delete=models.PROTECT, related_name="+", verbose_name=_("sector")
    )
    share = models.DecimalField(
        _("share (%)"), max_digits=5, decimal_places=2, validators=SHARE_VALIDATORS
    )

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [
            models.UniqueConstraint(fields=["item", "sector"], name="aid_sector_once"),
            models.CheckConstraint(
                condition=Q(share__gt=0) & Q(share__lte=100), name="aid_sector_share_range"
            ),
        ]

    def __str__(self) -> str:
        return self.text(self.sector_id, self.share)

    @staticmethod
    def text(sector: str, share) -> str:
        """What `str()` says of a sector row, from its values (for bulk writers)."""
        return f"{sector} {share} %"


class DocumentKind(models.TextChoices):
    PROPOSAL = "proposal", _("Proposal or project document")
    AGREEMENT = "agreement", _("Agreement with the donor")
    DECISION = "decision", _("Approval decision")
    REPORT = "report", _("Report")
    OTHER = "other", _("Other")


def document_path(document, filename: str) -> str:
    return f"aid/{document.item.union_id}/{document.item_id}/{filename}"


class AidItemDocument(models.Model):
    """A file of the item's dossier; served only through the back office, to those who
    may see the item (never from a public media URL)."""

    item = ParentalKey(AidItem, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=255)
    kind = models.CharField(
        _("kind"), max_length=12, choices=DocumentKind.choices, default=DocumentKind.OTHER
    )
    file = models.FileField(
        _("file"), upload_to=document_path, max_length=500, validators=[validate_document]
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def filename(self) -> str:
        return self.file.name.rsplit("/", 1)[-1]


class StatusChange(models.Model):
    """One step of an item through the workflow: who, when, from, to, and why."""

    item = models.ForeignKey(AidItem, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(_("from"), max_length=20, choices=AidStatus.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=AidStatus.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.item_id}: {self.from_status} → {self.to_status}"
