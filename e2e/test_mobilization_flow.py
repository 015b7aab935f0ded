"""The mobilization issue's "done when": a Dong Nai staff member publishes a call for
sponsorship, records a pledge from an FDI enterprise, turns it into an aid item, logs a
training course with its attendees, and finds the call on the portal in English and
Chinese, and the union's alerts on the home page."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import Locale

from amity.engagements.models import Engagement
from amity.mobilization.models import Call, CallStatus, Pledge
from amity.portal.models import SponsorshipCallsPage
from amity.registry.models import Organization
from e2e.journeys import save, sign_in

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.one_suite("postgresql")]
TITLE = "Bếp ăn bán trú cho Trường Tiểu học xã Trị An"


def test_dong_nai_publishes_a_call_takes_a_pledge_up_and_logs_a_training(live_server, demo, page):
    base = live_server.url
    sign_in(page, base, "dongnai-staff")
    # The home page says what needs attention in the union (the demo's overdue tasks).
    assert page.get_by_text(
        "Kế hoạch phối hợp vận động doanh nghiệp FDI", exact=False
    ).first.is_visible()

    deadline = timezone.localdate() + datetime.timedelta(days=60)
    page.goto(f"{base}/admin/calls/new/")
    page.fill("#id_title", TITLE)
    page.fill("#id_title_en", "A school kitchen for Tri An primary school")
    page.fill("#id_title_zh_hans", "为治安乡小学建寄宿厨房")
    page.fill("#id_amount_sought", "30000")
    page.select_option("#id_currency", "USD")
    page.fill("#id_deadline", deadline.isoformat())
    page.select_option("#id_status", CallStatus.PUBLISHED)
    save(page)
    page.wait_for_url(re.compile(r".*/admin/calls/$"))
    call = Call.objects.get(title=TITLE)
    assert call.union.slug == "dong-nai" and call.status == CallStatus.PUBLISHED

    # Readers see it in their language.
    calls_page = SponsorshipCallsPage.objects.get(
        locale__language_code="en", slug="calls-for-sponsorship", url_path__contains="dong-nai"
    )
    page.goto(f"{base}{calls_page.url}")
    assert page.get_by_text("A school kitchen for Tri An primary school").first.is_visible()
    zh = calls_page.get_translation(Locale.objects.get(language_code="zh-hans"))
    page.goto(f"{base}{zh.url}")
    assert page.get_by_text("为治安乡小学建寄宿厨房").first.is_visible()

    enterprise = Organization.objects.filter(union__slug="dong-nai", kind="enterprise").first()
    page.goto(f"{base}/admin/pledges/new/")
    page.select_option("#id_call", str(call.pk))
    page.select_option("#id_donor", str(enterprise.pk))
    page.fill("#id_amount", "30000")
    page.select_option("#id_currency", "USD")
    page.fill("#id_date", "2024-10-15")
    save(page)
    page.wait_for_url(re.compile(r".*/admin/pledges/$"))
    pledge = Pledge.objects.get(call=call)
    assert pledge.amount_vnd > 0 and pledge.rate_source

    page.goto(f"{base}/admin/calls/take-up/{call.pk}/")
    page.select_option("#id_pledge", str(pledge.pk))
    page.locator("form[novalidate] button.button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/admin/aid-items/inspect/\d+/$"))
    call.refresh_from_db()
    assert call.status == CallStatus.TAKEN_UP
    item = call.aid_item
    assert [d.organization for d in item.donors.all()] == [enterprise]
    assert item.transactions.get().amount_vnd == pledge.amount_vnd

    # The training course, with its attendees, through the API with a token.
    token = page.request.post(
        f"{base}/api/v1/auth/token/",
        form={"username": "dongnai-staff", "password": "amity-demo"},
    ).json()["token"]
    response = page.request.post(
        f"{base}/api/v1/engagements/",
        headers={"Authorization": f"Token {token}"},
        data={
            "union": "dong-nai",
            "kind": "training",
            "title": "Tập huấn Nghị định 80/2020/NĐ-CP cho cán bộ xã",
            "start_date": "2024-11-05",
            "place_unit": "2025:75",
            "topic": "Quản lý viện trợ không hoàn lại",
            "attendees_count": 2,
            "participants": [
                {"side": "ours", "name": "Trần Thị Mai", "position": "Công chức xã Trị An"},
                {"side": "ours", "name": "Lê Văn Nam", "position": "Công chức xã Tân Phú"},
            ],
        },
    )
    assert response.status == 201, response.text()
    course = Engagement.objects.get(pk=response.json()["id"])
    assert (course.union.slug, course.participants.count()) == ("dong-nai", 2)
    page.goto(f"{base}/admin/engagements/inspect/{course.pk}/")
    assert page.get_by_text("Trần Thị Mai").first.is_visible()
