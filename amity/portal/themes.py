"""Reader-chosen colour themes, remembered in a cookie and read by the server, so the
first paint already has the reader's colours (no flash of the default theme)."""

from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy

# The name a reader sees (the picker's tooltip and screen-reader text) for each theme.
THEME_NAMES = {
    "red": gettext_lazy("Red"),
    "blue": gettext_lazy("Blue"),
    "yellow": gettext_lazy("Yellow"),
    "green": gettext_lazy("Green"),
}
THEMES = tuple(THEME_NAMES)
DEFAULT_THEME = "red"
COOKIE = "amity_theme"
ONE_YEAR = 365 * 24 * 3600


def theme_of(request) -> str:
    chosen = request.COOKIES.get(COOKIE, "")
    return chosen if chosen in THEMES else DEFAULT_THEME


def choose_theme(request, theme: str):
    """The picker's links come here (they work without JavaScript): remember the theme
    and go back where the reader was."""
    back = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = "/"
    response = HttpResponseRedirect(back)
    if theme in THEMES:
        response.set_cookie(COOKIE, theme, max_age=ONE_YEAR, samesite="Lax")
    return response
