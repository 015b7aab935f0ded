import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, ReferenceIndex, Revision
from wagtail.search.models import IndexEntry

from amity.aid.models import AidItem, StatusChange
from amity.demo import aid_data, portal_data
from amity.demo.portal import DRAFT
from amity.finance.models import ExchangeRate, Transaction
from amity.portal.models import ArticlePage, HomeBanner
from amity.registry.models import (
    CertificateStatus,
    Organization,
    OrganizationKind,
    RegistrationCertificate,
)
from amity.reports.models import Target
from amity.tenancy.models import Membership, Role, Union

pytestmark = pytest.mark.django_db


def counts():
    return (
        Union.objects.count(),
        get_user_model().objects.count(),
        Membership.objects.count(),
        Organization.objects.count(),
        RegistrationCertificate.objects.count(),
        AidItem.objects.count(),
        Transaction.objects.count(),
        ExchangeRate.objects.count(),
        StatusChange.objects.count(),
        Target.objects.count(),
        Page.objects.count(),
        Revision.objects.count(),
        HomeBanner.objects.count(),
        get_image_model().objects.count(),
    )


def test_demo_loads_unions_users_ngos_and_certificates_and_can_run_again(demo_loaded, client):
    out = demo_loaded
    assert client.login(username="dongnai-staff", password="amity-demo")
    assert client.get("/admin/").status_code == 200
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
    specs = aid_data.items()
    # And the aid item the taken-up call for sponsorship became, with its commitment.
    assert before[5:8] == (len(specs) + 1, sum(len(s["transactions"]) for s in specs) + 1, 360)
    assert before[9] == len(aid_data.TARGETS)
    assert_portal_demo(client)
    assert_indexes_as_rebuilt()
    call_command("demo")
    assert counts() == before


def assert_indexes_as_rebuilt():
    """The demo indexes each page once, at the end: the portal pages' references must be
    what rebuilding Wagtail's reference index gives, and every article must be in the
    back office's search index."""

    def references():
        return set(
            ReferenceIndex.objects.filter(content_type__app_label="portal").values_list(
                *REFERENCE_FIELDS
            )
        )

    found = references()
    assert len(found) >= 100
    call_command("rebuild_references_index", stdout=io.StringIO())
    assert references() == found

    # Every article once (the title column is a text on SQLite, a tsvector on PostgreSQL).
    page_type = ContentType.objects.get_for_model(ArticlePage)
    indexed = list(IndexEntry.objects.filter(content_type=page_type).values_list("object_id"))
    articles = [(str(pk),) for pk in ArticlePage.objects.values_list("pk", flat=True)]
    assert sorted(indexed) == sorted(articles) and len(indexed) >= 60


REFERENCE_FIELDS = (
    "content_type",
    "object_id",
    "to_content_type",
    "to_object_id",
    "model_path",
    "content_path",
)


def assert_portal_demo(client):
    """The portal the demo builds: enough news in three languages, the seed stories, and
    an unpublished draft that shows nowhere."""
    client.logout()
    published = ArticlePage.objects.live()
    originals = published.filter(locale__language_code="vi")
    assert originals.count() == len(portal_data.ARTICLES) >= 30
    assert published.filter(locale__language_code="zh-hans").count() >= 20
    assert HomeBanner.objects.exclude(alt="").count() == HomeBanner.objects.count() > 0

    def translation(page, language):
        return page.get_translation(Locale.objects.get(language_code=language))

    seed = originals.get(slug="ket-qua-cong-tac-van-dong-vien-tro-pcpnn-nam-2023")
    english = client.get(translation(seed, "en").url).content.decode()
    assert "more than VND 109.841 billion" in english
    chinese = client.get(translation(seed, "zh-hans").url).content.decode()
    assert "超过1098.41亿越南盾" in chinese

    found = client.get("/vi/search/", {"q": "dong nai"}).content.decode()
    assert seed.url in found
    yen_bai = originals.get(slug="yen-bai-mong-muon-vufo-ket-noi-vien-tro-pcpnn-va-tap-huan-can-bo")
    yen_bai_zh = translation(yen_bai, "zh-hans")
    for query in ("援助", "非政府组织"):
        assert yen_bai_zh.url in client.get("/zh-hans/search/", {"q": query}).content.decode()

    draft = ArticlePage.objects.get(slug=DRAFT["slug"])
    assert not draft.live
    for url in ("/vi/feed/rss/", "/vi/feed/atom/", "/sitemap.xml", "/vi/"):
        assert DRAFT["slug"] not in client.get(url).content.decode(), url
    shown = client.get("/vi/search/", {"q": "bản nháp chưa công bố"}).content.decode()
    assert DRAFT["slug"] not in shown and DRAFT["title"] not in shown
