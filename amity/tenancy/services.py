from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from amity.history.services import delete_recorded, record_change, snapshot

from .models import Membership, Role, Union
from .permissions import Action, check_actor, forget_access


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


def _keeps_an_admin(union: Union, *, without: Membership) -> bool:
    return Membership.objects.filter(union=union, role=Role.ADMIN).exclude(pk=without.pk).exists()


@transaction.atomic
def membership_grant(*, actor, user, union: Union, role: Role) -> Membership:
    """Give `user` this role in `union` (one role per union: a new grant replaces it)."""
    check_actor(actor, Action.MANAGE_MEMBERS, union=union)
    membership = Membership.objects.filter(user=user, union=union).first()
    before = snapshot(membership) if membership else None
    if (
        membership is not None
        and membership.role == Role.ADMIN
        and role != Role.ADMIN
        and not _keeps_an_admin(union, without=membership)
    ):
        raise ValidationError({"role": _("A union keeps at least one administrator.")})
    membership = membership or Membership(user=user, union=union)
    membership.role = role
    membership.full_clean()
    membership.save()
    record_change(actor=actor, instance=membership, before=before, union=union)
    forget_access(user)
    return membership


@transaction.atomic
def membership_revoke(*, actor, membership: Membership) -> None:
    check_actor(actor, Action.MANAGE_MEMBERS, obj=membership)
    if membership.role == Role.ADMIN and not _keeps_an_admin(membership.union, without=membership):
        raise ValidationError(_("A union keeps at least one administrator."))
    delete_recorded(actor=actor, instance=membership, union=membership.union)
    forget_access(membership.user)


@transaction.atomic
def member_add(
    *, actor, union: Union, username: str, role: Role, password: str = "", email: str = ""
) -> Membership:
    """Give a role to an existing user, or create the user (a password is then needed)."""
    check_actor(actor, Action.MANAGE_MEMBERS, union=union)
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        if not password:
            raise ValidationError(
                {
                    "password": _("“%(username)s” is a new user: give a password.")
                    % {"username": username}
                }
            )
        user = get_user_model()(username=username, email=email)
        try:
            user.full_clean(exclude=["password"])
            validate_password(password, user)
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                raise
            raise ValidationError({"password": exc.messages}) from exc
        user.set_password(password)
        user.save()
    elif Membership.objects.filter(user=user, union=union).exists():
        raise ValidationError(
            {
                "username": _("%(username)s is already a member of %(union)s.")
                % {"username": username, "union": union.label}
            }
        )
    return membership_grant(actor=actor, user=user, union=union, role=role)


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
