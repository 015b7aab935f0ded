"""The mixed load test (bench/load.py) still runs, briefly: it sets up the demo on
SQLite, gunicorn serves it, portal readers, API clients and staff saving aid items all
get answers, none of them an error (any failed request makes it exit with 1), and it
reports its figures as `make bench` reads them."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[3] / "bench" / "load.py"


@pytest.mark.one_suite("sqlite")  # a benchmark's smoke run, on a SQLite database of its own
def test_the_load_test_runs_its_smoke_run_without_a_failed_request(tmp_path):
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    out = tmp_path / "load.json"
    result = subprocess.run(
        [sys.executable, str(BENCH), "--smoke", "--json", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,  # the set-up (migrate, demo) takes most of it
    )
    assert result.returncode == 0, result.stderr[-3000:] + result.stdout[-3000:]
    assert "mixed/static throughput ratio" in result.stdout
    for label in ("static file (baseline)", "portal readers", "mixed load (all)"):
        assert label in result.stdout
    figures = json.loads(out.read_text())
    assert figures["benchmark"] == "load" and figures["database"] == "sqlite"
    assert figures["failed"] == 0 and figures["requests"] > 0
    names = {f["name"]: f for f in figures["figures"]}
    throughput = names["mixed load throughput"]
    assert throughput["unit"] == "req/s" and throughput["baseline"] == "static file"
    assert throughput["value"] > 0 and throughput["baseline_value"] > 0
    assert throughput["ratio"] == throughput["value"] / throughput["baseline_value"]
    for q in ("p50", "p95", "p99"):
        assert names[f"mixed load {q} latency"]["value"] > 0
    assert set(figures["kinds"]) <= {"reader", "api", "staff"} and figures["kinds"]
