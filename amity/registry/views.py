"""Back-office views of the registry: thin, they parse the form and call a service."""

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList

from amity.tenancy.viewsets import (
    ScopedCreateView,
    ScopedDeleteView,
    ScopedEditView,
    ScopedIndexView,
    ScopedInspectView,
    UnionScopedViewSet,
    add_service_errors,
    inline_values,
)

from . import services
from .filters import CertificateFilterSet, OrganizationFilterSet
from .forms import CertificateForm, OrganizationForm
from .models import Organization, RegistrationCertificate
from .selectors import certificate_search, organization_search
from .services import CONTACT_FIELDS, DuplicateOrganizationError


class OrganizationIndexView(ScopedIndexView):
    def search_queryset(self, queryset):
        return organization_search(queryset, self.search_query or "")


class CertificateIndexView(ScopedIndexView):
    def search_queryset(self, queryset):
        return certificate_search(queryset, self.search_query or "")


class OrganizationInspectView(ScopedInspectView):
    """Also the rows that belong to the organization: aliases, contacts, certificates."""

    def get_field_label(self, field_name, field):
        labels = {
            "aliases": _("Aliases"),
            "contacts": _("Contacts"),
            "certificates": _("Registration certificates"),
        }
        return labels.get(field_name) or super().get_field_label(field_name, field)

    def get_aliases_display_value(self):
        return ", ".join(a.name for a in self.object.aliases.all()) or "—"

    def get_contacts_display_value(self):
        return "; ".join(str(c) for c in self.object.contacts.all()) or "—"

    def get_certificates_display_value(self):
        return (
            ", ".join(
                f"{c.number} ({c.get_type_display()}, {c.status_label})"
                for c in self.object.certificates.all()
            )
            or "—"
        )


class OrganizationFormMixin:
    def save_with_service(self, form):
        return services.organization_save(
            actor=self.request.user,
            organization=form.instance,
            aliases=[row["name"] for row in inline_values(form.formsets["aliases"], ["name"])],
            contacts=inline_values(form.formsets["contacts"], CONTACT_FIELDS),
            fields_of_work=form.cleaned_data.get("fields_of_work", []),
            allow_duplicate=form.cleaned_data.get("allow_duplicate", False),
        )

    def handle_service_error(self, form, exc):
        if isinstance(exc, DuplicateOrganizationError):
            links = format_html_join(
                ", ",
                '<a href="{}" target="_blank">{}</a>',
                ((reverse("organizations:inspect", args=[m.pk]), m.label) for m in exc.matches),
            )
            form.add_error(
                "name",
                format_html(
                    "{} {}. {}",
                    _("This organization may already exist:"),
                    links,
                    _("Open it instead, or tick “This is a different organization”."),
                ),
            )
        else:
            add_service_errors(form, exc)


class OrganizationCreateView(OrganizationFormMixin, ScopedCreateView):
    pass


class OrganizationEditView(OrganizationFormMixin, ScopedEditView):
    pass


class OrganizationDeleteView(ScopedDeleteView):
    def delete_with_service(self, instance):
        services.organization_delete(actor=self.request.user, organization=instance)


class CertificateFormMixin:
    def save_with_service(self, form):
        return services.certificate_save(
            actor=self.request.user,
            certificate=form.instance,
            provinces=list(form.cleaned_data.get("provinces", [])),
            fields=list(form.cleaned_data.get("fields", [])),
        )


class CertificateCreateView(CertificateFormMixin, ScopedCreateView):
    pass


class CertificateEditView(CertificateFormMixin, ScopedEditView):
    pass


class CertificateDeleteView(ScopedDeleteView):
    def delete_with_service(self, instance):
        services.certificate_delete(actor=self.request.user, certificate=instance)


class OrganizationViewSet(UnionScopedViewSet):
    model = Organization
    name = "organizations"
    icon = "group"
    menu_label = _("Organizations")
    index_view_class = OrganizationIndexView
    inspect_view_class = OrganizationInspectView
    add_view_class = OrganizationCreateView
    edit_view_class = OrganizationEditView
    delete_view_class = OrganizationDeleteView
    filterset_class = OrganizationFilterSet
    search_fields = ["name"]  # searched by organization_search()
    search_backend_name = None
    list_display = ["label", "acronym", "kind", "country", "union"]
    inspect_view_fields = [
        "name",
        "acronym",
        "name_vi",
        "name_en",
        "name_zh_hans",
        "aliases",
        "kind",
        "organisation_type",
        "country",
        "fields_of_work",
        "iati_identifier",
        "website",
        "contacts",
        "certificates",
        "union",
        "notes",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("name"),
                    FieldPanel("acronym"),
                    FieldPanel("name_vi"),
                    FieldPanel("name_en"),
                    FieldPanel("name_zh_hans"),
                ],
                heading=_("Names"),
            ),
            InlinePanel("aliases", heading=_("Aliases"), label=_("Alias")),
            MultiFieldPanel(
                [
                    FieldPanel("union"),
                    FieldPanel("kind"),
                    FieldPanel("organisation_type"),
                    FieldPanel("country"),
                    FieldPanel("fields_of_work"),
                    FieldPanel("iati_identifier"),
                    FieldPanel("website"),
                    FieldPanel("notes"),
                ],
                heading=_("Details"),
            ),
            InlinePanel("contacts", heading=_("Contacts"), label=_("Contact")),
            FieldPanel("allow_duplicate"),
        ],
        base_form_class=OrganizationForm,
    )


class CertificateViewSet(UnionScopedViewSet):
    model = RegistrationCertificate
    name = "certificates"
    icon = "doc-full"
    menu_label = _("Registration certificates")
    add_view_class = CertificateCreateView
    edit_view_class = CertificateEditView
    delete_view_class = CertificateDeleteView
    filterset_class = CertificateFilterSet
    index_view_class = CertificateIndexView
    search_fields = ["number"]  # searched by certificate_search()
    search_backend_name = None
    list_display = [
        "number",
        "organization",
        "type",
        "issue_date",
        "expiry_date",
        "status_label",
        "union",
    ]
    inspect_view_fields = [
        "organization",
        "type",
        "number",
        "legal_basis",
        "issue_date",
        "expiry_date",
        "status_label",
        "provinces",
        "fields",
        "revoked_on",
        "revocation_note",
        "notes",
        "union",
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("organization"),
            FieldPanel("type"),
            FieldPanel("number"),
            FieldPanel("legal_basis"),
            FieldPanel("issue_date"),
            FieldPanel("expiry_date"),
            FieldPanel("provinces"),
            FieldPanel("fields"),
            MultiFieldPanel(
                [FieldPanel("revoked_on"), FieldPanel("revocation_note")], heading=_("Revocation")
            ),
            FieldPanel("notes"),
        ],
        base_form_class=CertificateForm,
    )
