import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from amity.registry.models import (
    CertificateStatus,
    Organization,
    OrganizationKind,
    RegistrationCertificate,
)
from amity.tenancy.models import Membership, Role, Union

pytestmark = pytest.mark.django_db


def counts():
    return (
        Union.objects.count(),
        get_user_model().objects.count(),
        Membership.objects.count(),
        Organization.objects.count(),
        RegistrationCertificate.objects.count(),
    )


def test_demo_loads_unions_users_ngos_and_certificates_and_can_run_again(capsys):
    call_command("demo")
    out = capsys.readouterr().out
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
    call_command("demo")
    assert counts() == before


def test_demo_users_can_sign_in(client):
    call_command("demo")
    assert client.login(username="dongnai-staff", password="amity-demo")
    assert client.get("/admin/").status_code == 200
