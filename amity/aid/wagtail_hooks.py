from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from amity.finance.models import ExchangeRate, Transaction
from amity.finance.views import RatePolicy, RateViewSet, ReadOnlyPolicy, TransactionViewSet
from amity.tenancy.policies import UnionPermissionPolicy

from .models import AidItem
from .views import AidItemViewSet

register_permission_policy(AidItem, UnionPermissionPolicy(AidItem))
register_permission_policy(Transaction, ReadOnlyPolicy(Transaction))
register_permission_policy(ExchangeRate, RatePolicy(ExchangeRate))


class AidViewSetGroup(ModelViewSetGroup):
    menu_label = _("Aid portfolio")
    menu_icon = "clipboard-list"
    menu_order = 200
    items = (AidItemViewSet, TransactionViewSet, RateViewSet)


@hooks.register("register_admin_viewset")
def register_aid_viewsets():
    return AidViewSetGroup()
