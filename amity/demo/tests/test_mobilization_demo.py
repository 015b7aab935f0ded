"""The demo's mobilization: Dong Nai's program, calls and plans, Lao Cai's flood appeal,
loaded through the services, and loaded once."""

import csv
import datetime
import io
from decimal import ROUND_HALF_UP, Decimal

import pytest
from django.core.management import call_command
from django.utils import timezone

from amity.aid.models import DonorRole
from amity.core.models import TaskStatus
from amity.demo import mobilization_data
from amity.demo.aid import RATES_FILE
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
from amity.mobilization.selectors import appeal_progress, program_progress

pytestmark = pytest.mark.django_db
MODELS = (Program, Call, Pledge, Appeal, Receipt, CoordinationPlan, PlanTask)


def demo() -> str:
    out = io.StringIO()
    call_command("demo", stdout=out)
    return out.getvalue()


def rate_on(currency: str, day: datetime.date) -> Decimal:
    """The demo rate file's latest rate on or before `day`, read straight from the file."""
    with RATES_FILE.open(encoding="utf-8", newline="") as stream:
        rows = [
            (datetime.date.fromisoformat(r["date"]), Decimal(r["vnd_per_unit"]))
            for r in csv.DictReader(stream)
            if r["currency"] == currency
        ]
    return max((d, v) for d, v in rows if d <= day)[1]


def test_the_demo_mobilization_loads_once_and_adds_up():
    out = demo()
    assert "Mobilization: 7 calls for sponsorship, 8 pledges, 1 appeal with 6 receipts" in out
    counts = [m.objects.count() for m in MODELS]
    demo()
    assert [m.objects.count() for m in MODELS] == counts

    today = timezone.localdate()
    # The portal has open calls; one past its deadline is left for the alerts.
    open_calls = Call.objects.published(today)
    assert open_calls.count() == 3  # the fourth was taken up
    assert Call.objects.past_deadline(today).count() == 1
    assert Call.objects.get(title__startswith="Xây dựng 6 phòng học").title_zh_hans == (
        "为治安乡幼儿园建造六间教室"
    )

    # The health station was taken up: its aid item has the FDI enterprise as funder and
    # the pledge as commitment.
    taken = Call.objects.get(status=CallStatus.TAKEN_UP)
    item = taken.aid_item
    (donor,) = item.donors.all()
    assert donor.role == DonorRole.FUNDING and donor.organization.kind == "enterprise"
    (commitment,) = item.transactions.all()
    assert (commitment.amount, commitment.currency_id) == (Decimal("1100000000"), "VND")
    assert Pledge.objects.get(aid_item=item).donor == donor.organization

    # The appeal: every receipt at the demo rate of its day, against the target.
    appeal = Appeal.objects.get()
    assert appeal.union.slug == "lao-cai" and appeal.localities.count() == 6
    expected = sum(
        (
            (Decimal(amount) * (rate_on(currency, datetime.date.fromisoformat(day)))).quantize(
                Decimal(1), ROUND_HALF_UP
            )
            if currency != "VND"
            else Decimal(amount)
        )
        for _donor, _name, amount, currency, day, _note in mobilization_data.APPEAL_RECEIPTS
    )
    progress = appeal_progress(appeal)
    assert progress.currency == "VND"
    assert progress.received == expected
    assert progress.share_received == (expected * 100 / Decimal(3_000_000_000)).quantize(
        Decimal("0.1"), ROUND_HALF_UP
    )
    assert progress.donors == 6
    assert Receipt.objects.get(donor_name="陈美玲").currency_id == "USD"

    # Dong Nai's program counts the items committed in its years.
    program = Program.objects.get()
    assert program.aid_items.count() > 10
    years = {row.year: row for row in program_progress(program)}
    assert years[2023].program_committed > 0
    assert years[2023].program_committed <= years[2023].union_committed

    # Plans keep their tasks; some are overdue for the alerts.
    assert CoordinationPlan.objects.count() == 2
    overdue = PlanTask.objects.overdue(today)
    assert overdue.count() == 2
    assert set(overdue.values_list("status", flat=True)) == {TaskStatus.OPEN}
    finance = CoordinationPlan.objects.get(partner__name="Sở Tài chính tỉnh Đồng Nai")
    assert "Sở Kế hoạch và Đầu tư" in finance.notes
