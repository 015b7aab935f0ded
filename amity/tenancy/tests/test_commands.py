import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from amity.tenancy.models import Membership

pytestmark = pytest.mark.django_db


def test_grant_gives_a_role(unions):
    user = get_user_model().objects.create_user("lan", password="pw")
    call_command("grant", "lan", "--union", "lao-cai", "--role", "viewer")
    assert Membership.objects.get(user=user).role == "viewer"
    call_command("grant", "lan", "--union", "lao-cai", "--role", "staff")
    assert Membership.objects.get(user=user).role == "staff"  # replaced, not added


def test_grant_names_an_unknown_union_and_lists_the_known_ones(unions):
    get_user_model().objects.create_user("lan", password="pw")
    with pytest.raises(CommandError) as exc:
        call_command("grant", "lan", "--union", "yen-bai", "--role", "staff")
    assert "yen-bai" in str(exc.value) and "lao-cai" in str(exc.value)
    assert not Membership.objects.exists()


def test_grant_names_an_unknown_user(unions):
    with pytest.raises(CommandError) as exc:
        call_command("grant", "nobody", "--union", "lao-cai", "--role", "staff")
    assert "nobody" in str(exc.value)
