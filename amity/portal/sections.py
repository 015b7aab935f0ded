"""Who edits which part of the portal. Each union's editors and administrators edit its
section (its home page in every language, and everything under it) and nothing else;
the national union's, like everywhere in Amity, also reach the provincial sections
nested under the national portal.

Wagtail decides page permissions from groups (`GroupPagePermission`), so each union has a
group, "Portal editors: <union>", granted on its section's pages and its own image
collection; memberships (the tenancy app's one source of truth) put users in it and take
them out. The signals in `signals.py` keep both in step."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from amity.tenancy.models import Membership, Union
from amity.tenancy.roles import Role

PORTAL_ROLES = (Role.ADMIN, Role.EDITOR)
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
IMAGE_PERMISSIONS = ("add_image", "change_image", "choose_image")
GROUP_PREFIX = "Portal editors: "


def editors_group(union: Union) -> Group:
    group, _ = Group.objects.get_or_create(name=f"{GROUP_PREFIX}{union.slug}")
    return group


def union_collection(union: Union) -> Collection:
    """The union's own folder of images and documents, named by the union's Vietnamese
    name whatever language is active, so there is only ever one."""
    found = Collection.objects.filter(name=union.name).first()
    if found is None:
        # Wagtail's migrations make the root; a flushed database (`amity flush`) has none.
        root = Collection.get_first_root_node() or Collection.add_root(name="Root")
        found = root.add_child(name=union.name)
    return found


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def section_permissions_sync(union: Union) -> Group:
    """Grant the union's group its sections (every language's home page of the union)."""
    from .models import HomePage

    group = editors_group(union)
    for page in HomePage.objects.filter(union=union):
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_permission("wagtailcore", codename)
            )
    collection = union_collection(union)
    for codename in IMAGE_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission("wagtailimages", codename)
        )
    # Translating a page into another language goes through simple_translation.
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="simple_translation", codename="submit_translation"
        )
    )
    return group


def user_groups_sync(user) -> None:
    """Put the user in the portal group of each union where they edit, out of the rest."""
    editing = set(
        Membership.objects.filter(user=user, role__in=PORTAL_ROLES).values_list(
            "union__slug", flat=True
        )
    )
    for group in Group.objects.filter(name__startswith=GROUP_PREFIX):
        if group.name.removeprefix(GROUP_PREFIX) in editing:
            group.user_set.add(user)
        else:
            group.user_set.remove(user)
