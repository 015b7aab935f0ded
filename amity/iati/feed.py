"""The activities of a file, read and mapped to plain data, for the importer: in the
importer's own process, or in a second one that reads ahead while the importer writes.

Reading and mapping need no database, only the file and what the importer knows before
it starts (the digests of the activities it already has, the codes Amity knows), so a
forked child can do them while its parent writes what came before. On two cores that
takes the reading off the import's time; the entries, and every fault, are the same
either way (tested). The child hands its entries over in batches through a pipe, whose
bounded buffer keeps it at most a batch or two ahead: its memory stays that of a batch.

The second process is used only where forking is safe and worth it: a file on disk (a
file object's offset would be shared with the child), a process with no other thread
(forking one that has some can deadlock the child), and a system that forks."""

import gc
import multiprocessing
import queue
import threading
import traceback
from collections.abc import Iterator
from dataclasses import dataclass

from amity.core.collector import young_collected

from .activity import ActivityData, parse_activity
from .reader import IatiFileError, Limits, RawActivity, read_activities

FEED_BATCH = 50  # entries a message from the child
FEED_AHEAD = 8  # messages taken off the pipe before the importer asks for them


@dataclass(frozen=True)
class Unchanged:
    """An activity whose bytes are those last imported: only what the importer still
    does with it (its parent link) is read."""

    identifier: str
    parent_ref: str
    line: int


@dataclass
class Entry:
    """One activity of the file in order: `activity` mapped, or `unchanged`."""

    index: int  # 0-based position in the file
    offset: int  # bytes of the stored file read so far (the progress bar's)
    activity: ActivityData | None = None
    unchanged: Unchanged | None = None


def entries(
    source,
    limits: Limits,
    *,
    digests: dict[str, str],
    sectors=frozenset(),
    currencies=frozenset(),
    parallel: bool = False,
) -> Iterator[Entry]:
    """Each activity of `source` as an Entry, in file order; an IatiFileError once the
    file turns out unreadable (after the entries read before the fault). `digests` are
    the stored activities' digests by identifier. With `parallel`, a second process
    reads where that is safe (see the module's note)."""
    if parallel and can_read_aside(source):
        return _entries_aside(source, limits, digests, sectors, currencies)
    return _entries(source, limits, digests, sectors, currencies)


def can_read_aside(source) -> bool:
    return (isinstance(source, str | bytes) or hasattr(source, "__fspath__")) and _forking_is_safe()


def _forking_is_safe() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _entries(source, limits, digests, sectors, currencies) -> Iterator[Entry]:
    seen: set[str] = set()  # identifiers met so far: a repeated one is never "unchanged"
    for raw in read_activities(source, limits):
        unchanged = _unchanged(raw, digests, seen)
        if unchanged is not None:
            yield Entry(raw.index, raw.offset, unchanged=unchanged)
            continue
        activity = parse_activity(raw, sectors, currencies)
        if activity.identifier:
            seen.add(activity.identifier)
        yield Entry(raw.index, raw.offset, activity=activity)


def _unchanged(raw: RawActivity, digests: dict[str, str], seen: set[str]) -> Unchanged | None:
    """The activity, if its bytes are those last imported (and its identifier is not
    met twice); otherwise None, for it to be read in full."""
    identifier = (raw.element.findtext("iati-identifier") or "").strip()
    if digests.get(identifier) != raw.digest or identifier in seen:
        return None
    seen.add(identifier)
    parent = raw.element.find("related-activity[@type='1']")
    parent_ref = (parent.get("ref") or "").strip() if parent is not None else ""
    return Unchanged(identifier, parent_ref, raw.line)


# The second process -----------------------------------------------------------------

_BATCH, _END, _FILE_ERROR, _CRASH, _GONE = "batch", "end", "file-error", "crash", "gone"


def _entries_aside(source, limits, digests, sectors, currencies) -> Iterator[Entry]:
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(
        target=_read_aside,
        args=(receiving, sending, source, limits, digests, sectors, currencies),
        name="amity-iati-reader",
        daemon=True,  # never outlives the importer
    )
    # Left to the collector, the child would walk, and so copy, every page of objects it
    # shares with the importer: frozen, they are neither walked nor copied (gc.freeze's
    # purpose). They thaw once the child is gone, where thawing copies nothing.
    gc.freeze()
    try:
        child.start()
    except BaseException:
        gc.unfreeze()
        raise
    sending.close()  # the child's end: the parent sees EOF if the child dies
    # A thread takes the child's messages off the pipe as they come: the pipe alone holds
    # less than a message, so the child would otherwise wait for the importer to ask.
    inbox: queue.Queue = queue.Queue(maxsize=FEED_AHEAD)
    stop = threading.Event()
    taker = threading.Thread(
        target=_take, args=(receiving, inbox, stop), name="amity-iati-feed", daemon=True
    )
    taker.start()
    try:
        while True:
            kind, payload = inbox.get()
            if kind == _BATCH:
                yield from payload
            elif kind == _END:
                return
            elif kind == _FILE_ERROR:
                raise IatiFileError(*payload)
            elif kind == _GONE:
                raise RuntimeError(
                    f"the IATI reading process ended without a word (exit code {child.exitcode})"
                )
            else:
                raise RuntimeError(f"the IATI reading process failed:\n{payload}")
    finally:
        # Also when the importer stops early (an interruption, a fault of its own).
        stop.set()
        if child.is_alive():
            child.terminate()
        child.join()
        gc.unfreeze()
        taker.join()
        receiving.close()


def _take(receiving, inbox: queue.Queue, stop: threading.Event) -> None:
    """The parent's thread: the child's messages into `inbox`, until the last one."""
    kind = None
    while kind not in (_END, _FILE_ERROR, _CRASH, _GONE) and not stop.is_set():
        try:
            message = receiving.recv()
        except (EOFError, OSError):
            message = (_GONE, None)
        kind = message[0]
        while not stop.is_set():
            try:
                inbox.put(message, timeout=0.1)
                break
            except queue.Full:
                continue


def _read_aside(receiving, sending, source, limits, digests, sectors, currencies) -> None:
    """The child: read, map, send by batches, then say how it ended."""
    # Its copy of the importer's end, closed: were the importer killed, a send would
    # otherwise wait forever for a reader, the child itself.
    receiving.close()
    batch: list[Entry] = []
    try:
        for entry in _entries(source, limits, digests, sectors, currencies):
            batch.append(entry)
            if len(batch) == FEED_BATCH:
                sending.send((_BATCH, batch))
                batch = []
                young_collected()  # a no-op unless the importer paused the collector
        sending.send((_BATCH, batch))
        sending.send((_END, None))
    except IatiFileError as error:
        sending.send((_BATCH, batch))
        sending.send((_FILE_ERROR, (error.message, error.line)))
    except (BrokenPipeError, KeyboardInterrupt):
        pass  # the importer stopped reading: nothing to say to it
    except Exception:
        sending.send((_CRASH, traceback.format_exc()))
    finally:
        sending.close()
