"""Telling an import that still runs from one whose process ended without a word (killed,
a machine that stopped): the second stays "running" in its record, since nothing of it
was left to say otherwise. Its activities were never kept (the import is one
transaction); only the record has to be told.

PostgreSQL: a running import holds a session advisory lock on its record's key, which
the server drops with the connection, however the process ended; a record whose lock
can be taken has nobody behind it. SQLite: an import holds the database's one write lock
(an IMMEDIATE transaction) for as long as it writes; whoever holds that lock knows that
no import is writing, so every record still "running" is one that stopped."""

import contextlib

from django.db import OperationalError, connection, transaction
from django.utils import timezone

from .models import IatiImport, ImportOutcome

# The first key of the advisory locks of IATI imports (the record's pk is the second).
LOCK_SPACE = 0x1A71


@contextlib.contextmanager
def held_while_running(record: IatiImport):
    """Mark `record` (saved) as running here for as long as the block lasts."""
    if record.pk is None or connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s, %s)", [LOCK_SPACE, record.pk])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [LOCK_SPACE, record.pk])


def stopped_imports_marked(union) -> int:
    """Mark the union's imports still "running" that nobody runs any more as
    interrupted; how many."""
    running = list(
        IatiImport.objects.filter(
            union=union, outcome=ImportOutcome.RUNNING, dry_run=False
        ).values_list("pk", flat=True)
    )
    if not running:
        return 0
    if connection.vendor == "postgresql":
        return _interrupted([pk for pk in running if _nobody_holds(pk)])
    # IMMEDIATE: taken once no import writes (one that was writing is done by then, and
    # no longer "running"), or refused, as the import that asks would be.
    with transaction.atomic():
        return _interrupted(running)


def ended_unsaid(records) -> set[int]:
    """The keys of those of `records` still "running" that nobody runs any more, found
    without writing anything, for the pages that show imports (the union's next import
    marks them): on PostgreSQL by their locks; on SQLite all of them when the write lock
    is free, since no import writes then, and none when it is taken or cannot be tried
    here (inside a transaction): they may still be running."""
    running = [r.pk for r in records if r.outcome == ImportOutcome.RUNNING and not r.dry_run]
    if not running:
        return set()
    if connection.vendor == "postgresql":
        return {pk for pk in running if _nobody_holds(pk)}
    return set(running) if _write_lock_free() else set()


def mark_ended(records) -> None:
    """Set `ended_unsaid` on each of `records`: whether it is one of those (see
    `ended_unsaid`), for the pages and the API to say so while the record says running."""
    ended = ended_unsaid(records)
    for record in records:
        record.ended_unsaid = record.pk in ended


def _write_lock_free() -> bool:
    """SQLite: whether the write lock can be taken at once (then given back untouched)."""
    if connection.in_atomic_block:
        return False
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        (timeout,) = cursor.fetchone()
        cursor.execute("PRAGMA busy_timeout = 0")  # ask, do not wait
        try:
            cursor.execute("BEGIN IMMEDIATE")
        except OperationalError:
            return False
        else:
            cursor.execute("ROLLBACK")
            return True
        finally:
            cursor.execute(f"PRAGMA busy_timeout = {int(timeout)}")


def _nobody_holds(pk: int) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [LOCK_SPACE, pk])
        (taken,) = cursor.fetchone()
        if taken:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [LOCK_SPACE, pk])
    return taken


def _interrupted(pks: list[int]) -> int:
    if not pks:
        return 0
    return IatiImport.objects.filter(pk__in=pks, outcome=ImportOutcome.RUNNING).update(
        outcome=ImportOutcome.INTERRUPTED, finished_at=timezone.now()
    )
