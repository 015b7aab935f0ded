"""The aid-portfolio issue's "done when": a Dong Nai staff member adds an aid item in
three languages with a donor, a commune, a sector and a USD commitment on the item form;
sees its VND equivalent with the rate, the rate's date and source on the item's page;
moves it with the workflow's buttons from identified to completed (approving asks for
the decision); reads it back through the API with a token; and Lao Cai staff get 404."""

import datetime
import io
import re
from decimal import Decimal

import pytest

from amity.aid.models import AidItem, StatusChange
from amity.finance.models import ExchangeRate
from amity.finance.services import rates_import
from amity.geo.models import AdministrativeUnit
from amity.registry.models import Organization
from e2e.journeys import add_row, fill_date, save, sign_in, status_shown
from e2e.journeys import move as move_to

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.one_suite("postgresql")]

# The rate of a Friday; the commitment is dated the Sunday after, when no rate is
# published, so the Friday's rate is the one used (and its date differs from the
# transaction's).
RATE_DAY = datetime.date(2024, 6, 14)
TX_DAY = datetime.date(2024, 6, 16)
RATE = Decimal("25451")
RATE_SOURCE = "NHNN — tỷ giá trung tâm (e2e)"
AMOUNT = Decimal("125000.50")
# 125,000.50 × 25,451 = 3,181,387,725.5 dong, rounded half up to the dong.
AMOUNT_VND = Decimal("3181387726")

# dongnai-staff reads the back office in Vietnamese (the demo's staff language), so the
# page writes numbers and dates as Vietnamese does (Babel, locale "vi").
SHOWN_AMOUNT = "125.000,5 USD"
SHOWN_VND = "3.181.387.726"
SHOWN_RATE = "25.451"
SHOWN_RATE_DAY = "14 thg 6, 2024"
SHOWN_TX_DAY = "16 thg 6, 2024"
STATUS_VI = {
    "identified": "Đã xác định",
    "proposed": "Đã đề xuất",
    "under_appraisal": "Đang thẩm định",
    "approved": "Đã phê duyệt",
    "under_way": "Đang thực hiện",
    "completed": "Đã hoàn thành",
}

TITLE = "Nước sạch cho xã Xuân Lộc (e2e)"
TITLE_EN = "Clean water for Xuan Loc commune (e2e)"
TITLE_ZH = "春禄社清洁用水（e2e）"
DECISION = ("456/QĐ-UBND", datetime.date(2024, 8, 5), "UBND tỉnh Đồng Nai")


@pytest.fixture
def demo_with_rate(demo):
    rates_import(
        actor=None,
        stream=io.StringIO(f"date,currency,vnd_per_unit\n{RATE_DAY.isoformat()},USD,{RATE}\n"),
        source=RATE_SOURCE,
    )
    # Whatever the demo's rate table holds, no later USD rate may stand between the
    # rate's day and the commitment's.
    assert not ExchangeRate.objects.filter(
        currency_id="USD", date__gt=RATE_DAY, date__lte=TX_DAY
    ).exists()


def move(page, base, item, to, **fields):
    move_to(page, base, item, to, STATUS_VI[to], **fields)


def test_dong_nai_staff_takes_an_aid_item_from_the_form_to_completed(
    live_server, demo_with_rate, page
):
    base = live_server.url
    donor = Organization.objects.filter(union__slug="dong-nai").order_by("name").first()
    commune = AdministrativeUnit.objects.filter(
        structure="2025", level="commune", parent__code="75"
    ).order_by("code")[0]

    # 1. The item form, with a row in each inline panel, saved with Ctrl+S.
    sign_in(page, base, "dongnai-staff")
    page.goto(f"{base}/admin/aid-items/new/")
    page.fill("#id_title", TITLE)
    page.fill("#id_title_en", TITLE_EN)
    page.fill("#id_title_zh_hans", TITLE_ZH)
    page.select_option("#id_kind", "project")
    # The union is preset: Dong Nai is the only union this user may add to.
    union_label = page.locator("#id_union option:checked").inner_text()
    assert "Đồng Nai" in union_label, union_label

    donor_row = add_row(page, "donors")
    page.select_option(f"{donor_row}-organization", str(donor.pk))
    locality_row = add_row(page, "localities")
    page.select_option(f"{locality_row}-unit", str(commune.pk))
    page.fill(f"{locality_row}-share", "100")
    sector_row = add_row(page, "sectors")
    page.select_option(f"{sector_row}-sector", "14030")
    page.fill(f"{sector_row}-share", "100")
    tx_row = add_row(page, "transactions")
    page.select_option(f"{tx_row}-type", "commitment")
    fill_date(page, f"{tx_row}-date", TX_DAY)
    page.fill(f"{tx_row}-amount", str(AMOUNT))
    page.select_option(f"{tx_row}-currency", "USD")
    save(page)
    page.wait_for_url(re.compile(r".*/admin/aid-items/$"))

    item = AidItem.objects.get(title=TITLE)
    assert (item.union.slug, item.kind, item.title_en, item.title_zh_hans) == (
        "dong-nai",
        "project",
        TITLE_EN,
        TITLE_ZH,
    )
    assert [(d.organization_id, d.role) for d in item.donors.all()] == [(donor.pk, "funding")]
    assert [(loc.unit_id, loc.share) for loc in item.localities.all()] == [
        (commune.pk, Decimal("100"))
    ]
    assert [(s.sector_id, s.share) for s in item.sectors.all()] == [("14030", Decimal("100"))]

    # 2. The item's page: its status, and the commitment with its VND equivalent and
    # what that was computed from.
    inspect_url = f"{base}/admin/aid-items/inspect/{item.pk}/"
    page.goto(inspect_url)
    assert status_shown(page) == STATUS_VI["identified"]
    rows = page.get_by_test_id("transactions").locator("tbody tr")
    assert rows.count() == 1
    cells = [c.strip() for c in rows.first.locator("td").all_inner_texts()]
    assert cells[1:7] == [
        SHOWN_TX_DAY,
        SHOWN_AMOUNT,
        SHOWN_VND,
        SHOWN_RATE,
        SHOWN_RATE_DAY,
        RATE_SOURCE,
    ], cells
    totals = page.get_by_test_id("totals").inner_text()
    assert SHOWN_VND in totals and "125.000,5" in totals, totals

    # 3. Through the workflow with the buttons. Approving without the decision is
    # refused, beside each missing field, and changes nothing.
    move(page, base, item, "proposed", **{"#id_note": "Hồ sơ đầy đủ"})
    move(page, base, item, "under_appraisal")
    page.click(f'a.button[href="/admin/aid-items/transition/{item.pk}/approved/"]')
    approve_url = f"{base}/admin/aid-items/transition/{item.pk}/approved/"
    page.wait_for_url(approve_url)
    page.locator("main form button[type=submit]").click()
    for what in ("số", "ngày", "cơ quan phê duyệt"):
        page.get_by_text(f"Để phê duyệt, cần có {what} của quyết định.").wait_for()
    assert page.url == approve_url
    assert AidItem.objects.get(pk=item.pk).status == "under_appraisal"
    assert not StatusChange.objects.filter(item=item, to_status="approved").exists()
    number, day, authority = DECISION
    page.goto(inspect_url)
    move(
        page,
        base,
        item,
        "approved",
        **{
            "#id_decision_number": number,
            "#id_decision_date": day,
            "#id_decision_authority": authority,
        },
    )
    move(page, base, item, "under_way")
    move(page, base, item, "completed", **{"#id_note": "Bàn giao cho xã"})
    # A completed item has no step left.
    assert page.locator('a.button[href*="/admin/aid-items/transition/"]').count() == 0

    # 4. What the database holds.
    item.refresh_from_db()
    assert item.status == "completed"
    assert (item.decision_number, item.decision_date, item.decision_authority) == DECISION
    steps = list(
        StatusChange.objects.filter(item=item).values_list(
            "from_status", "to_status", "actor__username", "note"
        )
    )
    assert steps == [
        ("identified", "proposed", "dongnai-staff", "Hồ sơ đầy đủ"),
        ("proposed", "under_appraisal", "dongnai-staff", ""),
        ("under_appraisal", "approved", "dongnai-staff", ""),
        ("approved", "under_way", "dongnai-staff", ""),
        ("under_way", "completed", "dongnai-staff", "Bàn giao cho xã"),
    ]
    tx = item.transactions.get()
    assert (tx.type, tx.date, tx.amount, tx.currency_id) == ("commitment", TX_DAY, AMOUNT, "USD")
    assert (tx.amount_vnd, tx.rate, tx.rate_date, tx.rate_source) == (
        AMOUNT_VND,
        RATE,
        RATE_DAY,
        RATE_SOURCE,
    )

    # 5. The same item through the API, with a token.
    token = page.request.post(
        f"{base}/api/v1/auth/token/",
        form={"username": "dongnai-staff", "password": "amity-demo"},
    ).json()["token"]
    headers = {"Authorization": f"Token {token}"}
    response = page.request.get(f"{base}/api/v1/aid-items/{item.pk}/", headers=headers)
    assert response.status == 200
    body = response.json()
    assert (body["status"], body["union"], body["title_zh_hans"]) == (
        "completed",
        "dong-nai",
        TITLE_ZH,
    )
    assert (body["decision_number"], body["decision_date"]) == (number, day.isoformat())
    assert body["donors"] == [{"organization": donor.pk, "role": "funding"}]
    assert body["sectors"] == [{"sector": "14030", "share": "100.00"}]
    response = page.request.get(
        f"{base}/api/v1/aid-items/{item.pk}/totals/?in=USD", headers=headers
    )
    assert response.status == 200
    assert response.json() == {
        "vnd": {
            "commitment": str(AMOUNT_VND),
            "disbursement": "0",
            "planned_disbursement": "0",
            "expenditure": "0",
        },
        "currency": "USD",
        "in": {
            "commitment": "125000.50",
            "disbursement": "0.00",
            "planned_disbursement": "0.00",
            "expenditure": "0.00",
        },
    }

    # 6. Lao Cai staff: the Dong Nai item does not exist for them.
    page.context.clear_cookies()
    sign_in(page, base, "laocai-staff")
    assert page.goto(inspect_url).status == 404
