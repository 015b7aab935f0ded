"""Errors as JSON that names the field and the problem, in the caller's language."""

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import JsonResponse
from django.views import defaults
from rest_framework import exceptions, serializers, status
from rest_framework.views import exception_handler as drf_exception_handler

from amity.registry.services import DuplicateOrganizationError


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        detail = (
            {
                ("non_field_errors" if k == NON_FIELD_ERRORS else k): v
                for k, v in exc.message_dict.items()
            }
            if hasattr(exc, "error_dict")
            else {"non_field_errors": exc.messages}
        )
        response = drf_exception_handler(serializers.ValidationError(detail), context)
        if getattr(exc, "code", None) == "changed_since":
            # Someone saved the record after the caller read it (history.services).
            response.status_code = status.HTTP_409_CONFLICT
        if isinstance(exc, DuplicateOrganizationError):
            request = context.get("request")
            response.data["duplicates"] = [
                {
                    "id": m.pk,
                    "name": m.label,
                    "url": request.build_absolute_uri(f"/api/v1/organizations/{m.pk}/")
                    if request
                    else f"/api/v1/organizations/{m.pk}/",
                }
                for m in exc.matches
            ]
        return response
    return drf_exception_handler(exc, context)


def page_not_found(request, exception):
    """Django's 404 handler (`config.urls.handler404`): an address under /api/ that no
    endpoint matches (`/api/v1/aid-items/1.5/`) answers as the API's own 404s do, in
    JSON, not with the portal's page."""
    if request.path_info.startswith("/api/"):
        return JsonResponse({"detail": str(exceptions.NotFound.default_detail)}, status=404)
    return defaults.page_not_found(request, exception)
