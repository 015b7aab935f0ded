"""Money reference data: the table of exchange rates to the Vietnamese dong."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ExchangeRate(models.Model):
    """How many dong one unit of `currency` was worth on `date`, and who said so.

    One table for every union: a rate is a published fact, not a union's record.
    """

    currency = models.ForeignKey(
        "codelists.Currency",
        on_delete=models.PROTECT,
        related_name="rates",
        verbose_name=_("currency"),
    )
    date = models.DateField(_("date"))
    vnd_per_unit = models.DecimalField(_("VND per unit"), max_digits=20, decimal_places=6)
    source = models.CharField(
        _("source"),
        max_length=255,
        help_text=_("Who published the rate, e.g. the State Bank of Vietnam, or the file."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["currency", "-date"]
        constraints = [
            models.UniqueConstraint(fields=["currency", "date"], name="finance_one_rate_a_day"),
            models.CheckConstraint(condition=Q(vnd_per_unit__gt=0), name="finance_rate_positive"),
        ]
        indexes = [models.Index(fields=["currency", "date"])]

    def __str__(self) -> str:
        return f"{self.date.isoformat()} {self.currency_id} {self.vnd_per_unit}"
