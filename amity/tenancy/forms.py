from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .permissions import Action
from .selectors import unions_visible_to


class MemberAddForm(WagtailAdminModelForm):
    """Add a member: an existing user by username, or a new user with a password."""

    username = forms.CharField(label=_("Username"), max_length=150)
    email = forms.EmailField(label=_("Email"), required=False)
    password = forms.CharField(
        label=_("Password"),
        required=False,
        widget=forms.PasswordInput,
        help_text=_("Only for a new user."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        unions = unions_visible_to(self.for_user, Action.MANAGE_MEMBERS)
        self.fields["union"].queryset = unions
        if unions.count() == 1:
            self.fields["union"].initial = unions.first()


class MemberRoleForm(WagtailAdminModelForm):
    """Change a member's role."""


class TwoFactorCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )
