"""The foundation issue's "done when": a Dong Nai staff member signs in, creates an
organization and a certificate with names in three languages, sees the history, reads
them back through the API with a token, and gets 404 for a Lao Cai record."""

import datetime
import re

import pytest
from django.utils import timezone

from amity.registry.models import Organization, RegistrationCertificate
from e2e.journeys import save, sign_in

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.one_suite("postgresql")]


def test_dong_nai_staff_creates_reads_back_and_is_kept_out_of_lao_cai(live_server, demo, page):
    base = live_server.url
    sign_in(page, base, "dongnai-staff")
    # The home page lists the union's certificates that need attention.
    assert page.locator("#certificates-attention-heading").is_visible()

    page.goto(f"{base}/admin/organizations/new/")
    page.fill("#id_name", "Mekong Community Fund")
    page.fill("#id_name_vi", "Quỹ Cộng đồng Mê Kông")
    page.fill("#id_name_en", "Mekong Community Fund")
    page.fill("#id_name_zh_hans", "湄公河社区基金")
    page.select_option("#id_country", "DE")
    save(page)
    page.wait_for_url(re.compile(r".*/admin/organizations/$"))
    org = Organization.objects.get(name="Mekong Community Fund")
    assert (org.union.slug, org.name_vi, org.name_zh_hans) == (
        "dong-nai",
        "Quỹ Cộng đồng Mê Kông",
        "湄公河社区基金",
    )

    # A name that folds to an existing one is refused with a link to it.
    page.goto(f"{base}/admin/organizations/new/")
    page.fill("#id_name", "QUỸ CỘNG ĐỒNG MÊ KÔNG")
    save(page)
    link = page.locator(f'a[href="/admin/organizations/inspect/{org.pk}/"]')
    link.first.wait_for()
    assert not Organization.objects.filter(name="QUỸ CỘNG ĐỒNG MÊ KÔNG").exists()

    today = timezone.localdate()
    page.goto(f"{base}/admin/certificates/new/")
    page.select_option("#id_organization", str(org.pk))
    page.select_option("#id_type", "operation")
    page.fill("#id_number", "77/CNV-HĐ")
    page.fill("#id_issue_date", today.isoformat())
    page.fill("#id_expiry_date", (today + datetime.timedelta(days=700)).isoformat())
    page.fill("#id_notes", "Hỗ trợ trẻ em; 支持儿童")
    save(page)
    page.wait_for_url(re.compile(r".*/admin/certificates/$"))
    cert = RegistrationCertificate.objects.get(number="77/CNV-HĐ")
    assert cert.union.slug == "dong-nai"

    page.goto(f"{base}/admin/organizations/history/{org.pk}/")
    history = page.content()
    assert "dongnai-staff" in history and "湄公河社区基金" in history and "77/CNV-HĐ" in history

    token = page.request.post(
        f"{base}/api/v1/auth/token/",
        form={"username": "dongnai-staff", "password": "amity-demo"},
    ).json()["token"]
    headers = {"Authorization": f"Token {token}"}
    body = page.request.get(f"{base}/api/v1/organizations/{org.pk}/", headers=headers).json()
    assert (body["name_vi"], body["name_zh_hans"]) == ("Quỹ Cộng đồng Mê Kông", "湄公河社区基金")
    cert_body = page.request.get(f"{base}/api/v1/certificates/{cert.pk}/", headers=headers).json()
    assert cert_body["notes"] == "Hỗ trợ trẻ em; 支持儿童"

    lao_cai = Organization.objects.filter(union__slug="lao-cai").first()
    assert (
        page.request.get(f"{base}/api/v1/organizations/{lao_cai.pk}/", headers=headers).status
        == 404
    )
    assert page.goto(f"{base}/admin/organizations/edit/{lao_cai.pk}/").status == 404


# One test for the three users: each browser test loads the demo (the slowest step).
LANGUAGE_OF = {"dongnai-viewer": "zh-hans", "dongnai-editor": "en", "dongnai-admin": "vi"}


def test_each_user_gets_the_back_office_in_their_language(live_server, demo, browser):
    # Demo users: viewers read Chinese, editors English, admins and staff Vietnamese.
    for username, expected_lang in LANGUAGE_OF.items():
        context = browser.new_context(locale="vi-VN")
        page = context.new_page()
        page.set_default_timeout(15_000)
        try:
            sign_in(page, live_server.url, username)
            assert page.locator("html").get_attribute("lang") == expected_lang, username
        finally:
            context.close()
