"""Browser tests: Playwright driving Debian's Chromium against a live server.

They run last (transactional: they load their own data, and the database is emptied
after each) and are skipped where /usr/bin/chromium is not installed; CI installs it.
"""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("AMITY_CHROMIUM", "/usr/bin/chromium")


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
def page(browser):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def demo(transactional_db):
    """The demo data, as `amity demo` loads it (the slowest step of these tests)."""
    from django.core.management import call_command

    call_command("demo", verbosity=0)
