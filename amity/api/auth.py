from axes.helpers import get_cool_off, get_failure_limit
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.response import Response

from amity.core.lockout import lockout_message
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

    @extend_schema(
        responses={
            200: AuthTokenSerializer,
            400: OpenApiResponse(description="The credentials or the code are refused."),
            429: OpenApiResponse(
                description="Too many failed attempts for this user name from this "
                "address (django-axes, as on the sign-in page): wait `Retry-After` seconds."
            ),
        }
    )
    def post(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        if serializer.is_valid():
            # As ObtainAuthToken.post, with the credentials checked once.
            token, _created = Token.objects.get_or_create(user=serializer.validated_data["user"])
            return Response({"token": token.key})
        if getattr(request, "axes_locked_out", False):
            # django-axes refused before the password was checked: say so, and for how
            # long, rather than "unable to log in", which reads as a wrong password.
            return locked_out(request, str(request.data.get("username", "")))
        return Response(serializer.errors, status=status.HTTP_400_BAD_REQUEST)


def locked_out(request, username: str) -> Response:
    cool_off = get_cool_off(request)
    limit = get_failure_limit(request, {"username": username})
    headers = {"Retry-After": str(int(cool_off.total_seconds()))} if cool_off else {}
    return Response(
        {"detail": lockout_message(username, limit, cool_off), "code": "locked_out"},
        status=status.HTTP_429_TOO_MANY_REQUESTS,
        headers=headers,
    )
