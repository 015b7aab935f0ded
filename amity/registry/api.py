"""REST API of the registry. Serializers parse; the services write."""

import django_filters
from rest_framework import serializers, viewsets

from amity.api.fields import UnionSlugField, UnitKeyField
from amity.api.filters import IntegerFilter
from amity.api.permissions import UnionScopedPermission
from amity.api.serializers import ReadBack
from amity.codelists.models import Country, OrganisationType, Sector
from amity.geo.models import Level
from amity.tenancy.permissions import Action

from . import services
from .models import (
    CertificateStatus,
    CertificateType,
    Organization,
    OrganizationKind,
    RegistrationCertificate,
)
from .selectors import certificate_search, organization_search


class ContactSerializer(serializers.Serializer):
    id = serializers.IntegerField(required=False)
    name = serializers.CharField(max_length=255, required=False, allow_blank=True)
    role = serializers.CharField(max_length=255, required=False, allow_blank=True)
    email = serializers.EmailField(required=False, allow_blank=True)
    phone = serializers.CharField(max_length=50, required=False, allow_blank=True)
    address = serializers.CharField(max_length=255, required=False, allow_blank=True)
    locality = UnitKeyField(required=False, allow_null=True)


class OrganizationSerializer(ReadBack, serializers.ModelSerializer):
    union = UnionSlugField()
    label = serializers.CharField(read_only=True)
    # Aliases and contacts are written here and read in to_representation():
    # modelcluster's child managers are not Django managers, DRF cannot iterate them.
    aliases = serializers.ListField(child=serializers.CharField(max_length=255), required=False)
    contacts = ContactSerializer(many=True, required=False)
    read_back = ("aliases", "contacts")
    country = serializers.SlugRelatedField(
        slug_field="code", queryset=Country.objects.all(), required=False, allow_null=True
    )
    organisation_type = serializers.SlugRelatedField(
        slug_field="code",
        queryset=OrganisationType.objects.all(),
        required=False,
        allow_null=True,
    )
    fields_of_work = serializers.SlugRelatedField(
        slug_field="code", queryset=Sector.objects.all(), many=True, required=False
    )
    allow_duplicate = serializers.BooleanField(
        write_only=True,
        required=False,
        default=False,
        help_text="Create even if the name matches an existing organization.",
    )

    class Meta:
        model = Organization
        fields = [
            "id",
            "union",
            "label",
            "name",
            "acronym",
            "name_vi",
            "name_en",
            "name_zh_hans",
            "kind",
            "organisation_type",
            "country",
            "fields_of_work",
            "iati_identifier",
            "website",
            "notes",
            "aliases",
            "contacts",
            "allow_duplicate",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]

    def to_representation(self, organization):
        data = super().to_representation(organization)
        data["aliases"] = [a.name for a in organization.aliases.all()]
        data["contacts"] = ContactSerializer(organization.contacts.all(), many=True).data
        return data

    def _save(self, organization, validated):
        aliases = validated.pop("aliases", None)
        contacts = validated.pop("contacts", None)
        fields_of_work = validated.pop("fields_of_work", None)
        allow_duplicate = validated.pop("allow_duplicate", False)
        for name, value in validated.items():
            setattr(organization, name, value)
        return services.organization_save(
            actor=self.context["request"].user,
            organization=organization,
            aliases=aliases,
            contacts=contacts,
            fields_of_work=fields_of_work,
            allow_duplicate=allow_duplicate,
        )

    def create(self, validated):
        return self._save(Organization(), validated)

    def update(self, organization, validated):
        return self._save(organization, validated)


class OrganizationFilter(django_filters.FilterSet):
    union = django_filters.CharFilter(field_name="union__slug")
    kind = django_filters.ChoiceFilter(choices=OrganizationKind.choices)
    country = django_filters.CharFilter(field_name="country__code")
    q = django_filters.CharFilter(method="filter_q", label="name, alias or acronym")

    class Meta:
        model = Organization
        fields = ["union", "kind", "country", "q"]

    def filter_q(self, queryset, name, value):
        return organization_search(queryset, value)


class OrganizationViewSet(viewsets.ModelViewSet):
    """Organizations (foreign NGOs and other partners) of the unions the caller sees."""

    serializer_class = OrganizationSerializer
    permission_classes = [UnionScopedPermission]
    filterset_class = OrganizationFilter
    search_fields = []
    ordering_fields = ["name", "created_at", "updated_at"]

    def get_queryset(self):
        return (
            Organization.objects.visible_to(self.request.user)
            .with_related()
            .prefetch_related("aliases", "contacts__locality", "fields_of_work")
            .order_by("name", "pk")
        )

    def perform_destroy(self, organization):
        services.organization_delete(actor=self.request.user, organization=organization)


class CertificateSerializer(ReadBack, serializers.ModelSerializer):
    union = serializers.CharField(source="union.slug", read_only=True)
    organization = serializers.PrimaryKeyRelatedField(queryset=Organization.objects.none())
    organization_label = serializers.CharField(source="organization.label", read_only=True)
    # Written as keys, read in to_representation().
    provinces = serializers.ListField(
        child=UnitKeyField(level=Level.PROVINCE),
        required=False,
        help_text="Province keys STRUCTURE:CODE, e.g. 2025:75 or pre2025:70",
    )
    read_back = ("provinces",)
    fields = serializers.SlugRelatedField(
        slug_field="code", queryset=Sector.objects.all(), many=True, required=False
    )
    status = serializers.SerializerMethodField()

    class Meta:
        model = RegistrationCertificate
        fields = [
            "id",
            "union",
            "organization",
            "organization_label",
            "type",
            "number",
            "legal_basis",
            "issue_date",
            "expiry_date",
            "status",
            "provinces",
            "fields",
            "revoked_on",
            "revocation_note",
            "notes",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]
        # Uniqueness is the service's to check, with a message that names the holder.
        validators = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            self.fields["organization"].queryset = Organization.objects.visible_to(
                request.user, Action.ADD
            )

    def get_status(self, certificate) -> str:
        return certificate.status()

    def to_representation(self, certificate):
        data = super().to_representation(certificate)
        data["provinces"] = [u.key for u in certificate.provinces.all()]
        return data

    def _save(self, certificate, validated):
        provinces = validated.pop("provinces", None)
        fields = validated.pop("fields", None)
        for name, value in validated.items():
            setattr(certificate, name, value)
        return services.certificate_save(
            actor=self.context["request"].user,
            certificate=certificate,
            provinces=provinces,
            fields=fields,
        )

    def create(self, validated):
        return self._save(RegistrationCertificate(), validated)

    def update(self, certificate, validated):
        return self._save(certificate, validated)


class CertificateFilter(django_filters.FilterSet):
    union = django_filters.CharFilter(field_name="union__slug")
    organization = IntegerFilter(field_name="organization_id")
    type = django_filters.ChoiceFilter(choices=CertificateType.choices)
    status = django_filters.MultipleChoiceFilter(
        choices=CertificateStatus.choices, method="filter_status"
    )
    expiry_after = django_filters.DateFilter(field_name="expiry_date", lookup_expr="gte")
    expiry_before = django_filters.DateFilter(field_name="expiry_date", lookup_expr="lte")
    q = django_filters.CharFilter(method="filter_q", label="number, or organization name")

    class Meta:
        model = RegistrationCertificate
        fields = ["union", "organization", "type", "status", "q"]

    def filter_q(self, queryset, name, value):
        return certificate_search(queryset, value)

    def filter_status(self, queryset, name, value):
        return queryset.with_status_in(value) if value else queryset


class CertificateViewSet(viewsets.ModelViewSet):
    """Registration certificates (Decree 58/2022/ND-CP); `status` is derived from the dates."""

    serializer_class = CertificateSerializer
    permission_classes = [UnionScopedPermission]
    filterset_class = CertificateFilter
    ordering_fields = ["expiry_date", "issue_date", "number"]

    def get_queryset(self):
        return (
            RegistrationCertificate.objects.visible_to(self.request.user)
            .select_related("union", "organization")
            .prefetch_related("provinces", "fields")
            .order_by("expiry_date", "pk")
        )

    def perform_destroy(self, certificate):
        services.certificate_delete(actor=self.request.user, certificate=certificate)
