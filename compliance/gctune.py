"""The garbage collector around a screen: long-lived state built without collections, then left out of them.

A screen builds about a million long-lived objects (list names, indexes) and then streams rows. The
cyclic collector's full passes walk every tracked object: measured on bench_lists.py (100,000 CSV
rows, official lists), three full passes during the build and two during the rows took ~0.15 s of
~1.3 s CPU. The lists and indexes hold no reference cycles, so pausing the collector while they are
built loses nothing, and freezing them afterwards (gc.freeze) keeps later passes to what the rows
create. Reference counting still frees everything as usual; only the cycle search skips them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic collector off while the block builds objects that hold no cycles (list imports,
    indexes): its passes over a growing heap took about 40% of the time of the 14,000-record CSL."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def long_lived() -> Iterator[None]:
    """Run the block with the collector paused, then freeze what exists (undone by ``release``)."""
    with gc_paused():
        yield
    gc.freeze()


def release() -> None:
    """Give frozen objects back to the collector (the screen is over; its state may be garbage now)."""
    gc.unfreeze()
