import datetime
from pathlib import Path

import pytest
from django.utils import timezone

from amity.history.models import Change
from amity.registry.models import Organization, RegistrationCertificate
from amity.registry.tests.factories import CertificateFactory, OrganizationFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()
COMPILED_VI = Path(__file__).resolve().parents[2] / "locale/vi/LC_MESSAGES/django.mo"


def db_state():
    return (
        list(Organization.objects.values().order_by("pk")),
        list(RegistrationCertificate.objects.values().order_by("pk")),
        Change.objects.of_records().count(),
    )


@pytest.fixture
def dong_nai_records(unions):
    org = OrganizationFactory(union=unions["dong-nai"], name="Oxfam", name_zh_hans="乐施会")
    cert = CertificateFactory(organization=org)
    return {"organization": org, "certificate": cert}


# The four callers on every endpoint -----------------------------------------------

READ_EXPECTATIONS = {
    "anonymous": 401,
    "other_staff": 404,
    "own_viewer": 200,
    "own_staff": 200,
    "national_staff": 200,
}


@pytest.mark.parametrize("kind", ["organization", "certificate"])
@pytest.mark.parametrize("caller", list(READ_EXPECTATIONS))
def test_reading_a_record(kind, caller, callers, dong_nai_records, api_client_for):
    record = dong_nai_records[kind]
    response = api_client_for(callers[caller]).get(f"/api/v1/{kind}s/{record.pk}/")
    assert response.status_code == READ_EXPECTATIONS[caller]


@pytest.mark.parametrize("kind", ["organization", "certificate"])
@pytest.mark.parametrize("caller", list(READ_EXPECTATIONS))
def test_listing_shows_only_what_the_caller_may_see(
    kind, caller, callers, dong_nai_records, api_client_for
):
    response = api_client_for(callers[caller]).get(f"/api/v1/{kind}s/")
    if caller == "anonymous":
        assert response.status_code == 401
        return
    ids = [row["id"] for row in response.json()["results"]]
    visible = READ_EXPECTATIONS[caller] == 200
    assert (dong_nai_records[kind].pk in ids) is visible


WRITE_EXPECTATIONS = {
    "anonymous": 401,
    "other_staff": 404,
    "own_viewer": 403,
    "own_staff": "ok",
    "national_staff": "ok",
}


@pytest.mark.parametrize("caller", list(WRITE_EXPECTATIONS))
def test_changing_an_organization(caller, callers, dong_nai_records, api_client_for):
    org = dong_nai_records["organization"]
    before = db_state()
    response = api_client_for(callers[caller]).patch(
        f"/api/v1/organizations/{org.pk}/", {"name_vi": "Tổ chức Oxfam"}, format="json"
    )
    expected = WRITE_EXPECTATIONS[caller]
    if expected == "ok":
        assert response.status_code == 200, response.json()
        org.refresh_from_db()
        assert org.name_vi == "Tổ chức Oxfam"
    else:
        assert response.status_code == expected
        assert db_state() == before


@pytest.mark.parametrize("caller", list(WRITE_EXPECTATIONS))
def test_deleting_a_certificate(caller, callers, dong_nai_records, api_client_for):
    cert = dong_nai_records["certificate"]
    before = db_state()
    response = api_client_for(callers[caller]).delete(f"/api/v1/certificates/{cert.pk}/")
    expected = WRITE_EXPECTATIONS[caller]
    if expected == "ok":
        assert response.status_code == 204
        assert not RegistrationCertificate.objects.filter(pk=cert.pk).exists()
    else:
        assert response.status_code == expected
        assert db_state() == before


CREATE_EXPECTATIONS = {
    "anonymous": 401,
    "other_staff": 400,
    "own_viewer": 403,
    "own_staff": 201,
    "national_staff": 201,
}


@pytest.mark.parametrize("caller", list(CREATE_EXPECTATIONS))
def test_creating_an_organization_in_dong_nai(caller, callers, unions, api_client_for):
    before = db_state()
    response = api_client_for(callers[caller]).post(
        "/api/v1/organizations/",
        {"union": "dong-nai", "name": "Plan International"},
        format="json",
    )
    assert response.status_code == CREATE_EXPECTATIONS[caller]
    if response.status_code != 201:
        assert db_state() == before
    if caller == "other_staff":
        # Another union reads as unknown: nothing tells it exists.
        assert "dong-nai" in response.json()["union"][0]


# Round trips in three languages -------------------------------------------------------


def test_create_and_read_back_in_vietnamese_english_and_chinese(callers, unions, api_client_for):
    client = api_client_for(callers["own_staff"])
    payload = {
        "union": "dong-nai",
        "name": "Good Neighbors International",
        "acronym": "GNI",
        "name_vi": "Tổ chức Những người hàng xóm tốt",
        "name_en": "Good Neighbors International",
        "name_zh_hans": "好邻居国际",
        "country": "KR",
        "organisation_type": "21",
        "fields_of_work": ["11220", "12220"],
        "aliases": ["GNI/Hàn Quốc", "굿네이버스"],
        "contacts": [{"role": "Trưởng đại diện", "address": "Hà Nội", "locality": "2025:00004"}],
    }
    created = client.post("/api/v1/organizations/", payload, format="json")
    assert created.status_code == 201, created.json()
    body = client.get(f"/api/v1/organizations/{created.json()['id']}/").json()
    for field in ("name_vi", "name_zh_hans", "country", "organisation_type", "acronym"):
        assert body[field] == payload[field]
    assert sorted(body["aliases"]) == sorted(payload["aliases"])
    assert sorted(body["fields_of_work"]) == payload["fields_of_work"]
    assert body["contacts"][0]["locality"] == "2025:00004"
    assert body["union"] == "dong-nai"

    cert = client.post(
        "/api/v1/certificates/",
        {
            "organization": body["id"],
            "type": "operation",
            "number": "12/CNV-HĐ",
            "issue_date": (TODAY - datetime.timedelta(days=5)).isoformat(),
            "expiry_date": (TODAY + datetime.timedelta(days=60)).isoformat(),
            "provinces": ["2025:75", "pre2025:70"],
            "fields": ["12220"],
            "notes": "Hỗ trợ y tế cơ sở; 支持基层医疗",
        },
        format="json",
    )
    assert cert.status_code == 201, cert.json()
    cert_body = cert.json()
    assert cert_body["status"] == "expiring"
    assert sorted(cert_body["provinces"]) == ["2025:75", "pre2025:70"]
    assert cert_body["notes"] == "Hỗ trợ y tế cơ sở; 支持基层医疗"
    listed = client.get("/api/v1/certificates/?status=expiring").json()["results"]
    assert [c["number"] for c in listed] == ["12/CNV-HĐ"]


def test_search_ignores_diacritics_and_finds_aliases(callers, unions, api_client_for):
    client = api_client_for(callers["own_staff"])
    client.post(
        "/api/v1/organizations/",
        {"union": "dong-nai", "name": "Tổ chức Tầm nhìn Thế giới", "aliases": ["WVI/Hoa Kỳ"]},
        format="json",
    )
    for q in ["tam nhin", "Tầm Nhìn", "wvi"]:
        results = client.get("/api/v1/organizations/", {"q": q}).json()["results"]
        assert [r["name"] for r in results] == ["Tổ chức Tầm nhìn Thế giới"], q


# Bad input: the field named, nothing changed --------------------------------------------


@pytest.mark.parametrize(
    ("payload", "field", "fragment"),
    [
        ({"union": "yen-bai", "name": "X"}, "union", "yen-bai"),
        ({"union": "dong-nai", "name": "X", "country": "XX"}, "country", "XX"),
        ({"union": "dong-nai", "name": ""}, "name", ""),
        (
            {"union": "dong-nai", "name": "X", "contacts": [{"locality": "2025:001"}]},
            "contacts",
            "001",
        ),
        (
            {"union": "dong-nai", "name": "X", "contacts": [{"locality": "pre2025:00004"}]},
            "contacts",
            "00004",
        ),
    ],
)
def test_bad_organization_input_names_the_field(
    payload, field, fragment, callers, unions, api_client_for
):
    before = db_state()
    response = api_client_for(callers["own_staff"]).post(
        "/api/v1/organizations/", payload, format="json"
    )
    assert response.status_code == 400
    assert fragment in str(response.json()[field])
    assert db_state() == before


def test_duplicate_organization_is_refused_with_a_link(callers, dong_nai_records, api_client_for):
    client = api_client_for(callers["own_staff"])
    before = db_state()
    response = client.post(
        "/api/v1/organizations/", {"union": "dong-nai", "name": "Tổ chức Oxfam"}, format="json"
    )
    assert response.status_code == 400
    body = response.json()
    assert body["duplicates"][0]["id"] == dong_nai_records["organization"].pk
    assert body["duplicates"][0]["url"].endswith(
        f"/api/v1/organizations/{dong_nai_records['organization'].pk}/"
    )
    assert db_state() == before
    forced = client.post(
        "/api/v1/organizations/",
        {"union": "dong-nai", "name": "Tổ chức Oxfam", "allow_duplicate": True},
        format="json",
    )
    assert forced.status_code == 201


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"expiry_date": (TODAY - datetime.timedelta(days=400)).isoformat()}, "expiry_date"),
        ({"provinces": ["2025:99"]}, "provinces"),
        ({"provinces": ["pre2025:001"]}, "provinces"),
        ({"fields": ["99999"]}, "fields"),
        ({"number": "DUP/1"}, "number"),
        ({"type": "project_office"}, "type"),
    ],
)
def test_bad_certificate_input_names_the_field(
    changes, field, callers, dong_nai_records, api_client_for
):
    CertificateFactory(organization=dong_nai_records["organization"], number="DUP/1")
    payload = {
        "organization": dong_nai_records["organization"].pk,
        "type": "operation",
        "number": "NEW/1",
        "issue_date": (TODAY - datetime.timedelta(days=5)).isoformat(),
        "expiry_date": (TODAY + datetime.timedelta(days=300)).isoformat(),
        **changes,
    }
    before = db_state()
    response = api_client_for(callers["own_staff"]).post(
        "/api/v1/certificates/", payload, format="json"
    )
    assert response.status_code == 400
    assert field in response.json()
    assert db_state() == before


def test_a_certificate_for_another_unions_organization_is_refused(callers, unions, api_client_for):
    theirs = OrganizationFactory(union=unions["lao-cai"])
    before = db_state()
    response = api_client_for(callers["own_staff"]).post(
        "/api/v1/certificates/",
        {
            "organization": theirs.pk,
            "type": "operation",
            "number": "1/X",
            "issue_date": TODAY.isoformat(),
            "expiry_date": (TODAY + datetime.timedelta(days=300)).isoformat(),
        },
        format="json",
    )
    assert response.status_code == 400
    assert "organization" in response.json()
    assert db_state() == before


def test_errors_come_in_the_callers_language(callers, dong_nai_records, api_client_for):
    if not COMPILED_VI.exists():
        pytest.skip("translations not compiled (make test compiles them)")
    response = api_client_for(callers["own_staff"], language="vi").post(
        "/api/v1/certificates/",
        {
            "organization": dong_nai_records["organization"].pk,
            "type": "operation",
            "number": "N/1",
            "issue_date": TODAY.isoformat(),
            "expiry_date": (TODAY - datetime.timedelta(days=1)).isoformat(),
        },
        format="json",
    )
    assert response.status_code == 400
    message = response.json()["expiry_date"][0]
    assert "ngày" in message.lower(), message


# Token, schema, reference data ---------------------------------------------------------


def test_a_token_is_issued_for_a_username_and_password(callers, api_client_for):
    user = callers["own_staff"]
    user.set_password("s3cret-pass")
    user.save()
    response = api_client_for(None).post(
        "/api/v1/auth/token/", {"username": user.username, "password": "s3cret-pass"}
    )
    assert response.status_code == 200
    token = response.json()["token"]
    client = api_client_for(None)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert client.get("/api/v1/unions/").json()["results"][0]["slug"] == "dong-nai"


def test_openapi_schema_and_docs(callers, api_client_for):
    client = api_client_for(callers["own_staff"])
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    assert "/api/v1/organizations/" in paths and "/api/v1/certificates/{id}/" in paths
    assert not [p for p in paths if not p.startswith("/api/")]
    assert client.get("/api/docs/").status_code == 200


def test_reference_data_endpoints(callers, api_client_for):
    client = api_client_for(callers["own_viewer"])
    provinces = client.get(
        "/api/v1/admin-units/", {"structure": "2025", "level": "province", "page_size": 100}
    ).json()
    assert provinces["count"] == 34
    yen_bai = client.get("/api/v1/admin-units/", {"structure": "pre2025", "code": "15"}).json()
    assert yen_bai["results"][0]["current_province"] == "2025:15"
    sectors = client.get("/api/v1/codelists/sectors/", {"category": "122"}).json()
    assert "12220" in [s["code"] for s in sectors["results"]]
    assert client.get("/api/v1/codelists/currencies/VND/").json()["code"] == "VND"
    assert api_client_for(None).get("/api/v1/codelists/currencies/").status_code == 401


def test_list_query_count_does_not_grow_with_rows(
    callers, unions, api_client_for, django_assert_max_num_queries
):
    for i in range(30):
        cert = CertificateFactory(
            organization__union=unions["dong-nai"], organization__name=f"NGO {i}"
        )
        cert.organization.aliases.create(name=f"Alias {i}")
    client = api_client_for(callers["own_staff"])
    with django_assert_max_num_queries(12):
        assert len(client.get("/api/v1/organizations/").json()["results"]) == 30
    with django_assert_max_num_queries(12):
        assert len(client.get("/api/v1/certificates/").json()["results"]) == 30


def test_certificates_are_found_by_their_organizations_name_without_diacritics(
    callers, unions, api_client_for
):
    CertificateFactory(
        organization__union=unions["dong-nai"],
        organization__name="Tổ chức Tầm nhìn Thế giới",
        number="5/CNV-HĐ",
    )
    # Named outright: a numbered name ("Test NGO 5") would match the "5" of the query.
    CertificateFactory(
        organization__union=unions["dong-nai"], organization__name="Oxfam", number="6/CNV-HĐ"
    )
    client = api_client_for(callers["own_viewer"])
    for q in ["tam nhin the gioi", "5/CNV"]:
        results = client.get("/api/v1/certificates/", {"q": q}).json()["results"]
        assert [r["number"] for r in results] == ["5/CNV-HĐ"], q
