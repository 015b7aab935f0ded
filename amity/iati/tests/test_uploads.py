"""An IATI file as uploaded (back office and API): refused before reading when it is not
the kind its name says or is over the limit, naming the file; nothing is stored. Text
of an activity with control or direction characters is imported without them."""

import gzip
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from amity.aid.models import AidItem
from amity.iati.models import IatiImport
from amity.iati.services import iati_import
from amity.testing import login, text

pytestmark = pytest.mark.django_db

BARE = (Path(__file__).parent / "files" / "bare_activity.xml").read_bytes()


@pytest.mark.parametrize(
    "name, data, fragment",
    [
        ("hoat-dong.xml", b"%PDF-1.4 x", "“hoat-dong.xml” is not an XML file"),
        ("hoat-dong.xml.gz", BARE, "“hoat-dong.xml.gz” is not gzip-compressed"),
        ("hoat-dong.xlsx", BARE, "an IATI file must be .xml or .xml.gz"),
    ],
)
def test_a_file_not_of_its_kind_is_refused_on_the_page_and_in_the_api(
    client, callers, unions, api_client_for, name, data, fragment
):
    login(client, callers["own_staff"])
    page = client.post(
        "/admin/iati/import/",
        {"union": "dong-nai", "file": SimpleUploadedFile(name, data)},
    )
    assert page.status_code == 200
    assert fragment in text(page)
    api = api_client_for(callers["own_staff"]).post(
        "/api/v1/iati/imports/",
        {"union": "dong-nai", "file": SimpleUploadedFile(name, data)},
        format="multipart",
    )
    assert api.status_code == 400
    assert fragment in api.json()["file"][0]
    assert not IatiImport.objects.exists() and not AidItem.objects.exists()


def test_a_file_over_the_limit_is_refused_naming_the_limit(
    callers, unions, api_client_for, settings
):
    settings.AMITY_IATI_MAX_UPLOAD_BYTES = 100
    response = api_client_for(callers["own_staff"]).post(
        "/api/v1/iati/imports/",
        {"union": "dong-nai", "file": SimpleUploadedFile("a.xml.gz", gzip.compress(BARE))},
        format="multipart",
    )
    assert response.status_code == 400
    assert "a file may be at most 100" in response.json()["file"][0]
    assert not IatiImport.objects.exists()


def test_control_and_direction_characters_are_dropped_from_imported_text(unions, rates, tmp_path):
    hostile = BARE.replace(
        b"<title>Bare activity</title>",
        "<title>Bare \u202eytivitca\u0085&#x2066;\n  again</title>".encode(),
    )
    path = tmp_path / "hostile.xml"
    path.write_bytes(hostile)
    record = iati_import(path, union=unions["vufo"])
    assert record.created == 1, record.problems
    item = AidItem.objects.get()
    assert item.title_en == "Bare ytivitca again"
    assert item.title == "Bare ytivitca again"
