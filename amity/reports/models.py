"""What a union sets out to mobilize each year; the reports measure against it."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from amity.tenancy.querysets import UnionScopedQuerySet


class TargetQuerySet(UnionScopedQuerySet):
    def with_related(self):
        return self.select_related("union", "currency")


class Target(models.Model):
    """A union's mobilization target for one year (the 'kế hoạch năm' of its reports)."""

    union = models.ForeignKey(
        "tenancy.Union", on_delete=models.PROTECT, related_name="targets", verbose_name=_("union")
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    amount = models.DecimalField(
        _("amount"), max_digits=22, decimal_places=2, validators=[MinValueValidator(0)]
    )
    currency = models.ForeignKey(
        "codelists.Currency", on_delete=models.PROTECT, related_name="+", verbose_name=_("currency")
    )
    note = models.CharField(
        _("note"), max_length=500, blank=True, help_text=_("E.g. the plan or decision it is from.")
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = TargetQuerySet.as_manager()

    class Meta:
        verbose_name = _("mobilization target")
        verbose_name_plural = _("mobilization targets")
        ordering = ["union", "-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["union", "year"],
                name="reports_one_target_a_year",
                violation_error_message=_(
                    "This union already has a target for that year: change that one instead."
                ),
            ),
            models.CheckConstraint(condition=Q(amount__gte=0), name="reports_target_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.union} {self.year}: {self.amount} {self.currency_id}"
