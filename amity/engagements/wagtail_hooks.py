from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from amity.tenancy.policies import UnionPermissionPolicy

from .models import Engagement, Partnership
from .views import CalendarMenu, EngagementViewSet, PartnershipViewSet

register_permission_policy(Engagement, UnionPermissionPolicy(Engagement))
register_permission_policy(Partnership, UnionPermissionPolicy(Partnership))


class DiplomacyViewSetGroup(ModelViewSetGroup):
    menu_label = _("People-to-people diplomacy")
    menu_icon = "group"
    menu_order = 250
    items = (EngagementViewSet, CalendarMenu, PartnershipViewSet)


@hooks.register("register_admin_viewset")
def register_engagement_viewsets():
    return DiplomacyViewSetGroup()
