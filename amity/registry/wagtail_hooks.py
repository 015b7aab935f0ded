from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from amity.tenancy.policies import UnionPermissionPolicy
from amity.tenancy.selectors import unions_visible_to

from .models import Organization, RegistrationCertificate
from .selectors import certificates_needing_attention
from .views import CertificateViewSet, OrganizationViewSet

register_permission_policy(Organization, UnionPermissionPolicy(Organization))
register_permission_policy(RegistrationCertificate, UnionPermissionPolicy(RegistrationCertificate))


class RegistryViewSetGroup(ModelViewSetGroup):
    menu_label = _("Registry")
    menu_icon = "folder-open-inverse"
    menu_order = 100
    items = (OrganizationViewSet, CertificateViewSet)


@hooks.register("register_admin_viewset")
def register_registry_viewsets():
    return RegistryViewSetGroup()


class CertificatesNeedingAttentionPanel(Component):
    """The staff home page: which certificates in the user's union(s) need action."""

    name = "certificates_needing_attention"
    order = 10
    template_name = "registry/panels/certificates_needing_attention.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {
            "unions": list(unions_visible_to(self.user)[:5]),
            "certificates": list(certificates_needing_attention(self.user)[:50]),
        }


@hooks.register("construct_homepage_panels")
def add_certificates_panel(request, panels):
    panels.insert(0, CertificatesNeedingAttentionPanel(request.user))
