"""Every report URL — API, back-office pages and their downloads, targets — tried by the
four callers: anonymous, another union's staff, the union's own viewer and staff, and
national staff. Dong Nai's report holds the hand-built portfolio."""

import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from amity.reports.models import Target
from amity.testing import login, refused, text

pytestmark = pytest.mark.django_db

ANNUAL = "union=dong-nai&year=2023&currency=VND&lang=en"
PORTFOLIO = "union=dong-nai&as_of=2023-08-15&currency=VND&lang=en"
API_URLS = [
    f"/api/v1/reports/annual/?{ANNUAL}",
    f"/api/v1/reports/annual/?{ANNUAL}&download=xlsx",
    f"/api/v1/reports/annual/?{ANNUAL}&download=pdf",
    f"/api/v1/reports/portfolio/?{PORTFOLIO}",
    f"/api/v1/reports/portfolio/?{PORTFOLIO}&download=xlsx",
]
PAGES = [
    f"/admin/reports/annual/?{ANNUAL}",
    f"/admin/reports/annual/?{ANNUAL}&download=xlsx",
    f"/admin/reports/annual/?{ANNUAL}&download=json",
    f"/admin/reports/portfolio/?{PORTFOLIO}",
    f"/admin/reports/portfolio/?{PORTFOLIO}&download=pdf",
]


@pytest.mark.parametrize("url", API_URLS)
def test_api_reports_by_caller(url, callers, api_client_for, portfolio):
    assert api_client_for(None).get(url).status_code == 401
    other = api_client_for(callers["other_staff"]).get(url)
    assert other.status_code == 404
    assert "dong-nai" in other.json()["detail"]  # names what it could not find
    for name in ("own_viewer", "own_staff", "national_staff"):
        response = api_client_for(callers[name]).get(url)
        assert response.status_code == 200, name
        if "download" not in url:
            body = response.json()
            assert body["union"] == "dong-nai"
            # The year's commitments; the snapshot's are its items' whole life (P's 2022 too).
            assert body["committed"] == ("1250000000" if "annual" in url else "1750000000")


def test_api_all_is_what_the_caller_sees(callers, api_client_for, portfolio):
    url = "/api/v1/reports/annual/?union=all&year=2023"
    national = api_client_for(callers["national_staff"]).get(url).json()
    assert {row["slug"] for row in national["by_union"]} == {"vufo", "dong-nai", "lao-cai"}
    assert national["committed"] == "1550000000"
    lao_cai = api_client_for(callers["other_staff"]).get(url).json()
    assert [row["slug"] for row in lao_cai["by_union"]] == ["lao-cai"]
    assert lao_cai["committed"] == "300000000"


@pytest.mark.parametrize("url", PAGES)
def test_back_office_reports_by_caller(url, client, callers, portfolio):
    anonymous = login(client, None).get(url)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    other = login(client, callers["other_staff"]).get(url)
    # Lao Cai's staff are told Dong Nai is not a choice; nothing of it is shown or sent.
    assert other.status_code == 200 and "attachment" not in other.get("Content-Disposition", "")
    assert "1,250,000,000" not in text(other) and "1,750,000,000" not in text(other)
    assert "Select a valid choice" in text(other)
    for name in ("own_viewer", "own_staff", "national_staff"):
        response = login(client, callers[name]).get(url)
        assert response.status_code == 200, name
        if "download" in url:
            assert response["Content-Disposition"].startswith("attachment")
        else:
            figure = "1,250,000,000" if "annual" in url else "1,750,000,000"
            assert figure in text(response)


def test_back_office_download_is_the_report(client, callers, portfolio):
    response = login(client, callers["own_viewer"]).get(
        f"/admin/reports/annual/?{ANNUAL}&download=xlsx"
    )
    book = load_workbook(io.BytesIO(response.content))
    assert book["Summary"]["B5"].value == 1250000000


def test_targets_by_caller(client, callers, api_client_for, portfolio):
    target = Target.objects.get(union__slug="dong-nai", year=2023)
    assert api_client_for(None).get("/api/v1/targets/").status_code == 401
    assert api_client_for(callers["other_staff"]).get("/api/v1/targets/").json()["count"] == 0
    assert (
        api_client_for(callers["other_staff"]).get(f"/api/v1/targets/{target.pk}/").status_code
        == 404
    )
    new = {"union": "dong-nai", "year": 2024, "amount": "2000000000", "currency": "VND"}
    assert (
        api_client_for(callers["other_staff"])
        .post("/api/v1/targets/", new, format="json")
        .status_code
        == 400
    )
    assert (
        api_client_for(callers["own_viewer"])
        .post("/api/v1/targets/", new, format="json")
        .status_code
        == 403
    )
    created = api_client_for(callers["own_staff"]).post("/api/v1/targets/", new, format="json")
    assert created.status_code == 201, created.json()
    again = api_client_for(callers["own_staff"]).post("/api/v1/targets/", new, format="json")
    assert again.status_code == 400
    assert "already has a target for that year" in str(again.json())
    changed = api_client_for(callers["national_staff"]).patch(
        f"/api/v1/targets/{target.pk}/", {"amount": "1100000000"}, format="json"
    )
    assert changed.status_code == 200
    assert Target.objects.get(pk=target.pk).amount == Decimal("1100000000")

    edit = f"/admin/targets/edit/{target.pk}/"
    assert login(client, callers["other_staff"]).get(edit).status_code == 404
    assert refused(login(client, callers["own_viewer"]).get(edit))
    assert login(client, callers["own_staff"]).get(edit).status_code == 200
    listing = login(client, callers["other_staff"]).get("/admin/targets/")
    assert "1,100,000,000" not in text(listing) and "1100000000" not in text(listing)
    assert "1100000000" in text(login(client, callers["own_viewer"]).get("/admin/targets/"))


def test_targets_in_the_back_office(client, callers, unions, portfolio):
    """Staff add a target on the form (only their union offered), a second one for the
    same year is refused on the form, and each change is in the history."""
    from amity.history.models import Change
    from amity.testing import form_data

    staff = login(client, callers["own_staff"])
    form = staff.get("/admin/targets/new/")
    assert "Dong Nai" in text(form) and "Lao Cai" not in text(form)
    data = form_data(
        form, union=str(unions["dong-nai"].pk), year="2024", amount="2000000000", currency="VND"
    )
    assert staff.post("/admin/targets/new/", data).status_code == 302
    target = Target.objects.get(union__slug="dong-nai", year=2024)
    assert target.amount == Decimal("2000000000")
    again = staff.post("/admin/targets/new/", data)
    assert again.status_code == 200
    assert "already has a target for that year" in text(again)
    assert Target.objects.filter(union__slug="dong-nai", year=2024).count() == 1
    assert Change.objects.filter(object_id=str(target.pk), action="create").exists()
