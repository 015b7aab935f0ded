"""What the apps' serializers share: a related record the caller may see, by id, and a
model serializer that writes through the app's service."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers


@extend_schema_field(OpenApiTypes.INT)
class VisibleField(serializers.PrimaryKeyRelatedField):
    """A record of `model` the caller may see, by id: another union's reads as one that
    does not exist."""

    def __init__(self, model, **kwargs):
        self.model = model
        super().__init__(**kwargs)

    def get_queryset(self):
        return self.model.objects.visible_to(self.context["request"].user)


class ReadBack:
    """For a serializer whose `read_back` fields are written through the field but read
    by its own `to_representation()` (modelcluster's child managers, lists of keys):
    each such field is in the request and in the response, as the schema says, and DRF
    does not try to read it itself. A field marked `write_only` instead would be
    documented as absent from every response that carries it."""

    read_back: tuple[str, ...] = ()

    @property
    def _readable_fields(self):
        for field in super()._readable_fields:
            if field.field_name not in self.read_back:
                yield field


class ServiceSerializer(serializers.ModelSerializer):
    """Sets the parsed fields on the record and hands it to the app's service, with the
    lists the service takes beside it (`lists`: names popped from the data)."""

    lists: tuple[str, ...] = ()

    def write(self, record, **lists):
        raise NotImplementedError

    def _save(self, record, validated):
        lists = {name: validated.pop(name, None) for name in self.lists}
        for name, value in validated.items():
            setattr(record, name, value)
        return self.write(record, **lists)

    def create(self, validated):
        return self._save(self.Meta.model(), validated)

    def update(self, record, validated):
        return self._save(record, validated)

    @property
    def actor(self):
        return self.context["request"].user
