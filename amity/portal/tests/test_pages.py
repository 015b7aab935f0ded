"""Every page type in every language; the language switch, hreflang, the date line, the
colour theme and related news."""

import datetime
import re

import pytest
from django.utils import translation

from amity.portal.templatetags.portal import date_line
from amity.testing import text

pytestmark = pytest.mark.django_db


def links(page: str, rel_attr: str) -> dict[str, str]:
    return dict(re.findall(rf'{rel_attr}="([^"]+)" href="([^"]+)"', page))


def test_each_page_type_in_each_language(client, portal):
    for url, title in (
        ("/vi/", "Liên hiệp hữu nghị"),
        ("/en/", "Friendship unions"),
        ("/zh-hans/", "友好组织联合会"),
        ("/vi/tin-tuc/", "Tin tức"),
        ("/en/tin-tuc/", "News"),
        ("/vi/tin-tuc/ket-qua-2023/", "Kết quả công tác vận động viện trợ PCPNN năm 2023"),
        ("/en/tin-tuc/ket-qua-2023/", "Results of foreign NGO aid mobilization in 2023"),
        ("/zh-hans/su-kien/", "活动"),
        ("/zh-hans/su-kien/hoi-nghi/", "越南友好组织联合会工作组赴安沛省调研"),
        ("/vi/search/?q=x", None),
        ("/en/search/?q=x", None),
        ("/zh-hans/search/?q=x", None),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        page = text(response)
        assert title is None or f"<h1>{title}</h1>" in page, url
        language = url.split("/")[1]
        assert f'<html lang="{language}"' in page


def test_the_language_switch_lands_on_the_same_story_or_that_languages_home(client, portal):
    page = text(client.get("/vi/tin-tuc/ket-qua-2023/"))
    switch = page[page.index('class="languages"') :]
    assert 'href="/en/tin-tuc/ket-qua-2023/" lang="en"' in switch
    assert 'href="/zh-hans/" lang="zh-hans"' in switch  # no Chinese translation yet
    # Alternates only for the real translations of the story.
    alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)"', page)
    assert sorted(alternates) == ["en", "vi"]


def test_related_news_share_a_tag_or_the_category_newest_first(client, portal):
    related = portal["seed"].related()
    assert [p.title for p in related] == ["Hội nghị xúc tiến viện trợ", "Tập huấn Nghị định 58"]
    page = text(client.get("/vi/tin-tuc/ket-qua-2023/"))
    block = page[page.index('data-testid="related"') :]
    assert "Hội nghị xúc tiến viện trợ" in block and "Giao lưu hữu nghị" not in block
    assert "Bản nháp" not in page  # a draft never shows
    # Same language only: the English story's related news are English pages.
    assert list(portal["seed_en"].related()) == []


def test_the_date_line_in_each_language():
    day = datetime.date(2026, 11, 23)
    expected = {
        "vi": "Thứ Hai, 23/11/2026",
        "en": "Monday, 23 November 2026",
        "zh-hans": "2026年11月23日 星期一",
    }
    for language, line in expected.items():
        with translation.override(language):
            assert date_line(day) == line


def test_the_colour_theme_is_remembered_and_drawn_from_the_first_paint(client, portal):
    assert 'data-theme="red"' in text(client.get("/vi/"))
    chosen = client.get("/theme/green/?next=/vi/tin-tuc/")
    assert chosen.status_code == 302 and chosen["Location"] == "/vi/tin-tuc/"
    assert 'data-theme="green"' in text(client.get("/vi/tin-tuc/"))
    # Unknown themes and foreign redirects are ignored.
    client.get("/theme/purple/")
    assert 'data-theme="green"' in text(client.get("/vi/"))
    assert client.get("/theme/blue/?next=https://evil.example/")["Location"] == "/"


def test_see_more_pages_the_news(client, portal):
    from amity.portal.models import ArticlePage, NewsIndexPage

    NewsIndexPage.PAGE_SIZE, size = 1, NewsIndexPage.PAGE_SIZE
    try:
        article_link = re.compile(r'<li><a href="/vi/tin-tuc/[a-z0-9-]+/"')
        first = text(client.get("/vi/tin-tuc/"))
        assert len(article_link.findall(first)) == 1
        assert 'href="?page=2"' in first
        second = text(client.get("/vi/tin-tuc/?page=2"))
        assert len(article_link.findall(second)) == 2 and "?page=3" not in second
    finally:
        NewsIndexPage.PAGE_SIZE = size
    assert ArticlePage.objects.live().child_of(portal["news"]).count() == 2


def test_unknown_languages_and_paths_are_404(client, portal):
    # An unknown prefix is taken for a path in the reader's language, which is not there.
    assert client.get("/fr/", follow=True).status_code == 404
    assert client.get("/vi/khong-co/").status_code == 404


def test_the_back_office_and_the_api_keep_their_own_404(client, callers, portal):
    """The portal answers every path under a language; a missing back-office or API URL
    is still a plain 404, not a redirect into the portal."""
    client.force_login(callers["own_staff"])
    for url in ("/admin/organizations/edit/999999/", "/api/v1/nothing-here/"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response["Content-Language"]
