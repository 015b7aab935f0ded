"""Browser tests: Playwright driving Debian's Chromium against a live server.

They run last (transactional: the database is emptied after each; the demo is loaded
by the first that needs it and copied back from a snapshot for the others) and are
skipped where /usr/bin/chromium is not installed; CI installs it.
"""

import os
import re
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("AMITY_CHROMIUM", "/usr/bin/chromium")

if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
    # On SQLite the live server's request threads share the test's one in-memory
    # connection, which cannot take two queries at once ("bad parameter or other API
    # misuse" when a page and its jsi18n script are read together): one request at a
    # time there (Django then closes each connection, so the browser waits on none).
    from django.core.servers.basehttp import WSGIServer
    from django.test.testcases import LiveServerThread

    class OneRequestAtATime(WSGIServer):
        def __init__(self, *args, connections_override=None, **kwargs):
            # The server's own thread already uses the test's connections.
            super().__init__(*args, **kwargs)

    LiveServerThread.server_class = OneRequestAtATime
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    # Kept on the test so the `page` fixture knows, as it closes, whether the test failed.
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def allow_orm_beside_playwright():
    # Playwright's sync API runs an event loop in the test thread; the ORM calls the
    # tests make there are not concurrent with it. Only for these tests.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def browser(allow_orm_beside_playwright):
    if not shutil.which(CHROMIUM):
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        # What the browser showed when the test failed, for whoever reads the CI log.
        ARTIFACTS.mkdir(exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    context.close()


@pytest.fixture(scope="session")
def demo_snapshot():
    """The database as the demo left it, taken after its first load in the session."""
    snapshot = {}
    yield snapshot
    if "sqlite" in snapshot:
        snapshot["sqlite"].close()


@pytest.fixture
def demo(transactional_db, demo_snapshot):
    """The demo data, as `amity demo` loads it: loaded once (the slowest step of these
    tests), then, as each test empties the database, copied back from a snapshot."""
    from django.core.management import call_command
    from django.db import connection

    if demo_snapshot:
        _restore(connection, demo_snapshot)
    else:
        call_command("demo", verbosity=0)
        _snapshot(connection, demo_snapshot)


SNAPSHOT_SCHEMA = "e2e_demo"


def _snapshot(connection, snapshot: dict) -> None:
    if connection.vendor == "sqlite":
        import sqlite3

        connection.ensure_connection()
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        snapshot["sqlite"] = copy
        return
    tables = connection.introspection.django_table_names(only_existing=True)
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {SNAPSHOT_SCHEMA} CASCADE")
        cursor.execute(f"CREATE SCHEMA {SNAPSHOT_SCHEMA}")
        for table in tables:
            cursor.execute(f"CREATE TABLE {SNAPSHOT_SCHEMA}.{quote(table)} AS TABLE {quote(table)}")
    snapshot["tables"] = tables


def _restore(connection, snapshot: dict) -> None:
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import caches
    from django.core.management.color import no_style
    from django.db import transaction

    if connection.vendor == "sqlite":
        snapshot["sqlite"].backup(connection.connection)
    else:
        quote = connection.ops.quote_name
        tables = snapshot["tables"]
        # Django's foreign keys on PostgreSQL are deferred: any order does, in one transaction.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("TRUNCATE " + ", ".join(quote(t) for t in tables))
            for table in tables:
                cursor.execute(
                    f"INSERT INTO {quote(table)} SELECT * FROM {SNAPSHOT_SCHEMA}.{quote(table)}"
                )
            for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(sql)
    # What was cached of the emptied database (content type ids, sites, locales).
    ContentType.objects.clear_cache()
    for cache in caches.all():
        cache.clear()
