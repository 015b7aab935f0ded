import datetime
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from amity.finance.models import ExchangeRate
from amity.finance.services import (
    RateImportError,
    convert_to_vnd,
    rate_for,
    rates_import,
)

pytestmark = pytest.mark.django_db

GOOD = """date,currency,vnd_per_unit
2023-01-03,USD,23575
2023-02-01,USD,23450.5
2023-01-03,EUR,25084.12
2023-01-03,JPY,178.35
"""


def rates():
    return list(
        ExchangeRate.objects.values_list("currency", "date", "vnd_per_unit", "source").order_by(
            "currency", "date"
        )
    )


def load(text=GOOD, source="SBV"):
    return rates_import(actor=None, stream=io.StringIO(text), source=source)


def test_a_good_file_is_imported_and_importing_it_again_changes_nothing():
    result = load()
    assert (result.created, result.updated, result.unchanged) == (4, 0, 0)
    assert ExchangeRate.objects.get(currency="USD", date="2023-02-01").vnd_per_unit == Decimal(
        "23450.5"
    )
    first = rates()
    again = load()
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert rates() == first


def test_a_changed_value_updates_that_day_only():
    load()
    result = load(GOOD.replace("23575", "23600"), source="SBV revised")
    assert (result.created, result.updated, result.unchanged) == (0, 1, 3)
    assert ExchangeRate.objects.get(currency="USD", date="2023-01-03").source == "SBV revised"


def test_every_bad_row_is_listed_with_its_line_and_nothing_is_imported():
    load()
    before = rates()
    bad = """date,currency,vnd_per_unit
2023-03-01,USD,23500
03/01/2023,USD,23500
2023-03-01,XYZ,1
2023-03-01,EUR,"25,084.12"
2023-03-01,JPY,-5
2023-03-01,KRW,abc
2023-03-01,AUD
2023-03-02,USD,23500
2023-03-02,USD,23501
"""
    with pytest.raises(RateImportError) as exc:
        load(bad)
    lines = dict(exc.value.problems)
    assert set(lines) == {3, 4, 5, 6, 7, 8, 10}
    assert "YYYY-MM-DD" in lines[3]
    assert "XYZ" in lines[4]
    assert "decimal point" in lines[5]
    assert "above zero" in lines[6]
    assert "not a number" in lines[7]
    assert "3 values" in lines[8]
    assert "line 9" in lines[10]
    assert rates() == before


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        # Found by the fuzz run (iati/tests/test_fuzz.py): these raised instead.
        ("date,currency,vnd_per_unit\n2023-01-01\r,USD,5\n", 2, "cannot be read as CSV"),
        ("date,currency,vnd_per_unit\n2023-01-01,USD,1e999999\n", 2, "digits"),
        ("date,currency,vnd_per_unit\n2023-01-01,USD,1.1234567\n", 2, "decimal places"),
    ],
)
def test_a_line_the_table_cannot_hold_is_refused_with_its_line(text, line, fragment):
    with pytest.raises(RateImportError) as exc:
        load(text)
    assert exc.value.problems[0][0] == line and fragment in exc.value.problems[0][1]
    assert not ExchangeRate.objects.exists()


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("day,ccy,rate\n2023-01-01,USD,1\n", "header"),
        ("date,currency,vnd_per_unit\n", "no rates"),
        ("", "header"),
    ],
)
def test_a_file_without_the_header_or_rows_is_refused(text, fragment):
    with pytest.raises(RateImportError) as exc:
        load(text)
    assert fragment in str(exc.value)
    assert not ExchangeRate.objects.exists()


def test_the_rate_is_the_latest_on_or_before_the_day():
    load()
    assert rate_for("USD", datetime.date(2023, 1, 31)).vnd_per_unit == Decimal("23575")
    assert rate_for("USD", datetime.date(2023, 2, 1)).vnd_per_unit == Decimal("23450.5")
    assert rate_for("USD", datetime.date(2024, 6, 1)).date == datetime.date(2023, 2, 1)
    with pytest.raises(ValidationError) as exc:
        rate_for("USD", datetime.date(2023, 1, 2))
    message = exc.value.message_dict["currency"][0]
    assert "USD" in message and "2023" in message
    with pytest.raises(ValidationError):
        rate_for("KRW", datetime.date(2023, 6, 1))


def test_conversion_keeps_rate_date_and_source_and_rounds_to_the_dong():
    load()
    conversion = convert_to_vnd(Decimal("1000.01"), "USD", datetime.date(2023, 1, 15))
    assert conversion.amount_vnd == Decimal("23575236")  # 23,575,235.75 rounded half up
    assert (conversion.rate, conversion.rate_date, conversion.source) == (
        Decimal("23575"),
        datetime.date(2023, 1, 3),
        "SBV",
    )
    vnd = convert_to_vnd(Decimal("109841000000"), "VND", datetime.date(2023, 5, 1))
    assert vnd.amount_vnd == Decimal("109841000000") and vnd.rate == 1


def test_the_command_reports_counts_and_bad_rows(tmp_path, capsys):
    good = tmp_path / "sbv-2023.csv"
    good.write_text("\ufeff" + GOOD, encoding="utf-8")
    call_command("import_rates", str(good))
    assert "4" in capsys.readouterr().out
    assert ExchangeRate.objects.first().source == "sbv-2023.csv"
    bad = tmp_path / "bad.csv"
    bad.write_text("date,currency,vnd_per_unit\n2023-13-01,USD,1\n", encoding="utf-8")
    with pytest.raises(CommandError) as exc:
        call_command("import_rates", str(bad))
    assert "line 2" in str(exc.value)
    with pytest.raises(CommandError) as exc:
        call_command("import_rates", str(tmp_path / "missing.csv"))
    assert "missing.csv" in str(exc.value)
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("date,currency,vnd_per_unit\n2023-01-01,USD,1\n# é".encode("latin-1"))
    with pytest.raises(CommandError) as exc:
        call_command("import_rates", str(latin1))
    assert "UTF-8" in str(exc.value)
