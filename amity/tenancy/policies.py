"""The tenancy policy in the shape Wagtail's admin views ask for it."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from .models import Membership
from .permissions import ROLE_ACTIONS, Action, access_for


class UnionPermissionPolicy(BasePermissionPolicy):
    """For models with a `union` and a `visible_to(user, action)` queryset method."""

    def to_action(self, action: str) -> Action | None:
        try:
            return Action(action)
        except ValueError:
            return None  # "publish", "lock" and other actions we don't grant

    def user_has_permission(self, user, action):
        act = self.to_action(action)
        return act is not None and access_for(user).can_anywhere(act)

    def user_has_permission_for_instance(self, user, action, instance):
        act = self.to_action(action)
        return act is not None and access_for(user).can(act, instance.union_id)

    def instances_user_has_any_permission_for(self, user, actions):
        acts = [a for a in map(self.to_action, actions) if a is not None]
        if not acts:
            return self.model.objects.none()
        queryset = self.model.objects.visible_to(user, acts[0])
        for act in acts[1:]:
            queryset = queryset | self.model.objects.visible_to(user, act)
        return queryset.distinct()

    def users_with_any_permission(self, actions):
        roles = [
            r
            for r, granted in ROLE_ACTIONS.items()
            if any(self.to_action(a) in granted for a in actions)
        ]
        users = Membership.objects.filter(role__in=roles).values("user")
        return get_user_model().objects.filter(
            Q(is_active=True) & (Q(pk__in=users) | Q(is_superuser=True))
        )

    def users_with_any_permission_for_instance(self, actions, instance):
        roles = [
            r
            for r, granted in ROLE_ACTIONS.items()
            if any(self.to_action(a) in granted for a in actions)
        ]
        users = (
            Membership.objects.filter(role__in=roles)
            .filter(Q(union_id=instance.union_id) | Q(union__is_national=True))
            .values("user")
        )
        return get_user_model().objects.filter(
            Q(is_active=True) & (Q(pk__in=users) | Q(is_superuser=True))
        )


class MembershipPermissionPolicy(UnionPermissionPolicy):
    """Members see their union's member list; administrators change it."""

    def to_action(self, action: str) -> Action | None:
        if action in (Action.ADD, Action.CHANGE, Action.DELETE):
            return Action.MANAGE_MEMBERS
        return super().to_action(action)
