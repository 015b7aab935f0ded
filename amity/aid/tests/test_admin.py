"""The aid portfolio's back office, through HTTP only: the item form with its inline
donors, localities, sectors, transactions and documents; the workflow's buttons; the
listing's filters; and who may do what."""

import datetime
import io
import re
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from amity.aid import services
from amity.aid.models import AidItem, AidItemDocument, AidItemLocality, AidKind, StatusChange
from amity.aid.workflow import AidStatus
from amity.codelists.models import Sector
from amity.finance.models import Transaction
from amity.finance.services import rates_import
from amity.finance.transactions import transaction_save
from amity.geo.models import AdministrativeUnit
from amity.history.models import Change
from amity.registry.tests.factories import OrganizationFactory
from amity.testing import form_data, listing_table, login, refused, text

pytestmark = pytest.mark.django_db
RATES = "date,currency,vnd_per_unit\n2023-01-03,USD,23575\n2024-01-02,USD,24260\n"


@pytest.fixture(autouse=True)
def rates():
    rates_import(actor=None, stream=io.StringIO(RATES), source="SBV central rate")


def commune(province_code="75"):
    return AdministrativeUnit.objects.filter(
        structure="2025", level="commune", parent__code=province_code
    ).order_by("code")[0]


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
        data |= {f"{prefix}-{i}-ORDER": str(i + 1), f"{prefix}-{i}-DELETE": ""}
    return data


@pytest.fixture
def donor(unions):
    return OrganizationFactory(union=unions["dong-nai"], name="Oxfam")


def new_item_post(unions, donor, **overrides) -> dict:
    data = {
        "title": "Nước sạch cho Xuân Lộc",
        "title_en": "Clean water for Xuan Loc",
        "title_zh_hans": "春禄清洁用水",
        "union": unions["dong-nai"].pk,
        "kind": AidKind.PROJECT,
        "legal_basis": "313/2025/ND-CP",
        "planned_start": "2023-02-01",
        "planned_end": "2024-12-31",
        **rows("donors", {"organization": donor.pk, "role": "funding"}),
        **rows("localities", {"unit": commune().pk, "share": "100"}),
        **rows(
            "sectors",
            {"sector": "14030", "share": "60"},
            {"sector": "12240", "share": "40"},
        ),
        **rows(
            "transactions",
            {
                "type": "commitment",
                "date": "2023-03-15",
                "amount": "100000.50",
                "currency": "USD",
                "description": "",
            },
        ),
        **rows("documents"),
    }
    data.update(overrides)
    return data


def state():
    return (
        list(AidItem.objects.values().order_by("pk")),
        list(AidItemLocality.objects.values().order_by("pk")),
        list(Transaction.objects.values().order_by("pk")),
        StatusChange.objects.count(),
        Change.objects.of_records().count(),
    )


def make_item(union, title="Trường học Tân Phú", kind=AidKind.PROJECT, **fields):
    return services.aid_item_save(
        actor=None, item=AidItem(union=union, kind=kind, title=title, **fields)
    )


def add_money(item, amount="1000", currency="USD", day=datetime.date(2023, 5, 2)):
    return transaction_save(
        actor=None,
        transaction=Transaction(
            item=item, type="commitment", date=day, amount=Decimal(amount), currency_id=currency
        ),
    )


# The item form ----------------------------------------------------------------------


def test_staff_adds_an_item_with_donors_places_sectors_and_a_usd_commitment(
    client, callers, unions, donor
):
    login(client, callers["own_staff"])
    response = client.post(reverse("aid_items:add"), new_item_post(unions, donor))
    assert response.status_code == 302, response.context["form"].errors
    item = AidItem.objects.get(title="Nước sạch cho Xuân Lộc")
    assert item.status == AidStatus.IDENTIFIED
    assert [d.organization for d in item.donors.all()] == [donor]
    assert {s.sector_id: s.share for s in item.sectors.all()} == {
        "14030": Decimal("60"),
        "12240": Decimal("40"),
    }
    tx = item.transactions.get()
    assert (tx.amount, tx.currency_id, tx.amount_vnd) == (
        Decimal("100000.50"),
        "USD",
        Decimal("2357511788"),  # 100,000.50 × 23,575 = 2,357,511,787.5, half up
    )
    assert (tx.rate, tx.rate_date, tx.rate_source) == (
        Decimal("23575"),
        datetime.date(2023, 1, 3),
        "SBV central rate",
    )

    page = text(client.get(reverse("aid_items:inspect", args=[item.pk])))
    assert "2,357,511,788" in page and "23,575" in page and "SBV central rate" in page
    assert "Jan 3, 2023" in page  # the rate's date, not the transaction's


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        (
            {"transactions-0-currency": "EUR"},
            "currency",
            "No exchange rate for EUR on or before Mar 15, 2023",
        ),
        ({"transactions-0-amount": "-5"}, "amount", "greater than or equal to 0"),
        ({"transactions-0-amount": "abc"}, "amount", "Enter a number"),
        ({"sectors-1-share": "30"}, None, "The sector shares add up to 90 %, not 100 %."),
        ({"planned_end": "2022-12-31"}, "planned_end", "The end (Dec 31, 2022) is before"),
    ],
)
def test_bad_input_is_refused_with_its_reason_and_nothing_is_stored(
    client, callers, unions, donor, overrides, field, message
):
    login(client, callers["own_staff"])
    before = state()
    response = client.post(reverse("aid_items:add"), new_item_post(unions, donor, **overrides))
    assert response.status_code == 200
    assert message in text(response)
    if field in ("currency", "amount"):
        # Beside the row's own field (the page's text, above, says it in English).
        child = response.context["form"].formsets["transactions"].forms[0]
        assert field in child.errors
    assert state() == before


def test_a_locality_outside_the_unions_province_is_refused(client, callers, unions, donor):
    login(client, callers["national_staff"])  # national staff may pick any unit
    before = state()
    outside = commune("15")
    response = client.post(
        reverse("aid_items:add"),
        new_item_post(unions, donor, **{"localities-0-unit": outside.pk}),
    )
    assert response.status_code == 200
    assert f"{outside.name} is outside" in text(response)
    assert state() == before


def test_a_union_user_is_offered_only_their_provinces_units_and_organizations(
    client, callers, unions, donor
):
    OrganizationFactory(union=unions["lao-cai"], name="Lao Cai only NGO")
    login(client, callers["own_staff"])
    form = client.get(reverse("aid_items:add")).context["form"]
    units = form.formsets["localities"].empty_form.fields["unit"].queryset
    assert units.exists()
    assert set(units.values_list("current_province__code", flat=True)) == {"75"}
    organizations = form.formsets["donors"].empty_form.fields["organization"].queryset
    assert list(organizations) == [donor]
    assert list(form.fields["union"].queryset) == [unions["dong-nai"]]


def test_editing_changes_rows_in_place_and_keeps_a_cancelled_items_money(
    client, callers, unions, donor
):
    item = make_item(unions["dong-nai"])
    add_money(item)
    services.aid_item_transition(actor=None, item=item, to=AidStatus.CANCELLED, note="dropped")
    login(client, callers["own_staff"])
    url = reverse("aid_items:edit", args=[item.pk])
    response = client.post(url, form_data(client.get(url), title_en="School in Tan Phu"))
    assert response.status_code == 302, response.context["form"].errors
    item.refresh_from_db()
    assert item.title_en == "School in Tan Phu"
    assert item.transactions.count() == 1  # unchanged money is not re-saved, so allowed

    data = form_data(client.get(url), **{"transactions-0-amount": "2000"})
    response = client.post(url, data)
    assert response.status_code == 200
    assert "No money moves on an aid item that is “Cancelled”." in text(response)
    assert item.transactions.get().amount == Decimal("1000")


def action_of(response, url: str) -> str:
    """The edit form's action: the page's own URL with the history row it was opened at."""
    found = re.search(re.escape(url) + r"\?seen=\d+", text(response))
    assert found, "the edit form carries no history row"
    return found.group(0)


def test_a_save_after_someone_elses_is_refused_saying_what_they_changed(
    client, callers, unions, donor, make_member
):
    item = make_item(unions["dong-nai"])
    add_money(item)
    other = make_member("dong-nai", "staff", username="dong-nai-colleague")
    url = reverse("aid_items:edit", args=[item.pk])
    login(client, callers["own_staff"])
    mine = client.get(url)
    # Meanwhile a colleague opens the item, changes its English title and money, saves.
    colleague = Client()
    login(colleague, other)
    theirs = colleague.get(url)
    data = form_data(theirs, title_en="Their title", **{"transactions-0-amount": "1500"})
    assert colleague.post(action_of(theirs, url), data).status_code == 302

    refused_page = client.post(action_of(mine, url), form_data(mine, title_en="My title"))
    assert refused_page.status_code == 200
    page = text(refused_page)
    assert "Someone saved this record after you opened it" in page
    assert other.username in page and "title in English" in page and "Transaction" in page
    item.refresh_from_db()
    assert item.title_en == "Their title"  # nothing of mine overwrote theirs
    assert item.transactions.get().amount == Decimal("1500")
    # My values are still in the form; having read theirs, saving again keeps mine.
    again = form_data(refused_page)
    assert again["title_en"] == "My title"
    assert client.post(action_of(refused_page, url), again).status_code == 302
    item.refresh_from_db()
    assert item.title_en == "My title"


def test_the_service_refuses_a_save_opened_before_anothers(unions):
    from django.core.exceptions import ValidationError

    from amity.history.services import last_change_id

    item = make_item(unions["dong-nai"])
    seen = last_change_id(item)
    first = AidItem.objects.get(pk=item.pk)
    first.title_en = "First"
    services.aid_item_save(actor=None, item=first, seen_change=seen)
    second = AidItem.objects.get(pk=item.pk)
    second.title_en = "Second"
    with pytest.raises(ValidationError) as refused_save:
        services.aid_item_save(actor=None, item=second, seen_change=seen)
    assert refused_save.value.code == "changed_since" and "system" in refused_save.value.messages[0]
    assert AidItem.objects.get(pk=item.pk).title_en == "First"
    # Opened after the first save, the same edit goes through.
    services.aid_item_save(actor=None, item=second, seen_change=last_change_id(item))
    assert AidItem.objects.get(pk=item.pk).title_en == "Second"


def test_documents_are_uploaded_and_served_only_to_those_who_see_the_item(
    client, callers, unions, donor
):
    login(client, callers["own_staff"])
    data = new_item_post(
        unions,
        donor,
        **rows("documents", {"title": "Quyết định phê duyệt", "kind": "decision"}),
    )
    data["documents-0-file"] = SimpleUploadedFile("quyet-dinh.pdf", b"%PDF-1.4 demo")
    response = client.post(reverse("aid_items:add"), data)
    assert response.status_code == 302, response.context["form"].errors
    document = AidItemDocument.objects.get()
    url = reverse("aid_items:document", args=[document.pk])
    assert url in text(client.get(reverse("aid_items:inspect", args=[document.item_id])))
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 demo"
    assert "quyet-dinh.pdf" in response["Content-Disposition"]

    for caller, status in (("other_staff", 404), ("anonymous", 302), ("own_viewer", 200)):
        login(client, callers[caller])
        assert client.get(url).status_code == status, caller


# The workflow -----------------------------------------------------------------------


def step(client, item, to, **data):
    return client.post(reverse("aid_items:transition", args=[item.pk, to]), data)


def test_staff_takes_an_item_from_identified_to_completed_with_the_buttons(client, callers, unions):
    item = make_item(unions["dong-nai"])
    login(client, callers["own_staff"])
    page = text(client.get(reverse("aid_items:inspect", args=[item.pk])))
    assert reverse("aid_items:transition", args=[item.pk, "proposed"]) in page
    assert reverse("aid_items:transition", args=[item.pk, "approved"]) not in page

    assert step(client, item, "proposed", note="Hồ sơ đầy đủ").status_code == 302
    assert step(client, item, "under_appraisal").status_code == 302

    no_decision = step(client, item, "approved")
    assert no_decision.status_code == 200
    assert "Approving needs the decision&#x27;s number." in text(no_decision)
    assert AidItem.objects.get(pk=item.pk).status == AidStatus.UNDER_APPRAISAL

    approved = step(
        client,
        item,
        "approved",
        decision_number="123/QĐ-UBND",
        decision_date="2023-04-01",
        decision_authority="UBND tỉnh Đồng Nai",
    )
    assert approved.status_code == 302
    assert step(client, item, "under_way").status_code == 302
    assert step(client, item, "completed", note="Bàn giao").status_code == 302

    item.refresh_from_db()
    assert item.status == AidStatus.COMPLETED
    assert item.decision_number == "123/QĐ-UBND"
    steps = list(item.status_changes.values_list("to_status", "actor__username", "note"))
    assert steps[0] == ("proposed", "dong-nai-staff", "Hồ sơ đầy đủ")
    assert steps[-1] == ("completed", "dong-nai-staff", "Bàn giao")
    page = text(client.get(reverse("aid_items:inspect", args=[item.pk])))
    assert "Bàn giao" in page and "Move to" not in page


def test_a_step_the_workflow_does_not_allow_is_refused_with_the_allowed_ones(
    client, callers, unions
):
    item = make_item(unions["dong-nai"])
    login(client, callers["own_staff"])
    response = step(client, item, "completed")
    assert response.status_code == 200
    assert (
        "An item that is “Identified” cannot become “Completed”. Allowed: Proposed, Cancelled."
        in text(response)
    )
    assert not item.status_changes.exists()


@pytest.mark.parametrize("caller", ["other_staff", "own_viewer", "anonymous"])
def test_only_the_unions_staff_may_move_an_item(client, callers, unions, caller):
    item = make_item(unions["dong-nai"])
    login(client, callers[caller])
    response = step(client, item, "proposed")
    if caller == "other_staff":
        assert response.status_code == 404
    elif caller == "anonymous":
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    else:
        assert refused(response)
    assert AidItem.objects.get(pk=item.pk).status == AidStatus.IDENTIFIED
    if caller == "own_viewer":
        page = text(client.get(reverse("aid_items:inspect", args=[item.pk])))
        assert "Move to" not in page


# Who sees what, and the listing -----------------------------------------------------


@pytest.mark.parametrize("page", ["inspect", "edit", "delete", "history"])
def test_another_unions_item_reads_as_missing(client, callers, unions, page):
    item = make_item(unions["dong-nai"])
    login(client, callers["other_staff"])
    assert client.get(reverse(f"aid_items:{page}", args=[item.pk])).status_code == 404
    login(client, callers["own_viewer"])
    response = client.get(reverse(f"aid_items:{page}", args=[item.pk]))
    assert response.status_code == 200 if page in ("inspect", "history") else refused(response)


def test_the_listing_filters_by_status_kind_year_sector_province_and_donor(
    client, callers, unions, donor
):
    dong_nai = unions["dong-nai"]
    school = services.aid_item_save(
        actor=None,
        item=AidItem(union=dong_nai, kind=AidKind.PROJECT, title="Trường học"),
        donors=[(donor, "funding")],
        localities=[(commune(), Decimal(100))],
        sectors=[(Sector.objects.get(code="11220"), Decimal(100))],
    )
    add_money(school, day=datetime.date(2024, 3, 1))
    program = make_item(dong_nai, "Chương trình y tế", kind=AidKind.PROGRAM)
    services.aid_item_transition(actor=None, item=program, to=AidStatus.PROPOSED)
    make_item(unions["lao-cai"], "Lao Cai project")

    login(client, callers["own_staff"])
    url = reverse("aid_items:index")

    def listed(**params):
        table = listing_table(client.get(url, params))
        return {t for t in ("Trường học", "Chương trình y tế", "Lao Cai project") if t in table}

    assert listed() == {"Trường học", "Chương trình y tế"}
    assert listed(status="proposed") == {"Chương trình y tế"}
    assert listed(kind="project") == {"Trường học"}
    assert listed(year="2024") == {"Trường học"}
    assert listed(year="2023") == set()
    assert listed(sector="11220") == {"Trường học"}
    province = AdministrativeUnit.objects.get(structure="2025", level="province", code="75")
    assert listed(province=province.pk) == {"Trường học"}
    assert listed(donor=donor.pk) == {"Trường học"}
    assert listed(q="chương trình") == {"Chương trình y tế"}
    assert "24,260,000" in listing_table(client.get(url))  # committed VND column


def test_national_staff_see_every_unions_items(client, callers, unions):
    make_item(unions["dong-nai"], "Dong Nai project")
    make_item(unions["lao-cai"], "Lao Cai project")
    login(client, callers["national_staff"])
    table = listing_table(client.get(reverse("aid_items:index")))
    assert "Dong Nai project" in table and "Lao Cai project" in table
