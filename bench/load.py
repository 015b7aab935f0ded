"""Benchmark: a mixed load (portal readers, API clients, staff saving aid items) on the
demo data, served by gunicorn, against a static file from the same server in the same
run; locust (as a library, headless) sends it.

    .venv/bin/python bench/load.py [--duration 20] [--warmup 2] [--users 12]
                                   [--workers 2] [--threads 1] [--json PATH] [--keep]
    .venv/bin/python bench/load.py --smoke   # 3 s per phase, 6 users (CI's smoke run)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/load.py

Set-up, in a temporary folder removed at the end, with the production settings
(`config.settings.production`, HTTPS redirection off: `AMITY_SSL_REDIRECT=0`, no proxy
in front): `amity migrate`, `amity demo` and `amity collectstatic`, then API tokens for
the demo's viewers and staff (made in the database: the load's requests authenticate
with them) and the pages to read, each fetched once through Django's test client to
find what its answer must contain. SQLite by default, in a new file (a SQLite
DATABASE_URL is not used); with a PostgreSQL DATABASE_URL, only its server and login
are used: the benchmark creates the database `amity_bench_load` there (dropping any left
by an earlier run) and drops it at the end. `--keep` keeps either database.

`gunicorn config.wsgi:application` (the README's production server) then listens on a
free port of 127.0.0.1, and `bench/load_users.py`, in a process of its own, runs two
phases of `--users` users for `--warmup` + `--duration` seconds each, every user sending
its next request as soon as the last one answered (see that file for what each user
does and what counts as an answer):

- baseline: every user fetching the static file (a Wagtail stylesheet or script,
  served by WhiteNoise);
- mixed: 60 % portal readers, 25 % API clients, the rest (at least one) staff users
  saving aid items through the API with the `version` they read.

Prints, per request and per kind of user and overall, the requests per second and the
50th, 95th and 99th percentile latencies of the requests that ended in the measured
window, the staff saves refused because another one came first (409, with its message),
then the ratio mixed/static throughput (1.0 = the mixed load is served as fast as a
static file). Exits with status 1 if any request failed: a 5xx, an unexpected 4xx, a
connection error or an answer without what it must contain.
"""

import argparse
import html
import http.client
import json
import math
import multiprocessing
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchdb import create_database  # noqa: E402 (bench/ is the script's folder)
from results import figure, write_json  # noqa: E402
from server import (  # noqa: E402
    HOST,
    add_arguments,
    amity,
    environment,
    serve,
    static_file,
    stop,
)

BENCH_DATABASE = "amity_bench_load"
USERS = ROOT / "bench" / "load_users.py"
KINDS = {"reader": "portal readers", "api": "API clients", "staff": "staff saving aid items"}
READER_SHARE, API_SHARE = 0.6, 0.25
API_USERS = ("dongnai-viewer", "laocai-viewer", "vufo-viewer")
# Taken in turn: the first two save the same union's items, so may meet.
STAFF_USERS = ("dongnai-staff", "dongnai-admin", "laocai-staff")
SEARCHES = {"search": ("viện trợ", "Đồng Nai"), "folded": ("vien tro", "dong nai")}
TOTALS_YEAR = 2023
ITEMS_PER_USER = 40
SMOKE = {"duration": 3.0, "warmup": 1.0, "users": 6}


# The plan: what the users read and write, found in the demo's database ----------------


def plan_targets(env: dict[str, str]) -> dict:
    """In its own process, against the benchmark's database: the pages to read with
    what each answer must contain (checked once through Django's test client), API
    tokens and the aid items each API and staff user reads or saves."""
    os.environ.update(env)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db.models import Count
    from django.test import Client
    from rest_framework.authtoken.models import Token

    from amity.aid.models import AidItem
    from amity.portal.models import AidDashboardPage, ArticlePage

    client = Client(HTTP_HOST=HOST)
    live = ArticlePage.objects.live().public().order_by("path")
    titles = [html.escape(title) for title in live.values_list("title", flat=True)]

    def path_of(page) -> str:
        return page.get_url_parts()[2]

    def page(path: str, needles: list[str] | None = None) -> list[str]:
        """[path, needle]: the first of `needles` in the page, else its <title>."""
        response = client.get(path)
        if response.status_code != 200:
            sys.exit(f"{path} answered {response.status_code} before the load")
        text = response.content.decode()
        if needles is None:
            found = re.search(r"<title>\s*(.*?)\s*</title>", text, re.DOTALL)
            needles = [found.group(1)] if found else []
        needle = next((n for n in needles if n and n in text), None)
        if needle is None:
            sys.exit(f"{path}: nothing to recognise the page by (no result, no title)")
        return [path, needle]

    def search(query: str) -> list[str]:
        return page(f"/vi/search/?{urlencode({'q': query})}", titles)

    articles = [page(path_of(a), [f"<h1>{html.escape(a.title)}</h1>"]) for a in live[:12]]
    dashboards = AidDashboardPage.objects.live().public().order_by("path")
    pages = {
        "home": [page(path) for path in ("/vi/", "/en/", "/vi/dong-nai/", "/vi/lao-cai/")],
        "articles": articles,
        "search": [search(q) for q in SEARCHES["search"]],
        "folded": [search(q) for q in SEARCHES["folded"]],
        "dashboards": [page(path_of(d)) for d in dashboards[:4]],
    }

    def caller(username: str, own_union_only: bool) -> dict:
        """A demo user's token and aid items: staff save their own union's; viewers
        read what they see, listing their union's (a national member's: the union with
        the most items)."""
        user = get_user_model().objects.get(username=username)
        union = user.memberships.select_related("union").first().union
        items = AidItem.objects.visible_to(user)
        if own_union_only:
            items = items.filter(union=union)
        by_union = items.values("union__slug").annotate(n=Count("pk")).order_by("-n")
        slugs = [row["union__slug"] for row in by_union]
        if not slugs:
            sys.exit(f"{username} sees no aid item to load")
        ids = list(items.order_by("pk").values_list("pk", flat=True)[:ITEMS_PER_USER])
        token, _ = Token.objects.get_or_create(user=user)
        slug = union.slug if union.slug in slugs else slugs[0]
        return {"username": username, "union": slug, "token": token.key, "items": ids}

    return {
        "pages": pages,
        "api": [caller(name, False) for name in API_USERS],
        "staff": [caller(name, True) for name in STAFF_USERS],
        "articles": live.count(),
        "aid_items": AidItem.objects.count(),
    }


def prime(port: int, plan: dict, workers: int) -> float:
    """Each kind of request a few times, one after the other, before the phases: every
    gunicorn worker pays its first request's imports and compilations then, not within
    a measured window. Any answer but a 200 stops the run. Returns the seconds taken."""
    api, pages = plan["api"][0], plan["pages"]
    auth = {"Authorization": f"Token {api['token']}"}
    item = api["items"][0]
    requests = [(kind[0][0], {}) for kind in pages.values()]
    requests += [
        (f"/api/v1/aid-items/?union={api['union']}", auth),
        (f"/api/v1/aid-items/{item}/", auth),
        (f"/api/v1/aid-items/{item}/totals/?in=USD", auth),
        (f"/api/v1/transactions/totals/?union={api['union']}&year={TOTALS_YEAR}", auth),
    ]
    began = time.perf_counter()
    for _ in range(2 * workers):
        for path, headers in requests:
            conn = http.client.HTTPConnection(HOST, port, timeout=60)
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                response.read()
            finally:
                conn.close()
            if response.status != 200:
                sys.exit(f"{path} answered {response.status} before the load")
    return time.perf_counter() - began


# Figures ---------------------------------------------------------------------------


def percentile(ordered: list[float], q: float) -> float:
    """The nearest-rank percentile of sorted values (nan if none)."""
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def summary(latencies: list[float], duration: float) -> dict:
    ordered = sorted(latencies)
    return {
        "count": len(ordered),
        "rate": len(ordered) / duration if duration else float("nan"),
        "p50": percentile(ordered, 0.50),
        "p95": percentile(ordered, 0.95),
        "p99": percentile(ordered, 0.99),
    }


def figures_of(phase: dict) -> dict[str, dict]:
    """Per request name, per kind (`reader`, `api`, `staff`) and overall (`all`)."""
    duration = phase["duration"]
    rows, kinds, every = {}, {}, []
    for name, latencies in sorted(phase["latencies"].items()):
        rows[name] = summary(latencies, duration)
        kinds.setdefault(name.split(":")[0], []).extend(latencies)
        every.extend(latencies)
    for kind, latencies in kinds.items():
        rows[kind] = summary(latencies, duration)
    rows["all"] = summary(every, duration)
    return rows


def show(label: str, row: dict, requests: int, errors: int, indent: str = "") -> None:
    print(
        f"{indent + label:<40} {row['rate']:8.1f} {row['p50'] * 1000:8.1f} "
        f"{row['p95'] * 1000:8.1f} {row['p99'] * 1000:8.1f} {requests:9,} {errors:7,}"
    )


def report(phases: list[dict]) -> tuple[dict, dict, int]:
    baseline, mixed = phases
    static, load = figures_of(baseline), figures_of(mixed)
    print(
        f"\n{'':<40} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
        f"{'requests':>9} {'errors':>7}"
    )
    show(
        "static file (baseline)",
        static["all"],
        sum(baseline["requests"].values()),
        sum(baseline["errors"].values()),
    )
    for kind, label in KINDS.items():
        names = sorted(n for n in mixed["requests"] if n.split(":")[0] == kind)
        if kind not in load:
            continue
        show(
            label,
            load[kind],
            sum(mixed["requests"][n] for n in names),
            sum(mixed["errors"].get(n, 0) for n in names),
        )
        for name in names:
            if name in load:
                row = load[name]
                show(name.split(": ", 1)[1], row, mixed["requests"][name],
                     mixed["errors"].get(name, 0), indent="  ")  # fmt: skip
    show(
        "mixed load (all)",
        load["all"],
        sum(mixed["requests"].values()),
        sum(mixed["errors"].values()),
    )
    refused = sum(mixed["refused"].values())
    saves = mixed["requests"].get("staff: save aid item", 0)
    print(
        f"\nstaff saves: {saves:,}, of which {refused:,} refused because another save of "
        "the item came first (409, naming who changed it)"
    )
    for example in mixed["refusal_examples"][:1]:
        print(f"  e.g. {example}")
    failed = 0
    for phase in phases:
        failed += sum(phase["errors"].values())
        for example in phase["error_examples"]:
            print(f"  {phase['phase']} error: {example}")
    return static, load, failed


# The run ---------------------------------------------------------------------------


def users_of(total: int) -> dict[str, int]:
    """At least one of each kind, the rest shared as READER_SHARE and API_SHARE say."""
    api = max(1, round(total * API_SHARE))
    readers = max(1, min(total - api - 1, round(total * READER_SHARE)))
    return {"readers": readers, "api": api, "staff": total - readers - api}


def run(args: argparse.Namespace) -> int:
    folder = Path(tempfile.mkdtemp(prefix="amity-bench-load-"))
    database_url = os.environ.get("DATABASE_URL") or ""
    postgres = database_url.startswith(("postgres://", "postgresql://"))
    drop = create_database(database_url if postgres else None, args.keep, BENCH_DATABASE)
    env = environment(folder, os.environ["DATABASE_URL"])
    vendor = "postgresql" if postgres else "sqlite"
    server = None
    spawn = multiprocessing.get_context("spawn")  # no Django, no threads inherited
    try:
        began = time.perf_counter()
        collect = subprocess.Popen(  # files only: beside the database's set-up
            [sys.executable, "-m", "amity.cli", "collectstatic", "--no-input"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        amity(env, "migrate", "--no-input")
        amity(env, "demo")
        if collect.wait():
            sys.exit(f"amity collectstatic failed:\n{collect.stderr.read()}")
        with ProcessPoolExecutor(1, mp_context=spawn) as pool:
            plan = pool.submit(plan_targets, env).result()
        static_path, static_size = static_file(folder / "static")
        print(
            f"set up in {time.perf_counter() - began:.1f} s ({vendor}): the demo's "
            f"{plan['aid_items']} aid items and {plan['articles']} articles; static "
            f"{static_path} ({static_size:,} bytes)"
        )

        server, port, log = serve(env, folder, args.workers, args.threads, static_path)
        primed = prime(port, plan, args.workers)
        users = users_of(args.users)
        print(
            f"gunicorn on {HOST}:{port}, {args.workers} workers × {args.threads} threads "
            f"(primed in {primed:.1f} s); "
            f"{args.users} users ({users['readers']} readers, {users['api']} API clients, "
            f"{users['staff']} staff), {args.warmup:g} s warm-up + {args.duration:g} s a phase",
            flush=True,
        )
        plan.update(
            base_url=f"http://{HOST}:{port}",
            static={"path": static_path, "bytes": static_size},
            users=users,
            warmup=args.warmup,
            duration=args.duration,
            year=TOTALS_YEAR,
        )
        plan_path, result_path = folder / "plan.json", folder / "result.json"
        plan_path.write_text(json.dumps(plan))
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        driven = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(USERS), str(plan_path), str(result_path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=2 * (args.warmup + args.duration) + 120,
        )
        wall = time.perf_counter() - driven
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode or not result_path.exists():
            print(done.stdout[-3000:], done.stderr[-3000:], sep="\n", file=sys.stderr)
            sys.exit(f"the load (bench/load_users.py) failed with status {done.returncode}")
        client_cpu = (
            cpu_after.ru_utime + cpu_after.ru_stime - cpu_before.ru_utime - cpu_before.ru_stime
        ) / wall
        phases = json.loads(result_path.read_text())
        static, load, failed = report(phases)
        ratio = load["all"]["rate"] / static["all"]["rate"] if static["all"]["rate"] else 0
        print(f"load client CPU {client_cpu:.0%} of one core")
        print(
            f"\nmixed/static throughput ratio {ratio:.3f} (1.0 = the mixed load is served as "
            "fast as a static file)"
        )
        if failed:
            print(f"{failed:,} requests failed", file=sys.stderr)
            print(log.read_text()[-3000:], file=sys.stderr)
        figures = [
            figure("mixed load throughput", load["all"]["rate"], "req/s", "static file",
                   static["all"]["rate"], ratio),
        ]  # fmt: skip
        for q in ("p50", "p95", "p99"):
            figures.append(
                figure(f"mixed load {q} latency", load["all"][q] * 1000, "ms",
                       f"static file {q}", static["all"][q] * 1000)
            )  # fmt: skip
        for kind, label in KINDS.items():
            if kind in load:
                figures.append(
                    figure(f"{label} p95 latency", load[kind]["p95"] * 1000, "ms",
                           "static file p95", static["all"]["p95"] * 1000)
                )  # fmt: skip
        write_json(
            args.json,
            "load",
            figures,
            database=vendor,
            settings=(
                f"gunicorn {args.workers} workers × {args.threads} threads, {args.users} "
                f"users ({users['readers']} readers, {users['api']} API, {users['staff']} "
                f"staff), {args.duration:g} s a phase"
            ),
            kinds={kind: load[kind] for kind in KINDS if kind in load},
            requests=sum(phases[1]["requests"].values()),
            refused=sum(phases[1]["refused"].values()),
            failed=failed,
            client_cpu=client_cpu,
        )
        return 1 if failed else 0
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(folder, ignore_errors=True)
        drop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=20.0, help="seconds a phase")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds before measuring")
    parser.add_argument("--users", type=int, default=12, help="concurrent users (at least 3)")
    add_arguments(parser)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--json", metavar="PATH", help="also write the figures there (make bench)")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=f"{SMOKE['duration']:g} s a phase after {SMOKE['warmup']:g} s, "
        f"{SMOKE['users']} users (CI's smoke run)",
    )
    args = parser.parse_args()
    if args.smoke:
        args.duration, args.warmup, args.users = SMOKE["duration"], SMOKE["warmup"], SMOKE["users"]
    if args.users < 3:
        parser.error("--users: at least 3, one of each kind")
    sys.exit(run(args))
