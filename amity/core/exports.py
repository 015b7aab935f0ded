"""Spreadsheets made from listings (Wagtail's "Download CSV / XLSX"): text that a
spreadsheet would run as a formula is written as text.

Wagtail already writes such a text as a string cell in XLSX; its CSV is plain values,
which a spreadsheet opening it reads as formulas (`=HYPERLINK(…)`). The rule is the
reports' own (`reports/workbook.py`): a text starting with `=`, `+`, `-`, `@` (or a tab
or carriage return, which spreadsheets skip before such a sign) gets a leading `'`.
Numbers and dates are written as they are, a negative amount stays a number."""

import datetime
from decimal import Decimal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN = (int, float, Decimal, datetime.date, datetime.time)


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeSpreadsheetMixin:
    """For a Wagtail index view with `list_export`."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: value if isinstance(raw, _PLAIN) or raw is None else safe_cell(value)
                for field, raw in row_dict.items()
                for value in [self.preprocess_field_value(field, raw, self.FORMAT_CSV)]
            }
        )
