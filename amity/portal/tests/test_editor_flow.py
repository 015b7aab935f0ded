"""The portal issue's "done when", for the editor: a Dong Nai editor writes an article in
the back office, has it translated into English, publishes both, and readers find them
in the feeds, the sitemap and search of each language."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Locale

from amity.portal.models import ArticlePage
from amity.portal.tests.test_search import titles
from amity.testing import form_data, login, text

pytestmark = pytest.mark.django_db

PUBLISH = {"action-publish": "action-publish"}
TITLE_VI = "Đồng Nai đón đoàn tình nguyện viên Hàn Quốc"
TITLE_EN = "Dong Nai welcomes Korean volunteers"


def feed_titles(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, text(response)[-1500:])
    channel = ET.fromstring(response.content).find("channel")
    return [item.findtext("title") for item in channel.findall("item")]


def test_a_dong_nai_editor_publishes_an_article_and_its_translation(client, sections, make_member):
    login(client, make_member("dong-nai", "editor"))
    news = sections["dong-nai"]["news"]
    home_en = sections["dong-nai"]["home_en"]
    # The category in English first (a translation needs its parent in that language).
    response = client.post(
        f"/admin/translation/submit/page/{news.pk}/",
        {"locales": [Locale.objects.get(language_code="en").pk]},
    )
    assert response.status_code == 302
    news_en = news.get_translation(Locale.objects.get(language_code="en"))
    assert news_en.get_parent().pk == home_en.pk
    # A translation starts as a draft: the editor names it and publishes it.
    assert not news_en.live
    edit = f"/admin/pages/{news_en.pk}/edit/"
    response = client.post(edit, form_data(client.get(edit), title="News", **PUBLISH))
    assert response.status_code == 302

    add = f"/admin/pages/add/portal/articlepage/{news.pk}/"
    response = client.post(
        add,
        form_data(
            client.get(add),
            title=TITLE_VI,
            slug="don-doan-tinh-nguyen-vien",
            lead="Sáng nay, Liên hiệp hữu nghị tỉnh Đồng Nai đón đoàn tình nguyện viên.",
            published_at="2026-11-20 09:00",
            **PUBLISH,
        ),
    )
    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="don-doan-tinh-nguyen-vien")
    assert article.live

    response = client.post(
        f"/admin/translation/submit/page/{article.pk}/",
        {"locales": [Locale.objects.get(language_code="en").pk]},
    )
    assert response.status_code == 302
    copy = article.get_translation(Locale.objects.get(language_code="en"))
    edit = f"/admin/pages/{copy.pk}/edit/"
    response = client.post(
        edit,
        form_data(
            client.get(edit),
            title=TITLE_EN,
            slug="welcomes-volunteers",
            lead="This morning the Dong Nai union welcomed a group of Korean volunteers.",
            **PUBLISH,
        ),
    )
    assert response.status_code == 302
    copy.refresh_from_db()
    assert copy.live and copy.title == TITLE_EN

    vi_url = "http://testserver/vi/dong-nai/tin-tuc/don-doan-tinh-nguyen-vien/"
    en_url = "http://testserver/en/dong-nai/tin-tuc/welcomes-volunteers/"
    assert client.get(en_url).status_code == 200
    # Readers (signed out) find each language's story in that language's feed ...
    login(client, None)
    assert feed_titles(client, "/vi/feed/rss/")[0] == TITLE_VI
    assert feed_titles(client, "/en/feed/rss/")[0] == TITLE_EN
    assert TITLE_VI not in feed_titles(client, "/en/feed/rss/")
    category_feed = f"/en/feed/{news_en.pk}/rss/"
    assert feed_titles(client, category_feed) == [TITLE_EN]
    # ... in the sitemap, each with the other as its alternate ...
    sitemap = text(client.get("/sitemap.xml"))
    for url in (vi_url, en_url):
        assert f"<loc>{url}</loc>" in sitemap
        assert f'hreflang="en" href="{en_url}"' in sitemap
        assert f'hreflang="vi" href="{vi_url}"' in sitemap
    # ... and by searching, with or without diacritics.
    assert TITLE_VI in titles(text(client.get("/vi/search/", {"q": "tinh nguyen vien"})))
    assert TITLE_EN in titles(text(client.get("/en/search/", {"q": "korean volunteers"})))
    assert TITLE_EN not in titles(text(client.get("/vi/search/", {"q": "korean volunteers"})))
