"""A request refused before any view could answer it (the database too busy, a body too
large): a page for the back office, JSON for the API, in the person's language."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation


def response_language(request) -> str:
    """The language to answer `request` in outside a view: the back office's own for its
    signed-in users (the view's own choice ended with the view), else the active one."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and request.path_info.startswith("/admin/"):
        from wagtail.users.models import UserProfile

        return UserProfile.get_for_user(user).get_preferred_language()
    return translation.get_language()


def refusal(request, *, status: int, words, level: str):
    """The refusal's response. `words()` gives (title, message), called in the person's
    language."""
    with translation.override(response_language(request)):
        title, message = words()
        if request.path_info.startswith("/api/"):
            return JsonResponse({"detail": message}, status=status)
        context = {"title": title, "message": message, "level": level}
        return render(request, "core/refused.html", context, status=status)
