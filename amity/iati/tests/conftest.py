import datetime
from decimal import Decimal

import pytest

from amity.finance.models import ExchangeRate
from amity.finance.services import rate_save


@pytest.fixture
def rates():
    """A rate for the dollar and the euro from 2023, as the test files' money needs."""
    for currency, rate in (("USD", "24000"), ("EUR", "26000")):
        rate_save(
            actor=None,
            rate=ExchangeRate(
                currency_id=currency,
                date=datetime.date(2023, 1, 1),
                vnd_per_unit=Decimal(rate),
                source="test bank",
            ),
        )
