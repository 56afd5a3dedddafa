"""Progress of a batch run: a one-line bar on a terminal, and the closing summary.

Reads: one `step` call per finished input. Writes: a bar redrawn in place on stderr,
only when stderr is a terminal (so logs and pipes stay clean), and a summary
(documents ok / failed, warnings by code, time) handed to `logging`.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import sys
import time
from collections import Counter
from collections.abc import Iterator
from typing import TextIO

log = logging.getLogger("khuyencong_extract.batch")

REDRAW_EVERY = 0.1
"""Seconds between two redraws of the bar."""


class Progress:
    """Files, MB, rate and errors of a run; a bar when ``stream`` is a terminal."""

    def __init__(self, total_files: int, total_bytes: int, stream: TextIO | None = None,
                 enabled: bool | None = None, width: int = 24):
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = is_terminal(self.stream) if enabled is None else enabled
        self.total_files, self.total_bytes, self.width = total_files, total_bytes, width
        self.files = self.bytes = self.failed = self.reused = self.resumed = 0
        self.warning_codes: Counter[str] = Counter()
        self.started = time.monotonic()
        self._drawn = 0.0

    def step(self, size: int, ok: bool, warning_codes: dict[str, int] | None = None, reused: bool = False,
             resumed: bool = False) -> None:
        """Count one finished input of ``size`` bytes (``reused``: unchanged since the last
        run; ``resumed``: taken from an interrupted run)."""
        self.files += 1
        self.bytes += size
        self.failed += not ok
        self.reused += reused
        self.resumed += resumed
        self.warning_codes.update(warning_codes or {})
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= REDRAW_EVERY or self.files == self.total_files):
            self._draw(now)

    def _draw(self, now: float) -> None:
        self._drawn = now
        self.stream.write("\r" + self.line() + "\x1b[K")
        self.stream.flush()

    def failed_later(self) -> None:
        """Count as failed an input already counted as ok (its output failed a later check)."""
        self.failed += 1

    def line(self) -> str:
        """The bar as text: ``[#####-----] 12/40 files  1.2/4.0 MB  2.3 MB/s  1 failed``."""
        share = self.files / self.total_files if self.total_files else 1.0
        filled = round(share * self.width)
        elapsed = max(time.monotonic() - self.started, 1e-9)
        return (f"[{'#' * filled}{'-' * (self.width - filled)}] {self.files}/{self.total_files} files  "
                f"{self.bytes / 1e6:.1f}/{self.total_bytes / 1e6:.1f} MB  "
                f"{self.bytes / 1e6 / elapsed:.2f} MB/s  {self.failed} failed")

    @contextlib.contextmanager
    def drawn(self) -> Iterator[Progress]:
        """The bar on its stream while the block runs, from its start (a Dask cluster may
        take seconds to start), ended by a line break however the block ends. Log records
        written to that stream meanwhile go above the bar: its line is cleared before each
        and drawn again after (they were written at the end of the bar's line)."""
        if not self.enabled:
            yield self
            return
        handlers = [h for h in logging.getLogger().handlers
                    if isinstance(h, logging.StreamHandler) and h.stream is self.stream]
        for handler in handlers:
            handler.emit = functools.partial(self._emit_above, handler.emit)
        self._draw(time.monotonic())
        try:
            yield self
        finally:
            for handler in handlers:
                del handler.emit  # the class's own again
            self.stream.write("\n")
            self.stream.flush()

    def _emit_above(self, emit, record: logging.LogRecord) -> None:
        self.stream.write("\r\x1b[K")
        emit(record)
        self._draw(time.monotonic())

    def summary(self) -> list[str]:
        """Closing lines: counts, time, warnings by code (most frequent first, ties by
        code: the line does not depend on the order in which workers finished)."""
        elapsed = time.monotonic() - self.started
        resumed = f", {self.resumed} resumed" if self.resumed else ""
        lines = [f"{self.files - self.failed} ok, {self.failed} failed, {self.reused} unchanged{resumed} "
                 f"({self.bytes / 1e6:.1f} MB in {elapsed:.1f} s)"]
        if self.warning_codes:
            counts = sorted(self.warning_codes.items(), key=lambda code_count: (-code_count[1], code_count[0]))
            lines.append("warnings: " + ", ".join(f"{code} {n}" for code, n in counts))
        return lines


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
