import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from amity.tenancy.models import Membership, Union

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


def test_union_create_names_the_union_after_its_province(unions, capsys):
    call_command("union_create", "--province", "92")
    union = Union.objects.get(slug="can-tho")
    assert union.province.key == "2025:92"
    assert union.name == "Liên hiệp các tổ chức hữu nghị thành phố Cần Thơ"
    assert union.name_en == "Can Tho Union of Friendship Organizations"
    assert union.name_zh_hans.endswith("友好组织联合会")
    assert not union.is_national


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--province", "99"], "99"),  # no such province
        (["--province", "70"], "70"),  # Binh Phuoc: a province before 2025 only
        (["--province", "75"], "dong-nai"),  # the union exists
        (["--province", "92", "--national"], "national"),  # VUFO exists
    ],
)
def test_union_create_refuses_bad_input_and_changes_nothing(unions, args, fragment):
    before = list(Union.objects.values().order_by("pk"))
    with pytest.raises(CommandError) as exc:
        call_command("union_create", *args)
    assert fragment in str(exc.value).lower() or fragment in str(exc.value)
    assert list(Union.objects.values().order_by("pk")) == before
