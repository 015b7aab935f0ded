"""A database too busy to take a write (SQLite's busy timeout run out while another
writer, such as a long import, holds the lock) answers 503 with a page or JSON in the
reader's language, saying to try again, instead of a server error. Nothing was written:
the request's transaction was rolled back."""

from django.db import OperationalError
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

RETRY_AFTER_SECONDS = 30
BUSY_SIGNS = ("database is locked", "database table is locked")  # SQLite's words


def is_busy(error: Exception) -> bool:
    return isinstance(error, OperationalError) and any(
        sign in str(error).lower() for sign in BUSY_SIGNS
    )


class DatabaseBusyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_busy(exception):
            return None
        # In the language the back office spoke to this person (the view's own choice
        # ended with the view).
        with translation.override(_language(request)):
            message = _(
                "The database is busy with another change (an import, perhaps), so nothing "
                "was saved. Try again in a minute."
            )
            if request.path_info.startswith("/api/"):
                response = JsonResponse({"detail": message}, status=503)
            else:
                response = render(request, "core/busy.html", {"message": message}, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response


def _language(request) -> str:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and request.path_info.startswith("/admin/"):
        from wagtail.users.models import UserProfile

        return UserProfile.get_for_user(user).get_preferred_language()
    return translation.get_language()
