import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.test import override_settings

from amity.core.models import TaskStatus
from amity.engagements import services
from amity.engagements.models import (
    Engagement,
    EngagementKind,
    FollowUp,
    Participant,
    Side,
)
from amity.engagements.selectors import engagements_filtered, month_calendar
from amity.history.models import Change
from amity.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db
INTERNATIONAL = {
    "is_international": True,
    "approving_authority": "Ủy ban nhân dân tỉnh Đồng Nai",
    "decision_number": "125/QĐ-UBND",
    "decision_date": datetime.date(2024, 1, 15),
}


def test_an_international_conference_carries_its_approval_and_a_report_due_date(
    make_engagement,
):
    conference = make_engagement(end_date=datetime.date(2024, 2, 3), **INTERNATIONAL)
    assert conference.report_due == datetime.date(2024, 2, 18)  # 15 days after it ends
    with override_settings(AMITY_DECISION06_REPORT_DAYS=30):
        later = make_engagement(**INTERNATIONAL)
    assert later.report_due == datetime.date(2024, 3, 3)
    given = make_engagement(report_due=datetime.date(2024, 2, 10), **INTERNATIONAL)
    assert given.report_due == datetime.date(2024, 2, 10)


def test_an_international_conference_without_approval_names_each_missing_field(
    make_engagement,
):
    with pytest.raises(ValidationError) as error:
        make_engagement(is_international=True)
    assert set(error.value.message_dict) >= {
        "approving_authority",
        "decision_number",
        "decision_date",
    }
    assert "Decision 06/2020" in error.value.message_dict["decision_number"][0]
    with pytest.raises(ValidationError) as error:
        make_engagement(**{**INTERNATIONAL, "decision_date": datetime.date(2024, 3, 1)})
    assert "approved before" in error.value.message_dict["decision_date"][0]
    with pytest.raises(ValidationError) as error:
        make_engagement(kind=EngagementKind.WORKING_VISIT, **INTERNATIONAL)
    assert "is_international" in error.value.message_dict
    assert not Engagement.objects.exists()


def test_where_it_took_place_is_checked_by_kind(make_engagement):
    with pytest.raises(ValidationError) as error:
        make_engagement(place_unit=None)
    assert "place_unit" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        make_engagement(kind=EngagementKind.OUTGOING)  # with a place in Vietnam
    assert "abroad" in error.value.message_dict["place_unit"][0]
    with pytest.raises(ValidationError) as error:
        make_engagement(place_unit=None, place_country_id="VN")
    assert "place_country" in error.value.message_dict
    visit = make_engagement(kind=EngagementKind.OUTGOING, place_unit=None, place_country_id="LA")
    assert visit.place_country_id == "LA"
    with pytest.raises(ValidationError) as error:
        make_engagement(end_date=datetime.date(2024, 2, 1))
    assert "cannot end before it starts" in str(error.value)


def test_a_training_course_keeps_its_attendees_and_follow_ups_with_history(make_engagement, unions):
    ngo = OrganizationFactory(union=unions["dong-nai"], name="Tổ chức Tầm nhìn Thế giới")
    course = make_engagement(
        kind=EngagementKind.TRAINING,
        title="Tập huấn Nghị định 80/2020/NĐ-CP",
        topic="Quản lý và sử dụng viện trợ không hoàn lại",
        attendees_count=2,
        participants=[
            {"id": None, "side": Side.OURS, "name": "Nguyễn Thị Lan", "position": "Chuyên viên"},
            {"id": None, "side": Side.THEIRS, "organization": ngo},
        ],
        follow_ups=[
            {
                "id": None,
                "title": "Gửi tài liệu cho các xã",
                "owner": "Văn phòng",
                "due_date": datetime.date(2024, 3, 1),
                "status": TaskStatus.OPEN,
            }
        ],
    )
    assert [str(p) for p in course.participants.order_by("pk")] == [
        "Nguyễn Thị Lan, Chuyên viên",
        ngo.label,
    ]
    (task,) = course.follow_ups.all()
    assert FollowUp.objects.overdue(datetime.date(2024, 3, 2)).get() == task
    assert not FollowUp.objects.overdue(datetime.date(2024, 3, 1)).exists()
    services.engagement_save(
        actor=None,
        engagement=course,
        follow_ups=[
            {
                "id": task.pk,
                "title": task.title,
                "owner": task.owner,
                "due_date": task.due_date,
                "status": TaskStatus.DONE,
            }
        ],
    )
    assert not FollowUp.objects.overdue(datetime.date(2024, 3, 2)).exists()
    change = Change.objects.get(
        object_id=str(task.pk), content_type__model="followup", action="update"
    )
    assert change.changes["status"] == ["open", "done"]


def test_bad_participant_rows_are_named_and_nothing_is_saved(make_engagement, unions):
    lao_cai_ngo = OrganizationFactory(union=unions["lao-cai"], name="Plan International")
    with pytest.raises(ValidationError) as error:
        make_engagement(
            participants=[
                {"id": None, "side": Side.OURS, "name": "Ông A"},
                {"id": None, "side": Side.THEIRS, "name": ""},
                {"id": None, "side": Side.THEIRS, "organization": lao_cai_ngo},
            ]
        )
    messages = error.value.message_dict["participants"]
    assert messages[0].startswith("Row 2:") and messages[1].startswith("Row 3:")
    assert not Engagement.objects.exists() and not Participant.objects.exists()


def test_a_bad_follow_up_row_undoes_the_whole_save(make_engagement):
    with pytest.raises(ValidationError) as error:
        make_engagement(
            follow_ups=[{"id": None, "title": "", "owner": "", "due_date": None, "status": "open"}]
        )
    assert error.value.message_dict["follow_ups"][0].startswith("Row 1:")
    assert not Engagement.objects.exists()


def test_only_the_unions_staff_write_its_engagements(make_engagement, make_member):
    visit = make_engagement(kind=EngagementKind.WORKING_VISIT)
    visit.outcomes = "Changed"
    with pytest.raises(Http404):
        services.engagement_save(actor=make_member("lao-cai", "staff"), engagement=visit)
    with pytest.raises(PermissionDenied):
        services.engagement_save(actor=make_member("dong-nai", "viewer"), engagement=visit)
    services.engagement_save(actor=make_member("vufo", "staff"), engagement=visit)
    with pytest.raises(Http404):
        make_engagement(actor=make_member("lao-cai", "staff", username="lc2"))
    with pytest.raises(Http404):
        services.engagement_delete(actor=make_member("lao-cai", "admin"), engagement=visit)
    services.engagement_delete(actor=make_member("dong-nai", "staff"), engagement=visit)
    assert not Engagement.objects.exists()


def test_partnerships_are_abroad_unique_and_keep_their_engagements(
    make_partnership, make_engagement
):
    yunnan = make_partnership()
    assert yunnan.label == "Yunnan Province"  # the tests read English
    with pytest.raises(ValidationError) as error:
        make_partnership()
    assert "already has a partnership" in str(error.value)
    with pytest.raises(ValidationError) as error:
        make_partnership(title="Hà Nội", country_id="VN")
    assert "country" in error.value.message_dict
    from amity.geo.models import AdministrativeUnit

    lao_cai = AdministrativeUnit.objects.get(structure="2025", code="15")
    delegation = make_engagement(
        union="lao-cai", kind=EngagementKind.INCOMING, partnership=yunnan, place_unit=lao_cai
    )
    assert list(yunnan.engagements.all()) == [delegation]
    with pytest.raises(ValidationError) as error:
        make_engagement(kind=EngagementKind.INCOMING, partnership=yunnan)  # Dong Nai's
    assert "partnership" in error.value.message_dict


def test_the_list_filters_and_the_month_calendar(make_engagement, unions):
    partner = OrganizationFactory(union=unions["dong-nai"], name="KOICA")
    conference = make_engagement(end_date=datetime.date(2024, 2, 3))
    meeting = make_engagement(
        kind=EngagementKind.AID_PROMOTION,
        start_date=datetime.date(2024, 2, 20),
        participants=[{"id": None, "side": Side.THEIRS, "organization": partner}],
    )
    make_engagement(kind=EngagementKind.WORKING_VISIT, start_date=datetime.date(2024, 4, 1))
    everything = Engagement.objects.all()
    assert list(engagements_filtered(everything, kind=EngagementKind.AID_PROMOTION)) == [meeting]
    assert list(engagements_filtered(everything, partner=partner)) == [meeting]
    assert set(
        engagements_filtered(
            everything, start=datetime.date(2024, 2, 3), end=datetime.date(2024, 2, 29)
        )
    ) == {conference, meeting}
    assert list(engagements_filtered(everything, union=unions["lao-cai"])) == []

    weeks = month_calendar(everything, 2024, 2)
    days = {day: shown for week in weeks for day, shown in week if day}
    assert len(days) == 29
    assert days[datetime.date(2024, 2, 2)] == [conference]
    assert days[datetime.date(2024, 2, 3)] == [conference]
    assert days[datetime.date(2024, 2, 4)] == []
    assert days[datetime.date(2024, 2, 20)] == [meeting]
    assert weeks[0][0][0] is None  # 1 February 2024 was a Thursday


def test_the_default_report_due_date_follows_the_event_but_a_chosen_one_stays(make_engagement):
    conference = make_engagement(end_date=datetime.date(2024, 2, 3), **INTERNATIONAL)
    conference.end_date = datetime.date(2024, 2, 5)
    services.engagement_save(actor=None, engagement=conference)
    assert conference.report_due == datetime.date(2024, 2, 20)
    conference.report_due = datetime.date(2024, 3, 1)
    services.engagement_save(actor=None, engagement=conference)
    conference.end_date = datetime.date(2024, 2, 6)
    services.engagement_save(actor=None, engagement=conference)
    assert conference.report_due == datetime.date(2024, 3, 1)
    conference.is_international = False
    services.engagement_save(actor=None, engagement=conference)
    conference.refresh_from_db()
    assert conference.report_due is None
