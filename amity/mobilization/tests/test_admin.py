"""Mobilization's back office (Wagtail admin at /admin/), through HTTP only: who may see
and change which union's programs, calls, pledges, appeals, receipts and coordination
plans; the forms (saved through the services, errors back on the form); turning a
pledge into an aid item; the figures the inspect pages compute."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from amity.aid.models import AidItem, AidKind
from amity.aid.services import aid_item_save
from amity.aid.workflow import AidStatus
from amity.finance.models import TransactionType
from amity.geo.models import AdministrativeUnit
from amity.history.models import Change, ChangeAction
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
)
from amity.reports.services import target_set
from amity.testing import form_data, listing_table, login, refused, text

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
KINDS = ["mobilization_programs", "calls", "pledges", "appeals", "receipts", "coordination_plans"]
MODELS = {
    "mobilization_programs": Program,
    "calls": Call,
    "pledges": Pledge,
    "appeals": Appeal,
    "receipts": Receipt,
    "coordination_plans": CoordinationPlan,
}
OBJECT_PAGES = ["inspect", "edit", "delete", "history"]
# A field each edit form changes, and the value posted.
EDITS = {
    "mobilization_programs": ("title_en", "Aid mobilization program 2019-2025"),
    "calls": ("contact_name", "Nguyễn Thị Lan"),
    "pledges": ("conditions", "Paid in two instalments"),
    "appeals": ("title_en", "Yagi typhoon relief"),
    "receipts": ("note", "Bank transfer"),
    "coordination_plans": ("notes", "Signed with the Department of Finance"),
}


# Helpers ----------------------------------------------------------------------------


def state() -> dict:
    """Everything a refused write must leave as it was."""
    return {
        **{kind: list(model.objects.order_by("pk").values()) for kind, model in MODELS.items()},
        "tasks": list(PlanTask.objects.order_by("pk").values()),
        "aid_items": AidItem.objects.count(),
        "changes": Change.objects.of_records().count(),
    }


def rows(prefix: str, *items: dict) -> dict:
    """Inline formset rows as a browser posts them (all new)."""
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(items)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for i, item in enumerate(items):
        data |= {f"{prefix}-{i}-{k}": v for k, v in item.items()}
        data |= {f"{prefix}-{i}-id": "", f"{prefix}-{i}-DELETE": ""}
    return data


def field_errors(response, field: str | None) -> str:
    """The errors the re-rendered form holds for one field (None: above the form), read
    in English as the test users read them."""
    form = response.context["form"]
    errors = form.non_field_errors() if field is None else form.errors.get(field, [])
    with translation.override("en"):
        return " ".join(str(e) for e in errors)


def url(kind: str, page: str, record=None) -> str:
    return reverse(f"{kind}:{page}", args=[record.pk] if record is not None else [])


def hanoi():
    return AdministrativeUnit.objects.get(structure="2025", code="01")


# Fixtures ---------------------------------------------------------------------------


@pytest.fixture
def records(make_program, make_call, make_pledge, make_appeal, make_receipt, make_plan, donors):
    """One Dong Nai record of each kind."""
    program = make_program()
    call = make_call(program=program)
    appeal = make_appeal()
    return {
        "mobilization_programs": program,
        "calls": call,
        "pledges": make_pledge(call, donors["fdi"], "20000", "USD", datetime.date(2024, 3, 1)),
        "appeals": appeal,
        "receipts": make_receipt(appeal, "500000000", donor=donors["ngo"]),
        "coordination_plans": make_plan(
            tasks=[
                {
                    "id": None,
                    "title": "Lập danh mục dự án",
                    "owner": "Sở Tài chính",
                    "due_date": datetime.date(2025, 6, 30),
                    "status": "open",
                }
            ]
        ),
    }


@pytest.fixture
def lao_cai_records(
    make_program, make_call, make_pledge, make_appeal, make_receipt, make_plan, donors
):
    """One Lao Cai record of each kind."""
    call = make_call(union="lao-cai", title="Lao Cai call", title_en="Lao Cai call")
    appeal = make_appeal(union="lao-cai", title="Lao Cai appeal", title_en="Lao Cai appeal")
    return {
        "mobilization_programs": make_program(union="lao-cai", title="Lao Cai program"),
        "calls": call,
        "pledges": make_pledge(call, donors["lao_cai_ngo"], "100", "USD"),
        "appeals": appeal,
        "receipts": make_receipt(appeal, "1000000", donor_name="Lao Cai giver"),
        "coordination_plans": make_plan(
            union="lao-cai", title="Lao Cai plan", partner=donors["lao_cai_ngo"]
        ),
    }


# What marks each kind's Dong Nai and Lao Cai rows in a listing.
MARKERS = {
    "mobilization_programs": ("Chương trình vận động viện trợ PCPNN", "Lao Cai program"),
    "calls": ("A kindergarten for Phu Ly commune", "Lao Cai call"),
    "pledges": ("Công ty TNHH Changshin Việt Nam", "Plan International"),
    "appeals": ("Mu Cang Chai flood relief", "Lao Cai appeal"),
    "receipts": ("Hội Chữ thập đỏ Đức", "Lao Cai giver"),
    "coordination_plans": ("Kế hoạch phối hợp vận động viện trợ", "Lao Cai plan"),
}


@pytest.fixture
def new_posts(unions, donors, dong_nai_commune, records):
    """A complete, valid add-form post of each kind, for Dong Nai."""
    dong_nai = unions["dong-nai"].pk
    return {
        "mobilization_programs": {
            "title": "Chương trình vận động 2026–2030",
            "union": dong_nai,
            "start_year": "2026",
            "end_year": "2030",
            "decision_number": "12/QĐ-UBND",
            "decision_date": "2025-12-01",
        },
        "calls": {
            "title": "Giếng nước sạch cho xã",
            "union": dong_nai,
            "audience": "ngo",
            "locality": dong_nai_commune.pk,
            "amount_sought": "30000",
            "currency": "EUR",
            "deadline": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
            "status": "published",
        },
        "pledges": {
            "call": records["calls"].pk,
            "donor": donors["ngo"].pk,
            "amount": "1000",
            "currency": "EUR",
            "date": "2024-02-01",
        },
        "appeals": {
            "title": "Cứu trợ bão Yagi",
            "union": dong_nai,
            "event_date": "2024-09-07",
            "localities": [dong_nai_commune.pk],
            "target_amount": "50000",
            "currency": "USD",
            "start_date": "2024-09-08",
            "end_date": "2024-10-31",
            "is_published": "on",
        },
        "receipts": {
            "appeal": records["appeals"].pk,
            "donor_name": "Trần Văn Bình",
            "amount": "200",
            "currency": "USD",
            "date": "2024-09-25",
        },
        "coordination_plans": {
            "title": "Kế hoạch phối hợp 2026",
            "union": dong_nai,
            "partner": donors["agency"].pk,
            "start_date": "2026-01-01",
            **rows("tasks"),
        },
    }


@pytest.fixture
def edit_posts(client, callers, records):
    """A complete, valid edit-form post of each Dong Nai record, built from the form
    Dong Nai staff is shown, so a refused write would otherwise have succeeded."""
    login(client, callers["own_staff"])
    posts = {
        kind: form_data(client.get(url(kind, "edit", records[kind])), **{field: value})
        for kind, (field, value) in EDITS.items()
    }
    client.logout()
    return posts


# 1. Who sees what ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "caller, sees_dong_nai, sees_lao_cai",
    [
        ("other_staff", False, True),
        ("own_viewer", True, False),
        ("own_staff", True, False),
        ("national_staff", True, True),
    ],
)
def test_the_listing_shows_only_the_records_the_caller_may_see(
    client, callers, records, lao_cai_records, kind, caller, sees_dong_nai, sees_lao_cai
):
    login(client, callers[caller])
    response = client.get(url(kind, "index"))
    assert response.status_code == 200
    table = listing_table(response)
    dong_nai, lao_cai = MARKERS[kind]
    assert (dong_nai in table) is sees_dong_nai
    assert (lao_cai in table) is sees_lao_cai
    assert (url(kind, "inspect", records[kind]) in text(response)) is sees_dong_nai


@pytest.mark.parametrize("kind", KINDS)
def test_anonymous_is_sent_to_login(client, records, kind):
    for target in (url(kind, "index"), url(kind, "add"), url(kind, "inspect", records[kind])):
        response = client.get(target)
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN_URL)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("page", OBJECT_PAGES)
def test_another_unions_record_reads_as_missing(client, callers, records, kind, page):
    login(client, callers["other_staff"])
    assert client.get(url(kind, page, records[kind])).status_code == 404


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("page", ["edit", "delete"])
def test_other_union_staff_cannot_post_to_a_record_and_changes_nothing(
    client, callers, records, edit_posts, kind, page
):
    login(client, callers["other_staff"])
    before = state()
    data = edit_posts[kind] if page == "edit" else {}
    assert client.post(url(kind, page, records[kind]), data).status_code == 404
    assert state() == before


@pytest.mark.parametrize("kind", KINDS)
def test_own_viewer_reads_but_cannot_edit_or_delete(client, callers, records, edit_posts, kind):
    login(client, callers["own_viewer"])
    record = records[kind]
    before = state()
    page = client.get(url(kind, "inspect", record))
    assert page.status_code == 200
    assert url(kind, "edit", record) not in text(page)
    assert client.get(url(kind, "history", record)).status_code == 200
    for target in ("edit", "delete"):
        assert refused(client.get(url(kind, target, record))), target
    assert refused(client.post(url(kind, "edit", record), edit_posts[kind]))
    assert refused(client.post(url(kind, "delete", record)))
    assert refused(client.get(url(kind, "add")))
    assert state() == before


@pytest.mark.parametrize("kind", KINDS)
def test_own_viewer_cannot_add(client, callers, new_posts, kind):
    login(client, callers["own_viewer"])
    before = state()
    assert refused(client.post(url(kind, "add"), new_posts[kind]))
    assert state() == before


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("caller", ["own_staff", "national_staff"])
def test_staff_edit_a_record_through_the_form_with_history(
    client, callers, records, edit_posts, kind, caller
):
    login(client, callers[caller])
    record = records[kind]
    assert client.get(url(kind, "inspect", record)).status_code == 200
    changes = Change.objects.of_records().count()

    response = client.post(url(kind, "edit", record), edit_posts[kind])

    assert response.status_code == 302, response.context["form"].errors
    field, value = EDITS[kind]
    record.refresh_from_db()
    assert getattr(record, field) == value
    assert record.union.slug == "dong-nai"
    change = Change.objects.order_by("pk").last()
    assert Change.objects.of_records().count() == changes + 1
    assert change.action == ChangeAction.UPDATE and change.changes[field][1] == value
    assert change.actor == callers[caller]


@pytest.mark.parametrize("caller", ["own_staff", "national_staff"])
def test_staff_delete_each_kind_through_the_service(client, callers, records, caller):
    login(client, callers[caller])
    # Children first: an appeal that received money cannot be deleted.
    for kind in [
        "receipts",
        "pledges",
        "appeals",
        "calls",
        "mobilization_programs",
        "coordination_plans",
    ]:
        record = records[kind]
        assert client.get(url(kind, "delete", record)).status_code == 200
        response = client.post(url(kind, "delete", record))
        assert response.status_code == 302, kind
        assert not MODELS[kind].objects.filter(pk=record.pk).exists(), kind
        assert Change.objects.filter(
            action=ChangeAction.DELETE, object_id=str(record.pk), actor=callers[caller]
        ).exists(), kind


def test_an_appeal_that_received_money_is_not_deleted_and_says_why(client, callers, records):
    login(client, callers["own_staff"])
    appeal = records["appeals"]
    before = state()
    response = client.post(url("appeals", "delete", appeal), follow=True)
    assert "This appeal has received money" in text(response)
    assert state() == before


# 2. Adding, and errors on the form ------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("caller", ["own_staff", "national_staff"])
def test_staff_add_each_kind_through_the_form_with_history(
    client, callers, unions, new_posts, kind, caller
):
    login(client, callers[caller])
    assert client.get(url(kind, "add")).status_code == 200
    model = MODELS[kind]
    existing = set(model.objects.values_list("pk", flat=True))

    response = client.post(url(kind, "add"), new_posts[kind])

    assert response.status_code == 302, response.context["form"].errors
    (record,) = model.objects.exclude(pk__in=existing)
    assert record.union == unions["dong-nai"]
    created = Change.objects.get(
        action=ChangeAction.CREATE,
        content_type__model=model._meta.model_name,
        object_id=str(record.pk),
    )
    assert created.actor == callers[caller]


def test_a_new_pledge_is_converted_at_the_rate_of_its_day(client, callers, new_posts):
    login(client, callers["own_staff"])
    response = client.post(url("pledges", "add"), new_posts["pledges"])
    assert response.status_code == 302
    pledge = Pledge.objects.get(conditions="", amount=Decimal("1000"), currency_id="EUR")
    # 1,000 EUR at 26,800 (the rate of 2 January 2024, the last on or before the day).
    assert (pledge.amount_vnd, pledge.rate, pledge.rate_date, pledge.rate_source) == (
        Decimal("26800000"),
        Decimal("26800"),
        datetime.date(2024, 1, 2),
        "SBV",
    )
    page = text(client.get(url("pledges", "inspect", pledge)))
    assert "26,800,000" in page and "26,800" in page and "Jan 2, 2024" in page and "SBV" in page


def test_an_appeals_localities_and_a_programs_aid_items_are_saved(
    client, callers, unions, new_posts, dong_nai_commune
):
    login(client, callers["own_staff"])
    assert client.post(url("appeals", "add"), new_posts["appeals"]).status_code == 302
    appeal = Appeal.objects.get(title="Cứu trợ bão Yagi")
    assert list(appeal.localities.all()) == [dong_nai_commune]

    item = aid_item_save(
        actor=None, item=AidItem(union=unions["dong-nai"], kind=AidKind.PROJECT, title="Trạm y tế")
    )
    data = {**new_posts["mobilization_programs"], "aid_items": [item.pk]}
    assert client.post(url("mobilization_programs", "add"), data).status_code == 302
    program = Program.objects.get(title="Chương trình vận động 2026–2030")
    assert list(program.aid_items.all()) == [item]
    page = text(client.get(url("mobilization_programs", "inspect", program)))
    assert reverse("aid_items:inspect", args=[item.pk]) in page


def test_a_pledge_without_a_rate_for_its_day_is_refused_on_the_form(client, callers, new_posts):
    login(client, callers["own_staff"])
    before = state()
    data = {**new_posts["pledges"], "date": "2020-01-01"}
    response = client.post(url("pledges", "add"), data)
    assert response.status_code == 200
    assert "No exchange rate for EUR" in field_errors(response, "currency")
    assert "No exchange rate for EUR" in text(response)
    assert state() == before


def test_a_pledge_is_to_a_call_or_to_an_appeal(client, callers, records, new_posts):
    login(client, callers["own_staff"])
    before = state()
    both = {**new_posts["pledges"], "appeal": records["appeals"].pk}
    response = client.post(url("pledges", "add"), both)
    assert response.status_code == 200
    assert "A pledge is made to a call or to an appeal." in text(response)
    neither = {k: v for k, v in new_posts["pledges"].items() if k != "call"}
    response = client.post(url("pledges", "add"), neither)
    assert response.status_code == 200
    assert "A pledge is made to a call or to an appeal." in text(response)
    assert state() == before


def test_a_call_with_a_locality_outside_the_province_is_refused_on_the_form(
    client, callers, new_posts
):
    # National staff are offered every unit; the service keeps Dong Nai's calls in Dong Nai.
    login(client, callers["national_staff"])
    before = state()
    response = client.post(url("calls", "add"), {**new_posts["calls"], "locality": hanoi().pk})
    assert response.status_code == 200
    assert f"{hanoi().name} is outside" in field_errors(response, "locality")
    assert f"{hanoi().name} is outside" in text(response)  # shown beside the field
    assert state() == before


def test_dong_nai_staff_are_not_offered_another_provinces_units_or_unions(
    client, callers, unions, donors, new_posts
):
    login(client, callers["own_staff"])
    form = client.get(url("calls", "add")).context["form"]
    assert list(form.fields["union"].queryset) == [unions["dong-nai"]]
    units = form.fields["locality"].queryset
    assert set(units.values_list("current_province__code", flat=True)) == {"75"}
    pledge_form = client.get(url("pledges", "add")).context["form"]
    assert donors["lao_cai_ngo"] not in pledge_form.fields["donor"].queryset
    assert donors["ngo"] in pledge_form.fields["donor"].queryset

    before = state()
    response = client.post(url("calls", "add"), {**new_posts["calls"], "locality": hanoi().pk})
    assert response.status_code == 200
    assert "Select a valid choice" in field_errors(response, "locality")
    response = client.post(
        url("appeals", "add"), {**new_posts["appeals"], "localities": [hanoi().pk]}
    )
    assert response.status_code == 200
    assert field_errors(response, "localities")
    assert state() == before


def test_an_appeal_with_a_locality_outside_the_province_is_refused_on_the_form(
    client, callers, new_posts
):
    login(client, callers["national_staff"])
    before = state()
    response = client.post(
        url("appeals", "add"), {**new_posts["appeals"], "localities": [hanoi().pk]}
    )
    assert response.status_code == 200
    assert f"{hanoi().name} is outside" in field_errors(response, "localities")
    assert state() == before


@pytest.mark.parametrize("kind, field", [("pledges", "call"), ("receipts", "appeal")])
def test_other_union_staff_cannot_add_money_to_a_dong_nai_call_or_appeal(
    client, callers, new_posts, kind, field
):
    login(client, callers["other_staff"])
    before = state()
    response = client.post(url(kind, "add"), new_posts[kind])
    assert response.status_code == 200
    # Dong Nai's call or appeal is not a choice offered to Lao Cai.
    assert "Select a valid choice" in field_errors(response, field)
    assert state() == before


def test_a_receipt_says_who_gave(client, callers, new_posts):
    login(client, callers["own_staff"])
    before = state()
    data = {k: v for k, v in new_posts["receipts"].items() if k != "donor_name"}
    response = client.post(url("receipts", "add"), data)
    assert response.status_code == 200
    assert "Say who gave it" in field_errors(response, "donor")
    assert state() == before


def test_the_call_form_never_offers_taken_up_and_a_taken_up_call_stays_so(
    client, callers, records, new_posts
):
    login(client, callers["own_staff"])
    form = client.get(url("calls", "add")).context["form"]
    assert CallStatus.TAKEN_UP not in dict(form.fields["status"].choices)
    before = state()
    response = client.post(url("calls", "add"), {**new_posts["calls"], "status": "taken_up"})
    assert response.status_code == 200
    assert field_errors(response, "status")
    assert state() == before

    call = records["calls"]
    services.call_take_up(actor=None, call=call, pledge=records["pledges"])
    edit = url("calls", "edit", call)
    response = client.post(edit, form_data(client.get(edit), status="draft", contact_name="Lan"))
    assert response.status_code == 302, response.context["form"].errors
    call.refresh_from_db()
    assert (call.status, call.contact_name) == (CallStatus.TAKEN_UP, "Lan")


# 3. Turning a pledge into an aid item -------------------------------------------------


def take_up(client, call, pledge, kind="project"):
    return client.post(url("calls", "take_up", call), {"pledge": pledge.pk, "kind": kind})


@pytest.mark.parametrize("caller", ["own_staff", "national_staff"])
def test_staff_turn_a_pledge_into_an_aid_item_over_http(client, callers, records, caller):
    call, pledge, program = records["calls"], records["pledges"], records["mobilization_programs"]
    login(client, callers[caller])
    page = text(client.get(url("calls", "inspect", call)))
    assert url("calls", "take_up", call) in page
    form_page = client.get(url("calls", "take_up", call))
    assert form_page.status_code == 200
    assert "Công ty TNHH Changshin Việt Nam: 20,000 USD on Mar 1, 2024" in text(form_page)

    response = take_up(client, call, pledge, kind="non_project")

    item = AidItem.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("aid_items:inspect", args=[item.pk])
    assert (item.kind, item.status, item.title) == (
        AidKind.NON_PROJECT,
        AidStatus.IDENTIFIED,
        call.title,
    )
    commitment = item.transactions.get()
    assert commitment.type == TransactionType.COMMITMENT
    assert (commitment.amount, commitment.amount_vnd) == (Decimal("20000"), Decimal("485400000"))
    call.refresh_from_db()
    pledge.refresh_from_db()
    assert call.status == CallStatus.TAKEN_UP and call.aid_item == item
    assert pledge.aid_item == item
    assert list(program.aid_items.all()) == [item]
    assert Change.objects.filter(object_id=str(call.pk), actor=callers[caller]).exists()

    item_page = client.get(response["Location"])
    assert "became the aid item" in text(item_page)  # the success message
    page = text(client.get(url("calls", "inspect", call)))
    assert reverse("aid_items:inspect", args=[item.pk]) in page
    assert "Taken up as the aid item" in page
    assert url("calls", "take_up", call) not in page


@pytest.mark.parametrize("caller", ["other_staff", "own_viewer", "anonymous"])
def test_only_the_unions_staff_may_take_a_call_up(client, callers, records, caller):
    call, pledge = records["calls"], records["pledges"]
    login(client, callers[caller])
    before = state()
    get, post = client.get(url("calls", "take_up", call)), take_up(client, call, pledge)
    for response in (get, post):
        if caller == "other_staff":
            assert response.status_code == 404
        elif caller == "anonymous":
            assert response.status_code == 302 and response["Location"].startswith(LOGIN_URL)
        else:
            assert refused(response)
    assert state() == before
    if caller == "own_viewer":
        page = text(client.get(url("calls", "inspect", call)))
        assert url("calls", "take_up", call) not in page


def test_a_draft_call_is_not_taken_up_and_the_form_says_why(
    client, callers, make_call, make_pledge, donors
):
    draft = make_call(status=CallStatus.DRAFT)
    pledge = make_pledge(draft, donors["ngo"])
    login(client, callers["own_staff"])
    assert url("calls", "take_up", draft) not in text(client.get(url("calls", "inspect", draft)))
    before = state()
    response = take_up(client, draft, pledge)
    assert response.status_code == 200
    assert "Only a published call is taken up; this one is draft." in text(response)
    assert state() == before


def test_a_pledge_of_another_call_is_not_a_choice_and_a_call_is_taken_up_once(
    client, callers, records, make_call, make_pledge, donors
):
    call, pledge = records["calls"], records["pledges"]
    other = make_call(title="Another call")
    other_pledge = make_pledge(other, donors["ngo"])
    login(client, callers["own_staff"])
    before = state()
    response = take_up(client, call, other_pledge)
    assert response.status_code == 200
    assert "Select a valid choice" in field_errors(response, "pledge")
    assert state() == before

    assert take_up(client, call, pledge).status_code == 302
    again = take_up(client, call, pledge)
    assert again.status_code == 200
    assert "This call was already taken up" in field_errors(again, None)
    assert AidItem.objects.count() == 1


# 4. Figures on the inspect pages ------------------------------------------------------


def test_a_programs_page_shows_its_progress_year_by_year(
    client, callers, unions, make_program, make_call, make_pledge, donors, make_member
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
    item = services.call_take_up(
        actor=None,
        call=call,
        pledge=make_pledge(call, donors["fdi"], "20000", "USD", datetime.date(2024, 3, 1)),
    )
    other = make_call(title="Outside the program", title_en="")
    services.call_take_up(
        actor=None,
        call=other,
        pledge=make_pledge(other, donors["ngo"], "10000", "USD", datetime.date(2024, 5, 1)),
    )
    login(client, callers["own_viewer"])

    page = text(client.get(url("mobilization_programs", "inspect", program)))

    progress = page[page.index('data-testid="progress"') :]
    progress = progress[: progress.index("</table>")]
    row_2024 = progress[progress.index("<td>2024</td>") :].split("</tr>")[0]
    assert "1,000,000,000 VND" in row_2024  # the target
    assert "485,400,000 VND" in row_2024  # the program's commitments
    assert "728,100,000 VND" in row_2024  # the union's
    assert "48.5 %" in row_2024
    row_2023 = progress[progress.index("<td>2023</td>") :].split("</tr>")[0]
    assert "No target" in row_2023
    assert reverse("aid_items:inspect", args=[item.pk]) in page

    # In Vietnamese, the numbers are written the Vietnamese way.
    login(client, make_member("dong-nai", "viewer", username="vi-viewer", language="vi"))
    page = text(client.get(url("mobilization_programs", "inspect", program)))
    assert "485.400.000" in page and "48,5 %" in page


def test_an_appeals_page_shows_received_and_pledged_against_the_target(
    client, callers, make_appeal, make_receipt, make_pledge, donors
):
    appeal = make_appeal(target_amount=Decimal("2000000000"), currency_id="VND")
    make_receipt(appeal, "500000000", "VND", donor=donors["fdi"])
    make_receipt(appeal, "10000", "USD", datetime.date(2024, 9, 20), donor=donors["ngo"])
    make_receipt(appeal, "1000", "EUR", datetime.date(2024, 9, 21), donor_name="Nguyễn Văn A")
    make_pledge(appeal, donors["ngo"], "30000", "USD", datetime.date(2024, 9, 15))
    login(client, callers["own_staff"])

    page = text(client.get(url("appeals", "inspect", appeal)))

    progress = page[page.index('data-testid="progress"') :]
    progress = progress[: progress.index("</table>")]
    assert "2,000,000,000 VND" in progress  # target
    assert "769,500,000 VND" in progress  # received
    assert "38.5 %" in progress
    assert "728,100,000 VND" in progress  # pledged
    by_currency = page[page.index('data-testid="by-currency"') :]
    by_currency = by_currency[: by_currency.index("</table>")]
    for code, amount in (("EUR", "1,000"), ("USD", "10,000"), ("VND", "500,000,000")):
        assert f"<td>{code}</td><td>{amount}</td>" in by_currency
    assert "Nguyễn Văn A" in page  # the receipts, listed


def test_a_receipts_page_shows_its_vnd_equivalent_and_rate(client, callers, records):
    login(client, callers["own_viewer"])
    page = text(client.get(url("receipts", "inspect", records["receipts"])))
    assert "500,000,000" in page and "Sep 20, 2024" in page


def test_listings_write_amounts_and_dates_through_babel(client, callers, records):
    login(client, callers["own_staff"])
    calls = listing_table(client.get(url("calls", "index")))
    assert "50,000" in calls
    pledges = listing_table(client.get(url("pledges", "index")))
    assert "485,400,000" in pledges and "Mar 1, 2024" in pledges
    assert "A kindergarten for Phu Ly commune" in pledges  # what it was pledged to
    appeals = listing_table(client.get(url("appeals", "index")))
    assert "Yes" in appeals and "True" not in appeals  # published on the portal
    assert "Sep 10, 2024" in appeals and "2,000,000,000" in appeals


# 5. A plan and its tasks --------------------------------------------------------------


def test_a_plan_is_saved_with_its_inline_tasks_and_they_are_synced(client, callers, new_posts):
    login(client, callers["own_staff"])
    data = {
        **new_posts["coordination_plans"],
        **rows(
            "tasks",
            {
                "title": "Hội nghị xúc tiến",
                "owner": "Liên hiệp",
                "due_date": "2026-03-31",
                "status": "open",
            },
            {
                "title": "Báo cáo kết quả",
                "owner": "Sở Tài chính",
                "due_date": "",
                "status": "in_progress",
            },
        ),
    }
    response = client.post(url("coordination_plans", "add"), data)
    assert response.status_code == 302, response.context["form"].errors
    plan = CoordinationPlan.objects.get(title="Kế hoạch phối hợp 2026")
    assert list(plan.tasks.order_by("pk").values_list("title", "owner", "due_date", "status")) == [
        ("Hội nghị xúc tiến", "Liên hiệp", datetime.date(2026, 3, 31), "open"),
        ("Báo cáo kết quả", "Sở Tài chính", None, "in_progress"),
    ]
    # By the parent's type too: another table's rows (a pledge's) may have the same key.
    of_plan = Change.objects.filter(
        parent_type=ContentType.objects.get_for_model(CoordinationPlan), parent_id=str(plan.pk)
    )
    task_changes = of_plan.filter(action=ChangeAction.CREATE)
    assert task_changes.count() == 2
    page = text(client.get(url("coordination_plans", "inspect", plan)))
    assert "Hội nghị xúc tiến" in page and "Mar 31, 2026" in page

    # Edit: the conference is done, the report removed; rows change in place.
    first = plan.tasks.get(title="Hội nghị xúc tiến")
    edit = url("coordination_plans", "edit", plan)
    data = form_data(client.get(edit))
    position = {data[f"tasks-{i}-title"]: i for i in range(2)}
    data[f"tasks-{position['Hội nghị xúc tiến']}-status"] = "done"
    data[f"tasks-{position['Báo cáo kết quả']}-DELETE"] = "1"
    response = client.post(edit, data)
    assert response.status_code == 302, response.context["form"].errors
    assert list(plan.tasks.values_list("pk", "status")) == [(first.pk, "done")]
    changes = of_plan.values_list("action", flat=True)
    assert sorted(changes) == ["create", "create", "delete", "update"]


def test_a_task_without_a_title_is_refused_and_nothing_is_saved(client, callers, new_posts):
    login(client, callers["own_staff"])
    before = state()
    data = {
        **new_posts["coordination_plans"],
        **rows("tasks", {"title": "", "owner": "Liên hiệp", "due_date": "", "status": "open"}),
    }
    response = client.post(url("coordination_plans", "add"), data)
    assert response.status_code == 200
    assert response.context["form"].formsets["tasks"].forms[0].errors["title"]
    assert state() == before


def test_the_mobilization_menu_is_shown_to_members(client, callers):
    login(client, callers["own_viewer"])
    home = text(client.get("/admin/"))
    for label in ("Mobilization", "Mobilization programs", "Calls for sponsorship", "Pledges"):
        assert label in home
    for kind in ("appeals", "receipts", "coordination_plans"):
        assert url(kind, "index") in home


def _listing_queries(client, kind) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url(kind, "index"))
    assert response.status_code == 200
    return len(queries)


def test_listing_query_counts_do_not_grow_with_the_number_of_records(
    client,
    callers,
    records,
    make_program,
    make_call,
    make_pledge,
    make_appeal,
    make_receipt,
    make_plan,
    donors,
):
    login(client, callers["own_staff"])
    for kind in KINDS:
        client.get(url(kind, "index"))  # warm up session and caches
    one = {kind: _listing_queries(client, kind) for kind in KINDS}
    for i in range(5):
        make_program(title=f"Program {i}")
        call = make_call(title=f"Call {i}", program=records["mobilization_programs"])
        make_pledge(call, donors["ngo"])
        appeal = make_appeal(title=f"Appeal {i}")
        make_receipt(appeal, "1000", donor=donors["fdi"] if i % 2 else None, donor_name="Ai đó")
        make_pledge(appeal, donors["fdi"])
        make_plan(title=f"Plan {i}")
    six = {kind: _listing_queries(client, kind) for kind in KINDS}
    assert six == one
