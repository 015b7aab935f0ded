"""Fuzzing the parsers of what users upload (Hypothesis): whatever the bytes, the IATI
reader and mapper and the CSV rate reader either read them or refuse them with their
own error, naming the problem; never another exception (a traceback for the user).

The budget is fixed and the examples derandomized, so that CI runs the same cases in
the same time; `AMITY_FUZZ_EXAMPLES=5000` explores further, with fresh examples."""

import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amity.finance.services import RateImportError, read_rates
from amity.iati import feed
from amity.iati.reader import IatiFileError, Limits

FILES = Path(__file__).parent / "files"
SEEDS = [path.read_bytes() for path in sorted(FILES.glob("*.xml"))]
EXAMPLES = int(os.environ.get("AMITY_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize="AMITY_FUZZ_EXAMPLES" not in os.environ,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SECTORS = frozenset({"14030", "12220", "11220", "11330"})
CURRENCIES = frozenset({"USD", "EUR", "GBP", "VND"})


def read_all(data: bytes, tmp_path: Path) -> None:
    """Read and map every activity of `data`, as the importer does."""
    path = tmp_path / "fuzzed.xml"
    path.write_bytes(data)
    limits = Limits(max_bytes=1 << 20, max_depth=40, max_activities=1000)
    for entry in feed.entries(path, limits, digests={}, sectors=SECTORS, currencies=CURRENCIES):
        assert entry.activity is not None


@st.composite
def mutated(draw):
    """One of our test files with bytes replaced, inserted and cut out here and there."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(("replace", "insert", "delete")))
        chunk = draw(st.binary(min_size=1, max_size=12))
        if kind == "replace":
            data[at : at + len(chunk)] = chunk
        elif kind == "insert":
            data[at:at] = chunk
        else:
            del data[at : at + len(chunk)]
    return bytes(data)


# Any text an XML attribute or element can hold as it is (no markup, no control
# characters, which XML 1.0 forbids).
TEXT = st.text(
    st.characters(
        codec="utf-8",
        exclude_characters='<&"\ufffe\uffff',
        exclude_categories=("Cc", "Cs"),
    ),
    max_size=40,
)


@st.composite
def odd_values(draw):
    """A well-formed activity whose codes, amounts, dates and percentages are anything."""
    value = draw(TEXT)
    return f"""<iati-activities version="{draw(st.sampled_from(["1.01", "2.03", ""]))}">
  <iati-activity default-currency="{draw(TEXT)}">
    <iati-identifier>{draw(TEXT)}</iati-identifier>
    <title><narrative xml:lang="{draw(TEXT)}">{draw(TEXT)}</narrative></title>
    <participating-org role="{draw(TEXT)}" ref="{draw(TEXT)}"/>
    <activity-date type="{draw(TEXT)}" iso-date="{draw(TEXT)}"/>
    <sector code="{draw(TEXT)}" percentage="{draw(TEXT)}"/>
    <sector code="14030" percentage="{draw(TEXT)}"/>
    <transaction>
      <transaction-type code="{draw(TEXT)}"/>
      <transaction-date iso-date="{draw(TEXT)}"/>
      <value currency="{draw(TEXT)}" value-date="{draw(TEXT)}"
        >{value}</value>
    </transaction>
    <budget><period-start iso-date="{draw(TEXT)}"/>
      <value>{draw(TEXT)}</value></budget>
    <related-activity type="{draw(TEXT)}" ref="{draw(TEXT)}"/>
    <default-aid-type code="{draw(TEXT)}"/>
  </iati-activity>
</iati-activities>""".encode()


@FUZZ
@given(data=st.one_of(mutated(), st.binary(max_size=2048)))
def test_any_bytes_are_read_or_refused_by_the_iati_reader(tmp_path, data):
    try:
        read_all(data, tmp_path)
    except IatiFileError as error:
        assert error.message


@FUZZ
@given(data=odd_values())
def test_any_values_in_a_well_formed_activity_are_mapped_or_listed_as_problems(tmp_path, data):
    read_all(data, tmp_path)  # faults of values are the activity's problems, not errors


NUMBER = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.from_regex(r"-?[0-9]{0,30}(\.[0-9]{0,12})?([eE][+-]?[0-9]{1,7})?", fullmatch=True),
)
CELL = st.one_of(
    st.text(max_size=20),  # anything, control characters and carriage returns too
    st.sampled_from(["2023-01-03", "2024-02-29", "2023-02-29", "USD", "usd", "VND", "XDR"]),
    NUMBER,
)
ROW = st.lists(CELL, min_size=1, max_size=4).map(",".join)


@pytest.mark.django_db
@FUZZ
@given(
    text=st.one_of(
        st.text(max_size=300),
        st.lists(ROW, max_size=8).map(
            lambda rows: "\n".join(["date,currency,vnd_per_unit", *rows])
        ),
    )
)
def test_any_text_is_read_or_refused_by_the_rate_reader(text):
    try:
        rows = read_rates(io.StringIO(text))
    except RateImportError as error:
        assert error.problems and all(line and message for line, message in error.problems)
    else:
        assert all(value > 0 for _line, _day, _currency, value in rows)
