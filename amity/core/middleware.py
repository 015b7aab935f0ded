"""Django's LocaleMiddleware, except that a page not found in the back office, the API
or other unprefixed parts is not redirected to a language-prefixed portal path.

Django redirects a 404 to `/<language>/<path>` when that path would resolve; the portal's
Wagtail pages resolve every path under a language, so without this every missing back-
office or API URL (including another union's record, which must be a plain 404) would
become a redirect to the portal."""

from django.middleware.locale import LocaleMiddleware
from django.utils.cache import patch_vary_headers

# Parts of the site outside the portal's /vi/, /en/, /zh-hans/.
UNPREFIXED = ("/admin/", "/api/", "/i18n/", "/theme/", "/static/", "/media/")


class AmityLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            # What LocaleMiddleware adds besides the redirect: the headers.
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
