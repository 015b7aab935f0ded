"""The back office's filters of engagements and partnerships: lists to pick from, read
through `selectors.engagements_filtered` (the one rule for overlapping dates)."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from amity.codelists.models import Country
from amity.registry.models import Organization
from amity.tenancy.selectors import unions_for_request

from .models import Engagement, EngagementKind, Partnership, PartnershipType
from .selectors import engagements_filtered


def _visible_organizations(request):
    if request is None:
        return Organization.objects.none()
    return Organization.objects.visible_to(request.user).order_by("name")


def _visible_partnerships(request):
    if request is None:
        return Partnership.objects.none()
    return Partnership.objects.visible_to(request.user).order_by("title")


class EngagementFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=EngagementKind.choices)
    union = django_filters.ModelChoiceFilter(label=_("Union"), queryset=unions_for_request)
    partner = django_filters.ModelChoiceFilter(
        label=_("Partner organization"),
        queryset=_visible_organizations,
        method="filter_partner",
        help_text=_("An organization that took part."),
    )
    partnership = django_filters.ModelChoiceFilter(
        label=_("Partnership"), queryset=_visible_partnerships
    )
    dates = django_filters.DateFromToRangeFilter(
        label=_("Dates"),
        method="filter_dates",
        help_text=_("Engagements under way on any of these days."),
    )

    class Meta:
        model = Engagement
        fields = ["kind", "union", "partner", "partnership", "dates"]

    def filter_partner(self, queryset, name, value):
        return engagements_filtered(queryset, partner=value) if value else queryset

    def filter_dates(self, queryset, name, value):
        if not value:
            return queryset
        return engagements_filtered(queryset, start=value.start, end=value.stop)


class PartnershipFilterSet(WagtailFilterSet):
    type = django_filters.ChoiceFilter(label=_("Type"), choices=PartnershipType.choices)
    union = django_filters.ModelChoiceFilter(label=_("Union"), queryset=unions_for_request)
    country = django_filters.ModelChoiceFilter(
        label=_("Country"), queryset=Country.objects.exclude(code="VN")
    )

    class Meta:
        model = Partnership
        fields = ["type", "union", "country"]
