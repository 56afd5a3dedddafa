"""The Dask engine on real clusters: the corpus on a two-worker `LocalCluster` gives the
local engine's output; a stuck document, a stop, a lost scheduler, a worker of other code
or of two threads each end as the run's one line or the document's own failure."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from khuyencong_extract.batch import load_dataset, run_batch
from khuyencong_extract.write import TABLES

from conftest import CORPUS, CORPUS_FILES, HA_TINH, ROOT

pytest.importorskip("distributed")


def run(out: Path, **options):
    return run_batch([str(CORPUS)], out, jobs=2, progress=False, **options)


def files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((out / "json").glob("*.json"))}


@pytest.mark.parametrize("partition_by", [None, "province"])
def test_dask_local_cluster_output_equals_local_run(tmp_path, partition_by):
    local = run(tmp_path / "local", partition_by=partition_by)
    environment = dict(os.environ)
    dask = run(tmp_path / "dask", engine="dask", partition_by=partition_by)
    assert dict(os.environ) == environment  # the workers' TMPDIR did not leak into this process
    assert [e.model_dump() for e in dask.entries] == [e.model_dump() for e in local.entries]
    assert len(local.entries) == len(CORPUS_FILES) and not local.failed
    assert files(tmp_path / "dask") == files(tmp_path / "local")
    local_tables, dask_tables = load_dataset(tmp_path / "local"), load_dataset(tmp_path / "dask")
    for table in TABLES:
        pd.testing.assert_frame_equal(dask_tables[table], local_tables[table], check_like=True, obj=table)
    assert not list((tmp_path / "dask").glob(".staging-*"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dask", "local"]  # the cluster's files stayed inside


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_each_engine_applies_the_limits_its_tasks_carry(tmp_path, engine):
    """The time and output limits travel in each task: a time limit no document can meet
    (one microsecond) ends its worker, an output limit of one character per MB fails it."""
    timed = run_batch([str(HA_TINH)], tmp_path / "timed", engine=engine, jobs=1, time_limit=1e-6, progress=False)
    assert timed.entries[0].status == "failed"
    assert timed.entries[0].error.startswith("time limit exceeded")
    bounded = run_batch([str(HA_TINH)], tmp_path / "bounded", engine=engine, jobs=1, max_json_per_mb=1, progress=False)
    assert bounded.entries[0].status == "failed"
    assert bounded.entries[0].error.startswith("output too large") and "over the limit of 1 " in bounded.entries[0].error


def test_a_scheduler_that_cannot_be_reached_is_named_in_one_line(tmp_path, caplog):
    """Not "cannot write the output": the address given is at fault, and nothing is written."""
    import dask

    from khuyencong_extract.cli import main

    out = tmp_path / "out"
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = main(["run", str(HA_TINH), "--out", str(out), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1"])
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert code == 2
    assert len(errors) == 1 and errors[0].startswith("cannot reach the Dask scheduler at tcp://127.0.0.1:1: ")
    assert [p.name for p in out.iterdir()] == [".lock"]


def test_a_scheduler_without_workers_is_reported_and_the_run_waits_for_one(tmp_path, caplog):
    import threading
    import time

    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=0, threads_per_worker=1, processes=True, dashboard_address=None,
                      local_directory=str(tmp_path / "cluster")) as cluster:
        done = {}
        runner = threading.Thread(target=lambda: done.update(manifest=run_batch(
            [str(HA_TINH)], tmp_path / "out", engine="dask", scheduler=cluster.scheduler_address, progress=False)))
        runner.start()
        deadline = time.monotonic() + 60
        while not any("has no workers yet" in r.getMessage() for r in caplog.records):
            assert time.monotonic() < deadline and runner.is_alive(), "no warning about the missing workers"
            time.sleep(0.05)
        cluster.scale(1)
        runner.join(120)
    assert not runner.is_alive() and [e.status for e in done["manifest"].entries] == ["ok"]


def test_the_command_line_says_only_its_own_lines_on_a_dask_run(tmp_path):
    """Dask's scheduler and nannies log at INFO (their address, each worker joining and
    leaving: ~30 lines a run); without -v a Dask run says what a local run says."""
    def stderr_of(engine: str) -> list[str]:
        done = subprocess.run([sys.executable, "-m", "khuyencong_extract", "run", str(HA_TINH), "--out",
                               str(tmp_path / engine), "--engine", engine, "--jobs", "1"],
                              cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return re.sub(r"in [0-9.]+ s\)", "in ... s)", done.stderr).splitlines()

    lines = stderr_of("dask")
    assert lines == stderr_of("local")
    assert lines[0] == "INFO 1 ok, 0 failed, 0 unchanged (0.0 MB in ... s)"


@pytest.mark.parametrize("remote, threads", [(False, 1), (True, 1), (True, 2)])
def test_a_document_over_its_time_limit_fails_alone(tmp_path, capfd, remote, threads):
    """The stuck document ends its worker; the documents queued on that worker behind it
    are sent again (they never started), not failed with it. On a local cluster its
    reason names where it was stuck, as the local engine's does, and its stack goes to a
    file the engine reads, not to the terminal. On a remote cluster (here: a cluster
    reached by its address) its scheduler sends the tasks again (``allowed-failures``: 1
    here, 3 by default), the stack goes to the worker's log, and a time limit and a crash
    cannot be told apart. A worker of two threads runs one document at a time: two would
    share the one time limit a process has (the second to finish cancelled the first's)."""
    import dask
    from dask.distributed import LocalCluster

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "aaa-stuck.txt").write_text("1%" * 60_000, encoding="utf-8")  # ~5 s: one clause restating a target
    for path in CORPUS_FILES:
        (inputs / path.name).write_bytes(path.read_bytes())
    with contextlib.ExitStack() as stack:
        scheduler = None
        if remote:
            stack.enter_context(dask.config.set({"distributed.scheduler.allowed-failures": 1}))
            scheduler = stack.enter_context(LocalCluster(
                n_workers=1, threads_per_worker=threads, processes=True, dashboard_address=None,
                local_directory=str(tmp_path / "cluster"))).scheduler_address
        manifest = run_batch([str(inputs)], tmp_path / "out", engine="dask", scheduler=scheduler, jobs=1,
                             time_limit=1, progress=False)
    failed = [e for e in manifest.entries if e.status == "failed"]
    assert [Path(e.path).name for e in failed] == ["aaa-stuck.txt"]
    if remote:
        assert failed[0].error == "time limit exceeded or worker died (1 s for 0.12 MB) (KilledWorker)"
    else:
        # where it was stuck, unless the dump itself crashed the worker: faulthandler reads the frames of a running
        # thread without the GIL, and now and then dies doing so (seen twice in eight runs on a busy machine)
        assert re.fullmatch(r"time limit exceeded \(1 s for 0\.12 MB\)(?:, stuck in \w+\.py:\d+ \([^)]+\))?",
                            failed[0].error)
        assert "Timeout (" not in capfd.readouterr().err


def test_a_worker_running_other_pipeline_code_stops_the_run(tmp_path, monkeypatch):
    """Workers on other machines may run another version: their documents would be cached
    under this machine's pipeline fingerprint and reused as if this code had made them.
    Played by a run that expects other code than its workers load."""
    from khuyencong_extract import batch

    out = tmp_path / "out"
    run_batch([str(HA_TINH)], out, progress=False)
    before = (out / "manifest.json").read_bytes()
    monkeypatch.setattr(batch, "pipeline_fingerprint", lambda: "0.0.1+other")
    with pytest.raises(RuntimeError, match=r"the Dask worker tcp://\S+ runs other pipeline code \(\S+\) than this"
                                           r" run \(0\.0\.1\+other\): install the same version"):
        run_batch([str(HA_TINH)], out, engine="dask", jobs=1, progress=False)
    assert (out / "manifest.json").read_bytes() == before


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_stopped_dask_run_says_one_line_and_the_next_run_completes(tmp_path, sig):
    """Stopped mid-run, the run stops its cluster and says one line (its workers, which
    log on their own, say nothing: one logged each task cancelled on SIGTERM); the next
    run takes what it processed and completes."""
    from test_batch import STOPPED, many_inputs, staged_documents, workers_left

    inputs, out = many_inputs(tmp_path / "in", 200, "doc"), tmp_path / "out"
    command = [sys.executable, "-m", "khuyencong_extract", "run", str(inputs), "--out", str(out), "--engine", "dask",
               "--jobs", "2"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while len(staged_documents(out)) < 5:
        assert time.monotonic() < deadline and process.poll() is None, "the run processed no document"
        time.sleep(0.05)
    process.send_signal(sig)
    code, said = STOPPED[sig]
    assert process.wait(60) == code, process.stderr.read()
    assert process.stderr.read().splitlines() == [
        f"ERROR {said}: {out} keeps its previous complete output; the next run goes on where this one stopped"]
    assert not workers_left(out)
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert re.search(r"^INFO 200 ok, 0 failed, 0 unchanged, [1-9]\d* resumed ", again.stderr, re.MULTILINE)


@pytest.mark.parametrize("closing", [False, True])
def test_an_interrupt_while_the_local_cluster_starts_or_closes_waits_for_it(tmp_path, monkeypatch, closing):
    """Ctrl-C halfway through starting (or closing) the cluster left it to Dask's exit hook,
    which failed on it with a traceback ("AssertionError: Status.init") or waited 10 s for
    its workers. It is now held until the cluster is up (or closed): the run then stops, the
    cluster closed."""
    import dask.distributed

    started = []

    class InterruptedCluster(dask.distributed.LocalCluster):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self)
            if not closing:
                os.kill(os.getpid(), signal.SIGINT)  # comes before the run holds the cluster

        def close(self, *args, **kwargs):
            if closing:
                os.kill(os.getpid(), signal.SIGINT)  # comes as the cluster starts closing
            return super().close(*args, **kwargs)

    monkeypatch.setattr(dask.distributed, "LocalCluster", InterruptedCluster)
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(HA_TINH)], tmp_path / "out", engine="dask", jobs=1, progress=False)
    assert len(started) == 1 and started[0].status.name == "closed" and not started[0].workers


def test_a_run_that_loses_its_scheduler_says_so_and_keeps_its_work(tmp_path):
    """A remote scheduler killed mid-run: exit 3 with a line naming the scheduler (it read
    "cannot write the output in OUT: ... Stream is closed"); the documents processed are
    kept for the next run."""
    from test_batch import many_inputs, staged_documents

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    cluster = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--port", str(port),
                                 "--no-dashboard"], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        cluster.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads",
                                         "1", "--no-dashboard"], cwd=tmp_path, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL))
        inputs, out = many_inputs(tmp_path / "in", 200, "doc"), tmp_path / "out"
        run = subprocess.Popen([sys.executable, "-m", "khuyencong_extract", "run", str(inputs), "--out", str(out),
                                "--engine", "dask", "--scheduler", address], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while len(staged_documents(out)) < 5:
            assert time.monotonic() < deadline and run.poll() is None, "the run processed no document"
            time.sleep(0.05)
        cluster[0].kill()
        assert run.wait(120) == 3
        *before, last = run.stderr.read().splitlines()  # before: "has no workers yet", if the worker was slow
        assert all(line.startswith("WARNING the Dask scheduler at ") for line in before), before
        assert last.startswith(f"ERROR lost the Dask scheduler at {address}: ")
        assert last.endswith(f"; {out} keeps its previous complete output; the next run goes on where this one"
                                 " stopped")
        assert len(list(out.glob(".resume-*/.docs/*.json"))) >= 5
    finally:
        for process in cluster:
            process.kill()
            process.wait()


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_large_input_sends_no_warning_of_dask(tmp_path):
    """Dask warns of a task over 10 MB ("Sending large graph of size ..."); an input within
    --max-bytes (20 MB) is one task by design, so the warning told the user nothing."""
    import warnings

    big = tmp_path / "in" / "big.txt"
    big.parent.mkdir()
    big.write_bytes(b"\x00" * 11_000_000)  # binary: failed by the worker at once
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        manifest = run_batch([str(big.parent)], tmp_path / "out", engine="dask", jobs=1, progress=False)
    assert manifest.entries[0].status == "failed"
    assert [str(w.message) for w in caught if "large graph" in str(w.message)] == []
