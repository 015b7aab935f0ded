"""REST API of reports: the annual report and the portfolio snapshot as JSON (or, with
`download=xlsx|pdf|html`, as that file), and the yearly targets."""

from django.core.exceptions import ValidationError
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from amity.api.permissions import UnionScopedPermission
from amity.codelists.models import Currency
from amity.tenancy.models import Union
from amity.tenancy.permissions import Action
from amity.tenancy.selectors import union_by_slug, unions_visible_to

from . import params as report_params
from . import render as report_render
from .models import Target
from .services import target_delete, target_save

COMMON = [
    OpenApiParameter("union", str, required=True, description="a union's slug, or `all`"),
    OpenApiParameter("currency", str, description="ISO 4217 code; default VND"),
    OpenApiParameter("lang", str, enum=report_params.LANGUAGES, description="default vi"),
    OpenApiParameter(
        "download", str, enum=["xlsx", "pdf", "html", "json"], description="a file instead"
    ),
]
# JSON by default; with `download`, the file in that format.
RESPONSES = {
    (200, "application/json"): OpenApiTypes.OBJECT,
    **{
        (200, content_type.split(";")[0]): OpenApiTypes.BINARY
        for format, content_type in report_render.CONTENT_TYPES.items()
        if format != "json"
    },
}


class ReportView(APIView):
    permission_classes = [IsAuthenticated]
    report = "annual"

    def get(self, request):
        query = request.query_params
        try:
            params = report_params.parse(
                user=request.user,
                union=query.get("union"),
                currency=query.get("currency"),
                language=query.get("lang"),
                format=query.get("download") or "json",
                year=query.get("year"),
                half=query.get("half"),
                as_of=query.get("as_of"),
                report=self.report,
            )
        except ValidationError as exc:
            errors = exc.message_dict
            # Another union's report is as absent as one that does not exist.
            if list(errors) == ["union"] and query.get("union"):
                raise NotFound(" ".join(errors["union"])) from exc
            raise
        result = report_params.build(params)
        if "download" not in query:
            return Response(report_render.data(result))
        return report_render.file_response(result, params.format)


class AnnualReportView(ReportView):
    """The annual (or half-year) report: committed, disbursed, the change on the year
    before, the share of the target, item counts and breakdowns; amounts are decimal
    strings in `currency`. The definitions are in the response."""

    report = "annual"

    @extend_schema(
        parameters=[
            *COMMON,
            OpenApiParameter("year", int, required=True),
            OpenApiParameter("half", int, enum=[1, 2]),
        ],
        responses=RESPONSES,
    )
    def get(self, request):
        return super().get(request)


class PortfolioReportView(ReportView):
    """The aid items under way on a day, with their whole-life commitments and
    disbursements."""

    report = "portfolio"

    @extend_schema(
        parameters=[*COMMON, OpenApiParameter("as_of", OpenApiTypes.DATE, required=True)],
        responses=RESPONSES,
    )
    def get(self, request):
        return super().get(request)


class TargetSerializer(serializers.ModelSerializer):
    union = serializers.CharField(source="union.slug")
    currency = serializers.SlugRelatedField(slug_field="code", queryset=Currency.objects.all())

    class Meta:
        model = Target
        fields = ["id", "union", "year", "amount", "currency", "note", "updated_at"]
        read_only_fields = ["updated_at"]
        # One target per union and year: the service says so, in the user's language.
        validators = []

    def validate_union(self, slug):
        user = self.context["request"].user
        try:
            return union_by_slug(slug, queryset=unions_visible_to(user, Action.ADD))
        except ValidationError as exc:
            raise serializers.ValidationError(exc.message_dict["union"]) from exc

    def _save(self, target, validated):
        union = validated.pop("union", None)
        if isinstance(union, dict):
            union = union.get("slug")
        if isinstance(union, Union):
            target.union = union
        for name, value in validated.items():
            setattr(target, name, value)
        return target_save(actor=self.context["request"].user, target=target)

    def create(self, validated):
        return self._save(Target(), validated)

    def update(self, target, validated):
        return self._save(target, validated)


class TargetViewSet(viewsets.ModelViewSet):
    """Yearly mobilization targets, one per union and year."""

    serializer_class = TargetSerializer
    permission_classes = [UnionScopedPermission]
    filterset_fields = ["year"]

    def get_queryset(self):
        queryset = Target.objects.visible_to(self.request.user).with_related()
        union = self.request.query_params.get("union")
        if union:
            queryset = queryset.filter(union__slug=union)
        return queryset.order_by("union__name", "-year")

    def perform_destroy(self, target):
        target_delete(actor=self.request.user, target=target)
