"""`amity check_text` finds stored text the text check would refuse now (saved before
the check, or written around the services), and `--clean` removes the characters,
with a history row per record; nothing else changes."""

from io import StringIO

import pytest
from django.core.management import call_command

from amity.history.models import Change
from amity.registry.models import Organization, OrganizationAlias
from amity.registry.services import organization_save

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("check_text", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def stored(unions):
    """An organization whose name and notes, and an alias of it, were stored around the
    check, and one that is clean."""
    union = unions["dong-nai"]
    bad = organization_save(actor=None, organization=Organization(union=union, name="Oxfam"))
    clean = organization_save(actor=None, organization=Organization(union=union, name="Plan"))
    Organization.objects.filter(pk=bad.pk).update(
        name="Oxfam \u202eIGN", notes="Dòng một\nDòng hai\x07"
    )
    alias = OrganizationAlias.objects.create(organization=bad, name="Ox\tfam")
    return {"bad": bad, "clean": clean, "alias": alias}


def test_the_faults_are_listed_and_nothing_changes(stored):
    history = Change.objects.count()
    out = run()
    bad, alias = stored["bad"], stored["alias"]
    assert f"registry.Organization {bad.pk} name: " in out and "(U+202E)" in out
    assert f"registry.Organization {bad.pk} notes: " in out and "(U+0007)" in out
    assert f"registry.OrganizationAlias {alias.pk} name: " in out and "(U+0009)" in out
    assert f"registry.Organization {stored['clean'].pk} " not in out
    assert "3 stored texts would be refused now; run again with --clean" in out
    assert Organization.objects.get(pk=bad.pk).name == "Oxfam \u202eIGN"
    assert Change.objects.count() == history


def test_clean_removes_the_characters_with_history(stored, unions):
    out = run("--clean")
    assert "Cleaned 3 texts in 2 records" in out
    bad = Organization.objects.get(pk=stored["bad"].pk)
    assert (bad.name, bad.notes) == ("Oxfam IGN", "Dòng một\nDòng hai")
    assert OrganizationAlias.objects.get(pk=stored["alias"].pk).name == "Ox fam"
    change = Change.objects.get(
        content_type__model="organization", object_id=str(bad.pk), action="update"
    )
    assert change.changes["name"] == ["Oxfam \u202eIGN", "Oxfam IGN"]
    assert change.via == "text check" and change.union == unions["dong-nai"]
    # The alias's row is shown with its organization, in its union's history.
    row = Change.objects.get(
        content_type__model="organizationalias", object_id=str(stored["alias"].pk)
    )
    assert row.parent_id == str(bad.pk) and row.union == unions["dong-nai"]
    assert "No stored text holds a character the text check refuses." in run()
