"""Each definition of the annual report, on the hand-built portfolio (tests/conftest.py)."""

from decimal import Decimal

import pytest

from amity.reports.annual import annual_report
from amity.tenancy.models import Union

pytestmark = pytest.mark.django_db


def rows(breakdown):
    return {row.key: (row.committed, row.disbursed) for row in breakdown}


def test_committed_disbursed_change_and_target_in_vnd(unions, portfolio):
    report = annual_report(unions=[unions["dong-nai"]], year=2023, language="en")
    # P's VND 1bn + C's USD 10,000 at 25,000; N (cancelled) and R (rejected) left out.
    assert report.committed == Decimal("1250000000")
    assert report.disbursed == Decimal("100000000")
    assert report.committed_previous == Decimal("500000000")
    assert report.committed_change_pct == Decimal("150.0")
    assert report.target == Decimal("1000000000")
    assert report.target_share_pct == Decimal("125.0")
    assert report.summary.startswith(
        "In 2023, Dong Nai Union of Friendship Organizations mobilized commitments of "
        "VND 1.25 billion, up 150.0% on 2022, 125.0% of the year's target."
    )
    assert not report.unconverted


def test_another_currency_counts_its_own_amounts_and_converts_the_rest_on_their_date(
    unions, portfolio
):
    report = annual_report(unions=[unions["dong-nai"]], year=2023, currency="USD")
    # 1,000,000,000 / 24,000 (the rate of 1 Mar 2023) + 10,000 as it is.
    assert report.committed == Decimal("51666.67")
    assert report.disbursed == Decimal("4000.00")
    # The VND target at the rate of the period's last day (25,000).
    assert report.target == Decimal("40000.00")


def test_items_approved_and_active_by_kind(unions, portfolio):
    items = annual_report(unions=[unions["dong-nai"]], year=2023).items
    # Approved by the decision's date: C in 2023 (P in 2022; cancelled N not counted).
    assert items["approved"] == {"program": 0, "project": 1, "non_project": 0, "total": 1}
    assert items["active"] == {"program": 1, "project": 1, "non_project": 0, "total": 2}
    assert annual_report(unions=[unions["dong-nai"]], year=2022).items["approved"]["program"] == 1


def test_breakdowns_apply_shares_and_roll_old_localities_up(unions, portfolio):
    report = annual_report(unions=[unions["dong-nai"]], year=2023)
    assert rows(report.by_sector) == {
        "11220": (Decimal("600000000"), 0),
        "12220": (Decimal("400000000"), 0),
        "": (Decimal("250000000"), Decimal("100000000")),  # C names no sector
    }
    assert report.by_sector[-1].label == "Not specified"
    commune, district = portfolio["commune"], portfolio["district"]
    province = commune.current_province
    assert district.current_province == province
    assert rows(report.by_province) == {
        str(province.pk): (Decimal("1250000000"), Decimal("100000000"))
    }
    assert rows(report.by_locality) == {
        str(commune.pk): (Decimal("1125000000"), Decimal("50000000")),
        str(district.pk): (Decimal("125000000"), Decimal("50000000")),
    }
    a, b = portfolio["a"], portfolio["b"]
    assert rows(report.by_donor) == {
        str(a.pk): (Decimal("1125000000"), Decimal("50000000")),
        str(b.pk): (Decimal("125000000"), Decimal("50000000")),
    }
    assert rows(report.by_donor_country) == {
        "US": (Decimal("1125000000"), Decimal("50000000")),
        "FR": (Decimal("125000000"), Decimal("50000000")),
    }
    assert [row.share_pct for row in report.by_donor_country] == [Decimal("90.0"), Decimal("10.0")]


def test_half_years_compare_with_the_same_half_a_year_earlier(unions, portfolio):
    first = annual_report(unions=[unions["dong-nai"]], year=2023, half=1, language="en")
    assert (first.committed, first.committed_previous) == (Decimal(10**9), Decimal(5 * 10**8))
    assert first.committed_change_pct == Decimal("100.0")
    assert "In the first half of 2023" in first.summary
    assert "on the first half of 2022" in first.summary
    second = annual_report(unions=[unions["dong-nai"]], year=2023, half=2)
    assert (second.committed, second.committed_previous) == (Decimal(25 * 10**7), 0)
    assert second.committed_change_pct is None  # nothing to compare with
    assert "up" not in second.summary


def test_a_year_without_data_is_a_report_of_zeros_that_says_so(unions, portfolio):
    report = annual_report(unions=[unions["dong-nai"]], year=2010, language="en")
    assert (report.committed, report.disbursed, report.committed_previous) == (0, 0, 0)
    assert report.committed_change_pct is None and report.target_share_pct is None
    assert report.by_sector == [] and report.items["active"]["total"] == 0
    assert "recorded no commitments or disbursements" in report.summary


def test_transactions_without_a_rate_are_listed_not_guessed(unions, portfolio):
    # EUR has no rate before 1 Jul 2023: P's March commitment cannot be converted.
    from amity.finance.models import ExchangeRate
    from amity.finance.services import rate_save

    rate_save(
        actor=None,
        rate=ExchangeRate(
            currency_id="EUR",
            date=portfolio["project"].transactions.get(type="commitment").date.replace(day=1),
            vnd_per_unit=Decimal("27500"),
            source="test",
        ),
    )
    report = annual_report(unions=[unions["dong-nai"]], year=2023, currency="EUR", language="en")
    # C's 250,000,000 and 100,000,000 dong at 27,500; P's VND 1bn (March) left out.
    assert report.committed == Decimal("9090.91")
    assert report.disbursed == Decimal("3636.36")
    left_out = [(t.item, t.date.isoformat(), t.amount, t.currency) for t in report.unconverted]
    assert ("P", "2023-03-01", Decimal("1000000000.00"), "VND") in left_out
    assert "could not be converted to EUR" in report.summary


def test_the_national_roll_up_has_a_row_per_union(unions, portfolio):
    report = annual_report(
        unions=list(Union.objects.order_by("-is_national", "name")), year=2023, national=True
    )
    assert report.union is None
    by_union = {row.slug: row for row in report.by_union}
    assert set(by_union) == {"vufo", "dong-nai", "lao-cai"}
    assert by_union["dong-nai"].committed == Decimal("1250000000")
    assert by_union["dong-nai"].target_share_pct == Decimal("125.0")
    assert by_union["lao-cai"].committed == Decimal("300000000")
    assert by_union["lao-cai"].target is None
    assert report.committed == Decimal("1550000000")
    # Only the union that set a target counts towards the share of it, and it says so.
    assert report.target_share_pct == Decimal("125.0")
    assert any("1 of 3 unions set a target" in note for note in report.notes)
