"""What an editor pastes cannot run in a reader's browser, and a wrong address gets a
proper page in the reader's language."""

import pytest

from amity.portal.models import ArticlePage
from amity.testing import text

pytestmark = pytest.mark.django_db

PASTED = (
    '<p onclick="steal()">Đồng Nai <strong onmouseover="x()">tiếp</strong> đoàn</p>'
    "<script>alert('xss')</script>"
    '<p><a href="javascript:alert(1)">bấm</a> <a href="https://vufo.org.vn/">VUFO</a></p>'
    '<img src="x" onerror="alert(2)"><iframe src="https://evil.example/"></iframe>'
    '<p style="background:url(javascript:alert(3))">视觉</p>'
)


def test_a_pasted_script_or_handler_never_reaches_the_page(client, portal):
    article = portal["news"].add_child(
        instance=ArticlePage(
            title="Dán từ Word", slug="dan-tu-word", published_at=portal["seed"].published_at
        )
    )
    article.body = PASTED
    article.save_revision().publish()

    stored = ArticlePage.objects.get(pk=article.pk).body
    page = text(client.get("/vi/tin-tuc/dan-tu-word/"))
    for html in (stored, page[page.index("<h1>") :]):
        for bad in (
            "<script",
            "onclick",
            "onmouseover",
            "onerror",
            "javascript:",
            "<iframe",
            "style=",
        ):
            assert bad not in html, bad
    # What was text stays text, links that are safe stay links.
    assert "Đồng Nai <strong>tiếp</strong> đoàn" in page
    assert '<a href="https://vufo.org.vn/">VUFO</a>' in page
    assert "视觉" in page


def test_the_home_and_category_introductions_are_cleaned_too(client, portal):
    home = portal["home"].specific
    home.intro = '<p>Chào mừng<script>alert(1)</script><a href="javascript:x()">!</a></p>'
    home.save_revision().publish()
    news = portal["news"].specific
    news.intro = '<p onclick="x()">Tin</p>'
    news.save_revision().publish()
    for url in ("/vi/", "/vi/tin-tuc/"):
        page = text(client.get(url))
        assert "<script" not in page.split("</head>")[1] and "javascript:" not in page, url
        assert "onclick" not in page, url


@pytest.mark.parametrize(
    ("url", "language", "message"),
    [
        ("/vi/khong-co-trang-nay/", "vi", "Không tìm thấy trang"),
        ("/en/no-such-page/", "en", "Page not found"),
        ("/zh-hans/no-such-page/", "zh-hans", "找不到"),
        ("/en/tin-tuc/no-such-article/", "en", "Page not found"),
    ],
)
def test_a_missing_page_is_a_404_page_in_the_readers_language(
    client, portal, url, language, message
):
    response = client.get(url)
    assert response.status_code == 404
    page = text(response)
    assert f'<html lang="{language}"' in page
    assert message in page
    # A way on: the language's home page and search.
    assert f'href="/{language}/"' in page
    assert f'href="/{language}/search/"' in page


def test_an_unknown_language_prefix_is_a_404_page_in_the_readers_language(client, portal):
    response = client.get("/zz/tin-tuc/", headers={"accept-language": "en"}, follow=True)
    assert response.status_code == 404
    page = text(response)
    assert "Page not found" in page and '<html lang="en"' in page
    response = client.get("/zz/tin-tuc/", headers={"accept-language": "zh-CN,zh"}, follow=True)
    assert response.status_code == 404 and "找不到" in text(response)
