import gc
import weakref

import pytest

from amity.core.collector import collector_paused, young_collected


class Node:
    pass


def test_the_collector_is_paused_in_the_block_and_restored_after_even_on_a_fault():
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


def test_a_checkpoint_frees_the_cycles_made_since_the_last():
    with collector_paused():
        young_collected()
        first, second = Node(), Node()
        first.other, second.other = second, first
        alive = weakref.ref(first)
        del first, second
        assert alive() is not None  # a cycle: only the collector frees it
        young_collected()
        assert alive() is None
