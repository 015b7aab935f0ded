import datetime
import io
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.http import Http404

from amity.aid import services as aid
from amity.aid.models import AidItem, AidKind
from amity.aid.workflow import AidStatus
from amity.finance.models import Transaction, TransactionType
from amity.finance.selectors import item_transactions, totals_vnd
from amity.finance.services import rates_import
from amity.finance.transactions import revalue, transaction_save

pytestmark = pytest.mark.django_db
RATES = "date,currency,vnd_per_unit\n2022-01-04,USD,22790\n2023-01-03,USD,23575\n"


@pytest.fixture(autouse=True)
def rates():
    rates_import(actor=None, stream=io.StringIO(RATES), source="SBV")


def new_item(union, kind=AidKind.PROJECT, parent=None, title="Item"):
    return aid.aid_item_save(
        actor=None, item=AidItem(union=union, kind=kind, parent=parent, title=title)
    )


def add(
    item,
    amount,
    currency="USD",
    day=datetime.date(2023, 5, 1),
    type=TransactionType.COMMITMENT,
    actor=None,
):
    return transaction_save(
        actor=actor,
        transaction=Transaction(
            item=item, type=type, date=day, amount=Decimal(amount), currency_id=currency
        ),
    )


def state():
    return list(Transaction.objects.values().order_by("pk"))


def test_a_transaction_keeps_its_vnd_equivalent_rate_rate_date_and_source(unions):
    tx = add(new_item(unions["dong-nai"]), "1000.50")
    tx.refresh_from_db()
    assert tx.amount_vnd == Decimal("23586788")  # 1,000.50 × 23,575 = 23,586,787.5
    assert (tx.rate, tx.rate_date, tx.rate_source) == (
        Decimal("23575"),
        datetime.date(2023, 1, 3),
        "SBV",
    )
    assert tx.union == unions["dong-nai"]


@pytest.mark.parametrize(
    ("amount", "currency", "day", "field", "fragment"),
    [
        ("-5", "USD", datetime.date(2023, 5, 1), "amount", "negative"),
        ("5", "EUR", datetime.date(2023, 5, 1), "currency", "EUR"),
        ("5", "USD", datetime.date(2021, 12, 31), "currency", "2021"),
        ("5", "XXX", datetime.date(2023, 5, 1), "currency", ""),
    ],
)
def test_bad_transactions_are_refused_and_nothing_is_stored(
    unions, amount, currency, day, field, fragment
):
    item = new_item(unions["dong-nai"])
    with pytest.raises(ValidationError) as exc:
        add(item, amount, currency, day)
    assert any(fragment in m for m in exc.value.message_dict[field])
    assert state() == []


def test_no_money_moves_on_a_rejected_item(unions):
    item = new_item(unions["dong-nai"])
    for status in (AidStatus.PROPOSED, AidStatus.UNDER_APPRAISAL, AidStatus.REJECTED):
        item = aid.aid_item_transition(actor=None, item=item, to=status)
    with pytest.raises(ValidationError) as exc:
        add(item, "100", type=TransactionType.DISBURSEMENT)
    assert "item" in exc.value.message_dict
    assert state() == []


def test_totals_count_a_programs_projects_once(unions):
    program = new_item(unions["dong-nai"], AidKind.PROGRAM, title="Program")
    project = new_item(unions["dong-nai"], parent=program, title="Project")
    other = new_item(unions["dong-nai"], title="Other")
    add(program, "100")
    add(project, "200")
    add(project, "50", type=TransactionType.DISBURSEMENT)
    add(other, "1000", currency="VND")
    assert totals_vnd(item_transactions(program))["commitment"] == Decimal(300 * 23575)
    assert totals_vnd(item_transactions(project))["disbursement"] == Decimal(50 * 23575)
    union_totals = totals_vnd(Transaction.objects.for_union(unions["dong-nai"]))
    assert union_totals == {
        "commitment": Decimal(300 * 23575 + 1000),
        "disbursement": Decimal(50 * 23575),
        "planned_disbursement": Decimal(0),
        "expenditure": Decimal(0),
    }


def test_a_new_rate_changes_nothing_until_revalue_is_asked(unions, capsys):
    tx = add(new_item(unions["dong-nai"], title="Nước sạch"), "100")
    rates_import(
        actor=None,
        stream=io.StringIO("date,currency,vnd_per_unit\n2023-04-28,USD,23460\n"),
        source="SBV",
    )
    tx.refresh_from_db()
    assert tx.amount_vnd == Decimal(2357500)
    call_command("revalue", "--union", "dong-nai")
    out = capsys.readouterr().out
    assert "Nước sạch" in out and "1 " in out
    tx.refresh_from_db()
    assert (tx.amount_vnd, tx.rate, tx.rate_date) == (
        Decimal(2346000),
        Decimal(23460),
        datetime.date(2023, 4, 28),
    )
    assert revalue() == []  # nothing left to change


def test_tenancy_is_enforced(unions, callers):
    item = new_item(unions["dong-nai"])
    with pytest.raises(Http404):
        add(item, "1", actor=callers["other_staff"])
    with pytest.raises(PermissionDenied):
        add(item, "1", actor=callers["own_viewer"])
    assert state() == []
    assert add(item, "1", actor=callers["own_staff"]).pk


def test_totals_by_union_kind_year_and_sector_split_by_shares(unions):
    from amity.codelists.models import Sector
    from amity.finance.selectors import totals_by

    water, health = Sector.objects.get(code="14030"), Sector.objects.get(code="12220")
    split = aid.aid_item_save(
        actor=None,
        item=AidItem(union=unions["dong-nai"], kind=AidKind.PROJECT, title="A"),
        sectors=[(water, Decimal("60")), (health, Decimal("40"))],
    )
    plain = new_item(unions["lao-cai"], kind=AidKind.NON_PROJECT, title="B")
    add(split, "1000000", currency="VND")
    add(split, "10", day=datetime.date(2022, 6, 1))  # 227,900 VND at the 2022 rate
    add(plain, "500000", currency="VND")
    add(plain, "7", currency="VND", type=TransactionType.DISBURSEMENT)
    all_tx = Transaction.objects.all()
    assert totals_by(all_tx, "union") == {"dong-nai": Decimal(1227900), "lao-cai": Decimal(500000)}
    assert totals_by(all_tx, "kind") == {
        "non_project": Decimal(500000),
        "project": Decimal(1227900),
    }
    assert totals_by(all_tx, "year") == {2022: Decimal(227900), 2023: Decimal(1500000)}
    assert totals_by(all_tx, "sector") == {
        "12220": Decimal(491160),
        "14030": Decimal(736740),
        None: Decimal(500000),
    }
    assert totals_by(all_tx, "union", TransactionType.DISBURSEMENT) == {"lao-cai": Decimal(7)}
