"""The portal issue's reader: opens the site, switches language, picks a colour theme and
finds it kept after a reload, searches in Vietnamese without diacritics and in Chinese,
and follows a related-news link. Screenshots go to test-artifacts/ when it fails."""

import re

import pytest

from amity.demo import portal_data

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.one_suite("postgresql")]


def story(key: str) -> dict:
    return next(a for a in portal_data.ARTICLES if a["key"] == key)["text"]


def test_a_reader_reads_switches_language_and_theme_searches_and_follows_related_news(
    live_server, demo, page
):
    base = live_server.url
    dong_nai = story("dong-nai-2023-results")
    yen_bai = story("yen-bai-working-visit")

    # The site's root leads to the reader's language (the browser asks for Vietnamese).
    page.goto(f"{base}/")
    page.wait_for_url(f"{base}/vi/")
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.locator("[data-testid=banners] img").count() >= 1
    for img in page.locator("[data-testid=banners] img").all():
        assert img.get_attribute("alt")

    # The keyboard's first stop skips to the content, and shows itself while focused.
    page.keyboard.press("Tab")
    skip = page.locator("a[href='#content']")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#content"
    assert skip.bounding_box()["width"] > 20

    # Switch to English: the same page in English.
    page.locator("nav.languages a[hreflang=en]").click()
    page.wait_for_url(f"{base}/en/")
    assert page.locator("html").get_attribute("lang") == "en"

    # Pick the blue theme; it is there after a reload, from the first paint.
    page.locator("nav.themes a.blue").click()
    page.wait_for_url(f"{base}/en/")
    assert page.locator("html").get_attribute("data-theme") == "blue"
    page.reload()
    assert page.locator("html").get_attribute("data-theme") == "blue"
    assert page.locator("nav.themes a.blue").get_attribute("aria-current") == "true"

    # Vietnamese, without diacritics, from the search box.
    page.goto(f"{base}/vi/")
    page.fill("#site-q", "dong nai")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/vi/search/\?q=dong\+nai"))
    results = page.locator("[data-testid=results] li > a")
    found = results.all_inner_texts()
    assert dong_nai["vi"]["title"] in found
    assert page.locator("[data-testid=results] mark").first.inner_text().casefold() in (
        "đồng",
        "nai",
    )

    # Chinese: the Yen Bai story by 援助.
    page.goto(f"{base}/zh-hans/")
    page.fill("#site-q", "援助")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/zh-hans/search/.*"))
    page.get_by_role("link", name=yen_bai["zh-hans"]["title"]).click()
    assert page.locator("h1").inner_text() == yen_bai["zh-hans"]["title"]
    assert page.locator("html").get_attribute("data-theme") == "blue"  # still the reader's

    # Follow a related-news link: another story, in the same language.
    related = page.locator("[data-testid=related] a").first
    title = related.inner_text()
    related.click()
    page.wait_for_function("title => document.querySelector('h1').innerText === title", arg=title)
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    assert title != yen_bai["zh-hans"]["title"]

    # And the Dong Nai seed story in its three languages, the English one's amount right.
    page.goto(f"{base}/vi/search/?q=ket+qua+dong+nai+2023")
    page.get_by_role("link", name=dong_nai["vi"]["title"]).click()
    assert page.locator("h1").inner_text() == dong_nai["vi"]["title"]
    page.locator("nav.languages a[hreflang=en]").click()
    assert page.locator("h1").inner_text() == dong_nai["en"]["title"]
    assert "more than VND 109.841 billion" in page.locator("article").inner_text()
    page.locator("nav.languages a[hreflang=zh-hans]").click()
    assert page.locator("h1").inner_text() == dong_nai["zh-hans"]["title"]
