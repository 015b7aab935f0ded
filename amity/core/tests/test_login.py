import unicodedata

import pytest

pytestmark = pytest.mark.django_db


def test_login_page_is_vietnamese_by_default_and_offers_three_languages(client):
    # Django's own language names are not all in NFC; compare in one form.
    page = unicodedata.normalize("NFC", client.get("/admin/login/").content.decode())
    assert 'lang="vi"' in page
    assert "Đăng nhập" in page
    for name in ("Tiếng Việt", "English", "简体中文"):
        assert unicodedata.normalize("NFC", name) in page


@pytest.mark.parametrize(("language", "text"), [("en", "Sign in to Amity"), ("zh-hans", "登录")])
def test_the_reader_switches_the_login_page_language(client, language, text):
    response = client.post(
        "/i18n/setlang/", {"language": language, "next": "/admin/login/"}, follow=True
    )
    assert text in response.content.decode()


def test_staff_sign_in_and_land_on_their_home_page(client, make_member):
    make_member("dong-nai", "staff", username="lan")
    response = client.post("/admin/login/", {"username": "lan", "password": "pw"}, follow=True)
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == "/admin/"


def test_a_user_without_membership_cannot_enter(client, db):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("stranger", password="pw")
    client.login(username="stranger", password="pw")
    assert client.get("/admin/").status_code == 302


def test_the_back_office_has_no_links_to_wagtails_own_guides(client, make_member):
    client.force_login(make_member("dong-nai", "staff"))
    page = client.get("/admin/").content.decode()
    assert "guide.wagtail.org" not in page
