import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from .models import (
    CertificateStatus,
    CertificateType,
    Organization,
    OrganizationKind,
    RegistrationCertificate,
)


class OrganizationFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=OrganizationKind.choices)

    class Meta:
        model = Organization
        fields = ["kind", "country", "union"]


class CertificateFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=CertificateStatus.choices,
        method="filter_status",
        widget=django_filters.widgets.forms.CheckboxSelectMultiple,
    )
    type = django_filters.ChoiceFilter(label=_("Type"), choices=CertificateType.choices)
    expiry_date = django_filters.DateFromToRangeFilter(label=_("Expiry date"))

    class Meta:
        model = RegistrationCertificate
        fields = ["status", "type", "union", "expiry_date"]

    def filter_status(self, queryset, name, value):
        return queryset.with_status_in(value) if value else queryset
