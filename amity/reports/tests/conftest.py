"""A small portfolio built by hand, whose every report figure is worked out in the tests.

Dong Nai, 2023 (rates: USD 24,000 from 1 Jan 2023, 25,000 from 1 Jul 2023):
- program "P": 60 % sector 11220, 40 % 12220; one commune of today's Dong Nai; funded by
  A (United States). Commits VND 1,000,000,000 on 1 Mar 2023 and VND 500,000,000 on
  1 May 2022. Approved 1 Dec 2022, under way since 15 Jan 2023.
- its project "C": no sectors; half in that commune, half in a pre-2025 district that
  lies in today's Dong Nai; funded by A and B (France). Commits USD 10,000 on 1 Aug
  2023 (VND 250,000,000) and disburses USD 4,000 on 1 Sep 2023 (VND 100,000,000).
  Approved 1 Feb 2023, under way since 1 Jun 2023.
- "N", cancelled, and "R", rejected: their money counts nowhere.
Lao Cai commits VND 300,000,000 on 1 Apr 2023."""

import datetime
from decimal import Decimal

import pytest

from amity.aid import services as aid
from amity.aid.models import AidItem, AidKind, DonorRole
from amity.aid.workflow import AidStatus
from amity.codelists.models import Sector
from amity.finance.models import ExchangeRate, Transaction, TransactionType
from amity.finance.services import rate_save
from amity.finance.transactions import transaction_save
from amity.geo.models import AdministrativeUnit
from amity.registry.models import Organization
from amity.registry.services import organization_save
from amity.reports.services import target_set

S = AidStatus
C, D = TransactionType.COMMITMENT, TransactionType.DISBURSEMENT


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def item(
    union,
    title,
    kind=AidKind.PROJECT,
    *,
    parent=None,
    to=None,
    decided=None,
    start=None,
    donors=(),
    localities=(),
    sectors=(),
):
    new = aid.aid_item_save(
        actor=None,
        item=AidItem(union=union, kind=kind, title=title, parent=parent, actual_start=start),
        donors=[(o, DonorRole.FUNDING) for o in donors],
        localities=list(localities),
        sectors=[(Sector.objects.get(code=code), Decimal(share)) for code, share in sectors],
    )
    return walk(new, to, decided)


def walk(new, to, decided=None):
    """Take an item step by step to `to` (approving with a decision dated `decided`)."""
    path = {
        S.UNDER_WAY: [S.PROPOSED, S.UNDER_APPRAISAL, S.APPROVED, S.UNDER_WAY],
        S.CANCELLED: [S.PROPOSED, S.UNDER_APPRAISAL, S.APPROVED, S.CANCELLED],
        S.REJECTED: [S.PROPOSED, S.UNDER_APPRAISAL, S.REJECTED],
    }.get(to, [])
    for step in path:
        decision = aid.Decision("1/QĐ", decided, "UBND") if step == S.APPROVED else None
        new = aid.aid_item_transition(actor=None, item=new, to=step, decision=decision)
    return new


def money(item, type, date, amount, currency="VND"):
    return transaction_save(
        actor=None,
        transaction=Transaction(
            item=item, type=type, date=day(date), amount=Decimal(amount), currency_id=currency
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
    commune = (
        AdministrativeUnit.objects.filter(
            structure="2025", level="commune", current_province__code="75"
        )
        .order_by("code")
        .first()
    )
    district = (
        AdministrativeUnit.objects.filter(
            structure="pre2025", level="district", current_province__code="75"
        )
        .exclude(parent__code="75")
        .order_by("code")
        .first()
    )
    a = organization_save(
        actor=None,
        organization=Organization(
            union=dong_nai, name="Alpha Foundation", kind="foreign_ngo", country_id="US"
        ),
    )
    b = organization_save(
        actor=None,
        organization=Organization(
            union=dong_nai, name="Bêta Solidarité", kind="foreign_ngo", country_id="FR"
        ),
    )
    program = item(
        dong_nai,
        "P",
        AidKind.PROGRAM,
        to=S.UNDER_WAY,
        decided=day("2022-12-01"),
        start=day("2023-01-15"),
        donors=[a],
        localities=[(commune, Decimal(100))],
        sectors=[("11220", "60"), ("12220", "40")],
    )
    project = item(
        dong_nai,
        "C",
        parent=program,
        to=S.UNDER_WAY,
        decided=day("2023-02-01"),
        start=day("2023-06-01"),
        donors=[a, b],
        localities=[(commune, Decimal(50)), (district, Decimal(50))],
    )
    money(program, C, "2023-03-01", "1000000000")
    money(program, C, "2022-05-01", "500000000")
    money(project, C, "2023-08-01", "10000", "USD")
    money(project, D, "2023-09-01", "4000", "USD")
    cancelled = item(dong_nai, "N", AidKind.NON_PROJECT)
    money(cancelled, C, "2023-04-01", "500000000")
    walk(cancelled, S.CANCELLED, day("2023-03-01"))
    rejected = item(dong_nai, "R")
    money(rejected, C, "2023-04-01", "700000000")
    walk(rejected, S.REJECTED)
    lao_cai_item = item(unions["lao-cai"], "L")
    money(lao_cai_item, C, "2023-04-01", "300000000")
    target_set(actor=None, union=dong_nai, year=2023, amount=Decimal("1000000000"), currency="VND")
    return {
        "commune": commune,
        "district": district,
        "a": a,
        "b": b,
        "program": program,
        "project": project,
    }
