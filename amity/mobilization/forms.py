"""Back-office forms of mobilization: what a user may pick (union, donors, partner
agencies, programs, calls, appeals, pledges, aid items, localities) is limited to what
the tenancy policy lets them add to."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from amity.aid.forms import organizations_for, unit_label, units_for
from amity.aid.models import AidItem, AidKind
from amity.codelists.models import Currency
from amity.core.i18n import format_day, format_number
from amity.core.widgets import with_quick_options
from amity.tenancy.permissions import Action
from amity.tenancy.selectors import unions_visible_to

from .models import Appeal, Call, CallStatus, Pledge, Program


def pledge_label(pledge: Pledge) -> str:
    return gettext("%(donor)s: %(amount)s %(currency)s on %(day)s") % {
        "donor": pledge.donor.label,
        "amount": format_number(pledge.amount),
        "currency": pledge.currency_id,
        "day": format_day(pledge.date),
    }


class UnionForm(WagtailAdminModelForm):
    """A record with a `union` field: only unions the user may add to; the one
    preselected when there is only one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "union" in self.fields:
            unions = unions_visible_to(self.for_user, Action.ADD)
            self.fields["union"].queryset = unions
            if self.instance.pk is None and unions.count() == 1:
                self.fields["union"].initial = unions.first()
        if "currency" in self.fields:
            self.fields["currency"].queryset = Currency.objects.order_by("code")

    def visible(self, model, action: Action = Action.ADD):
        return model.objects.visible_to(self.for_user, action)


class ProgramForm(UnionForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["aid_items"].queryset = self.visible(AidItem).order_by("title")
        self.fields["aid_items"].required = False


class CallForm(UnionForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["program"].queryset = self.visible(Program).order_by("-start_year", "title")
        self.fields["locality"].queryset = units_for(self.for_user)
        self.fields["locality"].label_from_instance = unit_label
        with_quick_options(self.fields["locality"])
        status = self.fields["status"]
        if self.instance.status == CallStatus.TAKEN_UP:
            # Taken up stays so; the service keeps it whatever is posted.
            status.disabled = True
        else:
            # *Taken up* is reached only by turning a pledge into an aid item.
            status.choices = [c for c in status.choices if c[0] != CallStatus.TAKEN_UP]


class PledgeForm(UnionForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["call"].queryset = self.visible(Call).order_by("-deadline", "pk")
        self.fields["appeal"].queryset = self.visible(Appeal).order_by("-start_date", "pk")
        self.fields["donor"].queryset = organizations_for(self.for_user)


class ReceiptForm(UnionForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["appeal"].queryset = self.visible(Appeal).order_by("-start_date", "pk")
        self.fields["pledge"].queryset = (
            self.visible(Pledge)
            .filter(appeal__isnull=False)
            .select_related("donor")
            .order_by("-date", "pk")
        )
        self.fields["pledge"].label_from_instance = pledge_label
        self.fields["donor"].queryset = organizations_for(self.for_user)


class AppealForm(UnionForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["localities"].queryset = units_for(self.for_user)
        self.fields["localities"].label_from_instance = unit_label
        with_quick_options(self.fields["localities"])
        self.fields["localities"].required = False


class PlanForm(UnionForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = organizations_for(self.for_user)


class TakeUpForm(forms.Form):
    """Which of the call's pledges becomes an aid item, and of which kind."""

    pledge = forms.ModelChoiceField(label=_("Pledge"), queryset=Pledge.objects.none())
    kind = forms.ChoiceField(label=_("Kind of aid item"), choices=AidKind.choices)

    def __init__(self, *args, call: Call, **kwargs):
        super().__init__(*args, **kwargs)
        pledges = call.pledges.select_related("donor").order_by("-date", "pk")
        self.fields["pledge"].queryset = pledges
        self.fields["pledge"].label_from_instance = pledge_label
        if pledges.count() == 1:
            self.fields["pledge"].initial = pledges.first()
        self.fields["kind"].initial = AidKind.PROJECT
