"""Records every mobilization test starts from: Dong Nai's donors, a rate table, and
makers of calls, pledges, appeals, receipts and plans saved through the services."""

import datetime
import io
from decimal import Decimal

import pytest
from django.utils import timezone

from amity.finance.services import rates_import
from amity.geo.models import AdministrativeUnit
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
from amity.registry.models import OrganizationKind
from amity.registry.tests.factories import OrganizationFactory

RATES = (
    "date,currency,vnd_per_unit\n"
    "2023-01-03,USD,23575\n2024-01-02,USD,24270\n"
    "2023-01-03,EUR,25100\n2024-01-02,EUR,26800\n"
)


@pytest.fixture
def rates(db):
    rates_import(actor=None, stream=io.StringIO(RATES), source="SBV")


def unit(structure: str, code: str) -> AdministrativeUnit:
    return AdministrativeUnit.objects.get(structure=structure, code=code)


@pytest.fixture
def dong_nai_commune():
    """A commune of Dong Nai (2025 structure)."""
    return (
        AdministrativeUnit.objects.filter(structure="2025", current_province__code="75")
        .exclude(code="75")
        .order_by("code")
        .first()
    )


@pytest.fixture
def donors(unions):
    return {
        "ngo": OrganizationFactory(union=unions["dong-nai"], name="Hội Chữ thập đỏ Đức"),
        "fdi": OrganizationFactory(
            union=unions["dong-nai"],
            name="Công ty TNHH Changshin Việt Nam",
            kind=OrganizationKind.ENTERPRISE,
        ),
        "lao_cai_ngo": OrganizationFactory(union=unions["lao-cai"], name="Plan International"),
        "agency": OrganizationFactory(
            union=unions["dong-nai"],
            name="Sở Tài chính tỉnh Đồng Nai",
            kind=OrganizationKind.VIETNAMESE_AGENCY,
        ),
    }


@pytest.fixture
def make_call(unions):
    def make(union="dong-nai", actor=None, **fields):
        values = {
            "title": "Xây trường mẫu giáo xã Phú Lý",
            "title_en": "A kindergarten for Phu Ly commune",
            "title_zh_hans": "为富里乡建一所幼儿园",
            "description": "Trường cần 6 phòng học.",
            "amount_sought": Decimal("50000"),
            "currency_id": "USD",
            "deadline": timezone.localdate() + datetime.timedelta(days=60),
            "status": CallStatus.PUBLISHED,
            **fields,
        }
        return services.call_save(actor=actor, call=Call(union=unions[union], **values))

    return make


@pytest.fixture
def make_pledge(rates):
    def make(to, donor, amount="20000", currency="USD", day=datetime.date(2024, 3, 1), **fields):
        target = {"call": to} if isinstance(to, Call) else {"appeal": to}
        return services.pledge_save(
            actor=fields.pop("actor", None),
            pledge=Pledge(
                **target,
                donor=donor,
                amount=Decimal(amount),
                currency_id=currency,
                date=day,
                **fields,
            ),
        )

    return make


@pytest.fixture
def make_appeal(unions):
    def make(union="dong-nai", actor=None, localities=None, **fields):
        values = {
            "title": "Cứu trợ lũ Mù Cang Chải",
            "title_en": "Mu Cang Chai flood relief",
            "event_date": datetime.date(2024, 9, 10),
            "target_amount": Decimal("2000000000"),
            "currency_id": "VND",
            "start_date": datetime.date(2024, 9, 11),
            "end_date": datetime.date(2024, 12, 31),
            "is_published": True,
            **fields,
        }
        return services.appeal_save(
            actor=actor, appeal=Appeal(union=unions[union], **values), localities=localities
        )

    return make


@pytest.fixture
def make_receipt(rates):
    def make(appeal, amount, currency="VND", day=datetime.date(2024, 9, 20), **fields):
        return services.receipt_save(
            actor=fields.pop("actor", None),
            receipt=Receipt(
                appeal=appeal, amount=Decimal(amount), currency_id=currency, date=day, **fields
            ),
        )

    return make


@pytest.fixture
def make_program(unions):
    def make(union="dong-nai", actor=None, aid_items=None, **fields):
        values = {
            "title": "Chương trình vận động viện trợ PCPNN 2019–2025",
            "start_year": 2019,
            "end_year": 2025,
            **fields,
        }
        return services.program_save(
            actor=actor, program=Program(union=unions[union], **values), aid_items=aid_items
        )

    return make


@pytest.fixture
def make_plan(unions, donors):
    def make(union="dong-nai", actor=None, tasks=None, **fields):
        values = {
            "title": "Kế hoạch phối hợp vận động viện trợ",
            "partner": donors["agency"],
            "start_date": datetime.date(2025, 3, 1),
            **fields,
        }
        return services.plan_save(
            actor=actor, plan=CoordinationPlan(union=unions[union], **values), tasks=tasks
        )

    return make
