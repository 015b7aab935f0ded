import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from amity.aid import services
from amity.aid.models import AidItem, AidItemLocality, AidKind, StatusChange
from amity.aid.workflow import TRANSITIONS, AidStatus
from amity.codelists.models import Sector
from amity.geo.models import AdministrativeUnit
from amity.history.models import Change
from amity.registry.models import OrganizationKind
from amity.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db
DECISION = services.Decision("1234/QĐ-UBND", datetime.date(2023, 3, 1), "UBND tỉnh Đồng Nai")


def unit(key):
    structure, code = key.split(":")
    return AdministrativeUnit.objects.get(structure=structure, code=code)


def commune_of(province_code):
    return AdministrativeUnit.objects.filter(
        structure="2025", level="commune", parent__code=province_code
    ).first()


def state():
    return (
        list(AidItem.objects.values().order_by("pk")),
        list(AidItemLocality.objects.values().order_by("pk")),
        StatusChange.objects.count(),
        Change.objects.of_records().count(),
    )


@pytest.fixture
def item(unions):
    return services.aid_item_save(
        actor=None,
        item=AidItem(
            union=unions["dong-nai"],
            kind=AidKind.PROJECT,
            title="Clean water for Xuân Lộc",
            title_vi="Nước sạch cho Xuân Lộc",
            title_zh_hans="春禄清洁用水",
        ),
    )


def move(item, *path, actor=None):
    for status in path:
        decision = DECISION if status == AidStatus.APPROVED else None
        item = services.aid_item_transition(actor=actor, item=item, to=status, decision=decision)
    return item


def test_the_whole_way_from_identified_to_completed_is_recorded(item, callers):
    staff = callers["own_staff"]
    item = move(
        item,
        AidStatus.PROPOSED,
        AidStatus.UNDER_APPRAISAL,
        AidStatus.APPROVED,
        AidStatus.UNDER_WAY,
        AidStatus.COMPLETED,
        actor=staff,
    )
    assert item.status == AidStatus.COMPLETED
    assert (item.decision_number, item.decision_authority) == ("1234/QĐ-UBND", "UBND tỉnh Đồng Nai")
    steps = list(item.status_changes.values_list("from_status", "to_status"))
    assert steps == [
        ("identified", "proposed"),
        ("proposed", "under_appraisal"),
        ("under_appraisal", "approved"),
        ("approved", "under_way"),
        ("under_way", "completed"),
    ]
    assert set(item.status_changes.values_list("actor", flat=True)) == {staff.pk}


# Every pair of statuses: allowed ones move, the others are refused and change nothing.
PATHS = {
    AidStatus.IDENTIFIED: [],
    AidStatus.PROPOSED: [AidStatus.PROPOSED],
    AidStatus.UNDER_APPRAISAL: [AidStatus.PROPOSED, AidStatus.UNDER_APPRAISAL],
    AidStatus.APPROVED: [AidStatus.PROPOSED, AidStatus.UNDER_APPRAISAL, AidStatus.APPROVED],
    AidStatus.UNDER_WAY: [
        AidStatus.PROPOSED,
        AidStatus.UNDER_APPRAISAL,
        AidStatus.APPROVED,
        AidStatus.UNDER_WAY,
    ],
    AidStatus.COMPLETED: [
        AidStatus.PROPOSED,
        AidStatus.UNDER_APPRAISAL,
        AidStatus.APPROVED,
        AidStatus.UNDER_WAY,
        AidStatus.COMPLETED,
    ],
    AidStatus.REJECTED: [AidStatus.PROPOSED, AidStatus.UNDER_APPRAISAL, AidStatus.REJECTED],
    AidStatus.CANCELLED: [AidStatus.CANCELLED],
}


@pytest.mark.parametrize("start", list(AidStatus))
@pytest.mark.parametrize("to", list(AidStatus))
def test_every_transition_is_allowed_or_refused_as_the_machine_says(item, start, to):
    item = move(item, *PATHS[start])
    assert item.status == start
    if to in TRANSITIONS[start]:
        decision = DECISION if to == AidStatus.APPROVED else None
        moved = services.aid_item_transition(actor=None, item=item, to=to, decision=decision)
        assert moved.status == to
        return
    before = state()
    with pytest.raises(ValidationError) as exc:
        services.aid_item_transition(actor=None, item=item, to=to, decision=DECISION)
    message = exc.value.message_dict["status"][0]
    assert str(AidStatus(start).label) in message and str(AidStatus(to).label) in message
    for allowed in TRANSITIONS[start]:
        assert str(allowed.label) in message
    assert state() == before


@pytest.mark.parametrize(
    ("decision", "fields"),
    [
        (None, {"decision_number", "decision_date", "decision_authority"}),
        (services.Decision("", datetime.date(2023, 1, 1), "UBND"), {"decision_number"}),
        (services.Decision("12/QĐ", None, "UBND"), {"decision_date"}),
        (services.Decision("12/QĐ", datetime.date(2023, 1, 1), ""), {"decision_authority"}),
    ],
)
def test_approving_needs_the_decisions_number_date_and_authority(item, decision, fields):
    item = move(item, AidStatus.PROPOSED, AidStatus.UNDER_APPRAISAL)
    before = state()
    with pytest.raises(ValidationError) as exc:
        services.aid_item_transition(
            actor=None, item=item, to=AidStatus.APPROVED, decision=decision
        )
    assert set(exc.value.message_dict) == fields
    assert state() == before


def test_the_status_is_not_changed_by_saving(item):
    item.status = AidStatus.COMPLETED
    services.aid_item_save(actor=None, item=item)
    item.refresh_from_db()
    assert item.status == AidStatus.IDENTIFIED


def test_localities_and_sectors_with_shares_adding_to_100(item, unions):
    commune = commune_of("75")
    services.aid_item_save(
        actor=None,
        item=item,
        localities=[(commune, Decimal("60")), (unit("2025:75"), Decimal("40"))],
        sectors=[(Sector.objects.get(code="14030"), Decimal("100"))],
    )
    assert sorted(item.localities.values_list("share", flat=True)) == [Decimal("40"), Decimal("60")]


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"localities": [("commune:75", "60"), ("2025:75", "30")]}, "localities", "90"),
        ({"sectors": [("14030", "50"), ("12220", "60")]}, "sectors", "110"),
        ({"localities": [("2025:15", "100")]}, "localities", "outside"),
        (
            {"planned_start": datetime.date(2024, 1, 1), "planned_end": datetime.date(2023, 1, 1)},
            "planned_end",
            "before the start",
        ),
        (
            {"actual_start": datetime.date(2024, 1, 1), "actual_end": datetime.date(2023, 12, 31)},
            "actual_end",
            "before the start",
        ),
    ],
)
def test_bad_items_are_refused_with_the_field_named(item, changes, field, fragment):
    localities = [
        (commune_of("75") if key == "commune:75" else unit(key), Decimal(share))
        for key, share in changes.pop("localities", [])
    ] or None
    sectors = [
        (Sector.objects.get(code=code), Decimal(share))
        for code, share in changes.pop("sectors", [])
    ] or None
    for name, value in changes.items():
        setattr(item, name, value)
    before = state()
    with pytest.raises(ValidationError) as exc:
        services.aid_item_save(actor=None, item=item, localities=localities, sectors=sectors)
    assert any(fragment in m for m in exc.value.message_dict[field]), exc.value.message_dict
    assert state() == before


def test_a_pre_2025_locality_of_the_unions_province_is_inside_it(item):
    """Lao Cai's items keep the former Yen Bai province's places; Dong Nai's, Binh Phuoc's."""
    services.aid_item_save(actor=None, item=item, localities=[(unit("pre2025:70"), Decimal("100"))])
    assert item.localities.get().unit.key == "pre2025:70"


def test_projects_belong_to_a_program_of_the_same_union(item, unions):
    program = services.aid_item_save(
        actor=None,
        item=AidItem(
            union=unions["dong-nai"], kind=AidKind.PROGRAM, title="Aid mobilization 2019–2025"
        ),
    )
    item.parent = program
    services.aid_item_save(actor=None, item=item)
    assert list(program.projects.all()) == [item]
    other = services.aid_item_save(
        actor=None,
        item=AidItem(union=unions["lao-cai"], kind=AidKind.PROGRAM, title="Lao Cai program"),
    )
    item.parent = other
    with pytest.raises(ValidationError) as exc:
        services.aid_item_save(actor=None, item=item)
    assert "parent" in exc.value.message_dict
    non_project = AidItem(
        union=unions["dong-nai"], kind=AidKind.NON_PROJECT, title="Rice", parent=program
    )
    with pytest.raises(ValidationError):
        services.aid_item_save(actor=None, item=non_project)


def test_donors_and_owner_come_from_the_items_union(item, unions):
    ngo = OrganizationFactory(union=unions["dong-nai"], name="Habitat")
    agency = OrganizationFactory(
        union=unions["dong-nai"], name="Sở Y tế", kind=OrganizationKind.VIETNAMESE_AGENCY
    )
    item.owner = agency
    services.aid_item_save(actor=None, item=item, donors=[(ngo, "funding")])
    assert item.donors.get().organization == ngo
    stranger = OrganizationFactory(union=unions["lao-cai"], name="Helvetas")
    with pytest.raises(ValidationError) as exc:
        services.aid_item_save(actor=None, item=item, donors=[(stranger, "funding")])
    assert "donors" in exc.value.message_dict


def test_tenancy_is_enforced(item, callers, unions):
    before = state()
    with pytest.raises(Http404):
        services.aid_item_transition(actor=callers["other_staff"], item=item, to=AidStatus.PROPOSED)
    with pytest.raises(PermissionDenied):
        services.aid_item_transition(actor=callers["own_viewer"], item=item, to=AidStatus.PROPOSED)
    with pytest.raises(Http404):
        services.aid_item_save(
            actor=callers["other_staff"],
            item=AidItem(union=unions["dong-nai"], kind=AidKind.PROJECT, title="x"),
        )
    assert state() == before
    moved = services.aid_item_transition(
        actor=callers["national_staff"], item=item, to=AidStatus.PROPOSED
    )
    assert moved.status == AidStatus.PROPOSED
