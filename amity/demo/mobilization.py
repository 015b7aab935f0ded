"""Loading the demo mobilization (`mobilization_data.py`) through the services.

Safe to run again: programs, calls, appeals and plans are found by union and title,
pledges and receipts by what they are to, who gave, the day and the amount; a plan's
tasks and the taken-up call's aid item are made only the first time."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from amity.aid.models import AidItem
from amity.codelists.models import Sector
from amity.finance.models import TransactionType
from amity.geo.models import AdministrativeUnit
from amity.mobilization import services
from amity.mobilization.models import (
    Appeal,
    Call,
    CoordinationPlan,
    Pledge,
    Program,
    Receipt,
)
from amity.registry.models import Organization

from . import aid_data, data
from . import mobilization_data as spec
from .aid import _organization


@dataclass
class MobilizationDemoResult:
    programs: int = 0
    calls: int = 0
    pledges: int = 0
    appeals: int = 0
    receipts: int = 0
    plans: int = 0


def _day(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def _commune(code: str) -> AdministrativeUnit:
    return AdministrativeUnit.objects.get(structure="2025", code=code)


class _Donors:
    """Demo organizations by (key, union slug): the registry's NGOs, the aid portfolio's
    organizations and this file's agencies, found by name."""

    def __init__(self, unions: dict):
        self.unions = unions
        self.names = {ngo["key"]: ngo["name"] for ngo in data.NGOS}
        self.names.update({org["key"]: org["name"] for org in aid_data.ORGANIZATIONS})
        for agency in spec.AGENCIES:
            _organization(agency, unions[agency["union"]])
            self.names[agency["key"]] = agency["name"]

    def __call__(self, key: str, slug: str) -> Organization:
        return Organization.objects.get(union=self.unions[slug], name=self.names[key])


def mobilization_demo_load(*, unions: dict, today: datetime.date) -> MobilizationDemoResult:
    result = MobilizationDemoResult()
    donors = _Donors(unions)
    _program(unions)
    result.programs = 1
    calls = _calls(unions, today)
    result.calls = len(calls)
    for key, donor, amount, currency, days, conditions in spec.CALL_PLEDGES:
        call = calls[key]
        _pledge(
            {"call": call},
            donors(donor, "dong-nai"),
            amount,
            currency,
            today + datetime.timedelta(days=days),
            conditions=conditions,
        )
        result.pledges += 1
    _take_up(calls[spec.TAKEN_UP[0]], donors(spec.TAKEN_UP[1], "dong-nai"))
    appeal = _appeal(unions)
    result.appeals = 1
    slug = spec.APPEAL["union"]
    for donor, _name, amount, currency, day in spec.APPEAL_PLEDGES:
        _pledge({"appeal": appeal}, donors(donor, slug), amount, currency, _day(day))
        result.pledges += 1
    for donor, name, amount, currency, day, note in spec.APPEAL_RECEIPTS:
        _receipt(appeal, donors(donor, slug) if donor else None, name, amount, currency, day, note)
        result.receipts += 1
    for plan in spec.PLANS:
        _plan(plan, unions, donors, today)
        result.plans += 1
    return result


def _program(unions) -> Program:
    values = dict(spec.PROGRAM)
    union = unions[values.pop("union")]
    program = Program.objects.filter(union=union, title=values["title"]).first()
    if program is not None:
        return program
    values["decision_date"] = _day(values["decision_date"])
    # The Dong Nai items whose money was committed in the program's years.
    produced = AidItem.objects.filter(
        union=union,
        transactions__type=TransactionType.COMMITMENT,
        transactions__date__year__gte=values["start_year"],
        transactions__date__year__lte=values["end_year"],
    ).distinct()
    return services.program_save(
        actor=None, program=Program(union=union, **values), aid_items=list(produced)
    )


def _calls(unions, today) -> dict[str, Call]:
    union = unions["dong-nai"]
    calls = {}
    for row in spec.CALLS:
        found = Call.objects.filter(union=union, title=row["title"]).first()
        if found is not None:
            calls[row["key"]] = found
            continue
        values = {k: v for k, v in row.items() if k not in ("key", "deadline", "sector")}
        values.update(
            union=union,
            deadline=today + datetime.timedelta(days=row["deadline"]),
            sector=Sector.objects.get(code=row["sector"]),
            locality=_commune(row["locality"]) if row["locality"] else None,
            amount_sought=Decimal(values.pop("amount")),
            currency_id=values.pop("currency"),
            **spec.CONTACT,
        )
        calls[row["key"]] = services.call_save(actor=None, call=Call(**values))
    return calls


def _pledge(to: dict, donor, amount, currency, day, conditions: str = "") -> Pledge:
    found = Pledge.objects.filter(
        **to, donor=donor, date=day, amount=Decimal(amount), currency_id=currency
    ).first()
    if found is not None:
        return found
    return services.pledge_save(
        actor=None,
        pledge=Pledge(
            **to,
            donor=donor,
            amount=Decimal(amount),
            currency_id=currency,
            date=day,
            conditions=conditions,
        ),
    )


def _take_up(call: Call, donor) -> None:
    if call.aid_item_id is not None:
        return
    pledge = Pledge.objects.filter(call=call, donor=donor).first()
    services.call_take_up(actor=None, call=call, pledge=pledge)


def _appeal(unions) -> Appeal:
    values = dict(spec.APPEAL)
    union = unions[values.pop("union")]
    localities = [_commune(code) for code in values.pop("localities")]
    found = Appeal.objects.filter(union=union, title=values["title"]).first()
    if found is not None:
        return found
    for name in ("event_date", "start_date", "end_date"):
        values[name] = _day(values[name])
    values["target_amount"] = Decimal(values["target_amount"])
    values["currency_id"] = values.pop("currency")
    return services.appeal_save(
        actor=None,
        appeal=Appeal(union=union, is_published=True, **values),
        localities=localities,
    )


def _receipt(appeal, donor, name, amount, currency, day, note) -> Receipt:
    found = Receipt.objects.filter(
        appeal=appeal,
        donor=donor,
        donor_name=name,
        date=_day(day),
        amount=Decimal(amount),
        currency_id=currency,
    ).first()
    if found is not None:
        return found
    pledge = (
        Pledge.objects.filter(appeal=appeal, donor=donor).first() if donor is not None else None
    )
    return services.receipt_save(
        actor=None,
        receipt=Receipt(
            appeal=appeal,
            pledge=pledge,
            donor=donor,
            donor_name=name,
            amount=Decimal(amount),
            currency_id=currency,
            date=_day(day),
            note=note,
        ),
    )


def _plan(row: dict, unions, donors, today) -> CoordinationPlan:
    union = unions[row["union"]]
    found = CoordinationPlan.objects.filter(union=union, title=row["title"]).first()
    if found is not None:
        return found
    values = {k: v for k, v in row.items() if k not in ("union", "partner", "tasks")}
    values["start_date"] = _day(values["start_date"])
    values["signed_date"] = _day(values["signed_date"])
    tasks = [
        {
            "id": None,
            "title": title,
            "owner": owner,
            "due_date": today + datetime.timedelta(days=due) if due is not None else None,
            "status": status,
        }
        for title, owner, due, status in row["tasks"]
    ]
    return services.plan_save(
        actor=None,
        plan=CoordinationPlan(union=union, partner=donors(row["partner"], row["union"]), **values),
        tasks=tasks,
    )
