import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from amity.registry.models import Organization
from amity.registry.tests.factories import OrganizationFactory
from amity.tenancy.permissions import (
    RECORD_ACTIONS,
    Action,
    access_for,
    get_for_user_or_404,
)
from amity.tenancy.selectors import unions_visible_to

pytestmark = pytest.mark.django_db


def test_roles_grant_what_the_product_says(callers, unions):
    dong_nai, lao_cai = unions["dong-nai"], unions["lao-cai"]
    staff = access_for(callers["own_staff"])
    assert all(staff.can(a, dong_nai.pk) for a in RECORD_ACTIONS)
    assert not staff.can(Action.MANAGE_MEMBERS, dong_nai.pk)  # administrators do that
    assert not staff.can(Action.VIEW, lao_cai.pk)
    viewer = access_for(callers["own_viewer"])
    assert viewer.can(Action.VIEW, dong_nai.pk)
    assert not viewer.can(Action.CHANGE, dong_nai.pk)
    national = access_for(callers["national_staff"])
    assert national.can(Action.DELETE, lao_cai.pk) and national.can(Action.ADD, dong_nai.pk)


def test_anonymous_and_inactive_users_have_no_access(make_member, unions):
    user = make_member("dong-nai", "staff", username="gone")
    user.is_active = False
    assert not access_for(user).can_anywhere(Action.VIEW)


def test_editors_read_the_registry_but_do_not_write_it(make_member, unions):
    editor = access_for(make_member("dong-nai", "editor"))
    assert editor.can(Action.VIEW, unions["dong-nai"].pk)
    assert not editor.can(Action.ADD, unions["dong-nai"].pk)


def test_one_door_gives_404_for_missing_and_for_not_yours(callers, unions):
    theirs = OrganizationFactory(union=unions["lao-cai"])
    ours = OrganizationFactory(union=unions["dong-nai"])
    qs = Organization.objects.all()
    with pytest.raises(Http404):
        get_for_user_or_404(qs, callers["own_staff"], theirs.pk)
    with pytest.raises(Http404):
        get_for_user_or_404(qs, callers["own_staff"], 999_999)
    with pytest.raises(Http404):
        get_for_user_or_404(qs, callers["own_staff"], "not-a-number")
    assert get_for_user_or_404(qs, callers["own_staff"], ours.pk) == ours
    with pytest.raises(PermissionDenied):
        get_for_user_or_404(qs, callers["own_viewer"], ours.pk, Action.CHANGE)


def test_visible_unions(callers, unions):
    assert list(unions_visible_to(callers["own_viewer"])) == [unions["dong-nai"]]
    assert set(unions_visible_to(callers["national_staff"])) == set(unions.values())
    assert list(unions_visible_to(callers["own_viewer"], Action.ADD)) == []
