"""`core.fieldcheck.full_clean_fields` refuses, accepts and converts what `full_clean`
(less its unique and constraint checks) does, with Django's own messages."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from amity.aid.models import AidItem, AidKind, AidStatus
from amity.core.fieldcheck import check_values, full_clean_fields
from amity.finance.models import Transaction, TransactionType
from amity.registry.models import Organization, OrganizationKind

pytestmark = pytest.mark.django_db

ITEM = {
    "kind": AidKind.PROJECT,
    "status": AidStatus.IDENTIFIED,
    "title": "Nước sạch cho Mù Cang Chải · 清洁水",
    "planned_start": datetime.date(2024, 2, 29),
}
TRANSACTION = {
    "type": TransactionType.COMMITMENT,
    "date": datetime.date(2024, 3, 1),
    "amount": Decimal("1250.50"),
    "currency_id": "USD",
}
TRANSACTION_EXCLUDE = [
    "item",
    "currency",
    "union",
    "amount_vnd",
    "rate",
    "rate_date",
    "rate_source",
]

CASES = [
    (AidItem, ITEM, {}, ["union"]),
    (AidItem, ITEM, {"title": "x" * 501}, ["union"]),  # too long
    (AidItem, ITEM, {"title": ""}, ["union"]),  # required
    (AidItem, ITEM, {"kind": "grant"}, ["union"]),  # not a choice
    (AidItem, ITEM, {"kind": "program"}, ["union"]),  # a choice given as a plain str
    (AidItem, ITEM, {"planned_start": "2024-02-30"}, ["union"]),  # no such day
    (AidItem, ITEM, {"planned_start": "2024-03-01"}, ["union"]),  # converted to a date
    (AidItem, ITEM, {"title": None, "kind": None}, ["union"]),  # two faults at once
    (AidItem, ITEM, {"title": "x" * 501}, ["union", "title"]),  # excluded: not checked
    (Transaction, TRANSACTION, {}, TRANSACTION_EXCLUDE),
    (Transaction, TRANSACTION, {"amount": Decimal("-1")}, TRANSACTION_EXCLUDE),
    (Transaction, TRANSACTION, {"amount": Decimal("1.005")}, TRANSACTION_EXCLUDE),
    (Transaction, TRANSACTION, {"amount": "12.5"}, TRANSACTION_EXCLUDE),  # converted
    (Transaction, TRANSACTION, {"description": "d" * 501}, TRANSACTION_EXCLUDE),
    (Transaction, TRANSACTION, {"amount": Decimal("1" * 19)}, TRANSACTION_EXCLUDE),  # digits
    (Transaction, TRANSACTION, {"amount": Decimal("NaN")}, TRANSACTION_EXCLUDE),
    (Transaction, TRANSACTION, {"amount": Decimal("-0.00")}, TRANSACTION_EXCLUDE),
    (Transaction, TRANSACTION, {"amount": 7}, TRANSACTION_EXCLUDE),  # an int: converted
    (Transaction, TRANSACTION, {"date": None}, TRANSACTION_EXCLUDE),
    (Organization, {"name": "Hội Hữu nghị", "kind": OrganizationKind.FOREIGN_NGO}, {}, ["union"]),
    (Organization, {"name": "Hội Hữu nghị", "kind": "nope"}, {}, ["union"]),
]


def outcome(check, model, values, exclude):
    """The errors by field and the values after the check, for an instance of `values`."""
    instance = model(**values)
    try:
        check(instance, exclude)
        errors = {}
    except ValidationError as error:
        errors = error.message_dict
    return errors, {f.attname: getattr(instance, f.attname) for f in model._meta.concrete_fields}


def by_django(instance, exclude):
    instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)


def ours(instance, exclude):
    full_clean_fields(instance, exclude=exclude)


@pytest.mark.parametrize(("model", "base", "change", "exclude"), CASES)
def test_same_errors_and_values_as_full_clean(model, base, change, exclude):
    values = {**base, **change}
    expected = outcome(by_django, model, values, exclude)
    assert outcome(ours, model, values, exclude) == expected


def test_faults_are_named_by_field_with_djangos_messages():
    with pytest.raises(ValidationError) as raised:
        full_clean_fields(
            AidItem(**{**ITEM, "title": "x" * 501, "kind": "grant"}), exclude=["union"]
        )
    errors = raised.value.message_dict
    assert set(errors) == {"title", "kind"}
    assert "500" in errors["title"][0] and "grant" in errors["kind"][0]


@pytest.mark.parametrize(
    ("model", "base", "change", "exclude"), [case for case in CASES if case[0] is Transaction]
)
def test_plain_values_are_checked_as_an_instance_would_be(model, base, change, exclude):
    values = {**base, **change}
    errors, after = outcome(ours, model, values, exclude)
    try:
        check_values(model, values, exclude=exclude)
        found = {}
    except ValidationError as error:
        found = error.message_dict
    assert found == errors
    assert all(repr(after[name]) == repr(value) for name, value in values.items())  # alike


def test_a_model_with_a_clean_of_its_own_needs_an_instance(monkeypatch):
    monkeypatch.setattr(Transaction, "clean", lambda self: None)
    with pytest.raises(ValueError, match="clean"):
        check_values(Transaction, dict(TRANSACTION), exclude=TRANSACTION_EXCLUDE)
