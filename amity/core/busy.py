"""A database too busy to take a write (SQLite's busy timeout run out while another
writer, such as a long import, holds the lock) answers 503 with a page or JSON in the
reader's language, saying to try again, instead of a server error. Nothing was written:
the request's transaction was rolled back."""

from django.db import OperationalError
from django.utils.translation import gettext as _

from amity.core.refusals import refusal

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
        response = refusal(request, status=503, words=_words, level="warning")
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response


def _words():
    return _("Try again in a minute"), _(
        "The database is busy with another change (an import, perhaps), so nothing "
        "was saved. Try again in a minute."
    )
