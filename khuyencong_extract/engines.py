"""Engines: run the per-document function over many inputs, locally or on a Dask cluster.

Reads: `Task`s (an input's name, raw bytes and limits). Writes: one `Outcome` per task (the
Document's JSON bytes, or a failure with a one-line reason), in completion order.

Both engines run the same top-level, picklable function, `process_guarded`. It arms a
per-document time limit with `faulthandler`: a document that overruns it (a regex that
backtracks, a loop that never ends, even inside C code) dumps the stack of the stuck
worker and ends that worker process; the engine records the failure, naming the module
that was running, and carries on with a fresh worker.
"""

from __future__ import annotations

import contextlib
import faulthandler
import functools
import gc
import itertools
import logging
import multiprocessing
import os
import signal
import socket
import sys
import sysconfig
import tempfile
import threading
import time
import unicodedata
import uuid
import warnings
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError
from dataclasses import dataclass, field
from importlib import resources
from multiprocessing.connection import wait
from pathlib import Path

import regex

from khuyencong_extract.normalise import normalise
from khuyencong_extract.pipeline import extract_bytes
from khuyencong_extract.read import ReadError, sha256_of

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT = 30.0
"""Seconds a document may take per MB of input (inputs under 1 MB count as 1 MB)."""

DEFAULT_MAX_JSON_PER_MB = 100_000_000
"""Bytes of JSON a document may produce per MB of input (inputs under 1 MB count as 1 MB).
Real decisions give 2-3 bytes a byte; a text made of figures, each target carrying its
clause, gives hundreds (200 KB of "1%" would write 126 MB)."""

GRACE = 5.0
"""Extra seconds the engine waits for a worker past its own limit before killing it
(where a worker stops itself, `process_guarded`)."""

STACK_SIGNAL = getattr(signal, "SIGUSR1", None)
"""Signal on which a local worker writes its stack to its trace file (`faulthandler.register`,
once a worker): the engine sends it to a worker past its time limit, then kills the worker.
Where the system has no such signal, each task runs under `process_guarded`, whose watchdog
thread, started and stopped for every task, costs ~0.7 ms a document."""

STACK_WAIT = 1.0
"""Seconds the engine gives a worker past its limit to write its stack."""


@dataclass(frozen=True, slots=True)
class Task:
    """One input to process, with its own limits (each given per MB, made absolute for
    its size by `limit_for`), so that every engine applies them alike."""

    key: int
    path: str
    raw: bytes
    time_limit: float | None = None
    """Seconds its document may take (None: no limit)."""
    max_json: float | None = None
    """Bytes of JSON its document may produce (None: no limit)."""


@dataclass(slots=True)
class Outcome:
    """What processing one input produced; small and picklable."""

    key: int
    path: str
    sha256: str | None
    status: str
    doc_id: str | None = None
    province: str | None = None
    error: str | None = None
    warning_codes: dict[str, int] = field(default_factory=dict)
    json: bytes | None = None
    """The Document's JSON file (`write.document_json`)."""

    @property
    def warnings(self) -> int:
        return sum(self.warning_codes.values())


def limit_for(size: int, per_mb: float | None) -> float | None:
    """A limit given per MB (seconds, bytes of JSON) for an input of ``size`` bytes,
    an input under 1 MB counting as 1 MB; None when the limit is off."""
    if not per_mb:
        return None
    return per_mb * max(1.0, size / 1_000_000)


def process_document(path: str, raw: bytes, key: int = 0, max_json: float | None = None) -> Outcome:
    """Extract one input's bytes into an `Outcome`; never raises for a bad document.

    A document whose JSON has more than ``max_json`` bytes fails instead."""
    from khuyencong_extract.write import document_json

    def failed(reason: str) -> Outcome:
        return Outcome(key, path, sha256_of(raw), "failed", error=reason)

    try:
        doc = extract_bytes(raw, path=path)  # its source holds the sha256 of ``raw``
        json = document_json(doc)
    except ReadError as error:
        return failed(str(error))
    except RecursionError:
        return failed("internal error: RecursionError (input nested too deep)")
    except MemoryError as error:
        return failed(out_of_memory(error))
    except Exception as error:  # one broken document never stops the batch
        log.debug("%s: extraction failed", path, exc_info=True)
        return failed(internal_error(error))
    if max_json is not None and len(json) > max_json:
        return failed(f"output too large: {len(json):,} bytes of JSON from {len(raw):,} bytes of input,"
                      f" over the limit of {max_json:,.0f} (--max-json-per-mb)")
    codes = Counter(w.code for w in doc.warnings)
    return Outcome(key, path, doc.source.sha256, "ok", doc_id=doc.doc_id, province=doc.metadata.province,
                   warning_codes=dict(codes), json=json)


def internal_error(error: BaseException) -> str:
    """One-line reason naming the exception and the project module it came from."""
    message = f"{type(error).__name__}: {error}".splitlines()[0][:300] if str(error) else type(error).__name__
    return f"internal error{_raised_in(error)}: {message}"


def out_of_memory(error: MemoryError) -> str:
    """One-line reason for a document the worker had no memory for: a limit of the
    machine (or of ``ulimit -v``), not a fault of the document or of the code."""
    return (f"out of memory{_raised_in(error)}: the document needs more memory than this worker has"
            " (lower --jobs or --max-bytes, or give the workers more memory)")


def _raised_in(error: BaseException) -> str:
    """`` in module.py:line``: the innermost frame of the project's own modules (this one
    left out) that ``error`` passed through, or "" when none."""
    where = ""
    tb = error.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if "khuyencong_extract" in name and not name.endswith("engines.py"):
            where = f" in {Path(name).name}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def process_guarded(task: Task, trace=None) -> Outcome:
    """`process_document` of a task, under its time limit that ends this process when overrun.

    Meant for worker processes that run one document at a time and that no engine
    watches (Dask workers; local workers where the system has no `STACK_SIGNAL`): the
    stacks are dumped to ``trace`` (a file object; stderr by default) before the process
    exits.
    """
    if not task.time_limit:
        return process_document(task.path, task.raw, task.key, task.max_json)
    faulthandler.dump_traceback_later(task.time_limit, exit=True, file=trace or sys.stderr)
    try:
        return process_document(task.path, task.raw, task.key, task.max_json)
    finally:
        faulthandler.cancel_dump_traceback_later()


def process_traced(task: Task, code: str, trace_folder: str | None = None, started_topic: str | None = None) -> Outcome:
    """`process_guarded` for a Dask worker, which first checks that it runs the pipeline
    ``code`` the run does (`OtherCode`), then lets the engine know it started the task
    (`started_on_dask`). On a local cluster it does so by making the task's trace file in
    ``trace_folder`` (`trace_path`), where the stacks of an overrun go, so that the
    engine can name where it was stuck; on a remote one by an event under
    ``started_topic``, the stacks going to the worker's stderr, its log."""
    from distributed import get_worker

    if worker_code() != code:
        raise OtherCode(f"the Dask worker {get_worker().address} runs other pipeline code ({worker_code()}) than"
                        f" this run ({code}): install the same version of khuyencong-extract on every machine"
                        " and restart the workers")
    with _ONE_DOCUMENT_AT_A_TIME:
        if trace_folder is None:
            get_worker().log_event(started_topic, task.key)
            return process_guarded(task)
        path = trace_path(Path(trace_folder), task)
        with open(path, "w", encoding="utf-8") as trace:
            outcome = process_guarded(task, trace)
        path.unlink()
        return outcome


_ONE_DOCUMENT_AT_A_TIME = threading.Lock()
"""Held by a Dask worker's thread while it runs a document (`process_traced`): a process
has one time limit (`faulthandler.dump_traceback_later`), which a second thread's document
would replace or cancel; and a stuck document ends the whole process. A worker of several
threads thus runs one document at a time; the others wait unstarted."""


class OtherCode(RuntimeError):
    """A Dask worker runs other pipeline code than the run that sent it a task: its
    documents would be cached as this code's. The run stops (`process_traced`)."""


@functools.cache
def worker_code() -> str:
    """This process's `batch.pipeline_fingerprint`, taken once: the code it loaded, even
    if the package is replaced on disk meanwhile."""
    from khuyencong_extract.batch import pipeline_fingerprint

    return pipeline_fingerprint()


def trace_path(folder: Path, task: Task) -> Path:
    return folder / f"task-{task.key}.trace"


# --- where a stuck worker was ----------------------------------------------------------

_FRAME = regex.compile(r'File "([^"\n]{1,4096})", line (\d{1,9}) in (\S{1,200})')
"""One frame line of a faulthandler dump (a function name, or ``<genexpr>``, ``<lambda>``, ...)."""


def stuck_at(trace: str) -> str | None:
    """``module.py:line (function)`` where a faulthandler dump shows the document's work.

    Frames are listed innermost first; from `process_guarded` (or a local worker's loop,
    `_worker_main`) down they belong to the worker's own loop (and, in a forked worker, to
    the parent it was forked from). The innermost frame of a project module other than the
    pipeline's driver is named, else the innermost frame. Only the document's thread is
    read (`_document_frames`).
    """
    frames = _document_frames(trace)
    for match in frames:
        if "khuyencong_extract" in match[1] and not match[1].endswith(("engines.py", "pipeline.py")):
            return f"{Path(match[1]).name}:{match[2]} ({match[3]})"
    for match in frames:  # the caller's own code, not the libraries it called
        if not match[1].startswith(("<", _STDLIB)) and "site-packages" not in match[1]:
            return f"{Path(match[1]).name}:{match[2]} ({match[3]})"
    for match in frames:  # no caller among the frames dumped (faulthandler keeps 100)
        if not match[1].startswith("<"):
            return f"{Path(match[1]).name}:{match[2]} ({match[3]})"
    return None


_THREAD = regex.compile(r"^(?:Current thread|Thread) 0x[0-9a-f]{1,16}\b", regex.MULTILINE)
"""The line that opens each thread of a faulthandler dump."""
_LOOPS = ("process_guarded", "_worker_main")


def _document_frames(trace: str) -> list[regex.Match]:
    """The frames of the thread that ran the document, down to the worker's loop. A dump of
    several threads (a Dask worker's) is read in the one holding the loop or, in a dump cut
    short before it (faulthandler reads a running thread's frames without the GIL), the one
    holding a frame of the project; none when neither tells it (another thread's frames
    would name a wrong place)."""
    threads = [list(_FRAME.finditer(block)) for block in _THREAD.split(trace)[1:]] or [list(_FRAME.finditer(trace))]
    if len(threads) > 1:
        ran = [frames for frames in threads if any(m[3] in _LOOPS for m in frames)]
        ran = ran or [frames for frames in threads if any("khuyencong_extract" in m[1] for m in frames)]
        threads = ran[:1]
    return list(itertools.takewhile(lambda m: m[3] not in _LOOPS, threads[0])) if threads else []


_STDLIB = sysconfig.get_paths()["stdlib"]


def overrun(task: Task, trace: str, timed_out: bool | None = None) -> Outcome:
    """The failure of a task whose worker ended: over its time limit, or died (crash, OOM)."""
    if timed_out is None:
        timed_out = trace.startswith("Timeout (")  # how faulthandler's own dump begins
    if timed_out and task.time_limit:
        reason = f"time limit exceeded ({task.time_limit:.0f} s for {len(task.raw) / 1e6:.2f} MB)"
    else:
        reason = "worker process died"
    where = stuck_at(trace)
    if where:
        reason += f", stuck in {where}"
    return Outcome(task.key, task.path, sha256_of(task.raw), "failed", error=reason)


# --- local process pool ----------------------------------------------------------------


def keep_temporary_files_in(folder: Path) -> None:
    """Send this process's temporary files (libraries write some: pyvi's model loader)
    into ``folder``, inside the output's staging folder, deleted with it."""
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["TMPDIR"] = str(folder)
    tempfile.tempdir = str(folder)


PARENT_CHECK = 1.0
"""Seconds between two checks, by an idle worker, that the process that started it lives."""


def _worker_main(conn, trace_path: str, parent_end=None) -> None:
    """Worker loop: receive a `Task`, send back its `Outcome`; None stops.

    The worker ends by itself when the run that started it is gone (killed with SIGKILL):
    forked workers share pipe ends, so it cannot rely on seeing the end of its pipe.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's clean stop (`stops.stopped_by_signals`)
    if parent_end is not None:
        parent_end.close()
    parent = os.getppid()
    keep_temporary_files_in(Path(trace_path).parent / "tmp")
    with open(trace_path, "w", encoding="utf-8") as trace:
        if STACK_SIGNAL is not None:
            faulthandler.register(STACK_SIGNAL, file=trace)
        while True:
            try:
                while not conn.poll(PARENT_CHECK):
                    if os.getppid() != parent:
                        return
                message = conn.recv()
            except (EOFError, OSError):
                return
            if message is None:
                return
            trace.seek(0)
            trace.truncate()
            try:
                if STACK_SIGNAL is None:
                    conn.send(process_guarded(message, trace))
                else:  # the engine keeps the time limit (`_Worker.dump_stack`)
                    conn.send(process_document(message.path, message.raw, message.key, message.max_json))
            except (BrokenPipeError, OSError):
                return


@contextlib.contextmanager
def _frozen_for_fork(context):
    """Around the start of a forked worker: every object of this process moved out of the
    garbage collector's reach (`gc.freeze`) while it forks, then put back here. The worker
    never scans what it inherited: a full collection there would read (and copy, page by
    page) the whole inherited heap, ~0.1-0.2 s each time."""
    if context.get_start_method() != "fork":
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class _Worker:
    def __init__(self, context, trace_path: Path):
        self.trace_path = trace_path
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, str(trace_path), self.conn), daemon=True)
        with _frozen_for_fork(context):
            self.process.start()
        child.close()
        self.room = _send_room(self.conn)
        """Bytes of input a task sent ahead may hold (`_send_room`)."""
        self.tasks: deque[Task] = deque()
        """The tasks sent and not yet answered, in order: the first is the one it runs."""
        self.deadline = float("inf")

    @property
    def task(self) -> Task | None:
        """The task it runs, or None when idle."""
        return self.tasks[0] if self.tasks else None

    def can_hold(self, task: Task) -> bool:
        """Whether ``task`` can be sent now: to an idle worker, or ahead when it fits in the room."""
        return not self.tasks or len(task.raw) <= self.room

    def give(self, task: Task) -> None:
        """Send ``task``; it waits in the worker's pipe while an earlier one runs."""
        self.conn.send(task)
        self.tasks.append(task)
        if len(self.tasks) == 1:
            self._start_clock()

    def take(self) -> Outcome:
        """The outcome of the running task; the next one sent started as it was sent."""
        outcome = self.conn.recv()
        self.tasks.popleft()
        self._start_clock()
        return outcome

    def _start_clock(self) -> None:
        """The deadline of the task it now runs (none when idle or without a limit)."""
        task, grace = self.task, GRACE if STACK_SIGNAL is None else 0.0
        self.deadline = time.monotonic() + task.time_limit + grace if task and task.time_limit else float("inf")

    def dump_stack(self) -> None:
        """Have a worker past its limit write its stack to its trace file (`STACK_SIGNAL`);
        wait until the file has stopped growing, at most `STACK_WAIT` seconds."""
        if STACK_SIGNAL is None:
            return
        try:
            os.kill(self.process.pid, STACK_SIGNAL)
        except OSError:
            return
        size, until = -1, time.monotonic() + STACK_WAIT
        while time.monotonic() < until:
            time.sleep(0.01)
            try:
                grown = self.trace_path.stat().st_size
            except OSError:
                return
            if grown and grown == size:
                return
            size = grown

    def trace(self) -> str:
        try:
            return self.trace_path.read_text("utf-8", "replace")
        except OSError:
            return ""

    def stop(self, kill: bool = False) -> None:
        if kill or self.task is not None:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


WARM_UP = (resources.files("khuyencong_extract") / "data" / "warm_up.txt").read_bytes()
"""A short decision (``data/warm_up.txt``: header, citation, sections, targets, an amount,
duties, a line that lost characters) that makes every extractor load its lazily loaded
data (agency registry, document-number codes, issuers, heading kinds, the repair lexicon:
~0.1 s) once, before workers fork, instead of once in every worker.
pyvi is not among them: its units are in ``data/unit_nouns.tsv``, and a worker imports pyvi
(1-4 s) only when a document holds a unit that file does not know (`targets.load_pyvi`)."""


WARM_UP_DECOMPOSED = unicodedata.normalize("NFD", "Quyết định")
"""Decomposed text: NFC builds its table of character kinds (~12 ms) on the first one."""


def warm_up(scratch: Path) -> None:
    """Load lazily loaded resources once in this process, so forked workers share them.

    Their temporary files go to ``scratch`` (inside the output), not the system's.
    """
    saved = tempfile.tempdir
    (scratch / "tmp").mkdir(parents=True, exist_ok=True)
    tempfile.tempdir = str(scratch / "tmp")
    try:
        process_document("<warm-up>", WARM_UP)
        normalise(WARM_UP_DECOMPOSED)
    finally:
        tempfile.tempdir = saved


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


SENT_AHEAD = 1
"""Tasks sent to a local worker beyond the one it runs: it starts the next as soon as it
has sent an outcome, instead of waiting for the engine to read that outcome and send
another (~0.5 ms a document, a twentieth of an ordinary decision's time)."""


def _send_room(conn) -> int:
    """Bytes of input a task sent ahead to a busy worker may hold: a quarter of the send
    buffer of the socket to it (the rest left to pickling and the kernel's bookkeeping),
    so that sending never waits for the worker to finish its document (a stuck one would
    hold the engine that should stop it); 0 where the connection is no socket."""
    try:
        with socket.socket(fileno=os.dup(conn.fileno())) as sock:
            return sock.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) // 4
    except (OSError, ValueError):
        return 0


def run_local(tasks: Iterable[Task], jobs: int, scratch: Path) -> Iterator[Outcome]:
    """Run tasks on ``jobs`` worker processes; a stuck or dead worker fails its task only.

    ``scratch`` (a folder inside the output) holds the workers' stack-dump files.
    At most ``1 + SENT_AHEAD`` tasks per worker are held in memory at a time. The tasks
    sent ahead to a worker that gets stuck or dies go to the next free worker.
    """
    pending = iter(tasks)
    returned: deque[Task] = deque()  # sent ahead to a worker that was stopped before it began them
    first = next(pending, None)
    if first is None:  # nothing to process (a rerun of unchanged inputs): no workers at all
        return
    returned.append(first)
    context = _context()
    scratch.mkdir(parents=True, exist_ok=True)
    if context.get_start_method() == "fork":
        warm_up(scratch)
    spawned = 0

    def spawn() -> _Worker:
        nonlocal spawned
        spawned += 1
        return _Worker(context, scratch / f"worker-{spawned}.trace")

    workers = [spawn() for _ in range(max(1, jobs))]

    def refill(i: int, hold: int = 1 + SENT_AHEAD) -> None:
        """Send worker ``i`` tasks until it holds ``hold`` (the one it runs, then those sent ahead)."""
        while len(workers[i].tasks) < hold:
            task = returned.popleft() if returned else next(pending, None)
            if task is None:
                return
            if not workers[i].can_hold(task):
                returned.appendleft(task)  # for the next idle worker
                return
            try:
                workers[i].give(task)
            except OSError:
                returned.appendleft(task)
                if workers[i].tasks:  # it died running one: the loop below finds it dead
                    return
                workers[i].stop(kill=True)  # it died while idle: replace it, retry once
                workers[i] = spawn()
                workers[i].give(returned.popleft())

    try:
        while True:
            for hold in (1, 1 + SENT_AHEAD):  # a task for every idle worker before any is sent ahead
                for i in range(len(workers)):
                    refill(i, hold)
            busy = [w for w in workers if w.task is not None]
            if not busy:
                return
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                             timeout=min(timeout, 1.0)))
            now = time.monotonic()
            for i, worker in enumerate(workers):
                if worker.task is None:
                    continue
                if worker.conn in ready or (now >= worker.deadline and worker.conn.poll()):  # done as its time ran out
                    try:
                        outcome = worker.take()
                    except (EOFError, OSError):
                        pass
                    else:
                        refill(i)  # the worker goes on while the caller stores this outcome
                        yield outcome
                        continue
                elif worker.process.sentinel not in ready and now < worker.deadline:
                    continue
                task = worker.task
                late = now >= worker.deadline  # alive past its limit: its stack written, then killed here
                if late:
                    worker.dump_stack()
                worker.stop(kill=True)
                outcome = overrun(task, worker.trace(), True if late else None)  # the caller logs it
                returned.extendleft(reversed([*worker.tasks][1:]))
                workers[i] = spawn()
                yield outcome
    finally:
        for worker in workers:
            worker.stop()
        for trace in scratch.glob("worker-*.trace"):
            trace.unlink(missing_ok=True)


# --- Dask ------------------------------------------------------------------------------


@contextlib.contextmanager
def _environ_restored():
    """Undo changes to the environment: Dask's nannies write the workers' variables
    (TMPDIR, OMP_NUM_THREADS, ...) into this process's ``os.environ`` before spawning them."""
    saved = dict(os.environ)
    try:
        yield
    finally:
        for name in set(os.environ) - set(saved):
            del os.environ[name]
        for name, value in saved.items():
            if os.environ.get(name) != value:
                os.environ[name] = value


@contextlib.contextmanager
def signals_held():
    """Hold SIGINT and SIGTERM while a local cluster starts or closes (~1-3 s), then act on
    the first one that came. Stopped halfway, the cluster is neither ours to close nor
    closed: Dask's exit hook fails on it with a traceback, or waits 10 s for its workers.
    Only the main thread can set handlers; in another, nothing is held."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    came: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    before = {signum: signal.signal(signum, lambda signum, frame: came.append(signum)) for signum in held}
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        if came:
            signal.raise_signal(came[0])


def _worker_log_level() -> str:
    """The log level of a local cluster's workers, which write their own log to this
    process's stderr: as much as this process's log shows (-v: info), else only critical
    records (when a run is stopped its workers log each task cancelled and the scheduler
    lost, with tracebacks; its one line says what happened)."""
    return "info" if log.isEnabledFor(logging.DEBUG) else "critical"


def _connect(client_class, scheduler: str):
    """A client of the scheduler at ``scheduler``; RuntimeError naming it when it cannot be
    reached (not an OSError: the run's output is not at fault)."""
    try:
        return client_class(scheduler)
    except (OSError, ValueError) as error:  # refused, timed out; an address that is no address
        raise RuntimeError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error


def run_dask(tasks: Iterable[Task], scheduler: str | None, jobs: int, scratch: Path, code: str) -> Iterator[Outcome]:
    """Run tasks on a Dask cluster (``scheduler`` address, or a `LocalCluster` of ``jobs``
    single-threaded worker processes with their files under ``scratch``); a worker that
    runs other pipeline code than ``code`` (`batch.pipeline_fingerprint`) stops the run.

    Workers of a remote cluster should run one thread each (``dask worker ADDRESS
    --nthreads 1``): a worker runs one document at a time whatever its threads
    (`_ONE_DOCUMENT_AT_A_TIME`), and the time limit ends the worker process of a stuck one.
    """
    try:
        import dask
        from dask.distributed import KilledWorker, as_completed
    except ImportError as error:  # pragma: no cover - depends on the installed extras
        raise RuntimeError("the dask engine needs the dask extra: pip install 'khuyencong-extract[dask]'") from error

    pending = iter(tasks)
    first = next(pending, None)
    if first is None:  # nothing to process: no cluster to start or reach
        return
    pending = itertools.chain([first], pending)
    worker_tmp = scratch / "tmp"
    traces = None if scheduler else scratch / "traces"  # a remote worker's stacks go to its log
    topic = f"khuyencong-extract-started-{uuid.uuid4().hex}"
    settings = {"distributed.scheduler.allowed-failures": 0, "temporary-directory": str(scratch),
                "distributed.nanny.pre-spawn-environ.TMPDIR": str(worker_tmp),
                "distributed.nanny.pre-spawn-environ.DASK_DISTRIBUTED__LOGGING__DISTRIBUTED": _worker_log_level()}
    if traces is not None:  # a local cluster: its workers' temporary files, the tasks' trace files
        worker_tmp.mkdir(parents=True, exist_ok=True)
        traces.mkdir(exist_ok=True)
    with _environ_restored(), dask.config.set(settings), _dask_client(scheduler, jobs, scratch) as client:
        try:
            workers = len(client.scheduler_info().get("workers", {}))
            if scheduler and not workers:
                log.warning("the Dask scheduler at %s has no workers yet: the documents wait until one joins", scheduler)
            window = 4 * max(1, workers or jobs)
            running = as_completed()
            by_future: dict = {}

            def submit(task: Task) -> None:
                with warnings.catch_warnings():  # "Sending large graph": an input over 10 MB is one task by design
                    warnings.filterwarnings("ignore", "Sending large graph", UserWarning)
                    future = client.submit(process_traced, task, code, traces and str(traces), topic, pure=False)
                by_future[future] = task
                running.add(future)

            for task in pending:
                submit(task)
                if len(by_future) >= window:
                    break
            deaths: Counter = Counter()  # by task key: the workers that died while it was theirs
            for future in running:
                task = by_future.pop(future)
                try:
                    outcome = future.result()
                except KilledWorker as error:  # its worker died: its time limit, a crash, or another task's
                    deaths[task.key] += 1
                    if deaths[task.key] <= DASK_RETRIES and not started_on_dask(client, task, traces, topic):
                        submit(task)
                        continue
                    outcome = died_on_dask(task, error, traces)
                yield outcome
                next_task = next(pending, None)
                if next_task is not None:
                    submit(next_task)
        except (OSError, CancelledError) as error:  # its connection closed, its tasks cancelled
            if not scheduler:
                raise
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise SchedulerLost(f"lost the Dask scheduler at {scheduler}: {reason}") from error


@contextlib.contextmanager
def _dask_client(scheduler: str | None, jobs: int, scratch: Path):
    """A client of the cluster at ``scheduler``, or of a new local cluster of ``jobs``
    single-threaded workers with their files under ``scratch``; closed on leaving, with
    the cluster. A local cluster starts and closes with the signals held (`signals_held`)."""
    from dask.distributed import Client, LocalCluster

    client = cluster = None
    try:
        if scheduler:
            client = _connect(Client, scheduler)
        else:
            with signals_held():  # a signal that came meanwhile is acted on here, inside the try
                cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                       dashboard_address=None, local_directory=str(scratch))
                client = Client(cluster)
        yield client
    finally:
        with signals_held():
            if client is not None:
                client.close()
            if cluster is not None:
                cluster.close()


class SchedulerLost(Exception):
    """The remote Dask scheduler went away mid-run (stopped, crashed, the network cut):
    the run stops, what it processed kept for the next."""


DASK_RETRIES = 3
"""Times a task goes back to the cluster when the worker it waited on died before it
started (`started_on_dask`). A remote scheduler first tries it again itself, as often as
its ``distributed.scheduler.allowed-failures`` says (3 by default; the cluster this engine
starts: 0)."""


def started_on_dask(client, task: Task, traces: Path | None, topic: str) -> bool:
    """Whether a task whose worker died had started (`process_traced`). A worker holds a
    few tasks, queued behind the one it runs: when that one ends it (its time limit, a
    crash), they fail with it, unstarted."""
    if traces is not None:
        return trace_path(traces, task).exists()
    return any(message == task.key for _, message in client.get_events(topic))


def died_on_dask(task: Task, error: Exception, traces: Path | None) -> Outcome:
    """The failure of a task whose Dask worker died. On a local cluster, from its trace file
    (`process_traced`): the reason a local worker's would be. On a remote cluster the time
    limit and a crash cannot be told apart."""
    if traces is None:
        outcome = overrun(task, "", timed_out=True)
        outcome.error = outcome.error.replace("time limit exceeded", "time limit exceeded or worker died")
        outcome.error += f" ({type(error).__name__})"
        return outcome
    try:
        trace = trace_path(traces, task).read_text("utf-8", "replace")
    except OSError:  # it never started: each worker it waited on died first
        return Outcome(task.key, task.path, sha256_of(task.raw), "failed",
                       error=f"worker process died {DASK_RETRIES + 1} times before it started")
    return overrun(task, trace)
