"""Wagtail's workflow task chooser lists every task: only those who may manage workflows
or tasks get it (`core/workflows.py`). Who gets the page's workflow-cancellation
confirmation is in the URL table (`docs/permissions.md`), as every URL is."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import Task

from amity.testing import login, text

pytestmark = pytest.mark.django_db

CHOOSER = "/admin/workflows/task_chooser/"


def test_the_task_chooser_is_refused_to_union_staff(client, callers):
    task = Task.objects.filter(active=True).first()
    for caller in ("own_staff", "national_staff", "other_staff"):
        response = login(client, callers[caller]).get(CHOOSER)
        assert response.status_code == 302 and response["Location"] == "/admin/", caller
        chosen = client.get(f"/admin/workflows/task_chooser/{task.pk}/")
        assert chosen.status_code == 302 and task.name not in text(chosen)
    assert login(client, None).get(CHOOSER)["Location"].startswith("/admin/login/")


def test_the_task_chooser_lists_the_tasks_to_a_workflow_manager(client, make_member):
    manager = make_member("vufo", "staff", username="workflow-manager")
    group = Group.objects.create(name="Workflow managers")
    group.permissions.add(Permission.objects.get(codename="change_workflow"))
    manager.groups.add(group)
    task = Task.objects.filter(active=True).first()
    page = login(client, manager).get(CHOOSER)
    assert page.status_code == 200 and task.name in page.json()["html"]
