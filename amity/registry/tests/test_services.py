import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import timezone

from amity.codelists.models import Sector
from amity.geo.models import AdministrativeUnit
from amity.history.models import Change, ChangeAction
from amity.registry import services
from amity.registry.models import (
    CertificateStatus,
    CertificateType,
    LegalBasis,
    Organization,
    OrganizationKind,
    RegistrationCertificate,
)
from amity.registry.tests.factories import CertificateFactory, OrganizationFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def province(key):
    structure, code = key.split(":")
    return AdministrativeUnit.objects.get(structure=structure, code=code)


def new_org(union, **fields):
    return Organization(union=union, kind=OrganizationKind.FOREIGN_NGO, **fields)


def db_state():
    return (
        list(Organization.objects.values().order_by("pk")),
        list(RegistrationCertificate.objects.values().order_by("pk")),
        Change.objects.of_records().count(),
    )


# Organizations ----------------------------------------------------------------------


def test_create_keeps_every_script_and_records_history(callers, unions):
    org = services.organization_save(
        actor=callers["own_staff"],
        organization=new_org(
            unions["dong-nai"],
            name="Save the Children",
            name_vi="Tổ chức Cứu trợ Trẻ em",
            name_zh_hans="救助儿童会",
        ),
        aliases=["SC/Anh", "Save the Children International"],
        contacts=[{"role": "Trưởng đại diện", "address": "Hà Nội"}],
        fields_of_work=Sector.objects.filter(code__in=["11220", "12220"]),
    )
    org.refresh_from_db()
    assert (org.name_vi, org.name_zh_hans) == ("Tổ chức Cứu trợ Trẻ em", "救助儿童会")
    assert sorted(a.name for a in org.aliases.all()) == [
        "SC/Anh",
        "Save the Children International",
    ]
    assert org.contacts.get().role == "Trưởng đại diện"
    created = Change.objects.for_record(org).filter(action=ChangeAction.CREATE)
    assert created.count() == 4  # the organization, two aliases, one contact
    main = created.get(object_id=str(org.pk), content_type__model="organization")
    assert main.actor == callers["own_staff"]
    assert main.changes["name_vi"] == [None, "Tổ chức Cứu trợ Trẻ em"]
    assert sorted(main.changes["fields_of_work"][1]) == sorted(
        str(s) for s in Sector.objects.filter(code__in=["11220", "12220"])
    )


@pytest.mark.parametrize("new_name", ["Tổ chức Oxfam", "OXFAM", "Oxfam", "oxfam novib"])
def test_a_name_matching_an_existing_organization_or_alias_is_refused(new_name, callers, unions):
    existing = services.organization_save(
        actor=None,
        organization=new_org(unions["dong-nai"], name="Oxfam"),
        aliases=["Oxfam Novib"],
    )
    before = db_state()
    with pytest.raises(services.DuplicateOrganizationError) as exc:
        services.organization_save(
            actor=callers["own_staff"], organization=new_org(unions["dong-nai"], name=new_name)
        )
    assert exc.value.matches == [existing]
    assert "name" in exc.value.message_dict
    assert db_state() == before


def test_acronym_country_form_matches_the_acronym(unions):
    services.organization_save(
        actor=None,
        organization=new_org(unions["dong-nai"], name="World Wide Orphans", acronym="WWO"),
    )
    with pytest.raises(services.DuplicateOrganizationError):
        services.organization_save(
            actor=None, organization=new_org(unions["dong-nai"], name="WWO/Hoa Kỳ")
        )


def test_a_confirmed_different_organization_is_created(unions):
    services.organization_save(actor=None, organization=new_org(unions["dong-nai"], name="Oxfam"))
    services.organization_save(
        actor=None, organization=new_org(unions["dong-nai"], name="OXFAM"), allow_duplicate=True
    )
    assert Organization.objects.count() == 2


def test_another_unions_organization_is_not_a_duplicate(unions):
    services.organization_save(actor=None, organization=new_org(unions["lao-cai"], name="Oxfam"))
    services.organization_save(actor=None, organization=new_org(unions["dong-nai"], name="Oxfam"))
    assert Organization.objects.count() == 2


def test_editing_an_organization_does_not_match_itself_and_records_old_and_new(callers, unions):
    org = services.organization_save(
        actor=None, organization=new_org(unions["dong-nai"], name="Oxfam")
    )
    org.name_en = "Oxfam International"
    services.organization_save(actor=callers["own_staff"], organization=org)
    change = Change.objects.filter(action=ChangeAction.UPDATE).get()
    assert change.changes == {"name_en": ["", "Oxfam International"]}
    assert change.actor_name == callers["own_staff"].username


def test_saving_without_changes_writes_no_history(unions):
    org = services.organization_save(
        actor=None, organization=new_org(unions["dong-nai"], name="Oxfam")
    )
    count = Change.objects.of_records().count()
    services.organization_save(actor=None, organization=org)
    assert Change.objects.of_records().count() == count


def test_tenancy_is_enforced_by_the_service(callers, unions):
    theirs = OrganizationFactory(union=unions["lao-cai"], name="Helvetas")
    ours = OrganizationFactory(union=unions["dong-nai"], name="Plan")
    before = db_state()
    with pytest.raises(Http404):
        services.organization_save(
            actor=callers["own_staff"], organization=new_org(unions["lao-cai"], name="New")
        )
    theirs.name = "Changed"
    with pytest.raises(Http404):
        services.organization_save(actor=callers["own_staff"], organization=theirs)
    ours.name = "Changed"
    with pytest.raises(PermissionDenied):
        services.organization_save(actor=callers["own_viewer"], organization=ours)
    with pytest.raises(PermissionDenied):
        services.organization_delete(actor=callers["own_viewer"], organization=ours)
    assert db_state() == before


def test_an_organization_with_certificates_is_not_deleted(callers, unions):
    cert = CertificateFactory(organization__union=unions["dong-nai"])
    before = db_state()
    with pytest.raises(ValidationError):
        services.organization_delete(actor=callers["own_staff"], organization=cert.organization)
    assert db_state() == before


def test_deleting_records_the_deletion(callers, unions):
    org = services.organization_save(
        actor=None, organization=new_org(unions["dong-nai"], name="Oxfam"), aliases=["Oxfam VN"]
    )
    pk = org.pk
    services.organization_delete(actor=callers["own_staff"], organization=org)
    assert not Organization.objects.filter(pk=pk).exists()
    deleted = Change.objects.filter(action=ChangeAction.DELETE)
    assert deleted.count() == 2  # the organization and its alias
    assert deleted.get(object_id=str(pk), content_type__model="organization").changes["name"] == [
        "Oxfam",
        None,
    ]


# Certificates -----------------------------------------------------------------------


def new_cert(org, **fields):
    values = {
        "type": CertificateType.OPERATION,
        "number": "101/CNV-HĐ",
        "legal_basis": LegalBasis.DECREE_58_2022,
        "issue_date": TODAY - datetime.timedelta(days=10),
        "expiry_date": TODAY + datetime.timedelta(days=700),
    }
    values.update(fields)
    return RegistrationCertificate(organization=org, **values)


def test_certificate_takes_its_organizations_union_and_records_history(callers, unions):
    org = OrganizationFactory(union=unions["dong-nai"])
    cert = services.certificate_save(
        actor=callers["own_staff"],
        certificate=new_cert(org),
        provinces=[province("2025:75")],
        fields=Sector.objects.filter(code="12220"),
    )
    assert cert.union == unions["dong-nai"]
    assert [p.key for p in cert.provinces.all()] == ["2025:75"]
    change = Change.objects.get(content_type__model="registrationcertificate")
    assert change.parent_id == str(org.pk)  # shown on the organization's history too
    assert change.changes["number"] == [None, "101/CNV-HĐ"]


@pytest.mark.parametrize(
    ("fields", "provinces", "error_field", "fragment"),
    [
        (
            {"expiry_date": TODAY - datetime.timedelta(days=20)},
            ["2025:75"],
            "expiry_date",
            "after the issue date",
        ),
        (
            {"expiry_date": TODAY + datetime.timedelta(days=4 * 365)},
            ["2025:75"],
            "expiry_date",
            "at most 3 years",
        ),
        ({"type": CertificateType.PROJECT_OFFICE}, ["2025:75"], "type", "12/2012"),
        (
            {"type": CertificateType.REPRESENTATIVE_OFFICE},
            ["2025:75"],
            "provinces",
            "Hanoi, Da Nang or Ho Chi Minh City",
        ),
        (
            {"revoked_on": TODAY - datetime.timedelta(days=30)},
            ["2025:75"],
            "revoked_on",
            "before it was issued",
        ),
        ({}, ["pre2025:001"], "provinces", "not a province"),
    ],
)
def test_bad_certificates_are_refused_with_the_field_named(
    fields, provinces, error_field, fragment, callers, unions
):
    org = OrganizationFactory(union=unions["dong-nai"])
    before = db_state()
    with pytest.raises(ValidationError) as exc:
        services.certificate_save(
            actor=callers["own_staff"],
            certificate=new_cert(org, **fields),
            provinces=[province(k) for k in provinces],
        )
    assert any(fragment in m for m in exc.value.message_dict[error_field])
    assert db_state() == before


def test_a_representative_office_in_hanoi_is_accepted(unions):
    org = OrganizationFactory(union=unions["dong-nai"])
    cert = services.certificate_save(
        actor=None,
        certificate=new_cert(
            org,
            type=CertificateType.REPRESENTATIVE_OFFICE,
            expiry_date=TODAY + datetime.timedelta(days=1500),
        ),
        provinces=[province("2025:01")],
    )
    assert cert.pk


def test_duplicate_number_in_the_same_union_names_the_holder(unions):
    first = OrganizationFactory(union=unions["dong-nai"], name="Plan International")
    services.certificate_save(actor=None, certificate=new_cert(first))
    second = OrganizationFactory(union=unions["dong-nai"])
    with pytest.raises(ValidationError) as exc:
        services.certificate_save(actor=None, certificate=new_cert(second))
    assert "Plan International" in exc.value.message_dict["number"][0]
    # The same number in another union is another union's record of it.
    other = OrganizationFactory(union=unions["lao-cai"])
    assert services.certificate_save(actor=None, certificate=new_cert(other)).pk


def test_certificates_are_for_foreign_ngos(unions):
    agency = OrganizationFactory(union=unions["dong-nai"], kind=OrganizationKind.VIETNAMESE_AGENCY)
    with pytest.raises(ValidationError) as exc:
        services.certificate_save(actor=None, certificate=new_cert(agency))
    assert "organization" in exc.value.message_dict


@pytest.mark.parametrize(
    ("issue_offset", "expiry_offset", "revoked_offset", "status"),
    [
        (-100, 500, None, CertificateStatus.VALID),
        (-100, 91, None, CertificateStatus.VALID),
        (-100, 90, None, CertificateStatus.EXPIRING),
        (-100, 0, None, CertificateStatus.EXPIRING),
        (-100, -1, None, CertificateStatus.EXPIRED),
        (-100, 500, -5, CertificateStatus.REVOKED),
        (-100, 500, 5, CertificateStatus.VALID),  # revocation takes effect in 5 days
        (-900, -30, -60, CertificateStatus.REVOKED),
    ],
)
def test_status_is_derived_from_the_dates(
    issue_offset, expiry_offset, revoked_offset, status, unions
):
    day = datetime.timedelta(days=1)
    cert = CertificateFactory(
        organization__union=unions["dong-nai"],
        issue_date=TODAY + issue_offset * day,
        expiry_date=TODAY + expiry_offset * day,
        revoked_on=TODAY + revoked_offset * day if revoked_offset is not None else None,
    )
    assert cert.status(TODAY) == status
    annotated = RegistrationCertificate.objects.with_status(TODAY).get(pk=cert.pk)
    assert annotated.current_status == status


def test_expiring_horizon_is_configurable(settings, unions):
    settings.AMITY_CERTIFICATE_EXPIRING_DAYS = 30
    cert = CertificateFactory(
        organization__union=unions["dong-nai"], expiry_date=TODAY + datetime.timedelta(days=45)
    )
    assert cert.status(TODAY) == CertificateStatus.VALID


def test_revoking_records_who_and_why(callers, unions):
    cert = CertificateFactory(organization__union=unions["dong-nai"])
    services.certificate_revoke(
        actor=callers["own_staff"],
        certificate=cert,
        revocation=services.RevocationInput(revoked_on=TODAY, note="Chấm dứt hoạt động"),
    )
    cert.refresh_from_db()
    assert cert.status() == CertificateStatus.REVOKED
    change = Change.objects.get(action=ChangeAction.UPDATE)
    assert change.changes["revocation_note"] == ["", "Chấm dứt hoạt động"]


def test_an_organization_with_certificates_does_not_move_to_another_union(callers, unions):
    cert = CertificateFactory(organization__union=unions["dong-nai"])
    org = cert.organization
    before = db_state()
    org.union = unions["lao-cai"]
    with pytest.raises(ValidationError) as exc:
        services.organization_save(actor=callers["national_staff"], organization=org)
    assert "union" in exc.value.message_dict
    assert db_state() == before


def test_national_staff_move_an_organization_without_certificates(callers, unions):
    org = OrganizationFactory(union=unions["dong-nai"], name="Oxfam")
    org.union = unions["lao-cai"]
    services.organization_save(actor=callers["national_staff"], organization=org)
    assert Organization.objects.get(pk=org.pk).union == unions["lao-cai"]
    # Its name now counts as a duplicate in Lao Cai, no longer in Dong Nai.
    assert services.organization_duplicates(union=unions["lao-cai"], names=["OXFAM"]) == [org]
    assert services.organization_duplicates(union=unions["dong-nai"], names=["OXFAM"]) == []
