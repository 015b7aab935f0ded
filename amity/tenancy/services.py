from django.contrib.auth import get_user_model
from django.db import transaction

from amity.history.services import record_change, snapshot

from .models import Membership, Role, Union
from .permissions import forget_access


@transaction.atomic
def union_upsert(*, actor, slug: str, province, is_national: bool = False, **names) -> Union:
    """Create the union with this slug, or bring its names and province up to date."""
    union = Union.objects.filter(slug=slug).first()
    before = snapshot(union) if union else None
    union = union or Union(slug=slug)
    union.province = province
    union.is_national = is_national
    for name, value in names.items():
        setattr(union, name, value)
    union.full_clean()
    union.save()
    record_change(actor=actor, instance=union, before=before, union=union)
    return union


@transaction.atomic
def membership_grant(*, actor, user, union: Union, role: Role) -> Membership:
    """Give `user` this role in `union` (one role per union: a new grant replaces it)."""
    membership = Membership.objects.filter(user=user, union=union).first()
    before = snapshot(membership) if membership else None
    membership = membership or Membership(user=user, union=union)
    membership.role = role
    membership.full_clean()
    membership.save()
    record_change(actor=actor, instance=membership, before=before, union=union)
    forget_access(user)
    return membership


@transaction.atomic
def user_ensure(*, username: str, password: str, language: str = "", email: str = ""):
    """A user with this username (created if missing) and this back-office language."""
    from wagtail.users.models import UserProfile

    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": email}
    )
    if created:
        user.set_password(password)
        user.save()
    if language:
        profile = UserProfile.get_for_user(user)
        if profile.preferred_language != language:
            profile.preferred_language = language
            profile.save()
    return user
