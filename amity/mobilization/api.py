"""REST API of mobilization: programs (with their progress year by year), calls for
sponsorship (taken up into an aid item in one step), pledges, appeals (with their
progress), receipts and coordination plans with their tasks. Serializers parse; the
services write. Related records are referred to by id among those the caller sees;
amounts are decimal strings, each pledge and receipt with its VND equivalent and the
rate, rate date and source used."""

import django_filters
from django.db.models import Q
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.reverse import reverse

from amity.aid.api import AidItemSerializer
from amity.aid.models import AidItem, AidKind
from amity.api.fields import UnionSlugField, UnitKeyField
from amity.api.filters import IntegerFilter, YearFilter
from amity.api.permissions import UnionScopedPermission
from amity.api.serializers import ReadBack, ServiceSerializer, VisibleField
from amity.codelists.models import Currency, Sector
from amity.registry.models import Organization

from . import services
from .models import (
    Appeal,
    Call,
    CallStatus,
    CoordinationPlan,
    Pledge,
    Program,
    Receipt,
    TaskStatus,
)
from .selectors import appeal_progress, program_progress

LABELLED = ["label", "title", "title_vi", "title_en", "title_zh_hans"]
DESCRIBED = [*LABELLED, "description", "description_vi", "description_en", "description_zh_hans"]
CONVERTED = ["amount_vnd", "rate", "rate_date", "rate_source"]
STAMPS = ["created_at", "updated_at"]


def _money():
    return serializers.DecimalField(max_digits=20, decimal_places=2, min_value=0)


def _currency():
    return serializers.SlugRelatedField(slug_field="code", queryset=Currency.objects.all())


# Programs -----------------------------------------------------------------------------


class ProgramSerializer(ServiceSerializer):
    union = UnionSlugField()
    label = serializers.CharField(read_only=True)
    aid_items = VisibleField(AidItem, many=True, required=False)
    lists = ("aid_items",)

    class Meta:
        model = Program
        fields = [
            "id",
            "union",
            *LABELLED,
            "start_year",
            "end_year",
            "decision_number",
            "decision_date",
            "decision_authority",
            "goals",
            "aid_items",
            *STAMPS,
        ]
        read_only_fields = STAMPS

    def write(self, program, aid_items):
        return services.program_save(actor=self.actor, program=program, aid_items=aid_items)


class ProgramYearSerializer(serializers.Serializer):
    """One year of a program, amounts in `currency` (the year's target's; VND without
    one)."""

    year = serializers.IntegerField()
    currency = serializers.CharField()
    target = serializers.DecimalField(max_digits=None, decimal_places=None, allow_null=True)
    program_committed = serializers.DecimalField(max_digits=None, decimal_places=None)
    union_committed = serializers.DecimalField(max_digits=None, decimal_places=None)
    share_of_target = serializers.DecimalField(
        max_digits=None, decimal_places=None, allow_null=True, help_text="percent"
    )


class ProgramFilter(django_filters.FilterSet):
    union = django_filters.CharFilter(field_name="union__slug")
    year = YearFilter(method="filter_year", label="running in that year")

    class Meta:
        model = Program
        fields = ["union", "year"]

    def filter_year(self, queryset, name, value):
        return queryset.filter(start_year__lte=value, end_year__gte=value)


class ProgramViewSet(viewsets.ModelViewSet):
    """Multi-year mobilization programs; `progress` sets each year's commitments against
    the union's target."""

    serializer_class = ProgramSerializer
    permission_classes = [UnionScopedPermission]
    filterset_class = ProgramFilter
    ordering_fields = ["start_year", "end_year", "title"]

    def get_queryset(self):
        return (
            Program.objects.visible_to(self.request.user)
            .with_related()
            .prefetch_related("aid_items")
            .order_by("-start_year", "pk")
        )

    def perform_destroy(self, program):
        services.program_delete(actor=self.request.user, program=program)

    @extend_schema(responses=ProgramYearSerializer(many=True))
    @action(detail=True, pagination_class=None, filter_backends=[])
    def progress(self, request, pk=None, format=None):
        """Each year of the program: the union's target, what the program's aid items
        and the whole union committed in it, and the program's share of the target."""
        program = self.get_object()
        return Response(ProgramYearSerializer(program_progress(program), many=True).data)


# Calls for sponsorship and pledges ----------------------------------------------------


class CallSerializer(ServiceSerializer):
    union = UnionSlugField()
    label = serializers.CharField(read_only=True)
    program = VisibleField(Program, required=False, allow_null=True)
    sector = serializers.SlugRelatedField(
        slug_field="code", queryset=Sector.objects.all(), required=False, allow_null=True
    )
    locality = UnitKeyField(required=False, allow_null=True)
    amount_sought = _money()
    currency = _currency()

    class Meta:
        model = Call
        fields = [
            "id",
            "union",
            "program",
            *DESCRIBED,
            "audience",
            "sector",
            "locality",
            "amount_sought",
            "currency",
            "deadline",
            "contact_name",
            "contact_email",
            "contact_phone",
            "status",
            "aid_item",
            *STAMPS,
        ]
        read_only_fields = ["aid_item", *STAMPS]

    def write(self, call):
        return services.call_save(actor=self.actor, call=call)


class CallFilter(django_filters.FilterSet):
    union = django_filters.CharFilter(field_name="union__slug")
    status = django_filters.MultipleChoiceFilter(choices=CallStatus.choices)
    sector = django_filters.CharFilter(
        method="filter_sector", label="DAC sector code, or its 3-digit category"
    )
    deadline = django_filters.DateFromToRangeFilter()
    program = IntegerFilter(field_name="program_id")

    class Meta:
        model = Call
        fields = ["union", "status", "sector", "deadline", "program"]

    def filter_sector(self, queryset, name, value):
        return queryset.filter(Q(sector__code=value) | Q(sector__category__code=value))


# Inline in the schema: a second component using AidKind would rename aid items' enum.
@extend_schema_field({"type": "string", "enum": list(AidKind.values)})
class AidKindField(serializers.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(choices=AidKind.choices, **kwargs)


class TakeUpSerializer(serializers.Serializer):
    pledge = VisibleField(Pledge, help_text="a pledge to this call")
    kind = AidKindField(default=AidKind.PROJECT, help_text="of the new aid item")


class CallViewSet(viewsets.ModelViewSet):
    """Calls for sponsorship; `take-up` turns one of its pledges into an aid item (the
    call is then *taken up* and keeps the item)."""

    serializer_class = CallSerializer
    permission_classes = [UnionScopedPermission]
    filterset_class = CallFilter
    ordering_fields = ["deadline", "amount_sought", "created_at"]

    def get_queryset(self):
        return Call.objects.visible_to(self.request.user).with_related().order_by("-deadline", "pk")

    def perform_destroy(self, call):
        services.call_delete(actor=self.request.user, call=call)

    @extend_schema(
        request=TakeUpSerializer,
        responses={
            201: OpenApiResponse(
                AidItemSerializer, description="The new aid item; its address in `Location`."
            )
        },
    )
    @action(detail=True, methods=["post"], url_path="take-up", serializer_class=TakeUpSerializer)
    def take_up(self, request, pk=None, format=None):
        """Make an aid item of a pledge to the call: the call's titles, description,
        sector and locality, the donor as funder, the pledge as first commitment. The
        item starts *identified*; its address is in `Location`."""
        call = self.get_object()
        data = TakeUpSerializer(data=request.data, context=self.get_serializer_context())
        data.is_valid(raise_exception=True)
        item = services.call_take_up(
            actor=request.user,
            call=call,
            pledge=data.validated_data["pledge"],
            kind=data.validated_data["kind"],
        )
        url = reverse("aid-item-detail", kwargs={"pk": item.pk}, request=request)
        body = AidItemSerializer(item, context=self.get_serializer_context()).data
        return Response(body, status=status.HTTP_201_CREATED, headers={"Location": url})


class PledgeSerializer(ServiceSerializer):
    union = serializers.CharField(source="union.slug", read_only=True)
    call = VisibleField(Call, required=False, allow_null=True)
    appeal = VisibleField(Appeal, required=False, allow_null=True)
    donor = VisibleField(Organization)
    amount = _money()
    currency = _currency()

    class Meta:
        model = Pledge
        fields = [
            "id",
            "union",
            "call",
            "appeal",
            "donor",
            "amount",
            "currency",
            "date",
            *CONVERTED,
            "conditions",
            "aid_item",
            *STAMPS,
        ]
        read_only_fields = [*CONVERTED, "aid_item", *STAMPS]

    def write(self, pledge):
        return services.pledge_save(actor=self.actor, pledge=pledge)


class PledgeFilter(django_filters.FilterSet):
    union = django_filters.CharFilter(field_name="union__slug")
    date = django_filters.DateFromToRangeFilter()

    class Meta:
        model = Pledge
        fields = ["union", "call", "appeal", "donor", "currency", "date"]


class PledgeViewSet(viewsets.ModelViewSet):
    """Donors' pledges, each to a call for sponsorship or to an appeal."""

    serializer_class = PledgeSerializer
    permission_classes = [UnionScopedPermission]
    filterset_class = PledgeFilter
    ordering_fields = ["date", "amount_vnd"]

    def get_queryset(self):
        return Pledge.objects.visible_to(self.request.user).with_related().order_by("-date", "pk")

    def perform_destroy(self, pledge):
        services.pledge_delete(actor=self.request.user, pledge=pledge)


# Appeals and receipts -----------------------------------------------------------------


class AppealSerializer(ReadBack, ServiceSerializer):
    union = UnionSlugField()
    label = serializers.CharField(read_only=True)
    # Written as keys, read in to_representation().
    localities = serializers.ListField(
        child=UnitKeyField(),
        required=False,
        help_text="Keys of the localities it struck, STRUCTURE:CODE, e.g. 2025:75",
    )
    read_back = ("localities",)
    target_amount = _money()
    currency = _currency()
    lists = ("localities",)

    class Meta:
        model = Appeal
        fields = [
            "id",
            "union",
            *DESCRIBED,
            "event_date",
            "localities",
            "target_amount",
            "currency",
            "start_date",
            "end_date",
            "is_published",
            *STAMPS,
        ]
        read_only_fields = STAMPS

    def to_representation(self, appeal):
        data = super().to_representation(appeal)
        data["localities"] = [unit.key for unit in appeal.localities.all()]
        return data

    def write(self, appeal, localities):
        return services.appeal_save(actor=self.actor, appeal=appeal, localities=localities)


class AppealProgressSerializer(serializers.Serializer):
    """Received and pledged against the target, in `currency` (the target's; VND when
    the rate table cannot count in it)."""

    currency = serializers.CharField()
    target = serializers.DecimalField(max_digits=None, decimal_places=None, allow_null=True)
    received = serializers.DecimalField(max_digits=None, decimal_places=None)
    pledged = serializers.DecimalField(max_digits=None, decimal_places=None)
    share_received = serializers.DecimalField(
        max_digits=None, decimal_places=None, allow_null=True, help_text="percent"
    )
    receipts = serializers.IntegerField()
    donors = serializers.IntegerField()
    by_currency = serializers.DictField(
        child=serializers.DecimalField(max_digits=None, decimal_places=None),
        help_text="received in each currency, as given",
    )


class AppealFilter(django_filters.FilterSet):
    union = django_filters.CharFilter(field_name="union__slug")

    class Meta:
        model = Appeal
        fields = ["union", "is_published"]


class AppealViewSet(viewsets.ModelViewSet):
    """Disaster appeals; `progress` counts what they received and were pledged, in any
    currency, against the target."""

    serializer_class = AppealSerializer
    permission_classes = [UnionScopedPermission]
    filterset_class = AppealFilter
    ordering_fields = ["start_date", "event_date", "end_date"]

    def get_queryset(self):
        return (
            Appeal.objects.visible_to(self.request.user)
            .with_related()
            .prefetch_related("localities")
            .order_by("-start_date", "pk")
        )

    def perform_destroy(self, appeal):
        services.appeal_delete(actor=self.request.user, appeal=appeal)

    @extend_schema(responses=AppealProgressSerializer)
    @action(detail=True)
    def progress(self, request, pk=None, format=None):
        """Received and pledged, counted the way the reports count, with the share of
        the target received, the number of receipts and donors, and what came in each
        currency."""
        return Response(AppealProgressSerializer(appeal_progress(self.get_object())).data)


class ReceiptSerializer(ServiceSerializer):
    union = serializers.CharField(source="union.slug", read_only=True)
    appeal = VisibleField(Appeal)
    pledge = VisibleField(Pledge, required=False, allow_null=True)
    donor = VisibleField(Organization, required=False, allow_null=True)
    amount = _money()
    currency = _currency()

    class Meta:
        model = Receipt
        fields = [
            "id",
            "union",
            "appeal",
            "pledge",
            "donor",
            "donor_name",
            "amount",
            "currency",
            "date",
            *CONVERTED,
            "note",
            *STAMPS,
        ]
        read_only_fields = [*CONVERTED, *STAMPS]

    def write(self, receipt):
        return services.receipt_save(actor=self.actor, receipt=receipt)


class ReceiptFilter(django_filters.FilterSet):
    union = django_filters.CharFilter(field_name="union__slug")
    date = django_filters.DateFromToRangeFilter()

    class Meta:
        model = Receipt
        fields = ["union", "appeal", "donor", "currency", "date"]


class ReceiptViewSet(viewsets.ModelViewSet):
    """Money appeals received, from a registered donor or anyone named."""

    serializer_class = ReceiptSerializer
    permission_classes = [UnionScopedPermission]
    filterset_class = ReceiptFilter
    ordering_fields = ["date", "amount_vnd"]

    def get_queryset(self):
        return Receipt.objects.visible_to(self.request.user).with_related().order_by("-date", "pk")

    def perform_destroy(self, receipt):
        services.receipt_delete(actor=self.request.user, receipt=receipt)


# Coordination plans -------------------------------------------------------------------


class PlanTaskSerializer(serializers.Serializer):
    """A task of a plan: with `id` it changes that task, without it adds one; the
    service checks each row and names the one at fault."""

    id = serializers.IntegerField(required=False, allow_null=True)
    title = serializers.CharField(required=False, allow_blank=True)
    owner = serializers.CharField(required=False, allow_blank=True)
    due_date = serializers.DateField(required=False, allow_null=True)
    status = serializers.ChoiceField(choices=TaskStatus.choices, required=False)


class CoordinationPlanSerializer(ReadBack, ServiceSerializer):
    union = UnionSlugField()
    label = serializers.CharField(read_only=True)
    partner = VisibleField(Organization)
    # Written here, read in to_representation() (modelcluster's managers, see registry).
    tasks = PlanTaskSerializer(
        many=True,
        required=False,
        help_text="The plan's tasks, when given, become exactly these rows.",
    )
    read_back = ("tasks",)
    lists = ("tasks",)

    class Meta:
        model = CoordinationPlan
        fields = [
            "id",
            "union",
            *LABELLED,
            "partner",
            "start_date",
            "end_date",
            "signed_date",
            "notes",
            "tasks",
            *STAMPS,
        ]
        read_only_fields = STAMPS

    def to_representation(self, plan):
        data = super().to_representation(plan)
        data["tasks"] = PlanTaskSerializer(plan.tasks.all(), many=True).data
        return data

    def write(self, plan, tasks):
        if tasks is not None:
            tasks = [{"id": None, **row} for row in tasks]
        return services.plan_save(actor=self.actor, plan=plan, tasks=tasks)


class PlanFilter(django_filters.FilterSet):
    union = django_filters.CharFilter(field_name="union__slug")

    class Meta:
        model = CoordinationPlan
        fields = ["union", "partner"]


class CoordinationPlanViewSet(viewsets.ModelViewSet):
    """Coordination plans with provincial agencies, each with its tasks."""

    serializer_class = CoordinationPlanSerializer
    permission_classes = [UnionScopedPermission]
    filterset_class = PlanFilter
    ordering_fields = ["start_date", "end_date", "title"]

    def get_queryset(self):
        return (
            CoordinationPlan.objects.visible_to(self.request.user)
            .with_related()
            .prefetch_related("tasks")
            .order_by("-start_date", "pk")
        )

    def perform_destroy(self, plan):
        services.plan_delete(actor=self.request.user, plan=plan)
