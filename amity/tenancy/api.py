from rest_framework import serializers, viewsets

from amity.api.permissions import IsMember

from .selectors import unions_visible_to


class UnionSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    acronym = serializers.CharField()
    label = serializers.CharField()
    name = serializers.CharField()
    name_en = serializers.CharField()
    name_zh_hans = serializers.CharField()
    is_national = serializers.BooleanField()
    province = serializers.SerializerMethodField()

    def get_province(self, union) -> str:
        return union.province.key


class UnionViewSet(viewsets.ReadOnlyModelViewSet):
    """The unions whose records the caller may see."""

    permission_classes = [IsMember]
    serializer_class = UnionSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return unions_visible_to(self.request.user)
