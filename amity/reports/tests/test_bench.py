"""The reports benchmark still runs and the report still agrees with plain SQL (on a
small load; a mismatch makes the benchmark exit with an error listing it)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[3] / "bench" / "reports.py"


@pytest.mark.one_suite("sqlite")  # a benchmark's smoke run, on a SQLite database of its own
def test_the_reports_benchmark_runs_and_agrees_with_plain_sql():
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    result = subprocess.run(
        [sys.executable, str(BENCH), "--transactions", "2000", "--repeat", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "ratio" in result.stdout.lower()
