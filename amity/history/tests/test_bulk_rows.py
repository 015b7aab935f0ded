"""History rows written in bulk (`records_changed`, as imports write them) read back as
what was recorded, whatever the text: the JSON is written by orjson, not the field."""

import pytest
from django.db import connection

from amity.history.models import Change
from amity.history.services import records_changed

pytestmark = pytest.mark.django_db

TEXTS = [
    "Nước sạch cho Mù Cang Chải",
    "清洁水 · 老街",
    'quotes " and \\ backslashes / slashes',
    "emoji 🌊 and line\nbreaks\tand tabs",
    "",
]


def test_any_unicode_text_reads_back_as_recorded(unions):
    union = unions["lao-cai"]
    changes = {f"field_{i}": [text, None if i % 2 else text[::-1]] for i, text in enumerate(TEXTS)}
    changes["list"] = [["a", "б", "中"], []]
    assert records_changed(actor=None, rows=[(union, union, None, changes)]) == 1
    change = Change.objects.get(object_id=str(union.pk), action="update")
    assert change.changes == changes
    # Stored as JSON the database reads: found by a key.
    assert Change.objects.filter(pk=change.pk, changes__has_key="field_1").exists()


def test_text_orjson_refuses_is_stored_through_the_field(unions):
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL's jsonb itself refuses a lone surrogate")
    union = unions["lao-cai"]
    changes = {"name": [None, "half a pair \ud800"]}
    records_changed(actor=None, rows=[(union, union, None, changes)])
    assert Change.objects.get(object_id=str(union.pk), action="update").changes == changes
