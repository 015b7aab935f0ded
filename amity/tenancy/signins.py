"""Sign-ins in the audit history: each one, each refusal and each lockout (after
`AXES_FAILURE_LIMIT` failures from one address for one user name, django-axes refuses
even the right password for `AXES_COOLOFF_TIME`) is a history row, under the union of
the person who signed in (or was tried), so that the union's administrators see them."""

from django.contrib.auth import get_user_model, user_logged_in, user_login_failed
from django.dispatch import receiver

from amity.history.models import ChangeAction
from amity.history.services import record_event

from .models import Membership


def address_of(request) -> str:
    if request is None:
        return ""
    # What the proxy in front says (production settings trust it), else the peer.
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")


def union_of(user):
    membership = Membership.objects.filter(user=user).select_related("union").first()
    return membership.union if membership else None


def _record(action, *, request, user=None, username: str):
    record_event(
        actor=user if action == ChangeAction.SIGN_IN else None,
        action=action,
        model=get_user_model(),
        object_id=user.pk if user is not None else "",
        text=username,
        union=union_of(user) if user is not None else None,
        details={"address": address_of(request)},
    )


@receiver(user_logged_in)
def signed_in(sender, request, user, **kwargs):
    _record(ChangeAction.SIGN_IN, request=request, user=user, username=user.get_username())


@receiver(user_login_failed)
def sign_in_refused(sender, credentials, request=None, **kwargs):
    username = str(credentials.get("username") or "")
    user = get_user_model().objects.filter(username=username).first()
    _record(ChangeAction.REFUSED, request=request, user=user, username=username)


def locked_out(sender, request, username, ip_address, **kwargs):
    user = get_user_model().objects.filter(username=username or "").first()
    _record(ChangeAction.LOCKED, request=request, user=user, username=username or "")
