"""Exporting a union's published aid items as IATI 2.03: valid against the official
schema (where ../shared is present), only what the portal shows, every language's text
intact, and read back by our own importer as the same items.

Dong Nai's portfolio, built here through the services (rates: USD 24,000 from 1 Jan
2023, 25,000 from 1 Jul 2023):
- the program "Nước sạch cho Đồng Nai", in Vietnamese, English and Chinese, funded by
  Alpha (with an IATI identifier and type) and carried out by Bêta (with neither);
  sectors 60/40; money in USD and VND, a planned disbursement among it. Under way.
- its project "Giếng nước xã Phú Lý", approved, money in VND;
- non-project aid first imported from another publisher (its own identifier, English
  original, no description, no donor), approved;
- left out: a project of the program not marked public, a public item only proposed,
  and Lao Cai's public, approved item."""

import datetime
import io
import os
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import etree

from amity.aid.models import AidItem, AidKind, DonorRole
from amity.aid.services import Decision, aid_item_save, aid_item_transition
from amity.aid.workflow import AidStatus
from amity.codelists.models import Sector
from amity.finance.models import ExchangeRate, Transaction, TransactionType
from amity.finance.services import rate_save
from amity.finance.transactions import transaction_save
from amity.iati.export import iati_export
from amity.iati.management.commands import export_iati
from amity.iati.models import ImportOutcome
from amity.iati.services import iati_import
from amity.registry.models import Organization
from amity.registry.services import organization_save
from amity.tenancy.models import Union

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).resolve().parents[3].parent / "shared" / "iati" / "schemas-2.03"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
S = AidStatus
T = TransactionType
TO_APPROVAL = [S.PROPOSED, S.UNDER_APPRAISAL, S.APPROVED]
STEPS = {
    S.IDENTIFIED: [],
    S.PROPOSED: [S.PROPOSED],
    S.APPROVED: TO_APPROVAL,
    S.UNDER_WAY: [*TO_APPROVAL, S.UNDER_WAY],
}
LEFT_OUT = ("Dự án nội bộ chưa công bố", "Dự án mới đề xuất", "Dự án của Lào Cai")


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def make_item(
    union, title, kind=AidKind.PROJECT, *, to=S.APPROVED, public=True, donors=(), sectors=(), **f
):
    item = aid_item_save(
        actor=None,
        item=AidItem(union=union, kind=kind, title=title, is_public=public, **f),
        donors=list(donors),
        sectors=[(Sector.objects.get(code=code), Decimal(share)) for code, share in sectors],
    )
    for step in STEPS[to]:
        decision = (
            Decision("12/QĐ-UBND", day("2023-01-10"), "UBND tỉnh") if step == S.APPROVED else None
        )
        item = aid_item_transition(actor=None, item=item, to=step, decision=decision)
    return item


def money(item, type, date, amount, currency, description=""):
    return transaction_save(
        actor=None,
        transaction=Transaction(
            item=item,
            type=type,
            date=day(date),
            amount=Decimal(amount),
            currency_id=currency,
            description=description,
        ),
    )


@pytest.fixture
def portfolio(unions):
    for date, rate in (("2023-01-01", "24000"), ("2023-07-01", "25000")):
        rate_save(
            actor=None,
            rate=ExchangeRate(
                currency_id="USD", date=day(date), vnd_per_unit=Decimal(rate), source="test"
            ),
        )
    dong_nai = unions["dong-nai"]
    alpha = organization_save(
        actor=None,
        organization=Organization(
            union=dong_nai,
            name="Alpha Foundation",
            name_en="Alpha Foundation",
            name_zh_hans="阿尔法基金会",
            kind="foreign_ngo",
            organisation_type_id="21",
            iati_identifier="US-EIN-123456789",
        ),
    )
    beta = organization_save(
        actor=None,
        organization=Organization(union=dong_nai, name="Bêta Solidarité", kind="foreign_ngo"),
    )
    program = make_item(
        dong_nai,
        "Nước sạch cho Đồng Nai",
        AidKind.PROGRAM,
        to=S.UNDER_WAY,
        title_vi="Nước sạch cho Đồng Nai",
        title_en="Clean water for Dong Nai",
        title_zh_hans="同奈省清洁水计划",
        description="Nước sạch cho các xã vùng sâu.\n\nHai giai đoạn, 2023–2025.",
        description_vi="Nước sạch cho các xã vùng sâu.\n\nHai giai đoạn, 2023–2025.",
        description_en="Clean water for remote communes.\n\nTwo phases, 2023–2025.",
        description_zh_hans="为偏远乡提供清洁水。",
        planned_start=day("2023-01-01"),
        planned_end=day("2025-12-31"),
        actual_start=day("2023-03-01"),
        donors=[(alpha, DonorRole.FUNDING), (beta, DonorRole.IMPLEMENTING)],
        sectors=[("14030", "60"), ("12220", "40")],
    )
    project = make_item(
        dong_nai,
        "Giếng nước xã Phú Lý",
        parent=program,
        title_vi="Giếng nước xã Phú Lý",
        title_en="Wells for Phu Ly commune",
        description="Khoan mười giếng.",
        description_vi="Khoan mười giếng.",
        planned_start=day("2023-06-01"),
        planned_end=day("2024-05-31"),
        donors=[(alpha, DonorRole.FUNDING)],
        sectors=[("14030", "100")],
    )
    goods = make_item(
        dong_nai,
        "Medical equipment for Bien Hoa hospital",
        AidKind.NON_PROJECT,
        iati_identifier="XM-DAC-41114-NP7",
        iati_data={"language": "en"},
        title_en="Medical equipment for Bien Hoa hospital",
        title_vi="Thiết bị y tế cho bệnh viện Biên Hòa",
        actual_start=day("2023-09-01"),
        actual_end=day("2023-09-30"),
        sectors=[("12220", "100")],
    )
    money(program, T.COMMITMENT, "2023-02-01", "100000", "USD", "Cam kết giai đoạn 1")
    money(program, T.DISBURSEMENT, "2023-04-01", "40000.50", "USD")
    money(program, T.PLANNED_DISBURSEMENT, "2024-01-15", "30000", "USD")
    money(program, T.EXPENDITURE, "2023-05-01", "500000000", "VND", "Mua ống nước")
    money(project, T.COMMITMENT, "2023-06-01", "1200000000", "VND")
    money(project, T.DISBURSEMENT, "2023-07-15", "600000000", "VND")
    money(goods, T.DISBURSEMENT, "2023-09-15", "25000", "USD")

    hidden = make_item(dong_nai, LEFT_OUT[0], parent=program, public=False)
    money(hidden, T.COMMITMENT, "2023-03-01", "1000", "USD")
    make_item(dong_nai, LEFT_OUT[1], to=S.PROPOSED, planned_start=day("2024-01-01"))
    make_item(unions["lao-cai"], LEFT_OUT[2], planned_start=day("2023-01-01"))
    return {"program": program, "project": project, "goods": goods, "hidden": hidden}


def exported(union, actor=None) -> bytes:
    stream = io.BytesIO()
    iati_export(union=union, stream=stream, actor=actor)
    return stream.getvalue()


def hand_made_id(item) -> str:
    return f"XI-AMITY-DONG-NAI-{item.pk}"


def narratives(element) -> list[tuple[str | None, str]]:
    return [(n.get(XML_LANG), n.text or "") for n in element.findall("narrative")]


def official_schema() -> etree.XMLSchema | None:
    path = SCHEMAS / "iati-activities-schema.xsd"
    return etree.XMLSchema(etree.parse(str(path))) if path.is_file() else None


def test_the_export_is_valid_against_the_official_schema(portfolio, unions):
    document = etree.fromstring(exported(unions["dong-nai"]))
    assert len(document) == 3
    schema = official_schema()
    if schema is None:
        pytest.skip(f"the IATI schemas are not at {SCHEMAS}")
    schema.assertValid(document)


def test_only_published_items_of_the_union_with_every_language_intact(portfolio, unions):
    data = exported(unions["dong-nai"])
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    # Written as UTF-8 text, not as character references.
    assert "同奈省清洁水计划".encode() in data and "Giếng nước xã Phú Lý".encode() in data
    for title in LEFT_OUT:
        assert title.encode() not in data
    root = etree.fromstring(data)
    assert root.tag == "iati-activities" and root.get("version") == "2.03"
    activities = {a.findtext("iati-identifier"): a for a in root}
    program_id, project_id = hand_made_id(portfolio["program"]), hand_made_id(portfolio["project"])
    assert list(activities) == [program_id, project_id, "XM-DAC-41114-NP7"]
    program, project, goods = activities.values()

    assert (program.get(XML_LANG), program.get("hierarchy")) == ("vi", "1")
    assert narratives(program.find("title")) == [
        (None, "Nước sạch cho Đồng Nai"),
        ("en", "Clean water for Dong Nai"),
        ("zh", "同奈省清洁水计划"),
    ]
    assert narratives(program.find("description")) == [
        (None, "Nước sạch cho các xã vùng sâu.\n\nHai giai đoạn, 2023–2025."),
        ("en", "Clean water for remote communes.\n\nTwo phases, 2023–2025."),
        ("zh", "为偏远乡提供清洁水。"),
    ]
    reporting = program.find("reporting-org")
    assert (reporting.get("ref"), reporting.get("type")) == ("XI-AMITY-DONG-NAI", "15")
    assert narratives(reporting) == [
        ("vi", "Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai"),
        ("en", "Dong Nai Union of Friendship Organizations"),
        ("zh", "同奈省友好组织联合会"),
    ]
    assert [
        (p.get("ref"), p.get("type"), p.get("role"), narratives(p))
        for p in program.findall("participating-org")
    ] == [
        (
            "US-EIN-123456789",
            "21",
            "1",
            [(None, "Alpha Foundation"), ("en", "Alpha Foundation"), ("zh", "阿尔法基金会")],
        ),
        (None, None, "4", [(None, "Bêta Solidarité")]),
    ]
    assert program.find("activity-status").get("code") == "2"
    assert [(d.get("type"), d.get("iso-date")) for d in program.findall("activity-date")] == [
        ("1", "2023-01-01"),
        ("2", "2023-03-01"),
        ("3", "2025-12-31"),
    ]
    assert [(c.get("code"), c.get("percentage")) for c in program.findall("recipient-country")] == [
        ("VN", "100")
    ]
    assert [
        (s.get("vocabulary"), s.get("code"), s.get("percentage")) for s in program.findall("sector")
    ] == [("1", "14030", "60.00"), ("1", "12220", "40.00")]
    assert program.find("default-aid-type").get("code") == "B03"
    assert [
        (
            t.find("transaction-type").get("code"),
            t.find("transaction-date").get("iso-date"),
            t.find("value").text,
            t.find("value").get("currency"),
            t.find("value").get("value-date"),
            narratives(t.find("description")) if t.find("description") is not None else [],
        )
        for t in program.findall("transaction")
    ] == [
        ("2", "2023-02-01", "100000.00", "USD", "2023-02-01", [(None, "Cam kết giai đoạn 1")]),
        ("3", "2023-04-01", "40000.50", "USD", "2023-04-01", []),
        ("4", "2023-05-01", "500000000.00", "VND", "2023-05-01", [(None, "Mua ống nước")]),
    ]
    assert [
        (
            p.find("period-start").get("iso-date"),
            p.find("value").text,
            p.find("value").get("currency"),
        )
        for p in program.findall("planned-disbursement")
    ] == [("2024-01-15", "30000.00", "USD")]
    # The unpublished project of the program is not named.
    related = [(r.get("type"), r.get("ref")) for r in program.findall("related-activity")]
    assert related == [("2", project_id)]

    assert project.get("hierarchy") == "2"
    assert [(r.get("type"), r.get("ref")) for r in project.findall("related-activity")] == [
        ("1", program_id)
    ]
    assert project.find("default-aid-type").get("code") == "C01"

    assert goods.get(XML_LANG) == "en" and goods.get("hierarchy") == "1"
    assert narratives(goods.find("title")) == [
        (None, "Medical equipment for Bien Hoa hospital"),
        ("vi", "Thiết bị y tế cho bệnh viện Biên Hòa"),
    ]
    assert narratives(goods.find("description")) == [(None, "")]
    assert goods.find("default-aid-type").get("code") == "D02"
    # Without donors, the union takes part as the accountable organisation.
    assert [(p.get("ref"), p.get("role")) for p in goods.findall("participating-org")] == [
        ("XI-AMITY-DONG-NAI", "2")
    ]


def _texts(item) -> dict:
    return {
        name: getattr(item, name)
        for name in (
            "kind",
            "title",
            "title_vi",
            "title_en",
            "title_zh_hans",
            "description",
            "description_vi",
            "description_en",
            "description_zh_hans",
            "planned_start",
            "planned_end",
            "actual_start",
            "actual_end",
        )
    }


def _sectors(item) -> set:
    return {(s.sector_id, s.share) for s in item.sectors.all()}


def _money(item, *, planned: bool = False) -> set:
    return {
        (tx.type, tx.date, tx.amount, tx.currency_id, tx.description, tx.amount_vnd, tx.rate)
        for tx in item.transactions.all()
        if planned or tx.type != T.PLANNED_DISBURSEMENT
    }


def _donors(item) -> set:
    return {
        (d.organization.name, d.organization.iati_identifier, d.role) for d in item.donors.all()
    }


def test_the_importer_reads_the_export_back_as_the_same_items(portfolio, unions):
    data = exported(unions["dong-nai"])
    lao_cai = unions["lao-cai"]
    record = iati_import(io.BytesIO(data), union=lao_cai, file_name="export.xml")
    assert record.outcome == ImportOutcome.DONE
    assert (record.activities, record.created, record.skipped) == (3, 3, 0)
    assert record.problems == []

    copies = {}
    for key in ("program", "project", "goods"):
        original = AidItem.objects.get(pk=portfolio[key].pk)
        identifier = original.iati_identifier or hand_made_id(original)
        copy = AidItem.objects.get(union=lao_cai, iati_identifier=identifier)
        copies[key] = copy
        assert _texts(copy) == _texts(original), key
        assert _sectors(copy) == _sectors(original), key
        # The same money at the same rates, so the same VND equivalents.
        assert _money(copy) == _money(original), key
        # An item without donors is exported with its union as the accountable
        # participant (the schema wants one); read by another union, that is a donor.
        union = ("Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai", "XI-AMITY-DONG-NAI", "accountable")
        assert _donors(copy) == (_donors(original) or {union}), key
    assert copies["project"].parent == copies["program"]
    assert copies["program"].parent is None and copies["goods"].parent is None
    assert AidItem.objects.filter(union=lao_cai).exclude(iati_identifier="").count() == 3


def test_what_an_import_kept_is_written_back_when_complete(unions):
    kept = {
        "language": "vi",
        "countries": [{"code": "VN", "percentage": "80"}, {"code": "LA", "percentage": "20"}],
        "sectors": [{"vocabulary": "2", "code": "140", "percentage": "100"}],
        "locations": [
            {"name": "Biên Hòa", "point": "10.95 106.82"},
            {"name": "", "point": "not a point"},
            {"name": "Trảng Bom", "point": ""},
        ],
        "budgets": [
            {"start": "2023-01-01", "end": "2023-12-31", "amount": "50000", "currency": "USD"},
            {"start": "2024-01-01", "end": None, "amount": "1000", "currency": "USD"},
        ],
    }
    make_item(
        unions["dong-nai"],
        "Nước sạch Biên Hòa",
        iati_identifier="XM-DAC-41114-BH1",
        iati_data=kept,
        planned_start=day("2023-01-01"),
        sectors=[("14030", "100")],
    )
    data = exported(unions["dong-nai"])
    [activity] = etree.fromstring(data)
    assert [
        (c.get("code"), c.get("percentage")) for c in activity.findall("recipient-country")
    ] == [
        ("VN", "80"),
        ("LA", "20"),
    ]
    assert [
        (narratives(place.find("name")), place.findtext("point/pos"))
        for place in activity.findall("location")
    ] == [([(None, "Biên Hòa")], "10.95 106.82"), ([(None, "Trảng Bom")], None)]
    assert [(s.get("vocabulary"), s.get("code")) for s in activity.findall("sector")] == [
        ("1", "14030"),
        ("2", "140"),
    ]
    assert len(activity.findall("budget")) == 1  # the one without an end is left out
    schema = official_schema()
    if schema is not None:
        schema.assertValid(etree.fromstring(data))

    iati_import(io.BytesIO(data), union=unions["lao-cai"], file_name="export.xml")
    copy = AidItem.objects.get(union=unions["lao-cai"], iati_identifier="XM-DAC-41114-BH1")
    for name in ("countries", "sectors"):
        assert copy.iati_data[name] == kept[name]
    assert copy.iati_data["locations"] == [kept["locations"][0], kept["locations"][2]]
    assert copy.iati_data["budgets"] == kept["budgets"][:1]


def test_planned_disbursements_come_back_too(portfolio, unions):
    data = exported(unions["dong-nai"])
    iati_import(io.BytesIO(data), union=unions["lao-cai"], file_name="export.xml")
    copy = AidItem.objects.get(
        union=unions["lao-cai"], iati_identifier=hand_made_id(portfolio["program"])
    )
    assert _money(copy, planned=True) == _money(portfolio["program"], planned=True)


def test_queries_do_not_grow_with_the_portfolio(portfolio, unions):
    dong_nai = unions["dong-nai"]
    with CaptureQueriesContext(connection) as three:
        exported(dong_nai)
    alpha = Organization.objects.get(union=dong_nai, name="Alpha Foundation")
    for n in range(3):
        item = make_item(
            dong_nai,
            f"Học bổng {n}",
            AidKind.NON_PROJECT,
            donors=[(alpha, DonorRole.FUNDING)],
            sectors=[("12220", "100")],
        )
        money(item, T.COMMITMENT, "2023-05-01", "1000", "USD")
    with CaptureQueriesContext(connection) as six:
        data = exported(dong_nai)
    assert len(etree.fromstring(data)) == 6
    assert len(six) == len(three)


def test_a_registered_union_publishes_under_its_identifier_and_every_activity_starts(unions):
    Union.objects.filter(slug="dong-nai").update(iati_identifier="XM-DAC-VN-DONGNAI")
    dong_nai = Union.objects.get(slug="dong-nai")
    item = make_item(dong_nai, "Hội thảo về nước sạch", AidKind.NON_PROJECT)
    [activity] = etree.fromstring(exported(dong_nai))
    assert activity.findtext("iati-identifier") == f"XM-DAC-VN-DONGNAI-{item.pk}"
    assert activity.find("reporting-org").get("ref") == "XM-DAC-VN-DONGNAI"
    # No date at all: planned to start the day it was recorded.
    assert [(d.get("type"), d.get("iso-date")) for d in activity.findall("activity-date")] == [
        ("1", timezone.localdate(item.created_at).isoformat())
    ]


def test_other_unions_staff_cannot_export_and_a_union_exports_only_its_own(
    portfolio, unions, callers
):
    with pytest.raises(Http404):
        exported(unions["dong-nai"], actor=callers["other_staff"])
    own = etree.fromstring(exported(unions["dong-nai"], actor=callers["own_viewer"]))
    assert len(own) == 3
    national = etree.fromstring(exported(unions["vufo"], actor=callers["national_staff"]))
    assert len(national) == 0


def test_the_command_writes_the_file_and_says_how_many(portfolio, tmp_path):
    path = tmp_path / "dong-nai.xml"
    err = io.StringIO()
    call_command("export_iati", "--union", "dong-nai", "--output", str(path), stderr=err)
    assert len(etree.parse(str(path)).getroot()) == 3
    assert err.getvalue().strip() == f"3 activities written to {path}."
    assert os.listdir(tmp_path) == ["dong-nai.xml"]


def test_the_command_writes_bytes_to_standard_output(portfolio, capsysbinary):
    call_command("export_iati", "--union", "dong-nai")
    captured = capsysbinary.readouterr()
    root = etree.fromstring(captured.out)
    assert len(root) == 3 and "同奈省清洁水计划".encode() in captured.out
    assert b"3 activities written to standard output." in captured.err


def test_the_command_refuses_an_unknown_union_and_leaves_no_file(unions, tmp_path):
    path = tmp_path / "out.xml"
    with pytest.raises(CommandError, match="Unknown union “nowhere”.*dong-nai"):
        call_command("export_iati", "--union", "nowhere", "--output", str(path))
    with pytest.raises(CommandError, match="Cannot write"):
        call_command("export_iati", "--union", "dong-nai", "--output", str(tmp_path / "no" / "x"))
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_leaves_no_half_file_and_the_old_one_as_it_was(
    portfolio, tmp_path, monkeypatch
):
    def failing(*, union, stream, actor=None):
        stream.write(b"<?xml version='1.0' encoding='utf-8'?>\n<iati-activities>")
        raise RuntimeError("the database went away")

    monkeypatch.setattr(export_iati, "iati_export", failing)
    path = tmp_path / "dong-nai.xml"
    with pytest.raises(RuntimeError):
        call_command("export_iati", "--union", "dong-nai", "--output", str(path))
    assert list(tmp_path.iterdir()) == []
    path.write_bytes(b"last week's file")
    with pytest.raises(RuntimeError):
        call_command("export_iati", "--union", "dong-nai", "--output", str(path))
    assert path.read_bytes() == b"last week's file"
    assert list(tmp_path.iterdir()) == [path]
