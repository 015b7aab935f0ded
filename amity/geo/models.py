"""Vietnam's administrative units, in the structure since 1 July 2025 and the one before."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from amity.core.i18n import localized


class Structure(models.TextChoices):
    CURRENT = "2025", _("Since 1 July 2025 (34 provinces, communes)")
    PRE_2025 = "pre2025", _("Before 1 July 2025 (63 provinces, districts)")


class Level(models.TextChoices):
    PROVINCE = "province", _("Province")
    DISTRICT = "district", _("District")
    COMMUNE = "commune", _("Commune")


class AdministrativeUnit(models.Model):
    """A province, district or commune. Codes are the General Statistics Office's
    (2 digits for provinces, 3 for districts, 5 for communes); the same code may mean
    different places in the two structures, so a unit is always code + structure."""

    structure = models.CharField(_("structure"), max_length=8, choices=Structure.choices)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    code = models.CharField(_("code"), max_length=5)
    name = models.CharField(_("name"), max_length=120)
    name_en = models.CharField(_("name in English"), max_length=120, blank=True)
    name_zh_hans = models.CharField(_("name in Chinese"), max_length=120, blank=True)
    division_type = models.CharField(_("division type"), max_length=40, blank=True)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    # The province of today that this unit lies in (itself for a current province):
    # how records dated before 2025 roll up into today's provinces.
    current_province = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        ordering = ["structure", "code"]
        constraints = [
            models.UniqueConstraint(fields=["structure", "code"], name="geo_unit_unique_code")
        ]
        indexes = [models.Index(fields=["structure", "level"])]

    def __str__(self) -> str:
        return self.label

    @property
    def key(self) -> str:
        return f"{self.structure}:{self.code}"

    @property
    def label(self) -> str:
        return localized(self, "name")
