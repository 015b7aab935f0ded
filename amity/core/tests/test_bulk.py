"""`core.bulk.insert_all` stores what `bulk_create` stores, and gives back the keys."""

import datetime
from decimal import Decimal

import pytest
from django.forms.models import model_to_dict

from amity.aid.models import AidItem, AidKind, AidStatus
from amity.core.bulk import insert_all, insert_values
from amity.finance.models import Transaction, TransactionType

pytestmark = pytest.mark.django_db

ITEM_FIELDS = {
    "kind": AidKind.PROJECT,  # an enum member: goes through the field, stored as its value
    "title": "Nước sạch cho Mù Cang Chải · 清洁水",
    "title_zh_hans": "清洁水",
    "description": "",
    "status": AidStatus.IDENTIFIED,
    "planned_start": datetime.date(2024, 2, 29),
    "iati_identifier": "XM-1-2",
    "iati_data": {"status": "2", "budgets": [{"amount": "10.50", "currency": "USD"}]},
}


def items(union, n: int, prefix: str = "XM") -> list[AidItem]:
    return [
        AidItem(union=union, **{**ITEM_FIELDS, "iati_identifier": f"{prefix}-{n}-{i}"})
        for i in range(n)
    ]


def stored(objs) -> list[dict]:
    model = type(objs[0])
    rows = model.objects.filter(pk__in=[obj.pk for obj in objs]).order_by("pk")
    return [
        {k: v for k, v in model_to_dict(row).items() if k not in ("id", "iati_identifier")}
        for row in rows
    ]


def test_rows_are_stored_as_bulk_create_stores_them(unions):
    union = unions["lao-cai"]
    by_orm = AidItem.objects.bulk_create(items(union, 3, "ORM"))
    ours = insert_all(items(union, 3))

    assert all(item.pk and not item._state.adding for item in ours)
    assert len({item.pk for item in by_orm + ours}) == 6
    assert stored(ours) == stored(by_orm)
    again = AidItem.objects.get(pk=ours[0].pk)
    assert again.kind == "project" and again.iati_data == ITEM_FIELDS["iati_data"]
    assert again.created_at is not None and again.updated_at is not None


def test_money_dates_and_code_keys_keep_their_exact_values(unions):
    union = unions["lao-cai"]
    item = insert_all(items(union, 1))[0]

    def money():
        return [
            Transaction(
                item=item,
                union=union,
                type=TransactionType.DISBURSEMENT,
                date=datetime.date(2023, 12, 31),
                amount=Decimal("1234567890123.99"),
                currency_id="USD",
                amount_vnd=Decimal("30864197253086420"),
                rate=Decimal("25000.123456"),
                rate_date=datetime.date(2023, 12, 29),
                rate_source="SBV",
                description="Giải ngân đợt 2 · 第二期",
            )
            for _ in range(2)
        ]

    by_orm = Transaction.objects.bulk_create(money())
    ours = insert_all(money())
    assert stored(ours) == stored(by_orm)
    back = Transaction.objects.get(pk=ours[1].pk)
    assert back.amount == Decimal("1234567890123.99")
    assert back.rate == Decimal("25000.123456") and back.currency_id == "USD"
    assert back.date == datetime.date(2023, 12, 31)


def test_more_rows_than_one_statement_holds(unions):
    # SQLite takes at most 999 values a statement: several statements, keys in order.
    many = insert_all(items(unions["lao-cai"], 700))
    pks = [item.pk for item in many]
    assert pks == sorted(pks) and len(set(pks)) == 700
    titles = dict(AidItem.objects.filter(pk__in=pks).values_list("pk", "iati_identifier"))
    assert [titles[item.pk] for item in many] == [item.iati_identifier for item in many]


def test_nothing_to_insert_is_no_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert insert_all([]) == []


def test_plain_values_are_stored_as_instances_are(unions):
    union = unions["lao-cai"]
    by_instances = insert_all(items(union, 2, "ORM"))
    values = [
        {f.attname: getattr(item, f.attname) for f in AidItem._meta.concrete_fields}
        for item in items(union, 2)
    ]
    pks = insert_values(AidItem, values)
    assert len(pks) == 2 and pks == sorted(pks)
    ours = list(AidItem.objects.filter(pk__in=pks).order_by("pk"))
    assert stored(ours) == stored(by_instances)
    # Auto-now fields get the call's one time, whatever the values say.
    assert ours[0].created_at == ours[1].created_at == ours[0].updated_at
    again = {**values[0], "iati_identifier": "XM-again"}
    assert insert_values(AidItem, [again], returning=False) == []
    assert AidItem.objects.filter(union=union).count() == 5


def test_new_keys_follow_every_key_the_table_ever_gave(unions):
    """Keys are never reused, as the database's own would not be: not a deleted row's,
    nor one the ORM just took; and the ORM's next key follows ours."""
    union = unions["lao-cai"]
    last = insert_all(items(union, 3, "A"))[-1].pk
    AidItem.objects.filter(pk=last).delete()
    after_delete = insert_all(items(union, 2, "B"))
    assert [item.pk for item in after_delete] == [last + 1, last + 2]
    by_orm = AidItem.objects.create(union=union, **{**ITEM_FIELDS, "iati_identifier": "ORM-1"})
    assert by_orm.pk == last + 3
    assert [item.pk for item in insert_all(items(union, 1, "C"))] == [last + 4]
    assert AidItem.objects.create(union=union, **{**ITEM_FIELDS, "iati_identifier": "O-2"}).pk == (
        last + 5
    )


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_the_keys_come_back_from_the_database(reference_data, unions):
    ours = insert_all(items(unions["lao-cai"], 3))
    pks = [item.pk for item in ours]
    assert pks == sorted(pks) and len(set(pks)) == 3
    assert set(AidItem.objects.values_list("pk", flat=True)) >= set(pks)


def test_a_column_binary_copy_is_not_set_up_for_goes_as_text(unions, monkeypatch):
    """PostgreSQL: rows go by binary COPY where every column's type is known to it, else
    as text; both store the same."""
    from django.db import connection

    from amity.core import bulk

    if connection.vendor != "postgresql":
        pytest.skip("COPY is PostgreSQL's")
    union = unions["lao-cai"]
    binary = insert_all(items(union, 2, "BIN"))
    monkeypatch.delitem(bulk._BINARY_TYPES, "date")
    bulk._binary_types.cache_clear()
    assert bulk._binary_types(tuple(bulk._fields(AidItem))) is None
    as_text = insert_all(items(union, 2, "TXT"))
    bulk._binary_types.cache_clear()
    assert stored(as_text) == stored(binary)
    assert AidItem.objects.get(pk=as_text[0].pk).planned_start == ITEM_FIELDS["planned_start"]
