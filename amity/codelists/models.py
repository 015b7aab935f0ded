"""Reference data with a label per language, loaded by `amity load_codelists`."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from amity.core.i18n import localized


class Codelist(models.Model):
    code = models.CharField(_("code"), max_length=8, primary_key=True)
    name_en = models.CharField(_("name in English"), max_length=255)
    name_vi = models.CharField(_("name in Vietnamese"), max_length=255, blank=True)
    name_zh_hans = models.CharField(_("name in Chinese"), max_length=255, blank=True)

    class Meta:
        abstract = True
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} – {self.label}"

    @property
    def label(self) -> str:
        return localized(self, "name")


class Currency(Codelist):
    """ISO 4217."""

    class Meta(Codelist.Meta):
        verbose_name = _("currency")
        verbose_name_plural = _("currencies")


class Country(Codelist):
    """ISO 3166-1 alpha-2."""

    class Meta(Codelist.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")


class OrganisationType(Codelist):
    """IATI OrganisationType."""

    class Meta(Codelist.Meta):
        verbose_name = _("organisation type")
        verbose_name_plural = _("organisation types")


class SectorCategory(Codelist):
    """OECD DAC 3-digit sector category."""

    class Meta(Codelist.Meta):
        verbose_name = _("sector category")
        verbose_name_plural = _("sector categories")


class Sector(Codelist):
    """OECD DAC 5-digit purpose code."""

    category = models.ForeignKey(
        SectorCategory,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sectors",
        verbose_name=_("category"),
    )

    class Meta(Codelist.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
