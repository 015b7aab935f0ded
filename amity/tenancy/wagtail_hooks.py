from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import Membership
from .policies import MembershipPermissionPolicy
from .views import MembershipViewSet

register_permission_policy(Membership, MembershipPermissionPolicy(Membership))


@hooks.register("register_admin_viewset")
def register_members_viewset():
    return MembershipViewSet()
