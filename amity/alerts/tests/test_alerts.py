import datetime
import io
import json
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse

from amity.aid.models import AidItem, AidKind
from amity.aid.services import aid_item_save
from amity.alerts.selectors import AlertKind, alerts_by_union, alerts_for
from amity.alerts.services import digests_send
from amity.core.models import TaskStatus
from amity.engagements import services as engagements
from amity.engagements.models import Engagement, EngagementKind
from amity.geo.models import AdministrativeUnit
from amity.mobilization import services as mobilization
from amity.mobilization.models import Call, CallStatus, CoordinationPlan
from amity.registry.models import OrganizationKind
from amity.registry.tests.factories import CertificateFactory, OrganizationFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 6, 15)


def kinds(alerts) -> list[str]:
    return [a.kind for a in alerts]


def conference(union, end: datetime.date, title="Hội thảo quốc tế về viện trợ", **fields):
    return engagements.engagement_save(
        actor=None,
        engagement=Engagement(
            union=union,
            kind=EngagementKind.CONFERENCE,
            title=title,
            start_date=end,
            place_unit=AdministrativeUnit.objects.get(structure="2025", code=union.province.code),
            is_international=True,
            approving_authority="UBND tỉnh",
            decision_number="12/QĐ-UBND",
            decision_date=end - datetime.timedelta(days=30),
            **fields,
        ),
    )


def call(union, deadline, status=CallStatus.PUBLISHED) -> Call:
    return mobilization.call_save(
        actor=None,
        call=Call(
            union=union,
            title="Giếng nước sạch",
            amount_sought=Decimal(1000),
            currency_id="USD",
            deadline=deadline,
            status=status,
        ),
    )


def test_decision06_reports_are_listed_from_the_horizon_until_submitted(unions):
    dong_nai = unions["dong-nai"]
    # Report due 15 days after the event; listed from 14 days before it is due.
    due_in_14 = conference(dong_nai, TODAY - datetime.timedelta(days=1))
    assert due_in_14.report_due == TODAY + datetime.timedelta(days=14)
    conference(dong_nai, TODAY, title="Due in 15 days: not yet")
    overdue = conference(dong_nai, TODAY - datetime.timedelta(days=20), title="Overdue")
    submitted = conference(
        dong_nai,
        TODAY - datetime.timedelta(days=20),
        title="In",
        report_submitted_on=TODAY - datetime.timedelta(days=2),
    )
    found = [a for a in alerts_for([dong_nai], TODAY) if a.kind == AlertKind.REPORT_DUE]
    assert [a.title for a in found] == [overdue.label, due_in_14.label]
    assert "5 days ago" in found[0].detail
    assert submitted.label not in [a.title for a in found]
    with override_settings(AMITY_ALERT_HORIZON_DAYS=15):
        assert len([a for a in alerts_for([dong_nai], TODAY) if a.kind == "report_due"]) == 3


def test_tasks_are_overdue_the_day_after_they_are_due_until_done(unions):
    dong_nai = unions["dong-nai"]
    agency = OrganizationFactory(
        union=dong_nai, name="Sở Tài chính", kind=OrganizationKind.VIETNAMESE_AGENCY
    )
    rows = [
        {"id": None, "title": title, "owner": "Sở", "due_date": due, "status": status}
        for title, due, status in [
            ("Yesterday", TODAY - datetime.timedelta(days=1), TaskStatus.OPEN),
            ("Today", TODAY, TaskStatus.OPEN),
            ("In progress", TODAY - datetime.timedelta(days=3), TaskStatus.IN_PROGRESS),
            ("Done", TODAY - datetime.timedelta(days=3), TaskStatus.DONE),
            ("Cancelled", TODAY - datetime.timedelta(days=3), TaskStatus.CANCELLED),
            ("No date", None, TaskStatus.OPEN),
        ]
    ]
    plan = mobilization.plan_save(
        actor=None,
        plan=CoordinationPlan(
            union=dong_nai, title="Kế hoạch", partner=agency, start_date=datetime.date(2026, 1, 1)
        ),
        tasks=rows,
    )
    visit = engagements.engagement_save(
        actor=None,
        engagement=Engagement(
            union=dong_nai,
            kind=EngagementKind.WORKING_VISIT,
            title="Làm việc tại Yên Bái",
            start_date=datetime.date(2026, 5, 1),
            place_unit=AdministrativeUnit.objects.get(structure="2025", code="75"),
        ),
        follow_ups=[
            {
                "id": None,
                "title": "Kết nối với các tổ chức mới",
                "owner": "Liên hiệp Trung ương",
                "due_date": TODAY - datetime.timedelta(days=10),
                "status": TaskStatus.OPEN,
            }
        ],
    )
    found = [a for a in alerts_for([dong_nai], TODAY) if a.kind == AlertKind.TASK_OVERDUE]
    assert [a.title for a in found] == [
        f"Kết nối với các tổ chức mới · {visit.label}",
        f"In progress · {plan.label}",
        f"Yesterday · {plan.label}",
    ]
    assert "1 days ago" in found[2].detail or "1 day ago" in found[2].detail
    assert alerts_for([unions["lao-cai"]], TODAY) == []


def test_calls_past_deadline_certificates_and_stuck_items(unions):
    dong_nai = unions["dong-nai"]
    call(dong_nai, TODAY - datetime.timedelta(days=1))
    call(dong_nai, TODAY)  # still open today
    call(dong_nai, TODAY - datetime.timedelta(days=5), status=CallStatus.CLOSED)
    ngo = OrganizationFactory(union=dong_nai)
    expiring = CertificateFactory(
        organization=ngo,
        union=dong_nai,
        issue_date=datetime.date(2024, 1, 1),
        expiry_date=TODAY + datetime.timedelta(days=90),
    )
    CertificateFactory(
        organization=ngo,
        union=dong_nai,
        issue_date=datetime.date(2024, 1, 1),
        expiry_date=TODAY + datetime.timedelta(days=91),
    )
    item = aid_item_save(
        actor=None, item=AidItem(union=dong_nai, kind=AidKind.PROJECT, title="Chờ duyệt")
    )
    AidItem.objects.filter(pk=item.pk).update(
        created_at=datetime.datetime(2026, 4, 15, 12, tzinfo=datetime.UTC)
    )
    found = alerts_for([dong_nai], TODAY)
    assert kinds(found) == [
        AlertKind.CERTIFICATE,
        AlertKind.STUCK,
        AlertKind.CALL_PAST_DEADLINE,
    ]
    assert found[0].url == reverse("certificates:inspect", args=[expiring.pk])
    assert found[0].title.startswith(expiring.number)
    with override_settings(AMITY_STUCK_AFTER_DAYS=61):
        assert AlertKind.STUCK not in kinds(alerts_for([dong_nai], TODAY))


def test_each_union_sees_only_its_own(unions):
    call(unions["dong-nai"], TODAY - datetime.timedelta(days=1))
    call(unions["lao-cai"], TODAY - datetime.timedelta(days=2))
    by_union = alerts_by_union([unions["lao-cai"], unions["dong-nai"], unions["vufo"]], TODAY)
    assert [len(alerts) for alerts in by_union.values()] == [1, 1, 0]
    assert all(a.union_id == unions["lao-cai"].pk for a in by_union[unions["lao-cai"]])


def test_the_command_prints_every_union_and_json(unions):
    call(unions["dong-nai"], TODAY - datetime.timedelta(days=1))
    out = io.StringIO()
    call_command("alerts", "--date", TODAY.isoformat(), stdout=out)
    text = out.getvalue()
    assert "Dong Nai" in text and "Calls for sponsorship past their deadline" in text
    assert "Nothing needs attention." in text  # Lao Cai, the national union
    out = io.StringIO()
    call_command("alerts", "--union", "dong-nai", "--date", "2026-06-15", "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert list(data) == ["dong-nai"]
    assert data["dong-nai"][0]["kind"] == "call_past_deadline"
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("alerts", "--date", "15/06/2026")
    with pytest.raises(CommandError, match="nowhere"):
        call_command("alerts", "--union", "nowhere")


def test_the_digest_goes_to_each_unions_staff_in_their_language(unions, make_member):
    call(unions["dong-nai"], TODAY - datetime.timedelta(days=1))
    staff = make_member("dong-nai", "staff", language="en")
    staff.email = "lan@dongnai.example"
    staff.save()
    viewer = make_member("dong-nai", "viewer")
    viewer.email = "viewer@dongnai.example"
    viewer.save()
    admin = make_member("dong-nai", "admin", language="zh-hans")
    admin.email = "admin@dongnai.example"
    admin.save()
    lao_cai = make_member("lao-cai", "staff")
    lao_cai.email = "laocai@example"
    lao_cai.save()

    sent = digests_send(unions=list(unions.values()), today=TODAY)

    assert sent == 2  # Dong Nai's admin and staff; viewers and quiet unions get nothing
    assert sorted(m.to[0] for m in mail.outbox) == ["admin@dongnai.example", "lan@dongnai.example"]
    english = next(m for m in mail.outbox if m.to == ["lan@dongnai.example"])
    assert (
        english.subject
        == "[Amity] Dong Nai Union of Friendship Organizations: 1 thing needs attention"
    )
    assert "Giếng nước sạch" in english.body
    chinese = next(m for m in mail.outbox if m.to == ["admin@dongnai.example"])
    assert chinese.subject == "[Amity] 同奈省友好组织联合会：1 项事项需要关注"
    assert "Giếng nước sạch" in chinese.body and "Still published" not in chinese.body
    assert "Still published; the deadline was Jun 14, 2026" in english.body


def test_the_command_sends_the_digests_with_email(unions, make_member):
    call(unions["dong-nai"], TODAY - datetime.timedelta(days=1))
    staff = make_member("dong-nai", "staff")
    staff.email = "lan@dongnai.example"
    staff.save()
    err = io.StringIO()
    call_command("alerts", "--date", TODAY.isoformat(), "--email", stdout=io.StringIO(), stderr=err)
    assert len(mail.outbox) == 1 and "1" in err.getvalue()
