import datetime
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from amity.registry.tests.factories import CertificateFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def test_lists_a_unions_expiring_certificates_as_json(unions, capsys):
    CertificateFactory(
        organization__union=unions["dong-nai"],
        organization__name="Tổ chức Plan",
        number="1/EXP",
        expiry_date=TODAY + datetime.timedelta(days=10),
    )
    CertificateFactory(organization__union=unions["dong-nai"], number="2/VALID")
    CertificateFactory(
        organization__union=unions["lao-cai"],
        number="3/OTHER",
        expiry_date=TODAY + datetime.timedelta(days=10),
    )
    call_command("certificates", "--union", "dong-nai", "--status", "expiring", "--json")
    rows = json.loads(capsys.readouterr().out)
    assert [(r["number"], r["organization"], r["status"]) for r in rows] == [
        ("1/EXP", "Tổ chức Plan", "expiring")
    ]


def test_user_scoping_uses_the_tenancy_policy(unions, callers, capsys):
    CertificateFactory(organization__union=unions["dong-nai"], number="1/DN")
    call_command("certificates", "--union", "dong-nai", "--user", "lao-cai-staff", "--json")
    assert json.loads(capsys.readouterr().out) == []
    call_command("certificates", "--union", "dong-nai", "--user", "dong-nai-viewer", "--json")
    assert [r["number"] for r in json.loads(capsys.readouterr().out)] == ["1/DN"]


def test_unknown_union_is_named(unions):
    with pytest.raises(CommandError) as exc:
        call_command("certificates", "--union", "dongnai")
    assert "dongnai" in str(exc.value) and "dong-nai" in str(exc.value)
