"""Loading the demo mobilization (`mobilization_data.py`) through the services, after the
aid portfolio (the program lists its items; a call becomes one).

Safe to run again: programs, calls, appeals and plans are found by union and title,
pledges by what they were made to, the donor, the amount and currency, receipts by the
appeal, who gave, the day, the amount and currency; a program's items, a plan's tasks and
the taken-up call's aid item are made only the first time. On a later day, the open
calls' deadlines move with the day the demo is loaded, as the certificates' dates do, so
the portal still shows them; nothing else changes."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from amity.aid.models import AidItem
from amity.codelists.models import Sector
from amity.geo.models import AdministrativeUnit, Structure
from amity.mobilization import services
from amity.mobilization.models import (
    Appeal,
    Call,
    CallStatus,
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


def _when(value: int | str, today: datetime.date) -> datetime.date:
    """A day of the data: days from `today` (an integer) or an ISO date."""
    if isinstance(value, int):
        return today + datetime.timedelta(days=value)
    return _day(value)


def _commune(code: str) -> AdministrativeUnit:
    return AdministrativeUnit.objects.get(structure=Structure.CURRENT, code=code)


class _Donors:
    """Demo organizations by (key, union slug): the registry's NGOs, the aid portfolio's
    organizations and the plans' agencies (made here if missing), found by name."""

    def __init__(self, unions: dict):
        self.unions = unions
        self.names = {ngo["key"]: ngo["name"] for ngo in data.NGOS}
        self.names.update({org["key"]: org["name"] for org in aid_data.ORGANIZATIONS})
        for agency in spec.AGENCIES:
            _organization(agency, unions[agency["union"]])
            self.names[agency["key"]] = agency["name"]

    def __call__(self, key: str, slug: str) -> Organization:
        return Organization.objects.get(union=self.unions[slug], name=self.names[key])


def _texts(row: dict, *, described: bool = True) -> dict:
    """Title (and description) in the original Vietnamese and their translations."""
    names = ["title", "title_en", "title_zh_hans"]
    if described:
        names += ["description", "description_en", "description_zh_hans"]
    texts = {name: row[name] for name in names}
    texts["title_vi"] = row["title"]
    if described:
        texts["description_vi"] = row["description"]
    return texts


def mobilization_demo_load(*, unions: dict, today: datetime.date) -> MobilizationDemoResult:
    """Load Dong Nai's program, calls, pledges and plans and Lao Cai's appeal. `unions`
    maps slugs to unions; runs inside `demo_load`'s transaction."""
    donors = _Donors(unions)
    program = _program(unions)
    calls = _calls(unions, program, today)
    for key, donor, amount, currency, day, conditions in spec.CALL_PLEDGES:
        _pledge(
            {"call": calls[key]},
            donors(donor, calls[key].union.slug),
            amount,
            currency,
            _when(day, today),
            conditions,
        )
    call_key, donor_key = spec.TAKEN_UP
    _take_up(calls[call_key], donors(donor_key, calls[call_key].union.slug))

    appeal = _appeal(unions)
    slug = spec.APPEAL["union"]
    for donor, amount, currency, day in spec.APPEAL_PLEDGES:
        _pledge({"appeal": appeal}, donors(donor, slug), amount, currency, _day(day))
    for donor, name, amount, currency, day, note in spec.APPEAL_RECEIPTS:
        _receipt(appeal, donors(donor, slug) if donor else None, name, amount, currency, day, note)

    for plan in spec.PLANS:
        _plan(plan, unions, donors, today)
    return MobilizationDemoResult(
        programs=1,
        calls=len(spec.CALLS),
        pledges=len(spec.CALL_PLEDGES) + len(spec.APPEAL_PLEDGES),
        appeals=1,
        receipts=len(spec.APPEAL_RECEIPTS),
        plans=len(spec.PLANS),
    )


def _program(unions) -> Program:
    values = dict(spec.PROGRAM)
    union = unions[values.pop("union")]
    found = Program.objects.filter(union=union, title=values["title"]).first()
    if found is not None:
        return found
    values["title_vi"] = values["title"]
    values["decision_date"] = _day(values["decision_date"])
    titles = {item["key"]: item["title"] for item in aid_data.items()}
    produced = AidItem.objects.filter(
        union=union, title__in=[titles[key] for key in spec.PROGRAM_ITEMS]
    )
    return services.program_save(
        actor=None, program=Program(union=union, **values), aid_items=list(produced)
    )


def _calls(unions, program: Program, today) -> dict[str, Call]:
    union = unions["dong-nai"]
    calls = {}
    for row in spec.CALLS:
        deadline = _when(row["deadline"], today)
        call = Call.objects.filter(union=union, title=row["title"]).first()
        if call is None:
            call = services.call_save(
                actor=None,
                call=Call(
                    union=union,
                    program=program if row["program"] else None,
                    status=row["status"],
                    audience=row["audience"],
                    sector=Sector.objects.get(code=row["sector"]),
                    locality=_commune(row["locality"]) if row["locality"] else None,
                    amount_sought=Decimal(row["amount"]),
                    currency_id=row["currency"],
                    deadline=deadline,
                    **spec.CONTACT,
                    **_texts(row),
                ),
            )
        elif call.deadline != deadline and call.status != CallStatus.TAKEN_UP:
            # Loaded on an earlier day: the deadline moves with today's load.
            call.deadline = deadline
            call = services.call_save(actor=None, call=call)
        calls[row["key"]] = call
    return calls


def _pledge(to: dict, donor, amount, currency, day, conditions: str = "") -> Pledge:
    amount = Decimal(amount)
    found = Pledge.objects.filter(**to, donor=donor, amount=amount, currency_id=currency).first()
    if found is not None:
        return found
    return services.pledge_save(
        actor=None,
        pledge=Pledge(
            **to,
            donor=donor,
            amount=amount,
            currency_id=currency,
            date=day,
            conditions=conditions,
        ),
    )


def _take_up(call: Call, donor) -> AidItem | None:
    """The call becomes an aid item through its donor's pledge, the first time only."""
    if call.aid_item_id is not None or call.status != CallStatus.PUBLISHED:
        return None
    pledge = Pledge.objects.get(call=call, donor=donor)
    return services.call_take_up(actor=None, call=call, pledge=pledge)


def _appeal(unions) -> Appeal:
    values = dict(spec.APPEAL)
    union = unions[values.pop("union")]
    found = Appeal.objects.filter(union=union, title=values["title"]).first()
    if found is not None:
        return found
    return services.appeal_save(
        actor=None,
        appeal=Appeal(
            union=union,
            event_date=_day(values["event_date"]),
            target_amount=Decimal(values["target_amount"]),
            currency_id=values["currency"],
            start_date=_day(values["start_date"]),
            end_date=_day(values["end_date"]),
            is_published=True,
            **_texts(values),
        ),
        localities=[_commune(code) for code in values["localities"]],
    )


def _receipt(appeal, donor, name, amount, currency, day, note) -> Receipt:
    amount, day = Decimal(amount), _day(day)
    found = Receipt.objects.filter(
        appeal=appeal,
        donor=donor,
        donor_name=name,
        date=day,
        amount=amount,
        currency_id=currency,
    ).first()
    if found is not None:
        return found
    honoured = (
        Pledge.objects.filter(appeal=appeal, donor=donor).first() if donor is not None else None
    )
    return services.receipt_save(
        actor=None,
        receipt=Receipt(
            appeal=appeal,
            pledge=honoured,
            donor=donor,
            donor_name=name,
            amount=amount,
            currency_id=currency,
            date=day,
            note=note,
        ),
    )


def _plan(row: dict, unions, donors, today) -> CoordinationPlan:
    union = unions[row["union"]]
    found = CoordinationPlan.objects.filter(union=union, title=row["title"]).first()
    if found is not None:
        return found
    tasks = [
        {
            "id": None,
            "title": title,
            "owner": owner,
            "due_date": _when(due, today) if due is not None else None,
            "status": status,
        }
        for title, owner, due, status in row["tasks"]
    ]
    plan = CoordinationPlan(
        union=union,
        partner=donors(row["partner"], row["union"]),
        start_date=_day(row["start_date"]),
        signed_date=_day(row["signed_date"]),
        notes=row["notes"],
        **_texts(row, described=False),
    )
    return services.plan_save(actor=None, plan=plan, tasks=tasks)
