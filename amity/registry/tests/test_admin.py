"""The registry's back office (Wagtail admin at /admin/), through HTTP only: who may see
and change which union's organizations and certificates, the add and edit forms, the
duplicate warning, certificate validation, the home page panel and the listings."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from amity.codelists.models import Country
from amity.history.models import Change
from amity.registry import services
from amity.registry.models import (
    Organization,
    OrganizationAlias,
    OrganizationContact,
    RegistrationCertificate,
)
from amity.registry.tests.factories import CertificateFactory, OrganizationFactory
from amity.tenancy.models import Role
from amity.tenancy.services import membership_grant
from amity.testing import empty_inlines, form_data, listing_table, login, refused, text

LOGIN_URL = "/admin/login/"
HOME_URL = "/admin/"
VI_MO = Path(settings.BASE_DIR) / "amity" / "locale" / "vi" / "LC_MESSAGES" / "django.mo"


# Helpers ----------------------------------------------------------------------------


def db_state() -> dict:
    """Everything a refused write must leave as it was."""
    return {
        "organizations": list(Organization.objects.order_by("pk").values()),
        "aliases": list(OrganizationAlias.objects.order_by("pk").values()),
        "contacts": list(OrganizationContact.objects.order_by("pk").values()),
        "certificates": list(RegistrationCertificate.objects.order_by("pk").values()),
        "changes": Change.objects.of_records().count(),
    }


listing_rows = listing_table


def field_errors(response, field: str) -> str:
    """The errors the re-rendered form holds for one field (shown beside it)."""
    form = response.context["form"]
    return " ".join(str(e) for e in form.errors.get(field, []))


def today() -> datetime.date:
    return timezone.localdate()


# Fixtures ---------------------------------------------------------------------------


def make_organization(union, name, **fields):
    """An organization as the back office would have stored it (name keys included)."""
    return services.organization_save(
        actor=None, organization=Organization(union=union, name=name, **fields)
    )


@pytest.fixture
def dong_nai_org(unions):
    return make_organization(unions["dong-nai"], "Oxfam", acronym="OXF", name_vi="Tổ chức Oxfam")


@pytest.fixture
def dong_nai_cert(dong_nai_org):
    return CertificateFactory(organization=dong_nai_org, number="77/CNV-HĐ")


@pytest.fixture
def records(dong_nai_org, dong_nai_cert):
    return {"organizations": dong_nai_org, "certificates": dong_nai_cert}


@pytest.fixture
def valid_post(client, callers, records):
    """A complete, valid edit-form post for each Dong Nai record, built from the form
    Dong Nai staff is shown, so a refused write would otherwise have succeeded."""
    login(client, callers["own_staff"])
    org_data = form_data(
        client.get(reverse("organizations:edit", args=[records["organizations"].pk])),
        name="Oxfam International",
    )
    cert_data = form_data(
        client.get(reverse("certificates:edit", args=[records["certificates"].pk])),
        notes="changed by someone",
    )
    client.logout()
    return {"organizations": org_data, "certificates": cert_data}


def new_record_post(kind: str, unions, records) -> dict:
    """A complete, valid add-form post for a new Dong Nai record."""
    if kind == "organizations":
        return {
            "name": "Brand-new NGO",
            "union": unions["dong-nai"].pk,
            "kind": "foreign_ngo",
            **empty_inlines("aliases", "contacts"),
        }
    return {
        "organization": records["organizations"].pk,
        "type": "operation",
        "number": "999/CNV-NEW",
        "legal_basis": "58/2022/ND-CP",
        "issue_date": today().isoformat(),
        "expiry_date": (today() + datetime.timedelta(days=700)).isoformat(),
    }


KINDS = ["organizations", "certificates"]
OBJECT_PAGES = ["inspect", "edit", "delete", "history"]


# 1. Who may do what ---------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "page, method",
    [
        ("index", "get"),
        ("add", "get"),
        ("add", "post"),
        ("inspect", "get"),
        ("edit", "get"),
        ("edit", "post"),
        ("delete", "get"),
        ("delete", "post"),
        ("history", "get"),
    ],
)
def test_anonymous_is_sent_to_login_and_changes_nothing(
    client, unions, records, valid_post, kind, page, method
):
    args = [records[kind].pk] if page in OBJECT_PAGES else []
    url = reverse(f"{kind}:{page}", args=args)
    posted = {"add": new_record_post(kind, unions, records), "edit": valid_post[kind]}
    before = db_state()

    response = client.post(url, posted.get(page, {})) if method == "post" else client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_URL)
    assert f"next={url}" in response["Location"]
    assert db_state() == before


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("page", OBJECT_PAGES)
def test_other_union_staff_gets_404_when_typing_the_id_of_a_record(
    client, callers, records, kind, page
):
    login(client, callers["other_staff"])
    response = client.get(reverse(f"{kind}:{page}", args=[records[kind].pk]))
    assert response.status_code == 404


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("page", ["edit", "delete"])
def test_other_union_staff_cannot_post_to_a_record_and_changes_nothing(
    client, callers, records, valid_post, kind, page
):
    login(client, callers["other_staff"])
    before = db_state()
    data = valid_post[kind] if page == "edit" else {}

    response = client.post(reverse(f"{kind}:{page}", args=[records[kind].pk]), data)

    assert response.status_code == 404
    assert db_state() == before


@pytest.mark.parametrize("kind", KINDS)
def test_other_union_staff_cannot_add_a_record_to_another_union(
    client, callers, unions, records, kind
):
    login(client, callers["other_staff"])
    before = db_state()

    response = client.post(reverse(f"{kind}:add"), new_record_post(kind, unions, records))

    # The other union (or its organization) is not a choice offered in the form.
    assert response.status_code == 200
    field = "union" if kind == "organizations" else "organization"
    assert field_errors(response, field)
    assert db_state() == before


def test_other_union_staff_does_not_see_another_unions_organization_in_listing_or_search(
    client, callers, unions, dong_nai_org
):
    make_organization(unions["lao-cai"], "Oxford Aid")
    login(client, callers["other_staff"])
    url = reverse("organizations:index")

    listing = client.get(url)
    assert listing.status_code == 200
    assert "Oxford Aid" in listing_rows(listing)
    assert "Oxfam" not in listing_rows(listing)
    assert reverse("organizations:edit", args=[dong_nai_org.pk]) not in text(listing)

    for term in ["Oxfam", "oxfam", "Tổ chức Oxfam", "to chuc oxfam", "OXF", "Ox"]:
        found = client.get(url, {"q": term})
        assert found.status_code == 200
        assert "Oxfam" not in listing_rows(found), term
        assert reverse("organizations:inspect", args=[dong_nai_org.pk]) not in text(found)
    assert "Oxford Aid" in listing_rows(client.get(url, {"q": "Ox"}))


def test_other_union_staff_does_not_see_another_unions_certificate_in_listing_or_search(
    client, callers, unions, dong_nai_cert
):
    own = CertificateFactory(
        organization=OrganizationFactory(union=unions["lao-cai"], name="Lao NGO"),
        number="88/CNV-LC",
    )
    login(client, callers["other_staff"])
    url = reverse("certificates:index")

    listing = client.get(url)
    assert listing.status_code == 200
    assert own.number in listing_rows(listing)
    assert dong_nai_cert.number not in listing_rows(listing)

    for term in ["77/CNV", "Oxfam", "OXF", "CNV"]:
        found = client.get(url, {"q": term})
        assert found.status_code == 200
        assert dong_nai_cert.number not in listing_rows(found), term
        assert reverse("certificates:inspect", args=[dong_nai_cert.pk]) not in text(found)


@pytest.mark.parametrize("caller", ["own_viewer", "own_staff", "national_staff"])
def test_own_union_and_national_users_see_the_record_in_listing_search_and_inspect(
    client, callers, records, caller
):
    login(client, callers[caller])
    org, cert = records["organizations"], records["certificates"]

    listing = client.get(reverse("organizations:index"))
    assert listing.status_code == 200
    assert "Oxfam" in listing_rows(listing)
    for term in ["oxfam", "Tổ chức Oxfam", "OXF"]:
        assert "Oxfam" in listing_rows(client.get(reverse("organizations:index"), {"q": term}))

    certs = client.get(reverse("certificates:index"))
    assert certs.status_code == 200
    assert cert.number in listing_rows(certs)
    assert cert.number in listing_rows(client.get(reverse("certificates:index"), {"q": "77/CNV"}))

    inspect_org = client.get(reverse("organizations:inspect", args=[org.pk]))
    assert inspect_org.status_code == 200
    assert "Tổ chức Oxfam" in text(inspect_org)
    inspect_cert = client.get(reverse("certificates:inspect", args=[cert.pk]))
    assert inspect_cert.status_code == 200
    assert cert.number in text(inspect_cert)

    for kind in KINDS:
        assert client.get(reverse(f"{kind}:history", args=[records[kind].pk])).status_code == 200


@pytest.mark.parametrize("term", ["to chuc oxfam", "TO CHUC OXFAM"])
def test_search_ignores_diacritics_in_a_full_vietnamese_name(client, callers, records, term):
    login(client, callers["own_staff"])
    found = client.get(reverse("organizations:index"), {"q": term})
    assert "Oxfam" in listing_rows(found)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "page, method",
    [
        ("add", "get"),
        ("add", "post"),
        ("edit", "get"),
        ("edit", "post"),
        ("delete", "get"),
        ("delete", "post"),
    ],
)
def test_own_viewer_cannot_add_edit_or_delete_and_changes_nothing(
    client, callers, unions, records, valid_post, kind, page, method
):
    login(client, callers["own_viewer"])
    args = [records[kind].pk] if page in OBJECT_PAGES else []
    url = reverse(f"{kind}:{page}", args=args)
    posted = {"add": new_record_post(kind, unions, records), "edit": valid_post[kind]}
    before = db_state()

    response = client.post(url, posted.get(page, {})) if method == "post" else client.get(url)

    assert refused(response), (response.status_code, response.get("Location"))
    assert db_state() == before


def test_own_staff_cannot_move_an_organization_to_another_union(
    client, callers, unions, records, valid_post
):
    login(client, callers["own_staff"])
    org = records["organizations"]
    before = db_state()
    data = {**valid_post["organizations"], "union": unions["lao-cai"].pk}

    response = client.post(reverse("organizations:edit", args=[org.pk]), data)

    assert response.status_code == 200
    assert field_errors(response, "union")
    assert db_state() == before


def test_viewer_in_one_union_and_staff_in_another_cannot_change_the_first_unions_records(
    client, make_member, unions, records, valid_post
):
    user = make_member("dong-nai", "viewer", username="two-hats")
    membership_grant(actor=None, user=user, union=unions["lao-cai"], role=Role.STAFF)
    login(client, user)
    before = db_state()

    for kind in KINDS:
        url = reverse(f"{kind}:edit", args=[records[kind].pk])
        assert refused(client.get(url)), kind
        assert refused(client.post(url, valid_post[kind])), kind
        delete_url = reverse(f"{kind}:delete", args=[records[kind].pk])
        assert refused(client.post(delete_url)), kind
        assert client.get(reverse(f"{kind}:inspect", args=[records[kind].pk])).status_code == 200

    # Nor add one to Dong Nai: only Lao Cai is offered.
    response = client.post(
        reverse("organizations:add"), new_record_post("organizations", unions, records)
    )
    assert field_errors(response, "union")
    assert db_state() == before


def test_own_viewer_sees_no_edit_or_delete_links_in_the_listing(client, callers, records):
    login(client, callers["own_viewer"])
    org = records["organizations"]
    listing = text(client.get(reverse("organizations:index")))
    assert reverse("organizations:edit", args=[org.pk]) not in listing
    assert reverse("organizations:delete", args=[org.pk]) not in listing
    assert reverse("organizations:add") not in listing


@pytest.mark.parametrize("caller", ["own_staff", "national_staff"])
def test_staff_can_edit_an_organization(client, callers, records, valid_post, caller):
    login(client, callers[caller])
    org = records["organizations"]
    changes = Change.objects.of_records().count()

    response = client.post(
        reverse("organizations:edit", args=[org.pk]), valid_post["organizations"]
    )

    assert response.status_code == 302, field_errors(response, "name")
    org.refresh_from_db()
    assert org.name == "Oxfam International"
    assert org.union.slug == "dong-nai"
    assert Change.objects.of_records().count() == changes + 1


@pytest.mark.parametrize("caller", ["own_staff", "national_staff"])
def test_staff_can_edit_a_certificate(client, callers, records, valid_post, caller):
    login(client, callers[caller])
    cert = records["certificates"]

    response = client.post(reverse("certificates:edit", args=[cert.pk]), valid_post["certificates"])

    assert response.status_code == 302
    cert.refresh_from_db()
    assert cert.notes == "changed by someone"
    assert cert.union.slug == "dong-nai"


@pytest.mark.parametrize("caller", ["own_staff", "national_staff"])
def test_staff_can_add_organizations_and_certificates(client, callers, unions, records, caller):
    login(client, callers[caller])

    response = client.post(
        reverse("organizations:add"), new_record_post("organizations", unions, records)
    )
    assert response.status_code == 302
    assert Organization.objects.get(name="Brand-new NGO").union == unions["dong-nai"]

    response = client.post(
        reverse("certificates:add"), new_record_post("certificates", unions, records)
    )
    assert response.status_code == 302
    created = RegistrationCertificate.objects.get(number="999/CNV-NEW")
    assert created.union == unions["dong-nai"]
    assert created.organization == records["organizations"]


@pytest.mark.parametrize("caller", ["own_staff", "national_staff"])
def test_staff_can_delete_a_certificate_then_its_organization(client, callers, records, caller):
    login(client, callers[caller])
    org, cert = records["organizations"], records["certificates"]

    assert client.get(reverse("certificates:delete", args=[cert.pk])).status_code == 200
    response = client.post(reverse("certificates:delete", args=[cert.pk]))
    assert response.status_code == 302
    assert not RegistrationCertificate.objects.filter(pk=cert.pk).exists()

    response = client.post(reverse("organizations:delete", args=[org.pk]))
    assert response.status_code == 302
    assert not Organization.objects.filter(pk=org.pk).exists()
    deletions = Change.objects.filter(action="delete", actor=callers[caller])
    assert deletions.count() == 2


def test_deleting_an_organization_that_still_has_certificates_isrefused(client, callers, records):
    login(client, callers["own_staff"])
    org = records["organizations"]
    url = reverse("organizations:delete", args=[org.pk])
    before = db_state()

    assert client.get(url).status_code == 200
    refused = client.post(url, follow=True)

    assert "still has registration certificates" in text(refused)
    assert Organization.objects.filter(pk=org.pk).exists()
    assert db_state() == before


# 2. Creating an organization with names in several scripts -------------------------


def test_add_form_stores_vietnamese_english_and_chinese_names_aliases_and_contacts(
    client, callers, unions
):
    user = callers["own_staff"]
    login(client, user)
    form = client.get(reverse("organizations:add"))
    names = {
        "name": "Tổ chức Cứu trợ Trẻ em",
        "acronym": "SCI",
        "name_vi": "Tổ chức Cứu trợ Trẻ em Quốc tế",
        "name_en": "Save the Children International",
        "name_zh_hans": "救助儿童会",
    }
    data = form_data(
        form,
        **names,
        kind="foreign_ngo",
        country=Country.objects.get(code="GB").pk,
        **{
            "aliases-TOTAL_FORMS": "2",
            "aliases-0-id": "",
            "aliases-0-name": "Quỹ Cứu trợ Nhi đồng",
            "aliases-1-id": "",
            "aliases-1-name": "儿童救助",
            "contacts-TOTAL_FORMS": "1",
            "contacts-0-id": "",
            "contacts-0-name": "Nguyễn Thị Hồng Nhung",
            "contacts-0-role": "Trưởng đại diện",
            "contacts-0-email": "nhung@example.org",
            "contacts-0-phone": "+84 251 3822 000",
            "contacts-0-address": "Biên Hòa, Đồng Nai",
        },
    )
    assert data["union"] == str(unions["dong-nai"].pk)  # the only union offered

    response = client.post(reverse("organizations:add"), data)

    assert response.status_code == 302, response.context["form"].errors
    org = Organization.objects.get(name_zh_hans="救助儿童会")
    for field, value in names.items():
        assert getattr(org, field) == value
    assert org.union == unions["dong-nai"]
    assert org.country.code == "GB"
    assert sorted(org.aliases.values_list("name", flat=True)) == sorted(
        ["Quỹ Cứu trợ Nhi đồng", "儿童救助"]
    )
    contact = org.contacts.get()
    assert (contact.name, contact.role, contact.address) == (
        "Nguyễn Thị Hồng Nhung",
        "Trưởng đại diện",
        "Biên Hòa, Đồng Nai",
    )

    # Found again by any of its names, in any script.
    for term in ["救助儿童会", "cuu tro tre em", "Save the Children", "儿童救助"]:
        found = client.get(reverse("organizations:index"), {"q": term})
        assert reverse("organizations:inspect", args=[org.pk]) in text(found), term

    history = client.get(reverse("organizations:history", args=[org.pk]))
    assert history.status_code == 200
    rows = listing_rows(history)
    assert user.username in rows
    assert "Created" in rows
    assert "Tổ chức Cứu trợ Trẻ em" in rows
    assert "救助儿童会" in rows
    creation = Change.objects.get(
        content_type=ContentType.objects.get_for_model(Organization),
        object_id=str(org.pk),
        action="create",
    )
    assert creation.actor == user
    assert creation.changes["name_zh_hans"] == [None, "救助儿童会"]


# 3. The duplicate warning -----------------------------------------------------------


@pytest.mark.parametrize("new_name", ["Tổ chức Oxfam", "OXFAM", "oxfam"])
def test_add_form_warns_of_a_likely_duplicate_with_a_link_and_creates_nothing(
    client, callers, unions, dong_nai_org, new_name
):
    login(client, callers["own_staff"])
    data = form_data(client.get(reverse("organizations:add")), name=new_name)
    before = db_state()

    response = client.post(reverse("organizations:add"), data)

    assert response.status_code == 200
    error = field_errors(response, "name")
    assert "may already exist" in error
    inspect_url = reverse("organizations:inspect", args=[dong_nai_org.pk])
    # A real link, not escaped markup, in the page the user sees.
    assert re.search(rf'<a href="{re.escape(inspect_url)}"[^>]*>', text(response))
    assert db_state() == before


def test_ticking_this_is_a_different_organization_creates_it(client, callers, unions, dong_nai_org):
    login(client, callers["own_staff"])
    data = form_data(
        client.get(reverse("organizations:add")), name="Tổ chức Oxfam", allow_duplicate="on"
    )

    response = client.post(reverse("organizations:add"), data)

    assert response.status_code == 302
    assert Organization.objects.filter(union=unions["dong-nai"]).count() == 2
    assert Organization.objects.filter(name="Tổ chức Oxfam", union=unions["dong-nai"]).exists()


def test_an_organization_of_another_union_does_not_trigger_the_duplicate_warning(
    client, callers, unions
):
    make_organization(unions["lao-cai"], "Oxfam", name_vi="Tổ chức Oxfam")
    login(client, callers["own_staff"])
    data = form_data(client.get(reverse("organizations:add")), name="Oxfam")

    response = client.post(reverse("organizations:add"), data)

    assert response.status_code == 302
    created = Organization.objects.get(name="Oxfam", union=unions["dong-nai"])
    assert created.union == unions["dong-nai"]


def test_renaming_an_organization_to_another_ones_name_is_warned(
    client, callers, unions, dong_nai_org
):
    other = OrganizationFactory(union=unions["dong-nai"], name="CARE International")
    login(client, callers["own_staff"])
    url = reverse("organizations:edit", args=[other.pk])
    data = form_data(client.get(url), name="OXFAM")
    before = db_state()

    response = client.post(url, data)

    assert response.status_code == 200
    assert "may already exist" in field_errors(response, "name")
    assert db_state() == before


# 4. Certificate validation ----------------------------------------------------------


def _cert_add_post(client, records, **overrides):
    form = client.get(reverse("certificates:add"))
    base = {
        "organization": records["organizations"].pk,
        "type": "operation",
        "number": "500/CNV-HĐ",
        "legal_basis": "58/2022/ND-CP",
        "issue_date": "2025-03-01",
        "expiry_date": "2027-03-01",
    }
    return client.post(reverse("certificates:add"), form_data(form, **{**base, **overrides}))


@pytest.mark.parametrize("expiry_date", ["2025-01-01", "2025-03-01"])
def test_certificate_with_expiry_not_after_issue_is_not_stored(
    client, callers, records, expiry_date
):
    login(client, callers["own_staff"])
    before = db_state()

    response = _cert_add_post(client, records, issue_date="2025-03-01", expiry_date=expiry_date)

    assert response.status_code == 200
    assert response.context["form"].errors
    assert db_state() == before


@pytest.mark.parametrize("expiry_date", ["2025-01-01", "2025-03-01"])
def test_certificate_with_expiry_not_after_issue_shows_the_error_on_the_expiry_field(
    client, callers, records, expiry_date
):
    login(client, callers["own_staff"])

    response = _cert_add_post(client, records, issue_date="2025-03-01", expiry_date=expiry_date)

    error = field_errors(response, "expiry_date")
    assert "must be after the issue date" in error
    assert "2025" in error  # both dates are named (in the user's date format)
    assert "Constraint" not in text(response)


def test_certificate_with_a_number_already_used_in_the_union_shows_the_error_on_number(
    client, callers, records
):
    login(client, callers["own_staff"])
    before = db_state()

    response = _cert_add_post(client, records, number=records["certificates"].number)

    assert response.status_code == 200
    error = field_errors(response, "number")
    assert "already recorded" in error
    assert "Oxfam" in error
    assert db_state() == before


def test_certificate_number_used_in_another_union_is_accepted(client, callers, unions, records):
    CertificateFactory(
        organization=OrganizationFactory(union=unions["lao-cai"]), number="500/CNV-HĐ"
    )
    login(client, callers["own_staff"])

    response = _cert_add_post(client, records, number="500/CNV-HĐ")

    assert response.status_code == 302
    assert RegistrationCertificate.objects.filter(number="500/CNV-HĐ").count() == 2


def test_certificate_errors_are_in_vietnamese_for_a_vietnamese_user(client, make_member, records):
    if not VI_MO.exists():
        pytest.skip("Vietnamese translations are not compiled (run `make translations`).")
    english = "Certificate number %(number)s is already recorded, for %(organization)s."
    with translation.override("vi"):
        vietnamese = translation.gettext(english)
    if vietnamese == english:
        pytest.skip("This message has no Vietnamese translation in the catalogue yet.")
    login(client, make_member("dong-nai", "staff", username="nguyen-van-a", language="vi"))
    number = records["certificates"].number
    before = db_state()

    response = _cert_add_post(client, records, number=number)

    assert response.status_code == 200
    assert '<html lang="vi"' in text(response)
    # The organization is named in the user's language too (its Vietnamese name).
    expected = vietnamese % {"number": number, "organization": "Tổ chức Oxfam"}
    assert field_errors(response, "number") == expected
    assert "is already recorded" not in text(response)
    assert db_state() == before


# 6. The admin home page -------------------------------------------------------------


def test_home_page_lists_own_unions_expiring_and_expired_certificates_only(client, callers, unions):
    dn_org = OrganizationFactory(union=unions["dong-nai"], name="Dong Nai NGO")
    lc_org = OrganizationFactory(union=unions["lao-cai"], name="Lao Cai NGO")
    day = today()
    expiring = CertificateFactory(
        organization=dn_org,
        number="DN-EXPIRING",
        issue_date=day - datetime.timedelta(days=700),
        expiry_date=day + datetime.timedelta(days=10),
    )
    expired = CertificateFactory(
        organization=dn_org,
        number="DN-EXPIRED",
        issue_date=day - datetime.timedelta(days=700),
        expiry_date=day - datetime.timedelta(days=3),
    )
    CertificateFactory(
        organization=dn_org,
        number="DN-VALID",
        issue_date=day - datetime.timedelta(days=10),
        expiry_date=day + datetime.timedelta(days=700),
    )
    CertificateFactory(
        organization=lc_org,
        number="LC-EXPIRING",
        issue_date=day - datetime.timedelta(days=700),
        expiry_date=day + datetime.timedelta(days=10),
    )
    CertificateFactory(
        organization=dn_org,
        number="DN-REVOKED",
        issue_date=day - datetime.timedelta(days=700),
        expiry_date=day + datetime.timedelta(days=10),
        revoked_on=day - datetime.timedelta(days=5),
    )
    login(client, callers["own_staff"])

    response = client.get(HOME_URL)

    assert response.status_code == 200
    page = text(response)
    assert "Certificates expiring or expired" in page
    assert "DN-EXPIRING" in page
    assert "DN-EXPIRED" in page
    assert reverse("certificates:inspect", args=[expiring.pk]) in page
    assert reverse("certificates:inspect", args=[expired.pk]) in page
    assert "DN-VALID" not in page
    assert "LC-EXPIRING" not in page
    assert "DN-REVOKED" not in page
    assert "Certificates expiring or expired · Dong Nai Union of Friendship Organizations" in page
    # Soonest first: the expired one before the one still running.
    assert page.index("DN-EXPIRED") < page.index("DN-EXPIRING")


def test_home_page_of_national_staff_lists_every_unions_certificates_needing_attention(
    client, callers, unions
):
    day = today()
    for slug, number in [("dong-nai", "DN-EXPIRING"), ("lao-cai", "LC-EXPIRING")]:
        CertificateFactory(
            organization=OrganizationFactory(union=unions[slug]),
            number=number,
            issue_date=day - datetime.timedelta(days=700),
            expiry_date=day + datetime.timedelta(days=10),
        )
    login(client, callers["national_staff"])

    page = text(client.get(HOME_URL))

    assert "DN-EXPIRING" in page and "LC-EXPIRING" in page


def test_home_page_says_so_when_no_certificate_needs_attention(client, callers, records):
    login(client, callers["own_staff"])
    page = text(client.get(HOME_URL))
    assert "No certificate is expiring or expired." in page
    assert records["certificates"].number not in page


# 7. The certificate listing's status filter ------------------------------------------


def test_certificate_listing_filtered_by_expiring_status_shows_only_expiring_ones(
    client, callers, unions
):
    org = OrganizationFactory(union=unions["dong-nai"])
    day = today()
    horizon = settings.AMITY_CERTIFICATE_EXPIRING_DAYS
    dates = {
        "C-EXPIRING-SOON": (700, 10),
        "C-EXPIRING-AT-HORIZON": (700, horizon),
        "C-VALID": (10, horizon + 1),
        "C-EXPIRED": (700, -1),
    }
    for number, (issued_ago, expires_in) in dates.items():
        CertificateFactory(
            organization=org,
            number=number,
            issue_date=day - datetime.timedelta(days=issued_ago),
            expiry_date=day + datetime.timedelta(days=expires_in),
        )
    CertificateFactory(
        organization=org,
        number="C-REVOKED",
        issue_date=day - datetime.timedelta(days=700),
        expiry_date=day + datetime.timedelta(days=10),
        revoked_on=day - datetime.timedelta(days=1),
    )
    login(client, callers["own_staff"])

    response = client.get(reverse("certificates:index"), {"status": "expiring"})

    assert response.status_code == 200
    rows = listing_rows(response)
    assert "C-EXPIRING-SOON" in rows
    assert "C-EXPIRING-AT-HORIZON" in rows
    for number in ["C-VALID", "C-EXPIRED", "C-REVOKED"]:
        assert number not in rows

    both = listing_rows(
        client.get(reverse("certificates:index"), {"status": ["expiring", "expired"]})
    )
    assert "C-EXPIRED" in both and "C-EXPIRING-SOON" in both and "C-VALID" not in both


# 8. Query counts --------------------------------------------------------------------


def _index_queries(client, count, unions) -> int:
    country = Country.objects.get(code="GB")
    existing = Organization.objects.count()
    for _ in range(count - existing):
        OrganizationFactory(union=unions["dong-nai"], country=country, acronym="X")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("organizations:index"))
    assert response.status_code == 200
    shown = len(re.findall(r'href="/admin/organizations/inspect/\d+/"', listing_rows(response)))
    assert shown >= min(count, 20)  # one page of the listing
    return len(queries)


@pytest.mark.parametrize("caller", ["own_staff", "national_staff"])
def test_organization_index_query_count_does_not_grow_with_the_number_of_organizations(
    client, callers, unions, caller
):
    login(client, callers[caller])
    client.get(reverse("organizations:index"))  # warm up session and caches

    with_3 = _index_queries(client, 3, unions)
    with_30 = _index_queries(client, 30, unions)

    assert with_30 == with_3, f"3 organizations: {with_3} queries; 30: {with_30}"


def test_certificate_index_query_count_does_not_grow_with_the_number_of_certificates(
    client, callers, unions
):
    login(client, callers["own_staff"])
    client.get(reverse("certificates:index"))

    def queries_for(count):
        while RegistrationCertificate.objects.count() < count:
            CertificateFactory(organization=OrganizationFactory(union=unions["dong-nai"]))
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("certificates:index")).status_code == 200
        return len(queries)

    with_3 = queries_for(3)
    with_30 = queries_for(30)
    assert with_30 == with_3, f"3 certificates: {with_3} queries; 30: {with_30}"


def test_certificate_listing_search_finds_the_organization_without_diacritics(
    client, callers, unions
):
    CertificateFactory(
        organization=OrganizationFactory(union=unions["dong-nai"], name="Tổ chức Tầm nhìn"),
        number="88/CNV-HĐ",
    )
    CertificateFactory(
        organization__union=unions["lao-cai"],
        organization__name="Tầm nhìn Lào Cai",
        number="99/CNV-HĐ",
    )
    login(client, callers["own_staff"])
    table = listing_table(client.get(reverse("certificates:index"), {"q": "tam nhin"}))
    assert "88/CNV-HĐ" in table and "99/CNV-HĐ" not in table


def test_the_organization_page_shows_its_aliases_contacts_and_certificates(client, callers, unions):
    org = services.organization_save(
        actor=None,
        organization=Organization(union=unions["dong-nai"], name="Plan International"),
        aliases=["PLAN/Anh"],
        contacts=[{"role": "Trưởng đại diện", "phone": "024 1234 5678"}],
    )
    CertificateFactory(organization=org, number="321/CNV-HĐ")
    login(client, callers["own_viewer"])
    page = text(client.get(reverse("organizations:inspect", args=[org.pk])))
    for expected in ("PLAN/Anh", "Trưởng đại diện", "024 1234 5678", "321/CNV-HĐ"):
        assert expected in page
