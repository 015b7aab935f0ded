"""Importing IATI files of our own (tests/files/) that hold the cases real files have:
2.03 narratives in several languages, a program and its project, 1.01 letter codes and
role names, a bare activity, and faults inside activities that drop only their part."""

import datetime
import gc
import gzip
import os
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext

from amity.aid.models import AidItem, AidItemSector, AidKind, AidStatus
from amity.finance.models import ExchangeRate, Transaction
from amity.finance.services import rate_save
from amity.finance.transactions import transactions_create
from amity.history.models import Change
from amity.iati import services
from amity.iati.models import IatiImport, ImportOutcome
from amity.iati.services import iati_import
from amity.registry.models import Organization

pytestmark = pytest.mark.django_db

FILES = Path(__file__).parent / "files"
V203 = FILES / "v203_vietnam.xml"
V101 = FILES / "v101_letters.xml"


def messages(record) -> list[str]:
    return [f"{p['line']} {p['activity']} {p['message']}" for p in record.problems]


def test_a_2_03_file_becomes_aid_items_with_their_money_in_vnd(unions, rates):
    record = iati_import(V203, union=unions["lao-cai"])
    assert record.outcome == ImportOutcome.DONE
    assert (record.activities, record.created, record.updated, record.skipped) == (4, 3, 0, 1)
    assert IatiImport.objects.get(pk=record.pk).problems == record.problems

    program = AidItem.objects.get(iati_identifier="XM-AMITY-1-PROG")
    assert program.union == unions["lao-cai"] and program.kind == AidKind.PROGRAM
    assert program.title == "Clean water for Lao Cai"  # "EN" is the default language
    assert (program.title_en, program.title_vi, program.title_zh_hans) == (
        "Clean water for Lao Cai",
        "Nước sạch cho Lào Cai",
        "老街省清洁水项目",
    )
    assert program.description_vi == "Chương trình nước sạch cho các xã miền núi."
    assert program.planned_start == datetime.date(2023, 1, 1)
    assert program.actual_start == datetime.date(2023, 3, 1)
    assert program.planned_end == datetime.date(2025, 12, 31)
    assert program.status == AidStatus.IDENTIFIED  # approval is the union's, never a file's
    assert {(s.sector_id, s.share) for s in program.sectors.all()} == {
        ("14030", Decimal("60.00")),
        ("12220", Decimal("40.00")),
    }
    assert {(d.organization.name, d.role) for d in program.donors.all()} == {
        ("Amity Test Foundation", "funding"),
        ("Hội Chữ thập đỏ tỉnh Lào Cai", "implementing"),
    }
    assert program.donors.get(role="funding").organization.iati_identifier == "XM-AMITY-1"
    kept = program.iati_data
    assert kept["status"] == "2" and kept["countries"] == [{"code": "VN", "percentage": "100"}]
    assert kept["sectors"] == [{"vocabulary": "2", "code": "140", "percentage": "100"}]
    assert kept["locations"][0] == {"name": "Sa Pa", "point": "22.336 103.844"}
    assert kept["budgets"][0]["amount"] == "50000" and kept["other_transactions"] == {"1": 1}

    money = {
        (t.type, t.amount, t.currency_id): (t.amount_vnd, t.rate, t.rate_date, t.rate_source)
        for t in Transaction.objects.filter(item=program)
    }
    rate = (Decimal("24000"), datetime.date(2023, 1, 1), "test bank")
    assert money == {
        ("commitment", Decimal("40000"), "USD"): (Decimal("960000000"), *rate),
        ("disbursement", Decimal("10000.50"), "USD"): (Decimal("240012000"), *rate),
        ("expenditure", Decimal("2500"), "USD"): (Decimal("60000000"), *rate),
    }

    project = AidItem.objects.get(iati_identifier="XM-AMITY-1-P1")
    assert project.kind == AidKind.PROJECT and project.parent == program
    assert project.sectors.get().share == Decimal("100.00")
    assert project.transactions.get().amount_vnd == Decimal("312000000")  # EUR 12,000
    cancelled = AidItem.objects.get(iati_identifier="XM-AMITY-1-CANCELLED")
    assert cancelled.kind == AidKind.NON_PROJECT and cancelled.status == AidStatus.CANCELLED

    found = "\n".join(messages(record))
    assert "36 XM-AMITY-1-PROG A sector without code: left out." in found
    assert "61 XM-AMITY-1-PROG A value without a date: left out." in found
    assert "Unknown currency “XYZ”" in found
    assert "without identifier" in found
    # The organization met three times is one record.
    assert program.donors.get(role="funding").organization == (project.donors.get().organization)


def test_importing_the_same_file_again_changes_nothing(unions, rates):
    iati_import(V203, union=unions["lao-cai"])
    changes, items, money = (
        Change.objects.of_records().count(),
        AidItem.objects.count(),
        Transaction.objects.count(),
    )
    again = iati_import(V203, union=unions["lao-cai"])
    assert (again.created, again.updated, again.unchanged, again.skipped) == (0, 0, 3, 1)
    assert (
        Change.objects.of_records().count(),
        AidItem.objects.count(),
        Transaction.objects.count(),
    ) == (
        changes,
        items,
        money,
    )


def test_a_newer_version_updates_the_item_and_the_history_names_the_file(unions, rates, tmp_path):
    iati_import(V203, union=unions["lao-cai"])
    newer = tmp_path / "newer.xml"
    newer.write_text(
        V203.read_text(encoding="utf-8")
        .replace("Water tanks in Bat Xat", "Water tanks and pipes in Bat Xat")
        .replace(
            '<value value-date="2023-04-01">12000</value>',
            '<value value-date="2023-04-01">15000</value>',
        ),
        encoding="utf-8",
    )
    record = iati_import(newer, union=unions["lao-cai"])
    assert (record.created, record.updated, record.unchanged) == (0, 1, 2)
    project = AidItem.objects.get(iati_identifier="XM-AMITY-1-P1")
    assert project.title == "Water tanks and pipes in Bat Xat"
    assert project.transactions.get().amount == Decimal("15000")
    change = Change.objects.filter(object_id=str(project.pk), action="update").latest("at")
    assert change.via == "IATI: newer.xml"
    assert change.changes["title"] == ["Water tanks in Bat Xat", "Water tanks and pipes in Bat Xat"]


def test_a_trial_run_reports_and_writes_nothing(unions, rates):
    record = iati_import(V203, union=unions["lao-cai"], dry_run=True)
    assert (record.created, record.skipped) == (3, 1) and record.problems
    assert not AidItem.objects.exists() and not IatiImport.objects.exists()
    assert not Change.objects.filter(via__startswith="IATI").exists()


def test_a_1_01_file_maps_letter_codes_role_names_and_waits_for_its_rate(unions, rates):
    record = iati_import(V101, union=unions["dong-nai"])
    item = AidItem.objects.get(iati_identifier="GB-AMITY-101")
    assert (item.title, item.title_vi) == ("Schools for Dong Nai", "Trường học cho Đồng Nai")
    assert item.planned_start == datetime.date(2023, 1, 10)
    assert item.planned_end == datetime.date(2023, 12, 20)
    assert {(s.sector_id, s.share) for s in item.sectors.all()} == {
        ("11220", Decimal("62.50")),
        ("11330", Decimal("37.50")),
    }
    assert {d.role for d in item.donors.all()} == {"funding", "implementing"}
    found = "\n".join(messages(record))
    assert "add up to 80" in found and "Unknown role “Donor”" in found
    # No GBP rate yet: the money waits, said so, and the next import reads it again.
    assert not item.transactions.exists() and "GBP" in found

    rate_save(
        actor=None,
        rate=ExchangeRate(
            currency_id="GBP",
            date=datetime.date(2023, 1, 1),
            vnd_per_unit=Decimal("30000"),
            source="test bank",
        ),
    )
    again = iati_import(V101, union=unions["dong-nai"])
    assert again.updated == 1
    assert sorted(item.transactions.values_list("type", "amount_vnd")) == [
        ("commitment", Decimal("600000000")),
        ("disbursement", Decimal("150000000")),
        ("expenditure", Decimal("36000000")),
    ]


def test_a_bare_activity_and_a_gzipped_file(unions, rates, tmp_path):
    record = iati_import(FILES / "bare_activity.xml", union=unions["vufo"])
    assert record.created == 1
    packed = tmp_path / "v203.xml.gz"
    with V203.open("rb") as plain, gzip.open(packed, "wb") as out:
        shutil.copyfileobj(plain, out)
    assert iati_import(packed, union=unions["dong-nai"]).created == 3


def test_an_unreadable_file_imports_nothing(unions, rates, tmp_path):
    broken = tmp_path / "broken.xml"
    data = V203.read_bytes()
    broken.write_bytes(data[: len(data) * 2 // 3])  # cut inside an activity
    record = iati_import(broken, union=unions["lao-cai"])
    assert record.outcome == ImportOutcome.REFUSED and record.problems[0]["line"]
    assert not AidItem.objects.exists()
    assert IatiImport.objects.get().outcome == ImportOutcome.REFUSED
    assert gc.isenabled()  # paused for the import (core.collector), on again after it


def test_a_file_cut_short_after_many_activities_imports_none_of_them(unions, rates, tmp_path):
    # Far longer than what the parser reads at once, so activities come before the fault.
    data = (
        '<iati-activities version="2.03">'
        + "".join(activity_xml(f"XM-AMITY-9-{n}") for n in range(400))
        + "</iati-activities>"
    ).encode()
    broken = tmp_path / "broken.xml"
    broken.write_bytes(data[: len(data) * 2 // 3])
    history = Change.objects.of_records().count()
    # Batches of ten: those before the cut were written, then rolled back.
    record = iati_import(broken, union=unions["lao-cai"], batch_size=10)
    assert record.outcome == ImportOutcome.REFUSED and record.activities > 100
    assert [p["field"] for p in record.problems] == ["file"] and record.problems[0]["line"]
    assert (record.created, record.unchanged, record.skipped) == (0, 0, 0)
    assert not AidItem.objects.exists() and not Transaction.objects.exists()
    assert not Organization.objects.filter(union=unions["lao-cai"]).exists()
    assert Change.objects.of_records().count() == history
    assert IatiImport.objects.get().outcome == ImportOutcome.REFUSED


def test_another_unions_staff_may_not_import(unions, rates, callers):
    # Another union's is not even there for them (the tenancy rule: 404, not 403).
    with pytest.raises(Http404):
        iati_import(V203, union=unions["dong-nai"], actor=callers["other_staff"])
    with pytest.raises(PermissionDenied):
        iati_import(V203, union=unions["dong-nai"], actor=callers["own_viewer"])
    assert not AidItem.objects.exists() and not IatiImport.objects.exists()
    record = iati_import(V203, union=unions["dong-nai"], actor=callers["own_staff"])
    assert record.created == 3 and record.user == callers["own_staff"]


def test_the_command_prints_the_summary_and_refuses_clearly(unions, rates, capsys, tmp_path):
    call_command("import_iati", str(V203), "--union", "lao-cai")
    out = capsys.readouterr().out
    assert "4 activities; 3 created, 0 updated, 0 unchanged, 1 skipped" in out
    assert "Unknown currency “XYZ”" in out
    call_command("import_iati", str(V203), "--union", "lao-cai", "--dry-run")
    assert "nothing was written" in capsys.readouterr().out
    with pytest.raises(CommandError, match="Unknown union “nowhere”"):
        call_command("import_iati", str(V203), "--union", "nowhere")
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_iati", str(tmp_path / "missing.xml"), "--union", "lao-cai")
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_iati", str(empty), "--union", "lao-cai")


def test_the_union_is_never_its_own_donor(unions, rates):
    union = unions["lao-cai"]
    union.iati_identifier = "XM-AMITY-1"  # the file's foundation, for this test
    union.save()
    iati_import(V203, union=union)
    program = AidItem.objects.get(iati_identifier="XM-AMITY-1-PROG")
    assert {d.role for d in program.donors.all()} == {"implementing"}


def stop_at(activity: int):
    def progress(done, read, size):
        if done == activity:
            raise KeyboardInterrupt

    return progress


def test_an_interrupted_import_leaves_nothing_and_the_next_run_does_it_all(
    unions, rates, monkeypatch
):
    # A batch an activity: the third is interrupted after its item was written, before
    # its money, when two whole activities are written before it.
    calls = []

    def interrupted_on_the_third(**kwargs):
        calls.append(kwargs)
        if len(calls) == 3:
            assert AidItem.objects.count() == 3
            raise KeyboardInterrupt
        return transactions_create(**kwargs)

    monkeypatch.setattr(services, "transactions_create", interrupted_on_the_third)
    with pytest.raises(KeyboardInterrupt):
        iati_import(V203, union=unions["lao-cai"], batch_size=1)
    monkeypatch.undo()
    record = IatiImport.objects.get()
    assert record.outcome == ImportOutcome.INTERRUPTED and record.finished_at
    assert (record.created, record.skipped, record.problems) == (0, 0, [])
    assert not AidItem.objects.exists() and not Transaction.objects.exists()
    again = iati_import(V203, union=unions["lao-cai"])
    assert (again.created, again.unchanged) == (3, 0)
    assert AidItem.objects.get(iati_identifier="XM-AMITY-1-P1").parent is not None


def test_an_import_whose_process_ended_is_marked_interrupted_by_the_next(unions, rates):
    # Its process killed, an import's record would say "running" for ever: nothing of
    # the import is left (one transaction), and nobody holds its lock any more.
    stopped = IatiImport.objects.create(union=unions["lao-cai"], file_name="killed.xml")
    elsewhere = IatiImport.objects.create(union=unions["dong-nai"], file_name="other.xml")
    assert stopped.outcome == elsewhere.outcome == ImportOutcome.RUNNING
    iati_import(V203, union=unions["lao-cai"], dry_run=True)  # a trial run writes nothing
    stopped.refresh_from_db()
    assert stopped.outcome == ImportOutcome.RUNNING
    assert iati_import(V203, union=unions["lao-cai"]).outcome == ImportOutcome.DONE
    stopped.refresh_from_db()
    elsewhere.refresh_from_db()
    assert stopped.outcome == ImportOutcome.INTERRUPTED and stopped.finished_at is not None
    assert elsewhere.outcome == ImportOutcome.RUNNING  # another union's: its own next run


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="on SQLite a running import holds the one write lock: none other starts",
)
def test_an_import_still_running_elsewhere_stays_running(unions, rates):
    import psycopg
    from django.db import connection

    from amity.iati.liveness import LOCK_SPACE

    running = IatiImport.objects.create(union=unions["lao-cai"], file_name="running.xml")
    settings = connection.settings_dict
    other = psycopg.connect(
        dbname=settings["NAME"],
        user=settings["USER"],
        host=settings["HOST"],
        port=settings["PORT"] or 5432,
        autocommit=True,
    )
    try:  # its process, elsewhere, holding its lock
        other.execute("SELECT pg_advisory_lock(%s, %s)", [LOCK_SPACE, running.pk])
        iati_import(V203, union=unions["lao-cai"])
        running.refresh_from_db()
        assert running.outcome == ImportOutcome.RUNNING
    finally:
        other.close()
    # Its connection gone (the process ended), the next import says so.
    iati_import(V101, union=unions["lao-cai"])
    running.refresh_from_db()
    assert running.outcome == ImportOutcome.INTERRUPTED


def test_an_interruption_in_the_progress_call_leaves_nothing(unions, rates):
    with pytest.raises(KeyboardInterrupt):
        iati_import(V203, union=unions["lao-cai"], progress=stop_at(2), batch_size=1)
    assert not AidItem.objects.exists() and not Transaction.objects.exists()
    record = IatiImport.objects.get()
    assert (record.outcome, record.created, record.problems) == (ImportOutcome.INTERRUPTED, 0, [])
    assert iati_import(V203, union=unions["lao-cai"]).created == 3


def test_the_kind_of_aid_follows_the_settings_mapping(unions, rates, settings):
    settings.AMITY_IATI_KINDS = {"H01": AidKind.PROJECT}
    iati_import(V203, union=unions["lao-cai"])
    assert AidItem.objects.get(iati_identifier="XM-AMITY-1-CANCELLED").kind == AidKind.PROJECT


def test_the_command_shows_a_progress_bar_when_asked(unions, rates, capsys):
    call_command("import_iati", str(V203), "--union", "lao-cai", "--progress")
    bar = capsys.readouterr().err
    # By the file's bytes, to the end, with the activities read so far.
    assert "100%" in bar and "4 activities" in bar


def activity_xml(identifier: str, amount: str = "100") -> str:
    return f"""
  <iati-activity default-currency="USD">
    <iati-identifier>{identifier}</iati-identifier>
    <title><narrative xml:lang="vi">Hoạt động {identifier[:20]}</narrative></title>
    <participating-org role="1" ref="XM-AMITY-9">
      <narrative>Quỹ Amity</narrative>
    </participating-org>
    <sector code="14030" percentage="100"/>
    <transaction>
      <transaction-type code="2"/>
      <value value-date="2023-03-01">{amount}</value>
    </transaction>
  </iati-activity>"""


def test_an_activity_the_services_refuse_is_dropped_alone_with_its_reason(unions, rates, tmp_path):
    # New activities are written a batch at a time; the one the aid services refuse
    # (an identifier longer than the field) is written again alone and dropped, with the
    # field's message, while the others of its batch are created.
    too_long = "XM-AMITY-9-" + "X" * 300
    path = tmp_path / "refused.xml"
    path.write_text(
        '<iati-activities version="2.03">'
        + "".join(activity_xml(i) for i in ("XM-AMITY-9-A", too_long, "XM-AMITY-9-B"))
        + "</iati-activities>",
        encoding="utf-8",
    )
    record = iati_import(path, union=unions["lao-cai"])
    assert (record.created, record.skipped) == (2, 1)
    assert sorted(AidItem.objects.values_list("iati_identifier", flat=True)) == [
        "XM-AMITY-9-A",
        "XM-AMITY-9-B",
    ]
    (problem,) = record.problems
    assert problem["activity"] == too_long and problem["field"] == "iati_identifier"
    assert "255" in problem["message"] and problem["line"] == 14
    # One organization for the three, although the refused activity's write was undone.
    assert Organization.objects.filter(iati_identifier="XM-AMITY-9").count() == 1
    assert Transaction.objects.filter(amount_vnd=Decimal("2400000")).count() == 2


def test_a_refused_activity_in_a_large_batch_costs_a_few_batch_writes(
    unions, rates, tmp_path, monkeypatch
):
    # The refused batch is halved until the halves are small: the other 39 are still
    # written by batches, and the refused one is dropped alone, as when the batch is
    # written again activity by activity (measured here too, for the comparison).
    path = tmp_path / "faulty.xml"
    path.write_text(
        '<iati-activities version="2.03">'
        + "".join(
            activity_xml(f"XM-AMITY-9-{i:02}" + ("X" * 300 if i == 23 else "")) for i in range(40)
        )
        + "</iati-activities>",
        encoding="utf-8",
    )
    queries = {}
    for union, one_by_one in (("lao-cai", services.ONE_BY_ONE), ("dong-nai", 1000)):
        monkeypatch.setattr(services, "ONE_BY_ONE", one_by_one)
        with CaptureQueriesContext(connection) as captured:
            record = iati_import(path, union=unions[union])
        queries[union] = len(captured)
        assert (record.created, record.skipped) == (39, 1)
        assert [p["field"] for p in record.problems] == ["iati_identifier"]
        assert AidItem.objects.filter(union=unions[union]).count() == 39
        assert Transaction.objects.filter(union=unions[union]).count() == 39
    # Alone in its run: 166 queries halving, 1,085 one by one.
    assert queries["lao-cai"] * 3 < queries["dong-nai"]


def test_line_breaks_a_transaction_description_and_an_identifier_cannot_keep(
    unions, rates, tmp_path
):
    # A description on several lines is stored on one; an identifier with a line break
    # cannot be an identifier: the trial run says so as the import does.
    path = tmp_path / "lines.xml"
    path.write_text(
        '<iati-activities version="2.03">'
        + activity_xml("XM-AMITY-9-A").replace(
            '<transaction-type code="2"/>',
            '<transaction-type code="2"/><description><narrative>Đợt 1\n  của dự án'
            "\n</narrative></description>",
        )
        + activity_xml("XM-AMITY-9-B\nXM-AMITY-9-C")
        + "</iati-activities>",
        encoding="utf-8",
    )
    trial = iati_import(path, union=unions["lao-cai"], dry_run=True)
    record = iati_import(path, union=unions["lao-cai"])
    for run in (trial, record):
        assert (run.created, run.skipped) == (1, 1)
        (problem,) = run.problems
        assert problem["field"] == "iati-identifier" and problem["line"] == 16
        assert "line break (U+000A) at character 13" in problem["message"]
        assert "skipped" in problem["message"]
    assert Transaction.objects.get().description == "Đợt 1 của dự án"


def test_new_activities_have_the_history_of_records_saved_one_by_one(unions, rates):
    iati_import(V203, union=unions["lao-cai"])
    program = AidItem.objects.get(iati_identifier="XM-AMITY-1-PROG")
    created = Change.objects.for_record(program).filter(action="create")
    assert all(c.via == "IATI: v203_vietnam.xml" and c.actor_name == "system" for c in created)
    by_type = {}
    for change in created:
        by_type.setdefault(change.content_type.model, []).append(change)
    assert {kind: len(rows) for kind, rows in by_type.items()} == {
        "aiditem": 1,
        "aiditemdonor": 2,
        "aiditemsector": 2,
        "transaction": 3,
    }
    (item,) = by_type["aiditem"]
    assert item.object_id == str(program.pk) and item.union == unions["lao-cai"]
    assert item.changes["title"] == [None, "Clean water for Lao Cai"]
    assert item.changes["status"] == [None, "identified"]
    commitment = next(c for c in by_type["transaction"] if c.changes["type"][1] == "commitment")
    assert commitment.changes["amount_vnd"] == [None, "960000000"]
    assert commitment.changes["rate_source"] == [None, "test bank"]
    assert commitment.changes["currency"][1].startswith("USD – ")
    sector = next(c for c in by_type["aiditemsector"] if c.changes["share"][1] == "60.00")
    assert sector.object_repr == "14030 60.00 %" and sector.changes["sector"][1]


def test_every_history_row_of_an_import_is_what_a_save_one_by_one_writes(unions, rates):
    """The bulk writers build no instance for money, donors and sectors: their rows
    must still say what `record_change` says of each stored record."""
    from amity.history.services import _created, snapshot

    iati_import(V203, union=unions["lao-cai"])
    created = Change.objects.filter(via="IATI: v203_vietnam.xml", action="create")
    kinds = set()
    for change in created.select_related("content_type", "parent_type"):
        model = change.content_type.model_class()
        record = model.objects.get(pk=change.object_id)
        kinds.add(model.__name__)
        expected = _created(snapshot(record, many_to_many=False))
        if model is AidItem and record.status == AidStatus.CANCELLED:
            expected["status"] = [None, AidStatus.IDENTIFIED]  # then a step of its own
        if model is AidItem:
            expected.pop("parent", None)  # linked once the whole file is in: a change
        assert change.changes == expected, record
        # Amounts and shares are named as read (100), as a save one by one names them,
        # where the stored record says 100.00.
        if model in (Transaction, AidItemSector):
            assert change.object_repr.split()[0] == str(record).split()[0]
        else:
            assert change.object_repr == str(record)[:255]
        parent = getattr(record, "item", None)
        if parent is not None:
            assert (change.parent_type.model_class(), change.parent_id) == (
                AidItem,
                str(parent.pk),
            )
    assert kinds == {"AidItem", "AidItemDonor", "AidItemSector", "Transaction", "Organization"}


def test_the_same_file_again_is_known_by_its_bytes_and_not_read_again(unions, rates, monkeypatch):
    first = iati_import(V203, union=unions["lao-cai"])

    def never(*args, **kwargs):
        raise AssertionError("the file was read again")

    monkeypatch.setattr(services.feed, "entries", never)
    again = iati_import(V203, union=unions["lao-cai"])
    third = iati_import(V203, union=unions["lao-cai"], dry_run=True)
    for record in (again, third):
        assert record.same_as == first  # the import that read it, also for the third
        assert (record.activities, record.unchanged, record.skipped) == (4, 3, 1)
        assert (record.created, record.updated, record.problems) == (0, 0, [])
    assert IatiImport.objects.get(pk=again.pk).same_as == first
    lines = services.summary_lines(again)
    assert "4 activities; 0 created, 0 updated, 3 unchanged, 1 skipped" in lines[0]
    assert "byte for byte" in lines[0] and "not read again" in lines[0] and len(lines) == 1
    # Another union has not imported it: it reads the file.
    monkeypatch.undo()
    assert iati_import(V203, union=unions["dong-nai"]).same_as is None


def test_after_any_change_the_same_file_is_read_again_activity_by_activity(unions, rates):
    from amity.aid.services import aid_item_save

    iati_import(V203, union=unions["lao-cai"])
    program = AidItem.objects.get(iati_identifier="XM-AMITY-1-PROG")
    program.title = "Nước sạch (sửa tay)"
    aid_item_save(actor=None, item=program)  # a person's edit: history of the union
    again = iati_import(V203, union=unions["lao-cai"])
    assert again.same_as is None
    assert (again.created, again.updated, again.unchanged, again.skipped) == (0, 0, 3, 1)
    # An unchanged activity does not undo the edit.
    assert AidItem.objects.get(pk=program.pk).title == "Nước sạch (sửa tay)"
    # Nor does the import that read it make the next one read it again.
    assert iati_import(V203, union=unions["lao-cai"]).same_as == again


def test_a_new_rate_makes_the_same_file_be_read_again(unions, rates):
    first = iati_import(V101, union=unions["lao-cai"])
    waiting = AidItem.objects.filter(iati_digest="").count()
    assert waiting  # its money waits for a rate, as the 1.01 test says
    assert iati_import(V101, union=unions["lao-cai"]).same_as == first
    rate_save(
        actor=None,
        rate=ExchangeRate(
            currency_id="GBP",
            date=datetime.date(2010, 1, 1),
            vnd_per_unit=Decimal("30000"),
            source="test bank",
        ),
    )
    again = iati_import(V101, union=unions["lao-cai"])
    assert again.same_as is None and again.updated == waiting


def test_sign_ins_since_do_not_make_the_same_file_be_read_again(unions, rates, make_member):
    from django.test import Client

    staff = make_member("lao-cai", "staff", username="lc-staff")  # before: a change
    first = iati_import(V203, union=unions["lao-cai"])
    Client().force_login(staff)  # after: a person's event, not a record's change
    assert Change.objects.filter(action="sign-in", union=unions["lao-cai"]).exists()
    assert iati_import(V203, union=unions["lao-cai"]).same_as == first


def test_a_missing_file_is_refused_in_the_readers_words(unions, tmp_path):
    record = iati_import(tmp_path / "gone.xml", union=unions["lao-cai"])
    assert record.outcome == ImportOutcome.REFUSED
    assert "cannot be read" in record.problems[0]["message"]
