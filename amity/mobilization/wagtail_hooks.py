from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from amity.tenancy.policies import UnionPermissionPolicy

from .models import Appeal, Call, CoordinationPlan, Pledge, Program, Receipt
from .views import (
    AppealViewSet,
    CallViewSet,
    PlanViewSet,
    PledgeViewSet,
    ProgramViewSet,
    ReceiptViewSet,
)

for model in (Program, Call, Pledge, Appeal, Receipt, CoordinationPlan):
    register_permission_policy(model, UnionPermissionPolicy(model))


class MobilizationViewSetGroup(ModelViewSetGroup):
    menu_label = _("Mobilization")
    menu_icon = "globe"
    menu_order = 250
    items = (
        ProgramViewSet,
        CallViewSet,
        PledgeViewSet,
        AppealViewSet,
        ReceiptViewSet,
        PlanViewSet,
    )


@hooks.register("register_admin_viewset")
def register_mobilization_viewsets():
    return MobilizationViewSetGroup()
