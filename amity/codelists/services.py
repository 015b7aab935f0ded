"""Loading codelists: currencies and countries from Babel's CLDR data (names in every
language we speak), IATI organisation types and DAC sectors from the files in data/."""

import csv
from pathlib import Path

from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies
from django.db import transaction

from .models import Codelist, Country, Currency, OrganisationType, Sector, SectorCategory

DATA = Path(__file__).parent / "data"
LOCALES = {"en": Locale("en"), "vi": Locale("vi"), "zh_hans": Locale.parse("zh_Hans")}


def _currencies_in_use() -> set[str]:
    # CLDR also names retired currencies; keep those some country uses today.
    codes: set[str] = set()
    for territory in LOCALES["en"].territories:
        if len(territory) == 2 and territory.isalpha():
            codes.update(get_territory_currencies(territory))
    return codes


def _currency_rows():
    for code in sorted(_currencies_in_use()):
        yield {
            "code": code,
            **{f"name_{k}": get_currency_name(code, locale=loc) for k, loc in LOCALES.items()},
        }


def _country_rows():
    en = LOCALES["en"].territories
    for code in sorted(en):
        # Two-letter codes are countries; three-digit codes are regions; ZZ is "unknown".
        if len(code) != 2 or not code.isalpha() or code in {"ZZ", "EU", "EZ", "UN", "QO"}:
            continue
        yield {
            "code": code,
            **{f"name_{k}": loc.territories.get(code, en[code]) for k, loc in LOCALES.items()},
        }


def _csv_rows(name: str):
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def _upsert(model: type[Codelist], rows) -> int:
    """Create or update rows by code; returns how many changed."""
    existing = {obj.code: obj for obj in model.objects.all()}
    fields = [f.attname for f in model._meta.concrete_fields if f.attname != "code"]
    new, changed = [], []
    for row in rows:
        values = {f: row.get(f, "") or (None if f.endswith("_id") else "") for f in fields}
        obj = existing.get(row["code"])
        if obj is None:
            new.append(model(code=row["code"], **values))
        elif any(getattr(obj, f) != v for f, v in values.items()):
            for f, v in values.items():
                setattr(obj, f, v)
            changed.append(obj)
    model.objects.bulk_create(new, batch_size=500)
    model.objects.bulk_update(changed, fields, batch_size=500)
    return len(new) + len(changed)


@transaction.atomic
def codelists_load() -> dict[str, int]:
    """Load every codelist; safe to run again. Returns the number of rows changed per list."""
    return {
        "currencies": _upsert(Currency, _currency_rows()),
        "countries": _upsert(Country, _country_rows()),
        "organisation_types": _upsert(OrganisationType, _csv_rows("organisation_types.csv")),
        "sector_categories": _upsert(SectorCategory, _csv_rows("sector_categories.csv")),
        "sectors": _upsert(
            Sector,
            ({**row, "category_id": row["category"]} for row in _csv_rows("sectors.csv")),
        ),
    }
