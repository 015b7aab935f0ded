"""REST API of the money: transactions (converted to VND on save) and the rate table."""

import django_filters
from rest_framework import mixins, serializers, viewsets

from amity.aid.models import AidItem
from amity.api.permissions import IsMember, UnionScopedPermission
from amity.codelists.models import Currency

from .models import ExchangeRate, Transaction, TransactionType
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
    year = django_filters.NumberFilter(field_name="date", lookup_expr="year")
    currency = django_filters.CharFilter(field_name="currency_id")

    class Meta:
        model = Transaction
        fields = ["item", "union", "type", "year", "currency"]


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


class RateSerializer(serializers.ModelSerializer):
    currency = serializers.SlugRelatedField(slug_field="code", queryset=Currency.objects.all())

    class Meta:
        model = ExchangeRate
        fields = ["id", "currency", "date", "vnd_per_unit", "source"]


class RateViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The exchange-rate table (import with `amity import_rates`)."""

    serializer_class = RateSerializer
    permission_classes = [IsMember]
    queryset = ExchangeRate.objects.order_by("currency", "-date")
    filterset_fields = ["currency", "date"]
