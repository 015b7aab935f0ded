"""Back office: a union's administrators give and take away roles."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList

from . import services
from .forms import MemberAddForm, MemberRoleForm
from .models import Membership
from .permissions import Action
from .viewsets import (
    ScopedCreateView,
    ScopedDeleteView,
    ScopedEditView,
    ScopedInspectView,
    UnionScopedViewSet,
)


class MemberCreateView(ScopedCreateView):
    def save_with_service(self, form):
        data = form.cleaned_data
        return services.member_add(
            actor=self.request.user,
            union=data["union"],
            username=data["username"],
            role=data["role"],
            password=data["password"],
            email=data["email"],
        )


class MemberEditView(ScopedEditView):
    object_action = Action.MANAGE_MEMBERS

    def save_with_service(self, form):
        return services.membership_grant(
            actor=self.request.user,
            user=self.object.user,
            union=self.object.union,
            role=form.cleaned_data["role"],
        )


class MemberDeleteView(ScopedDeleteView):
    object_action = Action.MANAGE_MEMBERS

    def delete_with_service(self, instance):
        services.membership_revoke(actor=self.request.user, membership=instance)


class MembershipViewSet(UnionScopedViewSet):
    model = Membership
    name = "members"
    icon = "user"
    menu_label = _("Members")
    menu_order = 800
    add_to_admin_menu = True
    add_view_class = MemberCreateView
    edit_view_class = MemberEditView
    delete_view_class = MemberDeleteView
    inspect_view_class = ScopedInspectView
    list_display = ["user", "union", "role"]
    list_filter = ["union", "role"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    search_backend_name = None
    inspect_view_fields = ["user", "union", "role"]
    edit_handler = ObjectList([FieldPanel("role")], base_form_class=MemberRoleForm)
    add_handler = ObjectList(
        [
            FieldPanel("username"),
            FieldPanel("email"),
            FieldPanel("password"),
            FieldPanel("union"),
            FieldPanel("role"),
        ],
        base_form_class=MemberAddForm,
    )

    def get_add_view_kwargs(self, **kwargs):
        # Adding asks for a user; editing only changes the role.
        panel = self.add_handler.bind_to_model(self.model)
        return {
            **super().get_add_view_kwargs(**kwargs),
            "panel": panel,
            "form_class": panel.get_form_class(),
        }
