"""A stop (Ctrl-C, SIGTERM) that struck where Python swallows exceptions still stops the run."""

import gc
import signal
import sys

import pytest

from khuyencong_extract.batch import run_batch
from khuyencong_extract.stops import Terminated, stopped_by_signals
from test_batch import many_inputs


def signal_inside_a_gc_callback(signum: int) -> None:
    """Send ``signum`` to this process from inside a garbage collector callback (as a signal
    can strike while Dask's client runs its own): its handler's exception is swallowed there."""
    def callback(phase, info):
        if phase == "start":
            gc.callbacks.remove(callback)
            signal.raise_signal(signum)

    gc.callbacks.append(callback)
    gc.collect()


@pytest.mark.parametrize("signum, stop", [(signal.SIGINT, KeyboardInterrupt), (signal.SIGTERM, Terminated)])
def test_a_stop_swallowed_where_it_struck_stops_the_run_at_its_next_document(tmp_path, signum, stop, monkeypatch):
    inputs, out = many_inputs(tmp_path / "in", 3, "doc"), tmp_path / "out"
    swallowed = []  # what reaches the hook the run found in place
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: swallowed.append(unraisable.exc_type))
    with stopped_by_signals():
        signal_inside_a_gc_callback(signum)  # returns: Python dropped the stop, and does not print it
        assert stop not in swallowed  # (the run's one line says it stopped)
        with pytest.raises(stop):
            run_batch([str(inputs)], out, jobs=1, progress=False)
    assert not (out / "manifest.json").exists()  # no output of a run that was stopped
    assert run_batch([str(inputs)], out, jobs=1, progress=False).failed == []  # outside: the next run completes
