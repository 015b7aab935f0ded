"""Issue 8: a Dong Nai staff member's whole journey through the browser, in Vietnamese
and in Chinese: sign in, add a donor to the registry, add an aid item with a USD
commitment from that donor, take it through the workflow's buttons to approved (the
decision's number, date and authority), record a disbursement, open the annual report
and download its PDF. Each step is checked in the person's language (headings,
messages, statuses, numbers and dates as that language writes them); at the end, what
the database holds (union, currency, amounts, VND conversions with their rates)."""

import datetime
import re
import unicodedata
from decimal import Decimal

import pytest
from pypdf import PdfReader

from amity.aid.models import AidItem, StatusChange
from amity.finance.models import ExchangeRate
from amity.registry.models import Organization
from amity.tenancy import services as tenancy
from amity.tenancy.models import Role, Union
from e2e.journeys import (
    add_row,
    download,
    fill_date,
    move,
    open_login,
    save,
    show_report,
    status_shown,
    submit_login,
)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.one_suite("postgresql")]

# The donor and the item, named in both languages; each language's pages show its own.
ORG_NAME = "Mekong-Partnerschaft e.V. (e2e)"
ORG_NAME_VI = "Quỹ Đối tác Mê Kông (e2e)"
ORG_NAME_ZH = "湄公河伙伴基金会（e2e）"
TITLE_VI = "Trạm y tế xã Phú Lý (e2e)"
TITLE_ZH = "富里社卫生站（e2e）"
DECISION = ("112/QĐ-UBND", datetime.date(2024, 3, 20), "UBND tỉnh Đồng Nai")

# The demo's rate table (amity/demo/rates.csv) has a USD rate on the first business day
# of each month. The commitment falls on one; the disbursement on the Monday after one,
# so its rate is that earlier day's.
COMMITTED = (datetime.date(2024, 3, 1), Decimal("125000.50"))
COMMIT_RATE = (datetime.date(2024, 3, 1), Decimal("24000"))
COMMITTED_VND = Decimal("3000012000")  # 125,000.50 × 24,000
DISBURSED = (datetime.date(2024, 5, 6), Decimal("40000"))
DISBURSE_RATE = (datetime.date(2024, 5, 2), Decimal("24250"))
DISBURSED_VND = Decimal("970000000")  # 40,000 × 24,250

# What each person reads. Vietnamese: the demo's staff member, whose profile says
# Vietnamese. Chinese: a staff member with no preferred language, who picks 中文 on the
# login page's language switch.
SEEN = {
    "vi": {
        "login": "Đăng nhập Amity",
        "union": "Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai",
        "org_new": "Mới: Tổ chức",
        "org_created": f"Đã tạo tổ chức '{ORG_NAME_VI}'.",
        "org_label": ORG_NAME_VI,
        "item_new": "Mới: Khoản viện trợ",
        "item_label": TITLE_VI,
        "item_created": f"Đã tạo khoản viện trợ '{TITLE_VI}'.",
        "item_updated": f"Đã cập nhật khoản viện trợ '{TITLE_VI}'.",
        "status": {
            "identified": "Đã xác định",
            "proposed": "Đã đề xuất",
            "under_appraisal": "Đang thẩm định",
            "approved": "Đã phê duyệt",
        },
        "moved": "“{item}” đã chuyển sang trạng thái “{status}”.",
        "decision_missing": [
            "Để phê duyệt, cần có số của quyết định.",
            "Để phê duyệt, cần có ngày của quyết định.",
            "Để phê duyệt, cần có cơ quan phê duyệt của quyết định.",
        ],
        "commitment": ["Cam kết", "1 thg 3, 2024", "125.000,5 USD", "3.000.012.000", "24.000"],
        "disbursement": ["Giải ngân", "6 thg 5, 2024", "40.000 USD", "970.000.000", "24.250"],
        "disburse_rate_day": "2 thg 5, 2024",
        "open_report": "Mở báo cáo năm",
        "report": "Báo cáo năm: Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai, năm 2024",
        "by_donor": "Theo nhà tài trợ",
        "donor_row": [ORG_NAME_VI, "3.000.012.000", "970.000.000"],
        "download_pdf": "Tải xuống PDF",
    },
    "zh-hans": {
        "login": "登录 Amity",
        "union": "同奈省友好组织联合会",
        "org_new": "新建: 组织",
        "org_created": f"组织 '{ORG_NAME_ZH}' 已创建。",
        "org_label": ORG_NAME_ZH,
        "item_new": "新建: 援助款项",
        "item_label": TITLE_ZH,
        "item_created": f"援助款项 '{TITLE_ZH}' 已创建。",
        "item_updated": f"援助款项 '{TITLE_ZH}' 已更新。",
        "status": {
            "identified": "已确定",
            "proposed": "已提议",
            "under_appraisal": "审核评估中",
            "approved": "已批准",
        },
        "moved": "“{item}”已变为“{status}”状态。",
        "decision_missing": [
            "批准需要填写决定的编号。",
            "批准需要填写决定的日期。",
            "批准需要填写决定的批准机关。",
        ],
        "commitment": ["承诺", "2024年3月1日", "125,000.5 USD", "3,000,012,000", "24,000"],
        "disbursement": ["拨付", "2024年5月6日", "40,000 USD", "970,000,000", "24,250"],
        "disburse_rate_day": "2024年5月2日",
        "open_report": "打开年度报告",
        "report": "年度报告：同奈省友好组织联合会，2024年",
        "by_donor": "按捐助方",
        "donor_row": [ORG_NAME_ZH, "3,000,012,000", "970,000,000"],
        "download_pdf": "下载PDF",
    },
}


@pytest.fixture
def staff_member(demo, lang):
    """Who signs in: for Vietnamese the demo's staff member, whose profile says
    Vietnamese; for Chinese a new Dong Nai staff member whose profile names no language
    (as a new account's does), who picks 中文 on the login page."""
    if lang == "vi":
        return "dongnai-staff"
    user = tenancy.user_ensure(username="dongnai-staff-zh", password="amity-demo")
    tenancy.membership_grant(
        actor=None, user=user, union=Union.objects.get(slug="dong-nai"), role=Role.STAFF
    )
    return user.username


def message_shown(page):
    return " ".join(page.locator(".messages").inner_text().split())


def squeezed(text):
    # Text as the PDF's lines wrap it: with no spaces or line breaks, composed (NFC).
    return unicodedata.normalize("NFC", "".join(text.split()))


def cells(row):
    return [c.strip() for c in row.locator("th, td").all_inner_texts()]


@pytest.mark.parametrize("lang", ["vi", "zh-hans"])
def test_staff_journey_from_sign_in_to_the_annual_reports_pdf(
    live_server, staff_member, page, tmp_path, lang
):
    base = live_server.url
    seen = SEEN[lang]
    status = seen["status"]

    # 1. Sign in. The Chinese reader picks 中文 on the login page first.
    username = staff_member
    open_login(page, base, None if lang == "vi" else lang)
    assert page.locator("h1").inner_text().strip() == seen["login"]
    submit_login(page, base, username)
    assert page.locator("html").get_attribute("lang") == lang

    # 2. The donor, added to the registry; the union is the person's only one.
    page.goto(f"{base}/admin/organizations/new/")
    assert page.locator("h1").inner_text().strip() == seen["org_new"]
    page.fill("#id_name", ORG_NAME)
    page.fill("#id_name_vi", ORG_NAME_VI)
    page.fill("#id_name_zh_hans", ORG_NAME_ZH)
    page.select_option("#id_country", "DE")
    assert page.locator("#id_union option:checked").inner_text().strip() == seen["union"]
    save(page)
    page.wait_for_url(re.compile(r".*/admin/organizations/$"))
    assert seen["org_created"] in message_shown(page)
    org = Organization.objects.get(name=ORG_NAME)

    # 3. The aid item with that donor and a USD commitment.
    page.goto(f"{base}/admin/aid-items/new/")
    assert page.locator("h1").inner_text().strip() == seen["item_new"]
    page.fill("#id_title", TITLE_VI)
    page.fill("#id_title_zh_hans", TITLE_ZH)
    page.select_option("#id_kind", "project")
    donor_row = add_row(page, "donors")
    donor_select = f"{donor_row}-organization"
    page.select_option(donor_select, str(org.pk))
    assert page.locator(f"{donor_select} option:checked").inner_text().strip() == seen["org_label"]
    tx_row = add_row(page, "transactions")
    page.select_option(f"{tx_row}-type", "commitment")
    fill_date(page, f"{tx_row}-date", COMMITTED[0])
    page.fill(f"{tx_row}-amount", str(COMMITTED[1]))
    page.select_option(f"{tx_row}-currency", "USD")
    save(page)
    page.wait_for_url(re.compile(r".*/admin/aid-items/$"))
    assert seen["item_created"] in message_shown(page)
    item = AidItem.objects.get(title=TITLE_VI)

    # Its page: the status, and the commitment with its VND equivalent and rate.
    inspect_url = f"{base}/admin/aid-items/inspect/{item.pk}/"
    page.goto(inspect_url)
    assert status_shown(page) == status["identified"]
    rows = page.get_by_test_id("transactions").locator("tbody tr")
    assert [cells(rows.nth(i))[:5] for i in range(rows.count())] == [seen["commitment"]]

    # 4. Through the workflow with its buttons. Approving without the decision is
    # refused, each missing part named in the person's language.
    for to in ("proposed", "under_appraisal"):
        move(page, base, item, to, status[to])
        assert message_shown(page) == seen["moved"].format(
            item=seen["item_label"], status=status[to]
        )
    approve = f'a.button[href="/admin/aid-items/transition/{item.pk}/approved/"]'
    page.click(approve)
    page.wait_for_url(f"{base}/admin/aid-items/transition/{item.pk}/approved/")
    page.locator("main form button[type=submit]").click()
    for error in seen["decision_missing"]:
        page.get_by_text(error).wait_for()
    assert AidItem.objects.get(pk=item.pk).status == "under_appraisal"
    page.goto(inspect_url)
    number, day, authority = DECISION
    move(
        page,
        base,
        item,
        "approved",
        status["approved"],
        **{
            "#id_decision_number": number,
            "#id_decision_date": day,
            "#id_decision_authority": authority,
        },
    )
    assert message_shown(page) == seen["moved"].format(
        item=seen["item_label"], status=status["approved"]
    )

    # 5. A disbursement, recorded on the item's form.
    page.goto(f"{base}/admin/aid-items/edit/{item.pk}/")
    tx_row = add_row(page, "transactions")
    page.select_option(f"{tx_row}-type", "disbursement")
    fill_date(page, f"{tx_row}-date", DISBURSED[0])
    page.fill(f"{tx_row}-amount", str(DISBURSED[1]))
    page.select_option(f"{tx_row}-currency", "USD")
    save(page)
    page.wait_for_url(re.compile(r".*/admin/aid-items/$"))
    assert seen["item_updated"] in message_shown(page)
    page.goto(inspect_url)
    assert status_shown(page) == status["approved"]
    shown = [cells(rows.nth(i)) for i in range(rows.count())]
    assert [row[:5] for row in shown] == [seen["commitment"], seen["disbursement"]], shown
    assert shown[1][5] == seen["disburse_rate_day"], shown

    # 6. The annual report, from the home page's button, for 2024 in VND.
    page.goto(f"{base}/admin/")
    button = page.locator('main a.button[href^="/admin/reports/annual/?"]')
    assert button.inner_text().strip() == seen["open_report"]
    button.click()
    page.wait_for_url(re.compile(r".*/admin/reports/annual/\?.*"))
    show_report(
        page,
        base,
        "/admin/reports/annual/",
        union="dong-nai",
        year="2024",
        half="",
        currency="VND",
        lang=lang,
    )
    headings = [
        h.strip() for h in page.locator(".amity-report h1, .amity-report h2").all_inner_texts()
    ]
    assert seen["report"] in headings and seen["by_donor"] in headings, headings
    donor_rows = page.get_by_test_id("by_donor").locator("tbody tr")
    ours = [cells(r)[:3] for r in donor_rows.all() if seen["org_label"] in r.inner_text()]
    assert ours == [seen["donor_row"]], ours

    # 7. Its PDF: a PDF, in the person's language, holding the item's figures.
    assert page.locator('a[href$="&download=pdf"]').inner_text().strip() == seen["download_pdf"]
    path = download(page, "pdf", tmp_path)
    assert path.name == f"amity-annual-dong-nai-2024-vnd-{lang}.pdf"
    assert path.read_bytes()[:5] == b"%PDF-"
    text = squeezed("".join(p.extract_text() for p in PdfReader(path).pages))
    assert squeezed(seen["report"]) in text, text[:1000]
    assert squeezed("".join(seen["donor_row"])) in text, text

    # 8. What the database holds.
    item.refresh_from_db()
    assert (item.union.slug, item.status, item.kind) == ("dong-nai", "approved", "project")
    assert (item.decision_number, item.decision_date, item.decision_authority) == DECISION
    assert [(d.organization_id, d.role) for d in item.donors.all()] == [(org.pk, "funding")]
    assert (org.union.slug, org.name_vi, org.name_zh_hans) == ("dong-nai", ORG_NAME_VI, ORG_NAME_ZH)
    steps = StatusChange.objects.filter(item=item).order_by("pk")
    assert list(steps.values_list("to_status", "actor__username")) == [
        ("proposed", username),
        ("under_appraisal", username),
        ("approved", username),
    ]
    stored = item.transactions.order_by("date").values_list(
        "type", "date", "currency_id", "amount", "amount_vnd", "rate", "rate_date", "rate_source"
    )
    expected = []
    for kind, (tx_day, amount), (rate_day, rate), vnd in (
        ("commitment", COMMITTED, COMMIT_RATE, COMMITTED_VND),
        ("disbursement", DISBURSED, DISBURSE_RATE, DISBURSED_VND),
    ):
        # The rate is the rate table's row of that day, with its source.
        source = ExchangeRate.objects.get(
            currency_id="USD", date=rate_day, vnd_per_unit=rate
        ).source
        expected.append((kind, tx_day, "USD", amount, vnd, rate, rate_day, source))
    assert list(stored) == expected
