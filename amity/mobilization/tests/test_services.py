import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from amity.aid.models import AidKind, DonorRole
from amity.aid.workflow import AidStatus
from amity.finance.models import TransactionType
from amity.history.models import Change, ChangeAction
from amity.mobilization import services
from amity.mobilization.models import Call, CallStatus, PlanTask, Pledge, TaskStatus
from amity.mobilization.selectors import appeal_progress, program_progress, published_calls
from amity.reports.services import target_set

pytestmark = pytest.mark.django_db


# Calls and pledges --------------------------------------------------------------------


def test_a_pledge_keeps_its_vnd_equivalent_with_the_rate_of_its_day(make_call, make_pledge, donors):
    call = make_call()
    pledge = make_pledge(call, donors["fdi"], "20000.50", "USD", datetime.date(2024, 3, 1))
    pledge.refresh_from_db()
    assert pledge.union == call.union
    assert pledge.amount_vnd == Decimal("485412135")  # 20000.50 × 24270, to the dong
    assert (pledge.rate, pledge.rate_date, pledge.rate_source) == (
        Decimal("24270"),
        datetime.date(2024, 1, 2),
        "SBV",
    )
    change = Change.objects.for_record(pledge).get()
    assert change.action == ChangeAction.CREATE


def test_a_pledge_without_a_rate_is_refused_and_nothing_is_stored(make_call, make_pledge, donors):
    call = make_call()
    with pytest.raises(ValidationError) as error:
        make_pledge(call, donors["ngo"], "100", "EUR", datetime.date(2020, 1, 1))
    assert "No exchange rate for EUR" in str(error.value.message_dict["currency"])
    assert not Pledge.objects.exists()


def test_a_pledge_is_to_a_call_or_an_appeal_and_from_the_unions_own_donor(
    make_call, make_appeal, make_pledge, donors
):
    call, appeal = make_call(), make_appeal()
    with pytest.raises(ValidationError) as error:
        make_pledge(call, donors["lao_cai_ngo"])
    assert "donor" in error.value.message_dict
    with pytest.raises(ValidationError):
        services.pledge_save(
            actor=None,
            pledge=Pledge(
                call=call,
                appeal=appeal,
                donor=donors["ngo"],
                amount=Decimal(1),
                currency_id="VND",
                date=datetime.date(2024, 3, 1),
            ),
        )
    with pytest.raises(ValidationError) as error:
        make_pledge(call, donors["ngo"], amount="-5")
    assert "amount" in error.value.message_dict
    assert not Pledge.objects.exists()


def test_taking_up_a_pledge_makes_an_aid_item_that_keeps_the_link(
    make_call, make_pledge, make_program, donors, dong_nai_commune
):
    from amity.codelists.models import Sector

    program = make_program()
    sector = Sector.objects.get(code="11220")
    call = make_call(program=program, sector=sector, locality=dong_nai_commune)
    pledge = make_pledge(call, donors["fdi"], "20000", "USD", datetime.date(2024, 3, 1))

    item = services.call_take_up(actor=None, call=call, pledge=pledge)

    item.refresh_from_db()
    assert item.kind == AidKind.PROJECT and item.status == AidStatus.IDENTIFIED
    assert (item.title, item.title_en, item.title_zh_hans) == (
        call.title,
        call.title_en,
        call.title_zh_hans,
    )
    assert [(d.organization, d.role) for d in item.donors.all()] == [
        (donors["fdi"], DonorRole.FUNDING)
    ]
    assert [(s.sector, s.share) for s in item.sectors.all()] == [(sector, Decimal(100))]
    assert [(u.unit, u.share) for u in item.localities.all()] == [(dong_nai_commune, Decimal(100))]
    (commitment,) = item.transactions.all()
    assert commitment.type == TransactionType.COMMITMENT
    assert (commitment.amount, commitment.currency_id, commitment.amount_vnd) == (
        Decimal("20000"),
        "USD",
        Decimal("485400000"),
    )
    call.refresh_from_db()
    pledge.refresh_from_db()
    assert call.status == CallStatus.TAKEN_UP and call.aid_item == item
    assert pledge.aid_item == item
    assert list(program.aid_items.all()) == [item]
    change = Change.objects.get(
        action=ChangeAction.UPDATE, object_id=str(call.pk), content_type__model="call"
    )
    assert change.changes["status"] == ["published", "taken_up"]
    assert change.changes["aid_item"] == [None, item.label]


def test_a_call_is_taken_up_once_and_only_when_published(make_call, make_pledge, donors):
    call = make_call()
    pledge = make_pledge(call, donors["fdi"])
    services.call_take_up(actor=None, call=call, pledge=pledge)
    with pytest.raises(ValidationError, match="already taken up"):
        services.call_take_up(actor=None, call=call, pledge=pledge)

    draft = make_call(status=CallStatus.DRAFT)
    draft_pledge = make_pledge(draft, donors["ngo"])
    with pytest.raises(ValidationError) as error:
        services.call_take_up(actor=None, call=draft, pledge=draft_pledge)
    assert "published" in str(error.value.message_dict["status"])
    with pytest.raises(ValidationError) as error:
        services.call_take_up(actor=None, call=draft, pledge=pledge)
    assert "pledge" in error.value.message_dict or "status" in error.value.message_dict


def test_a_failed_take_up_leaves_nothing_behind(make_call, make_pledge, donors, unions):
    """The item would be written before the commitment, whose rate is missing: the
    whole step is undone."""
    from amity.aid.models import AidItem

    call = make_call(currency_id="EUR")
    pledge = make_pledge(call, donors["ngo"], "100", "EUR", datetime.date(2024, 3, 1))
    Pledge.objects.filter(pk=pledge.pk).update(date=datetime.date(2019, 1, 1))
    pledge.refresh_from_db()
    with pytest.raises(ValidationError):
        services.call_take_up(actor=None, call=call, pledge=pledge)
    assert not AidItem.objects.exists()
    call.refresh_from_db()
    assert call.status == CallStatus.PUBLISHED and call.aid_item is None


def test_taken_up_is_set_by_the_step_only_and_stays(make_call, make_pledge, donors):
    call = make_call(status=CallStatus.DRAFT)
    call.status = CallStatus.TAKEN_UP
    with pytest.raises(ValidationError) as error:
        services.call_save(actor=None, call=call)
    assert "status" in error.value.message_dict
    call = make_call()
    pledge = make_pledge(call, donors["fdi"])
    services.call_take_up(actor=None, call=call, pledge=pledge)
    call.refresh_from_db()
    call.status = CallStatus.DRAFT
    services.call_save(actor=None, call=call)
    call.refresh_from_db()
    assert call.status == CallStatus.TAKEN_UP
    with pytest.raises(ValidationError, match="close it instead"):
        services.call_delete(actor=None, call=call)
    with pytest.raises(ValidationError, match="stays as the item's origin"):
        services.pledge_delete(actor=None, pledge=pledge)


def test_a_provincial_call_stays_in_its_province(make_call, unions):
    from amity.geo.models import AdministrativeUnit

    hanoi = AdministrativeUnit.objects.get(structure="2025", code="01")
    with pytest.raises(ValidationError) as error:
        make_call(locality=hanoi)
    assert "outside" in str(error.value.message_dict["locality"])
    assert make_call(union="vufo", locality=hanoi).locality == hanoi


def test_published_calls_are_open_ones_filtered_by_sector_and_province(
    make_call, unions, dong_nai_commune
):
    from amity.codelists.models import Sector

    today = datetime.date(2026, 6, 1)
    education = Sector.objects.get(code="11220")
    health = Sector.objects.get(code="12220")
    school = make_call(sector=education, locality=dong_nai_commune, deadline=today)
    clinic = make_call(sector=health, deadline=today + datetime.timedelta(days=1))
    make_call(status=CallStatus.DRAFT, deadline=today)
    make_call(deadline=today - datetime.timedelta(days=1))  # past its deadline
    all_unions = list(unions.values())
    assert list(Call.objects.published(today).order_by("deadline")) == [school, clinic]
    assert list(Call.objects.past_deadline(today)) != []

    def shown(**filters):
        return [c.pk for c in published_calls(all_unions, today=today, **filters)]

    assert school.pk in shown() and clinic.pk in shown()
    assert shown(sector="11220") == [school.pk]
    assert shown(sector="112") == [school.pk]  # the DAC category
    assert shown(province="2025:75") == [school.pk]
    assert shown(province="2025:01") == []


# Permissions --------------------------------------------------------------------------


def test_only_the_unions_staff_and_national_staff_write_its_mobilization(
    make_call, make_pledge, make_member, donors
):
    call = make_call()
    other = make_member("lao-cai", "staff")
    viewer = make_member("dong-nai", "viewer")
    own, national = make_member("dong-nai", "staff"), make_member("vufo", "staff")
    call.title = "Changed"
    with pytest.raises(Http404):
        services.call_save(actor=other, call=call)
    with pytest.raises(PermissionDenied):
        services.call_save(actor=viewer, call=call)
    with pytest.raises(Http404):
        make_pledge(call, donors["fdi"], actor=other)
    with pytest.raises(PermissionDenied):
        make_pledge(call, donors["fdi"], actor=viewer)
    services.call_save(actor=own, call=call)
    pledge = make_pledge(call, donors["fdi"], actor=national)
    with pytest.raises(Http404):
        services.call_take_up(actor=other, call=call, pledge=pledge)
    with pytest.raises(PermissionDenied):
        services.call_take_up(actor=viewer, call=call, pledge=pledge)
    assert services.call_take_up(actor=own, call=call, pledge=pledge).union == call.union
    with pytest.raises(Http404):
        services.call_delete(actor=other, call=make_call())


def test_a_record_stays_in_its_union(make_call, unions):
    call = make_call()
    call.union = unions["lao-cai"]
    with pytest.raises(ValidationError) as error:
        services.call_save(actor=None, call=call)
    assert "union" in error.value.message_dict


# Appeals ------------------------------------------------------------------------------


def test_appeal_totals_count_every_currency_against_the_target(
    make_appeal, make_pledge, make_receipt, donors
):
    appeal = make_appeal(target_amount=Decimal("2000000000"), currency_id="VND")
    make_receipt(appeal, "500000000", "VND", donor=donors["fdi"])
    make_receipt(appeal, "10000", "USD", datetime.date(2024, 9, 20), donor=donors["ngo"])
    make_receipt(appeal, "1000", "EUR", datetime.date(2024, 9, 21), donor_name="Nguyễn Văn A")
    make_pledge(appeal, donors["ngo"], "30000", "USD", datetime.date(2024, 9, 15))

    progress = appeal_progress(appeal)

    # 500,000,000 + 10,000 × 24,270 + 1,000 × 26,800
    assert progress.currency == "VND"
    assert progress.received == Decimal("769500000")
    assert progress.pledged == Decimal("728100000")
    assert progress.share_received == Decimal("38.5")
    assert (progress.receipts, progress.donors) == (3, 3)
    assert progress.by_currency == {
        "EUR": Decimal("1000"),
        "USD": Decimal("10000"),
        "VND": Decimal("500000000"),
    }


def test_an_appeal_in_dollars_counts_dollars_as_they_are(make_appeal, make_receipt, donors):
    appeal = make_appeal(target_amount=Decimal("100000"), currency_id="USD")
    make_receipt(appeal, "25000", "USD", donor=donors["ngo"])
    make_receipt(appeal, "242700000", "VND", donor=donors["fdi"])  # 10,000 USD that day
    progress = appeal_progress(appeal)
    assert (progress.currency, progress.received, progress.share_received) == (
        "USD",
        Decimal("35000.00"),
        Decimal("35.0"),
    )


def test_many_appeals_are_counted_as_each_alone_in_few_queries(
    make_appeal, make_pledge, make_receipt, donors
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from amity.mobilization.selectors import appeals_progress

    def appeal_with_money(n, currency="VND", target="2000000000"):
        appeal = make_appeal(title=f"Lũ {n}", target_amount=Decimal(target), currency_id=currency)
        make_receipt(appeal, "500000000", "VND", donor=donors["fdi"])
        make_receipt(appeal, "10000", "USD", datetime.date(2024, 9, 20), donor=donors["ngo"])
        make_pledge(appeal, donors["ngo"], "30000", "USD", datetime.date(2024, 9, 15))
        return appeal

    # In VND, in dollars, and in yen, which the rate table cannot count in: VND then.
    appeals = [appeal_with_money(1), appeal_with_money(2, "USD", "100000")]
    appeals.append(appeal_with_money(3, "JPY", "5000000"))
    appeals.append(make_appeal(title="Chưa nhận gì"))
    alone = {appeal.pk: appeal_progress(appeal) for appeal in appeals}
    assert alone[appeals[2].pk].currency == "VND" and alone[appeals[2].pk].target is None
    assert alone[appeals[3].pk].receipts == 0
    with CaptureQueriesContext(connection) as few:
        assert appeals_progress(appeals) == alone
    appeals += [appeal_with_money(n) for n in range(4, 10)]
    with CaptureQueriesContext(connection) as more:
        progress = appeals_progress(appeals)
    assert len(progress) == 10 and len(more) == len(few)


def test_a_receipt_names_its_donor_and_honours_a_pledge_of_its_appeal(
    make_appeal, make_pledge, make_receipt, donors
):
    appeal, other = make_appeal(), make_appeal(title="Bão Yagi")
    with pytest.raises(ValidationError) as error:
        make_receipt(appeal, "1000")
    assert "donor" in error.value.message_dict
    pledge = make_pledge(appeal, donors["ngo"], "1000", "USD", datetime.date(2024, 9, 15))
    receipt = make_receipt(appeal, "1000", "USD", pledge=pledge)
    assert receipt.donor == donors["ngo"]
    with pytest.raises(ValidationError) as error:
        make_receipt(other, "1000", "USD", pledge=pledge)
    assert "pledge" in error.value.message_dict
    with pytest.raises(ValidationError, match="cannot be deleted"):
        services.appeal_delete(actor=None, appeal=appeal)
    services.appeal_delete(actor=None, appeal=other)


def test_an_appeals_localities_are_in_the_unions_province(make_appeal, dong_nai_commune):
    from amity.geo.models import AdministrativeUnit

    hanoi = AdministrativeUnit.objects.get(structure="2025", code="01")
    appeal = make_appeal(localities=[dong_nai_commune])
    assert list(appeal.localities.all()) == [dong_nai_commune]
    with pytest.raises(ValidationError) as error:
        make_appeal(localities=[hanoi])
    assert "outside" in str(error.value.message_dict["localities"])
    with pytest.raises(ValidationError) as error:
        make_appeal(start_date=datetime.date(2024, 9, 11), end_date=datetime.date(2024, 9, 1))
    assert "cannot close before it opens" in str(error.value)


# Programs -----------------------------------------------------------------------------


def test_a_programs_progress_sets_each_year_against_the_unions_target(
    make_program, make_call, make_pledge, donors, unions
):
    dong_nai = unions["dong-nai"]
    target_set(actor=None, union=dong_nai, year=2024, amount=Decimal("1000000000"), currency="VND")
    program = make_program(start_year=2023, end_year=2025)
    call = make_call(program=program)
    pledge = make_pledge(call, donors["fdi"], "20000", "USD", datetime.date(2024, 3, 1))
    services.call_take_up(actor=None, call=call, pledge=pledge)  # 485,400,000 in 2024
    other = make_call(title="Outside the program")
    services.call_take_up(
        actor=None,
        call=other,
        pledge=make_pledge(other, donors["ngo"], "10000", "USD", datetime.date(2024, 5, 1)),
    )

    years = {row.year: row for row in program_progress(program)}

    assert list(years) == [2023, 2024, 2025]
    assert years[2024].target == Decimal("1000000000")
    assert years[2024].program_committed == Decimal("485400000")
    assert years[2024].union_committed == Decimal("728100000")
    assert years[2024].share_of_target == Decimal("48.5")
    assert years[2023].target is None and years[2023].share_of_target is None


def test_a_program_keeps_only_its_unions_aid_items(make_program, unions):
    from amity.aid.models import AidItem
    from amity.aid.services import aid_item_save

    lao_cai_item = aid_item_save(
        actor=None, item=AidItem(union=unions["lao-cai"], kind=AidKind.PROJECT, title="Elsewhere")
    )
    with pytest.raises(ValidationError) as error:
        make_program(aid_items=[lao_cai_item])
    assert "aid_items" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        make_program(start_year=2025, end_year=2019)
    assert "last year cannot come before the first" in str(error.value)


# Coordination plans -------------------------------------------------------------------


def test_a_plans_tasks_are_synced_with_history(make_plan):
    plan = make_plan(
        tasks=[
            {
                "id": None,
                "title": "Lập danh mục dự án",
                "owner": "Sở Tài chính",
                "due_date": datetime.date(2025, 6, 30),
                "status": TaskStatus.OPEN,
            },
            {
                "id": None,
                "title": "Hội nghị xúc tiến",
                "owner": "Liên hiệp",
                "due_date": None,
                "status": TaskStatus.OPEN,
            },
        ]
    )
    first, second = plan.tasks.order_by("pk")
    services.plan_save(
        actor=None,
        plan=plan,
        tasks=[
            {
                "id": first.pk,
                "title": first.title,
                "owner": first.owner,
                "due_date": first.due_date,
                "status": TaskStatus.DONE,
            }
        ],
    )
    assert list(plan.tasks.values_list("title", "status")) == [
        ("Lập danh mục dự án", TaskStatus.DONE)
    ]
    actions = Change.objects.filter(parent_id=str(plan.pk)).values_list("action", flat=True)
    assert sorted(actions) == sorted(["create", "create", "update", "delete"])


def test_a_bad_task_row_is_named_and_nothing_changes(make_plan):
    plan = make_plan(tasks=[])
    with pytest.raises(ValidationError) as error:
        services.plan_save(
            actor=None,
            plan=plan,
            tasks=[
                {"id": None, "title": "Fine", "owner": "A", "due_date": None, "status": "open"},
                {"id": None, "title": "", "owner": "B", "due_date": None, "status": "open"},
            ],
        )
    assert "Row 2" in str(error.value.message_dict["tasks"])
    assert not PlanTask.objects.exists()


def test_a_plans_partner_is_the_unions_own_and_the_period_in_order(make_plan, donors):
    with pytest.raises(ValidationError) as error:
        make_plan(partner=donors["lao_cai_ngo"])
    assert "partner" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        make_plan(end_date=datetime.date(2024, 1, 1))
    assert "cannot end before it starts" in str(error.value)


def test_money_stays_with_its_call_even_for_national_staff(
    make_call, make_pledge, make_member, donors
):
    pledge = make_pledge(make_call(), donors["fdi"])
    elsewhere = make_call(union="lao-cai")
    pledge.call = elsewhere
    with pytest.raises(ValidationError) as error:
        services.pledge_save(actor=make_member("vufo", "staff"), pledge=pledge)
    assert "Money stays with the call" in error.value.message_dict["call"][0]
    pledge.refresh_from_db()
    assert pledge.call != elsewhere


def test_a_task_row_of_another_plan_is_refused_not_copied(make_plan):
    row = {"title": "Việc", "owner": "A", "due_date": None, "status": "open"}
    other = make_plan(tasks=[{"id": None, **row}])
    plan = make_plan(tasks=[])
    with pytest.raises(ValidationError) as error:
        services.plan_save(actor=None, plan=plan, tasks=[{**row, "id": other.tasks.get().pk}])
    assert error.value.message_dict["tasks"] == ["Row 1: it is not one of this record's rows."]
    assert plan.tasks.count() == 0 and other.tasks.count() == 1
