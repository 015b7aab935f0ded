"""The demo's public portal (`portal_data.py`): the national portal with the Dong Nai and
Lao Cai sections nested under it, their categories, articles and banners in Vietnamese,
with the English and Chinese translations, the public aid pages, and one draft that must
never show. Pictures are drawn here (plain colour and an emblem), so no file is copied.

Safe to run again: pages are found by their place and slug and brought back to the demo
text; nothing is duplicated."""

import datetime
import html
import io
import zlib
from dataclasses import dataclass

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as Picture
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from amity.portal.models import (
    AidDashboardPage,
    AppealsPage,
    ArticlePage,
    HomeBanner,
    HomePage,
    NewsIndexPage,
    NgoDirectoryPage,
    SponsorshipCallsPage,
)
from amity.portal.sections import union_collection

from . import portal_data as data

ORIGINAL = "vi"
PUBLIC_PAGES = [
    (
        AidDashboardPage,
        {"vi": "so-lieu-vien-tro", "en": "aid-figures", "zh-hans": "aid-figures"},
        {"vi": "Số liệu viện trợ", "en": "Aid figures", "zh-hans": "援助数据"},
        {
            "vi": "Các khoản viện trợ đã được phê duyệt và công bố, theo năm, lĩnh vực và tỉnh.",
            "en": "The approved aid the union has published, by year, sector and province.",
            "zh-hans": "已批准并公开的援助，按年份、领域和省份统计。",
        },
    ),
    (
        NgoDirectoryPage,
        {"vi": "danh-ba-to-chuc", "en": "ngo-directory", "zh-hans": "ngo-directory"},
        {"vi": "Danh bạ tổ chức PCPNN", "en": "NGO directory", "zh-hans": "非政府组织名录"},
        {
            "vi": "Các tổ chức phi chính phủ nước ngoài đồng hành cùng Liên hiệp.",
            "en": "The foreign non-governmental organizations working with the union.",
            "zh-hans": "与友好组织联合会合作的外国非政府组织。",
        },
    ),
    (
        SponsorshipCallsPage,
        {
            "vi": "keu-goi-tai-tro",
            "en": "calls-for-sponsorship",
            "zh-hans": "calls-for-sponsorship",
        },
        {"vi": "Kêu gọi tài trợ", "en": "Calls for sponsorship", "zh-hans": "资助征集"},
        {
            "vi": "Các nhu cầu Liên hiệp đang kêu gọi nhà tài trợ, theo lĩnh vực và địa bàn.",
            "en": "The needs the union is seeking donors for, by sector and locality.",
            "zh-hans": "友好组织联合会正在寻求资助的需求，按领域和地区列出。",
        },
    ),
    (
        AppealsPage,
        {"vi": "loi-keu-goi-cuu-tro", "en": "appeals", "zh-hans": "appeals"},
        {"vi": "Lời kêu gọi cứu trợ", "en": "Relief appeals", "zh-hans": "救灾呼吁"},
        {
            "vi": "Các đợt vận động cứu trợ thiên tai và số tiền đã nhận được.",
            "en": "The disaster relief appeals and how much each has received.",
            "zh-hans": "救灾募捐呼吁及各项已收到的款项。",
        },
    ),
]
DRAFT = {
    "slug": "ban-nhap-chua-cong-bo",
    "title": "Bản nháp: kế hoạch vận động năm sau (chưa công bố)",
    "lead": "Bản nháp nội bộ, không được hiện trên cổng thông tin.",
}


@dataclass
class PortalDemoResult:
    sections: int = 0
    articles: int = 0
    translations: int = 0
    banners: int = 0
    home_url: str = ""


def _moment(value: str) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.fromisoformat(value))


def _picture(title: str, colour: str, collection, size=(960, 540)):
    """A drawn picture (the colour, a sun-like emblem), stored once per title."""
    Image = get_image_model()
    found = Image.objects.filter(title=title, collection=collection).first()
    if found is not None:
        return found
    canvas = Picture.new("RGB", size, colour)
    draw = ImageDraw.Draw(canvas)
    w, h = size
    seed = zlib.crc32(title.encode())
    r = h // 4 + seed % (h // 8)
    cx, cy = w // 2 + seed % (w // 4) - w // 8, h // 2
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline="white", width=8)
    draw.ellipse((cx - r // 3, cy - r // 3, cx + r // 3, cy + r // 3), fill="white")
    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=80)
    name = f"amity-demo-{seed:08x}.jpg"
    return Image.objects.create(
        title=title, collection=collection, file=ImageFile(buffer, name=name)
    )


def _save(page, fields: dict, *, live: bool = True, at=None, tags=None, force=False):
    """Bring the page to `fields` and publish it; a page already so is left alone, so a
    second run adds no revisions."""
    changed = force or page.live != live or page.has_unpublished_changes
    for name, value in fields.items():
        if getattr(page, name) != value:
            setattr(page, name, value)
            changed = True
    if tags is not None and sorted(page.tags.names()) != sorted(tags):
        page.tags.set(tags)
        changed = True
    if not changed:
        return page
    if at is not None and page.first_published_at is None:
        page.first_published_at = at
    revision = page.save_revision()
    if live:
        revision.publish()
        page.refresh_from_db()
    return page


def _child(parent, model, slug: str, fields: dict, **kwargs):
    """The parent's child page of that slug, created or brought back to `fields`."""
    found = parent.get_children().filter(slug=slug).first()
    if found is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        return _save(page, {}, force=True, **kwargs)
    return _save(found.specific, fields, **kwargs)


def _translation(page, language: str, fields: dict, **kwargs):
    locale = Locale.objects.get(language_code=language)
    copy = page.get_translation_or_none(locale)
    if copy is None:
        copy = page.copy_for_translation(locale)
    return _save(copy.specific, fields, **kwargs)


def _body(text: str, images: list, pictures: list) -> str:
    for index, picture in enumerate(pictures):
        # Escaped the way the sanitizer stores it, so a rerun finds the body unchanged.
        alt = html.escape(images[index]["alt"], quote=False).replace('"', "&quot;")
        embed = f'<embed embedtype="image" format="captioned" id="{picture.pk}" alt="{alt}"/>'
        text = text.replace(f"{{{{image:{index}}}}}", embed)
    return text


def _root_home(root, spec) -> HomePage:
    """The national portal's home page, made the default site's root."""
    site = Site.objects.filter(is_default_site=True).first()
    existing = HomePage.objects.filter(depth=2, locale__language_code=ORIGINAL).first()
    fields = {"title": spec["title"][ORIGINAL], "intro": f"<p>{spec['intro'][ORIGINAL]}</p>"}
    if existing is None:
        home = HomePage(slug="cong-thong-tin", **fields)
        root.add_child(instance=home)
        home = _save(home, {}, force=True)
    else:
        home = _save(existing, fields)
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        welcome = site.root_page
        site.root_page = home
        site.save()
        # Wagtail's "Welcome" placeholder, when nothing was built under it.
        if welcome.specific_class is Page and welcome.is_leaf():
            welcome.delete()
    return home


def _tree_root() -> Page:
    """The page tree's root and the portal's locales, as Wagtail's and our migrations
    make them, made again when a flush (`amity flush`) has emptied the tables."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


def portal_demo_load(*, unions: dict) -> PortalDemoResult:
    result = PortalDemoResult()
    root = _tree_root()
    sections: dict[str, HomePage] = {}
    for spec in data.SECTIONS:
        union = unions[spec["union"]]
        if not spec["slug"]:
            home = _root_home(root, spec)
            home = _save(home, {"union": union})
        else:
            home = _child(
                sections["vufo"],
                HomePage,
                spec["slug"],
                {
                    "title": spec["title"][ORIGINAL],
                    "intro": f"<p>{spec['intro'][ORIGINAL]}</p>",
                    "union": union,
                },
            )
        sections[spec["key"]] = home
        result.sections += 1
        for language in data.LANGUAGES[1:]:
            _translation(
                home,
                language,
                {
                    "title": spec["title"][language],
                    "intro": f"<p>{spec['intro'][language]}</p>",
                    # Root homes of all languages are siblings, so each needs its own slug.
                    "slug": spec["slug"] or f"{home.slug}-{language}",
                },
            )

    categories: dict[str, NewsIndexPage] = {}
    for spec in data.CATEGORIES:
        page = _child(
            sections[spec["section"]],
            NewsIndexPage,
            spec["slug"][ORIGINAL],
            {"title": spec["title"][ORIGINAL], "intro": f"<p>{spec['intro'][ORIGINAL]}</p>"},
        )
        categories[spec["key"]] = page
        for language in data.LANGUAGES[1:]:
            _translation(
                page,
                language,
                {
                    "title": spec["title"][language],
                    "intro": f"<p>{spec['intro'][language]}</p>",
                    "slug": spec["slug"][language],
                },
            )

    for home in sections.values():
        for model, slugs, titles, intros in PUBLIC_PAGES:
            page = _child(
                home,
                model,
                slugs[ORIGINAL],
                {"title": titles[ORIGINAL], "intro": f"<p>{intros[ORIGINAL]}</p>"},
            )
            for language in data.LANGUAGES[1:]:
                _translation(
                    page,
                    language,
                    {
                        "title": titles[language],
                        "intro": f"<p>{intros[language]}</p>",
                        "slug": slugs[language],
                    },
                )

    articles: dict[str, ArticlePage] = {}
    for spec in data.ARTICLES:
        category = categories[spec["category"]]
        collection = union_collection(category.get_parent().specific.union)
        at = _moment(spec["published_at"])
        page = None
        for language in data.LANGUAGES:
            text = spec["text"].get(language)
            if text is None:
                continue
            pictures = [
                _picture(image["caption"][language], _colour(spec["key"], i), collection)
                for i, image in enumerate(spec.get("images", []))
            ]
            fields = {
                "title": text["title"],
                "lead": text["lead"],
                "body": _body(
                    text["body"],
                    [{"alt": image["alt"][language]} for image in spec.get("images", [])],
                    pictures,
                ),
                "author": spec["author"],
                "published_at": at,
            }
            tags = spec["tags"][language]
            if language == ORIGINAL:
                page = _child(category, ArticlePage, text["slug"], fields, at=at, tags=tags)
            else:
                fields["slug"] = text["slug"]
                _translation(page, language, fields, at=at, tags=tags)
                result.translations += 1
        articles[spec["key"]] = page
        result.articles += 1

    _draft(categories[data.ARTICLES[0]["category"]])

    for key, home in sections.items():
        specs = [b for b in data.BANNERS if b["section"] == key]
        collection = union_collection(home.union)
        pictures = [_picture(b["title"][ORIGINAL], b["colour"], collection) for b in specs]
        for language in data.LANGUAGES:
            page = (
                home
                if language == ORIGINAL
                else home.get_translation(Locale.objects.get(language_code=language))
            )
            page = page.specific
            page.banners.all().delete()
            for order, (spec, picture) in enumerate(zip(specs, pictures, strict=True)):
                target = articles.get(spec["article"]) if spec.get("article") else None
                if target is not None and language != ORIGINAL:
                    target = target.get_translation_or_none(page.locale) or target
                HomeBanner.objects.create(
                    page=page,
                    sort_order=order,
                    image=picture,
                    title=spec["title"][language],
                    caption=spec["caption"][language],
                    alt=spec["alt"][language],
                    link_page=target,
                )
            result.banners += len(specs) if language == ORIGINAL else 0
    result.home_url = sections["vufo"].url
    return result


def _colour(key: str, index: int) -> str:
    palette = ["#b3261e", "#1f5fa8", "#8a6d00", "#1e7d43", "#6a1b9a", "#00695c"]
    return palette[(zlib.crc32(key.encode()) + index) % len(palette)]


def _draft(category: NewsIndexPage) -> None:
    """One article never published: the tests look for it where it must not be."""
    if category.get_children().filter(slug=DRAFT["slug"]).exists():
        return
    page = ArticlePage(
        slug=DRAFT["slug"],
        title=DRAFT["title"],
        lead=DRAFT["lead"],
        live=False,
        published_at=timezone.now(),
    )
    category.add_child(instance=page)
    page.tags.add("Đồng Nai")
    page.save_revision()
