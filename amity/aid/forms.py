"""Back-office forms of the aid portfolio: every choice limited to what the tenancy
policy lets the user pick."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateInput

from amity.codelists.models import Currency
from amity.core.widgets import with_quick_options
from amity.geo.models import AdministrativeUnit
from amity.registry.models import Organization
from amity.tenancy.permissions import Action, access_for
from amity.tenancy.selectors import unions_visible_to

from .models import AidItem, AidKind


def organizations_for(user):
    return Organization.objects.visible_to(user, Action.ADD).order_by("name")


def units_for(user):
    """Units of the provinces of the unions where `user` may add records; every unit
    for national staff. Pre-2025 units stay, for items that keep their old localities."""
    units = AdministrativeUnit.objects.select_related("current_province").order_by(
        "-structure", "current_province__name", "level", "name"
    )
    if access_for(user).union_ids(Action.ADD) is None:
        return units
    provinces = unions_visible_to(user, Action.ADD).values("province")
    return units.filter(current_province__in=provinces)


def unit_label(unit) -> str:
    return f"{unit.name} — {unit.current_province.name} ({unit.get_structure_display()})"


class AidItemForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        unions = unions_visible_to(self.for_user, Action.ADD)
        self.fields["union"].queryset = unions
        if self.instance.pk is None and unions.count() == 1:
            self.fields["union"].initial = unions.first()
        self.fields["parent"].queryset = (
            AidItem.objects.visible_to(self.for_user, Action.ADD)
            .filter(kind=AidKind.PROGRAM)
            .exclude(pk=self.instance.pk)
        )
        self.fields["owner"].queryset = organizations_for(self.for_user)


class DonorForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = organizations_for(self.for_user)


class LocalityForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units_for(self.for_user)
        self.fields["unit"].label_from_instance = unit_label
        with_quick_options(self.fields["unit"])


class TransactionForm(WagtailAdminModelForm):
    """Amount and currency; the VND equivalent is computed by the service on save."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["currency"].queryset = Currency.objects.order_by("code")


class TransitionForm(forms.Form):
    """One step of the workflow; approving asks for the decision."""

    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    decision_number = forms.CharField(label=_("Decision number"), max_length=60, required=False)
    decision_date = forms.DateField(label=_("Decision date"), required=False, widget=AdminDateInput)
    decision_authority = forms.CharField(
        label=_("Approving authority"), max_length=255, required=False
    )

    def __init__(self, *args, asks_decision: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not asks_decision:
            for name in ("decision_number", "decision_date", "decision_authority"):
                del self.fields[name]
