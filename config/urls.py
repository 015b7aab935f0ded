from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

from amity.core.documents import document_file
from amity.core.workflows import narrowed
from amity.portal.feeds import ArticleAtomFeed, ArticleRssFeed
from amity.portal.sitemaps import robots_view, sitemap_view
from amity.portal.themes import choose_theme
from amity.portal.views import search_view

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("amity.api.urls")),
    # Wagtail's document links, served to those who may handle the document only.
    path(
        "admin/document-file/<int:document_id>/<str:document_filename>",
        document_file,
        name="wagtaildocs_serve",
    ),
    # Wagtail's admin, two workflow views narrowed to those who act on them.
    path("admin/", include(narrowed(wagtailadmin_urls.urlpatterns))),
    path("theme/<str:theme>/", choose_theme, name="portal-theme"),
    # For crawlers: every language's pages with their translations, outside /<language>/.
    path("sitemap.xml", sitemap_view, name="portal-sitemap"),
    path("robots.txt", robots_view, name="portal-robots"),
]

# An address under /api/ that no endpoint matches answers in JSON (amity/api/errors.py).
handler404 = "amity.api.errors.page_not_found"

# The portal: every page under its language, /vi/, /en/, /zh-hans/.
urlpatterns += i18n_patterns(
    path("search/", search_view, name="portal-search"),
    # News feeds (feeds.py), before Wagtail's pages, which take every other path.
    path("feed/rss/", ArticleRssFeed(), name="portal-feed-rss"),
    path("feed/atom/", ArticleAtomFeed(), name="portal-feed-atom"),
    path("feed/<int:category_id>/rss/", ArticleRssFeed(), name="portal-category-feed-rss"),
    path("feed/<int:category_id>/atom/", ArticleAtomFeed(), name="portal-category-feed-atom"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
