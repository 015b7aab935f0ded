"""The mobilization API: every endpoint by the five callers, money with its VND
equivalent, bad input named and nothing stored, taking a call up, progress, plans with
their tasks."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from amity.aid.models import AidItem, AidKind
from amity.aid.services import aid_item_save
from amity.finance.models import Transaction
from amity.history.models import Change
from amity.mobilization import services
from amity.mobilization.models import (
    Appeal,
    Call,
    CallStatus,
    CoordinationPlan,
    PlanTask,
    Pledge,
    Program,
    Receipt,
    TaskStatus,
)
from amity.reports.services import target_set

pytestmark = pytest.mark.django_db
BASE = "/api/v1/mobilization"
MODELS = {
    "programs": Program,
    "calls": Call,
    "pledges": Pledge,
    "appeals": Appeal,
    "receipts": Receipt,
    "coordination-plans": CoordinationPlan,
}
KINDS = list(MODELS)
TASK = {
    "id": None,
    "title": "Lập danh mục dự án",
    "owner": "Sở Tài chính",
    "due_date": datetime.date(2025, 6, 30),
    "status": TaskStatus.OPEN,
}


def state():
    """Everything a refused request must leave as it was."""
    return (
        *(list(model.objects.values().order_by("pk")) for model in MODELS.values()),
        list(PlanTask.objects.values().order_by("pk")),
        list(AidItem.objects.values_list("pk", flat=True)),
        list(Transaction.objects.values_list("pk", flat=True)),
        Change.objects.of_records().count(),
    )


@pytest.fixture
def records(make_program, make_call, make_pledge, make_appeal, make_receipt, make_plan, donors):
    """One Dong Nai record of each kind (the receipt on an appeal of its own, so the
    first appeal may be deleted)."""
    call = make_call()
    return {
        "programs": make_program(),
        "calls": call,
        "pledges": make_pledge(call, donors["fdi"]),
        "appeals": make_appeal(),
        "receipts": make_receipt(make_appeal(title="Bão Yagi"), "500000000", donor=donors["fdi"]),
        "coordination-plans": make_plan(tasks=[TASK]),
    }


def new_record(kind: str, records, donors, commune, union: str = "dong-nai") -> dict:
    """A valid body for creating a record of `kind` in Dong Nai."""
    return {
        "programs": {
            "union": union,
            "title": "Chương trình vận động 2026–2030",
            "start_year": 2026,
            "end_year": 2030,
        },
        "calls": {
            "union": union,
            "title": "Trạm y tế xã",
            "amount_sought": "30000.00",
            "currency": "USD",
            "deadline": "2030-01-31",
            "sector": "12220",
            "locality": commune.key,
        },
        "pledges": {
            "call": records["calls"].pk,
            "donor": donors["ngo"].pk,
            "amount": "1000",
            "currency": "EUR",
            "date": "2024-02-01",
        },
        "appeals": {
            "union": union,
            "title": "Cứu trợ bão Yagi",
            "event_date": "2024-09-07",
            "localities": [commune.key],
            "target_amount": "1000000000",
            "currency": "VND",
            "start_date": "2024-09-08",
            "end_date": "2024-10-31",
        },
        "receipts": {
            "appeal": records["appeals"].pk,
            "donor_name": "Nguyễn Văn A",
            "amount": "2000000",
            "currency": "VND",
            "date": "2024-09-20",
        },
        "coordination-plans": {
            "union": union,
            "title": "Kế hoạch phối hợp 2026",
            "partner": donors["agency"].pk,
            "start_date": "2026-01-01",
            "tasks": [{"title": "Hội nghị xúc tiến", "owner": "Liên hiệp"}],
        },
    }[kind]


# The five callers on every endpoint ---------------------------------------------------

READ = {
    "anonymous": 401,
    "other_staff": 404,
    "own_viewer": 200,
    "own_staff": 200,
    "national_staff": 200,
}
WRITE = {
    "anonymous": 401,
    "other_staff": 404,
    "own_viewer": 403,
    "own_staff": 200,
    "national_staff": 200,
}
# Another union's staff cannot name Dong Nai as the union, nor its call or appeal.
CREATE = {
    "anonymous": 401,
    "other_staff": 400,
    "own_viewer": 403,
    "own_staff": 201,
    "national_staff": 201,
}
DELETE = {**WRITE, "own_staff": 204, "national_staff": 204}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("caller", list(READ))
def test_reading_a_record(kind, caller, callers, records, api_client_for):
    record = records[kind]
    response = api_client_for(callers[caller]).get(f"{BASE}/{kind}/{record.pk}/")
    assert response.status_code == READ[caller]
    if response.status_code == 200:
        assert response.json()["id"] == record.pk
        assert response.json()["union"] == "dong-nai"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("caller", list(READ))
def test_listing_shows_only_what_the_caller_may_see(kind, caller, callers, records, api_client_for):
    response = api_client_for(callers[caller]).get(f"{BASE}/{kind}/")
    if caller == "anonymous":
        assert response.status_code == 401
        return
    assert response.status_code == 200
    ids = [row["id"] for row in response.json()["results"]]
    assert (records[kind].pk in ids) is (READ[caller] == 200)
    if caller == "other_staff":
        assert ids == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("caller", list(CREATE))
def test_creating_a_record(
    kind, caller, callers, records, donors, dong_nai_commune, api_client_for
):
    before = state()
    body = new_record(kind, records, donors, dong_nai_commune)
    response = api_client_for(callers[caller]).post(f"{BASE}/{kind}/", body, format="json")
    assert response.status_code == CREATE[caller], response.content
    if CREATE[caller] == 201:
        created = MODELS[kind].objects.get(pk=response.json()["id"])
        assert created.union.slug == "dong-nai"
        assert Change.objects.for_record(created).filter(action="create").exists()
    else:
        assert state() == before
    if caller == "other_staff":
        named = {"pledges": "call", "receipts": "appeal"}.get(kind, "union")
        assert named in response.json()


CHANGES = {
    "programs": ("goals", "Thêm 10 dự án"),
    "calls": ("title_en", "A bigger kindergarten"),
    "pledges": ("conditions", "Paid in two parts"),
    "appeals": ("title_en", "Typhoon Yagi relief"),
    "receipts": ("note", "By bank transfer"),
    "coordination-plans": ("notes", "Signed in Bien Hoa"),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("caller", list(WRITE))
def test_changing_a_record(kind, caller, callers, records, api_client_for):
    record = records[kind]
    field, value = CHANGES[kind]
    before = state()
    response = api_client_for(callers[caller]).patch(
        f"{BASE}/{kind}/{record.pk}/", {field: value}, format="json"
    )
    assert response.status_code == WRITE[caller], response.content
    if WRITE[caller] == 200:
        assert response.json()[field] == value
        record.refresh_from_db()
        assert getattr(record, field) == value
        change = Change.objects.for_record(record).filter(action="update").get()
        assert change.changes[field][1] == value
    else:
        assert state() == before


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("caller", list(DELETE))
def test_deleting_a_record(kind, caller, callers, records, api_client_for):
    record = records[kind]
    before = state()
    response = api_client_for(callers[caller]).delete(f"{BASE}/{kind}/{record.pk}/")
    assert response.status_code == DELETE[caller]
    if DELETE[caller] == 204:
        assert not MODELS[kind].objects.filter(pk=record.pk).exists()
        assert Change.objects.filter(action="delete", object_id=str(record.pk)).exists()
    else:
        assert state() == before


def test_a_record_stays_in_its_union(callers, records, api_client_for):
    before = state()
    response = api_client_for(callers["national_staff"]).patch(
        f"{BASE}/calls/{records['calls'].pk}/", {"union": "lao-cai"}, format="json"
    )
    assert response.status_code == 400 and "union" in response.json()
    assert state() == before


def test_another_unions_records_read_as_missing_ids(
    callers, records, donors, unions, api_client_for
):
    """A Lao Cai user naming a Dong Nai program, call, appeal, pledge, partner or aid
    item gets the very answer a missing id gets."""
    item = aid_item_save(
        actor=None, item=AidItem(union=unions["dong-nai"], kind=AidKind.PROJECT, title="X")
    )
    lao_cai = {"union": "lao-cai"}
    program = {**lao_cai, "title": "P", "start_year": 2026, "end_year": 2027}
    call = {
        **lao_cai,
        "title": "C",
        "amount_sought": "1",
        "currency": "VND",
        "deadline": "2030-01-01",
    }
    money = {"amount": "1", "currency": "VND", "date": "2024-09-20"}
    plan = {**lao_cai, "title": "K", "start_date": "2026-01-01"}
    cases = [
        ("programs", "aid_items", program, [item.pk]),
        ("calls", "program", call, records["programs"].pk),
        ("pledges", "call", {**money, "donor": donors["lao_cai_ngo"].pk}, records["calls"].pk),
        ("receipts", "appeal", {**money, "donor_name": "A"}, records["appeals"].pk),
        ("coordination-plans", "partner", plan, donors["agency"].pk),
    ]
    client = api_client_for(callers["other_staff"])
    before = state()
    for kind, field, body, their_id in cases:
        theirs = client.post(f"{BASE}/{kind}/", {**body, field: their_id}, format="json")
        missing_id = [999999] if isinstance(their_id, list) else 999999
        missing = client.post(f"{BASE}/{kind}/", {**body, field: missing_id}, format="json")
        assert theirs.status_code == missing.status_code == 400, (kind, theirs.json())
        own_pk = their_id[0] if isinstance(their_id, list) else their_id
        assert theirs.json()[field] == [
            m.replace("999999", str(own_pk)) for m in missing.json()[field]
        ], kind
    assert state() == before


# Money: pledges and receipts ----------------------------------------------------------


def test_a_pledge_in_dollars_reads_back_with_its_vnd_equivalent_and_rate(
    callers, records, donors, api_client_for
):
    client = api_client_for(callers["own_staff"])
    created = client.post(
        f"{BASE}/pledges/",
        {
            "call": records["calls"].pk,
            "donor": donors["fdi"].pk,
            "amount": "20000.50",
            "currency": "USD",
            "date": "2024-03-01",
            # Computed by the service: whatever a client sends is ignored.
            "amount_vnd": "1",
            "rate": "1",
            "rate_source": "me",
        },
        format="json",
    )
    assert created.status_code == 201, created.json()
    read = client.get(f"{BASE}/pledges/{created.json()['id']}/").json()
    for body in (created.json(), read):
        assert body["union"] == "dong-nai"
        assert (body["amount"], body["currency"]) == ("20000.50", "USD")
        assert body["amount_vnd"] == "485412135"  # 20,000.50 × 24,270, to the dong
        assert (body["rate"], body["rate_date"], body["rate_source"]) == (
            "24270.000000",
            "2024-01-02",
            "SBV",
        )
        assert body["aid_item"] is None


BAD_PLEDGES = [
    ("negative amount", "own_staff", {"amount": "-5"}, "amount"),
    ("not a number", "own_staff", {"amount": "lots"}, "amount"),
    ("no rate that day", "own_staff", {"currency": "EUR", "date": "2020-01-01"}, "currency"),
    ("unknown currency", "own_staff", {"currency": "ZZZ"}, "currency"),
    ("another union's donor", "own_staff", {"donor": "lao_cai_ngo"}, "donor"),
    ("another union's donor, seen", "national_staff", {"donor": "lao_cai_ngo"}, "donor"),
    ("call and appeal", "own_staff", {"appeal": "appeal"}, "appeal"),
    ("neither", "own_staff", {"call": None}, "call"),
    ("no date", "own_staff", {"date": None}, "date"),
]


@pytest.mark.parametrize(
    ("caller", "changes", "field"),
    [case[1:] for case in BAD_PLEDGES],
    ids=[case[0] for case in BAD_PLEDGES],
)
def test_a_bad_pledge_names_the_field_and_nothing_is_stored(
    caller, changes, field, callers, records, donors, api_client_for
):
    refer = {"lao_cai_ngo": donors["lao_cai_ngo"].pk, "appeal": records["appeals"].pk}
    body = {
        "call": records["calls"].pk,
        "donor": donors["ngo"].pk,
        "amount": "100",
        "currency": "USD",
        "date": "2024-03-01",
        **{k: refer.get(v, v) for k, v in changes.items()},
    }
    body = {k: v for k, v in body.items() if v is not None}
    before = state()
    response = api_client_for(callers[caller]).post(f"{BASE}/pledges/", body, format="json")
    assert response.status_code == 400
    assert field in response.json(), response.json()
    assert state() == before


def test_money_stays_with_the_call_it_was_given_to(callers, records, api_client_for):
    pledge = records["pledges"]
    before = state()
    response = api_client_for(callers["own_staff"]).patch(
        f"{BASE}/pledges/{pledge.pk}/",
        {"call": None, "appeal": records["appeals"].pk},
        format="json",
    )
    assert response.status_code == 400 and "appeal" in response.json()
    assert state() == before


def test_a_receipt_honouring_a_pledge_takes_its_donor(
    callers, records, make_pledge, donors, api_client_for
):
    appeal = records["appeals"]
    pledge = make_pledge(appeal, donors["ngo"], "1000", "USD", datetime.date(2024, 9, 15))
    client = api_client_for(callers["own_staff"])
    body = {"appeal": appeal.pk, "amount": "1000", "currency": "USD", "date": "2024-09-25"}
    created = client.post(f"{BASE}/receipts/", {**body, "pledge": pledge.pk}, format="json")
    assert created.status_code == 201, created.json()
    assert (created.json()["donor"], created.json()["amount_vnd"]) == (
        donors["ngo"].pk,
        "24270000",
    )
    before = state()
    nobody = client.post(f"{BASE}/receipts/", body, format="json")
    assert nobody.status_code == 400 and "donor" in nobody.json()
    assert state() == before


def test_an_appeal_with_receipts_is_not_deleted(callers, records, api_client_for):
    appeal = records["receipts"].appeal
    before = state()
    response = api_client_for(callers["own_staff"]).delete(f"{BASE}/appeals/{appeal.pk}/")
    assert response.status_code == 400
    assert "cannot be deleted" in response.json()["non_field_errors"][0]
    assert state() == before


# Calls: filters and taking one up -----------------------------------------------------


def test_calls_are_filtered_by_union_status_sector_and_deadline(callers, make_call, api_client_for):
    from amity.codelists.models import Sector

    education, health = Sector.objects.get(code="11220"), Sector.objects.get(code="12220")
    school = make_call(sector=education, deadline=datetime.date(2030, 3, 1))
    clinic = make_call(sector=health, deadline=datetime.date(2030, 6, 1))
    draft = make_call(status=CallStatus.DRAFT, deadline=datetime.date(2030, 9, 1))
    lao_cai = make_call(union="lao-cai", deadline=datetime.date(2030, 3, 1))
    client = api_client_for(callers["national_staff"])

    def ids(**query):
        response = client.get(f"{BASE}/calls/", query)
        assert response.status_code == 200, response.json()
        return sorted(row["id"] for row in response.json()["results"])

    assert ids() == sorted([school.pk, clinic.pk, draft.pk, lao_cai.pk])
    assert ids(union="dong-nai") == sorted([school.pk, clinic.pk, draft.pk])
    assert ids(status="draft") == [draft.pk]
    assert ids(sector="12220") == [clinic.pk]
    assert ids(sector="112") == [school.pk]  # the DAC category
    assert ids(deadline_after="2030-04-01") == sorted([clinic.pk, draft.pk])
    assert ids(deadline_after="2030-04-01", deadline_before="2030-06-30") == [clinic.pk]
    assert client.get(f"{BASE}/calls/", {"status": "bogus"}).status_code == 400


def test_a_call_is_taken_up_over_the_api_end_to_end(
    callers, donors, dong_nai_commune, rates, api_client_for
):
    client = api_client_for(callers["own_staff"])
    program = client.post(
        f"{BASE}/programs/",
        {
            "union": "dong-nai",
            "title": "Chương trình 2019–2025",
            "start_year": 2019,
            "end_year": 2025,
        },
        format="json",
    ).json()
    call = client.post(
        f"{BASE}/calls/",
        {
            "union": "dong-nai",
            "program": program["id"],
            "title": "Xây trường mẫu giáo",
            "title_en": "A kindergarten",
            "amount_sought": "50000",
            "currency": "USD",
            "deadline": "2030-01-31",
            "sector": "11220",
            "locality": dong_nai_commune.key,
            "status": "published",
        },
        format="json",
    )
    assert call.status_code == 201, call.json()
    call = call.json()
    assert (call["status"], call["locality"], call["sector"]) == (
        "published",
        dong_nai_commune.key,
        "11220",
    )
    pledge = client.post(
        f"{BASE}/pledges/",
        {
            "call": call["id"],
            "donor": donors["fdi"].pk,
            "amount": "20000",
            "currency": "USD",
            "date": "2024-03-01",
        },
        format="json",
    ).json()

    response = client.post(
        f"{BASE}/calls/{call['id']}/take-up/", {"pledge": pledge["id"]}, format="json"
    )

    assert response.status_code == 201, response.json()
    item = response.json()
    assert response["Location"].endswith(f"/api/v1/aid-items/{item['id']}/")
    assert (item["kind"], item["status"], item["title"], item["title_en"]) == (
        "project",
        "identified",
        "Xây trường mẫu giáo",
        "A kindergarten",
    )
    assert item["donors"] == [{"organization": donors["fdi"].pk, "role": "funding"}]
    assert item["sectors"] == [{"sector": "11220", "share": "100.00"}]
    assert item["localities"] == [{"unit": dong_nai_commune.key, "share": "100.00"}]
    assert client.get(response["Location"]).json()["id"] == item["id"]
    (commitment,) = client.get("/api/v1/transactions/", {"item": item["id"]}).json()["results"]
    assert (commitment["type"], commitment["amount_vnd"]) == ("commitment", "485400000")
    called = client.get(f"{BASE}/calls/{call['id']}/").json()
    assert (called["status"], called["aid_item"]) == ("taken_up", item["id"])
    assert client.get(f"{BASE}/pledges/{pledge['id']}/").json()["aid_item"] == item["id"]
    assert client.get(f"{BASE}/programs/{program['id']}/").json()["aid_items"] == [item["id"]]

    # Once only; and what it made stays.
    before = state()
    again = client.post(
        f"{BASE}/calls/{call['id']}/take-up/", {"pledge": pledge["id"]}, format="json"
    )
    assert again.status_code == 400
    assert "already taken up" in again.json()["non_field_errors"][0]
    assert state() == before
    reopened = client.patch(f"{BASE}/calls/{call['id']}/", {"status": "draft"}, format="json")
    assert reopened.json()["status"] == "taken_up"
    before = state()
    assert client.delete(f"{BASE}/calls/{call['id']}/").status_code == 400
    assert client.delete(f"{BASE}/pledges/{pledge['id']}/").status_code == 400
    assert state() == before


TAKE_UP = {**CREATE, "other_staff": 404}


@pytest.mark.parametrize("caller", list(TAKE_UP))
def test_taking_up_a_call_by_each_caller(caller, callers, records, api_client_for):
    call, pledge = records["calls"], records["pledges"]
    before = state()
    response = api_client_for(callers[caller]).post(
        f"{BASE}/calls/{call.pk}/take-up/", {"pledge": pledge.pk}, format="json"
    )
    assert response.status_code == TAKE_UP[caller]
    if TAKE_UP[caller] == 201:
        call.refresh_from_db()
        assert call.aid_item_id == response.json()["id"]
    else:
        assert state() == before


def test_a_take_up_with_bad_input_names_the_field(
    callers, records, make_call, make_pledge, donors, api_client_for
):
    call, pledge = records["calls"], records["pledges"]
    draft = make_call(status=CallStatus.DRAFT)
    draft_pledge = make_pledge(draft, donors["ngo"])
    appeal_pledge = make_pledge(records["appeals"], donors["ngo"])
    client = api_client_for(callers["own_staff"])
    cases = [
        (call, {}, "pledge"),
        (call, {"pledge": 999999}, "pledge"),
        (call, {"pledge": draft_pledge.pk}, "pledge"),  # made to another call
        (call, {"pledge": appeal_pledge.pk}, "pledge"),
        (call, {"pledge": pledge.pk, "kind": "bogus"}, "kind"),
        (draft, {"pledge": draft_pledge.pk}, "status"),  # not published
    ]
    before = state()
    for target, body, field in cases:
        response = client.post(f"{BASE}/calls/{target.pk}/take-up/", body, format="json")
        assert response.status_code == 400, body
        assert field in response.json(), (body, response.json())
    assert state() == before


# Progress -----------------------------------------------------------------------------


def test_an_appeals_progress_counts_every_currency(
    callers, make_appeal, make_pledge, make_receipt, donors, api_client_for
):
    appeal = make_appeal(target_amount=Decimal("2000000000"), currency_id="VND")
    make_receipt(appeal, "500000000", "VND", donor=donors["fdi"])
    make_receipt(appeal, "10000", "USD", datetime.date(2024, 9, 20), donor=donors["ngo"])
    make_receipt(appeal, "1000", "EUR", datetime.date(2024, 9, 21), donor_name="Nguyễn Văn A")
    make_pledge(appeal, donors["ngo"], "30000", "USD", datetime.date(2024, 9, 15))

    response = api_client_for(callers["own_viewer"]).get(f"{BASE}/appeals/{appeal.pk}/progress/")

    assert response.status_code == 200
    # 500,000,000 + 10,000 × 24,270 + 1,000 × 26,800
    assert response.json() == {
        "currency": "VND",
        "target": "2000000000.00",
        "received": "769500000",
        "pledged": "728100000",
        "share_received": "38.5",
        "receipts": 3,
        "donors": 3,
        "by_currency": {"EUR": "1000.00", "USD": "10000.00", "VND": "500000000.00"},
    }


def test_an_appeal_in_dollars_counts_its_progress_in_dollars(
    callers, make_appeal, make_receipt, donors, api_client_for
):
    appeal = make_appeal(target_amount=Decimal("100000"), currency_id="USD")
    make_receipt(appeal, "25000", "USD", donor=donors["ngo"])
    make_receipt(appeal, "242700000", "VND", donor=donors["fdi"])  # 10,000 USD that day
    body = api_client_for(callers["own_staff"]).get(f"{BASE}/appeals/{appeal.pk}/progress/").json()
    assert (body["currency"], body["received"], body["share_received"]) == (
        "USD",
        "35000.00",
        "35.0",
    )


@pytest.mark.parametrize("caller", list(READ))
def test_progress_is_read_by_those_who_see_the_record(caller, callers, records, api_client_for):
    client = api_client_for(callers[caller])
    for kind in ("programs", "appeals"):
        response = client.get(f"{BASE}/{kind}/{records[kind].pk}/progress/")
        assert response.status_code == READ[caller], kind


def test_a_programs_progress_year_by_year(
    callers, make_program, make_call, make_pledge, donors, unions, api_client_for
):
    target_set(
        actor=None,
        union=unions["dong-nai"],
        year=2024,
        amount=Decimal("1000000000"),
        currency="VND",
    )
    program = make_program(start_year=2023, end_year=2025)
    call = make_call(program=program)
    pledge = make_pledge(call, donors["fdi"], "20000", "USD", datetime.date(2024, 3, 1))
    services.call_take_up(actor=None, call=call, pledge=pledge)  # 485,400,000 in 2024
    other = make_call(title="Outside the program")
    services.call_take_up(
        actor=None,
        call=other,
        pledge=make_pledge(other, donors["ngo"], "10000", "USD", datetime.date(2024, 5, 1)),
    )

    response = api_client_for(callers["own_viewer"]).get(f"{BASE}/programs/{program.pk}/progress/")

    assert response.status_code == 200
    years = {row["year"]: row for row in response.json()}
    assert list(years) == [2023, 2024, 2025]
    assert years[2024] == {
        "year": 2024,
        "currency": "VND",
        "target": "1000000000.00",
        "program_committed": "485400000",
        "union_committed": "728100000",
        "share_of_target": "48.5",
    }
    assert years[2023]["target"] is None and years[2023]["share_of_target"] is None
    assert years[2023]["program_committed"] == "0"


# Appeals' localities ------------------------------------------------------------------


def test_an_appeals_localities_are_unit_keys_in_the_unions_province(
    callers, records, donors, dong_nai_commune, api_client_for
):
    client = api_client_for(callers["own_staff"])
    body = new_record("appeals", records, donors, dong_nai_commune)
    created = client.post(
        f"{BASE}/appeals/", {**body, "localities": [dong_nai_commune.key, "2025:75"]}, format="json"
    )
    assert created.status_code == 201, created.json()
    assert sorted(created.json()["localities"]) == sorted([dong_nai_commune.key, "2025:75"])
    appeal = Appeal.objects.get(pk=created.json()["id"])
    assert appeal.localities.count() == 2
    # Left out, they stay; given, they become the list.
    kept = client.patch(f"{BASE}/appeals/{appeal.pk}/", {"title_en": "Relief"}, format="json")
    assert len(kept.json()["localities"]) == 2
    changed = client.patch(f"{BASE}/appeals/{appeal.pk}/", {"localities": []}, format="json")
    assert changed.json()["localities"] == []
    before = state()
    for keys in (["2025:01"], ["2025:99999"], ["nonsense"]):  # Hanoi; no such unit; no key
        response = client.patch(f"{BASE}/appeals/{appeal.pk}/", {"localities": keys}, format="json")
        assert response.status_code == 400 and "localities" in response.json(), keys
    assert state() == before


# Coordination plans and their tasks ---------------------------------------------------


def test_a_plans_tasks_are_written_as_a_nested_list(callers, donors, api_client_for):
    client = api_client_for(callers["own_staff"])
    created = client.post(
        f"{BASE}/coordination-plans/",
        {
            "union": "dong-nai",
            "title": "Kế hoạch phối hợp vận động viện trợ",
            "partner": donors["agency"].pk,
            "start_date": "2025-03-01",
            "tasks": [
                {
                    "title": "Lập danh mục dự án",
                    "owner": "Sở Tài chính",
                    "due_date": "2025-06-30",
                },
                {"title": "Hội nghị xúc tiến", "owner": "Liên hiệp", "status": "in_progress"},
            ],
        },
        format="json",
    )
    assert created.status_code == 201, created.json()
    plan_id = created.json()["id"]
    tasks = sorted(created.json()["tasks"], key=lambda t: t["id"])
    assert [(t["title"], t["due_date"], t["status"]) for t in tasks] == [
        ("Lập danh mục dự án", "2025-06-30", "open"),
        ("Hội nghị xúc tiến", None, "in_progress"),
    ]
    first, second = tasks

    # Change one (only what is given), drop the other.
    changed = client.patch(
        f"{BASE}/coordination-plans/{plan_id}/",
        {"tasks": [{"id": first["id"], "status": "done"}]},
        format="json",
    )
    assert changed.status_code == 200, changed.json()
    assert changed.json()["tasks"] == [{**first, "status": "done"}]
    assert list(PlanTask.objects.values_list("pk", "title", "status")) == [
        (first["id"], "Lập danh mục dự án", TaskStatus.DONE)
    ]
    task_changes = Change.objects.filter(
        parent_id=str(plan_id), content_type__model="plantask"
    ).values_list("action", flat=True)
    assert sorted(task_changes) == ["create", "create", "delete", "update"]

    # Without `tasks`, the tasks stay as they are.
    client.patch(f"{BASE}/coordination-plans/{plan_id}/", {"notes": "Ký"}, format="json")
    assert PlanTask.objects.count() == 1
    assert (
        client.get(f"{BASE}/coordination-plans/{plan_id}/").json()["tasks"][0]["id"]
        == (first["id"])
    )
    assert second["id"] not in PlanTask.objects.values_list("pk", flat=True)


@pytest.mark.parametrize(
    ("tasks", "named"),
    [
        ([{"title": "Fine", "owner": "A"}, {"title": "", "owner": "B"}], "Row 2"),
        ([{"title": "No owner"}], "Row 1"),
        ([{"title": "Fine", "owner": "A", "due_date": "2025-13-01"}], None),
        ([{"title": "Fine", "owner": "A", "status": "someday"}], None),
    ],
)
def test_a_bad_task_row_is_named_and_nothing_changes(
    tasks, named, callers, records, api_client_for
):
    plan = records["coordination-plans"]
    before = state()
    response = api_client_for(callers["own_staff"]).patch(
        f"{BASE}/coordination-plans/{plan.pk}/", {"title": "Changed", "tasks": tasks}, format="json"
    )
    assert response.status_code == 400
    assert "tasks" in response.json(), response.json()
    if named:
        assert named in " ".join(response.json()["tasks"])
    assert state() == before


def test_a_bad_task_row_is_named_by_the_field_in_every_language(callers, records, api_client_for):
    plan = records["coordination-plans"]
    response = api_client_for(callers["own_staff"], language="vi").patch(
        f"{BASE}/coordination-plans/{plan.pk}/",
        {"tasks": [{"title": "", "owner": "B"}]},
        format="json",
    )
    assert response.status_code == 400
    assert "tasks" in response.json(), response.json()


def test_a_plans_partner_is_the_unions_own(callers, records, donors, api_client_for):
    plan = records["coordination-plans"]
    before = state()
    response = api_client_for(callers["national_staff"]).patch(
        f"{BASE}/coordination-plans/{plan.pk}/",
        {"partner": donors["lao_cai_ngo"].pk},
        format="json",
    )
    assert response.status_code == 400 and "partner" in response.json()
    assert state() == before


# Language, schema, queries ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "required", "unknown_union"),
    [
        ("en", "This field is required.", "Unknown union"),
        ("vi", "Trường này là bắt buộc.", "Không tìm thấy Liên hiệp"),
    ],
)
def test_messages_follow_accept_language(
    language, required, unknown_union, callers, records, donors, api_client_for
):
    client = api_client_for(callers["own_staff"], language=language)
    response = client.post(
        f"{BASE}/pledges/",
        {"call": records["calls"].pk, "donor": donors["ngo"].pk, "amount": "1", "currency": "VND"},
        format="json",
    )
    assert response.json()["date"] == [required]
    response = client.post(
        f"{BASE}/programs/",
        {"union": "lao-cai", "title": "P", "start_year": 2026, "end_year": 2027},
        format="json",
    )
    assert unknown_union in response.json()["union"][0]


def test_the_schema_lists_the_endpoints(callers, api_client_for):
    schema = api_client_for(callers["own_staff"]).get(
        "/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json"
    )
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    for path in [
        "/api/v1/mobilization/programs/{id}/progress/",
        "/api/v1/mobilization/calls/",
        "/api/v1/mobilization/calls/{id}/take-up/",
        "/api/v1/mobilization/pledges/{id}/",
        "/api/v1/mobilization/appeals/{id}/progress/",
        "/api/v1/mobilization/receipts/",
        "/api/v1/mobilization/coordination-plans/{id}/",
    ]:
        assert path in paths, path
    progress = paths["/api/v1/mobilization/programs/{id}/progress/"]["get"]
    assert progress["responses"]["200"]["content"]["application/json"]["schema"]["type"] == "array"
    assert [p["name"] for p in progress["parameters"]] == ["id"]


def test_list_queries_do_not_grow_with_rows(
    callers,
    make_program,
    make_call,
    make_pledge,
    make_appeal,
    make_receipt,
    make_plan,
    donors,
    dong_nai_commune,
    api_client_for,
):
    def add_rows():
        call = make_call(locality=dong_nai_commune)
        make_program()
        make_pledge(call, donors["fdi"])
        appeal = make_appeal(localities=[dong_nai_commune])
        make_receipt(appeal, "1000", donor=donors["ngo"])
        make_plan(tasks=[TASK, {**TASK, "title": "Second"}])

    client = api_client_for(callers["own_staff"])

    def queries():
        counts = {}
        for kind in KINDS:
            with CaptureQueriesContext(connection) as captured:
                assert client.get(f"{BASE}/{kind}/").status_code == 200
            counts[kind] = len(captured)
        return counts

    add_rows()
    few = queries()
    for _ in range(5):
        add_rows()
    assert queries() == few
