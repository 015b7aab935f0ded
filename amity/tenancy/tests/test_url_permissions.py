"""Every URL the project routes, called with GET by seven callers, against the table in
`docs/permissions.md`.

The routes are read from Django's resolver, so a new URL without a row in the table
fails here, and so does a row that no URL matches. Each URL is built with real records
of Dong Nai (made through the services, as the other tests make them), and each caller's
answer is compared with the table's; every mismatch is listed at once. The GETs change
nothing: the row counts of every table and the records' states are the same after.

`AMITY_PERMISSIONS_OBSERVED=FILE` writes what each caller got, in the table's form, to
FILE (a draft to read, never to paste unread: a row states what *should* happen).
"""

import datetime
import fnmatch
import io
import os
import re
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone, translation
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Locale,
    Page,
    PageViewRestriction,
    Site,
    Task,
    Workflow,
)

from amity.aid.models import AidItem, AidItemDocument, AidKind
from amity.aid.services import aid_item_save
from amity.engagements import services as engagements
from amity.engagements.models import (
    Engagement,
    EngagementFile,
    EngagementKind,
    Partnership,
    PartnershipType,
)
from amity.finance.models import ExchangeRate, Transaction, TransactionType
from amity.finance.services import rates_import
from amity.finance.transactions import transaction_save
from amity.geo.models import AdministrativeUnit
from amity.history.models import Change
from amity.iati.services import iati_import
from amity.mobilization import services as mobilization
from amity.mobilization.models import (
    Appeal,
    Call,
    CallStatus,
    CoordinationPlan,
    Pledge,
    Program,
    Receipt,
)
from amity.portal.models import ArticlePage, HomePage, NewsIndexPage
from amity.portal.sections import editors_group, union_collection
from amity.registry.models import OrganizationKind
from amity.registry.tests.factories import CertificateFactory, OrganizationFactory
from amity.reports.services import target_set
from amity.tenancy.models import Membership

pytestmark = pytest.mark.django_db

TABLE = Path(__file__).resolve().parents[3] / "docs" / "permissions.md"
CALLERS = (
    "anonymous",
    "other_staff",
    "own_viewer",
    "own_editor",
    "own_staff",
    "own_admin",
    "national_staff",
)
LOGIN_URL = "/admin/login/"


# The routes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    key: str  # the URL's name (with its namespaces), or its pattern when it has none
    pattern: str  # the whole pattern, for messages
    params: tuple[str, ...]  # named parameters
    positional: int  # unnamed groups of a regular expression


def _params(pattern) -> tuple[tuple[str, ...], int]:
    regex = pattern.pattern.regex
    named = tuple(regex.groupindex)
    return named, regex.groups - len(named)


def routes() -> list[Route]:
    found = []

    def walk(resolver, prefix, namespace, inherited=((), 0)):
        for entry in resolver.url_patterns:
            named, positional = _params(entry)
            named = inherited[0] + named
            positional = inherited[1] + positional
            text = prefix + str(entry.pattern)
            if isinstance(entry, URLResolver):
                inner = namespace
                if entry.namespace:
                    inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
                walk(entry, text, inner, (named, positional))
            elif isinstance(entry, URLPattern):
                if entry.name:
                    key = f"{namespace}:{entry.name}" if namespace else entry.name
                else:
                    key = text
                found.append(Route(key, text, named, positional))

    walk(get_resolver(), "", None)
    return found


# The table ----------------------------------------------------------------------------

ROW = re.compile(r"^\|\s*`(?P<key>[^`]+)`\s*\|(?P<cells>(?:[^|]*\|){7})")


def table() -> dict[str, dict[str, str]]:
    """The rows of the permission table: URL name (or glob) → caller → expected."""
    rows = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if not match:
            continue
        cells = [c.strip().strip("`*") for c in match["cells"].split("|")[:7]]
        rows[match["key"]] = dict(zip(CALLERS, cells, strict=True))
    return rows


def row_for(key: str, rows) -> str | None:
    """The row naming the URL itself, else the longest pattern row that matches it."""
    if key in rows:
        return key
    matching = [p for p in rows if "*" in p and fnmatch.fnmatchcase(key, p)]
    return max(matching, key=len, default=None)


# The records --------------------------------------------------------------------------

RATES = "date,currency,vnd_per_unit\n2024-01-02,USD,24270\n"
EMPTY_IATI = b'<?xml version="1.0"?>\n<iati-activities version="2.03"></iati-activities>\n'


def _unit(code):
    return AdministrativeUnit.objects.get(structure="2025", code=code)


def _article(parent, title, slug, live=True):
    page = parent.add_child(
        instance=ArticlePage(
            title=title, slug=slug, published_at=timezone.now(), body="<p>Tin</p>", live=live
        )
    )
    revision = page.save_revision()
    if live:
        revision.publish()
    return page


@pytest.fixture
def world(unions, make_member):
    dong_nai = unions["dong-nai"]
    users = {
        "other_staff": make_member("lao-cai", "staff"),
        "own_viewer": make_member("dong-nai", "viewer"),
        "own_editor": make_member("dong-nai", "editor"),
        "own_staff": make_member("dong-nai", "staff"),
        "own_admin": make_member("dong-nai", "admin"),
        "national_staff": make_member("vufo", "staff"),
    }
    rates_import(actor=None, stream=io.StringIO(RATES), source="SBV")
    organization = OrganizationFactory(union=dong_nai, name="Hội Chữ thập đỏ Đức")
    agency = OrganizationFactory(
        union=dong_nai, name="Sở Tài chính", kind=OrganizationKind.VIETNAMESE_AGENCY
    )
    certificate = CertificateFactory(organization=organization)
    item = aid_item_save(
        actor=None,
        item=AidItem(union=dong_nai, kind=AidKind.PROJECT, title="Trường mẫu giáo"),
        documents=[
            {
                "id": None,
                "title": "Quyết định",
                "kind": "decision",
                "file": SimpleUploadedFile("quyet-dinh.pdf", b"%PDF-1.4 demo"),
            }
        ],
    )
    transaction = transaction_save(
        actor=None,
        transaction=Transaction(
            item=item,
            type=TransactionType.COMMITMENT,
            date=datetime.date(2024, 3, 1),
            amount=Decimal("1000"),
            currency_id="USD",
        ),
    )
    target = target_set(
        actor=None, union=dong_nai, year=2024, amount=Decimal("1000000000"), currency="VND"
    )
    program = mobilization.program_save(
        actor=None,
        program=Program(
            union=dong_nai, title="Chương trình 2019–2025", start_year=2019, end_year=2025
        ),
    )
    call = mobilization.call_save(
        actor=None,
        call=Call(
            union=dong_nai,
            title="Xây trường",
            description="Sáu phòng học.",
            amount_sought=Decimal("50000"),
            currency_id="USD",
            deadline=timezone.localdate() + datetime.timedelta(days=60),
            status=CallStatus.PUBLISHED,
        ),
    )
    pledge = mobilization.pledge_save(
        actor=None,
        pledge=Pledge(
            call=call,
            donor=organization,
            amount=Decimal("2000"),
            currency_id="USD",
            date=datetime.date(2024, 3, 1),
        ),
    )
    appeal = mobilization.appeal_save(
        actor=None,
        appeal=Appeal(
            union=dong_nai,
            title="Cứu trợ lũ",
            event_date=datetime.date(2024, 9, 10),
            target_amount=Decimal("2000000000"),
            currency_id="VND",
            start_date=datetime.date(2024, 9, 11),
            end_date=datetime.date(2024, 12, 31),
            is_published=True,
        ),
    )
    receipt = mobilization.receipt_save(
        actor=None,
        receipt=Receipt(
            appeal=appeal,
            donor=organization,
            amount=Decimal("1000000"),
            currency_id="VND",
            date=datetime.date(2024, 9, 20),
        ),
    )
    plan = mobilization.plan_save(
        actor=None,
        plan=CoordinationPlan(
            union=dong_nai,
            title="Kế hoạch phối hợp",
            partner=agency,
            start_date=datetime.date(2025, 3, 1),
            document=SimpleUploadedFile("ke-hoach.pdf", b"%PDF-1.4 plan"),
        ),
    )
    engagement = engagements.engagement_save(
        actor=None,
        engagement=Engagement(
            union=dong_nai,
            title="Hội nghị",
            kind=EngagementKind.CONFERENCE,
            start_date=datetime.date(2024, 2, 2),
            place_unit=_unit("75"),
        ),
        files=[
            {
                "id": None,
                "title": "Biên bản",
                "kind": "document",
                "file": SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 minutes"),
            }
        ],
    )
    partnership = engagements.partnership_save(
        actor=None,
        partnership=Partnership(
            union=dong_nai,
            title="云南省",
            country_id="CN",
            type=PartnershipType.FRIENDSHIP,
            signed_date=datetime.date(2010, 5, 1),
            document=SimpleUploadedFile("thoa-thuan.pdf", b"%PDF-1.4 agreement"),
        ),
    )
    imported = iati_import(io.BytesIO(EMPTY_IATI), union=dong_nai, file_name="empty.xml")

    # The portal: the national site with Dong Nai's section under it.
    root = Page.get_first_root_node()
    portal = root.add_child(
        instance=HomePage(title="Cổng thông tin", slug="cong-thong-tin", union=unions["vufo"])
    )
    Site.objects.update(root_page=portal, is_default_site=True, hostname="testserver")
    home = portal.add_child(instance=HomePage(title="Đồng Nai", slug="dong-nai", union=dong_nai))
    home.save_revision().publish()
    news = home.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc"))
    news.save_revision().publish()
    article = _article(news, "Bài viết", "bai-viet")
    draft = _article(news, "Bản nháp", "ban-nhap", live=False)
    private = _article(news, "Bài riêng", "bai-rieng")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau"
    )
    collection = union_collection(dong_nai)
    image = Image.objects.create(title="Ảnh", file=get_test_image_file(), collection=collection)
    document = Document.objects.create(
        title="Tài liệu",
        file=ContentFile(b"%PDF-1.4 doc", name="tai-lieu.pdf"),
        collection=collection,
    )
    workflow = Workflow.objects.filter(active=True).first() or Workflow.objects.create(name="Duyệt")
    task = Task.objects.filter(active=True).first()
    state = workflow.start(draft, users["own_editor"])

    return {
        "users": users,
        "union": dong_nai,
        "organization": organization,
        "certificate": certificate,
        "item": item,
        "item_document": AidItemDocument.objects.get(item=item),
        "transaction": transaction,
        "rate": ExchangeRate.objects.get(currency_id="USD"),
        "target": target,
        "program": program,
        "call": call,
        "pledge": pledge,
        "appeal": appeal,
        "receipt": receipt,
        "plan": plan,
        "engagement": engagement,
        "engagement_file": EngagementFile.objects.get(engagement=engagement),
        "partnership": partnership,
        "iati_import": imported,
        "membership": Membership.objects.get(user=users["own_viewer"]),
        "home": home,
        "news": news,
        "article": article,
        "draft": draft,
        "restriction": restriction,
        "collection": collection,
        "image": image,
        "document": document,
        "workflow": workflow,
        "task": task,
        "workflow_state": state,
        "task_state": state.current_task_state,
        "group": editors_group(dong_nai),
        "locale": Locale.objects.get(language_code="en"),
    }


# Building each URL ----------------------------------------------------------------------

# Which record the `pk` of a back-office viewset or an API router's URLs is.
RECORD_OF = {
    "members": "membership",
    "organizations": "organization",
    "organization": "organization",
    "certificates": "certificate",
    "certificate": "certificate",
    "aid_items": "item",
    "aid-item": "item",
    "transactions": "transaction",
    "transaction": "transaction",
    "rates": "rate",
    "rate": "rate",
    "targets": "target",
    "target": "target",
    "mobilization_programs": "program",
    "mobilization-program": "program",
    "calls": "call",
    "mobilization-call": "call",
    "pledges": "pledge",
    "mobilization-pledge": "pledge",
    "appeals": "appeal",
    "mobilization-appeal": "appeal",
    "receipts": "receipt",
    "mobilization-receipt": "receipt",
    "coordination_plans": "plan",
    "mobilization-plan": "plan",
    "engagements": "engagement",
    "engagement": "engagement",
    "partnerships": "partnership",
    "partnership": "partnership",
    "iati-import": "iati_import",
    "iati_import_detail": "iati_import",
    "wagtailadmin_collections": "collection",
    "wagtailadmin_workflows": "workflow",
    "wagtailusers_groups": "group",
    "wagtaillocales": "locale",
}
# Fixed values of parameters, by parameter name.
VALUES = {
    "format": "json",
    "slug": "dong-nai",
    "to": "proposed",
    "filter_spec": "fill-100x100",
    "theme": "dark",
    "content_type_app_name": "portal",
    "content_type_model_name": "articlepage",
    "app_label": "portal",
    "model_name": "articlepage",
    "app_name": "portal",
    "action": "delete",
    "action_name": "approve",
    "revision_id_a": "earliest",
    "revision_id_b": "latest",
    "uidb64": "MQ",
    "token": "set-password",
    "session_id": 1,
    "uploaded_file_id": 1,
}
# Parameters by name that stand for a record of the world.
RECORDS = {
    "page_id": "article",
    "parent_page_id": "news",
    "page_to_move_id": "article",
    "destination_id": "news",
    "image_id": "image",
    "document_id": "document",
    "doc_id": "document",
    "category_id": "news",
    "page_view_restriction_id": "restriction",
    "workflow_state_id": "workflow_state",
    "task_state_id": "task_state",
    "task_id": "task",
    "workflow_pk": "workflow",
    "page_pk": "draft",
}
# Whole URLs given by hand: the unnamed ones, and those whose values depend on the name.
BY_HAND = {
    "admin/test404/": "/admin/test404/",
    "admin/^.*/$": "/admin/no-such-page/",
}
PK_BY_NAME = {
    "aid_items:document": "item_document",
    "engagements:file": "engagement_file",
    "wagtailusers_users:*": None,  # the own viewer, below
    "wagtailadmin_workflows:*task*": "task",
    "wagtailadmin_pages:revisions_compare": "article",
    "admin-unit-detail": None,
    "currency-detail": "USD",
    "country-detail": "VN",
    "organisation-type-detail": "21",
    "sector-category-detail": "112",
    "sector-detail": "11220",
    "wagtaildocs_chooser:chosen": "document",
    "wagtailadmin_api:pages:*": "article",
    "wagtailadmin_api:documents:*": "document",
    "wagtailadmin_api:images:*": "image",
    "simple_translation:submit_snippet_translation": "1",
    "wagtailimages_chooser:chosen": "image",
}
QUERY = {
    "api-iati-export": "?union=dong-nai",
    "api-report-annual": "?union=dong-nai&year=2024",
    "api-report-portfolio": "?union=dong-nai&as_of=2024-06-30",
    "iati_export": "?union=dong-nai",
}


def _pk(route: Route, world):
    for pattern, record in PK_BY_NAME.items():
        if fnmatch.fnmatchcase(route.key, pattern):
            if pattern == "wagtailusers_users:*":
                return world["users"]["own_viewer"].pk
            if pattern == "admin-unit-detail":
                return _unit("75").pk
            if record in world:
                return world[record].pk
            return record
    head = route.key.split(":")[0]
    head = re.sub(r"-(list|detail|totals|transition|progress|take-up)$", "", head)
    if head in RECORD_OF:
        return world[RECORD_OF[head]].pk
    raise LookupError(route.key)


def url_of(route: Route, world) -> str:
    if route.key in BY_HAND:
        return BY_HAND[route.key]
    kwargs = {}
    for name in route.params:
        if name == "pk":
            kwargs[name] = _pk(route, world)
        elif name == "revision_id":
            kwargs[name] = world["article"].latest_revision_id
        elif name == "object_id":
            kwargs[name] = str(world["article"].pk)
        elif name in RECORDS:
            kwargs[name] = world[RECORDS[name]].pk
        elif name == "collection_id":
            kwargs[name] = world["collection"].pk
        elif name == "str":
            kwargs[name] = "x"
        elif name == "document_filename":
            kwargs[name] = world["document"].filename
        elif name in VALUES:
            kwargs[name] = VALUES[name]
        else:
            raise LookupError(f"{route.key}: {name}")
    if route.key == "wagtail_serve":
        return reverse(route.key, args=["dong-nai/tin-tuc/bai-viet/"])
    if route.positional:
        raise LookupError(f"{route.key}: positional")
    return reverse(route.key, kwargs=kwargs) + QUERY.get(route.key, "")


# What a caller got ------------------------------------------------------------------------


def outcome(response) -> str:
    """`login`: sent to sign in (or 401); `denied`: Wagtail's refusal, a redirect to the
    back office's home page; `302`: any other redirect; else the status code."""
    status = response.status_code
    if status == 401:
        return "login"
    if status in (301, 302, 303, 307, 308):
        location = response["Location"]
        if location.startswith(LOGIN_URL) or "/_util/login/" in location:
            return "login"
        if location == "/admin/":
            return "denied"
        return "302"
    return str(status)


# Rows a GET may add by design: thumbnails, a user's Wagtail profile and their page
# subscriptions (made on opening a page's edit form), the unconfirmed authenticator
# that the two-factor set-up page shows as a QR code.
BOOKKEEPING = {
    "wagtailimages.Rendition",
    "wagtailusers.UserProfile",
    "wagtailcore.PageSubscription",
    "otp_totp.TOTPDevice",
}


def state() -> dict:
    """What the GETs must not change: every table's row count, and the records'
    statuses and locks."""
    found = {
        f"rows of {model._meta.label}": model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label not in {"sessions", "axes", "authtoken", "wagtailadmin"}
        and model._meta.label not in BOOKKEEPING
    }
    found["history of records"] = list(
        Change.objects.of_records().values_list("action", "content_type__model", "object_id")
    )
    found["aid items' statuses"] = list(AidItem.objects.values_list("pk", "status"))
    found["calls' statuses"] = list(Call.objects.values_list("pk", "status"))
    found["pages' states"] = list(
        Page.objects.values_list("pk", "live", "locked", "has_unpublished_changes")
    )
    return found


def plan(urls, rows):
    """Who calls which URL. Every caller calls the first URL of each row. The `.json`
    twins of API URLs (the same name, so the same row) are called by Dong Nai's staff,
    who see the records; the further URLs of a pattern row (Wagtail's own, which behave
    alike) by one caller each, the callers taking turns. So every URL is called and the
    run stays short."""
    seen_rows, seen_keys = set(), set()
    turn = 0
    for route, url in urls:
        row = row_for(route.key, rows)
        if row not in seen_rows:
            yield route, url, CALLERS
        elif route.key in seen_keys:
            yield route, url, ("own_staff",)
        else:
            yield route, url, (CALLERS[turn % len(CALLERS)],)
            turn += 1
        seen_rows.add(row)
        seen_keys.add(route.key)


# Who may call what is decided the same on either database (the apps' own caller tests
# run on both): the whole table runs once in CI, in the SQLite suite.
@pytest.mark.one_suite("sqlite")
def test_every_url_answers_each_caller_as_the_table_says(world, settings):
    settings.WAGTAILADMIN_LOGIN_URL = LOGIN_URL
    rows = table()
    found = routes()
    missing = sorted({r.key for r in found if row_for(r.key, rows) is None})
    used = {row_for(r.key, rows) for r in found}
    stale = sorted(set(rows) - used)
    assert not missing and not stale, (
        f"URLs without a row in {TABLE.name}: {missing}; rows that match no URL: {stale}"
    )

    urls, unbuilt = [], []
    for route in found:
        try:
            # The portal's pages are Vietnamese originals: their URLs are under /vi/.
            with translation.override("vi"):
                urls.append((route, url_of(route, world)))
        except LookupError as exc:
            unbuilt.append(f"{route.pattern} ({exc})")

    clients = {}
    for caller in CALLERS:
        client = Client(HTTP_ACCEPT_LANGUAGE="en", raise_request_exception=False)
        if caller != "anonymous":
            client.force_login(world["users"][caller])
        clients[caller] = client
    # Wagtail's sign-out page deletes the session cookie even on a GET it refuses (405):
    # each caller's cookie is put back after every request.
    cookies = {
        caller: client.cookies.get(settings.SESSION_COOKIE_NAME)
        for caller, client in clients.items()
    }
    before = state()  # after the sign-ins, which are in the history
    observed, spent = {}, {}
    mismatches = []
    for route, url, callers in plan(urls, rows):
        expected = rows[row_for(route.key, rows)]
        for caller in callers:
            client = clients[caller]
            start = time.perf_counter()
            got = outcome(client.get(url))
            spent[route.key] = spent.get(route.key, 0) + time.perf_counter() - start
            if cookies[caller] is not None:
                client.cookies[settings.SESSION_COOKIE_NAME] = cookies[caller].value
            observed.setdefault(route.key, {}).setdefault(caller, set()).add(got)
            if got != expected[caller]:
                mismatches.append(
                    f"{url} ({route.key}) as {caller}: expected {expected[caller]}, got {got}"
                )
    if path := os.environ.get("AMITY_PERMISSIONS_OBSERVED"):
        with open(path, "w", encoding="utf-8") as out:
            for key, by_caller in observed.items():
                cells = " | ".join("/".join(sorted(by_caller.get(c, ["-"]))) for c in CALLERS)
                out.write(f"| `{key}` | {cells} | {spent[key]:.2f}s\n")
    after = state()
    changed = [
        f"{name}: {before[name]} -> {after.get(name)}"
        for name in before
        if before[name] != after.get(name)
    ]
    assert not (unbuilt or changed or mismatches), "\n".join(
        [f"No way to build these URLs (add one to this test): {unbuilt}"] * bool(unbuilt)
        + [f"The GETs changed {c}" for c in changed]
        + [f"{len(mismatches)} answers differ from {TABLE.name}:", *mismatches] * bool(mismatches)
    )
