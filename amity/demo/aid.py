"""Loading the demo aid portfolio (`aid_data.py`) through the services: the rate table,
the organizations the items need, then each item with its workflow steps and money.

Safe to run again: rates already in the table are left unchanged (`rates_import`), items
are found by union and title, transactions by item, type, date, amount and currency, and
an item only takes the workflow steps it has not taken yet."""

import datetime
import zlib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.utils import timezone

from amity.aid import services as aid
from amity.aid.models import AidItem
from amity.aid.services import Decision
from amity.aid.workflow import AidStatus
from amity.codelists.models import Country, OrganisationType, Sector
from amity.finance.models import Transaction
from amity.finance.services import rates_import
from amity.finance.transactions import CLOSED_STATUSES, transaction_save
from amity.geo.models import AdministrativeUnit
from amity.registry import services as registry
from amity.registry.models import Organization
from amity.reports.services import target_set

from . import aid_data

RATES_FILE = Path(__file__).with_name("rates.csv")

S = AidStatus
_TO_APPROVAL = [S.IDENTIFIED, S.PROPOSED, S.UNDER_APPRAISAL, S.APPROVED]
# The steps that lead to each final status.
PATHS: dict[str, list[AidStatus]] = {
    S.IDENTIFIED: [S.IDENTIFIED],
    S.PROPOSED: [S.IDENTIFIED, S.PROPOSED],
    S.UNDER_APPRAISAL: [S.IDENTIFIED, S.PROPOSED, S.UNDER_APPRAISAL],
    S.APPROVED: _TO_APPROVAL,
    S.UNDER_WAY: [*_TO_APPROVAL, S.UNDER_WAY],
    S.COMPLETED: [*_TO_APPROVAL, S.UNDER_WAY, S.COMPLETED],
    S.REJECTED: [S.IDENTIFIED, S.PROPOSED, S.UNDER_APPRAISAL, S.REJECTED],
    S.CANCELLED: [*_TO_APPROVAL, S.CANCELLED],
}


# How many days before the approval decision (or, for an item never approved, before
# its planned start) the demo dates each earlier step.
DAYS_BEFORE = {S.PROPOSED: 90, S.UNDER_APPRAISAL: 45, S.REJECTED: 30}


def _step_time(to: AidStatus, spec: dict) -> datetime.datetime:
    """When the demo says a step happened, so the history and the dashboard's items
    waiting too long look like a real portfolio's: approval on the decision's date,
    start and end on the actual dates, cancelling at the end, earlier steps before."""
    decided = _day(spec["decision"][1]) if spec.get("decision") else None
    day = {
        S.APPROVED: decided,
        S.UNDER_WAY: _day(spec["actual_start"]),
        S.COMPLETED: _day(spec["actual_end"]),
        S.CANCELLED: _day(spec["actual_end"]) or (decided and decided + datetime.timedelta(30)),
    }.get(to)
    if day is None:
        anchor = decided or _day(spec["planned_start"]) or timezone.localdate()
        day = anchor - datetime.timedelta(days=DAYS_BEFORE.get(to, 0))
    day = min(day, timezone.localdate())
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))


@dataclass
class AidDemoResult:
    rates: int = 0
    organizations: int = 0
    items: int = 0
    transactions: int = 0


def _day(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _kept_internal(spec: dict) -> bool:
    """About one item in five stays off the portal, to show that the public pages leave
    it out; never one that makes the seed pages' 2022 and 2023 figures, so the public
    dashboard still quotes them."""
    in_seed_years = any(day[:4] in ("2022", "2023") for _, day, _, _ in spec["transactions"])
    return not in_seed_years and zlib.crc32(spec["key"].encode()) % 5 == 0


def aid_demo_load(*, unions: dict, organizations: dict) -> AidDemoResult:
    """Load the rates and the aid items. `organizations` maps (NGO key, union slug) to
    the demo's organizations (as built by `demo_load`); `unions` maps slugs to unions.
    Runs inside `demo_load`'s transaction."""
    result = AidDemoResult()
    with RATES_FILE.open(encoding="utf-8", newline="") as stream:
        imported = rates_import(actor=None, stream=stream, source=aid_data.RATES_SOURCE)
    result.rates = imported.created + imported.updated + imported.unchanged

    orgs = dict(organizations)
    for spec in aid_data.ORGANIZATIONS:
        orgs[(spec["key"], spec["union"])] = _organization(spec, unions[spec["union"]])
    result.organizations = len(aid_data.ORGANIZATIONS)

    specs = aid_data.items()
    loader = _Loader(unions, orgs, specs)
    for spec in specs:
        loader.load(spec)
    result.items = len(specs)
    result.transactions = sum(len(spec["transactions"]) for spec in specs)
    for slug, year, amount, currency in aid_data.TARGETS:
        target_set(
            actor=None, union=unions[slug], year=year, amount=Decimal(amount), currency=currency
        )
    return result


def _organization(spec: dict, union) -> Organization:
    existing = Organization.objects.filter(union=union, name=spec["name"]).first()
    if existing is not None:
        return existing
    org = Organization(
        union=union,
        name=spec["name"],
        name_vi=spec["name_vi"],
        name_en=spec["name_en"],
        name_zh_hans=spec["name_zh_hans"],
        kind=spec["kind"],
        country=Country.objects.filter(code=spec["country"]).first(),
        organisation_type=OrganisationType.objects.filter(code=spec["organisation_type"]).first(),
    )
    return registry.organization_save(
        actor=None,
        organization=org,
        fields_of_work=list(Sector.objects.filter(code__in=spec["fields"])),
        # Demo names are known to be distinct organizations.
        allow_duplicate=True,
    )


class _Loader:
    """Looks up what the items refer to once, then loads them one by one."""

    def __init__(self, unions: dict, organizations: dict, specs: list[dict]):
        self.unions = unions
        self.organizations = organizations
        self.sectors = Sector.objects.in_bulk(
            {code for spec in specs for code, _share in spec["sectors"]}
        )
        self.units = {}
        for structure in {spec["structure"] for spec in specs}:
            codes = {c for s in specs if s["structure"] == structure for c, _ in s["localities"]}
            for unit in AdministrativeUnit.objects.filter(structure=structure, code__in=codes):
                self.units[(structure, unit.code)] = unit
        union_ids = [union.pk for union in unions.values()]
        self.items = {
            (item.union_id, item.title): item
            for item in AidItem.objects.filter(union_id__in=union_ids)
        }
        self.transactions = set(
            Transaction.objects.filter(union_id__in=union_ids).values_list(
                "item_id", "type", "date", "amount", "currency_id"
            )
        )
        self.by_key: dict[str, AidItem] = {}

    def load(self, spec: dict) -> AidItem:
        union = self.unions[spec["union"]]
        item = self.items.get((union.pk, spec["title"])) or self._create(spec, union)
        self.by_key[spec["key"]] = item

        path = PATHS[spec["status"]]
        steps = path[path.index(item.status) + 1 :] if item.status in path else []
        # Money moves before an item is rejected or cancelled, never after.
        closing = steps[-1:] if steps and steps[-1] in CLOSED_STATUSES else []
        for step in steps[: len(steps) - len(closing)]:
            item = self._step(item, step, spec)
        if item.status not in CLOSED_STATUSES:
            for kind, day, amount, currency in spec["transactions"]:
                row = (item.pk, kind, _day(day), amount, currency)
                if row not in self.transactions:
                    transaction_save(
                        actor=None,
                        transaction=Transaction(
                            item=item, type=kind, date=row[2], amount=amount, currency_id=currency
                        ),
                    )
                    self.transactions.add(row)
        for step in closing:
            item = self._step(item, step, spec)
        return item

    def _create(self, spec: dict, union) -> AidItem:
        slug = spec["union"]
        item = AidItem(
            union=union,
            kind=spec["kind"],
            parent=self.by_key[spec["parent"]] if spec["parent"] else None,
            owner=self.organizations[(spec["owner"], slug)] if spec["owner"] else None,
            legal_basis=spec["legal_basis"],
            spending_nature=spec["spending_nature"],
            implementer=spec["implementer"],
            beneficiaries_count=spec["beneficiaries_count"],
            beneficiaries_description=spec["beneficiaries_description"],
            planned_start=_day(spec["planned_start"]),
            planned_end=_day(spec["planned_end"]),
            actual_start=_day(spec["actual_start"]),
            actual_end=_day(spec["actual_end"]),
            is_public=not _kept_internal(spec),
            **{name: spec[name] for name in ("title", "title_vi", "title_en", "title_zh_hans")},
        )
        item = aid.aid_item_save(
            actor=None,
            item=item,
            donors=[(self.organizations[(key, slug)], role) for key, role in spec["donors"]],
            localities=[
                (self.units[(spec["structure"], code)], share) for code, share in spec["localities"]
            ],
            sectors=[(self.sectors[code], share) for code, share in spec["sectors"]],
        )
        self.items[(union.pk, spec["title"])] = item
        return item

    def _step(self, item: AidItem, to: AidStatus, spec: dict) -> AidItem:
        decision = None
        if to == S.APPROVED:
            number, day, authority = spec["decision"]
            decision = Decision(number=number, date=_day(day), authority=authority)
        note = spec["note"] if to in CLOSED_STATUSES else ""
        return aid.aid_item_transition(
            actor=None, item=item, to=to, note=note, decision=decision, at=_step_time(to, spec)
        )
