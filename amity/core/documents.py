"""Wagtail's documents, which only those given a permission on a collection handle
(no union role grants one): their files and their admin-API listing go to those people
alone.

Wagtail serves a document to anyone who has its link (`wagtaildocs_serve`), and its
admin API lists every document, titles and links, to anyone in the back office. Amity's
records are a union's own, so both are narrowed to the documents the caller may
choose or change (Wagtail's collection permission policy); for anyone else a document
is not there (404), as another union's record is."""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.views.serve import serve
from wagtail.permissions import policy_registry

DOCUMENT_ACTIONS = ["choose", "change"]


def documents_for(user):
    policy = policy_registry.get_by_type(get_document_model())
    return policy.instances_user_has_any_permission_for(user, DOCUMENT_ACTIONS)


def document_file(request, document_id: int, document_filename: str):
    """Wagtail's `serve`, for those who may choose or change the document."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not documents_for(request.user).filter(pk=document_id).exists():
        raise Http404(f"No {get_document_model()._meta.verbose_name} matches the given query.")
    return serve(request, document_id, document_filename)


class CheckedDocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().filter(pk__in=documents_for(self.request.user).values("pk"))
