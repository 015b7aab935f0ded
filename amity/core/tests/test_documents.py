"""Wagtail's documents and images go to those who may choose or change them: a
document's file and the admin API's listings and details, to nobody else
(core/documents.py, core/admin_api.py)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, GroupCollectionPermission

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(settings, tmp_path):
    # On disk, as in production: Wagtail serves a file by its path where it has one, and
    # the test settings' in-memory storage names a path where nothing is.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    collection = Collection.get_first_root_node().add_child(name="Đồng Nai — tài liệu")
    return get_document_model().objects.create(
        title="Biên bản hội nghị 同奈",
        file=ContentFile(b"%PDF-1.4 minutes", name="bien-ban.pdf"),
        collection=collection,
    )


def allowed_to_choose(user, collection):
    group = Group.objects.create(name="Document keepers")
    GroupCollectionPermission.objects.create(
        group=group,
        collection=collection,
        permission=Permission.objects.get(codename="choose_document"),
    )
    user.groups.add(group)


def signed_in(user):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


def test_a_document_goes_only_to_those_who_may_choose_it(document, callers):
    keeper, other = callers["own_staff"], callers["other_staff"]
    allowed_to_choose(keeper, document.collection)
    link = document.url
    assert link == reverse("wagtaildocs_serve", args=[document.pk, document.filename])
    listing = reverse("wagtailadmin_api:documents:listing")
    detail = reverse("wagtailadmin_api:documents:detail", args=[document.pk])

    keeper_client = signed_in(keeper)
    served = keeper_client.get(link)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"%PDF-1.4 minutes"
    items = keeper_client.get(listing).json()["items"]
    assert [(i["id"], i["title"]) for i in items] == [(document.pk, "Biên bản hội nghị 同奈")]
    assert keeper_client.get(detail).json()["meta"]["download_url"].endswith(link)

    other_client = signed_in(other)
    assert other_client.get(link).status_code == 404
    assert other_client.get(listing).json()["items"] == []
    assert other_client.get(detail).status_code == 404

    anonymous = Client().get(link)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/admin/login/")


def test_a_link_with_another_file_name_is_not_served(document, callers):
    keeper = callers["own_staff"]
    allowed_to_choose(keeper, document.collection)
    wrong = reverse("wagtaildocs_serve", args=[document.pk, "other.pdf"])
    assert signed_in(keeper).get(wrong).status_code == 404


def test_the_admin_api_shows_a_unions_images_only_to_those_who_may_choose_them(make_member, unions):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    from amity.portal.sections import union_collection

    editor = make_member("dong-nai", "editor")  # the portal group of Dong Nai's collection
    other_editor = make_member("lao-cai", "editor")
    staff = make_member("dong-nai", "staff")  # no portal role
    image = get_image_model().objects.create(
        title="Hội nghị Đồng Nai 同奈",
        file=get_test_image_file(),
        collection=union_collection(unions["dong-nai"]),
    )
    listing = reverse("wagtailadmin_api:images:listing")
    detail = reverse("wagtailadmin_api:images:detail", args=[image.pk])
    client = signed_in(editor)
    assert [i["title"] for i in client.get(listing).json()["items"]] == ["Hội nghị Đồng Nai 同奈"]
    assert client.get(detail).json()["title"] == "Hội nghị Đồng Nai 同奈"
    for outsider in (other_editor, staff):
        client = signed_in(outsider)
        assert client.get(listing).json()["items"] == []
        assert client.get(detail).status_code == 404
