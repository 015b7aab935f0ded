"""The Content Security Policy: every response carries it, scripts may come only from
our own files, and no page we serve holds an inline script the policy would refuse
(e2e/test_csp.py checks the same in a real browser, with Wagtail's panels working)."""

import re

import pytest

pytestmark = pytest.mark.django_db

# A <script> element that runs code written in the page: no src, and not a data block
# (json_script's "application/json", which a browser never runs).
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.IGNORECASE
)
HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+=", re.IGNORECASE)

BACK_OFFICE_PAGES = [
    "/admin/",
    "/admin/aid-items/new/",  # inline panels (donors, places, sectors, money) and dates
    "/admin/organizations/new/",
    "/admin/engagements/new/",
    "/admin/changes/?date_from=2024-01-01",
    "/admin/reports/annual/",
    "/api/docs/",
]


def directives(response) -> dict[str, list[str]]:
    policy = response.headers["Content-Security-Policy"]
    parts = (part.split() for part in policy.split(";") if part.strip())
    return {name: values for name, *values in parts}


def test_scripts_may_come_only_from_our_own_files(client):
    policy = directives(client.get("/admin/login/"))
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]


def test_no_back_office_page_holds_a_script_the_policy_refuses(client, callers):
    client.force_login(callers["own_staff"])
    for path in BACK_OFFICE_PAGES:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "Content-Security-Policy" in response.headers, path
        page = response.content.decode()
        assert not INLINE_SCRIPT.findall(page), (path, INLINE_SCRIPT.findall(page))
        assert not HANDLER.findall(page), (path, HANDLER.findall(page))


def test_wagtails_panels_and_pickers_are_left_to_our_own_script(client, callers):
    client.force_login(callers["own_staff"])
    page = client.get("/admin/aid-items/new/").content.decode()
    assert 'data-amity-init="InlinePanel"' in page
    assert 'data-amity-init="initDateChooser"' in page
    assert "amity/admin-init.js" in page
