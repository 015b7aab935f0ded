from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.authtoken.views import ObtainAuthToken

from amity.tenancy import twofactor


class TokenRequestSerializer(AuthTokenSerializer):
    code = serializers.CharField(
        label=_("Two-factor code"),
        required=False,
        allow_blank=True,
        max_length=12,
        help_text=_("The code from the authenticator app, for those who sign in with one."),
    )

    def validate(self, attrs):
        attrs = super().validate(attrs)
        try:
            twofactor.token_code_check(
                self.context["request"], attrs["user"], attrs.get("code", "")
            )
        except twofactor.CodeRefused as refusal:
            raise serializers.ValidationError({"code": [str(refusal)]}) from None
        return attrs


class TokenView(ObtainAuthToken):
    """Exchange a username and password (and, for those who sign in with two factors,
    the code) for an API token. It authenticates by the credentials alone, so a browser
    already signed in (session cookie, no CSRF token) is not refused."""

    authentication_classes = []
    serializer_class = TokenRequestSerializer
