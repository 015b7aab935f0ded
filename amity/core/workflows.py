"""Two of Wagtail's workflow views name workflows and tasks to anyone in the back office,
whatever their union: the confirmation asked before publishing a page whose workflow
is under way (it names the page's workflow and task), and the task chooser of the
workflow editor (it lists every task). They are narrowed here to those who act on them:
the page's editors, and those who may manage workflows or tasks. Anyone else gets
Wagtail's refusal, as from the back office's other closed doors.

The views keep their URLs and names: `narrowed` wraps them where Wagtail routes them
(`config/urls.py`), as Wagtail itself wraps every admin view with its access check."""

from functools import update_wrapper

from django.shortcuts import get_object_or_404
from wagtail.admin.auth import permission_denied
from wagtail.models import Page, Task, Workflow
from wagtail.permission_policies.base import ModelPermissionPolicy

MANAGING = ["add", "change", "delete"]


def _page_editor(request, page_id: int, **kwargs) -> bool:
    permissions = get_object_or_404(Page, pk=page_id).permissions_for_user(request.user)
    return permissions.can_edit() or permissions.can_publish()


def _workflow_manager(request, *args, **kwargs) -> bool:
    return any(
        ModelPermissionPolicy(model).user_has_any_permission(request.user, MANAGING)
        for model in (Workflow, Task)
    )


# (namespace, URL name) → who may call the view.
CHECKS = {
    ("wagtailadmin_pages", "confirm_workflow_cancellation"): _page_editor,
    ("wagtailadmin_workflows", "task_chooser"): _workflow_manager,
    ("wagtailadmin_workflows", "task_chooser_results"): _workflow_manager,
    ("wagtailadmin_workflows", "task_chooser_create"): _workflow_manager,
    ("wagtailadmin_workflows", "task_chosen"): _workflow_manager,
}


def narrowed(urlpatterns: list, namespace: str | None = None) -> list:
    """`urlpatterns` (Wagtail's admin URLs) with the views of CHECKS behind their check.
    Outermost, the check lets the anonymous through, to Wagtail's sign-in redirect."""
    for pattern in urlpatterns:
        if hasattr(pattern, "url_patterns"):
            narrowed(pattern.url_patterns, getattr(pattern, "namespace", None) or namespace)
            continue
        check = CHECKS.get((namespace, getattr(pattern, "name", None)))
        if check is not None:
            pattern.callback = update_wrapper(_checked(pattern.callback, check), pattern.callback)
    return urlpatterns


def _checked(view, check):
    def checked_view(request, *args, **kwargs):
        if request.user.is_authenticated and not check(request, *args, **kwargs):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return checked_view
