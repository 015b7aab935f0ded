"""Filters the API and the back office share."""

import django_filters
from django import forms


class IntegerFilter(django_filters.NumberFilter):
    """A whole number (a record's id): "1.5" or "1e300" is refused as not one. A plain
    NumberFilter hands the database a decimal, which Django does not check against the
    column's range: `?program=1e232` overflowed SQLite's integer (a server error)."""

    field_class = forms.IntegerField


class YearFilter(IntegerFilter):
    """A year a date can have (1 to 9999)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 9999)
        super().__init__(*args, **kwargs)
