"""Back office: a union's administrators give and take away roles; everyone's
two-factor sign-in page."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import services, twofactor
from .forms import MemberAddForm, MemberRoleForm, TwoFactorCodeForm
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


class TwoFactorView(WagtailAdminTemplateMixin, FormView):
    """The code after the password: set up an authenticator app (a QR code and its
    secret, confirmed by a first code) or give the code it shows (`twofactor`)."""

    template_name = "tenancy/two_factor.html"
    form_class = TwoFactorCodeForm
    header_icon = "key"

    def dispatch(self, request, *args, **kwargs):
        self.device = twofactor.confirmed_device(request.user)
        self.setting_up = self.device is None
        if self.setting_up:
            self.device = twofactor.device_to_confirm(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Set up two-factor sign-in") if self.setting_up else _("Two-factor sign-in")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            setting_up=self.setting_up,
            required=twofactor.required_for(self.request.user),
            verified=self.request.user.is_verified(),
            next=self.request.GET.get("next", ""),
        )
        if self.setting_up:
            context.update(
                qr_code=twofactor.qr_code_data_url(self.device),
                secret=twofactor.secret_text(self.device),
            )
        return context

    def form_valid(self, form):
        try:
            twofactor.code_verify(self.request, self.device, form.cleaned_data["code"])
        except twofactor.CodeRefused as refusal:
            form.add_error("code", str(refusal))
            return self.form_invalid(form)
        if self.setting_up:
            messages.success(self.request, _("Two-factor sign-in is set up."))
        return redirect(twofactor.safe_next(self.request))
