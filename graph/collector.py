"""Pausing Python's cycle collector while a question builds many objects at once.

Reading the money graph at 100x makes ~500k objects (deals, parties, dates) that live on in the
per-version cache, and ranking every firm makes as many short-lived ones; none form reference
cycles, so the collector finds nothing in them, yet each of its full passes walks every object
made so far: with the default thresholds they took half of those steps' time.

A pause may span awaits (the money graph is read in pages): requests served meanwhile run with
the collector off too, for the seconds the read takes; reference counting still frees what they
drop, only garbage in cycles waits. Pauses may overlap (two reads, two threads): the collector
is turned back on when the last one ends, and only if it was on when the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_open_pauses = 0
_was_enabled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    global _open_pauses, _was_enabled
    with _lock:
        if _open_pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _open_pauses += 1
    try:
        yield
    finally:
        with _lock:
            _open_pauses -= 1
            if _open_pauses == 0 and _was_enabled:  # an embedder that turned it off keeps it off
                gc.enable()
