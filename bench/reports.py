"""Benchmark: the national annual report (`reports.annual.annual_report` over every
union) against hand-written SQL over the same rows, measured in the same run.

    .venv/bin/python bench/reports.py [--transactions 500000] [--repeat 5] [--year 2023]
                                      [--json PATH]

Loads 34 unions (one per province), about one aid item per 125 transactions (4,000 by
default) with sectors, localities and donors, monthly USD/EUR/JPY/KRW rates and
`--transactions` transactions dated 2016–2025, then times the year's national report in
VND and in USD against two baselines in plain SQL through `connection.cursor()`:

- SQL totals: committed and disbursed per union for the year and commitments per union
  for the year before (`GROUP BY union_id, type`), the report's headline figures;
- SQL all figures: those, plus the breakdowns by sector, province, locality, donor and
  donor country (shares applied; one query, the money per item summed once) and the
  counts of approved and active items.

The SQL leaves out only what the report adds around the figures: targets, labels, the
summary sentence.

Before timing, every figure of the report is checked against the SQL (national and
per-union totals exactly in VND; breakdowns and USD within rounding). Prints one line
per currency and baseline: the report's best time, the SQL's best time and their ratio
(1.0 = as fast as plain SQL).

SQLite by default, in a new file in a temporary folder (a SQLite DATABASE_URL is not
used). With a PostgreSQL DATABASE_URL, only its server and login are used: the benchmark
creates the database `amity_bench` there (dropping any left by an earlier run) and drops
it at the end. `--keep` keeps either database. `--transactions 20000` gives a quick run.
"""

import argparse
import datetime
import os
import random
import sys
import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchdb import create_database  # noqa: E402 (bench/ is the script's folder)
from results import figure, write_json  # noqa: E402

FIRST_YEAR, LAST_YEAR = 2016, 2025
BENCH_DATABASE = "amity_bench"
TRANSACTIONS_PER_ITEM = 125
CURRENCIES = ("VND", "USD")  # the reports timed
EXCLUDED = "('rejected', 'cancelled')"

# The money of each transaction in the report's currency: the stored VND equivalent, or
# the amount itself when already in the currency, else the VND equivalent at the
# currency's latest rate on or before the transaction's date.
VALUE = {
    "VND": "t.amount_vnd",
    "other": """CASE WHEN t.currency_id = %(currency)s THEN t.amount
        ELSE t.amount_vnd * 1.0 / (
            SELECT r.vnd_per_unit FROM finance_exchangerate r
            WHERE r.currency_id = %(currency)s AND r.date <= t.date
            ORDER BY r.date DESC LIMIT 1) END""",
}

TOTALS = f"""
    SELECT t.union_id, t.type, SUM({{value}}) FROM finance_transaction t
    JOIN aid_aiditem i ON i.id = t.item_id
    WHERE t.date BETWEEN %(start)s AND %(end)s AND t.type IN {{types}}
      AND i.status NOT IN {EXCLUDED}
    GROUP BY t.union_id, t.type"""

# Per item and type, the period's money: what every breakdown splits by shares.
MONEY = f"""m AS MATERIALIZED (
    SELECT t.item_id, t.type, SUM({{value}}) AS v FROM finance_transaction t
    JOIN aid_aiditem i ON i.id = t.item_id
    WHERE t.date BETWEEN %(start)s AND %(end)s
      AND t.type IN ('commitment', 'disbursement') AND i.status NOT IN {EXCLUDED}
    GROUP BY t.item_id, t.type)"""

# An item's money goes equally to its funding donors, or to all its donors if none funds.
DONORS = """chosen AS (
    SELECT DISTINCT d.item_id, d.organization_id FROM aid_aiditemdonor d
    WHERE d.role = 'funding' OR NOT EXISTS (
        SELECT 1 FROM aid_aiditemdonor f WHERE f.item_id = d.item_id AND f.role = 'funding')),
  donors AS (
    SELECT item_id, organization_id, COUNT(*) OVER (PARTITION BY item_id) AS n FROM chosen)"""

# Rows of (breakdown, key, type, amount); no key: money of items without shares.
BREAKDOWNS = {
    "sector": """
    SELECT 'sector', s.sector_id, m.type,
           SUM(CASE WHEN s.id IS NULL THEN m.v ELSE m.v * s.share / 100.0 END)
    FROM m LEFT JOIN aid_aiditemsector s ON s.item_id = m.item_id
    GROUP BY s.sector_id, m.type""",
    "province": """
    SELECT 'province', CAST(g.current_province_id AS TEXT), m.type,
           SUM(CASE WHEN l.id IS NULL THEN m.v ELSE m.v * l.share / 100.0 END)
    FROM m LEFT JOIN aid_aiditemlocality l ON l.item_id = m.item_id
    LEFT JOIN geo_administrativeunit g ON g.id = l.unit_id
    GROUP BY g.current_province_id, m.type""",
    "locality": """
    SELECT 'locality', CAST(l.unit_id AS TEXT), m.type,
           SUM(CASE WHEN l.id IS NULL THEN m.v ELSE m.v * l.share / 100.0 END)
    FROM m LEFT JOIN aid_aiditemlocality l ON l.item_id = m.item_id
    GROUP BY l.unit_id, m.type""",
    "donor": """
    SELECT 'donor', CAST(d.organization_id AS TEXT), m.type,
           SUM(CASE WHEN d.item_id IS NULL THEN m.v ELSE m.v * 1.0 / d.n END)
    FROM m LEFT JOIN donors d ON d.item_id = m.item_id
    GROUP BY d.organization_id, m.type""",
    "donor_country": """
    SELECT 'donor_country', o.country_id, m.type,
           SUM(CASE WHEN d.item_id IS NULL THEN m.v ELSE m.v * 1.0 / d.n END)
    FROM m LEFT JOIN donors d ON d.item_id = m.item_id
    LEFT JOIN registry_organization o ON o.id = d.organization_id
    GROUP BY o.country_id, m.type""",
}
# The five in one query, summing the period's money per item once.
FIGURES = f"WITH {MONEY},\n  {DONORS}" + "\n    UNION ALL".join(BREAKDOWNS.values())

COUNTS = {
    "approved": f"""SELECT kind, COUNT(*) FROM aid_aiditem
        WHERE status NOT IN {EXCLUDED} AND decision_date BETWEEN %(start)s AND %(end)s
        GROUP BY kind""",
    "active": """SELECT kind, COUNT(*) FROM aid_aiditem
        WHERE status IN ('under_way', 'completed') AND actual_start <= %(end)s
          AND (actual_end IS NULL OR actual_end >= %(start)s)
        GROUP BY kind""",
}


# The database ---------------------------------------------------------------------


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


# The data -------------------------------------------------------------------------

DONOR_COUNTRIES = ["US", "JP", "KR", "DE", "FR", "GB", "AU", "NL", "SE", "NO", "CH", "BE"]
DONOR_COUNTRIES += ["CA", "IT", "DK", "FI", "IE", "NZ", "SG", "AT", "ES", "LU", "TW", "CN"]
# Currency: share of the items, a starting rate (VND per unit, Dec 2015) and the range of
# one transaction's amount in whole units.
ITEM_CURRENCIES = {
    "VND": (40, "1", (50_000_000, 5_000_000_000)),
    "USD": (35, "22450", (2_000, 200_000)),
    "EUR": (15, "24500", (2_000, 150_000)),
    "JPY": (5, "185.5", (300_000, 30_000_000)),
    "KRW": (5, "19.2", (3_000_000, 300_000_000)),
}
STATUSES = {
    "identified": 4,
    "proposed": 4,
    "under_appraisal": 4,
    "approved": 15,
    "under_way": 38,
    "completed": 25,
    "rejected": 5,
    "cancelled": 5,
}
TYPES = (["commitment"] * 35) + (["disbursement"] * 45) + (["planned_disbursement"] * 20)
SECTORS = ["11220", "12220", "12240", "13020", "14030", "15150", "16010", "31120"]
SECTORS += ["31320", "41010", "43040", "43060", "72010", "73010", "74020", "16050"]
SPLITS = {1: [Decimal(100)], 2: [Decimal(60), Decimal(40)], 3: [Decimal(50), Decimal(30)]}
SPLITS[3].append(Decimal(20))


def monthly_rates(rng: random.Random) -> dict[str, dict[tuple[int, int], Decimal]]:
    """VND per unit on the 1st of each month, Dec 2015 to Dec 2025, a random walk."""
    rates = {}
    for code, (_, start, _) in ITEM_CURRENCIES.items():
        if code == "VND":
            continue
        value, months = Decimal(start), {}
        for year in range(FIRST_YEAR - 1, LAST_YEAR + 1):
            for month in range(12 if year < FIRST_YEAR else 1, 13):
                months[year, month] = value.quantize(Decimal("0.01"))
                value *= Decimal(1 + rng.uniform(-0.012, 0.016))
        rates[code] = months
    return rates


def day_in(year: int, rng: random.Random) -> datetime.date:
    return datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))


def load(n_transactions: int, n_items: int, seed: int = 7) -> None:
    from django.db import connection, transaction
    from django.utils import timezone

    from amity.aid.models import AidItem, AidItemDonor, AidItemLocality, AidItemSector, AidKind
    from amity.codelists.models import Country
    from amity.codelists.services import codelists_load
    from amity.finance.models import ExchangeRate, Transaction
    from amity.geo.models import AdministrativeUnit
    from amity.geo.services import admin_units_load
    from amity.registry.models import Organization
    from amity.reports.models import Target
    from amity.tenancy.models import Union

    rng = random.Random(seed)
    admin_units_load()
    codelists_load()
    provinces = list(AdministrativeUnit.objects.filter(structure="2025", level="province"))
    unions = Union.objects.bulk_create(
        Union(slug=f"u{i}", name=f"Union {i}", province=p) for i, p in enumerate(provinces)
    )
    # Some unions record far more aid than others.
    weights = [rng.uniform(1, 10) for _ in unions]

    # Localities: today's communes, or before July 2025 the districts of the time.
    places = {u.pk: {"2025": [], "pre2025": []} for u in unions}
    union_of_province = {u.province_id: u.pk for u in unions}
    units = AdministrativeUnit.objects.filter(level__in=["commune", "district"])
    for pk, structure, province in units.values_list("pk", "structure", "current_province"):
        places[union_of_province[province]][structure].append(pk)

    rates = monthly_rates(rng)
    ExchangeRate.objects.bulk_create(
        ExchangeRate(
            currency_id=code,
            date=datetime.date(year, month, 1),
            vnd_per_unit=value,
            source="bench",
        )
        for code, months in rates.items()
        for (year, month), value in months.items()
    )
    Target.objects.bulk_create(
        Target(
            union=union,
            year=year,
            amount=Decimal(rng.randrange(20, 200) * 1_000_000_000)
            if i % 6
            else Decimal(rng.randrange(1_000, 8_000) * 1_000),
            currency_id="VND" if i % 6 else "USD",
        )
        for i, union in enumerate(unions[:30])
        for year in range(FIRST_YEAR, LAST_YEAR + 1)
    )

    countries = list(Country.objects.filter(code__in=DONOR_COUNTRIES).values_list("pk", flat=True))
    organizations = Organization.objects.bulk_create(
        Organization(
            union=rng.choice(unions),
            name=f"Donor {i}",
            country_id=rng.choice(countries) if rng.random() < 0.9 else None,
        )
        for i in range(max(20, n_items // 10))
    )

    kinds, statuses = list(AidKind.values), list(STATUSES)
    currencies = list(ITEM_CURRENCIES)
    currency_weights = [ITEM_CURRENCIES[c][0] for c in currencies]
    specs = []  # per item: (first year, last year, currency)
    aid_items = []
    for i in range(n_items):
        union = rng.choices(unions, weights)[0]
        first = rng.randint(FIRST_YEAR, LAST_YEAR)
        last = min(LAST_YEAR, first + rng.randrange(4))
        status = rng.choices(statuses, [STATUSES[s] for s in statuses])[0]
        started = status in ("under_way", "completed")
        specs.append((first, last, rng.choices(currencies, currency_weights)[0]))
        aid_items.append(
            AidItem(
                union=union,
                kind=rng.choice(kinds),
                title=f"Item {i}",
                status=status,
                decision_date=day_in(first, rng) if status not in statuses[:3] else None,
                actual_start=datetime.date(first, 3, 1) if started else None,
                actual_end=datetime.date(last, 12, 31) if status == "completed" else None,
            )
        )
    items = AidItem.objects.bulk_create(aid_items)

    sectors, localities, donors = [], [], []
    for item, (first, _, _) in zip(items, specs, strict=True):
        if rng.random() < 0.85:
            codes = rng.sample(SECTORS, rng.randint(1, 3))
            for code, share in zip(codes, SPLITS[len(codes)], strict=True):
                sectors.append(AidItemSector(item=item, sector_id=code, share=share))
        pool = places[item.union_id]["2025" if first >= 2025 else "pre2025"]
        if pool and rng.random() < 0.9:
            chosen = rng.sample(pool, min(len(pool), rng.randint(1, 3)))
            for unit, share in zip(chosen, SPLITS[len(chosen)], strict=True):
                localities.append(AidItemLocality(item=item, unit_id=unit, share=share))
        if rng.random() < 0.9:
            funding = rng.random() < 0.8  # else only implementing or other roles
            for n, org in enumerate(rng.sample(organizations, rng.randint(1, 3))):
                role = "funding" if funding and (n == 0 or rng.random() < 0.5) else None
                role = role or rng.choice(["implementing", "accountable", "extending"])
                donors.append(AidItemDonor(item=item, organization=org, role=role))
    AidItemSector.objects.bulk_create(sectors)
    AidItemLocality.objects.bulk_create(localities)
    AidItemDonor.objects.bulk_create(donors)

    # Transactions: raw rows, inserted with COPY (PostgreSQL) or executemany (SQLite).
    columns = [f.column for f in Transaction._meta.concrete_fields if not f.primary_key]
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    one_dong = Decimal(1)

    def rows():
        for _ in range(n_transactions):
            n = rng.randrange(n_items)
            item, (first, last, currency) = items[n], specs[n]
            day = day_in(rng.randint(first, last), rng)
            low, high = ITEM_CURRENCIES[currency][2]
            if currency == "VND":
                amount = Decimal(rng.randrange(low // 1000, high // 1000) * 1000)
                rate, rate_date, source = one_dong, day, "VND"
            else:
                amount = Decimal(rng.randrange(low * 100, high * 100)) / 100
                rate, rate_date = rates[currency][day.year, day.month], day.replace(day=1)
                source = "bench"
            values = {
                "item_id": item.pk,
                "union_id": item.union_id,
                "type": rng.choice(TYPES),
                "date": day,
                "amount": amount,
                "currency_id": currency,
                "amount_vnd": (amount * rate).quantize(one_dong, ROUND_HALF_UP),
                "rate": rate,
                "rate_date": rate_date,
                "rate_source": source,
                "description": "",
                "created_at": now,
                "updated_at": now,
            }
            yield [values[c] for c in columns]

    into = f"{Transaction._meta.db_table} ({', '.join(columns)})"
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {into} FROM STDIN") as copy:
                for row in rows():
                    copy.write_row(row)
        else:
            placeholders = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {into} VALUES ({placeholders})", rows())
    with connection.cursor() as cursor:
        # Fresh planner statistics, as a live database would have.
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


# The SQL side ---------------------------------------------------------------------


def sql_params(year: int, currency: str) -> dict:
    return {
        "start": datetime.date(year, 1, 1),
        "end": datetime.date(year, 12, 31),
        "previous_start": datetime.date(year - 1, 1, 1),
        "previous_end": datetime.date(year - 1, 12, 31),
        "currency": currency,
    }


def fetch(sql: str, params: dict) -> list[tuple]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def sql_totals(params: dict) -> dict:
    """Per union id: this year's commitments and disbursements, last year's commitments."""
    value = VALUE["VND" if params["currency"] == "VND" else "other"]
    year = TOTALS.format(value=value, types="('commitment', 'disbursement')")
    before = TOTALS.format(value=value, types="('commitment')")
    before_params = {
        **params,
        "start": params["previous_start"],
        "end": params["previous_end"],
    }
    totals = {}
    for union_id, type, amount in fetch(year, params):
        totals.setdefault(union_id, {})[type] = Decimal(amount)
    for union_id, _, amount in fetch(before, before_params):
        totals.setdefault(union_id, {})["previous"] = Decimal(amount)
    return totals


def sql_figures(params: dict) -> dict:
    """The totals, every breakdown ({key: {type: amount}}) and the counts of items."""
    value = VALUE["VND" if params["currency"] == "VND" else "other"]
    figures = {"totals": sql_totals(params), **{name: {} for name in BREAKDOWNS}}
    for name, key, type, amount in fetch(FIGURES.format(value=value), params):
        amounts = figures[name].setdefault(key or "", {})
        amounts[type] = amounts.get(type, Decimal(0)) + Decimal(amount)
    for name, sql in COUNTS.items():
        figures[name] = dict(fetch(sql, params))
    return figures


# Checks and timing ----------------------------------------------------------------


class Mismatch(AssertionError):
    pass


def compare(what: str, ours: dict, theirs: dict, tolerance=Decimal(0), relative=Decimal(0)):
    """Raise, listing them, if any figure differs by more than `tolerance` plus
    `relative` times the figure."""
    problems = []
    for key in sorted(ours.keys() | theirs.keys(), key=str):
        a, b = ours.get(key), theirs.get(key)
        if a is None or b is None:
            problems.append(f"{key!r}: report {a}, SQL {b}")
        elif abs(a - b) > tolerance + relative * abs(b):
            problems.append(f"{key!r}: report {a}, SQL {b}, difference {a - b}")
    if problems:
        raise Mismatch(f"{what}: {len(problems)} differ\n  " + "\n  ".join(problems[:20]))


def check(report, figures: dict, unions) -> None:
    """Every figure of the report against the SQL's: totals in VND exactly (sums of
    whole dong on both sides), the rest within the report's rounding."""
    from django.db import connection

    from amity.reports.figures import places

    unit = places(report.currency)
    # SQLite has no decimals: what it divides (by shares, rates) it sums as floats.
    relative = Decimal("1e-13") if connection.vendor == "sqlite" else Decimal(0)
    slack = (0, 0) if report.currency == "VND" else (unit, relative)
    totals = figures["totals"]
    types = {"committed": "commitment", "disbursed": "disbursement", "previous": "previous"}
    national = {
        key: sum((t.get(type, Decimal(0)) for t in totals.values()), Decimal(0))
        for key, type in types.items()
    }
    ours = {
        "committed": report.committed,
        "disbursed": report.disbursed,
        "previous": report.committed_previous,
    }
    compare("national totals", ours, national, *slack)
    ours, theirs = {}, {}
    for row in report.by_union:
        ours[row.slug, "commitment"] = row.committed
        ours[row.slug, "disbursement"] = row.disbursed
        ours[row.slug, "previous"] = row.committed_previous
    for union in unions:
        for type in types.values():
            theirs[union.slug, type] = totals.get(union.pk, {}).get(type, Decimal(0))
    compare("totals by union", ours, theirs, *slack)
    for name in BREAKDOWNS:
        ours, theirs = {}, {}
        for row in getattr(report, f"by_{name}"):
            ours[row.key, "commitment"] = row.committed
            ours[row.key, "disbursement"] = row.disbursed
        for key, amounts in figures[name].items():
            for type in ("commitment", "disbursement"):
                theirs[key, type] = amounts.get(type, Decimal(0))
        compare(f"by {name}", ours, theirs, unit, relative)
    for name in COUNTS:
        counts = {kind: n for kind, n in report.items[name].items() if n and kind != "total"}
        compare(f"{name} items", counts, figures[name])
    if report.unconverted:
        raise Mismatch(f"{len(report.unconverted)} transactions left unconverted")


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return min(times)


def run(
    n_transactions: int,
    repeat: int,
    year: int = 2023,
    database_url: str | None = None,
    n_items: int | None = None,
    keep: bool = False,
    json_path: str | None = None,
) -> dict[str, float]:
    n_items = n_items or max(50, n_transactions // TRANSACTIONS_PER_ITEM)
    drop = create_database(database_url, keep, BENCH_DATABASE)
    try:
        setup_django()
        figures = []
        ratios = measure(n_transactions, n_items, repeat, year, figures)
        from django.db import connection

        write_json(
            json_path,
            "reports",
            figures,
            database=connection.vendor,
            settings=f"{n_transactions:,} transactions, {n_items:,} aid items, best of {repeat}",
            lower_is_better=True,
        )
        return ratios
    finally:
        from django.db import connections

        connections.close_all()
        drop()


def measure(
    n_transactions: int, n_items: int, repeat: int, year: int, figures: list | None = None
) -> dict[str, float]:
    from django.db import connection

    from amity.reports.annual import annual_report
    from amity.tenancy.models import Union

    began = time.perf_counter()
    load(n_transactions, n_items)
    unions = list(Union.objects.all())
    print(
        f"loaded {n_transactions:,} transactions of {n_items:,} aid items, {len(unions)} "
        f"unions, {FIRST_YEAR}–{LAST_YEAR}, in {time.perf_counter() - began:.1f} s "
        f"({connection.vendor})"
    )
    ratios = {}
    for currency in CURRENCIES:
        params = sql_params(year, currency)

        def report(currency=currency):
            return annual_report(
                unions=unions, year=year, currency=currency, language="en", national=True
            )

        # The same figures, or the comparison means nothing.
        result = report()
        check(result, sql_figures(params), unions)
        print(
            f"{year} in {currency}: committed {result.committed:,}, disbursed "
            f"{result.disbursed:,}, {year - 1} committed {result.committed_previous:,} "
            "— every figure agrees with SQL"
        )
        t_report = best_of(repeat, report)
        for baseline, fn in (("totals", sql_totals), ("all figures", sql_figures)):
            t_sql = best_of(repeat, lambda fn=fn, params=params: fn(params))
            ratios[f"{currency} {baseline}"] = t_report / t_sql
            if figures is not None:
                figures.append(
                    figure(f"{year} national report in {currency}", t_report * 1000, "ms",
                           f"SQL {baseline}", t_sql * 1000)
                )  # fmt: skip
            print(
                f"{year} national report in {currency}  report {t_report * 1000:8.1f} ms   "
                f"SQL {baseline:<11} {t_sql * 1000:8.1f} ms   ratio {t_report / t_sql:6.2f}"
            )
    return ratios


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--transactions", type=int, default=500_000)
    parser.add_argument(
        "--items", type=int, help=f"default: one per {TRANSACTIONS_PER_ITEM} transactions"
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--year", type=int, default=2023, choices=range(FIRST_YEAR + 1, LAST_YEAR + 1)
    )
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--json", metavar="PATH", help="also write the figures there (make bench)")
    args = parser.parse_args()
    run(
        args.transactions,
        args.repeat,
        args.year,
        os.environ.get("DATABASE_URL"),
        args.items,
        args.keep,
        args.json,
    )
