"""Money reference data: the table of exchange rates to the Vietnamese dong."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey

from amity.core.i18n import choice_label
from amity.tenancy.querysets import UnionScopedQuerySet


def validate_positive_rate(value) -> None:
    if value is not None and value <= 0:
        raise ValidationError(_("The rate must be above zero."), code="min_value")


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
    vnd_per_unit = models.DecimalField(
        _("VND per unit"), max_digits=20, decimal_places=6, validators=[validate_positive_rate]
    )
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


class TransactionType(models.TextChoices):
    """Coded like IATI's TransactionType: 2 commitment, 3 disbursement, 4 expenditure
    (money the implementer spent, as IATI files report it); planned disbursements are
    IATI's planned-disbursement element."""

    COMMITMENT = "commitment", _("Commitment")
    DISBURSEMENT = "disbursement", _("Disbursement")
    PLANNED_DISBURSEMENT = "planned_disbursement", _("Planned disbursement")
    EXPENDITURE = "expenditure", _("Expenditure")


class TransactionQuerySet(UnionScopedQuerySet):
    def with_related(self):
        return self.select_related("item", "union", "currency")


class Transaction(models.Model):
    """Money of an aid item in its own currency, with its VND equivalent and what that
    was computed from (rate, the rate's date and source), kept beside it."""

    # A ParentalKey so the item's back-office form can hold its transactions inline.
    item = ParentalKey(
        "aid.AidItem",
        on_delete=models.CASCADE,
        related_name="transactions",
        verbose_name=_("aid item"),
    )
    # The item's union, kept here so totals and scoping need no join.
    union = models.ForeignKey(
        "tenancy.Union", on_delete=models.PROTECT, related_name="+", verbose_name=_("union")
    )
    type = models.CharField(_("type"), max_length=24, choices=TransactionType.choices)
    date = models.DateField(_("date"))
    amount = models.DecimalField(
        _("amount"), max_digits=20, decimal_places=2, validators=[MinValueValidator(0)]
    )
    currency = models.ForeignKey(
        "codelists.Currency",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("currency"),
    )
    amount_vnd = models.DecimalField(_("amount in VND"), max_digits=22, decimal_places=0)
    rate = models.DecimalField(_("rate (VND per unit)"), max_digits=20, decimal_places=6)
    rate_date = models.DateField(_("rate date"))
    rate_source = models.CharField(_("rate source"), max_length=255)
    description = models.CharField(_("description"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = TransactionQuerySet.as_manager()

    class Meta:
        verbose_name = _("transaction")
        verbose_name_plural = _("transactions")
        ordering = ["date", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="finance_amount_not_negative"),
        ]
        indexes = [models.Index(fields=["union", "type", "date"])]

    def __str__(self) -> str:
        return self.text(self.type, self.date, self.amount, self.currency_id)

    @staticmethod
    def text(type_: str, date, amount, currency: str) -> str:
        """What `str()` says of a transaction, from its values: also for bulk writers'
        history, which build no instance."""
        # The enum's label, not get_type_display(), which hashes every choice's label.
        kind = choice_label(TransactionType, type_) if type_ in TransactionType else type_
        return f"{kind} {date.isoformat()} {amount} {currency}"
