import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from amity.aid.models import AidItem, StatusChange
from amity.demo import aid_data
from amity.finance.models import ExchangeRate, Transaction
from amity.registry.models import (
    CertificateStatus,
    Organization,
    OrganizationKind,
    RegistrationCertificate,
)
from amity.reports.models import Target
from amity.tenancy.models import Membership, Role, Union

pytestmark = pytest.mark.django_db


def counts():
    return (
        Union.objects.count(),
        get_user_model().objects.count(),
        Membership.objects.count(),
        Organization.objects.count(),
        RegistrationCertificate.objects.count(),
        AidItem.objects.count(),
        Transaction.objects.count(),
        ExchangeRate.objects.count(),
        StatusChange.objects.count(),
        Target.objects.count(),
    )


def test_demo_loads_unions_users_ngos_and_certificates_and_can_run_again(capsys, client):
    # One load serves several checks: loading the demo is the slowest step of the suite.
    call_command("demo")
    out = capsys.readouterr().out
    assert client.login(username="dongnai-staff", password="amity-demo")
    assert client.get("/admin/").status_code == 200
    assert {u.slug for u in Union.objects.all()} == {"vufo", "dong-nai", "lao-cai"}
    assert Union.objects.get(is_national=True).slug == "vufo"
    for slug in ("vufo", "dong-nai", "lao-cai"):
        roles = set(Membership.objects.filter(union__slug=slug).values_list("role", flat=True))
        assert roles == set(Role.values)
    assert "dongnai-staff" in out and "amity-demo" in out

    ngos = Organization.objects.filter(kind=OrganizationKind.FOREIGN_NGO)
    assert ngos.filter(union__slug="vufo").count() >= 20
    assert ngos.exclude(name_zh_hans="").exists() and ngos.exclude(name_vi="").exists()
    for slug in ("vufo", "dong-nai", "lao-cai"):
        union = Union.objects.get(slug=slug)
        statuses = set(
            RegistrationCertificate.objects.for_union(union)
            .with_status()
            .values_list("current_status", flat=True)
        )
        assert statuses == set(CertificateStatus.values), slug

    before = counts()
    specs = aid_data.items()
    assert before[5:8] == (len(specs), sum(len(s["transactions"]) for s in specs), 360)
    assert before[9] == len(aid_data.TARGETS)
    call_command("demo")
    assert counts() == before
