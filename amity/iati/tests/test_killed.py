"""An import killed outright (SIGKILL, no clean-up of any kind) in the middle of a large
file leaves no half-written activity, its reading process does not linger, and the
next run imports the whole file. The import runs as the command, in a process of its
own, on a database of its own (a SQLite file, or a PostgreSQL database beside the
tests'), so that killing it touches nothing of the test run."""

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from amity.testing import OWN_DATABASE_SETUP, REPO, python

from .test_import import activity_xml

ACTIVITIES = 6000  # long enough to be killed half-way on any machine
KILL_AFTER = 100  # activities written, as the progress bar says

COUNT = """
from amity.aid.models import AidItem
from amity.finance.models import Transaction
from amity.history.models import Change
from amity.registry.models import Organization
print(AidItem.objects.count(), Transaction.objects.count(), Organization.objects.count(),
      Change.objects.filter(via__startswith="IATI").count())
"""
OUTCOMES = """
from amity.iati.models import IatiImport
print(*IatiImport.objects.order_by("pk").values_list("outcome", flat=True))
"""


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
    python(env, OWN_DATABASE_SETUP)
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
    # Killed once it has written some batches (the bar counts activities by fifties),
    # well before the end of the file.
    seen, readers, done = b"", [], 0
    deadline = time.monotonic() + 120
    while done < KILL_AFTER and time.monotonic() < deadline:
        chunk = importing.stderr.read1(4096)
        if not chunk:
            break
        seen += chunk
        readers = readers or children(importing.pid)
        counts = re.findall(rb"([\d,]+) activities", seen)
        done = int(counts[-1].replace(b",", b"")) if counts else 0
    assert KILL_AFTER <= done < ACTIVITIES and importing.poll() is None, seen[-2000:]
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
    assert python(env, OUTCOMES).split() == ["running"]  # nobody was left to say otherwise
    again = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr[-3000:]
    assert f"{ACTIVITIES} created" in again.stdout, again.stdout[:500]
    items, money, organizations, history = python(env, COUNT).split()
    assert (items, money, organizations) == (str(ACTIVITIES), str(ACTIVITIES), "1")
    assert int(history) > 2 * ACTIVITIES
    # The next run found nobody behind the first: it is said to be interrupted.
    assert python(env, OUTCOMES).split() == ["interrupted", "done"]
