"""The portal's calls for sponsorship and appeals: a section shows its unions' open calls
and published appeals only, in the reader's language, and never a pledge or a donor."""

import datetime
import re
from decimal import Decimal

import pytest
from django.utils import timezone, translation
from wagtail.models import Page, Site

from amity.codelists.models import Sector
from amity.core.i18n import format_day
from amity.geo.models import AdministrativeUnit
from amity.mobilization.models import Call, CallStatus
from amity.mobilization.tests.conftest import (  # noqa: F401 (fixtures)
    donors,
    make_appeal,
    make_call,
    make_pledge,
    make_receipt,
    rates,
)
from amity.portal.models import AppealsPage, HomePage, SponsorshipCallsPage
from amity.portal.tests.conftest import translate
from amity.reports import money_words
from amity.testing import text

pytestmark = pytest.mark.django_db

CALLS, APPEALS = "/vi/dong-nai/keu-goi/", "/vi/dong-nai/cuu-tro/"


@pytest.fixture
def pages(unions):
    root = Page.get_first_root_node()
    national = root.add_child(
        instance=HomePage(title="Cổng thông tin", slug="cong", union=unions["vufo"])
    )
    Site.objects.update(root_page=national, is_default_site=True, hostname="testserver")
    dong_nai = national.add_child(
        instance=HomePage(title="Đồng Nai", slug="dong-nai", union=unions["dong-nai"])
    )
    found = {}
    for key, home in (("vufo", national), ("dong-nai", dong_nai)):
        found[key, "calls"] = home.add_child(
            instance=SponsorshipCallsPage(title="Kêu gọi tài trợ", slug="keu-goi")
        )
        found[key, "appeals"] = home.add_child(
            instance=AppealsPage(title="Lời kêu gọi cứu trợ", slug="cuu-tro")
        )
    for page in found.values():
        page.save_revision().publish()
    translate(national, "en", title="Portal")
    translate(dong_nai, "en", title="Dong Nai")
    translate(found["dong-nai", "calls"], "en", title="Calls for sponsorship")
    translate(found["dong-nai", "appeals"], "en", title="Relief appeals")
    translate(national, "zh-hans", title="门户")
    translate(dong_nai, "zh-hans", title="同奈")
    translate(found["dong-nai", "calls"], "zh-hans", title="资助征集")
    translate(found["dong-nai", "appeals"], "zh-hans", title="救灾呼吁")
    return found


def unit(structure, code):
    return AdministrativeUnit.objects.get(structure=structure, code=code)


def commune_of(province_code):
    return (
        AdministrativeUnit.objects.filter(structure="2025", current_province__code=province_code)
        .exclude(code=province_code)
        .order_by("code")
        .first()
    )


def in_language(language, function, *args):
    with translation.override(language):
        return function(*args)


def listed(page: str) -> list[str]:
    block = re.search(r'data-testid="calls".*?</ul>', page, re.S).group(0)
    return re.findall(r"<h2><a href=\"[^\"]+\">([^<]+)</a></h2>", block)


def options(page: str, name: str) -> list[tuple[str, str]]:
    select = re.search(rf'<select[^>]*name="{name}".*?</select>', page, re.S).group(0)
    return re.findall(r'<option value="([^"]+)"[^>]*>([^<]+)</option>', select)


@pytest.fixture
def calls(make_call, make_pledge, donors):  # noqa: F811
    today = timezone.localdate()
    school = make_call(
        title="Trường mẫu giáo Phú Lý",
        sector_id="11220",
        locality=commune_of("75"),
        deadline=today + datetime.timedelta(days=30),
        audience="ngo",
        contact_name="Nguyễn Thị Lan",
        contact_email="lan@dufo.example",
        contact_phone="0251 3822 123",
        description="Trường cần 6 phòng học.",
        description_en="The school needs six classrooms.",
    )
    clinic = make_call(
        title="Trạm y tế Tân Phú",
        title_en="A health station for Tan Phu",
        title_zh_hans="",
        sector_id="12220",
        locality=unit("2025", "75"),
        deadline=today + datetime.timedelta(days=90),
        amount_sought=Decimal("1500000000"),
        currency_id="VND",
    )
    lao_cai = make_call(
        union="lao-cai",
        title="Nước sạch Bát Xát",
        sector_id="14030",
        locality=unit("2025", "15"),
    )
    draft = make_call(title="Bản nháp kêu gọi", status=CallStatus.DRAFT)
    closed = make_call(title="Kêu gọi đã đóng", status=CallStatus.CLOSED)
    taken_up = make_call(title="Kêu gọi đã nhận tài trợ")
    past = make_call(title="Kêu gọi quá hạn")
    Call.objects.filter(pk=taken_up.pk).update(status=CallStatus.TAKEN_UP)
    Call.objects.filter(pk=past.pk).update(deadline=today - datetime.timedelta(days=1))
    make_pledge(school, donors["ngo"], "20000", "USD", conditions="Chỉ dùng cho phòng học")
    return {
        "school": school,
        "clinic": clinic,
        "lao_cai": lao_cai,
        "draft": draft,
        "closed": closed,
        "taken_up": taken_up,
        "past": past,
    }


def test_only_the_sections_published_open_calls_show(client, pages, calls):
    page = text(client.get(CALLS))
    assert listed(page) == ["Trường mẫu giáo Phú Lý", "Trạm y tế Tân Phú"]  # by deadline
    for hidden in ("Bản nháp", "đã đóng", "đã nhận tài trợ", "quá hạn", "Bát Xát"):
        assert hidden not in page
    # The national portal speaks for every union: Lao Cai's call is there too.
    national = listed(text(client.get("/vi/keu-goi/")))
    assert set(national) == {"Trường mẫu giáo Phú Lý", "Trạm y tế Tân Phú", "Nước sạch Bát Xát"}


def test_amounts_and_deadlines_are_written_the_readers_way(client, pages, calls):
    vi, en = text(client.get(CALLS)), text(client.get("/en/dong-nai/keu-goi/"))
    assert "50.000,00 USD" in vi and "1.500.000.000 VND" in vi
    assert "50,000.00 USD" in en and "1,500,000,000 VND" in en
    deadline = calls["school"].deadline
    assert format_day(deadline, language="vi") in vi
    assert format_day(deadline, language="en") in en
    assert listed(en) == ["A kindergarten for Phu Ly commune", "A health station for Tan Phu"]


def test_the_sector_filter_offers_the_open_calls_sectors_in_the_readers_language(
    client, pages, calls
):
    education, health = Sector.objects.get(code="11220"), Sector.objects.get(code="12220")
    for language in ("vi", "en"):
        page = text(client.get(f"/{language}/dong-nai/keu-goi/"))
        # Each DAC category, then its sectors indented under it.
        with translation.override(language):
            assert options(page, "sector") == [
                ("112", education.category.label),
                ("11220", "&nbsp;&nbsp;" + education.label),
                ("122", health.category.label),
                ("12220", "&nbsp;&nbsp;" + health.label),
            ]
    page = text(client.get(CALLS, {"sector": "12220"}))
    assert listed(page) == ["Trạm y tế Tân Phú"]
    assert '<option value="12220" selected>' in page
    # A 3-digit category chooses its sectors' calls.
    page = text(client.get("/vi/keu-goi/", {"sector": "112"}))
    assert listed(page) == ["Trường mẫu giáo Phú Lý"]
    assert '<option value="112" selected>' in page
    assert listed(text(client.get("/vi/keu-goi/", {"sector": "140"}))) == ["Nước sạch Bát Xát"]
    # A sector no open call has, or nonsense, shows every call.
    for value in ("14030", "abc'--", "9" * 40):
        assert len(listed(text(client.get(CALLS, {"sector": value})))) == 2


def test_the_province_filter(client, pages, calls):
    page = text(client.get("/vi/keu-goi/"))
    with translation.override("vi"):
        dong_nai, lao_cai = unit("2025", "75").label, unit("2025", "15").label
    assert options(page, "province") == sorted(
        [("2025:75", dong_nai), ("2025:15", lao_cai)], key=lambda o: o[1].casefold()
    )
    # A commune's call belongs to its province.
    both = listed(text(client.get("/vi/keu-goi/", {"province": "2025:75"})))
    assert both == ["Trường mẫu giáo Phú Lý", "Trạm y tế Tân Phú"]
    assert listed(text(client.get("/vi/keu-goi/", {"province": "2025:15"}))) == [
        "Nước sạch Bát Xát"
    ]
    combined = text(client.get("/vi/keu-goi/", {"province": "2025:75", "sector": "11220"}))
    assert listed(combined) == ["Trường mẫu giáo Phú Lý"]


def test_a_calls_page_shows_the_need_and_whom_to_contact(client, pages, calls):
    school = calls["school"]
    response = client.get(f"{CALLS}{school.pk}/")
    assert response.status_code == 200
    page = text(response)
    assert "<h1>Trường mẫu giáo Phú Lý</h1>" in page
    assert "Trường cần 6 phòng học." in page
    assert "50.000,00 USD" in page
    assert format_day(school.deadline, language="vi") in page
    assert in_language("vi", lambda: Sector.objects.get(code="11220").label) in page
    assert in_language("vi", lambda: school.locality.label) in page
    assert "Nguyễn Thị Lan" in page and "lan@dufo.example" in page and "0251 3822 123" in page
    assert in_language("vi", school.get_audience_display) in page
    en = text(client.get(f"/en/dong-nai/keu-goi/{school.pk}/"))
    assert "The school needs six classrooms." in en and "50,000.00 USD" in en
    # The list links to it.
    assert f'href="{CALLS}{school.pk}/"' in text(client.get(CALLS))


@pytest.mark.parametrize("key", ["draft", "closed", "taken_up", "past", "lao_cai"])
def test_a_call_readers_may_not_see_is_not_found(client, pages, calls, key):
    assert client.get(f"{CALLS}{calls[key].pk}/").status_code == 404


def test_an_unknown_call_is_not_found_and_the_national_portal_shows_lao_cais(client, pages, calls):
    assert client.get(f"{CALLS}999999/").status_code == 404
    assert client.get(f"{CALLS}abc/").status_code == 404
    assert client.get(f"/vi/keu-goi/{calls['lao_cai'].pk}/").status_code == 200


def test_a_call_never_shows_its_pledges_or_donors(client, pages, calls):
    for url in (
        CALLS,
        f"{CALLS}{calls['school'].pk}/",
        f"/en/dong-nai/keu-goi/{calls['school'].pk}/",
    ):
        page = text(client.get(url))
        for never in ("Chữ thập đỏ", "20.000,00", "20,000.00", "Chỉ dùng cho", "pledge"):
            assert never not in page, (url, never)


def test_chinese_readers_see_the_chinese_titles(client, pages, calls, make_appeal):  # noqa: F811
    make_appeal(title_zh_hans="木刚斋洪水救灾")
    calls_zh = text(client.get("/zh-hans/dong-nai/keu-goi/"))
    assert "<h1>资助征集</h1>" in calls_zh and "为富里乡建一所幼儿园" in calls_zh
    one = text(client.get(f"/zh-hans/dong-nai/keu-goi/{calls['clinic'].pk}/"))
    # The clinic has no Chinese title: the original's.
    assert "为富里乡建一所幼儿园" not in one and "<h1>Trạm y tế Tân Phú</h1>" in one
    appeals_zh = text(client.get("/zh-hans/dong-nai/cuu-tro/"))
    assert "<h1>救灾呼吁</h1>" in appeals_zh and "木刚斋洪水救灾" in appeals_zh


# Appeals ------------------------------------------------------------------------------


@pytest.fixture
def appeals(make_appeal, make_receipt, make_pledge, donors):  # noqa: F811
    flood = make_appeal(
        localities=[commune_of("75"), unit("2025", "75")],
        description="Lũ quét ngày 10/9.",
        description_en="A flash flood on 10 September.",
    )
    make_receipt(flood, "500000000", "VND", donor=donors["fdi"])
    make_receipt(flood, "10000", "USD", datetime.date(2024, 9, 20), donor=donors["ngo"])
    make_receipt(flood, "1000", "EUR", datetime.date(2024, 9, 21), donor_name="Nguyễn Văn A")
    make_pledge(flood, donors["ngo"], "30000", "USD", datetime.date(2024, 9, 15))
    typhoon = make_appeal(
        title="Khắc phục bão Yagi",
        title_en="Typhoon Yagi recovery",
        target_amount=Decimal("100000"),
        currency_id="USD",
        start_date=datetime.date(2024, 9, 8),
    )
    make_receipt(typhoon, "25000", "USD", donor=donors["ngo"])
    make_receipt(typhoon, "242700000", "VND", donor=donors["fdi"])  # USD 10,000 that day
    hidden = make_appeal(title="Lời kêu gọi chưa công bố", is_published=False)
    lao_cai = make_appeal(union="lao-cai", title="Cứu trợ Bát Xát")
    return {"flood": flood, "typhoon": typhoon, "hidden": hidden, "lao_cai": lao_cai}


def progress_of(page: str) -> list[tuple[str, str, str]]:
    return re.findall(
        r'data-testid="received">[^:]+: ([^<]+)</span> / <span data-testid="target">[^:]+: '
        r'([^<]+)</span>\s*\(<span data-testid="share">([^<]+)</span>\)',
        page,
    )


def test_the_appeals_list_shows_published_appeals_with_their_progress(client, pages, appeals):
    vi = text(client.get(APPEALS))
    assert "Cứu trợ lũ Mù Cang Chải" in vi and "Khắc phục bão Yagi" in vi
    assert "chưa công bố" not in vi and "Bát Xát" not in vi
    # 500,000,000 + 10,000 × 24,270 + 1,000 × 26,800 of VND 2 billion; the typhoon's in
    # dollars: 25,000 + 242,700,000 / 24,270.
    assert progress_of(vi) == [
        ("769.500.000 VND", "2.000.000.000 VND", "38,5%"),
        ("35.000,00 USD", "100.000,00 USD", "35,0%"),
    ]
    en = text(client.get("/en/dong-nai/cuu-tro/"))
    assert progress_of(en) == [
        ("769,500,000 VND", "2,000,000,000 VND", "38.5%"),
        ("35,000.00 USD", "100,000.00 USD", "35.0%"),
    ]
    # The bar says it in text too, not by its colour alone.
    assert '<progress max="100" value="38.5"' in vi and ">38,5%</progress>" in vi
    assert "Typhoon Yagi recovery" in en
    # The national portal's lists every union's.
    national = text(client.get("/vi/cuu-tro/"))
    assert "Khắc phục bão Yagi" in national and "Cứu trợ Bát Xát" in national


def test_an_appeals_page_shows_the_event_localities_period_and_progress(client, pages, appeals):
    flood = appeals["flood"]
    for language in ("vi", "en"):
        response = client.get(f"/{language}/dong-nai/cuu-tro/{flood.pk}/")
        assert response.status_code == 200
        page = text(response)
        for day in (flood.event_date, flood.start_date, flood.end_date):
            assert format_day(day, language=language) in page
        with translation.override(language):
            for place in flood.localities.all():
                assert place.label in page
            assert money_words.percent(Decimal("38.5")) in page
        assert "3 " in re.search(r'data-testid="donors">([^<]+)<', page).group(1)
    vi = text(client.get(f"{APPEALS}{flood.pk}/"))
    assert "<h1>Cứu trợ lũ Mù Cang Chải</h1>" in vi and "Lũ quét ngày 10/9." in vi
    assert progress_of(vi) == [("769.500.000 VND", "2.000.000.000 VND", "38,5%")]
    en = text(client.get(f"/en/dong-nai/cuu-tro/{flood.pk}/"))
    assert "A flash flood on 10 September." in en
    assert "10,000.00 USD" in en and "1,000.00 EUR" in en  # received, as given


@pytest.mark.parametrize("key", ["hidden", "lao_cai"])
def test_an_appeal_readers_may_not_see_is_not_found(client, pages, appeals, key):
    assert client.get(f"{APPEALS}{appeals[key].pk}/").status_code == 404
    assert client.get(f"{APPEALS}999999/").status_code == 404


def test_an_appeal_shows_no_donor_and_no_pledge(client, pages, appeals):
    for url in (APPEALS, f"{APPEALS}{appeals['flood'].pk}/", "/en/dong-nai/cuu-tro/"):
        page = text(client.get(url))
        for never in ("Chữ thập đỏ", "Changshin", "Nguyễn Văn A", "728.100.000", "728,100,000"):
            assert never not in page, (url, never)


def test_the_sitemap_lists_the_calls_and_appeals_pages_in_each_language(client, pages):
    body = client.get("/sitemap.xml").content.decode()
    for path in (
        "/vi/dong-nai/keu-goi/",
        "/en/dong-nai/keu-goi/",
        "/zh-hans/dong-nai/cuu-tro/",
        "/vi/keu-goi/",
    ):
        assert f"{path}</loc>" in body, path


def test_a_calls_language_links_lead_to_the_same_call(client, pages, calls):
    school = calls["school"]
    page = text(client.get(f"{CALLS}{school.pk}/"))
    assert f'href="/en/dong-nai/keu-goi/{school.pk}/"' in page
    assert f'href="/zh-hans/dong-nai/keu-goi/{school.pk}/"' in page
    # The list page's links stay the list's.
    listing = text(client.get(CALLS))
    assert 'href="/en/dong-nai/keu-goi/"' in listing
