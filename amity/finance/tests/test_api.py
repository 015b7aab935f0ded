"""The money API: totals of what a caller may see, and the rate table (read by every
member, written by national staff through the same service as the back office)."""

import datetime
import io
from decimal import Decimal

import pytest

from amity.aid import services as aid
from amity.aid.models import AidItem, AidKind
from amity.finance.models import ExchangeRate, Transaction
from amity.finance.services import rates_import
from amity.finance.transactions import transaction_save
from amity.history.models import Change

pytestmark = pytest.mark.django_db
RATES = "date,currency,vnd_per_unit\n2022-01-04,USD,22790\n2023-01-03,USD,23575\n"


@pytest.fixture(autouse=True)
def rates():
    rates_import(actor=None, stream=io.StringIO(RATES), source="SBV")


def item(union, title="Item", kind=AidKind.PROJECT, parent=None):
    return aid.aid_item_save(
        actor=None, item=AidItem(union=union, kind=kind, title=title, parent=parent)
    )


def money(item, amount, currency, day, type="commitment"):
    return transaction_save(
        actor=None,
        transaction=Transaction(
            item=item,
            type=type,
            date=datetime.date.fromisoformat(day),
            amount=Decimal(amount),
            currency_id=currency,
        ),
    )


def test_totals_of_the_callers_transactions_in_vnd_and_usd(callers, unions, api_client_for):
    dong_nai = item(unions["dong-nai"])
    money(dong_nai, "1000", "USD", "2023-03-01")
    money(dong_nai, "50000000", "VND", "2023-06-01")
    money(item(unions["lao-cai"]), "777", "USD", "2023-03-01")

    response = api_client_for(callers["own_staff"]).get(
        "/api/v1/transactions/totals/", {"year": 2023, "in": "usd"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["vnd"]["commitment"] == "73575000"
    assert body["currency"] == "USD"
    assert body["in"]["commitment"] == "3120.89"  # 1,000 + 50,000,000 / 23,575

    national = api_client_for(callers["national_staff"]).get("/api/v1/transactions/totals/")
    assert national.json()["vnd"]["commitment"] == str(73575000 + 777 * 23575)
    filtered = api_client_for(callers["own_staff"]).get(
        "/api/v1/transactions/totals/",
        {"kind": "program", "date_after": "2023-01-01", "date_before": "2023-12-31"},
    )
    assert filtered.json()["vnd"]["commitment"] == "0"  # no programs: filters apply
    projects = api_client_for(callers["own_staff"]).get(
        "/api/v1/transactions/totals/", {"kind": "project", "date_after": "2023-06-01"}
    )
    assert projects.json()["vnd"]["commitment"] == "50000000"


def test_totals_refuse_an_unknown_currency_and_a_missing_rate(callers, unions, api_client_for):
    money(item(unions["dong-nai"]), "1000", "USD", "2023-03-01")
    client = api_client_for(callers["own_staff"])
    response = client.get("/api/v1/transactions/totals/", {"in": "ABC"})
    assert response.status_code == 400
    assert "“ABC” is not an ISO 4217 currency code." in response.json()["in"][0]
    response = client.get("/api/v1/transactions/totals/", {"in": "EUR"})
    assert response.status_code == 400
    assert "No exchange rate for EUR on or before Mar 1, 2023" in response.json()["in"][0]


def test_an_items_totals_count_a_programs_projects_once(callers, unions, api_client_for):
    program = item(unions["dong-nai"], "Program", kind=AidKind.PROGRAM)
    project = item(unions["dong-nai"], "Project", parent=program)
    money(program, "1000", "USD", "2023-03-01")
    money(project, "500", "USD", "2023-04-01")
    money(project, "200", "USD", "2023-05-01", type="disbursement")
    client = api_client_for(callers["own_viewer"])
    body = client.get(f"/api/v1/aid-items/{program.pk}/totals/", {"in": "USD"}).json()
    assert body["in"] == {
        "commitment": "1500.00",
        "disbursement": "200.00",
        "planned_disbursement": "0.00",
        "expenditure": "0.00",
    }
    assert body["vnd"]["commitment"] == str(1500 * 23575)
    other = api_client_for(callers["other_staff"])
    assert other.get(f"/api/v1/aid-items/{program.pk}/totals/").status_code == 404


RATE = {"currency": "EUR", "date": "2023-01-03", "vnd_per_unit": "25140.50", "source": "SBV"}


def test_national_staff_add_and_change_a_rate(callers, api_client_for):
    client = api_client_for(callers["national_staff"])
    response = client.post("/api/v1/rates/", RATE, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["vnd_per_unit"] == "25140.500000"
    rate_id = response.json()["id"]
    response = client.patch(f"/api/v1/rates/{rate_id}/", {"vnd_per_unit": "25200"}, format="json")
    assert response.status_code == 200
    assert ExchangeRate.objects.get(pk=rate_id).vnd_per_unit == Decimal("25200")
    assert Change.objects.filter(content_type__model="exchangerate", object_id=rate_id).count() == 2


@pytest.mark.parametrize(
    "payload, field",
    [
        ({**RATE, "vnd_per_unit": "0"}, "vnd_per_unit"),
        ({**RATE, "vnd_per_unit": "abc"}, "vnd_per_unit"),
        ({**RATE, "currency": "VND"}, "currency"),
        ({**RATE, "currency": "XYZ"}, "currency"),
    ],
)
def test_bad_rates_name_the_field(payload, field, callers, api_client_for):
    before = list(ExchangeRate.objects.values().order_by("pk"))
    response = api_client_for(callers["national_staff"]).post(
        "/api/v1/rates/", payload, format="json"
    )
    assert response.status_code == 400
    assert field in response.json()
    assert list(ExchangeRate.objects.values().order_by("pk")) == before


@pytest.mark.parametrize(
    "caller, read, write",
    [
        ("anonymous", 401, 401),
        ("own_viewer", 200, 403),
        ("own_staff", 200, 403),
        ("other_staff", 200, 403),
    ],
)
def test_union_members_read_rates_and_cannot_write_them(
    caller, read, write, callers, api_client_for
):
    client = api_client_for(callers[caller])
    response = client.get("/api/v1/rates/", {"currency": "USD", "year": 2023})
    assert response.status_code == read
    if read == 200:
        assert [r["vnd_per_unit"] for r in response.json()["results"]] == ["23575.000000"]
    rate = ExchangeRate.objects.get(date=datetime.date(2023, 1, 3))
    assert client.post("/api/v1/rates/", RATE, format="json").status_code == write
    assert client.delete(f"/api/v1/rates/{rate.pk}/").status_code == write
    assert ExchangeRate.objects.count() == 2
