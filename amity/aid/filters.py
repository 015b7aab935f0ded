"""Filters of aid items, one set of rules for the back office and the API."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from amity.api.filters import IntegerFilter, YearFilter
from amity.codelists.models import Sector
from amity.geo.models import AdministrativeUnit, Level, Structure
from amity.registry.models import Organization
from amity.tenancy.selectors import unions_for_request

from .models import AidItem, AidKind
from .workflow import AidStatus


def in_province(queryset, code: str):
    """Items with a locality in today's province `code` (pre-2025 units count under
    the province they belong to now)."""
    return queryset.filter(localities__unit__current_province__code=code.zfill(2)).distinct()


def in_year(queryset, year: int):
    """Items with money dated in `year`, or planned to run during it."""
    return queryset.filter(
        Q(transactions__date__year=year)
        | (Q(planned_start__year__lte=year) & Q(planned_end__year__gte=year))
    ).distinct()


class AidItemFilter(django_filters.FilterSet):
    """The API's filters: codes and slugs."""

    union = django_filters.CharFilter(field_name="union__slug")
    status = django_filters.MultipleChoiceFilter(choices=AidStatus.choices)
    kind = django_filters.MultipleChoiceFilter(choices=AidKind.choices)
    sector = django_filters.CharFilter(field_name="sectors__sector")
    donor = IntegerFilter(field_name="donors__organization", distinct=True)
    province = django_filters.CharFilter(
        method="filter_province", label="today's province code, e.g. 75"
    )
    year = YearFilter(method="filter_year", label="with money or planned work in that year")

    class Meta:
        model = AidItem
        fields = ["union", "status", "kind", "sector", "donor", "province", "year", "parent"]

    def filter_province(self, queryset, name, value):
        return in_province(queryset, value)

    def filter_year(self, queryset, name, value):
        return in_year(queryset, value)


def _visible_organizations(request):
    if request is None:
        return Organization.objects.none()
    return Organization.objects.visible_to(request.user).order_by("name")


class AidItemAdminFilter(WagtailFilterSet):
    """The back office's filters: the same rules, with lists to pick from."""

    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=AidStatus.choices,
        widget=django_filters.widgets.forms.CheckboxSelectMultiple,
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=AidKind.choices)
    year = YearFilter(
        label=_("Year"),
        method="filter_year",
        help_text=_("With money dated in that year or planned to run during it."),
    )
    sector = django_filters.ModelChoiceFilter(
        label=_("Sector"),
        field_name="sectors__sector",
        queryset=Sector.objects.order_by("code"),
        distinct=True,
    )
    province = django_filters.ModelChoiceFilter(
        label=_("Province"),
        method="filter_province",
        queryset=AdministrativeUnit.objects.filter(
            structure=Structure.CURRENT, level=Level.PROVINCE
        ).order_by("name"),
    )
    donor = django_filters.ModelChoiceFilter(
        label=_("Donor"),
        field_name="donors__organization",
        queryset=_visible_organizations,
        distinct=True,
    )
    union = django_filters.ModelChoiceFilter(label=_("Union"), queryset=unions_for_request)

    class Meta:
        model = AidItem
        fields = ["status", "kind", "year", "sector", "province", "donor", "union"]

    def filter_province(self, queryset, name, value):
        return in_province(queryset, value.code) if value else queryset

    def filter_year(self, queryset, name, value):
        return in_year(queryset, int(value)) if value else queryset


def aid_item_search(queryset, query: str):
    """Items whose title, in any language, contains `query` (case-insensitive), or whose
    approval decision number is `query`."""
    query = query.strip()
    if not query:
        return queryset
    match = Q(decision_number__iexact=query)
    for field in ("title", "title_vi", "title_en", "title_zh_hans"):
        match |= Q(**{f"{field}__icontains": query})
    return queryset.filter(match)
