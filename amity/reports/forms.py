"""The back office's report pickers and the target form."""

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from amity.codelists.models import Currency
from amity.tenancy.permissions import Action
from amity.tenancy.selectors import unions_visible_to

from .params import ALL


def _union_choices(user) -> list[tuple[str, str]]:
    unions = list(unions_visible_to(user).order_by("-is_national", "name"))
    choices = [(u.slug, u.label) for u in unions]
    if len(unions) > 1:
        choices.append((ALL, _("All unions, a row each")))
    return choices


class ReportForm(forms.Form):
    """Shared by both reports: whose, in which currency and language."""

    union = forms.ChoiceField(label=_("Union"))
    currency = forms.ModelChoiceField(
        label=_("Currency"), queryset=Currency.objects.none(), to_field_name="code"
    )
    lang = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["union"].choices = _union_choices(user)
        # The currencies the rate table knows, and the dong.
        self.fields["currency"].queryset = Currency.objects.filter(
            Q(code="VND") | Q(rates__isnull=False)
        ).distinct()
        self.fields["currency"].label_from_instance = lambda c: c.code


class AnnualReportForm(ReportForm):
    year = forms.IntegerField(label=_("Year"), min_value=1990, max_value=2100)
    half = forms.TypedChoiceField(
        label=_("Period"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("Whole year")), (1, _("First half")), (2, _("Second half"))],
    )
    field_order = ["union", "year", "half", "currency", "lang"]


class PortfolioForm(ReportForm):
    as_of = forms.DateField(
        label=_("As of"), widget=forms.DateInput(attrs={"type": "date"}), initial=timezone.localdate
    )
    field_order = ["union", "as_of", "currency", "lang"]


def initial_year() -> int:
    # Early in a year people report on the one just ended.
    today = timezone.localdate()
    return today.year - 1 if today.month <= 3 else today.year


class TargetForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        unions = unions_visible_to(self.for_user, Action.ADD)
        self.fields["union"].queryset = unions
        if self.instance.pk is None and unions.count() == 1:
            self.fields["union"].initial = unions.first()
        if self.instance.pk is None:
            self.fields["year"].initial = timezone.localdate().year
