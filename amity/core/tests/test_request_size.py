"""A request body over `AMITY_REQUEST_MAX_BYTES` is refused with 413, before it is read,
on the back office's pages and in the API, saying how large it was in the person's
language; nothing is stored. Smaller requests go through."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from amity.iati.models import IatiImport
from amity.testing import login, text

pytestmark = pytest.mark.django_db

LIMIT = 4096
BIG = SimpleUploadedFile("hoat-dong.xml", b"<iati-activities>" + b" " * 8192)


@pytest.fixture(autouse=True)
def small_limit(settings):
    settings.AMITY_REQUEST_MAX_BYTES = LIMIT


def test_a_body_over_the_limit_is_refused_before_it_is_read(client, callers, make_member):
    login(client, callers["own_staff"])
    page = client.post("/admin/iati/import/", {"union": "dong-nai", "file": BIG})
    assert page.status_code == 413 and page["Connection"] == "close"
    assert "more than the 4.0\xa0KB Amity takes in one request" in text(page)
    assert "none of it was read or stored" in text(page)
    # In the back office's language of the person who sent it.
    login(client, make_member("dong-nai", "staff", username="nhan-vien", language="vi"))
    BIG.seek(0)
    page = client.post("/admin/iati/import/", {"union": "dong-nai", "file": BIG})
    assert page.status_code == 413
    assert "vượt quá mức 4,0\xa0KB mà Amity nhận trong một yêu cầu" in text(page)
    assert not IatiImport.objects.exists()


def test_the_api_refuses_it_in_json(callers, api_client_for):
    BIG.seek(0)
    response = api_client_for(callers["own_staff"]).post(
        "/api/v1/iati/imports/", {"union": "dong-nai", "file": BIG}, format="multipart"
    )
    assert response.status_code == 413
    assert "Amity takes in one request" in response.json()["detail"]
    assert not IatiImport.objects.exists()


def test_a_body_within_the_limit_goes_through(client, callers):
    login(client, callers["own_staff"])
    small = SimpleUploadedFile("hoat-dong.xml", b"%PDF-1.4 x")
    page = client.post("/admin/iati/import/", {"union": "dong-nai", "file": small})
    assert page.status_code == 200 and "is not an XML file" in text(page)
