"""RSS and Atom feeds per language and category, sitemap.xml with its hreflang
alternates, and robots.txt: what a feed reader or a crawler is given, never a draft or a
restricted page."""

import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
from wagtail.models import PageViewRestriction

from amity.portal.models import ArticlePage
from amity.portal.tests.conftest import at
from amity.testing import text

pytestmark = pytest.mark.django_db

ATOM = {"atom": "http://www.w3.org/2005/Atom"}
SITEMAP = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SERVER = "http://testserver"

VI_TITLES = [
    "Kết quả công tác vận động viện trợ PCPNN năm 2023",
    "Hội nghị xúc tiến viện trợ",
    "Tập huấn Nghị định 58",
    "Giao lưu hữu nghị",
]
# Each language's articles, newest first, and its feed's title (its home page's).
LANGUAGE_FEEDS = {
    "vi": ("Liên hiệp hữu nghị", VI_TITLES),
    "en": ("Friendship unions", ["Results of foreign NGO aid mobilization in 2023"]),
    "zh-hans": ("友好组织联合会", ["越南友好组织联合会工作组赴安沛省调研"]),
}


def xml(client, url: str, content_type: str) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith(content_type), url
    assert "Bản nháp" not in text(response), url  # the draft, never
    return ET.fromstring(response.content)


def rss(client, url: str) -> ET.Element:
    return xml(client, url, "application/rss+xml").find("channel")


def atom(client, url: str) -> ET.Element:
    return xml(client, url, "application/atom+xml")


def rss_titles(channel: ET.Element) -> list[str]:
    return [item.findtext("title") for item in channel.findall("item")]


def atom_titles(feed: ET.Element) -> list[str]:
    return [
        entry.findtext("atom:title", namespaces=ATOM) for entry in feed.findall("atom:entry", ATOM)
    ]


def restrict(page) -> None:
    PageViewRestriction.objects.create(
        page=page,
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",  # noqa: S106
    )


def unpublish(page) -> None:
    page.refresh_from_db()  # the fixture's copy still holds the state before publishing
    page.unpublish()


def sitemap(client) -> dict[str, dict[str, str]]:
    """Each listed URL with its alternates, {hreflang: URL}."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    urlset = ET.fromstring(response.content)
    listed = {}
    for url in urlset.findall("sm:url", SITEMAP):
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", SITEMAP)
            if link.get("rel") == "alternate"
        }
        listed[url.findtext("sm:loc", namespaces=SITEMAP)] = alternates
    return listed


@pytest.mark.parametrize("language", LANGUAGE_FEEDS)
def test_the_rss_feed_of_each_language_has_its_articles_newest_first(client, portal, language):
    title, titles = LANGUAGE_FEEDS[language]
    channel = rss(client, f"/{language}/feed/rss/")
    assert channel.findtext("title") == title
    assert channel.findtext("language") == language
    assert channel.findtext("link") == f"{SERVER}/{language}/"
    assert rss_titles(channel) == titles
    dates = [parsedate_to_datetime(item.findtext("pubDate")) for item in channel.findall("item")]
    assert dates == sorted(dates, reverse=True)


def test_an_rss_item_carries_the_article(client, portal):
    item = rss(client, "/en/feed/rss/").find("item")
    assert item.findtext("link") == f"{SERVER}/en/tin-tuc/ket-qua-2023/"
    assert item.findtext("description") == (
        "In 2023 Dong Nai mobilized more than VND 109.841 billion."
    )
    assert parsedate_to_datetime(item.findtext("pubDate")) == at("2024-02-02")
    assert item.findtext("{http://purl.org/dc/elements/1.1/}creator") == "DUFO"
    assert sorted(category.text for category in item.findall("category")) == [
        "viện trợ",
        "Đồng Nai",
    ]


@pytest.mark.parametrize("language", LANGUAGE_FEEDS)
def test_the_atom_feed_of_each_language_has_its_articles_newest_first(client, portal, language):
    title, titles = LANGUAGE_FEEDS[language]
    feed = atom(client, f"/{language}/feed/atom/")
    assert feed.get(XML_LANG) == language
    assert feed.findtext("atom:title", namespaces=ATOM) == title
    assert atom_titles(feed) == titles
    published = [
        entry.findtext("atom:published", namespaces=ATOM)
        for entry in feed.findall("atom:entry", ATOM)
    ]
    assert published == sorted(published, reverse=True)
    self_link = feed.find("atom:link[@rel='self']", ATOM).get("href")
    assert self_link == f"{SERVER}/{language}/feed/atom/"


def test_an_atom_entry_carries_the_article(client, portal):
    entry = atom(client, "/zh-hans/feed/atom/").find("atom:entry", ATOM)
    assert entry.find("atom:link", ATOM).get("href") == f"{SERVER}/zh-hans/su-kien/hoi-nghi/"
    assert entry.findtext("atom:summary", namespaces=ATOM) == (
        "安沛省希望越南友好组织联合会帮助其联系新的外国非政府组织。"
    )
    seed = atom(client, "/vi/feed/atom/").find("atom:entry", ATOM)
    assert seed.findtext("atom:author/atom:name", namespaces=ATOM) == "DUFO"


def test_a_category_feed_has_only_that_categorys_articles(client, portal):
    news, events = portal["news"].pk, portal["events"].pk
    channel = rss(client, f"/vi/feed/{news}/rss/")
    assert channel.findtext("title") == "Liên hiệp hữu nghị – Tin tức"
    assert channel.findtext("link") == f"{SERVER}/vi/tin-tuc/"
    assert rss_titles(channel) == [VI_TITLES[0], VI_TITLES[2]]
    assert atom_titles(atom(client, f"/vi/feed/{events}/atom/")) == [VI_TITLES[1], VI_TITLES[3]]
    english = rss(client, f"/en/feed/{portal['news_en'].pk}/rss/")
    assert english.findtext("title") == "Friendship unions – News"
    assert rss_titles(english) == ["Results of foreign NGO aid mobilization in 2023"]


def test_a_category_feed_is_404_unless_a_readable_category_of_that_language(client, portal):
    unpublish(portal["events"].get_translation(portal["news_en"].locale))
    restrict(portal["events"])
    for url in (
        f"/en/feed/{portal['news'].pk}/rss/",  # the Vietnamese category
        f"/vi/feed/{portal['news_en'].pk}/atom/",  # the English one
        f"/vi/feed/{portal['seed'].pk}/rss/",  # an article
        f"/vi/feed/{portal['home'].pk}/rss/",  # the home page
        f"/en/feed/{portal['events'].get_translation(portal['news_en'].locale).pk}/rss/",
        f"/vi/feed/{portal['events'].pk}/rss/",  # restricted
        "/vi/feed/999999/atom/",
    ):
        assert client.get(url).status_code == 404, url
    assert client.get(f"/vi/feed/{portal['news'].pk}/rss/").status_code == 200


def test_a_feed_keeps_the_newest_twenty(client, portal):
    for day in range(1, 22):
        article = portal["events"].add_child(
            instance=ArticlePage(
                title=f"Tin số {day}", slug=f"tin-{day}", published_at=at(f"2025-01-{day:02}")
            )
        )
        article.save_revision().publish()
    titles = rss_titles(rss(client, "/vi/feed/rss/"))
    assert titles == [f"Tin số {day}" for day in range(21, 1, -1)]


def test_restricted_and_unpublished_pages_are_in_no_feed(client, portal):
    restrict(portal["same_category"])  # "Tập huấn Nghị định 58"
    unpublish(portal["seed_en"])
    assert rss_titles(rss(client, "/vi/feed/rss/")) == [VI_TITLES[0], VI_TITLES[1], VI_TITLES[3]]
    assert atom_titles(atom(client, f"/vi/feed/{portal['news'].pk}/atom/")) == [VI_TITLES[0]]
    assert rss_titles(rss(client, "/en/feed/rss/")) == []
    # A restricted section hides everything under it.
    restrict(portal["events"])
    assert atom_titles(atom(client, "/vi/feed/atom/")) == [VI_TITLES[0]]


def test_the_sitemap_lists_every_readable_page_with_its_translations(client, portal):
    vi, en, zh = (f"{SERVER}/{code}" for code in ("vi", "en", "zh-hans"))
    homes = {"vi": f"{vi}/", "en": f"{en}/", "zh-hans": f"{zh}/"}
    news = {"vi": f"{vi}/tin-tuc/", "en": f"{en}/tin-tuc/"}
    events = {"vi": f"{vi}/su-kien/", "en": f"{en}/su-kien/", "zh-hans": f"{zh}/su-kien/"}
    seed = {"vi": f"{vi}/tin-tuc/ket-qua-2023/", "en": f"{en}/tin-tuc/ket-qua-2023/"}
    visit = {"vi": f"{vi}/su-kien/hoi-nghi/", "zh-hans": f"{zh}/su-kien/hoi-nghi/"}
    expected = {
        **dict.fromkeys(homes.values(), homes),
        **dict.fromkeys(news.values(), news),
        **dict.fromkeys(events.values(), events),
        **dict.fromkeys(seed.values(), seed),
        **dict.fromkeys(visit.values(), visit),
        f"{vi}/tin-tuc/tap-huan/": {"vi": f"{vi}/tin-tuc/tap-huan/"},
        f"{vi}/su-kien/giao-luu/": {"vi": f"{vi}/su-kien/giao-luu/"},
    }
    # Every portal page but the draft; not Wagtail's root.
    assert sitemap(client) == expected


def test_the_sitemap_gives_when_a_page_was_last_published(client, portal):
    urlset = ET.fromstring(client.get("/sitemap.xml").content)
    lastmod = {
        url.findtext("sm:loc", namespaces=SITEMAP): url.findtext("sm:lastmod", namespaces=SITEMAP)
        for url in urlset.findall("sm:url", SITEMAP)
    }
    seed_en = portal["seed_en"]
    seed_en.refresh_from_db()
    published = seed_en.last_published_at.astimezone(at("2024-01-01").tzinfo)
    assert (
        lastmod[f"{SERVER}/en/tin-tuc/ket-qua-2023/"]
        == published.replace(microsecond=0).isoformat()
    )


def test_the_sitemap_and_the_pages_agree_on_the_alternates(client, portal):
    for url, alternates in sitemap(client).items():
        page = text(client.get(url.removeprefix(SERVER)))
        links = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', page))
        assert links == alternates, url


def test_the_sitemap_leaves_out_drafts_and_restricted_pages_even_as_alternates(client, portal):
    restrict(portal["seed_en"])
    restrict(portal["same_category"])
    unpublish(portal["visit_zh"])
    listed = sitemap(client)
    for absent in (
        f"{SERVER}/vi/tin-tuc/ban-nhap/",  # the draft
        f"{SERVER}/en/tin-tuc/ket-qua-2023/",
        f"{SERVER}/vi/tin-tuc/tap-huan/",
        f"{SERVER}/zh-hans/su-kien/hoi-nghi/",
    ):
        assert absent not in listed
        assert all(absent not in alternates.values() for alternates in listed.values())
    seed = f"{SERVER}/vi/tin-tuc/ket-qua-2023/"
    assert listed[seed] == {"vi": seed}
    visit = f"{SERVER}/vi/su-kien/hoi-nghi/"
    assert listed[visit] == {"vi": visit}
    # A restricted home hides its whole language.
    restrict(portal["home_zh"])
    assert not [url for url in sitemap(client) if "/zh-hans/" in url]


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_back_office(client, portal):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = text(response).splitlines()
    assert lines[0] == "User-agent: *"
    assert {"Allow: /", "Disallow: /admin/", "Disallow: /api/"} <= set(lines)
    assert "Disallow: /vi/" not in lines
    sitemap_lines = [line for line in lines if line.startswith("Sitemap:")]
    assert sitemap_lines == [f"Sitemap: {SERVER}/sitemap.xml"]
    assert client.get(sitemap_lines[0].removeprefix(f"Sitemap: {SERVER}")).status_code == 200
