import datetime
from decimal import Decimal

import pytest

from amity.aid import services as aid
from amity.aid.models import AidItem, AidKind
from amity.aid.selectors import active_in, under_way_on
from amity.aid.workflow import AidStatus
from amity.finance.models import Transaction, TransactionType
from amity.finance.transactions import transaction_save

pytestmark = pytest.mark.django_db

S = AidStatus
DAY = datetime.date(2023, 8, 15)
TO_UNDER_WAY = (S.PROPOSED, S.UNDER_APPRAISAL, S.APPROVED, S.UNDER_WAY)


def new_item(union, title, start=None, end=None, steps=()):
    item = aid.aid_item_save(
        actor=None,
        item=AidItem(
            union=union, kind=AidKind.PROJECT, title=title, actual_start=start, actual_end=end
        ),
    )
    for step in steps:
        decision = aid.Decision("1/QĐ-UBND", datetime.date(2020, 10, 1), "UBND")
        item = aid.aid_item_transition(
            actor=None, item=item, to=step, decision=decision if step == S.APPROVED else None
        )
    return item


def money(item, day, type=TransactionType.DISBURSEMENT):
    transaction_save(
        actor=None,
        transaction=Transaction(
            item=item, type=type, date=day, amount=Decimal(1000), currency_id="VND"
        ),
    )


def titles(queryset):
    return set(queryset.values_list("title", flat=True))


def test_active_in_a_year_means_a_disbursement_dated_in_it(unions):
    union = unions["lao-cai"]
    first_day = new_item(union, "first day")
    money(first_day, datetime.date(2022, 1, 1))
    last_day = new_item(union, "last day")
    money(last_day, datetime.date(2022, 12, 31))
    twice = new_item(union, "twice")
    money(twice, datetime.date(2022, 3, 1))
    money(twice, datetime.date(2022, 9, 1))
    money(new_item(union, "year before"), datetime.date(2021, 12, 31))
    money(new_item(union, "year after"), datetime.date(2023, 1, 1))
    money(new_item(union, "committed only"), datetime.date(2022, 6, 1), TransactionType.COMMITMENT)
    planned = new_item(union, "planned only")
    money(planned, datetime.date(2022, 6, 1), TransactionType.PLANNED_DISBURSEMENT)
    new_item(union, "no money")
    money(new_item(unions["dong-nai"], "other union"), datetime.date(2022, 6, 1))

    items = AidItem.objects.for_union(union)
    assert titles(active_in(items, 2022)) == {"first day", "last day", "twice"}
    assert active_in(items, 2022).count() == 3  # an item with two disbursements counts once
    assert titles(active_in(items, 2021)) == {"year before"}
    assert titles(active_in(AidItem.objects.all(), 2022)) == {
        "first day",
        "last day",
        "twice",
        "other union",
    }


def test_under_way_on_a_day_means_started_and_not_yet_ended(unions):
    union = unions["lao-cai"]
    before, after = DAY - datetime.timedelta(days=1), DAY + datetime.timedelta(days=1)
    completed = (*TO_UNDER_WAY, S.COMPLETED)
    new_item(union, "running", datetime.date(2021, 1, 1), steps=TO_UNDER_WAY)
    new_item(union, "starts that day", DAY, steps=TO_UNDER_WAY)
    new_item(union, "completed later", datetime.date(2021, 1, 1), after, steps=completed)
    new_item(union, "starts the day after", after, steps=TO_UNDER_WAY)
    new_item(union, "ended that day", datetime.date(2021, 1, 1), DAY, steps=completed)
    new_item(union, "ended the day before", datetime.date(2021, 1, 1), before, steps=completed)
    new_item(union, "no start", steps=TO_UNDER_WAY)
    new_item(union, "only approved", datetime.date(2021, 1, 1), steps=TO_UNDER_WAY[:-1])
    new_item(union, "cancelled", datetime.date(2021, 1, 1), steps=(*TO_UNDER_WAY, S.CANCELLED))
    new_item(unions["dong-nai"], "other union", datetime.date(2021, 1, 1), steps=TO_UNDER_WAY)

    items = AidItem.objects.for_union(union)
    assert titles(under_way_on(items, DAY)) == {"running", "starts that day", "completed later"}
    assert titles(under_way_on(items, before)) == {
        "running",
        "completed later",
        "ended that day",
    }
    # The two read helpers combine.
    money(AidItem.objects.get(title="running"), datetime.date(2022, 5, 1))
    assert titles(active_in(under_way_on(items, DAY), 2022)) == {"running"}
