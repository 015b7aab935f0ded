"""REST API of the money: transactions (converted to VND on save) and the rate table."""

import django_filters
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import BasePermission
from rest_framework.response import Response

from amity.aid.models import AidItem, AidKind
from amity.api.filters import YearFilter
from amity.api.permissions import UnionScopedPermission
from amity.codelists.models import Currency
from amity.tenancy.permissions import Action, access_for

from .models import ExchangeRate, Transaction, TransactionType
from .selectors import totals_in, totals_vnd
from .services import VND, rate_delete, rate_save
from .transactions import transaction_delete, transaction_save


class TransactionSerializer(serializers.ModelSerializer):
    item = serializers.PrimaryKeyRelatedField(queryset=AidItem.objects.none())
    union = serializers.CharField(source="union.slug", read_only=True)
    currency = serializers.SlugRelatedField(slug_field="code", queryset=Currency.objects.all())
    amount = serializers.DecimalField(max_digits=20, decimal_places=2, min_value=0)

    class Meta:
        model = Transaction
        fields = [
            "id",
            "item",
            "union",
            "type",
            "date",
            "amount",
            "currency",
            "amount_vnd",
            "rate",
            "rate_date",
            "rate_source",
            "description",
            "created_at",
        ]
        read_only_fields = ["amount_vnd", "rate", "rate_date", "rate_source", "created_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            self.fields["item"].queryset = AidItem.objects.visible_to(request.user)

    def _save(self, tx, validated):
        for name, value in validated.items():
            setattr(tx, name, value)
        return transaction_save(actor=self.context["request"].user, transaction=tx)

    def create(self, validated):
        return self._save(Transaction(), validated)

    def update(self, tx, validated):
        return self._save(tx, validated)


class TransactionFilter(django_filters.FilterSet):
    union = django_filters.CharFilter(field_name="union__slug")
    type = django_filters.MultipleChoiceFilter(choices=TransactionType.choices)
    year = YearFilter(field_name="date", lookup_expr="year")
    currency = django_filters.CharFilter(field_name="currency_id")
    kind = django_filters.MultipleChoiceFilter(field_name="item__kind", choices=AidKind.choices)
    date = django_filters.DateFromToRangeFilter()

    class Meta:
        model = Transaction
        fields = ["item", "union", "type", "year", "date", "currency", "kind"]


class TransactionViewSet(viewsets.ModelViewSet):
    """Commitments, disbursements and planned disbursements; amounts are decimal strings,
    each with its VND equivalent and the rate, rate date and source used."""

    serializer_class = TransactionSerializer
    permission_classes = [UnionScopedPermission]
    filterset_class = TransactionFilter
    ordering_fields = ["date", "amount_vnd"]

    def get_queryset(self):
        return (
            Transaction.objects.visible_to(self.request.user).with_related().order_by("date", "pk")
        )

    def perform_destroy(self, tx):
        transaction_delete(actor=self.request.user, transaction=tx)

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "in", str, description="also total in this ISO 4217 currency, e.g. USD"
            )
        ],
        responses=OpenApiTypes.OBJECT,
    )
    @action(detail=False)
    def totals(self, request, format=None):
        """Totals of every matching transaction by type, in VND and, with `?in=USD`, in
        another currency (each transaction at the rate of its own date)."""
        rows = self.filter_queryset(self.get_queryset())
        return Response(money_totals(rows, request.query_params.get("in", "")))


class RateSerializer(serializers.ModelSerializer):
    currency = serializers.SlugRelatedField(slug_field="code", queryset=Currency.objects.all())

    class Meta:
        model = ExchangeRate
        fields = ["id", "currency", "date", "vnd_per_unit", "source"]


class RateFilter(django_filters.FilterSet):
    date = django_filters.DateFromToRangeFilter()
    year = YearFilter(field_name="date", lookup_expr="year")

    class Meta:
        model = ExchangeRate
        fields = ["currency", "date", "year"]


class RatePermission(BasePermission):
    """Members read the table; writes go to the service, which lets national staff."""

    def has_permission(self, request, view):
        return access_for(request.user).can_anywhere(Action.VIEW)


class RateViewSet(viewsets.ModelViewSet):
    """The exchange-rate table, read by every member and kept by national staff (or
    imported with `amity import_rates`). A new rate changes no stored VND equivalent
    until `amity revalue` is run."""

    serializer_class = RateSerializer
    permission_classes = [RatePermission]
    queryset = ExchangeRate.objects.order_by("currency", "-date")
    filterset_class = RateFilter

    def perform_create(self, serializer):
        serializer.instance = rate_save(
            actor=self.request.user, rate=ExchangeRate(**serializer.validated_data)
        )

    def perform_update(self, serializer):
        rate = serializer.instance
        for name, value in serializer.validated_data.items():
            setattr(rate, name, value)
        serializer.instance = rate_save(actor=self.request.user, rate=rate)

    def perform_destroy(self, rate):
        rate_delete(actor=self.request.user, rate=rate)


def money_totals(transactions, currency: str = "") -> dict:
    """Totals by type as decimal strings: `vnd`, and `in` the asked currency."""
    currency = currency.strip().upper()
    data = {"vnd": {t: str(v) for t, v in totals_vnd(transactions).items()}}
    if currency and currency != VND:
        if not Currency.objects.filter(code=currency).exists():
            raise ValidationError(
                {"in": _("“%(code)s” is not an ISO 4217 currency code.") % {"code": currency}}
            )
        data["currency"] = currency
        try:
            totals = totals_in(transactions, currency)
        except ValidationError as exc:
            raise ValidationError({"in": exc.messages}) from exc
        data["in"] = {t: str(v) for t, v in totals.items()}
    return data
