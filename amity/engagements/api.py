"""REST API of people-to-people diplomacy: engagements (with their participants and
follow-up requests written in the same request) and partnerships abroad. Serializers
parse; the services write. Related records are referred to by id among those the
caller sees: another union's organization, partnership or aid item reads as one that
does not exist.

Files of an engagement are not served here: the back office has no view that serves
them to those who may see them yet, and a file's storage address is not one."""

import django_filters
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers, viewsets

from amity.aid.models import AidItem
from amity.api.fields import UnionSlugField, UnitKeyField
from amity.api.permissions import UnionScopedPermission
from amity.api.serializers import ServiceSerializer, VisibleField
from amity.codelists.models import Country
from amity.core.models import TaskStatus
from amity.registry.models import Organization
from amity.tenancy.selectors import unions_for_request

from . import services
from .models import (
    Engagement,
    EngagementKind,
    Partnership,
    PartnershipType,
    Side,
)
from .selectors import engagements_filtered

LABELLED = ["label", "title", "title_vi", "title_en", "title_zh_hans"]
STAMPS = ["created_at", "updated_at"]


def _country(**kwargs):
    return serializers.SlugRelatedField(
        slug_field="code", queryset=Country.objects.all(), help_text="ISO 3166 code", **kwargs
    )


# Partnerships -------------------------------------------------------------------------


class PartnershipSerializer(ServiceSerializer):
    union = UnionSlugField()
    label = serializers.CharField(read_only=True)
    country = _country()
    aid_items = VisibleField(AidItem, many=True, required=False)
    engagements = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    lists = ("aid_items",)

    class Meta:
        model = Partnership
        fields = [
            "id",
            "union",
            *LABELLED,
            "country",
            "type",
            "signed_date",
            "notes",
            "aid_items",
            "engagements",
            *STAMPS,
        ]
        read_only_fields = STAMPS
        # Uniqueness is the service's to check (full_clean), with the model's message.
        validators = []

    def write(self, partnership, aid_items):
        return services.partnership_save(
            actor=self.actor, partnership=partnership, aid_items=aid_items
        )


class PartnershipFilter(django_filters.FilterSet):
    union = django_filters.CharFilter(field_name="union__slug")
    country = django_filters.CharFilter(field_name="country__code")
    type = django_filters.ChoiceFilter(choices=PartnershipType.choices)

    class Meta:
        model = Partnership
        fields = ["union", "country", "type"]


class PartnershipViewSet(viewsets.ModelViewSet):
    """The unions' friendship relations abroad: sister provinces and friendship and
    cooperation agreements, the partner's name in its own language as the title."""

    serializer_class = PartnershipSerializer
    permission_classes = [UnionScopedPermission]
    filterset_class = PartnershipFilter
    ordering_fields = ["signed_date", "title"]

    def get_queryset(self):
        return (
            Partnership.objects.visible_to(self.request.user)
            .with_related()
            .prefetch_related("aid_items", "engagements")
            .order_by("union", "country", "title", "pk")
        )

    def perform_destroy(self, partnership):
        services.partnership_delete(actor=self.request.user, partnership=partnership)


# Engagements --------------------------------------------------------------------------


class ParticipantSerializer(serializers.Serializer):
    """Who took part: a person (name, position), an organization of the registry, or
    one named (a provincial department). With `id` a row changes that participant,
    without it adds one; fields left out keep their value (a new row's side is ours)."""

    id = serializers.IntegerField(required=False, allow_null=True)
    side = serializers.ChoiceField(choices=Side.choices, required=False)
    name = serializers.CharField(max_length=255, required=False, allow_blank=True)
    position = serializers.CharField(max_length=255, required=False, allow_blank=True)
    organization = VisibleField(Organization, required=False, allow_null=True)
    organization_name = serializers.CharField(max_length=255, required=False, allow_blank=True)
    label = serializers.CharField(source="__str__", read_only=True)


# Inline in the schema: a second component sharing the task statuses would rename the
# coordination plans' enum (PlanTaskStatusEnum).
@extend_schema_field({"type": "string", "enum": list(TaskStatus.values)})
class TaskStatusField(serializers.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(choices=TaskStatus.choices, **kwargs)


class FollowUpSerializer(serializers.Serializer):
    """A request made at the engagement, a task with an owner and a due date. With `id`
    a row changes that request, without it adds one; the service checks each row and
    names the one at fault."""

    id = serializers.IntegerField(required=False, allow_null=True)
    title = serializers.CharField(required=False, allow_blank=True)
    owner = serializers.CharField(required=False, allow_blank=True)
    due_date = serializers.DateField(required=False, allow_null=True)
    status = TaskStatusField(required=False)


class ArticleLinkSerializer(serializers.Serializer):
    """A news article about the engagement: its portal address while it is published."""

    id = serializers.IntegerField(read_only=True)
    title = serializers.CharField(read_only=True)
    url = serializers.SerializerMethodField()

    def get_url(self, page) -> str | None:
        return page.get_url(self.context.get("request")) if page.live else None


def _rows_with_known_ids(rows, stored_ids: set[int]) -> list[str]:
    """A message for each row whose `id` is not one of the engagement's rows."""
    return [
        _("Row %(row)s: the engagement has no row with id %(id)s.") % {"row": position, "id": key}
        for position, row in enumerate(rows, start=1)
        if (key := row.get("id")) is not None and key not in stored_ids
    ]


class EngagementSerializer(ServiceSerializer):
    union = UnionSlugField()
    label = serializers.CharField(read_only=True)
    place_unit = UnitKeyField(
        required=False,
        allow_null=True,
        help_text="A place in Viet Nam, STRUCTURE:CODE, e.g. 2025:75 (pre2025:15 for "
        "Yen Bai before 1 July 2025)",
    )
    place_country = _country(required=False, allow_null=True)
    partnership = VisibleField(Partnership, required=False, allow_null=True)
    aid_items = VisibleField(AidItem, many=True, required=False)
    articles = ArticleLinkSerializer(many=True, read_only=True)
    # Written here, read in to_representation() (modelcluster's managers, see registry).
    participants = ParticipantSerializer(
        many=True,
        required=False,
        help_text="When given, the engagement's participants become exactly these rows.",
    )
    follow_ups = FollowUpSerializer(
        many=True,
        required=False,
        help_text="When given, the engagement's follow-up requests become exactly these rows.",
    )
    lists = ("participants", "follow_ups", "aid_items")

    class Meta:
        model = Engagement
        fields = [
            "id",
            "union",
            "kind",
            *LABELLED,
            "start_date",
            "end_date",
            "place_unit",
            "place_country",
            "venue",
            "partnership",
            "is_international",
            "approving_authority",
            "decision_number",
            "decision_date",
            "report_due",
            "report_submitted_on",
            "topic",
            "attendees_count",
            "materials",
            "outcomes",
            "participants",
            "follow_ups",
            "aid_items",
            "articles",
            *STAMPS,
        ]
        read_only_fields = STAMPS

    def to_representation(self, engagement):
        data = super().to_representation(engagement)
        data["participants"] = ParticipantSerializer(
            engagement.participants.all(), many=True, context=self.context
        ).data
        data["follow_ups"] = FollowUpSerializer(engagement.follow_ups.all(), many=True).data
        return data

    def validate(self, attrs):
        errors = {}
        for name, relation in (("participants", "participants"), ("follow_ups", "follow_ups")):
            rows = attrs.get(name)
            if rows is None:
                continue
            stored = (
                set(getattr(self.instance, relation).values_list("pk", flat=True))
                if self.instance is not None
                else set()
            )
            if messages := _rows_with_known_ids(rows, stored):
                errors[name] = messages
        if errors:
            raise serializers.ValidationError(errors)
        return attrs

    def write(self, engagement, participants, follow_ups, aid_items):
        return services.engagement_save(
            actor=self.actor,
            engagement=engagement,
            participants=_rows(
                engagement, "participants", services.PARTICIPANT_FIELDS, participants
            ),
            follow_ups=_rows(engagement, "follow_ups", services.FOLLOW_UP_FIELDS, follow_ups),
            aid_items=aid_items,
        )


def _rows(engagement, relation: str, fields: tuple[str, ...], rows):
    """The rows as the service takes them: a row that names a stored one starts from its
    values (the service checks whole rows), a new one from nothing."""
    if rows is None:
        return None
    stored = {}
    if engagement.pk is not None:
        stored = {obj.pk: obj for obj in getattr(engagement, relation).all()}
    result = []
    for row in rows:
        before = stored.get(row.get("id"))
        values = {name: getattr(before, name) for name in fields} if before else {}
        result.append({"id": None, **values, **row})
    return result


def _visible_organizations(request):
    if request is None:
        return Organization.objects.none()
    return Organization.objects.visible_to(request.user)


def _visible_partnerships(request):
    if request is None:
        return Partnership.objects.none()
    return Partnership.objects.visible_to(request.user)


@extend_schema_field(OpenApiTypes.INT)
class OrganizationFilter(django_filters.ModelChoiceFilter):
    """An organization by id (not a field of engagements: the schema is told its type)."""


class EngagementFilter(django_filters.FilterSet):
    """The back office's filters (`selectors.engagements_filtered`), by slug and id."""

    union = django_filters.ModelChoiceFilter(
        queryset=unions_for_request,
        to_field_name="slug",
        method="filter_selected",
        label="union slug",
    )
    kind = django_filters.ChoiceFilter(choices=EngagementKind.choices, method="filter_selected")
    partner = OrganizationFilter(
        queryset=_visible_organizations,
        method="filter_selected",
        label="id of an organization taking part",
    )
    partnership = django_filters.ModelChoiceFilter(
        queryset=_visible_partnerships, method="filter_selected", label="partnership id"
    )
    start = django_filters.DateFilter(
        method="filter_selected", label="under way on this day or later"
    )
    end = django_filters.DateFilter(
        method="filter_selected", label="under way on this day or earlier"
    )

    class Meta:
        model = Engagement
        fields = ["union", "kind", "partner", "partnership", "start", "end"]

    def filter_selected(self, queryset, name, value):
        return engagements_filtered(queryset, **{name: value}) if value else queryset


class EngagementViewSet(viewsets.ModelViewSet):
    """Conferences and seminars, working visits, incoming and outgoing delegations,
    training courses and aid-promotion meetings of the unions the caller sees, with
    their participants and follow-up requests. An international conference carries its
    Decision 06/2020/QD-TTg approval; its report is due AMITY_DECISION06_REPORT_DAYS
    (15) days after it ends unless `report_due` is given."""

    serializer_class = EngagementSerializer
    permission_classes = [UnionScopedPermission]
    filterset_class = EngagementFilter
    ordering_fields = ["start_date", "title"]

    def get_queryset(self):
        return (
            Engagement.objects.visible_to(self.request.user)
            .with_related()
            .prefetch_related(
                "aid_items",
                "articles",
                "follow_ups",
                "participants__organization",
            )
            .order_by("-start_date", "pk")
        )

    def perform_destroy(self, engagement):
        services.engagement_delete(actor=self.request.user, engagement=engagement)
