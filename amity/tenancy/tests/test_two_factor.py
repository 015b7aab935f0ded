"""Two-factor sign-in (tenancy/twofactor.py), through the sign-in page, the two-factor
page, the API and the command line, with `AMITY_TWO_FACTOR_REQUIRED` on as in
production (the test settings turn it off for the other tests)."""

import re
import time
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from amity.history.models import Change, ChangeAction

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("required")]

TWO_FACTOR = "/admin/two-factor/"


@pytest.fixture
def required():
    with override_settings(AMITY_TWO_FACTOR_REQUIRED=True):
        yield


def signed_in(username: str, language: str = "en") -> Client:
    """A browser that has signed in with the password on the real sign-in page."""
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    response = client.post("/admin/login/", {"username": username, "password": "pw"})
    assert response.status_code == 302, response.content[:500]
    return client


def code(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """What the person's app shows now (or `steps_ahead` periods of 30 s from now: a
    code is good once, so a second sign-in in the same period takes the next one)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def set_up(client) -> TOTPDevice:
    client.get(TWO_FACTOR)
    device = TOTPDevice.objects.get(confirmed=False)
    response = client.post(TWO_FACTOR, {"code": code(device), "next": "/admin/"})
    assert response.status_code == 302 and response.url == "/admin/"
    device.refresh_from_db()
    assert device.confirmed
    return device


def test_an_administrator_must_set_it_up_before_anything_else(make_member):
    make_member("dong-nai", "admin")
    client = signed_in("dong-nai-admin")

    for page in ("/admin/", "/admin/aid-items/", "/admin/members/"):
        response = client.get(page)
        assert response.status_code == 302, page
        assert response.url.startswith(f"{TWO_FACTOR}?next=")
    # The API refuses the session, saying why (a token, kept apart, still works).
    refused = client.get("/api/v1/aid-items/")
    assert refused.status_code == 403
    assert refused.json()["code"] == "two_factor_required"

    page = client.get(TWO_FACTOR).content.decode()
    assert 'data-testid="qr-code"' in page and "data:image/svg+xml;base64," in page
    device = TOTPDevice.objects.get(user__username="dong-nai-admin")
    assert device.confirmed is False
    assert device.config_url.startswith("otpauth://totp/Amity")
    # The same key on a reload, so the app and the page agree.
    assert client.get(TWO_FACTOR).context["secret"].replace(" ", "") in device.config_url

    set_up(client)
    assert client.get("/admin/").status_code == 200
    assert client.get("/api/v1/aid-items/").status_code == 200


def test_a_wrong_code_is_refused_in_the_persons_language_and_kept_in_the_history(
    make_member, unions
):
    make_member("dong-nai", "admin", language="vi")
    client = signed_in("dong-nai-admin", language="vi")
    client.get(TWO_FACTOR)
    device = TOTPDevice.objects.get(confirmed=False)
    wrong = f"{(int(code(device)) + 1) % 10**6:06d}"

    response = client.post(TWO_FACTOR, {"code": wrong})
    assert response.status_code == 200
    assert "Mã không đúng hoặc đã hết hạn" in response.content.decode()
    device.refresh_from_db()
    assert device.confirmed is False
    assert client.get("/admin/").status_code == 302  # still owes the code
    refusal = Change.objects.filter(action=ChangeAction.REFUSED).get()
    assert (refusal.union, refusal.object_repr) == (unions["dong-nai"], "dong-nai-admin")
    assert "address" in refusal.changes


@override_settings(OTP_TOTP_THROTTLE_FACTOR=60)
def test_after_a_wrong_code_the_next_try_waits(make_member):
    make_member("dong-nai", "admin")
    client = signed_in("dong-nai-admin")
    client.get(TWO_FACTOR)
    device = TOTPDevice.objects.get(confirmed=False)
    client.post(TWO_FACTOR, {"code": "000000" if code(device) != "000000" else "111111"})
    # Even the right code waits now (60 s, then 120 s after the next wrong one…), and
    # the page says for how long.
    response = client.post(TWO_FACTOR, {"code": code(device)})
    assert response.status_code == 200
    assert re.search(
        r"Too many wrong codes in a row\. Wait (\d+) seconds", response.content.decode()
    )
    device.refresh_from_db()
    assert device.confirmed is False


def test_once_set_up_every_sign_in_asks_for_the_code(make_member):
    make_member("dong-nai", "admin")
    device = set_up(signed_in("dong-nai-admin"))

    client = signed_in("dong-nai-admin")
    assert client.get("/admin/aid-items/").status_code == 302
    page = client.get(TWO_FACTOR)
    assert "qr_code" not in page.context  # no new key: the app already has it
    response = client.post(TWO_FACTOR, {"code": code(device, steps_ahead=1), "next": "/admin/"})
    assert response.status_code == 302
    assert client.get("/admin/aid-items/").status_code == 200


def test_a_code_is_good_only_once(make_member):
    make_member("dong-nai", "admin")
    client = signed_in("dong-nai-admin")
    client.get(TWO_FACTOR)
    device = TOTPDevice.objects.get(confirmed=False)
    used = code(device)
    client.post(TWO_FACTOR, {"code": used})

    again = signed_in("dong-nai-admin")
    response = again.post(TWO_FACTOR, {"code": used})
    assert response.status_code == 200 and "That code is not right" in response.content.decode()
    assert again.get("/admin/").status_code == 302


def test_staff_are_not_asked_unless_they_turn_it_on(make_member):
    make_member("dong-nai", "staff")
    client = signed_in("dong-nai-staff")
    assert client.get("/admin/aid-items/").status_code == 200
    account = client.get("/admin/account/").content.decode()
    assert TWO_FACTOR in account  # offered in their account's actions

    set_up(client)
    later = signed_in("dong-nai-staff")
    assert later.get("/admin/aid-items/").status_code == 302


def test_a_superuser_must_set_it_up_too(django_user_model):
    django_user_model.objects.create_superuser("root", password="pw")
    client = signed_in("root")
    assert client.get("/admin/").url.startswith(TWO_FACTOR)


def test_the_two_factor_page_goes_on_only_to_this_sites_pages(make_member):
    make_member("dong-nai", "admin")
    client = signed_in("dong-nai-admin")
    client.get(TWO_FACTOR)
    device = TOTPDevice.objects.get(confirmed=False)
    response = client.post(TWO_FACTOR, {"code": code(device), "next": "https://evil.example/"})
    assert response.url == "/admin/"


def test_a_lost_phone_is_reset_from_the_command_line(make_member, unions):
    make_member("dong-nai", "admin")
    set_up(signed_in("dong-nai-admin"))
    out = StringIO()

    call_command("two_factor_reset", "dong-nai-admin", stdout=out)
    assert "dong-nai-admin" in out.getvalue()
    assert not TOTPDevice.objects.filter(user__username="dong-nai-admin").exists()
    reset = Change.objects.filter(object_repr="dong-nai-admin", action=ChangeAction.UPDATE).get()
    assert reset.union == unions["dong-nai"]
    # Asked to set up a new one at the next sign-in.
    client = signed_in("dong-nai-admin")
    assert "qr_code" in client.get(TWO_FACTOR).context

    with pytest.raises(CommandError, match="There is no user “nobody”"):
        call_command("two_factor_reset", "nobody")


def test_an_api_token_needs_the_code_too(make_member):
    make_member("dong-nai", "admin")
    api = Client(HTTP_ACCEPT_LANGUAGE="en")
    token_url = "/api/v1/auth/token/"
    credentials = {"username": "dong-nai-admin", "password": "pw"}

    # Not set up yet: no token for the password alone.
    refused = api.post(token_url, credentials)
    assert refused.status_code == 400
    assert "Set up two-factor sign-in in the back office first" in refused.json()["code"][0]

    device = set_up(signed_in("dong-nai-admin"))
    assert "“code”" in api.post(token_url, credentials).json()["code"][0]
    wrong = api.post(token_url, {**credentials, "code": "12345x"})
    assert wrong.status_code == 400 and "not right" in wrong.json()["code"][0]
    device.throttle_reset()
    given = api.post(token_url, {**credentials, "code": code(device, steps_ahead=1)})
    assert given.status_code == 200 and given.json()["token"]


def test_staff_without_it_get_a_token_for_the_password(make_member):
    make_member("dong-nai", "staff")
    response = Client(HTTP_ACCEPT_LANGUAGE="en").post(
        "/api/v1/auth/token/", {"username": "dong-nai-staff", "password": "pw"}
    )
    assert response.status_code == 200 and response.json()["token"]
