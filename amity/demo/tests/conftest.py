import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.utils import translation


@pytest.fixture(scope="package")
def demo_loaded(django_db_setup, django_db_blocker) -> str:
    """`amity demo` run once for all of this package's tests (loading it is the slowest
    step of the suite), in a transaction rolled back after the last of them; each test
    runs in a savepoint inside it (pytest-django's `db`), so what one changes, a second
    run of the demo included, the next does not see. What the command printed."""
    # In English, as the tests read it (the package's fixtures come before `english`).
    with django_db_blocker.unblock(), translation.override("en"):
        with transaction.atomic():
            out = io.StringIO()
            call_command("demo", stdout=out)
            yield out.getvalue()
            transaction.set_rollback(True)
        cache.clear()  # e.g. Wagtail's site root paths, of sites now rolled back
