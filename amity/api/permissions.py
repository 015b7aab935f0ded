from rest_framework.permissions import SAFE_METHODS, BasePermission

from amity.tenancy.permissions import Action, access_for

METHOD_ACTIONS = {
    "POST": Action.ADD,
    "PUT": Action.CHANGE,
    "PATCH": Action.CHANGE,
    "DELETE": Action.DELETE,
}


def _action(request) -> Action:
    return Action.VIEW if request.method in SAFE_METHODS else METHOD_ACTIONS[request.method]


class UnionScopedPermission(BasePermission):
    """Viewers read, staff write, each in their own union (national staff in all).
    Records of other unions are not in the view's queryset, so they read as 404."""

    def has_permission(self, request, view):
        return access_for(request.user).can_anywhere(_action(request))

    def has_object_permission(self, request, view, obj):
        return access_for(request.user).can(_action(request), obj.union_id)


class IsMember(BasePermission):
    """Reference data: anyone who belongs to a union may read it."""

    def has_permission(self, request, view):
        return request.method in SAFE_METHODS and access_for(request.user).can_anywhere(Action.VIEW)
