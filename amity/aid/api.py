"""REST API of the aid portfolio: items and their workflow. Serializers parse; the
services write."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from amity.api.fields import UnionSlugField, UnitKeyField
from amity.api.permissions import UnionScopedPermission
from amity.api.serializers import ReadBack
from amity.codelists.models import Sector
from amity.finance.api import money_totals
from amity.finance.selectors import item_transactions
from amity.history.services import last_change_id, with_last_change_id
from amity.registry.models import Organization

from . import services
from .filters import AidItemFilter
from .models import AidItem, AidKind, DonorRole
from .workflow import AidStatus


@extend_schema_field(OpenApiTypes.INT)
class VisibleOrganizationField(serializers.PrimaryKeyRelatedField):
    """An organization the caller may see (others read as not existing)."""

    def get_queryset(self):
        return Organization.objects.visible_to(self.context["request"].user)


class DonorSerializer(serializers.Serializer):
    organization = VisibleOrganizationField()
    role = serializers.ChoiceField(choices=DonorRole.choices, default=DonorRole.FUNDING)


class LocalitySerializer(serializers.Serializer):
    unit = UnitKeyField()
    share = serializers.DecimalField(max_digits=5, decimal_places=2, min_value=0)


class SectorShareSerializer(serializers.Serializer):
    sector = serializers.SlugRelatedField(slug_field="code", queryset=Sector.objects.all())
    share = serializers.DecimalField(max_digits=5, decimal_places=2, min_value=0)


class AidItemSerializer(ReadBack, serializers.ModelSerializer):
    union = UnionSlugField()
    label = serializers.CharField(read_only=True)
    parent = serializers.PrimaryKeyRelatedField(
        queryset=AidItem.objects.none(), required=False, allow_null=True
    )
    owner = VisibleOrganizationField(required=False, allow_null=True)
    # Written here, read in to_representation() (modelcluster's managers, see registry).
    donors = DonorSerializer(many=True, required=False)
    localities = LocalitySerializer(many=True, required=False)
    sectors = SectorShareSerializer(many=True, required=False)
    read_back = ("donors", "localities", "sectors")
    # Read: the item's newest history row. Sent back with a change, a save after someone
    # else's is refused (409) with what they changed, instead of overwriting it.
    version = serializers.IntegerField(required=False, min_value=0)

    class Meta:
        model = AidItem
        fields = [
            "id",
            "union",
            "kind",
            "parent",
            "label",
            "title",
            "title_vi",
            "title_en",
            "title_zh_hans",
            "description_vi",
            "description_en",
            "description_zh_hans",
            "owner",
            "status",
            "legal_basis",
            "spending_nature",
            "implementer",
            "beneficiaries_count",
            "beneficiaries_description",
            "planned_start",
            "planned_end",
            "actual_start",
            "actual_end",
            "decision_number",
            "decision_date",
            "decision_authority",
            "is_public",
            "donors",
            "localities",
            "sectors",
            "version",
            "created_at",
            "updated_at",
        ]
        read_only_fields = [
            "status",
            "decision_number",
            "decision_date",
            "decision_authority",
            "created_at",
            "updated_at",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            self.fields["parent"].queryset = AidItem.objects.visible_to(request.user).filter(
                kind=AidKind.PROGRAM
            )

    def to_representation(self, item):
        data = super().to_representation(item)
        data["donors"] = [
            {"organization": d.organization_id, "role": d.role} for d in item.donors.all()
        ]
        data["localities"] = [
            {"unit": loc.unit.key, "share": str(loc.share)} for loc in item.localities.all()
        ]
        data["sectors"] = [
            {"sector": s.sector_id, "share": str(s.share)} for s in item.sectors.all()
        ]
        # Read with the listing (`with_last_change_id`), else for this item alone.
        version = getattr(item, "version_seen", None)
        data["version"] = last_change_id(item) if version is None else version
        return data

    def _save(self, item, validated):
        donors = validated.pop("donors", None)
        localities = validated.pop("localities", None)
        sectors = validated.pop("sectors", None)
        seen = validated.pop("version", None)
        for name, value in validated.items():
            setattr(item, name, value)
        return services.aid_item_save(
            seen_change=seen if item.pk is not None else None,
            actor=self.context["request"].user,
            item=item,
            donors=None if donors is None else [(d["organization"], d["role"]) for d in donors],
            localities=None
            if localities is None
            else [(loc["unit"], loc["share"]) for loc in localities],
            sectors=None if sectors is None else [(s["sector"], s["share"]) for s in sectors],
        )

    def create(self, validated):
        return self._save(AidItem(), validated)

    def update(self, item, validated):
        return self._save(item, validated)


class DecisionSerializer(serializers.Serializer):
    number = serializers.CharField(max_length=60)
    date = serializers.DateField()
    authority = serializers.CharField(max_length=255)


class TransitionSerializer(serializers.Serializer):
    to = serializers.ChoiceField(choices=AidStatus.choices)
    note = serializers.CharField(required=False, allow_blank=True, default="")
    decision = DecisionSerializer(required=False)


class AidItemViewSet(viewsets.ModelViewSet):
    """Aid items of the unions the caller sees; `transition` moves one through the
    workflow (approving needs the decision)."""

    serializer_class = AidItemSerializer
    permission_classes = [UnionScopedPermission]
    filterset_class = AidItemFilter
    ordering_fields = ["created_at", "planned_start", "title"]

    def get_queryset(self):
        items = (
            AidItem.objects.visible_to(self.request.user)
            .select_related("union")
            .prefetch_related("donors", "localities__unit", "sectors")
            .order_by("-created_at", "pk")
        )
        if self.action != "list" or getattr(self, "swagger_fake_view", False):
            return items  # the schema's generator reads no records
        return with_last_change_id(items, "version_seen")

    def perform_destroy(self, item):
        services.aid_item_delete(actor=self.request.user, item=item)

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "in", str, description="also total in this ISO 4217 currency, e.g. USD"
            )
        ],
        responses=OpenApiTypes.OBJECT,
    )
    @action(detail=True)
    def totals(self, request, pk=None, format=None):
        """The item's money by type, in VND and, with `?in=USD`, in another currency; a
        program's include its projects', each transaction once."""
        item = self.get_object()
        return Response(money_totals(item_transactions(item), request.query_params.get("in", "")))

    @action(detail=True, methods=["post"], serializer_class=TransitionSerializer)
    def transition(self, request, pk=None, format=None):
        item = self.get_object()
        data = TransitionSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        decision = data.validated_data.get("decision")
        item = services.aid_item_transition(
            actor=request.user,
            item=item,
            to=AidStatus(data.validated_data["to"]),
            note=data.validated_data["note"],
            decision=services.Decision(**decision) if decision else None,
        )
        return Response(AidItemSerializer(item, context={"request": request}).data)
