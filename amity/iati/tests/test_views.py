"""The IATI import in the back office and the API: staff import into their own union,
see their union's imports with every problem, and nothing of another union's."""

import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from amity.aid.models import AidItem
from amity.history.models import Change
from amity.iati.models import IatiImport, ImportOutcome
from amity.testing import login, text

from .test_export import portfolio  # noqa: F401 (a fixture)
from .test_import import V203

pytestmark = pytest.mark.django_db


def upload(name="v203.xml", data=None):
    return SimpleUploadedFile(name, V203.read_bytes() if data is None else data, "text/xml")


def test_staff_import_a_file_and_read_its_summary_and_problems(client, callers, rates):
    login(client, callers["own_staff"])
    page = client.get("/admin/iati/import/")
    assert page.status_code == 200
    # Only the unions they may add to are offered.
    assert 'value="dong-nai"' in text(page) and 'value="lao-cai"' not in text(page)
    response = client.post("/admin/iati/import/", {"union": "dong-nai", "file": upload()})
    record = IatiImport.objects.get()
    assert (
        response.status_code == 302 and response["Location"] == f"/admin/iati/imports/{record.pk}/"
    )
    assert (record.union.slug, record.user, record.created) == ("dong-nai", callers["own_staff"], 3)
    detail = text(client.get(response["Location"]))
    assert "v203.xml: 4 activities; 3 created, 0 updated, 0 unchanged, 1 skipped." in detail
    assert "Unknown currency “XYZ”" in detail and "<td>61</td>" in detail
    assert "v203.xml" in text(client.get("/admin/iati/imports/"))
    # The history of what the import created names the person who imported it.
    created = Change.objects.filter(action="create", content_type__model="transaction")
    assert created.exists()
    assert {(c.actor, c.actor_name, c.via) for c in created} == {
        (callers["own_staff"], callers["own_staff"].username, "IATI: v203.xml")
    }
    # The same file again: known by its bytes, and the page leads to the import that read it.
    again = client.post("/admin/iati/import/", {"union": "dong-nai", "file": upload()})
    page = text(client.get(again["Location"]))
    assert "not read again" in page and f'href="/admin/iati/imports/{record.pk}/"' in page


def test_a_trial_run_shows_the_summary_and_stores_nothing(client, callers, rates):
    login(client, callers["own_staff"])
    response = client.post(
        "/admin/iati/import/", {"union": "dong-nai", "file": upload(), "dry_run": "on"}
    )
    assert response.status_code == 200
    assert "nothing was written" in text(response) and "3 created" in text(response)
    assert not IatiImport.objects.exists() and not AidItem.objects.exists()


def test_an_unreadable_file_is_refused_and_said_so(client, callers, rates):
    login(client, callers["own_staff"])
    response = client.post(
        "/admin/iati/import/",
        {"union": "dong-nai", "file": upload(data=V203.read_bytes()[:3000])},
        follow=True,
    )
    assert "was refused: nothing was imported" in text(response)
    assert IatiImport.objects.get().outcome == ImportOutcome.REFUSED
    assert not AidItem.objects.exists()


def test_other_unions_and_viewers_are_kept_out(client, callers, rates):
    login(client, callers["own_staff"])
    client.post("/admin/iati/import/", {"union": "dong-nai", "file": upload()})
    record = IatiImport.objects.get()
    login(client, callers["other_staff"])
    assert client.get(f"/admin/iati/imports/{record.pk}/").status_code == 404
    assert "v203.xml" not in text(client.get("/admin/iati/imports/"))
    # Posting another union's slug is refused by the form, and writes nothing.
    response = client.post("/admin/iati/import/", {"union": "dong-nai", "file": upload()})
    assert response.status_code == 200 and IatiImport.objects.count() == 1
    login(client, callers["own_viewer"])
    assert client.get("/admin/iati/import/").status_code == 404
    assert client.get(f"/admin/iati/imports/{record.pk}/").status_code == 200
    login(client, callers["national_staff"])
    assert client.get(f"/admin/iati/imports/{record.pk}/").status_code == 200


def test_the_api_imports_lists_and_keeps_unions_apart(api_client_for, callers, rates):
    staff = api_client_for(callers["own_staff"])
    response = staff.post(
        "/api/v1/iati/imports/", {"union": "dong-nai", "file": upload()}, format="multipart"
    )
    assert response.status_code == 201, response.data
    assert (response.data["created"], response.data["skipped"]) == (3, 1)
    assert any(p["line"] == 61 for p in response.data["problems"])
    pk = response.data["id"]

    trial = staff.post(
        "/api/v1/iati/imports/",
        {"union": "dong-nai", "file": upload(), "dry_run": "true"},
        format="multipart",
    )
    assert trial.status_code == 200 and trial.data["unchanged"] == 3
    assert IatiImport.objects.count() == 1

    broken = staff.post(
        "/api/v1/iati/imports/",
        {"union": "dong-nai", "file": upload(data=b"<iati-activities><iati-activity>")},
        format="multipart",
    )
    assert broken.status_code == 400 and broken.data["file"]

    other = api_client_for(callers["other_staff"])
    assert other.get(f"/api/v1/iati/imports/{pk}/").status_code == 404
    assert other.get("/api/v1/iati/imports/").data["count"] == 0
    refused = other.post(
        "/api/v1/iati/imports/", {"union": "dong-nai", "file": upload()}, format="multipart"
    )
    assert refused.status_code == 400 and "union" in refused.data
    viewer = api_client_for(callers["own_viewer"])
    assert viewer.get(f"/api/v1/iati/imports/{pk}/").status_code == 200
    assert (
        viewer.post(
            "/api/v1/iati/imports/", {"union": "dong-nai", "file": upload()}, format="multipart"
        ).status_code
        == 403
    )
    assert AidItem.objects.filter(union__slug="dong-nai").count() == 3


def test_the_export_downloads_for_the_unions_one_sees_only(
    client,
    api_client_for,
    callers,
    portfolio,  # noqa: F811 (Dong Nai's published items)
):
    login(client, callers["own_viewer"])
    page = client.get("/admin/iati/export/")
    assert page.status_code == 200 and 'value="lao-cai"' not in text(page)
    response = client.get("/admin/iati/export/", {"union": "dong-nai"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="iati-dong-nai-')
    exported = b"".join(response.streaming_content).decode()
    assert exported.count("<iati-activity ") == 3
    assert portfolio["program"].title_vi in exported
    # Another union's slug is not among the choices: the form refuses it.
    login(client, callers["other_staff"])
    response = client.get("/admin/iati/export/", {"union": "dong-nai"})
    assert response.status_code == 200 and "Content-Disposition" not in response

    api = api_client_for(callers["own_staff"])
    response = api.get("/api/v1/iati/export/", {"union": "dong-nai"})
    assert response.status_code == 200 and response["Content-Type"] == "application/xml"
    assert (
        api_client_for(callers["other_staff"])
        .get("/api/v1/iati/export/", {"union": "dong-nai"})
        .status_code
        == 404
    )
    assert api_client_for(None).get("/api/v1/iati/export/", {"union": "dong-nai"}).status_code in (
        401,
        403,
    )


ENDED = "Interrupted: its process ended before it finished"


def pages_of(client, record) -> tuple[str, str]:
    return text(client.get("/admin/iati/imports/")), text(
        client.get(f"/admin/iati/imports/{record.pk}/")
    )


def api_outcomes_of(api, record) -> tuple[str, str]:
    """The record's outcome as the API's listing and its own answer give it."""
    listing = api.get("/api/v1/iati/imports/").json()["results"]
    (listed,) = [row["outcome"] for row in listing if row["id"] == record.pk]
    return listed, api.get(f"/api/v1/iati/imports/{record.pk}/").json()["outcome"]


@pytest.mark.django_db(transaction=True)
def test_an_import_whose_process_ended_shows_so_and_the_page_writes_nothing(
    reference_data, client, api_client_for, callers, unions
):
    """Killed, an import's record still says "running" until the union's next import:
    the pages and the API tell it apart already, by its lock, and leave the record as
    it is."""
    killed = IatiImport.objects.create(union=unions["dong-nai"], file_name="killed.xml")
    login(client, callers["own_staff"])
    for page in pages_of(client, killed):
        assert ENDED in page
    api = api_client_for(callers["own_staff"])
    assert api_outcomes_of(api, killed) == ("interrupted", "interrupted")
    killed.refresh_from_db()
    assert killed.outcome == ImportOutcome.RUNNING and killed.finished_at is None


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="on SQLite the running import holds the one write lock: tried in test_import",
)
def test_an_import_still_running_elsewhere_shows_running(client, api_client_for, callers, unions):
    import psycopg
    from django.db import connection

    from amity.iati.liveness import LOCK_SPACE

    running = IatiImport.objects.create(union=unions["dong-nai"], file_name="running.xml")
    settings = connection.settings_dict
    other = psycopg.connect(
        dbname=settings["NAME"], user=settings["USER"], host=settings["HOST"],
        port=settings["PORT"] or 5432, autocommit=True,
    )  # fmt: skip
    login(client, callers["own_staff"])
    try:
        other.execute("SELECT pg_advisory_lock(%s, %s)", [LOCK_SPACE, running.pk])
        for page in pages_of(client, running):
            assert ENDED not in page and "Running" in page
        assert api_outcomes_of(api_client_for(callers["own_staff"]), running) == (
            "running",
            "running",
        )
    finally:
        other.close()
    assert ENDED in pages_of(client, running)[0]
    assert api_outcomes_of(api_client_for(callers["own_staff"]), running) == (
        "interrupted",
        "interrupted",
    )


def test_inside_a_transaction_sqlite_cannot_tell_and_says_running(
    client, api_client_for, callers, unions
):
    """Where the write lock cannot be tried (the page in a transaction), the record is
    shown as it is: it may still be running."""
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL tells by the record's own lock, in a transaction too")
    record = IatiImport.objects.create(union=unions["dong-nai"], file_name="maybe.xml")
    login(client, callers["own_staff"])
    for page in pages_of(client, record):
        assert ENDED not in page and "Running" in page
    assert api_outcomes_of(api_client_for(callers["own_staff"]), record) == ("running", "running")
