"""The importer's feed (`feed.py`): a second process reads and maps the file exactly as
the importer's own would, hands over every fault, and never outlives the import."""

import io
import multiprocessing
import threading
from pathlib import Path

import pytest

from amity.aid.models import AidItem
from amity.codelists.models import Currency, Sector
from amity.finance.models import Transaction
from amity.history.models import Change
from amity.iati import activity, feed
from amity.iati.models import ImportOutcome
from amity.iati.reader import IatiFileError, Limits
from amity.iati.services import iati_import

from .test_import import V101, V203, activity_xml

pytestmark = pytest.mark.django_db

FILES = Path(__file__).parent / "files"


def many(tmp_path, n: int, *, cut: bool = False) -> Path:
    """A file of `n` activities (several of the feed's batches), cut short if asked."""
    data = (
        '<iati-activities version="2.03">'
        + "".join(activity_xml(f"XM-AMITY-9-{i}", amount=str(100 + i)) for i in range(n))
        + "</iati-activities>"
    ).encode()
    path = tmp_path / ("cut.xml" if cut else "many.xml")
    path.write_bytes(data[: len(data) * 2 // 3] if cut else data)
    return path


def read(path, *, parallel: bool, digests=None):
    """The entries, and the fault that ended them (as message and line), if any."""
    found = []
    codes = {
        "digests": digests or {},
        "sectors": frozenset(Sector.objects.values_list("code", flat=True)),
        "currencies": frozenset(Currency.objects.values_list("code", flat=True)),
    }
    try:
        for entry in feed.entries(path, Limits(), parallel=parallel, **codes):
            found.append(entry)
    except IatiFileError as error:
        return found, (error.message, error.line)
    return found, None


@pytest.mark.parametrize(
    "name", ["v203_vietnam.xml", "v101_letters.xml", "bare_activity.xml", "many", "cut"]
)
def test_the_second_process_reads_what_the_importer_would(tmp_path, name):
    path = many(tmp_path, 230, cut=name == "cut") if name in ("many", "cut") else FILES / name
    assert feed.can_read_aside(path)  # so the second process is what is compared
    inline, inline_fault = read(path, parallel=False)
    aside, aside_fault = read(path, parallel=True)
    assert aside == inline and aside_fault == inline_fault
    assert all(entry.activity is not None for entry in aside)
    if name == "cut":
        assert aside_fault[1] and len(aside) > feed.FEED_BATCH  # batches came before the fault
    else:
        assert aside_fault is None and aside
    assert not multiprocessing.active_children()


def test_activities_imported_before_are_told_apart_in_the_second_process(unions, rates):
    iati_import(V203, union=unions["lao-cai"])
    digests = dict(AidItem.objects.values_list("iati_identifier", "iati_digest"))
    inline, _ = read(V203, parallel=False, digests=digests)
    aside, _ = read(V203, parallel=True, digests=digests)
    assert aside == inline
    unchanged = {e.unchanged.identifier: e.unchanged.parent_ref for e in aside if e.unchanged}
    assert unchanged == {
        "XM-AMITY-1-PROG": "",
        "XM-AMITY-1-P1": "XM-AMITY-1-PROG",
        "XM-AMITY-1-CANCELLED": "",
    }


def test_the_reading_process_ends_with_the_import_that_stops_early(tmp_path):
    entries = feed.entries(many(tmp_path, 230), Limits(), digests={}, parallel=True)
    next(entries)
    assert multiprocessing.active_children()
    entries.close()  # what an interrupted import does to it
    assert not multiprocessing.active_children()


def test_a_crash_in_the_reading_process_stops_the_import_and_writes_nothing(
    unions, rates, monkeypatch
):
    def broken(raw, *args):
        raise ValueError("a mapping bug")

    monkeypatch.setattr(feed, "parse_activity", broken)  # the forked child has it too
    with pytest.raises(RuntimeError, match="ValueError: a mapping bug"):
        iati_import(V203, union=unions["lao-cai"], parallel=True)
    assert not AidItem.objects.exists() and not Transaction.objects.exists()
    assert not multiprocessing.active_children()


def test_a_file_object_or_a_process_with_threads_is_read_in_place(tmp_path):
    path = many(tmp_path, 3)
    assert not feed.can_read_aside(io.BytesIO(path.read_bytes()))
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not feed.can_read_aside(path)  # forking it could deadlock the child
    finally:
        release.set()
        other.join()
    assert feed.can_read_aside(path) and feed.can_read_aside(str(path))


@pytest.mark.parametrize("path", [V203, V101])
def test_an_import_stores_the_same_with_or_without_the_second_process(unions, rates, path):
    one = iati_import(path, union=unions["lao-cai"], parallel=False)
    two = iati_import(path, union=unions["dong-nai"], parallel=True)
    counts = ("activities", "created", "updated", "unchanged", "skipped", "problems")
    assert [getattr(two, c) for c in counts] == [getattr(one, c) for c in counts]
    assert one.outcome == two.outcome == ImportOutcome.DONE

    def stored(union):
        items = AidItem.objects.filter(union=union).order_by("iati_identifier")
        money = Transaction.objects.filter(union=union).order_by("item__iati_identifier", "pk")
        return (
            list(items.values_list("iati_identifier", "kind", "title", "status", "iati_digest")),
            list(money.values_list("item__iati_identifier", "type", "amount", "amount_vnd")),
            Change.objects.filter(union=union).count(),
        )

    assert stored(unions["dong-nai"]) == stored(unions["lao-cai"])


def test_problems_are_translated_in_the_importers_language(unions, rates, tmp_path):
    # The child is forked with the active language, and says its faults in it.
    from django.utils import translation

    path = tmp_path / "no-title.xml"
    path.write_text(
        '<iati-activities version="2.03"><iati-activity default-currency="USD">'
        "<iati-identifier>XM-AMITY-9-T</iati-identifier></iati-activity></iati-activities>"
    )
    with translation.override("vi"):
        inline, _ = read(path, parallel=False)
        aside, _ = read(path, parallel=True)
        expected = translation.gettext("The activity has no title.")
    assert expected != "The activity has no title."
    assert [p.message for p in aside[0].activity.problems] == [expected]
    assert aside == inline
    assert activity.parse_activity is feed.parse_activity
