"""Stopping a run by a signal: Ctrl-C (SIGINT) and SIGTERM raise an exception in the main
thread, and each is noted so that a run acts on it even where Python swallows it.

A signal handler's exception raised inside a garbage collector's callback or a ``__del__``
(Dask's client runs one on every collection) is printed as "Exception ignored" and lost:
the run would go on to its end and exit as if never stopped. `raise_noted` raises it again
at the run's next step.
"""

from __future__ import annotations

import contextlib
import signal
import sys


class Terminated(KeyboardInterrupt):
    """SIGTERM (a job scheduler, ``kill``, a container stopping), stopping a run as Ctrl-C does."""


NOTED: list[int] = []
"""The signals that raised a stop within `stopped_by_signals`, first first (their numbers, not the
exceptions: an exception holds its traceback's frames, and the run's workers with them)."""


def stop_for(signum: int) -> KeyboardInterrupt:
    """The exception a signal stops a run with."""
    return Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()


def _stop(signum, frame):
    NOTED.append(signum)
    raise stop_for(signum)


@contextlib.contextmanager
def stopped_by_signals():
    """Within the block, SIGINT raises `KeyboardInterrupt` and SIGTERM `Terminated` (a run
    stops its workers and keeps what it processed for the next run, instead of ending on the
    spot), each noted for `raise_noted`; a stop swallowed where it struck is not printed ("Exception ignored in ...",
    `_quiet_about_stops`): the run says one line when it stops. Only the main thread can set handlers; in another,
    signals stay as they are."""
    try:
        previous = {signum: signal.signal(signum, _stop) for signum in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread
        yield
        return
    hook = sys.unraisablehook
    sys.unraisablehook = _quiet_about_stops(hook)
    try:
        yield
    finally:
        sys.unraisablehook = hook
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        NOTED.clear()


def _quiet_about_stops(hook):
    """``sys.unraisablehook`` passing on every unraisable exception but a noted stop (`raise_noted` acts on it)."""
    def quiet(unraisable):
        if not (NOTED and isinstance(unraisable.exc_value, KeyboardInterrupt)):
            hook(unraisable)
    return quiet


def raise_noted() -> None:
    """Raise the first stop noted, if any: one that struck where it was swallowed."""
    if NOTED:
        raise stop_for(NOTED[0])
