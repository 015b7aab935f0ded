"""Back-office menu entries shown only to those who may take an action in some union."""

from wagtail.admin.menu import MenuItem, SubmenuMenuItem

from .permissions import Action, access_for


class ScopedMenuItem(MenuItem):
    action = Action.VIEW

    def __init__(self, *args, action: Action = Action.VIEW, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action

    def is_shown(self, request):
        return access_for(request.user).can_anywhere(self.action)


class ScopedSubmenuMenuItem(SubmenuMenuItem):
    """A submenu for anyone who may read something in some union."""

    def is_shown(self, request):
        return access_for(request.user).can_anywhere(Action.VIEW)
