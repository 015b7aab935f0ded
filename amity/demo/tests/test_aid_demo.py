"""The demo aid portfolio reproduces the seed pages' figures exactly, and loads once."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone

from amity.aid.models import AidItem, AidItemLocality, AidItemSector, StatusChange
from amity.aid.selectors import active_in, stuck_in_workflow, under_way_on
from amity.aid.workflow import AidStatus
from amity.demo import aid_data
from amity.finance.models import Transaction, TransactionType
from amity.finance.services import convert_to_vnd
from amity.geo.models import AdministrativeUnit, Structure
from amity.registry.models import Organization

pytestmark = pytest.mark.django_db

COMMITMENT, DISBURSEMENT = TransactionType.COMMITMENT, TransactionType.DISBURSEMENT
BILLION = Decimal(10**9)


def total(transactions, field="amount_vnd") -> Decimal:
    return transactions.aggregate(total=Sum(field))["total"] or Decimal(0)


def test_the_demo_portfolio_reproduces_the_seed_pages(demo_loaded, client, api_client_for):
    out = demo_loaded
    assert "Aid portfolio: 360 exchange rates" in out

    # Dong Nai: 109,841 billion VND committed in 2023, +70.8 % on 2022.
    committed = Transaction.objects.filter(union__slug="dong-nai", type=COMMITMENT)
    in_2022 = total(committed.filter(date__year=2022))
    in_2023 = total(committed.filter(date__year=2023))
    assert (in_2022, in_2023) == (Decimal(64_310_000_000), Decimal(109_841_000_000))
    assert round((in_2023 / in_2022 - 1) * 100, 1) == Decimal("70.8")
    assert set(committed.values_list("currency_id", flat=True)) >= {
        "USD",
        "EUR",
        "JPY",
        "KRW",
        "VND",
    }
    assert Transaction.objects.filter(union__slug="dong-nai", type=DISBURSEMENT).count() > 20

    dong_nai = AidItem.objects.filter(union__slug="dong-nai")
    assert set(dong_nai.values_list("kind", flat=True)) == {"program", "project", "non_project"}
    assert dong_nai.filter(parent__isnull=False).count() >= 4
    assert set(dong_nai.values_list("status", flat=True)) >= {
        AidStatus.UNDER_WAY,
        AidStatus.COMPLETED,
        AidStatus.REJECTED,
        AidStatus.CANCELLED,
    }
    sectors = AidItemSector.objects.filter(item__union__slug="dong-nai")
    assert sectors.values("sector").distinct().count() >= 10
    communes = AdministrativeUnit.objects.filter(
        pk__in=AidItemLocality.objects.filter(item__union__slug="dong-nai").values("unit")
    )
    assert communes.count() >= 15
    assert set(communes.values_list("structure", "level", "current_province__code")) == {
        (Structure.CURRENT, "commune", "75")
    }
    donors = Organization.objects.filter(donated_aid_items__item__union__slug="dong-nai")
    assert set(donors.values_list("kind", flat=True)) == {"foreign_ngo", "enterprise"}
    assert donors.filter(kind="enterprise").distinct().count() == 4
    assert donors.filter(kind="foreign_ngo").distinct().count() >= 10

    # Yen Bai (now Lao Cai): 47 items disbursing USD 4.4 million in 2022 (≈ 102 billion
    # VND), 34 under way on 15 Aug 2023 with USD 15,297,070 committed (≈ 362.08 billion).
    lao_cai = AidItem.objects.filter(union__slug="lao-cai")
    active = active_in(lao_cai, 2022)
    assert active.count() == 47
    disbursed = Transaction.objects.filter(item__in=active, type=DISBURSEMENT, date__year=2022)
    assert set(disbursed.values_list("currency_id", flat=True)) == {"USD"}
    assert total(disbursed, "amount") == Decimal(4_400_000)
    assert round(total(disbursed) / BILLION) == 102
    assert not Transaction.objects.filter(
        union__slug="lao-cai", type=DISBURSEMENT, date__year=2022
    ).exclude(item__in=active)

    day = datetime.date(2023, 8, 15)
    under_way = under_way_on(lao_cai, day)
    assert under_way.count() == 34
    usd_committed = total(
        Transaction.objects.filter(item__in=under_way, type=COMMITMENT, currency="USD"), "amount"
    )
    assert usd_committed == Decimal(15_297_070)
    assert round(convert_to_vnd(usd_committed, "USD", day).amount_vnd / 10**7) == 36208
    assert set(under_way.values_list("status", flat=True)) == {
        AidStatus.UNDER_WAY,
        AidStatus.COMPLETED,
    }
    both = active & under_way
    assert 0 < both.count() < 34
    assert lao_cai.filter(kind="program").filter(pk__in=both).exists()

    yen_bai = AdministrativeUnit.objects.get(structure=Structure.PRE_2025, code="15")
    units = AdministrativeUnit.objects.filter(
        pk__in=AidItemLocality.objects.filter(item__in=active | under_way).values("unit")
    )
    assert units.count() >= 5
    for unit in units:
        assert unit.structure == Structure.PRE_2025
        assert yen_bai in (unit, unit.parent)
        assert unit.current_province.code == "15"  # today's Lao Cai

    # VUFO: a handful of national items in several provinces.
    vufo = AidItem.objects.filter(union__slug="vufo")
    assert vufo.count() >= 5
    provinces = AidItemLocality.objects.filter(item__in=vufo).values("unit").distinct()
    assert provinces.count() >= 6

    # Every converted amount keeps its rate, the rate's date and source.
    converted = Transaction.objects.exclude(currency="VND")
    assert converted.count() > 200
    for tx in converted:
        assert tx.rate > 0 and tx.rate_date <= tx.date
        assert tx.rate_source == aid_data.RATES_SOURCE
        assert (tx.date - tx.rate_date).days < 45  # the table's month, not a stale one
    assert not converted.filter(date__year__gte=2025).exists()

    # Approved items carry their decision; statuses were reached step by step.
    started = AidItem.objects.filter(
        status__in=[AidStatus.APPROVED, AidStatus.UNDER_WAY, AidStatus.COMPLETED]
    )
    assert not started.filter(decision_number="").exists()
    assert not started.filter(decision_date__isnull=True).exists()
    for item in AidItem.objects.filter(status=AidStatus.COMPLETED)[:20]:
        steps = list(item.status_changes.values_list("to_status", flat=True))
        assert steps == ["proposed", "under_appraisal", "approved", "under_way", "completed"]
        # Each step dated when it happened: approval on the decision's day, in order.
        days = [at.date() for at in item.status_changes.values_list("at", flat=True)]
        assert days == sorted(days) and days[2] == item.decision_date
        assert days[3] == item.actual_start and days[4] == item.actual_end
    # So the staff home page has items waiting too long in the workflow to show.
    assert stuck_in_workflow(AidItem.objects.all(), 60, timezone.now()).exists()
    assert not StatusChange.objects.filter(at__gt=timezone.now()).exists()

    the_seed_figures_are_found_where_people_look(client, api_client_for)
    the_seed_figures_are_in_the_reports(api_client_for)


def the_seed_figures_are_found_where_people_look(client, api_client_for):
    """The demo users find the seed pages' totals with the listing's filters and the API."""
    client.force_login(get_user_model().objects.get(username="dongnai-staff"))
    listing = client.get(
        reverse("transactions:index"),
        {"year": 2023, "type": "commitment"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "109.841.000.000" in listing.content.decode()  # the user's Vietnamese back office
    lao_cai = api_client_for(get_user_model().objects.get(username="laocai-viewer"))
    body = lao_cai.get(
        "/api/v1/transactions/totals/", {"year": 2022, "type": "disbursement", "in": "USD"}
    ).json()
    assert body["in"]["disbursement"] == "4400000.00"


SEED_SUMMARY = {
    "en": ["VND 109.84 billion", "up 70.8% on 2022", "158.0% of the year's target"],
    "vi": ["109,84 tỷ đồng", "tăng 70,8% so với năm 2022", "đạt 158,0% kế hoạch năm"],
    "zh-hans": ["1098.41亿越南盾", "比2022年增长70.8%", "完成年度计划的158.0%"],
}


def the_seed_figures_are_in_the_reports(api_client_for):
    """The annual report and the portfolio snapshot give the seed pages' figures."""
    users = get_user_model().objects
    dong_nai = api_client_for(users.get(username="dongnai-viewer"))
    for language, phrases in SEED_SUMMARY.items():
        body = dong_nai.get(
            "/api/v1/reports/annual/", {"union": "dong-nai", "year": 2023, "lang": language}
        ).json()
        assert (body["committed"], body["committed_previous"]) == ("109841000000", "64310000000")
        assert (body["committed_change_pct"], body["target_share_pct"]) == ("70.8", "158.0")
        for phrase in phrases:
            assert phrase in body["summary"], (language, body["summary"])

    # Yen Bai (now Lao Cai) 2022: 47 items active, disbursing USD 4.4 million; on
    # 15 Aug 2023, 34 items under way with USD 15,297,070 committed.
    lao_cai = api_client_for(users.get(username="laocai-viewer"))
    body = lao_cai.get(
        "/api/v1/reports/annual/", {"union": "lao-cai", "year": 2022, "currency": "USD"}
    ).json()
    assert body["disbursed"] == "4400000.00" and body["items"]["active"]["total"] == 47
    snapshot = lao_cai.get(
        "/api/v1/reports/portfolio/",
        {"union": "lao-cai", "as_of": "2023-08-15", "currency": "USD"},
    ).json()
    assert snapshot["counts"]["total"] == 34 and snapshot["committed"] == "15297070.00"
