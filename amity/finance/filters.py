"""Back-office filters of money: transactions and the rate table."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from amity.aid.models import AidKind
from amity.api.filters import YearFilter
from amity.codelists.models import Currency
from amity.tenancy.selectors import unions_for_request

from .models import ExchangeRate, Transaction, TransactionType


def _rated_currencies(request=None):
    return Currency.objects.filter(code__in=ExchangeRate.objects.values("currency")).order_by(
        "code"
    )


class TransactionAdminFilter(WagtailFilterSet):
    type = django_filters.ChoiceFilter(label=_("Type"), choices=TransactionType.choices)
    year = YearFilter(label=_("Year"), field_name="date", lookup_expr="year")
    date = django_filters.DateFromToRangeFilter(label=_("Date"))
    currency = django_filters.ModelChoiceFilter(
        label=_("Currency"), queryset=Currency.objects.order_by("code")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind of aid"), field_name="item__kind", choices=AidKind.choices
    )
    union = django_filters.ModelChoiceFilter(label=_("Union"), queryset=unions_for_request)
    totals_in = django_filters.ModelChoiceFilter(
        label=_("Totals also in"),
        queryset=_rated_currencies,
        method="keep",
        help_text=_("Each transaction at the rate of its own date."),
    )

    class Meta:
        model = Transaction
        fields = ["type", "year", "date", "currency", "kind", "union", "totals_in"]

    def keep(self, queryset, name, value):
        return queryset  # chooses how totals are shown, not which rows


class RateAdminFilter(WagtailFilterSet):
    currency = django_filters.ModelChoiceFilter(label=_("Currency"), queryset=_rated_currencies)
    date = django_filters.DateFromToRangeFilter(label=_("Date"))

    class Meta:
        model = ExchangeRate
        fields = ["currency", "date"]
