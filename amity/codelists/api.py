from rest_framework import serializers, viewsets

from amity.api.permissions import IsMember

from .models import Country, Currency, OrganisationType, Sector, SectorCategory


class CodelistSerializer(serializers.Serializer):
    code = serializers.CharField()
    label = serializers.CharField()
    name_en = serializers.CharField()
    name_vi = serializers.CharField()
    name_zh_hans = serializers.CharField()


class SectorSerializer(CodelistSerializer):
    category = serializers.CharField(source="category_id")


class CodelistViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [IsMember]
    serializer_class = CodelistSerializer
    search_fields = ["code", "name_en", "name_vi", "name_zh_hans"]
    lookup_value_regex = "[^/]+"


class CurrencyViewSet(CodelistViewSet):
    queryset = Currency.objects.all()


class CountryViewSet(CodelistViewSet):
    queryset = Country.objects.all()


class OrganisationTypeViewSet(CodelistViewSet):
    queryset = OrganisationType.objects.all()


class SectorCategoryViewSet(CodelistViewSet):
    queryset = SectorCategory.objects.all()


class SectorViewSet(CodelistViewSet):
    queryset = Sector.objects.all()
    serializer_class = SectorSerializer
    filterset_fields = ["category"]
