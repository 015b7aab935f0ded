"""The IATI import benchmark still runs (on its first 100 activities) and reports its
ratios. Skipped where ../shared, which holds the benchmark corpus, is absent."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
BENCH = REPO / "bench" / "iati_import.py"
CORPUS = REPO.parent / "shared" / "iati" / "bench" / "dportal_13200_activities.xml.gz"


@pytest.mark.one_suite("sqlite")  # a benchmark's smoke run, on a SQLite database of its own
@pytest.mark.skipif(not CORPUS.is_file(), reason=f"the IATI benchmark corpus is not at {CORPUS}")
def test_the_iati_import_benchmark_runs_and_reports_its_ratios():
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    result = subprocess.run(
        [sys.executable, str(BENCH), "--limit", "100"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "import/baseline speed ratio" in result.stdout
    assert "reimport/import speed ratio" in result.stdout
    assert "trial/baseline speed ratio" in result.stdout
    assert "reread/import speed ratio" in result.stdout
    assert "the file known by its bytes, not read again" in result.stdout
    assert "trial: outcome done, 100 created" in result.stdout
    assert "import peak memory" in result.stdout
