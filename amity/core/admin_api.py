"""Wagtail's admin API for images and documents, narrowed to what the caller may choose
or change (Wagtail's collection permission policy): as Wagtail ships them they list
every image's and document's title, size and link to anyone in the back office,
whatever their union. Anything else reads as missing (404)."""

from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permissions import policy_registry

ACTIONS = ["choose", "change"]


def handled_by(user, model):
    """The `model` (Wagtail's image or document) rows `user` may choose or change."""
    policy = policy_registry.get_by_type(model)
    return policy.instances_user_has_any_permission_for(user, ACTIONS)


class CheckedDocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        handled = handled_by(self.request.user, get_document_model())
        return super().get_queryset().filter(pk__in=handled.values("pk"))


class CheckedImagesAPIViewSet(ImagesAdminAPIViewSet):
    def get_queryset(self):
        handled = handled_by(self.request.user, get_image_model())
        return super().get_queryset().filter(pk__in=handled.values("pk"))
