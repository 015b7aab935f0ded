"""The change history in the back office, through HTTP only: an edit made in the admin
is recorded with its field, old and new value and who made it; a record's history page
and the union-wide page (/admin/changes/) list it, filter it by user and date, and show
each union only its own changes."""

import datetime
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from amity.history.models import Change
from amity.registry import services
from amity.registry.models import Organization, RegistrationCertificate
from amity.registry.tests.factories import CertificateFactory
from amity.testing import empty_inlines, listing_table, login, text

NO_CHANGES = "No changes match these filters."
# How the two edits of `two_edits` read in a history table: field | old | new.
RENAME = "Name | Oxfam | Oxfam Novib"
NEW_ACRONYM = "Acronym | — | OXN"
LOGIN_URL = "/admin/login/"


# Helpers ----------------------------------------------------------------------------


def history_table(response) -> str:
    """The table of changes only: not the user filter's options, menus or header."""
    assert response.status_code == 200, response.status_code
    return listing_table(response)


def history_text(response) -> str:
    return "\n".join(history_rows(response))


def history_rows(response) -> list[str]:
    """Each <tr> of the change table as plain text, cells separated by ' | '."""
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", history_table(response), re.S):
        cells = [
            re.sub(r"<[^>]+>", "", c).strip()
            for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)
        ]
        rows.append(" | ".join(cells))
    return rows


def org_history(client, org, **params):
    return client.get(reverse("organizations:history", args=[org.pk]), params)


def organization_form(org, **changes) -> dict:
    """The organization edit form as the browser posts it (no aliases, no contacts)."""
    data = {
        "name": org.name,
        "acronym": org.acronym,
        "name_vi": org.name_vi,
        "name_en": org.name_en,
        "name_zh_hans": org.name_zh_hans,
        "union": org.union_id,
        "kind": org.kind,
        "organisation_type": org.organisation_type_id or "",
        "country": org.country_id or "",
        "iati_identifier": org.iati_identifier,
        "website": org.website,
        "notes": org.notes,
        **empty_inlines("aliases", "contacts"),
    }
    data.update(changes)
    return data


def edit_organization(client, org, **changes):
    response = client.post(
        reverse("organizations:edit", args=[org.pk]), organization_form(org, **changes)
    )
    assert response.status_code == 302, response.context["form"].errors
    org.refresh_from_db()
    return response


def org_changes(org):
    return Change.objects.filter(
        content_type=ContentType.objects.get_for_model(Organization), object_id=str(org.pk)
    )


def today() -> datetime.date:
    return timezone.localdate()


# Fixtures ---------------------------------------------------------------------------


@pytest.fixture
def org(unions):
    """A Dong Nai organization as the system stored it (its creation is in history)."""
    return services.organization_save(
        actor=None, organization=Organization(union=unions["dong-nai"], name="Oxfam")
    )


# Recording an edit ------------------------------------------------------------------


def test_editing_an_organization_name_records_field_old_and_new_value_and_who(client, callers, org):
    user = callers["own_staff"]
    login(client, user)
    before = Change.objects.of_records().count()

    edit_organization(client, org, name="Oxfam Novib")

    assert Change.objects.of_records().count() == before + 1
    change = org_changes(org).latest("at")
    assert change.action == "update"
    assert change.changes == {"name": ["Oxfam", "Oxfam Novib"]}
    assert change.actor == user
    assert change.actor_name == user.username
    assert change.union == org.union


def test_saving_an_organization_without_changing_anything_records_nothing(client, callers, org):
    login(client, callers["own_staff"])
    before = Change.objects.of_records().count()

    edit_organization(client, org)

    assert Change.objects.of_records().count() == before


def test_record_history_page_lists_the_name_change_with_who_and_both_values(client, callers, org):
    user = callers["own_staff"]
    login(client, user)
    edit_organization(client, org, name="Tổ chức Oxfam Novib")

    response = org_history(client, org)

    rows = history_rows(response)
    change_row = next(r for r in rows if "Changed" in r)
    assert user.username in change_row
    assert " | Name | Oxfam | Tổ chức Oxfam Novib" in change_row
    # The creation by the system is listed too, after (older than) the change.
    assert any("system" in r and "Created" in r for r in rows)
    assert rows.index(change_row) < next(i for i, r in enumerate(rows) if "Created" in r)


def test_record_history_includes_its_aliases_and_certificates(client, callers, org):
    user = callers["own_staff"]
    login(client, user)
    edit_organization(
        client,
        org,
        **{"aliases-TOTAL_FORMS": "1", "aliases-0-id": "", "aliases-0-name": "Oxfam Việt Nam"},
    )
    cert = CertificateFactory(organization=org, number="12/CNV-HĐ")
    cert_form = client.get(reverse("certificates:edit", args=[cert.pk]))
    assert cert_form.status_code == 200
    response = client.post(
        reverse("certificates:edit", args=[cert.pk]),
        {
            "organization": org.pk,
            "type": cert.type,
            "number": "12/CNV-HĐ-SĐ",
            "legal_basis": cert.legal_basis,
            "issue_date": cert.issue_date.isoformat(),
            "expiry_date": cert.expiry_date.isoformat(),
        },
    )
    assert response.status_code == 302, response.context["form"].errors

    table = history_table(org_history(client, org))
    assert "Oxfam Việt Nam" in table
    assert "12/CNV-HĐ-SĐ" in table

    # The certificate's own page shows its change, not the organization's alias.
    cert_table = history_table(client.get(reverse("certificates:history", args=[cert.pk])))
    assert "12/CNV-HĐ-SĐ" in cert_table
    assert "Oxfam Việt Nam" not in cert_table
    assert RegistrationCertificate.objects.get(pk=cert.pk).number == "12/CNV-HĐ-SĐ"


def test_history_keeps_the_name_of_a_user_who_was_deleted_since(client, callers, make_member, org):
    leaver = make_member("dong-nai", "staff", username="nguyen-thi-b")
    login(client, leaver)
    edit_organization(client, org, name="Oxfam Novib")
    leaver.delete()

    login(client, callers["own_staff"])
    rows = history_rows(org_history(client, org))

    assert any("nguyen-thi-b" in r and "Oxfam Novib" in r for r in rows)


# Filtering a record's history ------------------------------------------------------


@pytest.fixture
def two_edits(client, callers, org):
    """Dong Nai staff renames the organization, then VUFO staff sets its acronym."""
    login(client, callers["own_staff"])
    edit_organization(client, org, name="Oxfam Novib")
    login(client, callers["national_staff"])
    edit_organization(client, org, acronym="OXN")
    return org


def test_record_history_filtered_by_user_shows_only_that_users_changes(client, callers, two_edits):
    login(client, callers["own_staff"])
    staff, national = callers["own_staff"], callers["national_staff"]

    only_staff = history_text(org_history(client, two_edits, user=staff.pk))
    assert RENAME in only_staff and staff.username in only_staff
    assert NEW_ACRONYM not in only_staff and national.username not in only_staff
    assert "Created" not in only_staff  # made by the system, not by this user

    only_national = history_text(org_history(client, two_edits, user=national.pk))
    assert NEW_ACRONYM in only_national and national.username in only_national
    assert RENAME not in only_national and staff.username not in only_national


def test_record_history_user_filter_offers_the_users_who_changed_the_record(
    client, callers, make_member, two_edits
):
    bystander = make_member("dong-nai", "staff", username="never-edited-it")
    login(client, callers["own_staff"])

    page = text(org_history(client, two_edits))

    select = re.search(r'<select name="user".*?</select>', page, re.S).group(0)
    assert callers["own_staff"].username in select
    assert callers["national_staff"].username in select
    assert bystander.username not in select


def test_record_history_filtered_by_a_date_range_including_today_lists_the_changes(
    client, callers, two_edits
):
    login(client, callers["own_staff"])
    day = today().isoformat()

    for params in [{"date_from": day}, {"date_to": day}, {"date_from": day, "date_to": day}]:
        response = org_history(client, two_edits, **params)
        assert RENAME in history_text(response), params
        assert NEW_ACRONYM in history_text(response), params
        assert NO_CHANGES not in text(response)


@pytest.mark.parametrize(
    "params",
    [
        {"date_to": (today() - datetime.timedelta(days=1)).isoformat()},
        {"date_from": (today() + datetime.timedelta(days=1)).isoformat()},
        {"date_from": "2020-01-01", "date_to": "2020-12-31"},
    ],
    ids=["before-today", "after-today", "another-year"],
)
def test_record_history_filtered_by_dates_that_exclude_the_changes_says_no_changes(
    client, callers, two_edits, params
):
    login(client, callers["own_staff"])

    response = org_history(client, two_edits, **params)

    assert response.status_code == 200
    assert NO_CHANGES in text(response)
    assert history_table(response) == ""


def test_record_history_date_filter_picks_changes_by_their_local_day(client, callers, two_edits):
    # The rename was made on 15 January 2025 at 06:30 in Vietnam (23:30 UTC the day
    # before): it belongs to 15 January.
    rename = org_changes(two_edits).get(action="update", changes__has_key="name")
    rename.at = datetime.datetime(2025, 1, 14, 23, 30, tzinfo=datetime.UTC)
    rename.save()
    login(client, callers["own_staff"])

    january_15 = org_history(client, two_edits, date_from="2025-01-15", date_to="2025-01-15")
    assert RENAME in history_text(january_15)
    assert NEW_ACRONYM not in history_text(january_15)

    january_14 = org_history(client, two_edits, date_from="2025-01-14", date_to="2025-01-14")
    assert NO_CHANGES in text(january_14)

    since_february = org_history(client, two_edits, date_from="2025-02-01")
    assert NEW_ACRONYM in history_text(since_february)
    assert RENAME not in history_text(since_february)


def test_record_history_filters_combine_user_and_dates(client, callers, two_edits):
    login(client, callers["own_staff"])
    day = today().isoformat()

    response = org_history(
        client, two_edits, user=callers["national_staff"].pk, date_from=day, date_to=day
    )
    assert NEW_ACRONYM in history_text(response)
    assert RENAME not in history_text(response)

    yesterday = (today() - datetime.timedelta(days=1)).isoformat()
    response = org_history(client, two_edits, user=callers["national_staff"].pk, date_to=yesterday)
    assert NO_CHANGES in text(response)


def test_record_history_with_an_unreadable_date_shows_the_error_not_a_crash(
    client, callers, two_edits
):
    login(client, callers["own_staff"])

    response = org_history(client, two_edits, date_from="15/13/2025")

    assert response.status_code == 200
    assert 'class="error-message"' in text(response)


# Who may read which history --------------------------------------------------------


@pytest.mark.parametrize("page", ["record", "union-wide"])
def test_anonymous_is_sent_to_login_for_history_pages(client, org, page):
    url = (
        reverse("organizations:history", args=[org.pk])
        if page == "record"
        else reverse("amity_changes")
    )

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_URL)


def test_other_union_staff_gets_404_for_a_records_history(client, callers, org):
    cert = CertificateFactory(organization=org)
    login(client, callers["other_staff"])

    assert client.get(reverse("organizations:history", args=[org.pk])).status_code == 404
    assert client.get(reverse("certificates:history", args=[cert.pk])).status_code == 404
    assert client.get(reverse("organizations:history", args=[999_999])).status_code == 404


@pytest.mark.parametrize("caller", ["own_viewer", "own_staff", "national_staff"])
def test_own_union_and_national_users_read_a_records_history(client, callers, two_edits, caller):
    login(client, callers[caller])

    table = history_text(org_history(client, two_edits))

    assert RENAME in table and NEW_ACRONYM in table


@pytest.mark.parametrize("caller", ["own_viewer", "own_staff", "national_staff"])
def test_union_wide_history_shows_the_unions_changes_to_its_users(
    client, callers, two_edits, caller
):
    login(client, callers[caller])

    response = client.get(reverse("amity_changes"))

    table = history_text(response)
    assert RENAME in table and NEW_ACRONYM in table
    assert callers["own_staff"].username in table


def test_union_wide_history_hides_another_unions_changes_and_users(client, callers, two_edits):
    lao_cai_org = services.organization_save(
        actor=callers["other_staff"],
        organization=Organization(
            union=callers["other_staff"].memberships.get().union, name="Lào Cai Aid"
        ),
    )
    login(client, callers["other_staff"])

    response = client.get(reverse("amity_changes"))

    page, table = text(response), history_table(response)
    assert lao_cai_org.name in table
    assert "Oxfam" not in page
    # Not even as a choice of the user filter.
    assert callers["own_staff"].username not in page
    assert callers["national_staff"].username not in page

    # Asking for a Dong Nai user's changes does not reveal them either.
    response = client.get(reverse("amity_changes"), {"user": callers["own_staff"].pk})
    assert "Oxfam" not in text(response)


def test_union_wide_history_filters_by_user_and_date(client, callers, two_edits):
    login(client, callers["own_staff"])
    url = reverse("amity_changes")

    by_national = history_text(client.get(url, {"user": callers["national_staff"].pk}))
    assert NEW_ACRONYM in by_national
    assert RENAME not in by_national

    day = today().isoformat()
    todays = history_text(client.get(url, {"date_from": day, "date_to": day}))
    assert NEW_ACRONYM in todays and RENAME in todays

    tomorrow = (today() + datetime.timedelta(days=1)).isoformat()
    assert NO_CHANGES in text(client.get(url, {"date_from": tomorrow}))
