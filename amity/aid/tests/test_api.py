import io

import pytest

from amity.aid import services
from amity.aid.models import AidItem, AidKind
from amity.finance.models import Transaction
from amity.finance.services import rates_import
from amity.geo.models import AdministrativeUnit
from amity.history.models import Change
from amity.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db
DECISION = {"number": "1234/QĐ-UBND", "date": "2023-03-01", "authority": "UBND tỉnh Đồng Nai"}


@pytest.fixture(autouse=True)
def rates():
    rates_import(
        actor=None,
        stream=io.StringIO("date,currency,vnd_per_unit\n2023-01-03,USD,23575\n"),
        source="SBV",
    )


@pytest.fixture
def item(unions):
    return services.aid_item_save(
        actor=None,
        item=AidItem(
            union=unions["dong-nai"],
            kind=AidKind.PROJECT,
            title="Clean water",
            title_zh_hans="清洁用水",
        ),
    )


def state():
    return (
        list(AidItem.objects.values().order_by("pk")),
        list(Transaction.objects.values().order_by("pk")),
        Change.objects.of_records().count(),
    )


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


@pytest.mark.parametrize("caller", list(READ))
def test_reading_an_item_and_its_transactions(caller, callers, item, api_client_for):
    tx = services_tx(item)
    client = api_client_for(callers[caller])
    assert client.get(f"/api/v1/aid-items/{item.pk}/").status_code == READ[caller]
    assert client.get(f"/api/v1/transactions/{tx.pk}/").status_code == READ[caller]


@pytest.mark.parametrize("caller", list(WRITE))
def test_moving_an_item_through_the_workflow(caller, callers, item, api_client_for):
    before = state()
    response = api_client_for(callers[caller]).post(
        f"/api/v1/aid-items/{item.pk}/transition/", {"to": "proposed"}, format="json"
    )
    assert response.status_code == WRITE[caller]
    if WRITE[caller] == 200:
        assert response.json()["status"] == "proposed"
    else:
        assert state() == before


def services_tx(item, amount="100"):
    from amity.finance.models import Transaction as Tx
    from amity.finance.transactions import transaction_save

    return transaction_save(
        actor=None,
        transaction=Tx(
            item=item, type="commitment", date="2023-05-01", amount=amount, currency_id="USD"
        ),
    )


def test_an_item_in_usd_from_identified_to_completed_with_its_vnd_equivalents(
    callers, unions, api_client_for
):
    """The issue's "done when", through the API."""
    client = api_client_for(callers["own_staff"])
    donor = OrganizationFactory(union=unions["dong-nai"], name="Habitat for Humanity")
    commune = AdministrativeUnit.objects.filter(
        structure="2025", level="commune", parent__code="75"
    ).first()
    created = client.post(
        "/api/v1/aid-items/",
        {
            "union": "dong-nai",
            "kind": "project",
            "title": "Safe houses",
            "title_vi": "Nhà an toàn",
            "title_zh_hans": "安全住房",
            "donors": [{"organization": donor.pk, "role": "funding"}],
            "localities": [{"unit": commune.key, "share": "100"}],
            "sectors": [{"sector": "16030", "share": "100"}],
        },
        format="json",
    )
    assert created.status_code == 201, created.json()
    item_id = created.json()["id"]
    assert created.json()["localities"] == [{"unit": commune.key, "share": "100.00"}]
    for step in ("proposed", "under_appraisal"):
        assert (
            client.post(
                f"/api/v1/aid-items/{item_id}/transition/", {"to": step}, format="json"
            ).status_code
            == 200
        )
    refused = client.post(
        f"/api/v1/aid-items/{item_id}/transition/", {"to": "approved"}, format="json"
    )
    assert refused.status_code == 400 and "decision_number" in refused.json()
    approved = client.post(
        f"/api/v1/aid-items/{item_id}/transition/",
        {"to": "approved", "decision": DECISION},
        format="json",
    )
    assert approved.json()["decision_number"] == "1234/QĐ-UBND"
    tx = client.post(
        "/api/v1/transactions/",
        {
            "item": item_id,
            "type": "commitment",
            "date": "2023-05-02",
            "amount": "250000.00",
            "currency": "USD",
        },
        format="json",
    )
    assert tx.status_code == 201, tx.json()
    assert tx.json()["amount_vnd"] == "5893750000"
    assert (tx.json()["rate"], tx.json()["rate_date"], tx.json()["rate_source"]) == (
        "23575.000000",
        "2023-01-03",
        "SBV",
    )
    for step in ("under_way", "completed"):
        assert (
            client.post(
                f"/api/v1/aid-items/{item_id}/transition/", {"to": step}, format="json"
            ).json()["status"]
            == step
        )
    wrong = client.post(
        f"/api/v1/aid-items/{item_id}/transition/", {"to": "proposed"}, format="json"
    )
    assert wrong.status_code == 400 and "status" in wrong.json()


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"amount": "-1"}, "amount"),
        ({"amount": "abc"}, "amount"),
        ({"currency": "ZZZ"}, "currency"),
        ({"currency": "EUR"}, "currency"),  # no EUR rate in the table
        ({"date": "2022-12-31"}, "currency"),  # before the first USD rate
    ],
)
def test_bad_transactions_name_the_field_and_change_nothing(
    payload, field, callers, item, api_client_for
):
    before = state()
    response = api_client_for(callers["own_staff"]).post(
        "/api/v1/transactions/",
        {
            "item": item.pk,
            "type": "commitment",
            "date": "2023-05-02",
            "amount": "10",
            "currency": "USD",
            **payload,
        },
        format="json",
    )
    assert response.status_code == 400
    assert field in response.json()
    assert state() == before


def test_bad_items_name_the_field(callers, unions, api_client_for):
    before = state()
    response = api_client_for(callers["own_staff"]).post(
        "/api/v1/aid-items/",
        {
            "union": "dong-nai",
            "kind": "project",
            "title": "X",
            "sectors": [{"sector": "16030", "share": "60"}],
            "localities": [{"unit": "2025:15", "share": "100"}],
            "planned_start": "2024-01-01",
            "planned_end": "2023-01-01",
        },
        format="json",
    )
    assert response.status_code == 400
    assert {"sectors", "localities", "planned_end"} <= set(response.json())
    assert state() == before


def test_filters(callers, item, unions, api_client_for):
    services_tx(item)
    other = services.aid_item_save(
        actor=None, item=AidItem(union=unions["dong-nai"], kind=AidKind.NON_PROJECT, title="Rice")
    )
    client = api_client_for(callers["own_staff"])
    ids = lambda **q: [r["id"] for r in client.get("/api/v1/aid-items/", q).json()["results"]]  # noqa: E731
    assert ids(kind="project") == [item.pk]
    assert ids(year=2023) == [item.pk]
    assert sorted(ids(status="identified")) == sorted([item.pk, other.pk])
    assert client.get("/api/v1/transactions/", {"year": 2023}).json()["count"] == 1
    assert client.get("/api/v1/rates/", {"currency": "USD"}).json()["count"] == 1


def test_an_item_with_money_is_not_deleted(callers, item, api_client_for):
    services_tx(item)
    before = state()
    response = api_client_for(callers["own_staff"]).delete(f"/api/v1/aid-items/{item.pk}/")
    assert response.status_code == 400
    assert state() == before


def test_an_item_without_money_is_deleted_with_its_history(callers, item, api_client_for):
    response = api_client_for(callers["own_staff"]).delete(f"/api/v1/aid-items/{item.pk}/")
    assert response.status_code == 204
    assert not AidItem.objects.filter(pk=item.pk).exists()
    assert Change.objects.filter(action="delete", object_id=str(item.pk)).exists()


def test_a_change_sent_with_an_old_version_is_refused_with_what_changed(
    callers, item, api_client_for
):
    url = f"/api/v1/aid-items/{item.pk}/"
    mine, theirs = api_client_for(callers["own_staff"]), api_client_for(callers["national_staff"])
    version = mine.get(url).json()["version"]
    assert version == theirs.get(url).json()["version"] > 0
    saved = theirs.patch(url, {"title_en": "Their title", "version": version}, format="json")
    assert saved.status_code == 200 and saved.json()["version"] > version
    before = state()
    refused = mine.patch(url, {"title_en": "My title", "version": version}, format="json")
    assert refused.status_code == 409
    message = refused.json()["non_field_errors"][0]
    assert "after you opened it" in message and callers["national_staff"].username in message
    assert state() == before  # nothing of mine was written
    # With the version read now, the change goes through.
    fresh = mine.get(url).json()["version"]
    assert (
        mine.patch(url, {"title_en": "My title", "version": fresh}, format="json").json()[
            "title_en"
        ]
        == "My title"
    )


def test_the_listing_gives_each_items_version_in_a_bounded_number_of_queries(
    callers, item, unions, api_client_for
):
    """The version a listing gives is the one the item's own page gives, also after a
    change of a row of the item (a transaction); more items cost no more queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = api_client_for(callers["own_staff"])
    services.aid_item_save(
        actor=None, item=AidItem(union=unions["dong-nai"], kind=AidKind.PROJECT, title="Two")
    )
    response = client.post(
        "/api/v1/transactions/",
        {"item": item.pk, "type": "commitment", "date": "2023-01-03", "amount": "10",
         "currency": "USD"},
        format="json",
    )  # fmt: skip
    assert response.status_code == 201, response.json()

    def listing():
        with CaptureQueriesContext(connection) as queries:
            rows = client.get("/api/v1/aid-items/").json()["results"]
        return {row["id"]: row["version"] for row in rows}, len(queries)

    versions, few = listing()
    for pk, version in versions.items():
        assert version == client.get(f"/api/v1/aid-items/{pk}/").json()["version"] > 0
    assert versions[item.pk] == Change.objects.for_record(item).latest("pk").pk
    for n in range(5):
        services.aid_item_save(
            actor=None,
            item=AidItem(union=unions["dong-nai"], kind=AidKind.PROJECT, title=f"More {n}"),
        )
    more, many = listing()
    assert len(more) == len(versions) + 5 and many == few
