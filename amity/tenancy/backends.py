from .permissions import Action, access_for


class MembershipBackend:
    """Anyone who holds a role in a union may enter the back office; what they see
    there is decided by the tenancy policy."""

    def authenticate(self, request, **credentials):
        return None

    def get_user(self, user_id):
        return None

    def has_perm(self, user_obj, perm, obj=None):
        if perm == "wagtailadmin.access_admin":
            return access_for(user_obj).can_anywhere(Action.VIEW)
        return False

    def has_module_perms(self, user_obj, app_label):
        return False
