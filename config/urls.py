from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

from amity.portal.themes import choose_theme
from amity.portal.views import search_view

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("amity.api.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("theme/<str:theme>/", choose_theme, name="portal-theme"),
    # Until the demo builds the portal's pages (next part of the portal issue), the root
    # leads to the back office.
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
]

# The portal: every page under its language, /vi/, /en/, /zh-hans/.
urlpatterns += i18n_patterns(
    path("search/", search_view, name="portal-search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
