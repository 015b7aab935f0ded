"""A request body larger than any upload Amity takes is refused with 413 before a byte
of it is read: Django would otherwise spool the whole of it to disk, then let the form
refuse the file. The page (or JSON, for the API) says how large it was and how much
Amity takes, in the person's language. The proxy in front may cap bodies too; this
holds without one.

The cap is `AMITY_REQUEST_MAX_BYTES`: by default the largest file limit (an IATI
file's) with a mebibyte to spare for the form's other fields."""

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from amity.core.refusals import refusal


class RequestSizeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django's own parsing refuses it
        limit = settings.AMITY_REQUEST_MAX_BYTES
        if length > limit:
            return _refused(request, length, limit)
        return self.get_response(request)


def _refused(request, length: int, limit: int):
    def words():
        return _("Too large to send"), _(
            "What was sent is %(size)s, more than the %(limit)s Amity takes in one request, "
            "so none of it was read or stored. Send a smaller file (an IATI file may be "
            "sent gzipped, as .xml.gz)."
        ) % {"size": filesizeformat(length), "limit": filesizeformat(limit)}

    response = refusal(request, status=413, words=words, level="error")
    # The body is not read: the connection cannot carry another request after it.
    response["Connection"] = "close"
    return response
