"""A small portal: a home page with two news categories and a few articles, each in
Vietnamese (the original) with English and Chinese translations of some."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from amity.portal.models import ArticlePage, HomePage, NewsIndexPage


def at(day: str):
    return timezone.make_aware(datetime.datetime.fromisoformat(day + "T09:00"))


def translate(page, code: str, **fields):
    """The page's copy in another language, with its own texts, published."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=code))
    copy = copy.specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


@pytest.fixture
def portal(unions):
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(title="Liên hiệp hữu nghị", slug="trang-chu", union=unions["vufo"])
    )
    Site.objects.update(root_page=home, is_default_site=True, hostname="testserver")
    news = home.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc"))
    events = home.add_child(instance=NewsIndexPage(title="Sự kiện", slug="su-kien"))

    def article(parent, title, slug, day, tags=(), **fields):
        page = parent.add_child(
            instance=ArticlePage(title=title, slug=slug, published_at=at(day), **fields)
        )
        page.tags.add(*tags)
        page.save_revision().publish()
        return page

    seed = article(
        news,
        "Kết quả công tác vận động viện trợ PCPNN năm 2023",
        "ket-qua-2023",
        "2024-02-02",
        tags=["viện trợ", "Đồng Nai"],
        lead="Năm 2023, Đồng Nai vận động được hơn 109,841 tỷ đồng.",
        body="<p>Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai…</p>",
        author="DUFO",
    )
    same_tag = article(
        events, "Hội nghị xúc tiến viện trợ", "hoi-nghi", "2023-11-01", tags=["viện trợ"]
    )
    same_category = article(news, "Tập huấn Nghị định 58", "tap-huan", "2023-06-01")
    unrelated = article(events, "Giao lưu hữu nghị", "giao-luu", "2023-05-01", tags=["văn hóa"])
    draft = news.add_child(
        instance=ArticlePage(
            title="Bản nháp", slug="ban-nhap", published_at=at("2024-03-01"), live=False
        )
    )
    draft.tags.add("viện trợ")
    draft.save_revision()

    home_en = translate(home, "en", title="Friendship unions")
    news_en = translate(news, "en", title="News")
    translate(events, "en", title="Events")
    seed_en = translate(
        seed,
        "en",
        title="Results of foreign NGO aid mobilization in 2023",
        lead="In 2023 Dong Nai mobilized more than VND 109.841 billion.",
    )
    home_zh = translate(home, "zh-hans", title="友好组织联合会")
    translate(events, "zh-hans", title="活动")
    visit_zh = translate(
        same_tag,
        "zh-hans",
        title="越南友好组织联合会工作组赴安沛省调研",
        lead="安沛省希望越南友好组织联合会帮助其联系新的外国非政府组织。",
        body="<p>2022年，全省有47个项目和非项目援助，拨付资金440万美元。</p>",
    )
    return {
        "home": home,
        "news": news,
        "events": events,
        "seed": seed,
        "same_tag": same_tag,
        "same_category": same_category,
        "unrelated": unrelated,
        "draft": draft,
        "home_en": home_en,
        "news_en": news_en,
        "seed_en": seed_en,
        "home_zh": home_zh,
        "visit_zh": visit_zh,
    }


def _section(parent, union, title, slug):
    home = parent.add_child(instance=HomePage(title=title, slug=slug, union=union))
    news = home.add_child(instance=NewsIndexPage(title=f"Tin {title}", slug="tin-tuc"))
    article = news.add_child(
        instance=ArticlePage(title=f"Bài {title}", slug="bai-viet", published_at=at("2024-01-05"))
    )
    article.save_revision().publish()
    return {"home": home, "news": news, "article": article}


@pytest.fixture
def sections(unions):
    """The national portal with the Dong Nai and Lao Cai sections nested under it, and a
    national section beside it; each with a category and an article."""
    root = Page.get_first_root_node()
    national = root.add_child(
        instance=HomePage(title="Cổng thông tin", slug="cong-thong-tin", union=unions["vufo"])
    )
    Site.objects.update(root_page=national, is_default_site=True, hostname="testserver")
    found = {
        "vufo": _section(root, unions["vufo"], "Quốc gia", "quoc-gia"),
        "dong-nai": _section(national, unions["dong-nai"], "Đồng Nai", "dong-nai"),
        "lao-cai": _section(national, unions["lao-cai"], "Lào Cai", "lao-cai"),
    }
    found["vufo"]["portal"] = national
    # Every language's home page of a section is the union's too.
    translate(national, "en", title="Portal")
    found["dong-nai"]["home_en"] = translate(found["dong-nai"]["home"], "en", title="Dong Nai")
    return found
