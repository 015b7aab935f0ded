"""Signing in: repeated failures lock the user name out from that address, even with the
right password, with a page in the reader's language; every sign-in, refusal and
lockout is in the audit history under the person's union; sessions end after a working
day and with the browser; and
the production settings pass Django's deployment checks."""

import os
import secrets
import subprocess
import sys

import pytest
from django.test import Client

from amity.history.models import Change, ChangeAction
from amity.testing import REPO, text

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture
def throttled(settings):
    settings.AXES_ENABLED = True  # off for the rest of the suite (see config/settings/test.py)
    settings.AXES_FAILURE_LIMIT = 3


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, follow=False
    )


def test_repeated_failures_lock_the_name_out_from_that_address(throttled, make_member):
    user = make_member("dong-nai", "staff", username="lan")
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.cookies["django_language"] = "en"
    for _ in range(2):
        assert sign_in(client, "lan", "wrong").status_code == 200  # the form again, an error
    locked = sign_in(client, "lan", "wrong")
    assert locked.status_code == 429
    assert "3 failed sign-ins for “lan”" in text(locked) and "15 minutes" in text(locked)
    # Now even the right password is refused, from that address, for that name …
    assert sign_in(client, "lan", "pw").status_code == 429
    assert "_auth_user_id" not in client.session
    # … but not from another address, where the right password signs in.
    elsewhere = Client()
    assert sign_in(elsewhere, "lan", "pw", address="198.51.100.9").status_code == 302
    assert int(elsewhere.session["_auth_user_id"]) == user.pk


def test_the_lockout_page_speaks_the_readers_language(throttled, make_member):
    make_member("dong-nai", "staff", username="lan")
    client = Client(HTTP_ACCEPT_LANGUAGE="vi")
    client.cookies["django_language"] = "vi"
    for _ in range(3):
        page = sign_in(client, "lan", "sai")
    assert page.status_code == 429
    assert "lan" in text(page) and "15 phút" in text(page)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "After 3 failed sign-ins for “lan” from your address, signing in is paused."),
        ("vi", "Sau 3 lần đăng nhập không thành công với tên “lan”"),
    ],
)
def test_the_api_token_exchange_is_locked_out_as_the_sign_in_page_is(
    throttled, make_member, unions, language, expected
):
    from rest_framework.test import APIClient

    make_member("dong-nai", "staff", username="lan")
    client = APIClient(HTTP_ACCEPT_LANGUAGE=language, REMOTE_ADDR="203.0.113.7")

    def exchange(password):
        return client.post("/api/v1/auth/token/", {"username": "lan", "password": password})

    for _ in range(2):
        assert exchange("wrong").status_code == 400  # a wrong password, said as such
    for password in ("wrong", "pw"):  # the limit reached: even the right one is refused
        refused = exchange(password)
        assert refused.status_code == 429, refused.content
        assert refused.json()["code"] == "locked_out"
        assert expected in refused.json()["detail"] and "15" in refused.json()["detail"]
        assert refused["Retry-After"] == "900"
        assert "token" not in refused.json()
    history = Change.objects.filter(union=unions["dong-nai"], action=ChangeAction.LOCKED)
    assert history.exists()
    # From another address the password is good.
    elsewhere = APIClient(REMOTE_ADDR="198.51.100.9")
    answer = elsewhere.post("/api/v1/auth/token/", {"username": "lan", "password": "pw"})
    assert answer.status_code == 200 and answer.json()["token"]


def test_sign_ins_refusals_and_lockouts_are_in_the_unions_history(throttled, make_member, unions):
    user = make_member("dong-nai", "staff", username="lan")
    client = Client()
    sign_in(client, "nobody", "x")  # a name that is no one's
    for _ in range(3):
        sign_in(client, "lan", "wrong")
    sign_in(Client(), "lan", "pw", address="198.51.100.9")
    rows = list(Change.objects.order_by("pk").values_list("action", "object_repr", "union__slug"))
    events = [row for row in rows if row[0] in ChangeAction.values[3:]]
    assert events == [
        ("refused", "nobody", None),
        ("refused", "lan", "dong-nai"),
        ("refused", "lan", "dong-nai"),
        ("locked", "lan", "dong-nai"),  # the third failure locks, and is refused
        ("refused", "lan", "dong-nai"),
        ("sign-in", "lan", "dong-nai"),
    ]
    signed_in = Change.objects.get(action="sign-in")
    assert signed_in.actor == user and signed_in.changes == {"address": [None, "198.51.100.9"]}
    assert Change.objects.filter(action="refused").first().changes["address"][1] == "203.0.113.7"


def test_a_session_ends_after_a_working_day_and_with_the_browser(client, make_member):
    from django.conf import settings

    client.force_login(make_member("dong-nai", "staff", username="lan"))
    assert client.session.get_expiry_age() == 9 * 3600 == settings.SESSION_COOKIE_AGE
    assert client.session.get_expire_at_browser_close()
    assert settings.SESSION_COOKIE_HTTPONLY and not settings.SESSION_SAVE_EVERY_REQUEST


def test_the_production_settings_pass_the_deployment_checks(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "DJANGO_ALLOWED_HOSTS": "amity.example.vn",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_the_unions_history_page_shows_its_peoples_sign_ins(throttled, make_member, client):
    admin = make_member("dong-nai", "admin", username="dong-nai-admin")
    make_member("dong-nai", "staff", username="lan")
    sign_in(Client(), "lan", "wrong")
    make_member("lao-cai", "staff", username="laocai-xyz")
    sign_in(Client(), "laocai-xyz", "wrong")
    client.force_login(admin)
    page = text(client.get("/admin/changes/"))
    assert "Sign-in refused" in page and "lan" in page and "203.0.113.7" in page
    assert "address the request came from" in page.lower()
    assert "laocai-xyz" not in page  # another union's people are not in this union's history
