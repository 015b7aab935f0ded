"""Settings for the test suite."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-a-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Static files found where they are, not in a collectstatic folder the tests never build.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# The test client signs in without a request, which django-axes refuses: the tests of
# sign-in throttling turn it on (core/tests/test_signins.py).
AXES_ENABLED = False
# force_login gives no second factor: the tests of two-factor sign-in turn it on
# (tenancy/tests/test_two_factor.py).
AMITY_TWO_FACTOR_REQUIRED = False
