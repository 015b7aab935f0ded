"""The staff home page's "Needs attention" panel: the alerts of the unions the user
sees, certificates aside (the registry's panel lists those), grouped by kind, linked,
ten per union at most."""

import datetime
import re

import pytest
from django.urls import reverse

from amity.core.models import TaskStatus
from amity.engagements import services as engagements
from amity.engagements.models import Engagement, EngagementKind
from amity.geo.models import AdministrativeUnit
from amity.registry.tests.factories import CertificateFactory, OrganizationFactory
from amity.testing import login, text

pytestmark = pytest.mark.django_db

LONG_AGO = datetime.date(2020, 1, 6)


def panel(response) -> str:
    assert response.status_code == 200
    match = re.search(
        r'id="needs-attention-section".*?(?=<section class="w-panel|\Z)', text(response), re.S
    )
    assert match, "no Needs attention panel"
    return match.group(0)


def follow_up(title: str, due=LONG_AGO) -> dict:
    return {
        "id": None,
        "title": title,
        "owner": "Văn phòng",
        "due_date": due,
        "status": TaskStatus.OPEN,
    }


@pytest.fixture
def make_engagement(unions):
    def make(union="dong-nai", province="75", **fields):
        follow_ups = fields.pop("follow_ups")
        engagement = Engagement(
            union=unions[union],
            kind=EngagementKind.WORKING_VISIT,
            start_date=datetime.date(2019, 12, 2),
            place_unit=AdministrativeUnit.objects.get(structure="2025", code=province),
            **fields,
        )
        return engagements.engagement_save(actor=None, engagement=engagement, follow_ups=follow_ups)

    return make


@pytest.fixture
def overdue(make_engagement):
    return {
        "dong-nai": make_engagement(
            title="Đoàn Hàn Quốc", follow_ups=[follow_up("Gửi thư cảm ơn")]
        ),
        "lao-cai": make_engagement(
            union="lao-cai",
            title="Đoàn Vân Nam",
            province="15",
            follow_ups=[follow_up("Lập danh sách dự án")],
        ),
    }


def test_the_panel_shows_the_own_unions_overdue_follow_up_and_not_another_unions(
    client, callers, overdue
):
    login(client, callers["own_staff"])
    shown = panel(client.get("/admin/"))
    assert "Needs attention" in shown
    assert "Tasks overdue" in shown
    assert "Gửi thư cảm ơn" in shown
    assert reverse("engagements:inspect", args=[overdue["dong-nai"].pk]) in shown
    assert "Lập danh sách dự án" not in shown
    assert reverse("engagements:inspect", args=[overdue["lao-cai"].pk]) not in shown

    login(client, callers["other_staff"])
    shown = panel(client.get("/admin/"))
    assert "Lập danh sách dự án" in shown and "Gửi thư cảm ơn" not in shown

    login(client, callers["national_staff"])
    shown = panel(client.get("/admin/"))
    assert "Lập danh sách dự án" in shown and "Gửi thư cảm ơn" in shown


def test_certificates_are_left_to_the_registry_panel(client, callers, unions):
    ngo = OrganizationFactory(union=unions["dong-nai"], name="Plan International")
    CertificateFactory(
        organization=ngo,
        number="12/CNV-CU",
        issue_date=datetime.date(2019, 1, 1),
        expiry_date=datetime.date(2021, 1, 1),
    )
    login(client, callers["own_staff"])
    response = client.get("/admin/")
    assert "12/CNV-CU" in text(response)  # the registry's panel
    shown = panel(response)
    assert "12/CNV-CU" not in shown
    assert "Nothing needs attention." in shown


def test_at_most_ten_alerts_per_union_with_a_count_of_the_rest(client, callers, make_engagement):
    make_engagement(
        title="Hội nghị tổng kết",
        follow_ups=[
            follow_up(f"Việc {n:02d}", LONG_AGO + datetime.timedelta(days=n)) for n in range(13)
        ],
    )
    login(client, callers["own_viewer"])
    shown = panel(client.get("/admin/"))
    listed = re.findall(r"Việc (\d\d)", shown)
    assert listed == [f"{n:02d}" for n in range(10)]
    assert "And 3 more." in shown
