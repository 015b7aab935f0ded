"""The demo's mobilization: Dong Nai's program, calls for sponsorship, pledges and plans,
Lao Cai's flood appeal after typhoon Yagi; loaded through the services, once."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db.models import Sum
from django.utils import timezone

from amity.aid.models import AidItemLocality, AidItemSector, DonorRole
from amity.aid.workflow import AidStatus
from amity.alerts.selectors import AlertKind, alerts_for
from amity.core.models import TaskStatus
from amity.demo import aid_data, data, mobilization_data
from amity.demo.mobilization import mobilization_demo_load
from amity.demo.services import demo_load
from amity.finance.models import Transaction, TransactionType
from amity.history.models import Change
from amity.mobilization.models import (
    Appeal,
    Call,
    CallStatus,
    CoordinationPlan,
    PlanTask,
    Pledge,
    Program,
    Receipt,
)
from amity.mobilization.selectors import appeal_progress, program_progress, published_calls
from amity.tenancy.models import Union

pytestmark = pytest.mark.django_db

MODELS = (Program, Call, Pledge, Appeal, Receipt, CoordinationPlan, PlanTask)


def stored():
    """Every value of the demo's mobilization records (timestamps included), the links
    of programs and appeals, and their history rows."""
    types = ContentType.objects.get_for_models(*MODELS).values()
    return (
        [list(model.objects.values().order_by("pk")) for model in MODELS],
        sorted(Program.aid_items.through.objects.values_list("program_id", "aiditem_id")),
        sorted(Appeal.localities.through.objects.values_list("appeal_id", "administrativeunit_id")),
        list(Change.objects.filter(content_type__in=types).values_list("pk", flat=True)),
    )


def test_the_demo_mobilization(demo_loaded):
    today = timezone.localdate()
    assert (
        "Mobilization: 7 calls for sponsorship, 9 pledges, 1 appeal with 7 receipts, "
        "2 coordination plans." in demo_loaded
    )
    loads_and_a_second_run_changes_nothing()
    dong_nais_program_and_its_items()
    the_calls_the_portal_and_the_alerts_see(today)
    the_call_taken_up_became_an_aid_item()
    the_appeal_for_mu_cang_chai_adds_up()
    the_coordination_plans_and_their_overdue_tasks(today)
    vietnamese_and_chinese_texts_come_back_as_written()
    a_run_on_a_later_day_duplicates_nothing(today)


def loads_and_a_second_run_changes_nothing():
    spec = mobilization_data
    counts = [model.objects.count() for model in MODELS]
    assert counts == [
        1,
        len(spec.CALLS),
        len(spec.CALL_PLEDGES) + len(spec.APPEAL_PLEDGES),
        1,
        len(spec.APPEAL_RECEIPTS),
        len(spec.PLANS),
        sum(len(plan["tasks"]) for plan in spec.PLANS),
    ]
    assert counts == [1, 7, 9, 1, 7, 2, 8]
    before, transactions = stored(), Transaction.objects.count()
    result = demo_load()
    assert stored() == before
    assert [model.objects.count() for model in MODELS] == counts
    assert Transaction.objects.count() == transactions
    assert (result.mobilization.calls, result.mobilization.receipts) == (7, 7)
    # Every pledge and receipt is of the union of what it was given to, from one of its
    # organizations.
    for money in [*Pledge.objects.all(), *Receipt.objects.all()]:
        target = getattr(money, "call", None) or money.appeal
        assert money.union_id == target.union_id
        assert money.donor is None or money.donor.union_id == money.union_id


def dong_nais_program_and_its_items():
    program = Program.objects.get()
    assert program.union.slug == "dong-nai"
    assert (program.start_year, program.end_year) == (2019, 2025)
    assert (program.decision_number, program.decision_date) == (
        "294/QĐ-UBND",
        datetime.date(2020, 1, 22),
    )
    assert program.decision_authority == "Ủy ban nhân dân tỉnh Đồng Nai"
    # Its programs and projects, and the call taken up in 2024.
    titles = {spec["key"]: spec["title"] for spec in aid_data.items()}
    expected = {titles[key] for key in mobilization_data.PROGRAM_ITEMS}
    expected.add("Nâng cấp Trạm Y tế xã Xuân Lộc")
    assert set(program.aid_items.values_list("title", flat=True)) == expected

    years = {row.year: row for row in program_progress(program)}
    assert list(years) == list(range(2019, 2026))
    commitments = Transaction.objects.filter(type=TransactionType.COMMITMENT)
    for year in (2022, 2023, 2024):
        row = years[year]
        of_program = commitments.filter(item__in=program.aid_items.all(), date__year=year)
        assert row.program_committed == of_program.aggregate(s=Sum("amount_vnd"))["s"]
        assert 0 < row.program_committed <= row.union_committed
    # The one-off non-project aid of 2022 and 2023 stays outside the program.
    assert years[2022].program_committed < years[2022].union_committed
    assert years[2023].program_committed < years[2023].union_committed
    # The union's 2023 is the seed page's: 109.841 billion VND, 158 % of the target.
    assert years[2023].union_committed == Decimal(109_841_000_000)
    assert (years[2023].currency, years[2023].target) == ("VND", Decimal(69_500_000_000))
    assert years[2023].share_of_target < Decimal(158)


def the_calls_the_portal_and_the_alerts_see(today):
    dong_nai = Union.objects.get(slug="dong-nai")
    calls = Call.objects.filter(union=dong_nai)
    statuses = {call.title_en: call.status for call in calls}
    assert sorted(statuses.values()) == sorted(["published"] * 4 + ["draft", "taken_up", "closed"])
    # The portal shows the open ones, soonest deadline first; one is past its deadline.
    shown = list(published_calls([dong_nai], today=today))
    assert [call.title_en for call in shown] == [
        "Clean water for 300 households in Tan Phu commune",
        "Six classrooms for the Tri An commune kindergarten",
        "Scholarships for pupils of poor families in Nhon Trach commune",
    ]
    assert all(call.deadline > today for call in shown)
    assert [call.locality.key for call in shown] == [
        "2025:26116",
        "2025:26170",
        "2025:26485",
    ]
    assert {call.locality.current_province.key for call in calls if call.locality} == {"2025:75"}
    assert {call.currency_id for call in shown} == {"USD", "VND"}
    assert [c.title_en for c in published_calls([dong_nai], sector="113", today=today)] == [
        "Scholarships for pupils of poor families in Nhon Trach commune"
    ]
    (late,) = Call.objects.past_deadline(today)
    assert late.title_en == "Library books for the primary schools of Long Thanh commune"
    alerts = alerts_for([dong_nai], today)
    assert [a.title for a in alerts if a.kind == AlertKind.CALL_PAST_DEADLINE] == [late.label]
    # Pledges come from foreign NGOs and FDI enterprises.
    kinds = set(Pledge.objects.filter(call__isnull=False).values_list("donor__kind", flat=True))
    assert kinds == {"foreign_ngo", "enterprise"}


def the_call_taken_up_became_an_aid_item():
    call = Call.objects.get(status=CallStatus.TAKEN_UP)
    assert call.title_en == "Upgrading the Xuan Loc commune health station"
    item = call.aid_item
    assert item.status == AidStatus.IDENTIFIED and item.union_id == call.union_id
    assert (item.title, item.title_zh_hans) == (call.title, call.title_zh_hans)
    (donor,) = item.donors.all()
    pledge = Pledge.objects.get(aid_item=item)
    assert pledge.call == call
    assert donor.role == DonorRole.FUNDING and donor.organization == pledge.donor
    assert donor.organization.kind == "enterprise" and donor.organization.country_id == "KR"
    # The pledge is the item's first commitment: USD 45,000 on 15 October 2024, at the
    # demo rate of 1 October 2024 (24,100 VND per dollar).
    (commitment,) = item.transactions.all()
    assert (commitment.type, commitment.date) == (
        TransactionType.COMMITMENT,
        datetime.date(2024, 10, 15),
    )
    assert (commitment.amount, commitment.currency_id) == (Decimal(45_000), "USD")
    assert (commitment.rate, commitment.rate_date) == (Decimal(24_100), datetime.date(2024, 10, 1))
    assert commitment.amount_vnd == pledge.amount_vnd == Decimal(1_084_500_000)
    (locality,) = AidItemLocality.objects.filter(item=item)
    assert (locality.unit.key, locality.share) == ("2025:26425", Decimal(100))
    (sector,) = AidItemSector.objects.filter(item=item)
    assert sector.sector_id == "12230"
    assert item.mobilization_programs.get() == call.program


def the_appeal_for_mu_cang_chai_adds_up():
    appeal = Appeal.objects.get()
    assert appeal.union.slug == "lao-cai" and appeal.is_published
    assert appeal.event_date == datetime.date(2024, 9, 10)
    localities = appeal.localities.all()
    assert {unit.name for unit in localities} == {
        "Xã Mù Cang Chải",
        "Xã Nậm Có",
        "Xã Khao Mang",
        "Xã Lao Chải",
        "Xã Chế Tạo",
        "Xã Púng Luông",
    }
    assert {(u.structure, u.level, u.current_province.key) for u in localities} == {
        ("2025", "commune", "2025:15")
    }
    # By hand, from the demo rate file (the latest rate on or before each day):
    # received   500,000,000 VND (Plan)
    #          + 15,000 USD × 24,160 (4 Sep 2024) = 362,400,000 (Save the Children)
    #          + 20,000 USD × 24,160              = 483,200,000 (World Vision)
    #          + 10,000 EUR × 26,678.70 (1 Oct)   = 266,787,000 (CARE)
    #          + 150,000,000 VND (Good Neighbors) + 5,000,000 VND (Nguyễn Văn Hùng)
    #          + 500 USD × 24,160                 =  12,080,000 (陈美玲)
    #          = 1,779,467,000 VND, 59.3 % of the 3 billion target;
    # pledged    500,000,000 + 30,000 USD × 24,160 (724,800,000) + 400,000,000
    #          + 10,000 EUR × 26,696.80 (4 Sep: 266,968,000) = 1,891,768,000 VND.
    progress = appeal_progress(appeal)
    assert (progress.currency, progress.target) == ("VND", Decimal(3_000_000_000))
    assert progress.received == Decimal(1_779_467_000)
    assert progress.pledged == Decimal(1_891_768_000)
    assert progress.share_received == Decimal("59.3")
    assert (progress.receipts, progress.donors) == (7, 7)
    assert progress.by_currency == {
        "EUR": Decimal(10_000),
        "USD": Decimal(35_500),
        "VND": Decimal(655_000_000),
    }
    # Receipts from donors who pledged honour their pledge; people are named.
    names = {ngo["key"]: ngo["name"] for ngo in data.NGOS}
    honoured = Receipt.objects.filter(pledge__isnull=False)
    assert {(r.donor.name, r.pledge.donor.name) for r in honoured} == {
        (names[key], names[key]) for key in ("plan", "save-the-children", "care")
    }
    assert set(Receipt.objects.filter(donor__isnull=True).values_list("donor_name", flat=True)) == {
        "Nguyễn Văn Hùng",
        "陈美玲",
    }


def the_coordination_plans_and_their_overdue_tasks(today):
    finance = CoordinationPlan.objects.get(partner__name_en="Dong Nai Department of Finance")
    zones = CoordinationPlan.objects.get(partner__name_en="Dong Nai Industrial Zones Authority")
    for plan in (finance, zones):
        assert plan.union.slug == "dong-nai" and plan.partner.kind == "vietnamese_agency"
        assert plan.signed_date == datetime.date(2020, 7, 7)
        assert plan.tasks.count() == 4
    assert "Sở Kế hoạch và Đầu tư" in finance.notes and "01/3/2025" in finance.notes
    overdue = PlanTask.objects.overdue(today)
    assert overdue.count() == 3
    assert set(overdue.values_list("status", flat=True)) == {
        TaskStatus.OPEN,
        TaskStatus.IN_PROGRESS,
    }
    assert {task.plan for task in overdue} == {finance, zones}
    alerts = alerts_for(Union.objects.filter(slug="dong-nai"), today)
    titles = [a.title for a in alerts if a.kind == AlertKind.TASK_OVERDUE]
    assert sum(finance.label in title or zones.label in title for title in titles) == 3


def vietnamese_and_chinese_texts_come_back_as_written():
    for row in mobilization_data.CALLS:
        call = Call.objects.get(title=row["title"])
        for name in ("title_en", "title_zh_hans", "description", "description_zh_hans"):
            assert getattr(call, name) == row[name], name
        assert call.title_vi == row["title"] and call.description_en == row["description_en"]
    appeal = Appeal.objects.get()
    spec = mobilization_data.APPEAL
    assert (appeal.title, appeal.title_zh_hans) == (spec["title"], spec["title_zh_hans"])
    assert appeal.description_zh_hans == spec["description_zh_hans"]
    assert "木冈寨" in appeal.title_zh_hans and "Mù Cang Chải" in appeal.title
    assert Receipt.objects.get(donor_name="陈美玲").currency_id == "USD"
    plan = CoordinationPlan.objects.get(
        title_zh_hans="同奈省外国非政府援助动员、管理和使用协调计划"
    )
    assert plan.title.startswith("Kế hoạch phối hợp trong công tác vận động")


def a_run_on_a_later_day_duplicates_nothing(today):
    """Loaded again two months later: nothing is added, and the open calls' deadlines
    move with the day, so the portal still has calls to show."""
    later = today + datetime.timedelta(days=60)
    counts = [model.objects.count() for model in MODELS]
    unions = {union.slug: union for union in Union.objects.all()}
    mobilization_demo_load(unions=unions, today=later)
    assert [model.objects.count() for model in MODELS] == counts
    assert Call.objects.published(later).count() == 3
    assert Call.objects.past_deadline(later).count() == 1
    assert Call.objects.get(status=CallStatus.TAKEN_UP).deadline == datetime.date(2024, 11, 30)
