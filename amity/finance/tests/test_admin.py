"""Money in the back office, through HTTP only: the transactions listing with the totals
of what matches, and the rate table kept by national staff."""

import datetime
import io
from decimal import Decimal

import pytest
from django.urls import reverse

from amity.aid import services as aid
from amity.aid.models import AidItem, AidKind
from amity.finance.models import ExchangeRate, Transaction
from amity.finance.services import rates_import
from amity.finance.transactions import transaction_save
from amity.history.models import Change
from amity.testing import listing_table, login, refused, text

pytestmark = pytest.mark.django_db
RATES = "date,currency,vnd_per_unit\n2022-01-04,USD,22790\n2023-01-03,USD,23575\n"


@pytest.fixture(autouse=True)
def rates():
    rates_import(actor=None, stream=io.StringIO(RATES), source="SBV")


def money(union, amount, currency, day, type="commitment", title="Item"):
    item = AidItem.objects.filter(union=union, title=title).first() or aid.aid_item_save(
        actor=None, item=AidItem(union=union, kind=AidKind.PROJECT, title=title)
    )
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


def totals_block(response) -> str:
    page = text(response)
    start = page.index('data-testid="totals"')
    return page[start : page.index("</table>", start)]


def test_the_listing_totals_every_matching_row_in_vnd_and_in_a_chosen_currency(
    client, callers, unions
):
    dong_nai = unions["dong-nai"]
    money(dong_nai, "1000", "USD", "2023-03-01")  # 23,575,000 VND
    money(dong_nai, "50000000", "VND", "2023-06-01")  # 50,000,000 VND
    money(dong_nai, "400", "USD", "2023-07-01", type="disbursement")
    money(dong_nai, "999", "USD", "2022-03-01")  # another year
    money(unions["lao-cai"], "777", "USD", "2023-03-01", title="Lao Cai item")

    login(client, callers["own_staff"])
    url = reverse("transactions:index")
    response = client.get(url, {"year": "2023", "type": "commitment", "totals_in": "USD"})
    totals = totals_block(response)
    assert "73,575,000" in totals  # VND: 23,575,000 + 50,000,000
    # USD: 1,000 as it is + 50,000,000 VND at 23,575 = 2,120.89 → 3,120.89
    assert "3,120.89" in totals
    table = listing_table(response)
    assert "777" not in table and "999" not in table and "400" not in table

    everything = totals_block(client.get(url))
    assert "96,342,210" in everything  # + 999 × 22,790 = 22,767,210 (2022), Dong Nai only
    assert "114,659,985" not in everything  # with Lao Cai's 777 × 23,575 = 18,317,775


def test_a_currency_without_a_rate_for_a_day_says_so_beside_the_totals(client, callers, unions):
    money(unions["dong-nai"], "1000", "USD", "2023-03-01")
    rates_import(
        actor=None,
        stream=io.StringIO("date,currency,vnd_per_unit\n2024-01-02,EUR,26500\n"),
        source="SBV",
    )
    login(client, callers["own_staff"])
    response = client.get(reverse("transactions:index"), {"totals_in": "EUR"})
    assert "No exchange rate for EUR on or before Mar 1, 2023" in text(response)
    assert "23,575,000" in totals_block(response)


def test_transactions_are_written_only_on_their_items_form(client, callers, unions):
    tx = money(unions["dong-nai"], "1000", "USD", "2023-03-01")
    login(client, callers["own_staff"])
    assert refused(client.get(reverse("transactions:add")))
    assert refused(client.get(reverse("transactions:edit", args=[tx.pk])))
    login(client, callers["other_staff"])
    assert client.get(reverse("transactions:index")).status_code == 200
    assert "23,575,000" not in listing_table(client.get(reverse("transactions:index")))


# The rate table ---------------------------------------------------------------------


def rate_post(**overrides):
    return {
        "currency": "EUR",
        "date": "2023-01-03",
        "vnd_per_unit": "25140.50",
        "source": "SBV reference rate",
    } | overrides


def test_national_staff_add_a_rate_and_it_is_in_the_history(client, callers):
    login(client, callers["national_staff"])
    response = client.post(reverse("rates:add"), rate_post())
    assert response.status_code == 302, response.context["form"].errors
    rate = ExchangeRate.objects.get(currency="EUR")
    assert (rate.vnd_per_unit, rate.source) == (Decimal("25140.50"), "SBV reference rate")
    change = Change.objects.get(object_id=str(rate.pk), content_type__model="exchangerate")
    assert change.actor_name == "vufo-staff"


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"currency": "VND"}, "a rate for VND itself is always 1"),
        ({"vnd_per_unit": "0"}, "The rate must be above zero."),
        ({"date": "2023-01-03", "currency": "USD"}, "already exists"),
    ],
)
def test_bad_rates_are_refused_and_nothing_changes(client, callers, overrides, message):
    login(client, callers["national_staff"])
    before = list(ExchangeRate.objects.values().order_by("pk"))
    response = client.post(reverse("rates:add"), rate_post(**overrides))
    assert response.status_code == 200
    assert message in text(response)
    assert list(ExchangeRate.objects.values().order_by("pk")) == before


@pytest.mark.parametrize("caller", ["own_staff", "own_viewer", "other_staff"])
def test_union_members_read_the_rate_table_but_do_not_change_it(client, callers, caller):
    rate = ExchangeRate.objects.get(currency="USD", date=datetime.date(2023, 1, 3))
    login(client, callers[caller])
    assert "23,575" in listing_table(client.get(reverse("rates:index")))
    assert refused(client.post(reverse("rates:add"), rate_post()))
    assert refused(client.post(reverse("rates:edit", args=[rate.pk]), rate_post(currency="USD")))
    assert refused(client.post(reverse("rates:delete", args=[rate.pk])))
    assert ExchangeRate.objects.count() == 2


def test_anonymous_is_sent_to_sign_in(client):
    response = client.get(reverse("rates:index"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_national_staff_delete_a_rate_and_stored_equivalents_stay(client, callers, unions):
    tx = money(unions["dong-nai"], "1000", "USD", "2023-03-01")
    rate = ExchangeRate.objects.get(currency="USD", date=datetime.date(2023, 1, 3))
    login(client, callers["national_staff"])
    response = client.post(reverse("rates:delete", args=[rate.pk]))
    assert response.status_code == 302
    assert not ExchangeRate.objects.filter(pk=rate.pk).exists()
    tx.refresh_from_db()
    assert (tx.amount_vnd, tx.rate) == (Decimal("23575000"), Decimal("23575"))
    assert Change.objects.filter(
        content_type__model="exchangerate", object_id=str(rate.pk), action="delete"
    ).exists()
