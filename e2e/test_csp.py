"""The Content Security Policy (`CONTENT_SECURITY_POLICY`: scripts from our own files
only, never inline) in a real browser: the portal's and the back office's pages load
without a single violation, and what Wagtail started with inline scripts (an inline
panel's "Add" button, a date picker) still works, started by amity/admin-init.js."""

import pytest

from e2e.journeys import sign_in

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.one_suite("postgresql")]

# Runs in every page before its own scripts (through the browser's protocol, which the
# policy does not govern) and keeps each violation the browser reports.
WATCH_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(
    `${event.violatedDirective} refused ${event.blockedURI || "inline"} at ` +
    `${event.sourceFile || document.location.href}:${event.lineNumber}`
  );
});
"""

PORTAL_PAGES = ["/vi/", "/zh-hans/", "/vi/search/?q=dong+nai"]
BACK_OFFICE_PAGES = [
    "/admin/",
    "/admin/aid-items/",
    "/admin/organizations/new/",
    "/admin/reports/annual/",
    "/api/docs/",
]


def violations(page) -> list[str]:
    return page.evaluate("window.__violations")


def test_no_page_breaks_the_policy_and_wagtails_inline_panels_still_work(live_server, demo, page):
    base = live_server.url
    page.add_init_script(WATCH_VIOLATIONS)
    console = []
    page.on(
        "console",
        lambda message: (
            console.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )

    seen = {}
    for path in PORTAL_PAGES:
        response = page.goto(f"{base}{path}")
        assert response.ok, (path, response.status)
        policy = response.headers["content-security-policy"]
        assert (
            "script-src 'self'" in policy
            and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
        )
        page.wait_for_load_state("networkidle")
        seen[path] = violations(page)
    # An article, reached as a reader reaches it.
    page.goto(f"{base}/vi/")
    page.locator("main a[href*='/vi/'][href$='/']").last.click()
    page.wait_for_load_state("networkidle")
    seen[page.url] = violations(page)

    sign_in(page, base, "dongnai-staff")
    for path in BACK_OFFICE_PAGES:
        response = page.goto(f"{base}{path}")
        assert response.ok, (path, response.status)
        page.wait_for_load_state("networkidle")
        seen[path] = violations(page)
    # The API's documentation is drawn by its script, served apart from the page.
    page.goto(f"{base}/api/docs/")
    page.locator(".swagger-ui .info").wait_for()

    # The aid item form: its inline panels and date pickers, started without inline scripts.
    page.goto(f"{base}/admin/aid-items/new/")
    page.wait_for_load_state("networkidle")
    total = page.locator("#id_donors-TOTAL_FORMS")
    before = int(total.input_value())
    page.click("#id_donors-ADD")
    page.locator(f"#id_donors-{before}-DELETE").wait_for(state="attached")
    assert int(total.input_value()) == before + 1
    started = page.locator("[data-amity-init][data-amity-started]").count()
    assert started >= 1, "amity/admin-init.js started none of Wagtail's panels or pickers"
    assert page.locator("[data-amity-init]:not([data-amity-started])").count() == 0
    seen["/admin/aid-items/new/ (a donor row added)"] = violations(page)

    refused = {path: found for path, found in seen.items() if found}
    assert not refused, refused
    assert not console, console
