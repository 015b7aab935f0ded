"""Benchmark: yearly commitment totals by union, kind and sector over N transactions,
through Amity's selector (`finance.selectors.totals_by`) against a hand-written SQL
GROUP BY over the same rows, measured in the same run.

    .venv/bin/python bench/totals.py [--transactions 200000] [--repeat 5] [--json PATH]

Uses its own SQLite file in a temporary folder (or DATABASE_URL if set: give it a
database you can spare). Prints one line per grouping: the selector's best time, the
SQL's best time and their ratio (1.0 = as fast as plain SQL).
"""

import argparse
import datetime
import os
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from results import figure, write_json  # noqa: E402 (bench/ is the script's folder)

SQL = {
    "union": """
        SELECT u.slug, SUM(t.amount_vnd) FROM finance_transaction t
        JOIN tenancy_union u ON u.id = t.union_id
        WHERE t.type = 'commitment' AND t.date BETWEEN %s AND %s GROUP BY u.slug""",
    "kind": """
        SELECT i.kind, SUM(t.amount_vnd) FROM finance_transaction t
        JOIN aid_aiditem i ON i.id = t.item_id
        WHERE t.type = 'commitment' AND t.date BETWEEN %s AND %s GROUP BY i.kind""",
    "sector": """
        SELECT s.sector_id, SUM(CASE WHEN s.id IS NULL THEN t.amount_vnd
                                     ELSE t.amount_vnd * s.share / 100 END)
        FROM finance_transaction t
        LEFT JOIN aid_aiditemsector s ON s.item_id = t.item_id
        WHERE t.type = 'commitment' AND t.date BETWEEN %s AND %s GROUP BY s.sector_id""",
}


def setup_django(database_url: str | None):
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        folder = tempfile.mkdtemp(prefix="amity-bench-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def load(n_transactions: int, seed: int = 7) -> None:
    from amity.aid.models import AidItem, AidItemSector, AidKind
    from amity.codelists.services import codelists_load
    from amity.finance.models import Transaction
    from amity.geo.models import AdministrativeUnit
    from amity.geo.services import admin_units_load
    from amity.tenancy.models import Union

    rng = random.Random(seed)
    admin_units_load()
    codelists_load()
    provinces = list(AdministrativeUnit.objects.filter(structure="2025", level="province"))
    unions = Union.objects.bulk_create(
        Union(slug=f"u{i}", name=f"Union {i}", province=p) for i, p in enumerate(provinces)
    )
    n_items = max(10, n_transactions // 20)
    items = AidItem.objects.bulk_create(
        AidItem(union=rng.choice(unions), kind=rng.choice(list(AidKind.values)), title=f"Item {i}")
        for i in range(n_items)
    )
    sectors = ["11220", "12220", "14030", "31120", "43060", "72010"]
    AidItemSector.objects.bulk_create(
        AidItemSector(item=item, sector_id=code, share=share)
        for item in items
        for code, share in zip(rng.sample(sectors, 2), (Decimal(60), Decimal(40)), strict=True)
        if rng.random() < 0.8
    )
    start = datetime.date(2019, 1, 1)
    batch = []
    for i in range(n_transactions):
        item = items[i % n_items]
        amount = Decimal(rng.randrange(1_000, 5_000_000))
        batch.append(
            Transaction(
                item=item,
                union_id=item.union_id,
                type=rng.choice(
                    ["commitment", "commitment", "disbursement", "planned_disbursement"]
                ),
                date=start + datetime.timedelta(days=rng.randrange(6 * 365)),
                amount=amount,
                currency_id="USD",
                amount_vnd=amount * 23_000,
                rate=Decimal(23_000),
                rate_date=start,
                rate_source="bench",
            )
        )
        if len(batch) == 10_000:
            Transaction.objects.bulk_create(batch)
            batch = []
    Transaction.objects.bulk_create(batch)


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return min(times)


def run(
    n_transactions: int, repeat: int, database_url: str | None = None, json_path: str | None = None
) -> dict[str, float]:
    setup_django(database_url)
    from django.db import connection

    from amity.finance.models import Transaction
    from amity.finance.selectors import totals_by

    began = time.perf_counter()
    load(n_transactions)
    print(
        f"loaded {n_transactions:,} transactions in {time.perf_counter() - began:.1f} s "
        f"({connection.vendor})"
    )
    first, last = datetime.date(2023, 1, 1), datetime.date(2023, 12, 31)
    year = Transaction.objects.filter(date__range=(first, last))
    ratios, figures = {}, []
    for by, sql in SQL.items():
        ours = totals_by(year, by)
        with connection.cursor() as cursor:
            cursor.execute(sql, [first, last])
            theirs = {k: Decimal(v).quantize(Decimal(1)) for k, v in cursor.fetchall()}
        # The same figures, within rounding to the dong, or the comparison means nothing.
        assert ours.keys() == theirs.keys(), (by, ours.keys(), theirs.keys())
        assert all(abs(ours[k] - theirs[k]) <= 1 for k in ours), by

        def run_sql(sql=sql):
            with connection.cursor() as cursor:
                cursor.execute(sql, [first, last])
                cursor.fetchall()

        t_ours = best_of(repeat, lambda by=by: totals_by(year, by))
        t_sql = best_of(repeat, run_sql)
        ratios[by] = t_ours / t_sql
        figures.append(
            figure(f"2023 totals by {by}", t_ours * 1000, "ms", "plain SQL", t_sql * 1000)
        )
        print(
            f"2023 totals by {by:<7} selector {t_ours * 1000:8.1f} ms   "
            f"SQL {t_sql * 1000:8.1f} ms   ratio {ratios[by]:.2f}"
        )
    write_json(
        json_path,
        "totals",
        figures,
        database=connection.vendor,
        settings=f"{n_transactions:,} transactions, best of {repeat}",
        lower_is_better=True,
    )
    return ratios


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--transactions", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", metavar="PATH", help="also write the figures there (make bench)")
    args = parser.parse_args()
    run(args.transactions, args.repeat, os.environ.get("DATABASE_URL"), args.json)
