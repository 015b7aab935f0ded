"""Loading the administrative units from the `vietnam-provinces` package."""

import csv
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from vietnam_provinces import Province, Ward
from vietnam_provinces.legacy import base as legacy

from amity.core.text import strip_diacritics

from .models import AdministrativeUnit, Level, Structure

NAMES_FILE = Path(__file__).parent / "data" / "province_names.csv"


@dataclass
class LoadResult:
    created: int
    updated: int
    unchanged: int


def _province_names() -> dict[tuple[str, str], dict[str, str]]:
    if not NAMES_FILE.exists():
        return {}
    with NAMES_FILE.open(encoding="utf-8") as f:
        return {(row["structure"], f"{int(row['code']):02d}"): row for row in csv.DictReader(f)}


def _plain_name(name: str, division_type: str) -> str:
    """'Tỉnh Lào Cai' -> 'Lao Cai': a readable name for English text."""
    prefix = division_type.capitalize() + " "
    bare = name[len(prefix) :] if name.startswith(prefix) else name
    return strip_diacritics(bare)


def _successor_codes() -> dict[int, int]:
    """Old province code -> the province of today it became part of."""
    candidates: dict[int, list[int]] = {}
    for new in Province.iter_all():
        for old in new.get_legacy_sources():
            candidates.setdefault(int(old.code), []).append(int(new.code))
    # A few old provinces lost single communes to a neighbour; the province that
    # took the old one whole keeps its code, so prefer that one.
    return {old: (old if old in news else news[0]) for old, news in candidates.items()}


def _rows():
    names = _province_names()

    def extra(structure, code, name, division_type):
        row = names.get((structure, code), {})
        return {
            "name_en": row.get("name_en") or _plain_name(name, division_type),
            "name_zh_hans": row.get("name_zh_hans", ""),
        }

    for p in Province.iter_all():
        code = f"{int(p.code):02d}"
        yield {
            "structure": Structure.CURRENT,
            "level": Level.PROVINCE,
            "code": code,
            "name": p.name,
            "division_type": str(p.division_type),
            "parent": None,
            **extra(Structure.CURRENT, code, p.name, str(p.division_type)),
        }
    for w in Ward.iter_all():
        yield {
            "structure": Structure.CURRENT,
            "level": Level.COMMUNE,
            "code": f"{int(w.code):05d}",
            "name": w.name,
            "division_type": str(w.division_type),
            "parent": (Structure.CURRENT, f"{int(w.province_code):02d}"),
            "name_en": _plain_name(w.name, str(w.division_type)),
            "name_zh_hans": "",
        }
    for p in legacy.Province.iter_all():
        code = f"{int(p.code):02d}"
        yield {
            "structure": Structure.PRE_2025,
            "level": Level.PROVINCE,
            "code": code,
            "name": p.name,
            "division_type": str(p.division_type),
            "parent": None,
            **extra(Structure.PRE_2025, code, p.name, str(p.division_type)),
        }
    for d in legacy.District.iter_all():
        yield {
            "structure": Structure.PRE_2025,
            "level": Level.DISTRICT,
            "code": f"{int(d.code):03d}",
            "name": d.name,
            "division_type": str(d.division_type),
            "parent": (Structure.PRE_2025, f"{int(d.province_code):02d}"),
            "name_en": _plain_name(d.name, str(d.division_type)),
            "name_zh_hans": "",
        }


FIELDS = ("level", "name", "name_en", "name_zh_hans", "division_type")


@transaction.atomic
def admin_units_load() -> LoadResult:
    """Create or update every unit; safe to run again (it then changes nothing)."""
    existing = {(u.structure, u.code): u for u in AdministrativeUnit.objects.all()}
    rows = list(_rows())
    to_create, to_update = [], []
    for row in rows:
        unit = existing.get((row["structure"], row["code"]))
        values = {f: row[f] for f in FIELDS}
        if unit is None:
            to_create.append(
                AdministrativeUnit(structure=row["structure"], code=row["code"], **values)
            )
        elif any(getattr(unit, f) != v for f, v in values.items()):
            for f, v in values.items():
                setattr(unit, f, v)
            to_update.append(unit)
    AdministrativeUnit.objects.bulk_create(to_create, batch_size=1000)
    AdministrativeUnit.objects.bulk_update(to_update, FIELDS, batch_size=1000)

    # Second pass: links (parent, today's province) now that every unit has an id.
    units = {(u.structure, u.code): u for u in AdministrativeUnit.objects.all()}
    successors = _successor_codes()
    linked = []
    for row in rows:
        unit = units[(row["structure"], row["code"])]
        parent = units[row["parent"]] if row["parent"] else None
        if row["structure"] == Structure.CURRENT:
            current = unit if parent is None else parent
        else:
            old_province = parent or unit
            new_code = successors.get(int(old_province.code))
            current = units.get((Structure.CURRENT, f"{new_code:02d}")) if new_code else None
        if unit.parent_id != (parent.pk if parent else None) or unit.current_province_id != (
            current.pk if current else None
        ):
            unit.parent, unit.current_province = parent, current
            linked.append(unit)
    AdministrativeUnit.objects.bulk_update(linked, ["parent", "current_province"], batch_size=1000)
    new_keys = {(u.structure, u.code) for u in to_create}
    changed = {(u.structure, u.code) for u in [*to_update, *linked]} - new_keys
    return LoadResult(
        created=len(new_keys),
        updated=len(changed),
        unchanged=len(rows) - len(new_keys) - len(changed),
    )
