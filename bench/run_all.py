"""`make bench`: every benchmark of bench/, one after the other, each writing its figures
(`--json`), then bench/RESULTS.md: per benchmark a table of each figure beside the
baseline measured in the same run and their ratio, the targets the issues set, and the
machine it ran on.

    .venv/bin/python bench/run_all.py [--only NAME ...] [--output bench/RESULTS.md]

The load test runs on SQLite and, when a PostgreSQL server answers at BENCH_POSTGRES
(default postgres://postgres@127.0.0.1:5432/postgres; it creates and drops its own
database there), on PostgreSQL too. A benchmark whose input is missing (the IATI corpus
of ../shared/iati/bench/, a PostgreSQL server) is skipped with its reason, in the
output and in RESULTS.md. Exits with status 1 if any benchmark failed.
"""

import argparse
import datetime
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
CORPUS = ROOT.parent / "shared" / "iati" / "bench" / "dportal_13200_activities.xml.gz"
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432/postgres")
TAIL = 1500  # characters of a failed benchmark's output kept in RESULTS.md

# name: (title, script and its arguments, on PostgreSQL?, what it needs)
BENCHMARKS = {
    "totals": (
        "Yearly totals (finance.selectors.totals_by) against plain SQL",
        ["totals.py", "--transactions", "100000", "--repeat", "3"],
        False,
    ),
    "reports": (
        "The national annual report against hand-written SQL",
        ["reports.py", "--transactions", "100000", "--repeat", "3"],
        False,
    ),
    "iati_import": (
        "The IATI import against a bare lxml parse of the same file",
        ["iati_import.py"],
        False,
    ),
    "portal_load": (
        "The portal's article page under gunicorn against a static file",
        ["portal_load.py", "--duration", "10"],
        False,
    ),
    "load_sqlite": (
        "Mixed load (readers, API clients, staff saving) on the demo, SQLite",
        ["load.py", "--duration", "15", "--users", "12"],
        False,
    ),
    "load_postgresql": (
        "Mixed load (readers, API clients, staff saving) on the demo, PostgreSQL",
        ["load.py", "--duration", "15", "--users", "12"],
        True,
    ),
}


def postgres_version() -> str | None:
    """The server's version at POSTGRES, or None if none answers."""
    try:
        import psycopg

        with psycopg.connect(POSTGRES, connect_timeout=5) as conn:
            return conn.execute("SHOW server_version").fetchone()[0]
    except Exception:  # noqa: BLE001 (any failure: no server to run on)
        return None


def machine(postgres: str | None) -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or cpu
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    system = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                system = f"{line.split('=', 1)[1].strip('"')} (Linux {platform.release()})"
    except OSError:
        pass
    load = ", ".join(f"{n:.2f}" for n in os.getloadavg()) if hasattr(os, "getloadavg") else ""
    return {
        "CPU": f"{cpu} × {os.cpu_count()}",
        "Memory": memory,
        "OS": system,
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "PostgreSQL": postgres or "no server answered at BENCH_POSTGRES",
        "Load average at the start (1, 5, 15 min)": load,
    }


def skip_reason(name: str, on_postgres: bool, postgres: str | None) -> str | None:
    if name == "iati_import" and not CORPUS.is_file():
        return f"the IATI corpus is not at {CORPUS}"
    if on_postgres and postgres is None:
        return f"no PostgreSQL server answered at {POSTGRES}"
    return None


def run_one(name: str, script: list[str], on_postgres: bool, folder: Path) -> dict:
    out = folder / f"{name}.json"
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    if on_postgres:
        env["DATABASE_URL"] = POSTGRES
    command = [sys.executable, str(BENCH / script[0]), *script[1:], "--json", str(out)]
    print(f"\n== {name}: {' '.join(command[1:])}", flush=True)
    began = time.perf_counter()
    lines = []
    with subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        for line in process.stdout:
            print(line, end="", flush=True)
            lines.append(line)
    seconds = time.perf_counter() - began
    found = {"name": name, "seconds": seconds, "status": process.returncode}
    if out.is_file():
        found.update(json.loads(out.read_text()))
    found["tail"] = "".join(lines)[-TAIL:]
    return found


def number(value, unit: str = "") -> str:
    if value is None or value != value:  # None or nan
        return "–"
    text = f"{value:,.1f}" if abs(value) >= 10 else f"{value:,.3g}"
    return f"{text} {unit}".strip()


def markdown(results: list[dict], about: dict[str, str], started: datetime.datetime) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` (bench/run_all.py) on {started:%Y-%m-%d %H:%M} UTC. Each "
        "figure is set beside the baseline the same benchmark measured in the same run, on "
        "the same machine; the ratio is figure / baseline. For times and latencies lower "
        "is better (1.0 = as fast as the baseline); for speeds and throughputs higher is "
        "better (1.0 = as fast as the baseline).",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *(f"| {key} | {value} |" for key, value in about.items()),
        "",
        "The machine is shared: other processes ran beside the benchmarks, so absolute "
        "figures vary from run to run more than the ratios do.",
    ]
    for result in results:
        title = BENCHMARKS[result["name"]][0]
        lines += ["", f"## {result['name']}: {title}", ""]
        if "skipped" in result:
            lines.append(f"Skipped: {result['skipped']}.")
            continue
        details = [f"{result['seconds']:.0f} s"]
        if result.get("database"):
            details.append(result["database"])
        if result.get("settings"):
            details.append(result["settings"])
        lines.append(f"`{' '.join(result['command'])}` — " + "; ".join(details) + ".")
        if result["status"]:
            lines += ["", f"**Failed** (exit status {result['status']}). The end of its output:"]
            lines += ["", "```", result["tail"].rstrip(), "```"]
        figures = result.get("figures") or []
        if not figures:
            continue
        lines += [
            "",
            "| Figure | Value | Baseline | Baseline value | Ratio | Target |",
            "|---|---:|---|---:|---:|---|",
        ]
        for f in figures:
            target = ""
            if f.get("target"):
                target = f"{f['target']}: {'met' if f.get('met') else '**not met**'}"
            ratio = "–" if f["ratio"] is None else f"{f['ratio']:.3f}"
            lines.append(
                f"| {f['name']} | {number(f['value'], f['unit'])} | {f['baseline']} | "
                f"{number(f['baseline_value'], f['unit'])} | {ratio} | {target} |"
            )
        if result["name"].startswith("load") and result.get("kinds"):
            lines += [
                "",
                "| Kind of user | req/s | p50 ms | p95 ms | p99 ms |",
                "|---|---:|---:|---:|---:|",
            ]
            for kind, row in result["kinds"].items():
                lines.append(
                    f"| {kind} | {row['rate']:.1f} | {row['p50'] * 1000:.1f} | "
                    f"{row['p95'] * 1000:.1f} | {row['p99'] * 1000:.1f} |"
                )
            lines += [
                "",
                f"{result['requests']:,} requests in the mixed phase, {result['failed']:,} "
                f"failed; {result['refused']:,} staff saves refused (409) because another "
                f"save of the item came first; the load client used "
                f"{result['client_cpu']:.0%} of one core.",
            ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, help="only these benchmarks")
    parser.add_argument("--output", default=str(BENCH / "RESULTS.md"))
    args = parser.parse_args()
    started = datetime.datetime.now(datetime.UTC)
    postgres = postgres_version()
    about = machine(postgres)
    results = []
    with tempfile.TemporaryDirectory(prefix="amity-bench-all-") as folder:
        for name, (_title, script, on_postgres) in BENCHMARKS.items():
            if args.only and name not in args.only:
                continue
            reason = skip_reason(name, on_postgres, postgres)
            if reason:
                print(f"\n== {name}: skipped, {reason}", flush=True)
                results.append({"name": name, "skipped": reason})
                continue
            result = run_one(name, script, on_postgres, Path(folder))
            result["command"] = ["bench/" + script[0], *script[1:]]
            results.append(result)
            Path(args.output).write_text(markdown(results, about, started))  # so far
    about["Date"] = (
        f"{started:%Y-%m-%d %H:%M} UTC, {time.time() - started.timestamp():.0f} s in all"
    )
    Path(args.output).write_text(markdown(results, about, started))
    print(f"\nwrote {args.output}")
    failed = [r["name"] for r in results if r.get("status")]
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
