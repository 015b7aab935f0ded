"""The totals benchmark still runs and its two sides still agree (on a small load)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[3] / "bench" / "totals.py"


@pytest.mark.one_suite("sqlite")  # a benchmark's smoke run, on a SQLite database of its own
def test_the_totals_benchmark_runs_and_agrees_with_plain_sql():
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
    for grouping in ("union", "kind", "sector"):
        assert f"totals by {grouping}" in result.stdout
