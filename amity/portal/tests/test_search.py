"""Search finds Vietnamese with or without diacritics and Chinese by its pieces, in the
reader's language only, never a draft; results carry marked, escaped extracts."""

import re

import pytest

from amity.portal.models import ArticlePage
from amity.portal.search import query_terms, search_text, terms
from amity.testing import text

from .conftest import at

pytestmark = pytest.mark.django_db


def test_the_rules_that_make_terms():
    # Vietnamese folds to the same terms with or without diacritics: "dong" is "đồng".
    assert terms("Đồng Nai") == terms("đồng nai") == terms("dong nai") == ["dong", "nai"]
    assert terms("Đường") == ["duong"]
    # Chinese runs become overlapping pairs; a lone character stays itself.
    assert terms("非政府组织") == ["非政", "政府", "府组", "组织"]
    assert terms("援助") == ["援助"] and terms("援") == ["援"]
    assert terms("PCPNN 援助 2023") == ["pcpnn", "援助", "2023"]
    # Whole terms only: "dong" is not found inside "dongnai".
    assert " dong " not in search_text("Dongnai")
    # Any length or script is safe; long queries are cut.
    assert len(query_terms("a " * 10_000)) == 1
    assert query_terms("<script>alert(1)</script>") == ["script", "alert", "1"]


def titles(page: str) -> list[str]:
    block = page[page.index('data-testid="results"') :] if 'data-testid="results"' in page else ""
    return re.findall(r'<li><a href="[^"]+">([^<]+)</a>', block)


SEED = "Kết quả công tác vận động viện trợ PCPNN năm 2023"


@pytest.mark.parametrize("query", ["Đồng Nai", "đồng nai", "dong nai", "DONG NAI", "109,841"])
def test_vietnamese_with_or_without_diacritics(client, portal, query):
    found = titles(text(client.get("/vi/search/", {"q": query})))
    assert SEED in found, query


def test_chinese_by_its_pieces(client, portal):
    for query in ("非政府组织", "援助", "安沛"):
        found = titles(text(client.get("/zh-hans/search/", {"q": query})))
        assert found == ["越南友好组织联合会工作组赴安沛省调研"], query
    assert titles(text(client.get("/zh-hans/search/", {"q": "政府援"}))) == []


def test_only_the_readers_language_and_never_a_draft(client, portal):
    english = titles(text(client.get("/en/search/", {"q": "Dong Nai"})))
    assert english == ["Results of foreign NGO aid mobilization in 2023"]
    assert "Bản nháp" not in text(client.get("/vi/search/", {"q": "nháp"}))
    portal["seed"].unpublish()
    assert SEED not in titles(text(client.get("/vi/search/", {"q": "dong nai"})))


def test_results_are_marked_and_escaped(client, portal):
    page = text(client.get("/vi/search/", {"q": "dong nai"}))
    assert "<mark>Đồng</mark> <mark>Nai</mark>" in page
    # Every term must match (so this finds nothing), and the query comes back escaped.
    page = text(client.get("/vi/search/", {"q": "dong nai <b>x</b>"}))
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page
    zh = text(client.get("/zh-hans/search/", {"q": "非政府组织"}))
    assert "<mark>非政府组织</mark>" in zh
    assert client.get("/vi/search/", {"q": "x" * 100_000}).status_code == 200


def test_a_title_match_comes_before_newer_pages_that_only_mention_the_words(client, portal):
    # Published last, so the newest, but "viện trợ" is only among its tags.
    newer = portal["news"].add_child(
        instance=ArticlePage(
            title="Giao lưu cuối năm", slug="cuoi-nam", published_at=at("2024-12-01")
        )
    )
    newer.tags.add("viện trợ")
    newer.save_revision().publish()
    found = titles(text(client.get("/vi/search/", {"q": "vien tro"})))
    assert sorted(found[:2]) == sorted([SEED, "Hội nghị xúc tiến viện trợ"])
    assert found[2:] == ["Giao lưu cuối năm"]
