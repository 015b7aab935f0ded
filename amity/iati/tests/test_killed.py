"""An import killed outright (SIGKILL, no clean-up of any kind) in the middle of a large
file leaves no half-written activity, its reading process does not linger, and the
next run imports the whole file. The import runs as the command, in a process of its
own, on a database of its own (a SQLite file, or a PostgreSQL database beside the
tests'), so that killing it touches nothing of the test run."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .test_import import activity_xml

REPO = Path(__file__).resolve().parents[3]
ACTIVITIES = 3000  # long enough to be killed half-way on any machine
KILLED_DATABASE = "amity_test_killed_import"

SETUP = """
import datetime, os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
import django
django.setup()
from django.core.management import call_command
from amity.codelists.services import codelists_load
from amity.finance.models import ExchangeRate
from amity.finance.services import rate_save
from amity.geo.models import AdministrativeUnit
from amity.geo.services import admin_units_load
from amity.tenancy.services import union_upsert
call_command("migrate", verbosity=0)
codelists_load()
admin_units_load()
union_upsert(actor=None, slug="dong-nai", name="Dong Nai",
             province=AdministrativeUnit.objects.get(structure="2025", code="75"))
rate_save(actor=None, rate=ExchangeRate(currency_id="USD", date=datetime.date(2023, 1, 1),
                                        vnd_per_unit=24000, source="test"))
"""

COUNT = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
import django
django.setup()
from amity.aid.models import AidItem
from amity.finance.models import Transaction
from amity.history.models import Change
from amity.registry.models import Organization
print(AidItem.objects.count(), Transaction.objects.count(), Organization.objects.count(),
      Change.objects.filter(via__startswith="IATI").count())
"""


@pytest.fixture
def own_database(tmp_path):
    """Settings for processes of their own: a new SQLite file, or a new PostgreSQL
    database on the tests' server."""
    url = os.environ.get("DATABASE_URL", "")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "AMITY_LANGUAGE": "en"}
    if not url.startswith(("postgres://", "postgresql://")):
        env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'killed.sqlite3'}"
        yield env
        return
    import psycopg

    server = urlsplit(url)
    maintenance = server._replace(path="/postgres").geturl()

    def execute(sql):
        with psycopg.connect(maintenance, autocommit=True) as connection:
            connection.execute(sql)

    execute(f"DROP DATABASE IF EXISTS {KILLED_DATABASE} WITH (FORCE)")
    execute(f"CREATE DATABASE {KILLED_DATABASE}")
    env["DATABASE_URL"] = server._replace(path=f"/{KILLED_DATABASE}").geturl()
    try:
        yield env
    finally:
        execute(f"DROP DATABASE IF EXISTS {KILLED_DATABASE} WITH (FORCE)")


def python(env, code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def children(pid: int) -> list[int]:
    try:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in found.split()]


def alive(pid: int) -> bool:
    """Running, not merely a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc")
def test_an_import_killed_half_way_leaves_nothing_and_the_next_run_does_it_all(
    own_database, tmp_path
):
    env = own_database
    python(env, SETUP)
    big = tmp_path / "big.xml"
    big.write_text(
        '<iati-activities version="2.03">'
        + "".join(activity_xml(f"XM-AMITY-9-{n}") for n in range(ACTIVITIES))
        + "</iati-activities>",
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "amity.cli", "import_iati", str(big), "--union", "dong-nai"]
    importing = subprocess.Popen(
        [*command, "--progress"], cwd=REPO, env=env, stderr=subprocess.PIPE
    )
    # Killed once it has written some batches (the bar counts 50 activities at a time).
    seen, readers = b"", []
    deadline = time.monotonic() + 120
    while b"500 activities" not in seen and time.monotonic() < deadline:
        chunk = importing.stderr.read1(4096)
        if not chunk:
            break
        seen += chunk
        readers = readers or children(importing.pid)
    assert b"500 activities" in seen, seen[-2000:]
    assert readers  # the reading process was there, reading ahead
    os.kill(importing.pid, signal.SIGKILL)
    importing.wait()
    importing.stderr.close()
    # The reading process goes too: it finds nobody at the pipe's other end.
    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in readers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in readers)

    assert python(env, COUNT).split() == ["0", "0", "0", "0"]  # no half-written activity
    again = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr[-3000:]
    assert f"{ACTIVITIES} created" in again.stdout, again.stdout[:500]
    items, money, organizations, history = python(env, COUNT).split()
    assert (items, money, organizations) == (str(ACTIVITIES), str(ACTIVITIES), "1")
    assert int(history) > 2 * ACTIVITIES
