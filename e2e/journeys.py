"""Steps the browser tests share."""

import datetime
from urllib.parse import urlencode


def open_login(page, base, language=None):
    """Open the back office's login page; with `language`, pick that language with the
    page's language switch (for a person with no preferred language in their profile,
    the back office then speaks it too)."""
    page.goto(f"{base}/admin/login/")
    if language is not None:
        switch = page.locator(f'form.amity-language-switch button[value="{language}"]')
        with page.expect_navigation():
            switch.click()
        assert page.locator("html").get_attribute("lang") == language


def submit_login(page, base, username, password="amity-demo"):
    """On the login page, sign in and land on the back office's home page."""
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")


def sign_in(page, base, username, password="amity-demo", language=None):
    open_login(page, base, language)
    submit_login(page, base, username, password)


def save(page):
    # Wagtail's save shortcut (Ctrl+S), which people use in its forms; a date field's
    # calendar left open over the footer would catch a click on the button.
    page.keyboard.press("ControlOrMeta+s")


def add_row(page, prefix):
    """Click the inline panel's "Add …" button and return the new row's field prefix."""
    count = page.locator(f"#id_{prefix}-TOTAL_FORMS")
    before = int(count.input_value())
    page.click(f"#id_{prefix}-ADD")
    row = f"#id_{prefix}-{before}"
    page.locator(f"{row}-ORDER, {row}-DELETE").first.wait_for(state="attached")
    assert int(count.input_value()) == before + 1
    return row


def fill_date(page, selector, day):
    page.fill(selector, day.isoformat())
    page.keyboard.press("Escape")  # close the date picker


def status_shown(page):
    return page.get_by_test_id("status").inner_text().strip()


def move(page, base, item, to, label, **fields):
    """On the item's page, click "Move to …" for `to` (its button showing `label`, the
    status in the person's language), fill the form, submit it, and land back on the
    item's page showing the new status."""
    inspect_url = f"{base}/admin/aid-items/inspect/{item.pk}/"
    button = page.locator(f'a.button[href="/admin/aid-items/transition/{item.pk}/{to}/"]')
    assert label in button.inner_text()
    button.click()
    page.wait_for_url(f"{base}/admin/aid-items/transition/{item.pk}/{to}/")
    for selector, value in fields.items():
        if isinstance(value, datetime.date):
            fill_date(page, selector, value)
        else:
            page.fill(selector, value)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(inspect_url)
    assert status_shown(page) == label


def show_report(page, base, path, **fields):
    """Fill the report form (text and date inputs by value, selects by option value),
    submit it, and wait for the report page it leads to."""
    for name, value in fields.items():
        selector = f"form.amity-report-form #id_{name}"
        if page.locator(selector).evaluate("e => e.tagName") == "SELECT":
            offered = page.locator(f"{selector} option").evaluate_all(
                "options => options.map(o => o.value)"
            )
            assert value in offered, (name, value, offered)
            page.select_option(selector, value)
        else:
            page.fill(selector, value)
    # The form's fields are passed in the form's order: the query is theirs, in order. A
    # new navigation is awaited, as the page may already be showing that URL's report.
    with page.expect_navigation(url=f"{base}{path}?{urlencode(fields)}"):
        page.locator("form.amity-report-form button[type=submit]").click()


def download(page, fmt, tmp_path):
    """Click the report's one download link for `fmt` and return the saved file."""
    link = page.locator(f'a[href$="&download={fmt}"]')
    assert link.count() == 1
    with page.expect_download() as info:
        link.click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    return target
