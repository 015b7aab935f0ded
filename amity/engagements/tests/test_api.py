"""The engagements and partnerships API: every caller, nested rows, bad input named by
its field with nothing stored, another union's records read as missing ids, filters."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from amity.aid.models import AidItem, AidKind
from amity.aid.services import aid_item_save
from amity.core.models import TaskStatus
from amity.engagements.models import (
    Engagement,
    EngagementKind,
    FollowUp,
    Participant,
    Partnership,
    Side,
)
from amity.history.models import Change
from amity.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

READ = {
    "anonymous": 401,
    "other_staff": 404,
    "own_viewer": 200,
    "own_staff": 200,
    "national_staff": 200,
}
WRITE = {**READ, "own_viewer": 403}
CREATE = {**WRITE, "other_staff": 400, "own_staff": 201, "national_staff": 201}
DELETE = {**WRITE, "own_staff": 204, "national_staff": 204}
KINDS = ["engagements", "partnerships"]
MODELS = {"engagements": Engagement, "partnerships": Partnership}
APPROVAL = {
    "is_international": True,
    "approving_authority": "Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai",
    "decision_number": "125/QĐ-UBND",
    "decision_date": "2024-01-15",
}
TASK = {"title": "Gửi tài liệu cho các xã", "owner": "Văn phòng", "due_date": "2024-03-01"}


def state():
    return (
        list(Engagement.objects.values().order_by("pk")),
        list(Participant.objects.values().order_by("pk")),
        list(FollowUp.objects.values().order_by("pk")),
        list(Partnership.objects.values().order_by("pk")),
        sorted(Engagement.aid_items.through.objects.values_list("engagement_id", "aiditem_id")),
        Change.objects.of_records().count(),
    )


@pytest.fixture
def ngo(unions):
    return OrganizationFactory(union=unions["dong-nai"], name="Tổ chức Tầm nhìn Thế giới")


@pytest.fixture
def records(make_engagement, make_partnership, ngo):
    partnership = make_partnership(
        union="dong-nai",
        title="Gyeonggi-do",
        title_vi="Tỉnh Gyeonggi",
        title_en="Gyeonggi Province",
        country_id="KR",
    )
    engagement = make_engagement(
        participants=[
            {"id": None, "side": Side.OURS, "name": "Lương Thanh Tùng", "position": "Phó Ban"},
            {"id": None, "side": Side.THEIRS, "organization": ngo},
        ],
        follow_ups=[{"id": None, "status": TaskStatus.OPEN, **TASK, "due_date": None}],
    )
    return {"engagements": engagement, "partnerships": partnership}


def new_record(kind: str) -> dict:
    if kind == "engagements":
        return {
            "union": "dong-nai",
            "kind": "aid_promotion",
            "title": "Hội nghị xúc tiến vận động viện trợ năm 2024",
            "start_date": "2024-09-26",
            "place_unit": "2025:75",
        }
    return {
        "union": "dong-nai",
        "title": "Région Normandie",
        "title_vi": "Vùng Normandie",
        "country": "FR",
        "type": "friendship",
    }


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("caller", list(READ))
def test_reading_a_record(kind, caller, callers, records, api_client_for):
    record = records[kind]
    response = api_client_for(callers[caller]).get(f"/api/v1/{kind}/{record.pk}/")
    assert response.status_code == READ[caller]
    if response.status_code == 200:
        assert response.json()["id"] == record.pk
        assert response.json()["union"] == "dong-nai"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("caller", list(READ))
def test_listing_shows_only_what_the_caller_may_see(kind, caller, callers, records, api_client_for):
    response = api_client_for(callers[caller]).get(f"/api/v1/{kind}/")
    if caller == "anonymous":
        assert response.status_code == 401
        return
    assert response.status_code == 200
    ids = [row["id"] for row in response.json()["results"]]
    assert ids == ([records[kind].pk] if READ[caller] == 200 else [])


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("caller", list(CREATE))
def test_creating_a_record(kind, caller, callers, records, api_client_for):
    before = state()
    response = api_client_for(callers[caller]).post(
        f"/api/v1/{kind}/", new_record(kind), format="json"
    )
    assert response.status_code == CREATE[caller], response.content
    if CREATE[caller] == 201:
        created = MODELS[kind].objects.get(pk=response.json()["id"])
        assert created.union.slug == "dong-nai"
        assert Change.objects.for_record(created).filter(action="create").exists()
    else:
        assert state() == before
    if caller == "other_staff":  # Dong Nai is not a union Lao Cai's staff may add to
        assert "Unknown union" in response.json()["union"][0]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("caller", list(WRITE))
def test_changing_a_record(kind, caller, callers, records, api_client_for):
    record = records[kind]
    before = state()
    response = api_client_for(callers[caller]).patch(
        f"/api/v1/{kind}/{record.pk}/", {"title_en": "Changed"}, format="json"
    )
    assert response.status_code == WRITE[caller], response.content
    if WRITE[caller] == 200:
        assert response.json()["title_en"] == "Changed"
        change = Change.objects.for_record(record).filter(action="update").get()
        assert change.changes["title_en"][1] == "Changed"
        if kind == "engagements":  # rows not given are left as they are
            assert len(response.json()["participants"]) == 2
            assert len(response.json()["follow_ups"]) == 1
    else:
        assert state() == before


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("caller", list(DELETE))
def test_deleting_a_record(kind, caller, callers, records, api_client_for):
    record = records[kind]
    before = state()
    response = api_client_for(callers[caller]).delete(f"/api/v1/{kind}/{record.pk}/")
    assert response.status_code == DELETE[caller]
    if DELETE[caller] == 204:
        assert not MODELS[kind].objects.filter(pk=record.pk).exists()
        assert Change.objects.filter(action="delete", object_id=str(record.pk)).exists()
        if kind == "engagements":
            assert not Participant.objects.exists() and not FollowUp.objects.exists()
    else:
        assert state() == before


@pytest.mark.parametrize("kind", KINDS)
def test_a_record_stays_in_its_union(kind, callers, records, api_client_for):
    before = state()
    response = api_client_for(callers["national_staff"]).patch(
        f"/api/v1/{kind}/{records[kind].pk}/", {"union": "lao-cai"}, format="json"
    )
    assert response.status_code == 400 and "union" in response.json()
    assert state() == before


# Engagements: what is written and read back --------------------------------------------


def test_an_international_conference_abroad_with_its_rows_reads_back_as_written(
    callers, unions, ngo, api_client_for
):
    item = aid_item_save(
        actor=None, item=AidItem(union=unions["dong-nai"], kind=AidKind.PROJECT, title="Nhà")
    )
    partnership = Partnership.objects.create(
        union=unions["dong-nai"], country_id="KR", title="경기도", type="friendship"
    )
    client = api_client_for(callers["own_staff"])
    body = {
        "union": "dong-nai",
        "kind": "conference",
        "title": "Hội thảo quốc tế về hợp tác địa phương",
        "title_en": "International workshop on local cooperation",
        "title_zh_hans": "地方合作国际研讨会",
        "start_date": "2024-02-02",
        "end_date": "2024-02-03",
        "place_unit": "pre2025:75",
        "venue": "Biên Hòa",
        "partnership": partnership.pk,
        **APPROVAL,
        "aid_items": [item.pk],
        "participants": [
            {"side": "ours", "name": "Nguyễn Thành Trí", "position": "Chủ tịch Liên hiệp"},
            {"side": "theirs", "organization": ngo.pk, "position": "Đại diện"},
            {"side": "theirs", "organization_name": "경기도 국제협력과"},
        ],
        "follow_ups": [{**TASK, "status": "in_progress"}],
    }
    response = client.post("/api/v1/engagements/", body, format="json")
    assert response.status_code == 201, response.json()
    data = response.json()
    assert data["report_due"] == "2024-02-18"  # 15 days after it ends (Decision 06/2020)
    assert data["place_unit"] == "pre2025:75" and data["place_country"] is None
    assert data["partnership"] == partnership.pk and data["aid_items"] == [item.pk]
    assert [(p["side"], p["label"]) for p in data["participants"]] == [
        ("ours", "Nguyễn Thành Trí, Chủ tịch Liên hiệp"),
        ("theirs", f"Đại diện, {ngo.label}"),
        ("theirs", "경기도 국제협력과"),
    ]
    assert [(f["title"], f["status"], f["due_date"]) for f in data["follow_ups"]] == [
        (TASK["title"], "in_progress", "2024-03-01")
    ]
    assert client.get(f"/api/v1/engagements/{data['id']}/").json() == data
    conference = Engagement.objects.get(pk=data["id"])
    assert conference.participants.count() == 3 and conference.follow_ups.count() == 1
    assert client.get(f"/api/v1/partnerships/{partnership.pk}/").json()["engagements"] == [
        conference.pk
    ]


def test_a_delegation_abroad_names_its_country_by_code(callers, api_client_for):
    response = api_client_for(callers["own_staff"]).post(
        "/api/v1/engagements/",
        {
            "union": "dong-nai",
            "kind": "outgoing",
            "title": "Đoàn công tác thăm Lào",
            "start_date": "2024-05-10",
            "place_country": "LA",
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    assert response.json()["place_country"] == "LA" and response.json()["place_unit"] is None


def test_nested_rows_are_added_changed_and_dropped(callers, records, ngo, api_client_for):
    engagement = records["engagements"]
    person, organization = engagement.participants.order_by("pk")
    (task,) = engagement.follow_ups.all()
    client = api_client_for(callers["own_staff"])
    response = client.patch(
        f"/api/v1/engagements/{engagement.pk}/",
        {
            "participants": [
                {"id": organization.pk, "position": "Giám đốc quốc gia"},
                {"side": "ours", "name": "Nguyễn Thị Lan"},
            ],
            "follow_ups": [
                {"id": task.pk, "status": "done"},
                {"title": "Báo cáo Ủy ban nhân dân tỉnh", "owner": "Ban PCPNN"},
            ],
        },
        format="json",
    )
    assert response.status_code == 200, response.json()
    rows = list(engagement.participants.order_by("pk"))
    assert [(p.pk, p.side, p.organization, p.position, p.name) for p in rows] == [
        (organization.pk, Side.THEIRS, ngo, "Giám đốc quốc gia", ""),
        (rows[1].pk, Side.OURS, None, "", "Nguyễn Thị Lan"),
    ]
    assert rows[1].pk > organization.pk
    assert not Participant.objects.filter(pk=person.pk).exists()
    tasks = list(engagement.follow_ups.order_by("pk"))
    assert [(t.pk, t.title, t.status) for t in tasks] == [
        (task.pk, task.title, TaskStatus.DONE),
        (tasks[1].pk, "Báo cáo Ủy ban nhân dân tỉnh", TaskStatus.OPEN),
    ]
    history = Change.objects.filter(parent_id=str(engagement.pk))
    assert history.get(object_id=str(person.pk), action="delete")
    assert history.get(object_id=str(organization.pk), action="update").changes == {
        "position": ["", "Giám đốc quốc gia"]
    }
    assert history.get(object_id=str(task.pk), action="update").changes == {
        "status": ["open", "done"]
    }
    # An empty list drops every row; leaving the list out keeps them.
    response = client.patch(
        f"/api/v1/engagements/{engagement.pk}/", {"follow_ups": []}, format="json"
    )
    assert response.json()["follow_ups"] == [] and len(response.json()["participants"]) == 2
    assert not engagement.follow_ups.exists()


BAD_ENGAGEMENTS = [
    pytest.param(
        {"kind": "conference", "is_international": True},
        "decision_number",
        "Decision 06/2020",
        id="no-approval",
    ),
    pytest.param(
        {"kind": "conference", **APPROVAL, "decision_date": "2024-10-01"},
        "decision_date",
        "approved before",
        id="late",
    ),
    pytest.param(
        {"kind": "working_visit", **APPROVAL}, "is_international", "conference", id="not-conf"
    ),
    pytest.param(
        {"participants": [{"name": "Ông A"}, {"side": "theirs", "name": " "}]},
        "participants",
        "Row 2: give a person's name or an organization.",
        id="empty-participant",
    ),
    pytest.param(
        {"follow_ups": [{"owner": "Văn phòng", "due_date": "2024-03-01"}]},
        "follow_ups",
        "Row 1: This field cannot be blank.",
        id="follow-up-without-title",
    ),
    pytest.param(
        {"follow_ups": [{**TASK, "status": "someday"}]},
        "follow_ups",
        "not a valid choice",
        id="follow-up-status",
    ),
    pytest.param(
        {"participants": [{"id": 999999, "name": "Ông A"}]},
        "participants",
        "Row 1: the engagement has no row with id 999999.",
        id="unknown-row-id",
    ),
    pytest.param({"place_unit": None}, "place_unit", "Say where", id="nowhere"),
    pytest.param({"place_unit": "75"}, "place_unit", "STRUCTURE:CODE", id="unit-key"),
    pytest.param({"place_unit": "2025:ZZ"}, "place_unit", "No administrative unit", id="unit"),
    pytest.param({"kind": "outgoing"}, "place_unit", "abroad", id="outgoing-at-home"),
    pytest.param({"place_country": "VN"}, "place_country", "province", id="vietnam-abroad"),
    pytest.param({"place_country": "XX"}, "place_country", "does not exist", id="country"),
    pytest.param({"kind": "party"}, "kind", "not a valid choice", id="kind"),
    pytest.param({"end_date": "2024-09-01"}, "non_field_errors", "cannot end", id="dates"),
]


@pytest.mark.parametrize(("change", "field", "message"), BAD_ENGAGEMENTS)
def test_bad_input_names_the_field_and_nothing_is_stored(
    change, field, message, callers, records, api_client_for
):
    before = state()
    client = api_client_for(callers["own_staff"])
    response = client.post(
        "/api/v1/engagements/", {**new_record("engagements"), **change}, format="json"
    )
    assert response.status_code == 400
    assert message in str(response.json()[field]), response.json()
    assert state() == before
    # The same rules when a stored engagement is changed.
    response = client.patch(
        f"/api/v1/engagements/{records['engagements'].pk}/",
        {**new_record("engagements"), **change},
        format="json",
    )
    assert response.status_code == 400 and field in response.json()
    assert state() == before


def test_another_unions_records_read_as_missing_ids(
    callers, records, unions, make_partnership, api_client_for
):
    """A Dong Nai user naming a Lao Cai organization, partnership or aid item gets the
    very answer a missing id gets, and nothing is stored."""
    theirs = {
        "organization": OrganizationFactory(union=unions["lao-cai"], name="Plan International"),
        "partnership": make_partnership(union="lao-cai"),
        "aid_item": aid_item_save(
            actor=None, item=AidItem(union=unions["lao-cai"], kind=AidKind.PROJECT, title="X")
        ),
    }
    engagement, partnership = new_record("engagements"), new_record("partnerships")
    cases = [
        ("engagements", "participants", lambda pk: {"participants": [{"organization": pk}]}),
        ("engagements", "partnership", lambda pk: {"partnership": pk}),
        ("engagements", "aid_items", lambda pk: {"aid_items": [pk]}),
        ("partnerships", "aid_items", lambda pk: {"aid_items": [pk]}),
    ]
    ids = {
        "participants": theirs["organization"].pk,
        "partnership": theirs["partnership"].pk,
        "aid_items": theirs["aid_item"].pk,
    }
    client = api_client_for(callers["own_staff"])
    before = state()
    for kind, field, make in cases:
        body = engagement if kind == "engagements" else partnership
        their_id = ids[field]
        answer = client.post(f"/api/v1/{kind}/", {**body, **make(their_id)}, format="json")
        missing = client.post(f"/api/v1/{kind}/", {**body, **make(999999)}, format="json")
        assert answer.status_code == missing.status_code == 400, (kind, field, answer.json())
        assert str(answer.json()[field]) == str(missing.json()[field]).replace(
            "999999", str(their_id)
        ), (kind, field)
    assert state() == before


def test_national_staff_still_cannot_mix_unions(callers, unions, make_partnership, api_client_for):
    """National staff see every union's records, so the service's own rule answers."""
    lao_cai_ngo = OrganizationFactory(union=unions["lao-cai"], name="Plan International")
    yunnan = make_partnership(union="lao-cai")
    client = api_client_for(callers["national_staff"])
    before = state()
    response = client.post(
        "/api/v1/engagements/",
        {
            **new_record("engagements"),
            "partnership": yunnan.pk,
            "participants": [{"organization": lao_cai_ngo.pk}],
        },
        format="json",
    )
    assert response.status_code == 400
    assert "another union" in response.json()["partnership"][0]
    assert "not one of this union's organizations" in response.json()["participants"][0]
    assert state() == before


# Filters ------------------------------------------------------------------------------


def test_engagements_are_filtered_by_union_kind_partner_partnership_and_dates(
    callers, unions, ngo, make_engagement, make_partnership, province, api_client_for
):
    yunnan = make_partnership()
    conference = make_engagement(end_date=datetime.date(2024, 2, 3))
    meeting = make_engagement(
        kind=EngagementKind.AID_PROMOTION,
        start_date=datetime.date(2024, 2, 20),
        participants=[{"id": None, "side": Side.THEIRS, "organization": ngo}],
    )
    visit = make_engagement(kind=EngagementKind.WORKING_VISIT, start_date=datetime.date(2024, 4, 1))
    delegation = make_engagement(
        union="lao-cai",
        kind=EngagementKind.INCOMING,
        partnership=yunnan,
        place_unit=province("15"),
        start_date=datetime.date(2024, 11, 14),
    )
    client = api_client_for(callers["national_staff"])

    def ids(**params):
        response = client.get("/api/v1/engagements/", params)
        assert response.status_code == 200, response.json()
        return [row["id"] for row in response.json()["results"]]

    assert ids() == [delegation.pk, visit.pk, meeting.pk, conference.pk]  # newest first
    assert ids(union="dong-nai") == [visit.pk, meeting.pk, conference.pk]
    assert ids(union="lao-cai") == [delegation.pk]
    assert ids(kind="aid_promotion") == [meeting.pk]
    assert ids(partner=ngo.pk) == [meeting.pk]
    assert ids(partnership=yunnan.pk) == [delegation.pk]
    assert ids(start="2024-02-03", end="2024-02-29") == [meeting.pk, conference.pk]
    assert ids(start="2024-03-01") == [delegation.pk, visit.pk]
    assert ids(end="2024-02-02") == [conference.pk]
    assert ids(union="dong-nai", ordering="start_date") == [conference.pk, meeting.pk, visit.pk]

    # Dong Nai's staff: another union's slug, partner or partnership is not one to pick.
    own = api_client_for(callers["own_staff"])
    for params in ({"union": "lao-cai"}, {"partnership": yunnan.pk}, {"union": "nowhere"}):
        response = own.get("/api/v1/engagements/", params)
        assert response.status_code == 400 and set(response.json()) == set(params), params
    lao_cai_ngo = OrganizationFactory(union=unions["lao-cai"], name="Plan International")
    theirs = own.get("/api/v1/engagements/", {"partner": lao_cai_ngo.pk})
    missing = own.get("/api/v1/engagements/", {"partner": 999999})
    assert theirs.status_code == missing.status_code == 400
    assert own.get("/api/v1/engagements/", {"union": "dong-nai"}).json()["count"] == 3


def test_partnerships_are_filtered_by_union_country_and_type(
    callers, make_partnership, api_client_for
):
    yunnan = make_partnership()
    mimasaka = make_partnership(
        title="美作市", title_en="Mimasaka City", country_id="JP", type="friendship"
    )
    xaignabouli = make_partnership(
        title="ແຂວງໄຊຍະບູລີ", title_en="Xaignabouli Province", country_id="LA", type="sister"
    )
    client = api_client_for(callers["national_staff"])

    def titles(**params):
        return [
            row["title"] for row in client.get("/api/v1/partnerships/", params).json()["results"]
        ]

    assert titles() == ["云南省", "美作市", "ແຂວງໄຊຍະບູລີ"]  # by country code: CN, JP, LA
    assert titles(country="LA") == [xaignabouli.title]
    assert titles(type="sister") == [xaignabouli.title]
    assert titles(union="lao-cai", country="JP") == [mimasaka.title]
    assert titles(union="dong-nai") == []
    assert client.get(f"/api/v1/partnerships/{yunnan.pk}/").json()["title_vi"] == "Tỉnh Vân Nam"


# Partnerships -------------------------------------------------------------------------


def test_a_partnership_with_its_aid_items(callers, unions, api_client_for, make_member):
    staff = make_member("lao-cai", "staff", username="lc")
    item = aid_item_save(
        actor=None, item=AidItem(union=unions["lao-cai"], kind=AidKind.PROJECT, title="Trường")
    )
    client = api_client_for(staff)
    body = {
        "union": "lao-cai",
        "title": "Département du Val-de-Marne",
        "title_vi": "Tỉnh Val-de-Marne",
        "title_en": "Val-de-Marne Department",
        "title_zh_hans": "马恩河谷省",
        "country": "FR",
        "type": "friendship",
        "signed_date": "1996-05-20",
        "aid_items": [item.pk],
    }
    response = client.post("/api/v1/partnerships/", body, format="json")
    assert response.status_code == 201, response.json()
    data = response.json()
    assert (data["label"], data["country"], data["aid_items"]) == (
        "Val-de-Marne Department",
        "FR",
        [item.pk],
    )
    partnership = Partnership.objects.get(pk=data["id"])
    assert list(partnership.aid_items.all()) == [item]
    again = client.post("/api/v1/partnerships/", body, format="json")
    assert again.status_code == 400
    assert "already has a partnership" in again.json()["non_field_errors"][0]
    at_home = client.post(
        "/api/v1/partnerships/", {**body, "title": "Hà Nội", "country": "VN"}, format="json"
    )
    assert at_home.status_code == 400 and "abroad" in at_home.json()["country"][0]
    response = client.patch(
        f"/api/v1/partnerships/{partnership.pk}/", {"aid_items": []}, format="json"
    )
    assert response.status_code == 200 and response.json()["aid_items"] == []
    assert Partnership.objects.count() == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"country": "XX"}, "country"),
        ({"type": "twin"}, "type"),
        ({"title": ""}, "title"),
        ({"signed_date": "someday"}, "signed_date"),
    ],
)
def test_a_bad_partnership_names_the_field(change, field, callers, unions, api_client_for):
    before = state()
    response = api_client_for(callers["own_staff"]).post(
        "/api/v1/partnerships/", {**new_record("partnerships"), **change}, format="json"
    )
    assert response.status_code == 400 and field in response.json(), response.json()
    assert state() == before


# Schema, queries ----------------------------------------------------------------------


def test_the_schema_lists_the_endpoints_and_keeps_other_enums(callers, api_client_for):
    schema = api_client_for(callers["own_staff"]).get(
        "/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json"
    )
    assert schema.status_code == 200
    body = schema.json()
    for path in [
        "/api/v1/engagements/",
        "/api/v1/engagements/{id}/",
        "/api/v1/partnerships/",
        "/api/v1/partnerships/{id}/",
    ]:
        assert path in body["paths"], path
    parameters = {p["name"] for p in body["paths"]["/api/v1/engagements/"]["get"]["parameters"]}
    assert parameters >= {"union", "kind", "partner", "partnership", "start", "end"}
    components = body["components"]["schemas"]
    assert components["Engagement"]["properties"]["participants"]["type"] == "array"
    assert "files" not in components["Engagement"]["properties"]
    # Names other endpoints' clients rely on are not renamed by ours.
    assert {"AidItemKindEnum", "PlanTaskStatusEnum", "CertificateTypeEnum"} <= set(components)


def test_list_queries_do_not_grow_with_rows(
    callers, unions, ngo, make_engagement, make_partnership, api_client_for
):
    item = aid_item_save(
        actor=None, item=AidItem(union=unions["dong-nai"], kind=AidKind.PROJECT, title="Nhà")
    )

    def add_rows(n):
        partnership = make_partnership(
            union="dong-nai", title=f"Partner {n}", country_id="KR", aid_items=[item]
        )
        make_engagement(
            partnership=partnership,
            aid_items=[item],
            participants=[
                {"id": None, "side": Side.THEIRS, "organization": ngo},
                {"id": None, "side": Side.OURS, "name": "Nguyễn Thị Lan"},
            ],
            follow_ups=[{"id": None, "status": TaskStatus.OPEN, **TASK}],
        )

    client = api_client_for(callers["own_staff"])

    def queries():
        counts = {}
        for kind in KINDS:
            with CaptureQueriesContext(connection) as captured:
                assert client.get(f"/api/v1/{kind}/").status_code == 200
            counts[kind] = len(captured)
        return counts

    add_rows(0)
    few = queries()
    for n in range(1, 6):
        add_rows(n)
    assert queries() == few
    assert client.get("/api/v1/engagements/").json()["count"] == 6
