"""The home page's featured banners, with their alt text, the Open Graph tags that share
a page, the feed links, and the site's root leading readers to their language."""

import io
import re

import pytest
from django.core.files.images import ImageFile
from PIL import Image as Picture
from wagtail.images import get_image_model

from amity.portal.models import HomeBanner
from amity.testing import text

pytestmark = pytest.mark.django_db


def picture(title: str):
    buffer = io.BytesIO()
    Picture.new("RGB", (800, 450), "#1f5fa8").save(buffer, "JPEG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.jpg")
    )


def banner(home, order, title, alt, link=None, caption=""):
    return HomeBanner.objects.create(
        page=home,
        sort_order=order,
        image=picture(title),
        title=title,
        alt=alt,
        caption=caption,
        link_page=link,
    )


def meta(page: str, prop: str) -> str | None:
    found = re.search(rf'<meta property="{prop}" content="([^"]*)"', page)
    return found.group(1) if found else None


def test_banners_show_with_their_alt_text_and_link_only_to_readable_pages(client, portal):
    banner(portal["home"], 0, "Đồng Nai 2023", "Lễ ký kết tại Biên Hòa", portal["seed"], "Kết quả")
    banner(portal["home"], 1, "Sắp ra mắt", "Ảnh minh họa", portal["draft"])
    page = text(client.get("/vi/"))
    strip = page[page.index('data-testid="banners"') : page.index("</section>")]
    assert strip.count("<img") == 2
    assert 'alt="Lễ ký kết tại Biên Hòa"' in strip and 'alt="Ảnh minh họa"' in strip
    assert '<a href="/vi/tin-tuc/ket-qua-2023/">' in strip
    assert "ban-nhap" not in strip  # a banner never links to a draft
    assert "<strong>Đồng Nai 2023</strong> — Kết quả" in strip
    # Each language's home has its own banners: the English one has none yet.
    assert 'data-testid="banners"' not in text(client.get("/en/"))


def test_open_graph_tags_describe_the_page_for_sharing(client, portal):
    home_banner = banner(portal["home"], 0, "Hữu nghị", "Đoàn đại biểu")
    page = text(client.get("/vi/"))
    assert meta(page, "og:title") == "Liên hiệp hữu nghị"
    assert meta(page, "og:url") == "http://testserver/vi/"
    assert meta(page, "og:locale") == "vi"
    assert meta(page, "og:image").startswith("http://testserver/")
    assert meta(page, "og:image:alt") == home_banner.alt

    article = portal["seed_en"]
    article.body = (
        f'<p>Intro</p><embed embedtype="image" format="captioned" id="{picture("Dong Nai").pk}"'
        ' alt="Signing in Bien Hoa"/>'
    )
    article.save_revision().publish()
    page = text(client.get("/en/tin-tuc/ket-qua-2023/"))
    assert meta(page, "og:title") == "Results of foreign NGO aid mobilization in 2023"
    assert meta(page, "og:type") == "article"
    assert (
        meta(page, "og:description") == "In 2023 Dong Nai mobilized more than VND 109.841 billion."
    )
    assert meta(page, "og:image").startswith("http://testserver/")
    # The picture is shown with its caption (the image's title) and alt text.
    assert re.search(
        r'<figure class="captioned"><img [^>]*alt="Signing in Bien Hoa"[^>]*>'
        r"<figcaption>Dong Nai</figcaption></figure>",
        page,
    )


def test_every_page_links_its_languages_news_feeds(client, portal):
    for language in ("vi", "en"):
        page = text(client.get(f"/{language}/"))
        assert 'type="application/rss+xml" title="' in page
        assert f'href="/{language}/feed/rss/"' in page
        assert f'href="/{language}/feed/atom/"' in page


@pytest.mark.parametrize(
    ("accept", "home"), [("vi", "/vi/"), ("en-GB,en", "/en/"), ("zh-CN,zh", "/zh-hans/")]
)
def test_the_sites_root_leads_to_the_readers_language(client, portal, accept, home):
    response = client.get("/", headers={"accept-language": accept})
    assert response.status_code == 302
    assert response["Location"] == home
    assert client.get(home).status_code == 200
