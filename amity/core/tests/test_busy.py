"""A write the database is too busy to take (SQLite's busy timeout run out) is answered
503 with "try again" in the reader's language, in the back office and in the API,
and nothing of it is stored."""

import pytest
from django.db import OperationalError, transaction
from django.urls import reverse

from amity.aid import services
from amity.aid.models import AidItem, AidKind
from amity.testing import form_data, login, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def locked(monkeypatch):
    real = services.aid_item_save

    def busy(**kwargs):
        # A write inside the service's transaction meets the lock: it all rolls back.
        with transaction.atomic():
            real(**kwargs)
            raise OperationalError("database is locked")

    monkeypatch.setattr(services, "aid_item_save", busy)


@pytest.fixture
def item(unions):
    return services.aid_item_save(
        actor=None, item=AidItem(union=unions["dong-nai"], kind=AidKind.PROJECT, title="Giếng")
    )


def test_the_back_office_says_to_try_again_and_stores_nothing(client, callers, item, locked):
    login(client, callers["own_staff"])
    url = reverse("aid_items:edit", args=[item.pk])
    data = form_data(client.get(url), title_en="Well")
    response = client.post(url, data)
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert "Try again in a minute" in text(response)
    assert AidItem.objects.get(pk=item.pk).title_en == ""


def test_the_api_says_so_in_the_callers_language(callers, item, locked, api_client_for):
    client = api_client_for(callers["own_staff"], language="vi")
    response = client.patch(f"/api/v1/aid-items/{item.pk}/", {"title_en": "Well"}, format="json")
    assert response.status_code == 503
    assert "Hãy thử lại" in response.json()["detail"]
    assert AidItem.objects.get(pk=item.pk).title_en == ""


def test_other_database_errors_are_not_taken_for_a_busy_one():
    from amity.core.busy import is_busy

    assert is_busy(OperationalError("database is locked"))
    assert not is_busy(OperationalError("no such table: aid_aiditem"))
    assert not is_busy(ValueError("database is locked"))
