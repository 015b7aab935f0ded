from rest_framework.authtoken.views import ObtainAuthToken


class TokenView(ObtainAuthToken):
    """Exchange a username and password for an API token. It authenticates by the
    credentials alone, so a browser already signed in (session cookie, no CSRF token)
    is not refused."""

    authentication_classes = []
