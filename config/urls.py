from django.conf import settings
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail.admin import urls as wagtailadmin_urls

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("amity.api.urls")),
    path("admin/", include(wagtailadmin_urls)),
    # The public portal comes later; until then the root leads to the back office.
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
