"""Where Wagtail's own back-office pages need the portal's rules (see
`tenancy/tests/test_url_permissions.py` and `docs/permissions.md`)."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks


@hooks.register("before_move_page")
def refuse_a_move_the_user_may_not_make(request, page_to_move, destination):
    """Wagtail's "confirm move" page checks nothing before its POST: shown to anyone in
    the back office, it named any page (a draft of another union's section too) and its
    destination. Only someone who may make the move sees it."""
    if not page_to_move.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
