"""Pausing Python's cycle collector while a question builds many objects at once.

Reading the money graph at 100x makes ~500k objects (deals, parties, dates) that live on in the
per-version cache, and ranking every firm makes as many short-lived ones; none form reference
cycles, so the collector finds nothing in them, yet each of its full passes walks every object
made so far, and with the default thresholds they took half of those steps' time. Only
synchronous code is wrapped: no other request runs while the collector is paused.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:  # an embedder that turned it off keeps it off
            gc.enable()
