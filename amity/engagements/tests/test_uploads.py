"""Engagement files and signed partnership documents, uploaded through their forms: a
file that is not what its name says is refused naming it, and nothing is stored."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from amity.engagements.models import EngagementFile, Partnership
from amity.engagements.tests.test_admin import db_state, records  # noqa: F401
from amity.testing import form_data, login, text

pytestmark = pytest.mark.django_db


def test_a_photo_that_is_not_an_image_is_refused_on_the_engagement_form(
    client,
    callers,
    records,  # noqa: F811
):
    login(client, callers["own_staff"])
    url = reverse("engagements:edit", args=[records["engagements"].pk])
    data = form_data(client.get(url))
    data |= {
        "files-TOTAL_FORMS": "1",
        "files-0-title": "Ảnh đoàn",
        "files-0-kind": "photo",
        "files-0-ORDER": "1",
        "files-0-DELETE": "",
        "files-0-file": SimpleUploadedFile("anh-doan.jpg", b"%PDF-1.4 not a photo"),
    }
    before = db_state()
    response = client.post(url, data)
    assert response.status_code == 200
    assert "“anh-doan.jpg” is not a .jpg file" in text(response)
    assert db_state() == before
    assert not EngagementFile.objects.exists()


def test_a_signed_document_that_is_not_a_pdf_is_refused_on_the_partnership_form(
    client,
    callers,
    records,  # noqa: F811
):
    partnership = records["partnerships"]
    login(client, callers["own_staff"])
    url = reverse("partnerships:edit", args=[partnership.pk])
    data = form_data(
        client.get(url), document=SimpleUploadedFile("thoa-thuan.pdf", b"<html><script>")
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "“thoa-thuan.pdf” is not a .pdf file" in text(response)
    assert not Partnership.objects.get(pk=partnership.pk).document
