"""Serializer fields shared by the apps' APIs: a union by its slug, an administrative
unit by its key. Both read through the same selectors as the back office."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers

from amity.geo.selectors import unit_by_key
from amity.tenancy.permissions import Action
from amity.tenancy.selectors import union_by_slug, unions_visible_to


def _messages(exc: DjangoValidationError) -> list[str]:
    return [m for messages in exc.message_dict.values() for m in messages]


class UnionSlugField(serializers.CharField):
    """A union the caller may add records to, by slug; others read as unknown."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", "Slug of the union, e.g. dong-nai")
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        user = self.context["request"].user
        try:
            return union_by_slug(
                super().to_internal_value(data), queryset=unions_visible_to(user, Action.ADD)
            )
        except DjangoValidationError as exc:
            raise serializers.ValidationError(_messages(exc)) from exc

    def to_representation(self, union):
        return union.slug


class UnitKeyField(serializers.CharField):
    """An administrative unit written STRUCTURE:CODE (2025:26734, pre2025:70)."""

    def __init__(self, *, level: str | None = None, **kwargs):
        self.level = level
        kwargs.setdefault("help_text", "Administrative unit key, e.g. 2025:75")
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if data == "" and self.allow_null:
            return None
        try:
            return unit_by_key(key=super().to_internal_value(data), field="unit", level=self.level)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(_messages(exc)) from exc

    def to_representation(self, unit):
        return unit.key
