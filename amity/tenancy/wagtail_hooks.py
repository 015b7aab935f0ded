from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import Membership
from .policies import MembershipPermissionPolicy
from .views import MembershipViewSet, TwoFactorView

register_permission_policy(Membership, MembershipPermissionPolicy(Membership))


@hooks.register("register_admin_viewset")
def register_members_viewset():
    return MembershipViewSet()


@hooks.register("register_admin_urls")
def register_two_factor_url():
    return [path("two-factor/", TwoFactorView.as_view(), name="amity_two_factor")]


@hooks.register("register_account_menu_item")
def two_factor_in_account_menu(request):
    # Anyone may set it up from their account; administrators must.
    return {
        "url": reverse("amity_two_factor"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Ask for a code from an authenticator app after the password."),
    }
