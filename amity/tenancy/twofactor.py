"""Two-factor sign-in: after the password, a six-digit code from an authenticator app
(TOTP, RFC 6238, through django-otp).

Anyone may set it up; once they have, every sign-in asks for the code. It is required
of those who can do the most harm, administrators (of any union) and superusers, when
`AMITY_TWO_FACTOR_REQUIRED` is on (the default; the test settings turn it off, and the
tests of this module turn it back on). Until the code is given, the back office shows
only the two-factor page, and the API refuses a session's requests (403). A wrong code
is refused and kept in the union's history, as a refused sign-in is; django-otp makes
each wrong code double the wait before the next is tried.
"""

import base64
import io
import math
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from amity.history.models import ChangeAction
from amity.history.services import record_event

from .models import Membership
from .roles import Role
from .signins import address_of, union_of

DEVICE_NAME = "authenticator"


def required_for(user) -> bool:
    """Whether `user` must give a code before using the back office or the API."""
    if not getattr(settings, "AMITY_TWO_FACTOR_REQUIRED", True):
        return False
    return user.is_superuser or Membership.objects.filter(user=user, role=Role.ADMIN).exists()


def confirmed_device(user) -> TOTPDevice | None:
    return next(iter(devices_for_user(user, confirmed=True)), None)


def asked_of(user) -> bool:
    """Whether a signed-in `user` is asked for a code: required of them, or set up."""
    return required_for(user) or confirmed_device(user) is not None


def device_to_confirm(user) -> TOTPDevice:
    """The device being set up: made once, then the same one until it is confirmed, so
    that a page reloaded shows the same secret as the app was given."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def qr_code_data_url(device: TOTPDevice) -> str:
    """The device's otpauth:// address as an SVG QR code, for the app to scan."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def secret_text(device: TOTPDevice) -> str:
    """The secret in base 32, in groups of four, for typing into the app by hand."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


class CodeRefused(Exception):
    """The code was wrong, or codes may not be tried yet; the message says which."""


def code_verify(request, device: TOTPDevice, code: str) -> None:
    """Check `code` against `device`; on success the session is signed in with two
    factors (and a device being set up is confirmed). Raises CodeRefused."""
    code_check(request, device, code)
    with transaction.atomic():
        if not device.confirmed:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            # One app at a time: an earlier one stops working once a new one is set up.
            TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
        otp_login(request, device)


def code_check(request, device: TOTPDevice, code: str) -> None:
    """CodeRefused unless `code` is the device's code now, after the refusal is counted
    (the wait before the next try) and kept in the history: not in a transaction that
    the refusal would roll back."""
    allowed, details = device.verify_is_allowed()
    if not allowed:
        # django-otp says until when (its delay doubles with each wrong code in a row).
        wait = (details["locked_until"] - timezone.now()).total_seconds()
        raise CodeRefused(
            _("Too many wrong codes in a row. Wait %(seconds)s seconds, then try again.")
            % {"seconds": max(1, math.ceil(wait))}
        )
    if not device.verify_token("".join(code.split())):
        _record_refusal(request, device.user)
        raise CodeRefused(
            _("That code is not right, or it has expired. Enter the code your app shows now.")
        )


def token_code_check(request, user, code: str) -> None:
    """What the API's token exchange asks of a person asked for a code: the password
    alone would otherwise give a token that acts as them without the second factor."""
    device = confirmed_device(user)  # once: asked_of would look it up again
    if device is None and not required_for(user):
        return
    if device is None:
        raise CodeRefused(
            _("Set up two-factor sign-in in the back office first, then ask for a token.")
        )
    if not code:
        raise CodeRefused(_("Give the code from your authenticator app as “code”."))
    code_check(request, device, code)


def _record_refusal(request, user) -> None:
    record_event(
        actor=None,
        action=ChangeAction.REFUSED,
        model=get_user_model(),
        object_id=user.pk,
        text=user.get_username(),
        union=union_of(user),
        details={"address": address_of(request), "step": _("two-factor code")},
    )


@transaction.atomic
def two_factor_reset(*, username: str) -> int:
    """Remove a person's authenticator (a lost phone): they set up a new one at their
    next sign-in. For the command line (`amity two_factor_reset`), which only the
    server's operators reach. Returns how many devices were removed."""
    user = get_user_model().objects.get(username=username)
    removed, _details = TOTPDevice.objects.filter(user=user).delete()
    record_event(
        actor=None,
        action=ChangeAction.UPDATE,
        model=get_user_model(),
        object_id=user.pk,
        text=user.get_username(),
        union=union_of(user),
        details={"step": _("two-factor sign-in reset")},
    )
    return removed


# The middleware ---------------------------------------------------------------------

# What a person who still owes a code may reach: the code's page, signing out, files.
OPEN_PREFIXES = ("/static/", "/media/", "/admin/login/", "/admin/logout/", "/admin/jsi18n/")


class TwoFactorMiddleware:
    """Keeps a session that still owes a code to the two-factor page (the API: 403).
    After django_otp's OTPMiddleware, which tells whether the session gave one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The address first: files and the open pages cost no query of the session.
        path = request.path
        user = getattr(request, "user", None)
        if (
            path.startswith(("/admin/", "/api/"))
            and not path.startswith(OPEN_PREFIXES)
            and path != reverse("amity_two_factor")
            and user is not None
            and user.is_authenticated
            and not user.is_verified()
            and asked_of(user)
        ):
            if path.startswith("/api/"):
                return JsonResponse(
                    {
                        "detail": _(
                            "Sign in with your two-factor code in the back office first, "
                            "or use an API token."
                        ),
                        "code": "two_factor_required",
                    },
                    status=403,
                )
            return redirect(
                f"{reverse('amity_two_factor')}?{urlencode({'next': request.get_full_path()})}"
            )
        return self.get_response(request)


def safe_next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")
