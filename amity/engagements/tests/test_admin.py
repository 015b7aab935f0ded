"""The back office of people-to-people diplomacy (Wagtail admin at /admin/), through
HTTP only: who sees and changes which union's engagements and partnerships, the form with
its inline rows, Decision 06 errors, the calendar and the checked file downloads."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from amity.core.models import TaskStatus
from amity.engagements.models import (
    Engagement,
    EngagementFile,
    EngagementKind,
    FollowUp,
    Participant,
    Partnership,
    Side,
)
from amity.history.models import Change
from amity.registry.tests.factories import OrganizationFactory
from amity.testing import empty_inlines, form_data, listing_table, login, refused, text

pytestmark = pytest.mark.django_db

KINDS = ["engagements", "partnerships"]
OBJECT_PAGES = ["inspect", "edit", "delete", "history"]


def rows(prefix: str, *items: dict) -> dict:
    """Inline formset rows as a browser posts them."""
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(items)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for i, item in enumerate(items):
        data |= {f"{prefix}-{i}-{k}": v for k, v in item.items()}
        data |= {f"{prefix}-{i}-id": "", f"{prefix}-{i}-ORDER": str(i + 1)}
        data |= {f"{prefix}-{i}-DELETE": ""}
    return data


def db_state() -> dict:
    return {
        "engagements": list(Engagement.objects.order_by("pk").values()),
        "participants": list(Participant.objects.order_by("pk").values()),
        "follow_ups": list(FollowUp.objects.order_by("pk").values()),
        "partnerships": list(Partnership.objects.order_by("pk").values()),
        "changes": Change.objects.of_records().count(),
    }


@pytest.fixture
def records(make_engagement, make_partnership, province):
    """Dong Nai's records under test, and Lao Cai's, which Dong Nai must not see."""
    dong_nai_partnership = make_partnership(
        union="dong-nai", title="Gyeonggi-do", title_en="Gyeonggi Province", country_id="KR"
    )
    return {
        "engagements": make_engagement(title="Hội nghị Đồng Nai", title_en="Dong Nai conference"),
        "partnerships": dong_nai_partnership,
        "other_engagements": make_engagement(
            union="lao-cai",
            title="Đoàn Vân Nam đến Lào Cai",
            title_en="Yunnan delegation in Lao Cai",
            kind=EngagementKind.INCOMING,
            place_unit=province("15"),
        ),
        "other_partnerships": make_partnership(union="lao-cai"),
    }


# Who sees and may change what ------------------------------------------------------


@pytest.mark.parametrize(
    "caller, sees_own, sees_other",
    [
        ("other_staff", False, True),
        ("own_viewer", True, False),
        ("own_staff", True, False),
        ("national_staff", True, True),
    ],
)
@pytest.mark.parametrize("kind", KINDS)
def test_listings_show_only_the_records_the_user_sees(
    client, callers, records, kind, caller, sees_own, sees_other
):
    login(client, callers[caller])
    response = client.get(reverse(f"{kind}:index"))
    assert response.status_code == 200
    table = listing_table(response)
    own = reverse(f"{kind}:inspect", args=[records[kind].pk])
    other = reverse(f"{kind}:inspect", args=[records[f"other_{kind}"].pk])
    assert (own in table) is sees_own
    assert (other in table) is sees_other


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("page", ["index", "add", *OBJECT_PAGES])
def test_anonymous_is_sent_to_login(client, records, kind, page):
    args = [records[kind].pk] if page in OBJECT_PAGES else []
    response = client.get(reverse(f"{kind}:{page}", args=args))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("page", OBJECT_PAGES)
def test_other_union_staff_gets_404_for_a_dong_nai_record(client, callers, records, kind, page):
    login(client, callers["other_staff"])
    url = reverse(f"{kind}:{page}", args=[records[kind].pk])
    assert client.get(url).status_code == 404
    if page in ("edit", "delete"):
        before = db_state()
        assert client.post(url, {}).status_code == 404
        assert db_state() == before


@pytest.mark.parametrize("kind", KINDS)
def test_own_viewer_reads_but_may_not_add_edit_or_delete(client, callers, records, kind):
    login(client, callers["own_viewer"])
    pk = records[kind].pk
    assert client.get(reverse(f"{kind}:inspect", args=[pk])).status_code == 200
    before = db_state()
    for url in (
        reverse(f"{kind}:add"),
        reverse(f"{kind}:edit", args=[pk]),
        reverse(f"{kind}:delete", args=[pk]),
    ):
        assert refused(client.get(url)), url
        assert refused(client.post(url, {})), url
    assert db_state() == before


@pytest.mark.parametrize("caller", ["own_staff", "national_staff"])
@pytest.mark.parametrize("kind", KINDS)
def test_staff_open_inspect_edit_and_delete_and_delete_the_record(
    client, callers, records, kind, caller
):
    login(client, callers[caller])
    pk = records[kind].pk
    for page in OBJECT_PAGES:
        assert client.get(reverse(f"{kind}:{page}", args=[pk])).status_code == 200, page
    response = client.post(reverse(f"{kind}:delete", args=[pk]))
    assert response.status_code == 302
    model = Engagement if kind == "engagements" else Partnership
    assert not model.objects.filter(pk=pk).exists()
    assert model.objects.filter(pk=records[f"other_{kind}"].pk).exists()


@pytest.mark.parametrize("caller", ["own_staff", "national_staff"])
def test_staff_edit_an_engagement_through_its_form(client, callers, records, caller):
    engagement = records["engagements"]
    login(client, callers[caller])
    url = reverse("engagements:edit", args=[engagement.pk])
    response = client.post(url, form_data(client.get(url), title_en="Dong Nai conference 2024"))
    assert response.status_code == 302, response.context["form"].errors
    engagement.refresh_from_db()
    assert engagement.title_en == "Dong Nai conference 2024"


# The form ------------------------------------------------------------------------------


def test_staff_add_an_engagement_with_participants_and_follow_ups(client, callers, unions):
    ngo = OrganizationFactory(union=unions["dong-nai"], name="Tổ chức Tầm nhìn Thế giới")
    login(client, callers["own_staff"])
    form = client.get(reverse("engagements:add"))
    # Only Dong Nai is offered, and only Dong Nai's organizations.
    assert f'value="{unions["lao-cai"].pk}"' not in text(form).split('name="union"')[1][:500]
    data = form_data(
        form,
        title="Tập huấn Nghị định 80/2020/NĐ-CP",
        title_en="Training on Decree 80/2020",
        kind=EngagementKind.TRAINING,
        start_date="2024-03-04",
        end_date="2024-03-05",
        place_unit=Engagement._meta.get_field("place_unit")
        .related_model.objects.get(structure="2025", code="75")
        .pk,
        topic="Quản lý viện trợ",
        attendees_count="30",
        **rows(
            "participants",
            {"side": Side.OURS, "name": "Nguyễn Thị Lan", "position": "Chuyên viên"},
            {"side": Side.THEIRS, "organization": ngo.pk},
        ),
        **rows(
            "follow_ups",
            {
                "title": "Gửi tài liệu cho các xã",
                "owner": "Văn phòng",
                "due_date": "2024-04-01",
                "status": TaskStatus.OPEN,
            },
        ),
        **empty_inlines("files"),
    )
    assert data["union"] == str(unions["dong-nai"].pk)

    response = client.post(reverse("engagements:add"), data)

    assert response.status_code == 302, response.context["form"].errors
    course = Engagement.objects.get(title_en="Training on Decree 80/2020")
    assert course.union == unions["dong-nai"]
    assert [(p.side, p.name, p.organization_id) for p in course.participants.order_by("pk")] == [
        (Side.OURS, "Nguyễn Thị Lan", None),
        (Side.THEIRS, "", ngo.pk),
    ]
    task = course.follow_ups.get()
    assert (task.owner, task.due_date) == ("Văn phòng", datetime.date(2024, 4, 1))
    assert Change.objects.filter(content_type__model="followup", action="create").exists()

    page = text(client.get(reverse("engagements:inspect", args=[course.pk])))
    assert "Nguyễn Thị Lan" in page and ngo.label in page
    assert "Gửi tài liệu cho các xã" in page


def test_an_international_conference_without_its_decision_is_refused_and_nothing_saved(
    client, callers, unions
):
    login(client, callers["own_staff"])
    data = form_data(
        client.get(reverse("engagements:add")),
        title="Hội thảo quốc tế về viện trợ",
        kind=EngagementKind.CONFERENCE,
        start_date="2024-05-10",
        place_country="KR",
        is_international="on",
        approving_authority="UBND tỉnh Đồng Nai",
        decision_date="2024-04-01",
        **rows("participants", {"side": Side.OURS, "name": "Ông A"}),
        **empty_inlines("follow_ups", "files"),
    )
    before = db_state()

    response = client.post(reverse("engagements:add"), data)

    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors.get("decision_number", []))
    assert "Decision 06/2020/QD-TTg" in errors
    assert "Decision 06/2020/QD-TTg" in text(response)
    assert db_state() == before


def test_the_index_filters_by_kind_partner_and_dates(client, callers, records, make_engagement):
    ngo = OrganizationFactory(union=records["engagements"].union, name="KOICA")
    visit = make_engagement(
        title="Làm việc với KOICA",
        kind=EngagementKind.WORKING_VISIT,
        start_date=datetime.date(2024, 6, 3),
        participants=[{"id": None, "side": Side.THEIRS, "organization": ngo}],
    )
    login(client, callers["own_staff"])
    conference = reverse("engagements:inspect", args=[records["engagements"].pk])
    visit_url = reverse("engagements:inspect", args=[visit.pk])
    index = reverse("engagements:index")
    for query, shown, hidden in [
        ({"kind": EngagementKind.WORKING_VISIT}, visit_url, conference),
        ({"partner": ngo.pk}, visit_url, conference),
        ({"dates_after": "2024-02-01", "dates_before": "2024-02-28"}, conference, visit_url),
    ]:
        table = listing_table(client.get(index, query))
        assert shown in table and hidden not in table, query


def test_a_partnership_page_lists_its_engagements(client, callers, records, make_engagement):
    partnership = records["partnerships"]
    held = make_engagement(title="Đoàn Gyeonggi thăm Đồng Nai", partnership=partnership)
    login(client, callers["own_staff"])
    page = text(client.get(reverse("partnerships:inspect", args=[partnership.pk])))
    assert reverse("engagements:inspect", args=[held.pk]) in page
    assert reverse("engagements:inspect", args=[records["engagements"].pk]) not in page


# The calendar --------------------------------------------------------------------------


def calendar_days(response) -> dict[str, str]:
    """{YYYY-MM-DD: the cell's HTML} of the month shown."""
    return dict(re.findall(r'<td data-day="([\d-]+)"[^>]*>(.*?)</td>', text(response), re.S))


def test_the_calendar_shows_an_engagement_on_each_of_its_days_and_only_visible_ones(
    client, callers, make_engagement, province
):
    visit = make_engagement(
        title="Đoàn Hàn Quốc",
        kind=EngagementKind.INCOMING,
        start_date=datetime.date(2024, 2, 27),
        end_date=datetime.date(2024, 3, 2),
    )
    hidden = make_engagement(
        union="lao-cai",
        title="Đoàn Vân Nam",
        kind=EngagementKind.INCOMING,
        start_date=datetime.date(2024, 2, 28),
        place_unit=province("15"),
    )
    url = reverse("engagements:calendar")
    link = reverse("engagements:inspect", args=[visit.pk])
    hidden_link = reverse("engagements:inspect", args=[hidden.pk])
    login(client, callers["own_staff"])

    february = client.get(url, {"month": "2024-02"})
    assert february.status_code == 200
    days = calendar_days(february)
    assert len(days) == 29
    assert [day for day, cell in days.items() if link in cell] == [
        "2024-02-27",
        "2024-02-28",
        "2024-02-29",
    ]
    assert hidden_link not in text(february)
    assert "?month=2024-01" in text(february) and "?month=2024-03" in text(february)

    march = calendar_days(client.get(url, {"month": "2024-03"}))
    assert [day for day, cell in march.items() if link in cell] == ["2024-03-01", "2024-03-02"]

    login(client, callers["national_staff"])
    days = calendar_days(client.get(url, {"month": "2024-02"}))
    assert hidden_link in days["2024-02-28"] and link in days["2024-02-28"]
    assert client.get(url, {"month": "nonsense"}).status_code == 200


# Files ----------------------------------------------------------------------------------


def test_files_are_served_only_to_those_who_see_the_engagement(client, callers, make_engagement):
    engagement = make_engagement(
        files=[
            {
                "id": None,
                "title": "Biên bản làm việc",
                "kind": "document",
                "file": SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 minutes"),
            }
        ]
    )
    record = EngagementFile.objects.get()
    url = reverse("engagements:file", args=[record.pk])
    login(client, callers["own_viewer"])
    assert url in text(client.get(reverse("engagements:inspect", args=[engagement.pk])))
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 minutes"
    assert "bien-ban" in response["Content-Disposition"]

    for caller, status in (("other_staff", 404), ("anonymous", 302), ("national_staff", 200)):
        login(client, callers[caller])
        assert client.get(url).status_code == status, caller
    login(client, callers["own_staff"])
    assert client.get(reverse("engagements:file", args=[record.pk + 1000])).status_code == 404


def test_the_menu_groups_engagements_calendar_and_partnerships(client, callers):
    login(client, callers["own_viewer"])
    page = text(client.get("/admin/"))
    assert "People-to-people diplomacy" in page
    for url in (
        reverse("engagements:index"),
        reverse("engagements:calendar"),
        reverse("partnerships:index"),
    ):
        assert url in page, url
