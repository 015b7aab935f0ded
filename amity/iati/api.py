"""REST API of the IATI interchange: upload a file to import (multipart: `file`, `union`,
`dry_run`), and read the imports done with their summaries and problems."""

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from amity.api.permissions import UnionScopedPermission
from amity.core.uploads import validate_iati_upload
from amity.tenancy.models import Union
from amity.tenancy.permissions import Action
from amity.tenancy.selectors import unions_visible_to

from .export import export_response
from .liveness import mark_ended
from .models import IatiImport, ImportOutcome
from .services import iati_import, summary_lines


class IatiImportSerializer(serializers.ModelSerializer):
    union = serializers.CharField(source="union.slug", read_only=True)
    user = serializers.CharField(source="user.username", read_only=True, default=None)
    summary = serializers.SerializerMethodField()

    class Meta:
        model = IatiImport
        fields = [
            "id",
            "union",
            "user",
            "file_name",
            "dry_run",
            "outcome",
            "started_at",
            "finished_at",
            "activities",
            "created",
            "updated",
            "unchanged",
            "skipped",
            "summary",
            "problems",
        ]
        read_only_fields = fields

    def get_summary(self, record) -> str:
        return summary_lines(record)[0]

    def to_representation(self, record):
        data = super().to_representation(record)
        if getattr(record, "ended_unsaid", False):
            # What the union's next import will write: its process ended without a word.
            data["outcome"] = ImportOutcome.INTERRUPTED.value
        return data


class ImportUploadSerializer(serializers.Serializer):
    file = serializers.FileField(validators=[validate_iati_upload])
    union = serializers.SlugRelatedField(slug_field="slug", queryset=Union.objects.none())
    dry_run = serializers.BooleanField(default=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            # Another union's slug reads as unknown, like every other union-owned thing.
            self.fields["union"].queryset = unions_visible_to(request.user, Action.ADD)


class IatiImportViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    """Imports of IATI files. POST runs one (a trial run when `dry_run` is true: the
    answer is the summary, nothing is stored); a file that cannot be read answers 400
    with the reason and its line, and imports nothing."""

    permission_classes = [UnionScopedPermission]
    serializer_class = IatiImportSerializer
    parser_classes = [MultiPartParser, FormParser]

    def get_queryset(self):
        return IatiImport.objects.visible_to(self.request.user).select_related("union", "user")

    def get_object(self):
        record = super().get_object()
        mark_ended([record])
        return record

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        mark_ended(page if page is not None else [])
        return page

    @extend_schema(request=ImportUploadSerializer, responses={201: IatiImportSerializer})
    def create(self, request, *args, **kwargs):
        upload = ImportUploadSerializer(data=request.data, context={"request": request})
        upload.is_valid(raise_exception=True)
        data = upload.validated_data
        record = iati_import(
            data["file"],
            union=data["union"],
            actor=request.user,
            file_name=data["file"].name,
            dry_run=data["dry_run"],
        )
        body = IatiImportSerializer(record).data
        if record.outcome == ImportOutcome.REFUSED:
            body["file"] = [problem["message"] for problem in record.problems] or [
                _("The file cannot be read.")
            ]
            return Response(body, status=status.HTTP_400_BAD_REQUEST)
        return Response(
            body, status=status.HTTP_200_OK if record.dry_run else status.HTTP_201_CREATED
        )


class IatiExportView(APIView):
    """The union's published aid items as an IATI 2.03 activity file."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        parameters=[OpenApiParameter("union", str, required=True, description="a union's slug")],
        responses={(200, "application/xml"): OpenApiTypes.BINARY},
    )
    def get(self, request):
        union = (
            unions_visible_to(request.user).filter(slug=request.query_params.get("union")).first()
        )
        if union is None:
            # Another union's portfolio is as absent as one that does not exist.
            raise NotFound(_("No such union among yours."))
        return export_response(union, actor=request.user)
