"""A request to the API whose query or form/JSON fields carry a NUL character is refused
(400, naming the field) before any view reads it: PostgreSQL cannot hold NUL in a text
value, so a lookup by it (`?union=…`, a currency code) would otherwise fail as a server
error. Files uploaded beside the fields are not looked at: their bytes are their own."""

import io
import json

from django.http import JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParser
from django.utils.translation import gettext as _

NUL = "\x00"
FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def _first_with_nul(pairs) -> str | None:
    for key, values in pairs:
        if NUL in key or any(NUL in value for value in values):
            return key
    return None


def _json_field_with_nul(value, place: str = "") -> str | None:
    if isinstance(value, str):
        return place if NUL in value else None
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = ((str(i), v) for i, v in enumerate(value))
    else:
        return None
    for key, child in items:
        here = f"{place}.{key}" if place else key
        if NUL in key:
            return here
        if (found := _json_field_with_nul(child, here)) is not None:
            return found
    return None


class RefuseNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/api/"):
            field = self._field_with_nul(request)
            if field is not None:
                message = _("“%(field)s” contains a NUL character, which text may not hold.")
                return JsonResponse(
                    {field or "non_field_errors": [message % {"field": field}]}, status=400
                )
        return self.get_response(request)

    def _field_with_nul(self, request) -> str | None:
        found = _first_with_nul(request.GET.lists())
        if found is not None or request.method not in ("POST", "PUT", "PATCH"):
            return found
        if request.content_type == "application/json":
            try:
                return _json_field_with_nul(json.loads(request.body))
            except ValueError:
                return None  # the API's own parser says what is wrong with it
        if request.content_type not in FORMS:
            return None
        if request.method == "POST":
            return _first_with_nul(request.POST.lists())
        # Django parses a form only for POST; the API reads PUT and PATCH forms too.
        if request.content_type == "multipart/form-data":
            fields, _files = MultiPartParser(
                request.META, io.BytesIO(request.body), request.upload_handlers
            ).parse()
        else:
            fields = QueryDict(request.body, encoding=request.encoding)
        return _first_with_nul(fields.lists())
