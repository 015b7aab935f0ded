"""The portal load benchmark still runs: it builds its portal, gunicorn serves it, and
every request answers with the whole page (a failed request makes it exit with 1)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[3] / "bench" / "portal_load.py"


@pytest.mark.one_suite("sqlite")  # a benchmark's smoke run, on a SQLite database of its own
def test_the_portal_load_benchmark_runs_without_a_failed_request():
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    result = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--articles", "5"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:] + result.stdout[-2000:]
    assert "article/static throughput ratio" in result.stdout
    assert "SQL queries" in result.stdout
