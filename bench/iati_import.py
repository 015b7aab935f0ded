"""Benchmark: the IATI importer (`iati.services.iati_import`) against a bare streaming
parse of the same file, measured in the same run.

    .venv/bin/python bench/iati_import.py [--limit N | --quick] [--file PATH] [--keep]
                                          [--json PATH]

The corpus is ../shared/iati/bench/dportal_13200_activities.xml.gz (13,200 real
activities from 214 publishers, 77,475 transactions, 152.6 MB unzipped), read where it
is; `--file` names another. `--limit N` uses only its first N activities (streamed into
a temporary .xml.gz), `--quick` is `--limit 300`.

Set-up, once: the migrated database, the codelists, the administrative units, one
national union and a rate table (for every currency of the file that Amity knows, one
rate a year on 1 January, 1990–2026), so that money converts. Then the phases, each in
a child process of its own that reports its time and its own peak memory (so that what
one phase holds does not hide in another):

- baseline: `lxml.etree.iterparse` over the file, reading each activity's identifier,
  title and transactions (type, value, currency, date) and clearing elements as it
  goes: the parse floor;
- trial: a trial run (`--dry-run`) of the import: the reading of the file, the
  mapping and every check, no writes; what the import costs before the database;
- import: the first import of the file into the empty union;
- reimport: the same file again, with nothing changed: known by its bytes, not read;
- reread: the same file once more after a change elsewhere (a rate saved), so that it
  is read again and each unchanged activity skipped by its digest.

The import reads the file in a second process while it writes, as `import_iati` does
(`--one-process` reads it in the importing process, as `import_iati --no-parallel`).

Prints per phase the activities, seconds, activities/s and peak memory (the sum of the
proportional set sizes of the phase's process and of its reading process, sampled every
20 ms; their resident sets, which count shared pages twice, beside it), the import's
counts and problems, then the ratios: import speed / baseline speed (target ≥ 0.33),
trial speed / baseline speed (the ceiling of the first ratio with the writes free),
reimport speed / import speed (target ≥ 5), reread speed / import speed, and whether
the import's peak memory is under
200 MB. The targets are reported, not enforced: the exit status is 0 unless a phase
fails. `--profile` runs the import phase under cProfile instead and prints the top
entries by cumulative time (its timing is then the profiler's, not the importer's).

SQLite by default, in a new file in a temporary folder (a SQLite DATABASE_URL is not
used). With a PostgreSQL DATABASE_URL, only its server and login are used: the benchmark
creates the database `amity_bench_iati` there (dropping any left by an earlier run) and
drops it at the end. `--keep` keeps either database.
"""

import argparse
import datetime
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchdb import create_database  # noqa: E402 (bench/ is the script's folder)
from results import figure, write_json  # noqa: E402

CORPUS = ROOT.parent / "shared" / "iati" / "bench" / "dportal_13200_activities.xml.gz"
BENCH_DATABASE = "amity_bench_iati"
UNION_SLUG = "bench"
QUICK_LIMIT = 300
RATE_YEARS = range(1990, 2027)
RATE = 20000  # VND per unit, whatever the currency: any positive rate converts
PHASES = ("baseline", "trial", "import", "reimport", "reread")
TARGETS = {"import/baseline": 0.33, "reimport/import": 5.0, "peak_mb": 200}
PROFILE_ENTRIES = 25


# The database ---------------------------------------------------------------------


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()


# The file -------------------------------------------------------------------------


def activities(path: Path):
    """Each <iati-activity> of the (gzip or plain) file, cleared once the caller is done."""
    from lxml import etree

    with open_xml(path) as stream:
        for _event, elem in etree.iterparse(stream, events=("end",), tag="iati-activity"):
            yield elem
            elem.clear()
            while elem.getprevious() is not None:
                del elem.getparent()[0]


def open_xml(path: Path):
    with open(path, "rb") as f:
        gzipped = f.read(2) == b"\x1f\x8b"
    return gzip.open(path, "rb") if gzipped else open(path, "rb")  # noqa: SIM115


def write_slice(source: Path, target: Path, limit: int) -> int:
    """The first `limit` activities of `source` into `target` (.xml.gz), streamed, under
    a copy of the source's root element. Returns how many were written."""
    from lxml import etree

    written = 0
    with gzip.open(target, "wb") as out, etree.xmlfile(out, encoding="UTF-8") as xf:
        xf.write_declaration()
        root = None
        for elem in activities(source):
            if root is None:
                parent = elem.getparent()
                if parent is None:  # a bare <iati-activity>: the file is that one
                    xf.write(elem, with_tail=False)
                    return 1
                root = xf.element(parent.tag, dict(parent.attrib), nsmap=parent.nsmap)
                root.__enter__()
            xf.write(elem, with_tail=False)
            xf.write("\n")
            written += 1
            if written >= limit:
                break
        if root is not None:
            root.__exit__(None, None, None)
    return written


# The phases (each in its own process) ------------------------------------------------


def phase_setup(path: Path) -> dict:
    """Migrate and load what an import needs: codelists, units, the union, the rates."""
    setup_django()
    from django.core.management import call_command

    from amity.codelists.models import Currency
    from amity.codelists.services import codelists_load
    from amity.finance.models import ExchangeRate
    from amity.geo.models import AdministrativeUnit
    from amity.geo.services import admin_units_load
    from amity.tenancy.services import union_upsert

    began = time.perf_counter()
    call_command("migrate", verbosity=0)
    codelists_load()
    admin_units_load()
    union_upsert(
        actor=None,
        slug=UNION_SLUG,
        province=AdministrativeUnit.objects.get(structure="2025", code="01"),
        is_national=True,
        name="Bench",
    )
    codes = Counter()
    for elem in activities(path):
        default = (elem.get("default-currency") or "").strip().upper()
        if default:
            codes[default] += 1
        for value in elem.iterfind("transaction/value"):
            code = (value.get("currency") or "").strip().upper()
            if code:
                codes[code] += 1
    known = set(Currency.objects.filter(code__in=codes).values_list("code", flat=True))
    known.discard("VND")  # dong need no rate
    ExchangeRate.objects.bulk_create(
        ExchangeRate(
            currency_id=code,
            date=datetime.date(year, 1, 1),
            vnd_per_unit=RATE,
            source="bench",
        )
        for code in sorted(known)
        for year in RATE_YEARS
    )
    return {
        "seconds": time.perf_counter() - began,
        "currencies": len(codes),
        "rated": len(known),
        "unknown": sorted(set(codes) - known - {"VND"}),
    }


def phase_baseline(path: Path) -> dict:
    """The parse floor: identifier, title and transactions of every activity."""
    began = time.perf_counter()
    n_activities = n_identified = n_transactions = 0
    for elem in activities(path):
        identifier = (elem.findtext("iati-identifier") or "").strip()
        title = elem.find("title")
        if title is not None:
            narrative = title.find("narrative")
            title = (narrative if narrative is not None else title).text
        rows = []
        for tx in elem.iterfind("transaction"):
            kind = tx.find("transaction-type")
            value = tx.find("value")
            day = tx.find("transaction-date")
            rows.append(
                (
                    kind.get("code") if kind is not None else None,
                    value.text if value is not None else None,
                    value.get("currency") if value is not None else None,
                    (value.get("value-date") if value is not None else None)
                    or (day.get("iso-date") if day is not None else None),
                )
            )
        n_activities += 1
        n_identified += bool(identifier and title)
        n_transactions += len(rows)
    return {
        "seconds": time.perf_counter() - began,
        "activities": n_activities,
        "identified": n_identified,
        "transactions": n_transactions,
    }


def phase_import(path: Path, profile: bool, parallel: bool, dry_run: bool = False, touch=False):
    setup_django()
    from django.db import connection

    from amity.iati.services import iati_import
    from amity.tenancy.models import Union

    union = Union.objects.get(slug=UNION_SLUG)
    if touch:
        # A change where the import looks (a rate nothing uses, saved by its service): the
        # same file is then read again, each unchanged activity skipped by its digest.
        from amity.finance.models import ExchangeRate
        from amity.finance.services import rate_save

        rate_save(
            actor=None,
            rate=ExchangeRate(
                currency_id="JPY", date=datetime.date(1900, 1, 1), vnd_per_unit=1, source="bench"
            ),
        )
    rss_before = peak_rss_kb()
    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        began = time.perf_counter()
        if profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            record = profiler.runcall(
                iati_import, path, union=union, dry_run=dry_run, parallel=parallel
            )
            seconds = time.perf_counter() - began
            stats = pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative")
            stats.print_stats(PROFILE_ENTRIES)
            stats.print_stats(r"/amity/", PROFILE_ENTRIES)  # the project's own functions
            stats.sort_stats("tottime").print_stats(PROFILE_ENTRIES)
            if os.environ.get("PROFILE_CALLERS"):
                stats.print_callers(os.environ["PROFILE_CALLERS"])
        else:
            record = iati_import(path, union=union, dry_run=dry_run, parallel=parallel)
            seconds = time.perf_counter() - began
    fields = Counter(problem.get("field") or "" for problem in record.problems)
    return {
        "seconds": seconds,
        "activities": record.activities,
        "outcome": record.outcome,
        "created": record.created,
        "updated": record.updated,
        "unchanged": record.unchanged,
        "skipped": record.skipped,
        "problems": len(record.problems),
        "same_file": record.same_as_id is not None,
        "problem_fields": dict(fields.most_common(6)),
        "queries": queries,
        "rss_before_kb": rss_before,
    }


def peak_rss_kb() -> int:
    """The phase's own peak resident set, plus that of the reading process it forked
    (if any), counted in full although the two share the pages they had at the fork:
    an upper bound, shown beside the sampled PSS."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    return own + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def child(name: str, path: Path, profile: bool, parallel: bool) -> None:
    if name == "setup":
        result = phase_setup(path)
    elif name == "baseline":
        result = phase_baseline(path)
    else:
        result = phase_import(
            path, profile, parallel, dry_run=name == "trial", touch=name == "reread"
        )
    result.update(phase=name, peak_rss_kb=peak_rss_kb())
    print(json.dumps(result))


# The run ---------------------------------------------------------------------------


def run_phase(name: str, path: Path, profile: bool = False, parallel: bool = True) -> dict | None:
    command = [sys.executable, __file__, "--phase", name, "--file", str(path)]
    if not parallel:
        command.append("--one-process")
    if profile:
        command.append("--profile")
    with subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as phase:
        sampler = PssSampler(phase.pid)
        sampler.start()
        stdout, stderr = phase.communicate()
        sampler.join()
    if profile and stderr:
        print(stderr)
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    if phase.returncode or not lines:
        print(f"\nphase {name} failed (exit status {phase.returncode}):", file=sys.stderr)
        print((stdout + stderr)[-4000:], file=sys.stderr)
        return None
    result = json.loads(lines[-1])
    result["peak_pss_kb"] = sampler.peak_kb
    return result


class PssSampler(threading.Thread):
    """The peak of a process's and its children's memory together, by their
    proportional set size (Linux's /proc/PID/smaps_rollup), sampled every 20 ms.
    Unlike the resident sets, which count a page the importer and its reading process
    share once for each, PSS splits a shared page between them, so the sum is the
    memory the phase really takes. 0 where /proc has no such file."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kb = pid, 0

    def run(self) -> None:
        while True:
            pids = [self.pid, *self.children()]
            sizes = [self.pss_kb(pid) for pid in pids]
            if sizes[0] is None:  # the phase has ended
                return
            self.peak_kb = max(self.peak_kb, sum(size or 0 for size in sizes))
            time.sleep(0.02)

    def children(self) -> list[int]:
        try:
            found = Path(f"/proc/{self.pid}/task/{self.pid}/children").read_text()
            return [int(pid) for pid in found.split()]
        except OSError:
            return []

    @staticmethod
    def pss_kb(pid: int) -> int | None:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    return int(line.split()[1])
        except (OSError, ValueError):
            return None
        return None


def peak_kb(result: dict) -> int:
    """The phase's peak memory: sampled PSS where Linux gives it, else the resident sets."""
    return result.get("peak_pss_kb") or result["peak_rss_kb"]


def mb(kb: int) -> float:
    return kb / 1024


def speed(result: dict) -> float:
    return result["activities"] / result["seconds"] if result["seconds"] else float("inf")


def report(results: dict[str, dict]) -> list[dict]:
    """Prints the phases and the ratios; returns the figures (for --json)."""
    print(
        f"\n{'phase':<9} {'activities':>10} {'seconds':>9} {'activities/s':>13} {'peak MB':>8} "
        f"{'RSS MB':>8}"
    )
    for name in PHASES:
        r = results[name]
        print(
            f"{name:<9} {r['activities']:10,} {r['seconds']:9.2f} {speed(r):13,.1f} "
            f"{mb(peak_kb(r)):8.1f} {mb(r['peak_rss_kb']):8.1f}"
        )
    base = results["baseline"]
    print(f"\nbaseline: {base['transactions']:,} transactions read")
    for name in ("trial", "import", "reimport", "reread"):
        r = results[name]
        print(
            f"{name}: outcome {r['outcome']}, {r['created']:,} created, {r['updated']:,} "
            f"updated, {r['unchanged']:,} unchanged, {r['skipped']:,} skipped, "
            f"{r['problems']:,} problems; {r['queries']:,} SQL queries "
            f"({r['queries'] / max(r['activities'], 1):.1f} an activity); "
            f"{mb(r['rss_before_kb']):.1f} MB before importing"
            + ("; the file known by its bytes, not read again" if r.get("same_file") else "")
        )
        if r["problem_fields"]:
            fields = ", ".join(f"{k or '?'} {v:,}" for k, v in r["problem_fields"].items())
            print(f"  problems by field: {fields}")

    imported, again = results["import"], results["reimport"]
    first = speed(imported) / speed(base)
    second = speed(again) / speed(imported)
    ceiling = speed(results["trial"]) / speed(base)
    peak = mb(peak_kb(imported))
    print()
    print(
        f"import/baseline speed ratio {first:.3f} (target ≥ {TARGETS['import/baseline']}: "
        f"{'met' if first >= TARGETS['import/baseline'] else 'not met'})"
    )
    print(
        f"trial/baseline speed ratio {ceiling:.3f} (reading, mapping and checking, "
        "no writes: the import's ratio can be no better)"
    )
    print(
        f"reimport/import speed ratio {second:.2f} (target ≥ {TARGETS['reimport/import']:g}: "
        f"{'met' if second >= TARGETS['reimport/import'] else 'not met'})"
    )
    print(
        f"reread/import speed ratio {speed(results['reread']) / speed(imported):.2f} (the same "
        "file after a change elsewhere: read again, each unchanged activity skipped)"
    )
    print(
        f"import peak memory {peak:.1f} MB (target < {TARGETS['peak_mb']} MB: "
        f"{'met' if peak < TARGETS['peak_mb'] else 'not met'})"
    )
    per_s = "activities/s"
    return [
        figure("import speed", speed(imported), per_s, "baseline parse", speed(base), first,
               f"≥ {TARGETS['import/baseline']}", first >= TARGETS["import/baseline"]),
        figure("trial run speed", speed(results["trial"]), per_s, "baseline parse",
               speed(base), ceiling),
        figure("re-import speed (same file)", speed(again), per_s, "import", speed(imported),
               second, f"≥ {TARGETS['reimport/import']:g}",
               second >= TARGETS["reimport/import"]),
        figure("re-read speed (after a change)", speed(results["reread"]), per_s, "import",
               speed(imported)),
        figure("import peak memory", peak, "MB", "baseline parse peak", mb(peak_kb(base)),
               target=f"< {TARGETS['peak_mb']} MB", met=peak < TARGETS["peak_mb"]),
    ]  # fmt: skip


def run(args: argparse.Namespace) -> int:
    source = Path(args.file) if args.file else CORPUS
    if not source.is_file():
        print(
            f"The IATI benchmark corpus is not at {source}: give one with --file PATH "
            "(see ../shared/iati/README.md).",
            file=sys.stderr,
        )
        return 2
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    scratch = Path(tempfile.mkdtemp(prefix="amity-bench-iati-"))
    drop = None
    try:
        path = source
        if args.limit:
            began = time.perf_counter()
            path = scratch / f"first_{args.limit}_activities.xml.gz"
            n = write_slice(source, path, args.limit)
            print(
                f"sliced the first {n:,} activities of {source.name} into {path} "
                f"({path.stat().st_size / 1e6:.1f} MB gzipped) in "
                f"{time.perf_counter() - began:.1f} s"
            )
        drop = create_database(os.environ.get("DATABASE_URL"), args.keep, BENCH_DATABASE)
        vendor = "postgresql" if os.environ["DATABASE_URL"].startswith("postgres") else "sqlite"
        setup = run_phase("setup", path)
        if setup is None:
            return 1
        print(
            f"set up in {setup['seconds']:.1f} s ({vendor}, "
            f"{os.environ['DJANGO_SETTINGS_MODULE']}): rates for {setup['rated']} of "
            f"{setup['currencies']} currencies in the file, {RATE_YEARS[0]}–{RATE_YEARS[-1]}"
            + (f"; unknown to Amity: {', '.join(setup['unknown'])}" if setup["unknown"] else "")
        )
        if args.profile:
            return 0 if run_phase("import", path, True, not args.one_process) else 1
        results = {}
        for name in PHASES:
            result = run_phase(name, path, parallel=not args.one_process)
            if result is None:
                return 1
            results[name] = result
            print(
                f"{name}: {result['activities']:,} activities in {result['seconds']:.2f} s, "
                f"{mb(peak_kb(result)):.1f} MB peak",
                flush=True,
            )
        write_json(
            args.json,
            "iati_import",
            report(results),
            database=vendor,
            settings=f"{results['baseline']['activities']:,} activities of {source.name}",
        )
        return 0
    finally:
        if drop is not None:
            drop()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", help=f"the activity file (default: {CORPUS})")
    parser.add_argument("--limit", type=int, help="only the first N activities of the file")
    parser.add_argument(
        "--quick", action="store_true", help=f"= --limit {QUICK_LIMIT} (a smoke test)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--profile", action="store_true", help="only the import, under cProfile (to stderr)"
    )
    parser.add_argument(
        "--one-process",
        action="store_true",
        help="read the file in the importing process, not in a second one (import_iati "
        "--no-parallel)",
    )
    parser.add_argument("--json", metavar="PATH", help="also write the figures there (make bench)")
    parser.add_argument("--phase", choices=("setup", *PHASES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        child(args.phase, Path(args.file), args.profile, not args.one_process)
        sys.exit(0)
    if args.quick and not args.limit:
        args.limit = QUICK_LIMIT
    sys.exit(run(args))
