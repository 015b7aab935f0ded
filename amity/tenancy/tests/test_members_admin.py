"""A union's administrators give and take away roles in the back office."""

import pytest
from django.contrib.auth import get_user_model

from amity.history.models import Change
from amity.tenancy.models import Membership

pytestmark = pytest.mark.django_db


@pytest.fixture
def admins(make_member):
    return {"dong-nai": make_member("dong-nai", "admin"), "vufo": make_member("vufo", "admin")}


def state():
    return (
        list(Membership.objects.values().order_by("pk")),
        get_user_model().objects.count(),
        Change.objects.of_records().count(),
    )


@pytest.mark.parametrize(
    ("caller", "listing", "add"),
    [
        ("anonymous", 302, 302),
        ("other_staff", 200, 302),
        ("own_viewer", 200, 302),
        ("own_staff", 200, 302),
        ("own_admin", 200, 200),
    ],
)
def test_who_may_see_and_add_members(client, callers, admins, caller, listing, add):
    user = admins["dong-nai"] if caller == "own_admin" else callers[caller]
    if user is not None:
        client.force_login(user)
    assert client.get("/admin/members/").status_code == listing
    assert client.get("/admin/members/new/").status_code == add


def test_the_member_list_shows_only_the_callers_union(client, callers, admins):
    client.force_login(callers["own_viewer"])
    page = client.get("/admin/members/").content.decode()
    assert "dong-nai-staff" in page and "lao-cai-staff" not in page


def test_an_admin_adds_a_new_user_changes_the_role_and_removes_it(client, unions, admins):
    client.force_login(admins["dong-nai"])
    response = client.post(
        "/admin/members/new/",
        {
            "username": "nguyen.lan",
            "email": "lan@example.org",
            "password": "Mot-mat-khau-dai-2026",
            "union": unions["dong-nai"].pk,
            "role": "viewer",
        },
    )
    assert response.status_code == 302
    membership = Membership.objects.get(user__username="nguyen.lan")
    assert membership.role == "viewer" and membership.user.check_password("Mot-mat-khau-dai-2026")
    assert (
        client.post(f"/admin/members/edit/{membership.pk}/", {"role": "staff"}).status_code == 302
    )
    membership.refresh_from_db()
    assert membership.role == "staff"
    change = Change.objects.filter(object_id=str(membership.pk), action="update").get()
    assert change.changes["role"] == ["viewer", "staff"]
    assert change.actor == admins["dong-nai"]
    client.post(f"/admin/members/delete/{membership.pk}/")
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_a_new_user_needs_a_password_and_a_strong_one(client, unions, admins):
    client.force_login(admins["dong-nai"])
    before = state()
    for password in ("", "123"):
        response = client.post(
            "/admin/members/new/",
            {
                "username": "nguyen.lan",
                "password": password,
                "union": unions["dong-nai"].pk,
                "role": "viewer",
            },
        )
        assert response.status_code == 200
        assert response.context["form"].errors["password"]
    assert state() == before


def test_staff_and_other_unions_cannot_change_roles(client, callers, admins):
    target = Membership.objects.get(user=callers["own_viewer"])
    before = state()
    for caller in ("own_staff", "other_staff"):
        client.force_login(callers[caller])
        response = client.post(f"/admin/members/edit/{target.pk}/", {"role": "admin"})
        assert response.status_code in (302, 403, 404)
        client.post(f"/admin/members/delete/{target.pk}/")
    assert state() == before
    client.force_login(callers["other_staff"])
    assert client.get(f"/admin/members/edit/{target.pk}/").status_code in (302, 404)


def test_an_admin_cannot_add_members_to_another_union(client, unions, admins):
    client.force_login(admins["dong-nai"])
    before = state()
    response = client.post(
        "/admin/members/new/",
        {
            "username": "spy",
            "password": "Mot-mat-khau-dai-2026",
            "union": unions["lao-cai"].pk,
            "role": "admin",
        },
    )
    assert response.status_code == 200 and "union" in response.context["form"].errors
    assert state() == before


def test_the_last_administrator_stays(client, admins):
    client.force_login(admins["dong-nai"])
    own = Membership.objects.get(user=admins["dong-nai"])
    before = state()
    response = client.post(f"/admin/members/edit/{own.pk}/", {"role": "viewer"})
    assert response.status_code == 200
    assert "at least one administrator" in response.content.decode()
    client.post(f"/admin/members/delete/{own.pk}/")
    assert state() == before


def test_national_admins_manage_every_union(client, callers, admins):
    client.force_login(admins["vufo"])
    target = Membership.objects.get(user=callers["other_staff"])
    assert client.post(f"/admin/members/edit/{target.pk}/", {"role": "viewer"}).status_code == 302
    target.refresh_from_db()
    assert target.role == "viewer"
