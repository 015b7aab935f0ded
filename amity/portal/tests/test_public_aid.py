"""The public aid dashboard and NGO directory show what the union has published, and
nothing of an item kept internal or not yet approved: not on the page, not in search,
not in the sitemap. The portfolio is the reports' (see reports/tests/conftest.py):
Dong Nai's program P commits VND 1,000,000,000 in 2023 and 500,000,000 in 2022, funded by
Alpha Foundation; its project C commits USD 10,000 (VND 250,000,000) in 2023, funded by
Alpha and Bêta Solidarité; N is cancelled, R rejected, Lao Cai's L never approved."""

import re
from decimal import Decimal

import pytest
from django.utils import translation
from wagtail.models import Page, Site

from amity.aid.models import AidItem
from amity.portal.models import AidDashboardPage, HomePage, NgoDirectoryPage
from amity.portal.tests.conftest import translate
from amity.portal.tests.test_search import titles
from amity.reports import money_words
from amity.reports.tests.conftest import portfolio  # noqa: F401 (a fixture)
from amity.testing import text

pytestmark = pytest.mark.django_db


def show(*items, public=True):
    AidItem.objects.filter(pk__in=[i.pk for i in items]).update(is_public=public)


@pytest.fixture
def public_pages(unions, portfolio):  # noqa: F811
    root = Page.get_first_root_node()
    national = root.add_child(
        instance=HomePage(title="Cổng thông tin", slug="cong", union=unions["vufo"])
    )
    Site.objects.update(root_page=national, is_default_site=True, hostname="testserver")
    dong_nai = national.add_child(
        instance=HomePage(title="Đồng Nai", slug="dong-nai", union=unions["dong-nai"])
    )
    pages = {}
    for key, home in (("vufo", national), ("dong-nai", dong_nai)):
        pages[key, "dashboard"] = home.add_child(
            instance=AidDashboardPage(title="Số liệu viện trợ", slug="so-lieu")
        )
        pages[key, "directory"] = home.add_child(
            instance=NgoDirectoryPage(title="Danh bạ tổ chức", slug="danh-ba")
        )
    translate(national, "en", title="Portal")
    translate(dong_nai, "en", title="Dong Nai")
    translate(pages["dong-nai", "dashboard"], "en", title="Aid figures")
    translate(pages["dong-nai", "directory"], "en", title="NGO directory")
    translate(national, "zh-hans", title="门户")
    translate(dong_nai, "zh-hans", title="同奈")
    translate(pages["dong-nai", "dashboard"], "zh-hans", title="援助数据")
    translate(pages["dong-nai", "directory"], "zh-hans", title="组织名录")
    for page in pages.values():
        page.save_revision().publish()
    # P is public, C internal; N, R and L are public but never approved or cancelled.
    show(portfolio["program"])
    show(portfolio["project"], public=False)
    show(*AidItem.objects.filter(title__in=["N", "R", "L"]))
    return pages


def vnd(amount: str, language: str) -> str:
    with translation.override(language):
        return money_words.amount(Decimal(amount), "VND")


def by_year(page: str) -> dict[str, str]:
    table = re.search(r'data-testid="by-year".*?</table>', page, re.S).group(0)
    return dict(re.findall(r"<td>(\d{4})</td><td class=\"number\">([^<]+)</td>", table))


@pytest.mark.parametrize("language", ["vi", "en", "zh-hans"])
def test_the_dashboard_counts_only_published_items(client, public_pages, portfolio, language):  # noqa: F811
    page = text(client.get(f"/{language}/dong-nai/so-lieu/"))
    assert by_year(page) == {
        "2022": vnd("500000000", language),
        "2023": vnd("1000000000", language),
    }
    # Making C public adds its USD 10,000 at the rate it was converted at.
    show(portfolio["project"])
    page = text(client.get(f"/{language}/dong-nai/so-lieu/", {"year": "2023"}))
    assert by_year(page)["2023"] == vnd("1250000000", language)


def test_the_national_dashboard_counts_every_union_but_only_published(client, public_pages):
    page = text(client.get("/vi/so-lieu/"))
    assert by_year(page) == {"2022": vnd("500000000", "vi"), "2023": vnd("1000000000", "vi")}
    for never in ("700.000.000", "300.000.000", "Mục tiêu", "target"):
        assert never not in page


def test_a_year_without_published_figures_or_nonsense_falls_back_to_the_latest(
    client, public_pages
):
    for year in ("1999", "abc", "2023'--", "9" * 50):
        response = client.get("/vi/dong-nai/so-lieu/", {"year": year})
        assert response.status_code == 200
        assert '<option value="2023" selected>' in text(response)


def test_the_directory_shows_only_ngos_of_published_items(client, public_pages, portfolio):  # noqa: F811
    page = text(client.get("/vi/dong-nai/danh-ba/"))
    assert "Alpha Foundation" in page
    assert ">P <small>" in page
    assert "Bêta Solidarité" not in page  # only behind C, which is internal
    assert ">C <small>" not in page
    show(portfolio["project"])
    for language in ("en", "zh-hans"):
        page = text(client.get(f"/{language}/dong-nai/danh-ba/"))
        assert "<h1>" in page and "Bêta Solidarité" in page and ">C <small>" in page, language


def test_search_finds_a_published_items_ngo_but_never_an_internal_ones(
    client,
    public_pages,
    portfolio,  # noqa: F811
):
    from amity.portal.search import reindex

    for page in public_pages.values():
        reindex(page)
    found = titles(text(client.get("/vi/search/", {"q": "alpha foundation"})))
    assert "Danh bạ tổ chức" in found
    assert titles(text(client.get("/vi/search/", {"q": "beta solidarite"}))) == []


def test_the_sitemap_lists_the_public_aid_pages(client, public_pages):
    sitemap = text(client.get("/sitemap.xml"))
    for path in ("/vi/dong-nai/so-lieu/", "/en/dong-nai/danh-ba/", "/vi/danh-ba/"):
        assert f"http://testserver{path}</loc>" in sitemap, path
