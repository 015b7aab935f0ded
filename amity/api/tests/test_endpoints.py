"""Every read-only endpoint, tried by the four callers."""

import pytest

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/api/v1/unions/",
    "/api/v1/admin-units/",
    "/api/v1/codelists/currencies/",
    "/api/v1/codelists/countries/",
    "/api/v1/codelists/organisation-types/",
    "/api/v1/codelists/sector-categories/",
    "/api/v1/codelists/sectors/",
]


@pytest.mark.parametrize("url", ENDPOINTS)
@pytest.mark.parametrize(
    ("caller", "status"),
    [("anonymous", 401), ("other_staff", 200), ("own_viewer", 200), ("own_staff", 200)],
)
def test_reference_endpoints_need_a_member(url, caller, status, callers, api_client_for):
    response = api_client_for(callers[caller]).get(url)
    assert response.status_code == status
    if status == 200:
        assert response.json()["count"] > 0


@pytest.mark.parametrize("url", ENDPOINTS)
def test_reference_endpoints_are_read_only(url, callers, api_client_for):
    response = api_client_for(callers["national_staff"]).post(url, {"code": "ZZ"}, format="json")
    assert response.status_code in (403, 405)


def test_a_signed_in_user_without_membership_sees_nothing(
    django_user_model, api_client_for, unions
):
    stranger = django_user_model.objects.create_user("stranger", password="pw")
    client = api_client_for(stranger)
    assert client.get("/api/v1/unions/").status_code == 403
    assert client.get("/api/v1/organizations/").status_code == 403


@pytest.mark.parametrize(
    ("caller", "slugs"),
    [
        ("other_staff", ["lao-cai"]),
        ("own_viewer", ["dong-nai"]),
        ("national_staff", ["vufo", "dong-nai", "lao-cai"]),
    ],
)
def test_unions_lists_those_the_caller_may_see(caller, slugs, callers, api_client_for):
    body = api_client_for(callers[caller]).get("/api/v1/unions/").json()
    assert sorted(u["slug"] for u in body["results"]) == sorted(slugs)


def test_another_unions_union_reads_as_missing(callers, api_client_for):
    client = api_client_for(callers["own_staff"])
    assert client.get("/api/v1/unions/dong-nai/").status_code == 200
    assert client.get("/api/v1/unions/lao-cai/").status_code == 404


def test_session_authentication_needs_csrf_for_writes(client, callers):
    client.force_login(callers["own_staff"])
    assert client.get("/api/v1/organizations/").status_code == 200
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(callers["own_staff"])
    response = strict.post(
        "/api/v1/organizations/",
        {"union": "dong-nai", "name": "X"},
        content_type="application/json",
    )
    assert response.status_code == 403


def test_a_browser_already_signed_in_can_still_get_a_token(callers):
    from django.test import Client

    user = callers["own_staff"]
    user.set_password("s3cret-pass")
    user.save()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    response = browser.post(
        "/api/v1/auth/token/", {"username": user.username, "password": "s3cret-pass"}
    )
    assert response.status_code == 200 and response.json()["token"]
    wrong = browser.post("/api/v1/auth/token/", {"username": user.username, "password": "x"})
    assert wrong.status_code == 400
