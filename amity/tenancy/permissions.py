"""The one tenancy policy: who may do what to which union's records.

The back office (a Wagtail permission policy), the API (a DRF permission class) and the
command line all ask `access_for(user)`; nothing else decides.
"""

from dataclasses import dataclass, field
from enum import StrEnum

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404

from .roles import Role


class Action(StrEnum):
    VIEW = "view"
    ADD = "add"
    CHANGE = "change"
    DELETE = "delete"
    # Give and take away roles in the union.
    MANAGE_MEMBERS = "manage_members"


ALL_ACTIONS = frozenset(Action)
RECORD_ACTIONS = frozenset({Action.VIEW, Action.ADD, Action.CHANGE, Action.DELETE})
# Editors write the portal's news; in the registry they read, like viewers.
ROLE_ACTIONS: dict[str, frozenset[Action]] = {
    Role.ADMIN: ALL_ACTIONS,
    Role.STAFF: RECORD_ACTIONS,
    Role.EDITOR: frozenset({Action.VIEW}),
    Role.VIEWER: frozenset({Action.VIEW}),
}


@dataclass(frozen=True)
class Access:
    """What one user may do: on every union (national staff, superusers) and per union."""

    everywhere: frozenset[Action] = frozenset()
    per_union: dict[int, frozenset[Action]] = field(default_factory=dict)

    def can(self, action: Action, union_id: int | None) -> bool:
        return action in self.everywhere or action in self.per_union.get(union_id, ())

    def can_anywhere(self, action: Action) -> bool:
        return action in self.everywhere or any(action in a for a in self.per_union.values())

    def union_ids(self, action: Action) -> set[int] | None:
        """The unions where `action` is allowed; None means every union."""
        if action in self.everywhere:
            return None
        return {uid for uid, actions in self.per_union.items() if action in actions}


NO_ACCESS = Access()


def access_for(user) -> Access:
    """Computed once per user object (so once per request)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return NO_ACCESS
    cached = getattr(user, "_amity_access", None)
    if cached is not None:
        return cached
    from .models import Membership  # the models import this module's querysets

    if user.is_superuser:
        access = Access(everywhere=ALL_ACTIONS)
    else:
        everywhere: set[Action] = set()
        per_union: dict[int, frozenset[Action]] = {}
        for m in Membership.objects.filter(user=user).select_related("union"):
            actions = ROLE_ACTIONS[m.role]
            if m.union.is_national:
                everywhere |= actions
            per_union[m.union_id] = actions
        access = Access(everywhere=frozenset(everywhere), per_union=per_union)
    user._amity_access = access
    return access


def forget_access(user) -> None:
    """Drop the cached access after the user's memberships change."""
    if hasattr(user, "_amity_access"):
        del user._amity_access


def union_filter(user, action: Action, union_field: str = "union") -> Q:
    ids = access_for(user).union_ids(action)
    if ids is None:
        return Q()
    return Q(**{f"{union_field}__in": ids})


def get_for_user_or_404(queryset, user, pk, action: Action = Action.VIEW):
    """One door to an object: missing and not-yours are the same 404; yours but not
    allowed (a viewer changing a record) is a 403."""
    try:
        obj = queryset.visible_to(user).get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    check_object_permission(user, action, obj)
    return obj


def check_object_permission(user, action: Action, obj) -> None:
    """Not visible reads as missing (404); visible but not allowed is a 403."""
    access = access_for(user)
    if not access.can(action, obj.union_id):
        if not access.can(Action.VIEW, obj.union_id):
            raise Http404
        raise PermissionDenied


def check_union_permission(user, action: Action, union) -> None:
    """For creating a record in `union`: a union the user cannot see reads as unknown."""
    access = access_for(user)
    if not access.can(action, union.pk):
        if access.can(Action.VIEW, union.pk):
            raise PermissionDenied
        raise Http404


def check_actor(actor, action: Action, *, obj=None, union=None) -> None:
    """What every service asks first: may `actor` do `action` to `obj` / in `union`?
    `actor=None` is the system itself (demo data, loaders), which may."""
    if actor is None:
        return
    if obj is not None:
        check_object_permission(actor, action, obj)
    if union is not None:
        check_union_permission(actor, action, union)
