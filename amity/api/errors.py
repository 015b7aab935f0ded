"""Errors as JSON that names the field and the problem, in the caller's language."""

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers, status
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
