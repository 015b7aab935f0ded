"""/sitemap.xml: every live, public portal page in every language, each with its
translations as hreflang alternates.

Wagtail's sitemap (`wagtail.contrib.sitemaps`) lists only the site's root page and its
descendants, so only the Vietnamese tree (the other languages' home pages are the root's
translations, beside it), and it has no alternates. Django's `i18n` sitemaps assume one
object whose URL changes with the active language, while each Wagtail translation is a
page of its own. So the alternates are computed here: pages are grouped by the
`translation_key` their translations share, and every page of a group names all the
group's pages — only live, public ones, because only those are in the group."""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Q
from django.shortcuts import render
from django.urls import reverse
from wagtail.models import Locale, Page, Site

from .models import (
    AidDashboardPage,
    AppealsPage,
    ArticlePage,
    HomePage,
    NewsIndexPage,
    NgoDirectoryPage,
    SponsorshipCallsPage,
)

PORTAL_PAGE_TYPES = (
    HomePage,
    NewsIndexPage,
    ArticlePage,
    AidDashboardPage,
    NgoDirectoryPage,
    SponsorshipCallsPage,
    AppealsPage,
)


def site_for(request) -> Site | None:
    return Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()


class PortalSitemap(Sitemap):
    """One instance per request: page URLs are computed with the request (Wagtail caches
    the sites' root paths on it)."""

    def __init__(self, request):
        self.request = request

    def items(self):
        """The readable portal pages of the requesting site, in every language: a
        sitemap may only list URLs of its own host."""
        site = site_for(self.request)
        if site is None:
            return Page.objects.none()
        in_site = Q()
        for home in site.root_page.get_translations(inclusive=True):
            in_site |= Q(path__startswith=home.path)
        return (
            Page.objects.live()
            .public()
            .type(*PORTAL_PAGE_TYPES)
            .filter(in_site, locale__language_code__in=dict(settings.WAGTAIL_CONTENT_LANGUAGES))
            .order_by("path")
        )

    def lastmod(self, page):
        """When it was last published (pages never published through a revision have
        none); whole seconds, which is all crawlers read."""
        modified = page.last_published_at or page.latest_revision_created_at
        return modified.replace(microsecond=0) if modified else None

    def _urls(self, page_number, protocol, domain):
        """Pages' own full URLs (their site's, not the request's domain), each with its
        translations. The language code is the locale's, as in the pages' own hreflang
        links (`language_links` in templatetags/portal.py)."""
        pages = list(self.paginator.page(page_number).object_list)
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        translations = defaultdict(list)
        for translation in self.items().filter(
            translation_key__in={page.translation_key for page in pages}
        ):
            url = translation.get_full_url(self.request)
            if url is not None:
                translations[translation.translation_key].append(
                    {"lang_code": codes[translation.locale_id], "location": url}
                )
        urls = []
        for page in pages:
            url = page.get_full_url(self.request)
            if url is None:  # not under any site: nothing to link to
                continue
            urls.append(
                {
                    "item": page,
                    "location": url,
                    "lastmod": self.lastmod(page),
                    "alternates": translations[page.translation_key],
                }
            )
        modified = [url["lastmod"] for url in urls]
        if modified and None not in modified:
            self.latest_lastmod = max(modified)
        return urls


def sitemap_view(request):
    return sitemap_views.sitemap(
        request, {"portal": PortalSitemap(request)}, template_name="portal/sitemap.xml"
    )


def robots_view(request):
    """robots.txt lives here beside the sitemap it points crawlers to."""
    return render(
        request,
        "portal/robots.txt",
        {"sitemap_url": request.build_absolute_uri(reverse("portal-sitemap"))},
        content_type="text/plain; charset=utf-8",
    )
