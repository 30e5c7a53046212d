"""The API's start-up tunes the garbage collector as its settings say, and leaves it alone at 0
(an app embedded in a process that tunes its own); a pause around a large build turns the collector
off and restores what it found."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import pytest

from api.app import create_app
from graph.collector import collector_paused
from tests.conftest import make_settings


@pytest.fixture
def collector_as_it_was() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    yield before
    gc.set_threshold(*before)
    gc.unfreeze()


async def _start_and_stop(young_threshold: int) -> tuple[int, int, int]:
    app = create_app(make_settings(gc_young_threshold=young_threshold))
    async with app.router.lifespan_context(app):
        return gc.get_threshold()


def test_start_up_sets_the_young_threshold_and_freezes_what_it_made(
    collector_as_it_was: tuple[int, int, int],
) -> None:
    gc.unfreeze()
    threshold = asyncio.run(_start_and_stop(12_345))
    assert threshold == (12_345, *collector_as_it_was[1:])
    assert gc.get_freeze_count() > 0


def test_zero_leaves_the_collector_alone(collector_as_it_was: tuple[int, int, int]) -> None:
    gc.unfreeze()
    assert asyncio.run(_start_and_stop(0)) == collector_as_it_was
    assert gc.get_freeze_count() == 0


def test_a_pause_turns_the_collector_off_inside_and_back_on_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_pause_turns_it_back_on_after_an_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("the build failed")
    assert gc.isenabled()


def test_a_pause_leaves_a_collector_that_was_off_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_pauses_turn_it_back_on_when_the_last_ends() -> None:
    first, second = collector_paused(), collector_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first to begin ends first (two reads, interleaved)
    assert not gc.isenabled()
    second.__exit__(None, None, None)
    assert gc.isenabled()
