"""Wagtail's documents' files (`wagtaildocs_serve`), which Wagtail serves to anyone who
has the link: here only to those who may choose or change the document (Wagtail's
collection permission policy; no union role grants it). For anyone else the document
is not there (404), as another union's record is; the admin API's listing is narrowed
the same way (`admin_api.py`)."""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve

from amity.core.admin_api import handled_by


def document_file(request, document_id: int, document_filename: str):
    """Wagtail's `serve`, for those who may choose or change the document."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not handled_by(request.user, get_document_model()).filter(pk=document_id).exists():
        raise Http404
    return serve(request, document_id, document_filename)
