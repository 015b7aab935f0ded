"""Makers of engagements and partnerships saved through the services."""

import datetime

import pytest

from amity.engagements import services
from amity.engagements.models import Engagement, EngagementKind, Partnership, PartnershipType
from amity.geo.models import AdministrativeUnit


@pytest.fixture
def province():
    def find(code: str) -> AdministrativeUnit:
        return AdministrativeUnit.objects.get(structure="2025", code=code)

    return find


@pytest.fixture
def make_engagement(unions, province):
    def make(union="dong-nai", actor=None, **fields):
        rows = {
            name: fields.pop(name, None)
            for name in ("participants", "follow_ups", "files", "aid_items", "articles")
        }
        values = {
            "title": "Hội nghị triển khai nhiệm vụ công tác đối ngoại nhân dân",
            "title_en": "Conference on people-to-people diplomacy tasks",
            "kind": EngagementKind.CONFERENCE,
            "start_date": datetime.date(2024, 2, 2),
            "place_unit": province("75"),
            **fields,
        }
        return services.engagement_save(
            actor=actor, engagement=Engagement(union=unions[union], **values), **rows
        )

    return make


@pytest.fixture
def make_partnership(unions):
    def make(union="lao-cai", actor=None, aid_items=None, **fields):
        values = {
            "title": "云南省",
            "title_vi": "Tỉnh Vân Nam",
            "title_en": "Yunnan Province",
            "country_id": "CN",
            "type": PartnershipType.FRIENDSHIP,
            "signed_date": datetime.date(2010, 5, 1),
            **fields,
        }
        return services.partnership_save(
            actor=actor,
            partnership=Partnership(union=unions[union], **values),
            aid_items=aid_items,
        )

    return make
