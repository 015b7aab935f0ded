"""Keep the search texts in step with what is published, and the portal's editing groups
in step with sections and memberships (`sections.py`)."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from .search import reindex


def _reindex(sender, instance, **kwargs):
    reindex(instance)


def _section_saved(sender, instance, **kwargs):
    from .sections import section_permissions_sync

    if instance.union_id is not None:
        section_permissions_sync(instance.union)


def _membership_changed(sender, instance, **kwargs):
    from .sections import section_permissions_sync, user_groups_sync

    section_permissions_sync(instance.union)  # the group exists before users join it
    user_groups_sync(instance.user)


def connect() -> None:
    from amity.tenancy.models import Membership

    from .models import HomePage

    page_published.connect(_reindex, dispatch_uid="portal-search-published")
    page_unpublished.connect(_reindex, dispatch_uid="portal-search-unpublished")
    post_save.connect(_section_saved, sender=HomePage, dispatch_uid="portal-section-saved")
    post_save.connect(_membership_changed, sender=Membership, dispatch_uid="portal-member-saved")
    post_delete.connect(
        _membership_changed, sender=Membership, dispatch_uid="portal-member-deleted"
    )
