"""The demo's engagements and partnerships: the seed pages' events with their follow-up
requests, the partners' names in their own scripts, and a second run that changes
nothing."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from amity.demo import engagements_data
from amity.demo.services import demo_load
from amity.engagements.models import (
    Engagement,
    EngagementKind,
    FollowUp,
    Participant,
    Partnership,
)
from amity.history.models import Change

pytestmark = pytest.mark.django_db

MODELS = (Partnership, Engagement, Participant, FollowUp)


def stored():
    """Every value of the demo's engagement records (timestamps included) and their
    history rows."""
    types = ContentType.objects.get_for_models(*MODELS).values()
    return (
        [list(model.objects.values().order_by("pk")) for model in MODELS],
        list(Change.objects.filter(content_type__in=types).values_list("pk", flat=True)),
        sorted(Engagement.articles.through.objects.values_list("engagement_id", "page_id")),
    )


def test_the_demo_engagements(demo_loaded, api_client_for):
    today = timezone.localdate()
    loads_and_a_second_run_changes_nothing()
    the_conference_of_2_february_2024_in_dong_nai()
    the_national_unions_visit_to_yen_bai_and_its_follow_ups(today)
    the_training_course_and_the_international_conference(today)
    participants_are_organizations_of_the_same_union()
    lao_cais_partnerships_in_their_own_scripts(api_client_for)


def loads_and_a_second_run_changes_nothing():
    specs = engagements_data.ENGAGEMENTS
    assert Engagement.objects.count() == len(specs)
    assert Participant.objects.count() == sum(len(s["participants"]) for s in specs)
    assert FollowUp.objects.count() == sum(len(s["follow_ups"]) for s in specs)
    assert Partnership.objects.count() == len(engagements_data.PARTNERSHIPS)
    assert set(Engagement.objects.values_list("kind", flat=True)) == set(EngagementKind) - {
        EngagementKind.OUTGOING
    }
    before = stored()
    demo_load()
    assert stored() == before


def the_conference_of_2_february_2024_in_dong_nai():
    conference = Engagement.objects.get(union__slug="dong-nai", start_date="2024-02-02")
    assert conference.kind == EngagementKind.CONFERENCE and not conference.is_international
    assert conference.report_due is None
    assert conference.place_unit.key == "pre2025:75"
    assert conference.place_unit.current_province.key == "2025:75"
    assert "109,841 tỷ đồng" in conference.outcomes and "158%" in conference.outcomes
    names = set(conference.participants.values_list("name", flat=True))
    assert {"Lương Thanh Tùng", "Nguyễn Thành Trí", "Võ Văn Phi"} <= names
    (article,) = conference.articles.all()
    assert article.live and article.slug == "ket-qua-cong-tac-van-dong-vien-tro-pcpnn-nam-2023"


def the_national_unions_visit_to_yen_bai_and_its_follow_ups(today):
    visit = Engagement.objects.get(kind=EngagementKind.WORKING_VISIT, start_date="2023-08-15")
    assert visit.union.slug == "vufo"
    # Yen Bai as it was on the day, which rolls up into today's Lao Cai.
    assert (visit.place_unit.key, visit.place_unit.name) == ("pre2025:15", "Tỉnh Yên Bái")
    assert visit.place_unit.current_province.key == "2025:15"
    assert visit.place_unit.current_province.name == "Tỉnh Lào Cai"
    assert visit.participants.filter(name="Nguyễn Phương Nga", side="ours").exists()
    assert visit.participants.filter(name="Ngô Hạnh Phúc", side="theirs").exists()

    requests = visit.follow_ups.all()
    assert len(requests) >= 5 and all(r.owner and r.due_date for r in requests)
    connect = requests.get(title__contains="kết nối tỉnh với các tổ chức phi chính phủ")
    assert connect.title.startswith("Lào Cai (Yên Bái cũ) đề nghị VUFO")
    overdue = FollowUp.objects.overdue(today)
    assert connect in overdue
    assert overdue.filter(engagement=visit).count() >= 3
    assert visit.follow_ups.filter(status="done").exists()
    # Overdue shows in the national union's alerts, and only there.
    assert FollowUp.objects.for_union(visit.union).overdue(today).filter(pk=connect.pk).exists()


def the_training_course_and_the_international_conference(today):
    course = Engagement.objects.get(kind=EngagementKind.TRAINING)
    assert "Nghị định 80/2020/NĐ-CP" in course.topic
    assert course.attendees_count == 124
    attendees = course.participants.all()
    assert len(attendees) >= 8
    assert {a.organization.name for a in attendees if a.organization} == {
        "Bộ Y tế",
        "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
    }

    conference = Engagement.objects.get(is_international=True)
    assert conference.kind == EngagementKind.CONFERENCE
    assert conference.approving_authority and conference.decision_number
    assert conference.decision_date < conference.start_date
    assert conference.report_due == conference.end_date + datetime.timedelta(days=15)
    assert conference.report_due > today  # coming due, not yet late
    assert list(Engagement.objects.reports_due(today, within_days=14)) == [conference]
    report = conference.follow_ups.get()
    assert report.due_date == conference.report_due and report not in FollowUp.objects.overdue(
        today
    )
    assert conference.place_unit.key == "2025:26041"  # a commune of today's Dong Nai

    meeting = Engagement.objects.get(kind=EngagementKind.AID_PROMOTION)
    theirs = meeting.participants.filter(side="theirs", organization__isnull=False)
    assert {p.organization.kind for p in theirs} == {"foreign_ngo", "enterprise"}


def participants_are_organizations_of_the_same_union():
    with_organization = Participant.objects.filter(organization__isnull=False).select_related(
        "organization", "engagement"
    )
    assert with_organization.count() >= 15
    for participant in with_organization:
        assert participant.organization.union_id == participant.engagement.union_id


def lao_cais_partnerships_in_their_own_scripts(api_client_for):
    partnerships = Partnership.objects.filter(union__slug="lao-cai")
    assert sorted(partnerships.values_list("title_en", "country", "type")) == [
        ("Mimasaka City", "JP", "friendship"),
        ("Val-de-Marne Department", "FR", "friendship"),
        ("Vientiane Province", "LA", "sister"),
        ("Xaignabouli Province", "LA", "sister"),
        ("Yunnan Province", "CN", "friendship"),
    ]
    assert all(p.signed_date and "giả định" in p.notes for p in partnerships)

    staff = get_user_model().objects.get(username="laocai-staff")
    rows = api_client_for(staff).get("/api/v1/partnerships/", {"union": "lao-cai"}).json()
    titles = {row["title_en"]: (row["title"], row["title_zh_hans"]) for row in rows["results"]}
    assert titles == {
        "Vientiane Province": ("ແຂວງວຽງຈັນ", "万象省"),
        "Xaignabouli Province": ("ແຂວງໄຊຍະບູລີ", "沙耶武里省"),
        "Val-de-Marne Department": ("Département du Val-de-Marne", "马恩河谷省"),
        "Yunnan Province": ("云南省", "云南省"),
        "Mimasaka City": ("美作市", "美作市"),
    }
    for spec in engagements_data.PARTNERSHIPS:
        assert Partnership.objects.get(title=spec["title"]).title_vi == spec["title_vi"]

    yunnan = partnerships.get(country="CN")
    (delegation,) = yunnan.engagements.all()
    assert delegation.kind == EngagementKind.INCOMING and delegation.union == yunnan.union
    assert delegation.participants.filter(organization_name="云南省人民对外友好协会").exists()
    assert delegation.title_zh_hans == "接待云南省人民对外友好协会代表团"
    body = api_client_for(staff).get(f"/api/v1/engagements/{delegation.pk}/").json()
    assert body["partnership"] == yunnan.pk and body["place_unit"] == "pre2025:10"
    assert body["articles"][0]["url"]
