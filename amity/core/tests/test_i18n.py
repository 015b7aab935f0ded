"""Numbers and choice labels in the reader's language (`core.i18n`)."""

import datetime
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from django.utils import translation

from amity.core.i18n import choice_label, format_number
from amity.finance.models import Transaction, TransactionType

BABEL = {"vi": "vi", "en": "en", "zh-hans": "zh_Hans"}


@pytest.mark.parametrize("language", BABEL)
@pytest.mark.parametrize(
    "value", [Decimal("1234567.891"), Decimal("1234.5678"), 5, Decimal("-0.5"), Decimal("1E+3")]
)
def test_numbers_are_written_as_babel_writes_them(language, value):
    assert format_number(value, language) == format_decimal(value, locale=BABEL[language])


def test_an_exact_number_keeps_every_decimal():
    assert format_number(Decimal("1234.5678"), "vi") == "1.234,568"  # the pattern rounds
    assert format_number(Decimal("1234.5678"), "vi", exact=True) == "1.234,5678"
    assert format_number(Decimal("0.0001"), "en", exact=True) == "0.0001"


def test_choice_labels_follow_the_active_language():
    labels = {}
    for language in ("en", "vi", "zh-hans", "en"):
        with translation.override(language):
            labels[language] = choice_label(TransactionType, TransactionType.DISBURSEMENT)
            assert labels[language] == str(TransactionType.DISBURSEMENT.label)
    assert len(set(labels.values())) == 3
    with translation.override("vi"):
        text = Transaction.text("disbursement", datetime.date(2024, 1, 2), 5, "USD")
    assert text == f"{labels['vi']} 2024-01-02 5 USD"
