"""Back-office forms: what a user may pick is limited to what the tenancy policy allows."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from amity.geo.models import AdministrativeUnit, Level
from amity.tenancy.permissions import Action
from amity.tenancy.selectors import unions_visible_to

from .models import Organization, OrganizationKind
from .services import expiry_before_issue_message


class OrganizationForm(WagtailAdminModelForm):
    allow_duplicate = forms.BooleanField(
        label=_("This is a different organization"),
        required=False,
        help_text=_(
            "Tick only if a similarly named organization already exists and this one is not it."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        unions = unions_visible_to(self.for_user, Action.ADD)
        self.fields["union"].queryset = unions
        if self.instance.pk is None and unions.count() == 1:
            self.fields["union"].initial = unions.first()


class CertificateForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = (
            Organization.objects.visible_to(self.for_user, Action.ADD)
            .filter(kind=OrganizationKind.FOREIGN_NGO)
            .order_by("name")
        )
        self.fields["provinces"].queryset = AdministrativeUnit.objects.filter(
            level=Level.PROVINCE
        ).order_by("-structure", "name")
        self.fields["provinces"].label_from_instance = lambda u: (
            f"{u.name} ({u.get_structure_display()})"
        )

    def clean(self):
        cleaned = super().clean()
        issue, expiry = cleaned.get("issue_date"), cleaned.get("expiry_date")
        # Said here, on the field, so the database constraint behind it is not reported
        # instead as a bare "constraint violated" at the top of the form.
        if issue and expiry and expiry <= issue:
            self.add_error("expiry_date", expiry_before_issue_message(issue, expiry))
        return cleaned
