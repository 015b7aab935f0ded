"""Every real publisher file of ../shared/iati/real/ imports without a traceback: the
activity files into aid items, with their faults listed by line; the organisation file
refused, saying why. Skipped where ../shared is absent (tests/files/ covers the same
cases with files of our own)."""

import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from amity.aid.models import AidItem
from amity.finance.models import ExchangeRate, Transaction
from amity.finance.services import rate_save
from amity.iati.models import ImportOutcome
from amity.iati.services import iati_import

pytestmark = pytest.mark.django_db

REAL = Path(__file__).resolve().parents[3].parent / "shared" / "iati" / "real"
FILES = sorted(REAL.glob("*.xml")) if REAL.is_dir() else []
needs_real = pytest.mark.skipif(not FILES, reason=f"the real IATI files are not at {REAL}")


@needs_real
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_each_real_file_imports_or_is_refused_with_a_reason(unions, path):
    record = iati_import(path, union=unions["vufo"])
    if path.name.startswith("ORG_"):
        assert record.outcome == ImportOutcome.REFUSED
        assert "iati-organisations" in record.problems[0]["message"]
        return
    assert record.outcome == ImportOutcome.DONE
    assert record.activities > 0
    assert record.created + record.skipped == record.activities
    assert AidItem.objects.count() == record.created
    for problem in record.problems:
        assert problem["message"] and (problem["line"] or problem["field"] == "file")
    # The same bytes with nothing changed since: known without reading the file.
    same = iati_import(path, union=unions["vufo"])
    assert same.same_as == record and (same.unchanged, same.created) == (record.created, 0)
    # A change anywhere the import looks (here the rate table) makes it read the file:
    # activities waiting for a rate are read again; every other one is unchanged.
    rate_save(
        actor=None,
        rate=ExchangeRate(
            currency_id="JPY", date=datetime.date(1900, 1, 1), vnd_per_unit=1, source="test"
        ),
    )
    again = iati_import(path, union=unions["vufo"])
    waiting = AidItem.objects.filter(iati_digest="").count()
    assert again.same_as is None
    assert (again.created, again.unchanged, again.updated) == (
        0,
        record.created - waiting,
        waiting,
    )


@needs_real
def test_the_vietnam_activities_come_with_their_vnd_equivalents(unions):
    for year in range(2014, 2022):
        for currency, rate in (("USD", "23000"), ("EUR", "26000"), ("GBP", "30000")):
            rate_save(
                actor=None,
                rate=ExchangeRate(
                    currency_id=currency,
                    date=datetime.date(year, 1, 1),
                    vnd_per_unit=Decimal(rate),
                    source="test",
                ),
            )
    record = iati_import(REAL / "vn_activities_76_dportal_2x.xml", union=unions["vufo"])
    assert record.activities == 76
    assert record.created >= 70
    in_vietnam = [
        item.pk
        for item in AidItem.objects.all()
        if any(c["code"] == "VN" for c in item.iati_data.get("countries", []))
    ]
    assert len(in_vietnam) >= 70
    money = Transaction.objects.filter(item__in=in_vietnam, currency="USD").first()
    assert money.amount_vnd == (money.amount * Decimal("23000")).quantize(Decimal(1))
    assert money.rate_source == "test"
