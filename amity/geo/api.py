import django_filters
from rest_framework import serializers, viewsets

from amity.api.permissions import IsMember

from .models import AdministrativeUnit, Level, Structure


class AdministrativeUnitSerializer(serializers.ModelSerializer):
    key = serializers.CharField(read_only=True)
    label = serializers.CharField(read_only=True)
    parent = serializers.SerializerMethodField()
    current_province = serializers.SerializerMethodField()

    class Meta:
        model = AdministrativeUnit
        fields = [
            "key",
            "structure",
            "level",
            "code",
            "name",
            "name_en",
            "name_zh_hans",
            "label",
            "division_type",
            "parent",
            "current_province",
        ]

    def get_parent(self, unit) -> str | None:
        return f"{unit.parent.structure}:{unit.parent.code}" if unit.parent_id else None

    def get_current_province(self, unit) -> str | None:
        return (
            f"{Structure.CURRENT}:{unit.current_province.code}"
            if unit.current_province_id
            else None
        )


class AdministrativeUnitFilter(django_filters.FilterSet):
    structure = django_filters.ChoiceFilter(choices=Structure.choices)
    level = django_filters.ChoiceFilter(choices=Level.choices)
    parent = django_filters.CharFilter(method="filter_parent", label="parent key (2025:75)")

    class Meta:
        model = AdministrativeUnit
        fields = ["structure", "level", "parent", "code"]

    def filter_parent(self, queryset, name, value):
        structure, _sep, code = value.partition(":")
        return queryset.filter(parent__structure=structure, parent__code=code)


class AdministrativeUnitViewSet(viewsets.ReadOnlyModelViewSet):
    """Provinces, districts and communes; `key` is STRUCTURE:CODE."""

    permission_classes = [IsMember]
    serializer_class = AdministrativeUnitSerializer
    queryset = AdministrativeUnit.objects.select_related("parent", "current_province")
    filterset_class = AdministrativeUnitFilter
    search_fields = ["name", "name_en", "name_zh_hans", "code"]
