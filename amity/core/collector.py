"""Python's cycle collector paused for bulk jobs (an IATI import), which allocate
millions of small objects that stay alive until their batch is written: the automatic
collector would walk them again and again, finding nothing (an import of the benchmark
corpus leaves some 2,500 unreachable objects in all, against millions allocated), for
several per cent of the job's time. The job collects the young objects itself at its
checkpoints instead (`young_collected`, once a batch), so that what little cyclic
garbage it makes stays bounded by a batch."""

import contextlib
import gc


@contextlib.contextmanager
def collector_paused():
    """The automatic collector off for the block (as it was, after); a process forked
    inside it starts with it off too, and collects at its own checkpoints."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def young_collected() -> None:
    """A checkpoint of a paused job: the cycles among the objects allocated since the
    last one are freed (the youngest generation only: cheap). Nothing when the automatic
    collector runs."""
    if not gc.isenabled():
        gc.collect(0)
