"""The staff home page: a union's year against the one before and its target, charts
with their figures as tables, items waiting too long in the workflow; every union side
by side for national staff; nothing of another union for provincial staff."""

import base64
import datetime
import re

import pytest
from django.utils import timezone

from amity.aid import services as aid
from amity.aid.models import AidItem
from amity.aid.workflow import AidStatus
from amity.testing import login, text

pytestmark = pytest.mark.django_db


def waiting_item(union, title, days_ago: int):
    item = aid.aid_item_save(actor=None, item=AidItem(union=union, kind="project", title=title))
    return aid.aid_item_transition(
        actor=None,
        item=item,
        to=AidStatus.PROPOSED,
        at=timezone.now() - datetime.timedelta(days=days_ago),
    )


def charts(page: str) -> list[str]:
    return [
        base64.b64decode(data).decode()
        for data in re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', page)
    ]


def test_a_unions_home_page(client, callers, unions, portfolio):
    waiting_item(unions["dong-nai"], "Waiting since summer", 90)
    waiting_item(unions["dong-nai"], "Proposed last week", 7)
    page = text(login(client, callers["own_viewer"]).get("/admin/"))
    # Nothing yet this year: the latest year with commitments, said so.
    assert "these are the figures of 2023" in page
    assert "VND 1.25 billion, up 150.0% on 2022, 125.0% of the year&#x27;s target" in page
    drawn = charts(page)
    assert len(drawn) == 3  # by month, by sector, by locality
    assert "<svg" in drawn[0] and "Commitments by month, 2023" in drawn[0]
    assert "11220 Primary education" in drawn[1]
    # The figures behind the charts, as tables.
    assert "1,000,000,000" in page and "250,000,000" in page
    assert "Waiting since summer" in page and "Proposed last week" not in page
    assert "/admin/reports/annual/?union=dong-nai&amp;year=2023" in page


def test_another_unions_staff_see_nothing_of_it(client, callers, unions, portfolio):
    waiting_item(unions["dong-nai"], "Waiting since summer", 90)
    page = text(login(client, callers["other_staff"]).get("/admin/"))
    assert "Lao Cai Union of Friendship Organizations in 2023" in page
    assert "VND 300.00 million" in page
    assert "1.25 billion" not in page and "Waiting since summer" not in page
    assert "Dong Nai" not in page


def test_national_staff_compare_the_unions(client, callers, portfolio):
    page = text(login(client, callers["national_staff"]).get("/admin/"))
    assert "The unions in 2023" in page
    table = page[page.index("<th>Union</th>") :]
    for union, committed in (("Dong Nai", "1,250,000,000"), ("Lao Cai", "300,000,000")):
        assert union in table and committed in table
    assert any("Committed by union" in svg for svg in charts(page))


def test_only_the_system_back_dates_a_workflow_step(callers, unions):
    item = aid.aid_item_save(
        actor=None, item=AidItem(union=unions["dong-nai"], kind="project", title="T")
    )
    with pytest.raises(ValueError):
        aid.aid_item_transition(
            actor=callers["own_staff"], item=item, to=AidStatus.PROPOSED, at=timezone.now()
        )
