"""Back-office forms of engagements and partnerships: every choice limited to what the
tenancy policy lets the user pick."""

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Page

from amity.aid.models import AidItem
from amity.core.widgets import with_quick_options
from amity.geo.models import AdministrativeUnit, Structure
from amity.portal.models import ArticlePage
from amity.registry.models import Organization
from amity.tenancy.permissions import Action
from amity.tenancy.selectors import unions_visible_to

from .models import Partnership


def _limit_union(form):
    unions = unions_visible_to(form.for_user, Action.ADD)
    form.fields["union"].queryset = unions
    if form.instance.pk is None and unions.count() == 1:
        form.fields["union"].initial = unions.first()


def place_label(unit) -> str:
    province = unit.current_province
    if province is None or province.pk == unit.pk:
        return unit.name
    return f"{unit.name} — {province.name}"


def _aid_items_for(user):
    return AidItem.objects.visible_to(user, Action.ADD).order_by("title")


class EngagementForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_union(self)
        self.fields["partnership"].queryset = Partnership.objects.visible_to(
            self.for_user, Action.ADD
        ).order_by("title")
        self.fields["aid_items"].queryset = _aid_items_for(self.for_user)
        # Anywhere in Vietnam, as it is divided now.
        self.fields["place_unit"].queryset = (
            AdministrativeUnit.objects.filter(structure=Structure.CURRENT)
            .select_related("current_province")
            .order_by("current_province__name", "level", "name")
        )
        self.fields["place_unit"].label_from_instance = place_label
        with_quick_options(self.fields["place_unit"])
        self.fields["place_country"].queryset = self.fields["place_country"].queryset.exclude(
            pk="VN"
        )
        if "articles" in self.fields:
            self.fields["articles"].queryset = Page.objects.type(ArticlePage).order_by(
                "-first_published_at", "pk"
            )


class ParticipantForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = Organization.objects.visible_to(
            self.for_user, Action.ADD
        ).order_by("name")


class PartnershipForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_union(self)
        self.fields["aid_items"].queryset = _aid_items_for(self.for_user)
