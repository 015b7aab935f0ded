"""An aid item's documents, uploaded through the item form: a file that is not what its
name says, a decompression bomb or an oversized file is refused on the form, naming the
file, and nothing of the item is stored."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from amity.aid.models import AidItem, AidItemDocument
from amity.aid.tests.test_admin import new_item_post, rates, rows  # noqa: F401
from amity.registry.tests.factories import OrganizationFactory
from amity.testing import login, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def donor(unions):
    return OrganizationFactory(union=unions["dong-nai"], name="Oxfam")


def bomb() -> bytes:
    """A .docx whose document unpacks to 50 MB from a few kilobytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(50):
                member.write(b"\0" * 2**20)
    return buffer.getvalue()


def post_with_document(client, unions, donor, name, data):
    post = new_item_post(
        unions, donor, **rows("documents", {"title": "Quyết định", "kind": "decision"})
    )
    post["documents-0-file"] = SimpleUploadedFile(name, data)
    return client.post(reverse("aid_items:add"), post)


@pytest.mark.parametrize(
    "name, data, fragment",
    [
        ("quyet-dinh.pdf", b"MZ\x90\x00" + b"\0" * 100, "“quyet-dinh.pdf” is not a .pdf file"),
        ("quyet-dinh.docx", b"%PDF-1.4 x", "“quyet-dinh.docx” is not a .docx file"),
        ("quyet-dinh.docx", bomb(), "its part “word/document.xml” is packed"),
        ("quyet-dinh.exe", b"MZ", "“quyet-dinh.exe”: files of this kind cannot be uploaded"),
        ("anh.jpg", b"GIF89a" + b"\0" * 20, "“anh.jpg” is not a .jpg file"),
    ],
)
def test_a_hostile_document_is_refused_on_the_item_form(
    client,
    callers,
    unions,
    donor,
    name,
    data,
    fragment,
):
    login(client, callers["own_staff"])
    response = post_with_document(client, unions, donor, name, data)
    assert response.status_code == 200
    assert fragment in text(response)
    assert not AidItem.objects.exists()
    assert not AidItemDocument.objects.exists()


def test_a_document_over_the_limit_is_refused_naming_the_limit(
    client,
    callers,
    unions,
    donor,
    settings,
):
    settings.AMITY_UPLOAD_MAX_BYTES = 2**20
    login(client, callers["own_staff"])
    response = post_with_document(
        client, unions, donor, "quyet-dinh.pdf", b"%PDF-1.4\n" + b"0" * (2 * 2**20)
    )
    assert "“quyet-dinh.pdf” is 2.0" in text(response)
    assert "a file may be at most 1.0" in text(response)
    assert not AidItem.objects.exists()


def test_a_real_spreadsheet_is_taken(client, callers, unions, donor):
    from openpyxl import Workbook

    buffer = io.BytesIO()
    Workbook().save(buffer)
    login(client, callers["own_staff"])
    response = post_with_document(client, unions, donor, "du-toan.xlsx", buffer.getvalue())
    assert response.status_code == 302, response.context["form"].errors
    assert AidItemDocument.objects.get().file.name.endswith(".xlsx")
