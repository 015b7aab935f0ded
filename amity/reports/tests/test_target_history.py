from decimal import Decimal

import pytest

from amity.history.models import Change
from amity.reports.services import target_set

pytestmark = pytest.mark.django_db


def test_setting_a_target_again_to_the_same_amount_records_no_change(unions):
    """The amount is stored to the cent: 30,000,000,000 and 30,000,000,000.00 are one."""
    dong_nai = unions["dong-nai"]
    target = target_set(
        actor=None, union=dong_nai, year=2024, amount=Decimal(30 * 10**9), currency="VND"
    )
    target_set(actor=None, union=dong_nai, year=2024, amount=Decimal(30 * 10**9), currency="VND")
    assert list(Change.objects.for_record(target).values_list("action", flat=True)) == ["create"]
    target_set(
        actor=None, union=dong_nai, year=2024, amount=Decimal("30000000000.5"), currency="VND"
    )
    change = Change.objects.for_record(target).get(action="update")
    assert change.changes["amount"] == ["30000000000.00", "30000000000.50"]
