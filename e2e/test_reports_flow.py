"""The reports issue's "done when": a new user signs in as Dong Nai's staff, opens the
2023 report and reads the seed page's three figures in Vietnamese, English and Chinese,
downloads them as XLSX and PDF, and the Lao Cai staff get the seed page's Yen Bai
figures."""

import re
import unicodedata
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from e2e.journeys import download, show_report, sign_in

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.one_suite("postgresql")]

# The seed page's three figures for Dong Nai in 2023, in VND: what was committed, the
# change on 2022 and the share of the year's target, as each language writes them.
COMMITTED_VND = 109_841_000_000
SUMMARY = {
    "vi": ("109,84 tỷ đồng", "tăng 70,8% so với năm 2022", "đạt 158,0% kế hoạch năm"),
    "en": ("VND 109.84 billion", "up 70.8% on 2022", "158.0% of the year's target"),
    "zh-hans": ("1098.41亿越南盾", "比2022年增长70.8%", "完成年度计划的158.0%"),
}
# The figure boxes write the amount in full, grouped as the report's language does.
COMMITTED_SHOWN = {"vi": "109.841.000.000", "en": "109,841,000,000"}

# Lao Cai's (with Yen Bai's, merged in 2025) seed-page figures.
LAO_CAI_2022 = ("Disbursements: USD 4.40 million", "Aid items active: 47")
LAO_CAI_AS_OF = "2023-08-15"
LAO_CAI_UNDER_WAY = "34"
LAO_CAI_COMMITTED_USD = "15,297,070.00"


def summary_shown(page):
    return page.get_by_test_id("report-summary").inner_text()


def test_dong_nai_reads_downloads_and_lao_cai_gets_its_own(live_server, demo, page, tmp_path):
    base = live_server.url

    # 1. Dong Nai's staff, from the home page's button to the annual report's form.
    sign_in(page, base, "dongnai-staff")
    page.locator('main a.button[href^="/admin/reports/annual/?"]').click()
    page.wait_for_url(re.compile(r".*/admin/reports/annual/\?.*union=dong-nai.*"))
    # Dong Nai is the only union this user may pick.
    choices = page.locator("#id_union option").evaluate_all("os => os.map(o => o.value)")
    assert choices == ["dong-nai"], choices

    # 2. The 2023 report's three figures in each language.
    for lang in ("vi", "en", "zh-hans"):
        show_report(
            page,
            base,
            "/admin/reports/annual/",
            union="dong-nai",
            year="2023",
            half="",
            currency="VND",
            lang=lang,
        )
        summary = unicodedata.normalize("NFC", summary_shown(page))
        for phrase in SUMMARY[lang]:
            assert phrase in summary, (lang, phrase, summary)
        if lang in COMMITTED_SHOWN:
            committed = page.get_by_test_id("committed").inner_text()
            assert COMMITTED_SHOWN[lang] in committed, (lang, committed)

        # 3. The downloads: the workbook in Chinese, the PDF in Vietnamese.
        if lang == "zh-hans":
            path = download(page, "xlsx", tmp_path)
            assert path.name == "amity-annual-dong-nai-2023-vnd-zh-hans.xlsx"
            sheet = load_workbook(path).worksheets[0]
            rows = {
                row[0]: row[1]
                for row in sheet.iter_rows(min_row=1, max_row=12, max_col=2, values_only=True)
            }
            committed = sheet.cell(row=5, column=2).value
            # A number, not text: the spreadsheet can add it up.
            assert isinstance(committed, (int, float, Decimal)), repr(committed)
            assert committed == COMMITTED_VND, rows
            assert sheet.cell(row=4, column=2).value == "VND"
            text = sheet.cell(row=12, column=1).value
            for phrase in SUMMARY["zh-hans"]:
                assert phrase in text, (phrase, text)
        if lang == "vi":
            path = download(page, "pdf", tmp_path)
            assert path.name == "amity-annual-dong-nai-2023-vnd-vi.pdf"
            assert path.read_bytes()[:5] == b"%PDF-"
            text = unicodedata.normalize(
                "NFC", "\n".join(p.extract_text() for p in PdfReader(path).pages)
            )
            assert SUMMARY["vi"][0] in text, text[:2000]
            assert COMMITTED_SHOWN["vi"] in text, text[:2000]

    # 4. Lao Cai's staff: their union's 2022 in dollars, and its portfolio on a day.
    page.context.clear_cookies()
    sign_in(page, base, "laocai-staff")
    page.goto(f"{base}/admin/reports/annual/")
    show_report(
        page,
        base,
        "/admin/reports/annual/",
        union="lao-cai",
        year="2022",
        half="",
        currency="USD",
        lang="en",
    )
    summary = summary_shown(page)
    for phrase in LAO_CAI_2022:
        assert phrase in summary, (phrase, summary)

    page.goto(f"{base}/admin/reports/portfolio/")
    show_report(
        page,
        base,
        "/admin/reports/portfolio/",
        union="lao-cai",
        as_of=LAO_CAI_AS_OF,
        currency="USD",
        lang="en",
    )
    assert page.get_by_test_id("count").inner_text().strip() == LAO_CAI_UNDER_WAY
    assert LAO_CAI_COMMITTED_USD in page.locator("main").inner_text()

    # 5. Dong Nai's report is not Lao Cai's to read: the union is refused on the form,
    # and none of Dong Nai's figures reach the page.
    response = page.goto(
        f"{base}/admin/reports/annual/?union=dong-nai&year=2023&currency=VND&lang=en"
    )
    assert response.status == 200
    error = page.locator(".w-field--error:has(#id_union) .error-message")
    assert error.count() == 1 and error.inner_text().strip()
    assert page.get_by_test_id("report-summary").count() == 0
    content = page.content()
    assert "109.84" not in content and "109,841" not in content and "109.841" not in content
    response = page.request.get(
        f"{base}/admin/reports/annual/?union=dong-nai&year=2023&currency=VND&lang=en&download=xlsx"
    )
    assert response.headers["content-type"].startswith("text/html")
