"""Benchmark of batch runs: throughput per core, peak memory, and the ratio to a floor.

Builds N distinct documents from the corpus files with realistic variations (other counts, decision
numbers and years, CRLF or NFD text, web chrome, dropped lines), then, each in a fresh process:

- the floor: read every file, one NFC pass and one regex pass over it;
- ``run_batch`` with 1 and with 2 jobs (``--force``, so every document is processed);
- with ``--memory``, ``run_batch`` again over 4 x N documents, to show peak memory flat
  in the number of documents;
- with ``--stages``, the documents once more in one process, timing each pipeline stage;
- the floor and each batch run ``--repeat`` times (default 3), keeping the fastest: on a
  shared machine one run alone moves by a third from run to run;
- with ``--long``, one long document (40, then 160 corpus variants joined, no line shared
  between two variants; then a decision listing 2,000, then 8,000 counted activities):
  time should grow linearly with length; then four different long documents in a row in
  one process: peak memory should stay flat (nothing of one kept behind it);
- each corpus file in a process of its own, after the four others: the speed on a
  document no cache has seen (the built documents are variants of five texts, so per-text
  caches hit more often on them than on a batch of unrelated decisions).

It prints documents/s, MB/s, MB/s per core, peak memory (main process and largest
worker), pipeline time per MB over floor time per MB, the CPU time of the workers per
document and of the main process (less moved by other programs than wall time: a steadier
measure of a change to the code), the 1 -> 2 jobs scaling next to the machine's own
scaling for a pure-Python loop measured in the same run, and whether the one-job run meets
the two speed goals (2 MB/s per core, within 20x of the floor). Not a test: figures depend
on the machine. Usage::

    python benchmarks/bench.py --docs 200 [--memory] [--stages] [--long] [--repeat 3] [--work DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

CHROME = ["Skip to main content", "Đăng xuất", "Các tin, bài khác",
          "Trang chủ > Tin tức > Khuyến công", "Chia sẻ Facebook Twitter In bài"]

_COUNT = regex.compile(r"\b0?(\d{1,3})( (?:lớp|cơ sở|mô hình|cuộc|lao động|sản phẩm))")
"""A count before a unit: varied so no two documents carry the same targets."""

_YEAR = regex.compile(r"\b20(1\d|2\d)\b")

_DECISION_NUMBER = regex.compile(r"Số:\s{0,3}(\d{1,5})/Q")
"""The document's own number ("Số: 2080/QĐ-UBND"): each variant is another decision."""

_FLOOR_PATTERN = regex.compile(r"\d+(?:[.,]\d+)*")
"""The floor's one regex pass: every number of the text."""


def vary(text: str, rng: random.Random) -> str:
    """One realistic variant of a corpus text."""
    text = _COUNT.sub(lambda m: f"{int(m[1]) + rng.randint(0, 40):02d}{m[2]}", text)
    shift = rng.choice([0, 0, 1, 2, 5])
    text = _YEAR.sub(lambda m: str(2000 + min(int(m[1]) + shift, 99)), text)
    own = _DECISION_NUMBER.search(text)
    if own:  # every mention of it, the repeated header's included
        text = regex.sub(rf"(?<!\d){own[1]}(?=/Q)", str(rng.randint(1, 9999)), text)
    lines = text.split("\n")
    if rng.random() < 0.3:  # a copy that lost some lines
        lines = [line for line in lines if rng.random() > 0.05]
    if rng.random() < 0.3:  # a web copy
        lines = [rng.choice(CHROME)] + lines + rng.sample(CHROME, 2)
    text = "\n".join(lines)
    if rng.random() < 0.2:
        text = text.replace("\n", "\r\n")
    if rng.random() < 0.1:
        text = unicodedata.normalize("NFD", text)
    return text


def corpus_texts() -> list[str]:
    """The corpus files' texts, in file-name order."""
    return [p.read_text("utf-8") for p in sorted(CORPUS.glob("*.txt"))]


_LOWER_WORD = regex.compile(r"\p{Ll}+")


def distinct_lines(text: str, rng: random.Random, words: list[str]) -> str:
    """A variant no other variant shares a line with: one word of each line of four words
    or more replaced by a word of the corpus (a long document of variants joined is then
    not cut down to one copy by the repeated-block step)."""
    lines = []
    for line in text.split("\n"):
        parts = line.split(" ")
        if len(parts) > 3:
            parts[rng.randrange(1, len(parts))] = rng.choice(words)
        lines.append(" ".join(parts))
    return "\n".join(lines)


def long_document(copies: int, seed: int = 3) -> bytes:
    """One document of ``copies`` `distinct_lines` variants of the corpus files, joined."""
    rng = random.Random(seed)
    texts = corpus_texts()
    words = _LOWER_WORD.findall("\n".join(texts))
    return "\n\n".join(distinct_lines(texts[i % len(texts)], rng, words) for i in range(copies)).encode("utf-8")


def long_list(items: int, seed: int = 5) -> bytes:
    """One decision whose objectives list ``items`` counted activities: the corpus lines
    with a count before a unit, the counts from 1 to 5 (a long annex repeats them)."""
    rng = random.Random(seed)
    texts = corpus_texts()
    counted = [line.strip() for text in texts for line in text.split("\n") if _COUNT.search(line)]
    head = texts[0].split("\nĐiều 1.")[0]
    lines = [f"- {_COUNT.sub(lambda m: f'{rng.randint(1, 5):02d}{m[2]}', rng.choice(counted))};" for _ in range(items)]
    return "\n".join([head, "Điều 1. Phê duyệt Chương trình với các nội dung sau:", "II. MỤC TIÊU", *lines]).encode("utf-8")


def build(folder: Path, n: int, seed: int = 7) -> int:
    """Write ``n`` distinct varied documents into ``folder``; returns their total size in
    bytes. A variant whose bytes another already has is drawn again: a batch processes
    identical bytes once, so a repeat would count as a document and cost nothing (the short
    news texts have few variants: 10 of 200 documents were repeats)."""
    rng = random.Random(seed)
    texts = corpus_texts()
    folder.mkdir(parents=True, exist_ok=True)
    total, seen = 0, set()
    for i in range(n):
        data = vary(texts[i % len(texts)], rng).encode("utf-8")
        while hashlib.sha256(data).digest() in seen:
            data = vary(texts[i % len(texts)], rng).encode("utf-8")
        seen.add(hashlib.sha256(data).digest())
        (folder / f"doc-{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


# --- measurements, each in its own process ---------------------------------------------------


def measure_floor(folder: Path) -> dict:
    started = time.perf_counter()
    numbers = 0
    for path in sorted(folder.iterdir()):
        text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8"))
        numbers += sum(1 for _ in _FLOOR_PATTERN.finditer(text))
    return {"seconds": time.perf_counter() - started, "numbers": numbers}


def measure_run(folder: Path, out: Path, jobs: int) -> dict:
    from khuyencong_extract.batch import run_batch

    started, main, workers = time.perf_counter(), cpu_seconds(resource.RUSAGE_SELF), cpu_seconds(resource.RUSAGE_CHILDREN)
    manifest = run_batch([str(folder)], out, jobs=jobs, force=True, progress=False)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "failed": len(manifest.failed), "documents": len(manifest.entries),
            "main_cpu": cpu_seconds(resource.RUSAGE_SELF) - main, "worker_cpu": cpu_seconds(resource.RUSAGE_CHILDREN) - workers}


def cpu_seconds(who: int) -> float:
    """User and system CPU seconds of this process (or of its ended children) so far: less
    moved than wall time by other programs on a shared machine."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def measure_stages(folder: Path) -> dict:
    """Seconds spent in each stage of the per-document pipeline over every file of
    ``folder``, in this one process: each stage function is wrapped by a timer."""
    from khuyencong_extract import engines, pipeline, write

    seconds: dict[str, float] = {}

    def timed(name, function):
        def run(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - started
        return run

    pipeline.decode = timed("read", pipeline.decode)
    pipeline.normalise = timed("normalise", pipeline.normalise)
    pipeline.segment = timed("segment", pipeline.segment)
    pipeline.EXTRACTORS = [(name, timed(name, function)) for name, function in pipeline.EXTRACTORS]
    write.document_json = timed("json", write.document_json)
    started = time.perf_counter()
    for path in sorted(folder.iterdir()):
        engines.process_document(str(path), path.read_bytes())
    total = time.perf_counter() - started
    return {"stages": seconds, "seconds": total}


def measure_unseen(path: Path) -> dict:
    """Seconds for one corpus document no cache has seen: the process first runs a batch's
    warm-up passage (every data file loaded, as in a worker) and the other corpus files
    (caches holding only what they put there)."""
    from khuyencong_extract import engines

    engines.process_document("<warm-up>", engines.WARM_UP)
    for other in sorted(CORPUS.glob("*.txt")):
        if other != path:
            engines.process_document(str(other), other.read_bytes())
    raw = path.read_bytes()
    started = time.perf_counter()
    engines.process_document(str(path), raw)
    return {"seconds": time.perf_counter() - started, "bytes": len(raw)}


def measure_long(copies: int) -> dict:
    """Seconds for one long document (`long_document` of ``copies`` variants, or for a
    negative number `long_list` of as many items), after the warm-up passage and a short
    long document of other variants (which loads pyvi, as its unknown units need it)."""
    from khuyencong_extract import engines

    engines.process_document("<warm-up>", engines.WARM_UP)
    engines.process_document("<other>", long_document(5, seed=99))
    raw = long_document(copies) if copies > 0 else long_list(-copies)
    started = time.perf_counter()
    outcome = engines.process_document("<long>", raw)
    return {"seconds": time.perf_counter() - started, "bytes": len(raw), "failed": outcome.status != "ok",
            "kind": f"{copies} variants joined" if copies > 0 else f"a list of {-copies} counted activities"}


def measure_in_a_row(count: int = 4, copies: int = 300) -> dict:
    """Peak memory (MB) after each of ``count`` different long documents processed in a row
    in one process, as a worker meets them: flat when nothing of one stays behind it."""
    from khuyencong_extract import engines

    engines.process_document("<warm-up>", engines.WARM_UP)
    peaks, size = [], 0
    for seed in range(count):
        raw = long_document(copies, seed=seed)
        size = len(raw)
        engines.process_document(f"<long {seed}>", raw)
        peaks.append(round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    return {"peaks": peaks, "bytes": size}


def peak_mb() -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_main_mb": round(own, 1), "peak_worker_mb": round(children, 1)}


def spin(_=None) -> float:
    """Seconds of a fixed pure-Python loop: what one core gives now."""
    started = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - started


def machine_scaling() -> float:
    """How much faster two processes finish two loops than one process: the machine's own
    1 -> 2 scaling at this moment (shared or throttled cores give less than 2)."""
    from multiprocessing import get_context

    one = spin() * 2
    with get_context("spawn").Pool(2) as pool:
        started = time.perf_counter()
        pool.map(spin, [0, 1])
        two = time.perf_counter() - started
    return one / two


def child(args) -> None:
    folder = Path(args.folder)
    if args.child == "floor":
        result = measure_floor(folder)
    elif args.child == "stages":
        result = measure_stages(folder)
    elif args.child == "unseen":
        result = measure_unseen(folder)
    elif args.child == "in-a-row":
        result = measure_in_a_row()
    elif args.child == "long":
        result = measure_long(args.copies)
    else:
        result = measure_run(folder, Path(args.out), args.jobs)
    print(json.dumps({**result, **peak_mb()}))


def fastest(runs: int, kind: str, folder: Path, out: Path | None = None, jobs: int = 1) -> dict:
    """The fastest of ``runs`` measures `in_process` (each in a fresh process)."""
    return min((in_process(kind, folder, out, jobs) for _ in range(runs)), key=lambda r: r["seconds"])


def in_process(kind: str, folder: Path, out: Path | None = None, jobs: int = 1, copies: int = 0) -> dict:
    command = [sys.executable, __file__, "--child", kind, "--folder", str(folder), "--jobs", str(jobs),
               "--copies", str(copies)]
    if out is not None:
        command += ["--out", str(out)]
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def print_stages(result: dict, docs: int) -> None:
    """Milliseconds per document of each stage, and their share of the whole."""
    stages = result["stages"]
    stages["other (models, ids, hashing)"] = result["seconds"] - sum(stages.values())
    print(f"{'stage':<30} {'ms/doc':>7} {'share':>6}")
    for name, seconds in stages.items():
        print(f"{name:<30} {seconds / docs * 1000:>7.2f} {seconds / result['seconds']:>6.0%}")


def print_unseen(results: list[dict]) -> None:
    """Throughput on documents seen for the first time (`measure_unseen` of each corpus file)."""
    seconds = sum(r["seconds"] for r in results)
    mb = sum(r["bytes"] for r in results) / 1e6
    print(f"unseen documents (each corpus file after the four others, in a fresh process): "
          f"{mb / seconds:.2f} MB/s, {seconds / len(results) * 1000:.1f} ms/doc")


def print_long(results: list[dict]) -> None:
    """Throughput on one long document of each size (`measure_long`)."""
    for r in results:
        print(f"one long document, {r['kind']}, {r['bytes'] / 1e6:.1f} MB: {r['seconds']:.1f} s, "
              f"{r['bytes'] / 1e6 / r['seconds']:.2f} MB/s{' (failed)' if r['failed'] else ''}")


GOAL_MB_PER_CORE = 2.0
GOAL_FLOOR_RATIO = 20.0
"""The speed goals of the batch's issue: MB/s per core end to end, and at most this many
times the floor's time per MB."""


def goals(per_core: float, ratio: float) -> str:
    """The one-job run measured against the two speed goals."""
    met = {True: "met", False: "not met"}
    return (f"goals (one job): {GOAL_MB_PER_CORE:g} MB/s per core {met[per_core >= GOAL_MB_PER_CORE]} "
            f"({per_core:.2f}); within {GOAL_FLOOR_RATIO:g}x of the floor {met[ratio <= GOAL_FLOOR_RATIO]} "
            f"({ratio:.0f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="documents to build (default 200)")
    parser.add_argument("--memory", action="store_true", help="also run 4 x N documents to compare peak memory")
    parser.add_argument("--work", help="folder for the built corpus and outputs (default: a temporary one)")
    parser.add_argument("--stages", action="store_true", help="also print the time per document of each pipeline stage")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the floor and of each batch; the fastest counts (default 3)")
    parser.add_argument("--long", action="store_true",
                        help="also time long documents of two sizes each (variants joined, a long list): time should grow linearly")
    parser.add_argument("--child", choices=["floor", "run", "stages", "unseen", "long", "in-a-row"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--copies", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return

    from khuyencong_extract import build_kind

    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="khuyencong-bench-"))
    try:
        folder = work / "inputs"
        size = build(folder, args.docs)
        mb = size / 1e6
        print(f"{args.docs} documents, {mb:.2f} MB, built from {CORPUS.relative_to(ROOT)}/; {build_kind()}")
        floor = fastest(args.repeat, "floor", folder)
        floor_per_mb = floor["seconds"] / mb
        print(f"floor (read + NFC + one regex pass): {mb / floor['seconds']:.1f} MB/s on one core")
        rows = []
        for jobs in (1, 2):
            result = fastest(args.repeat, "run", folder, work / f"out-{jobs}", jobs)
            rows.append((jobs, args.docs, result))
        if args.memory:
            big = work / "inputs-4x"
            build(big, 4 * args.docs)
            rows.append((2, 4 * args.docs, fastest(args.repeat, "run", big, work / "out-4x", 2)))
        print(f"{'jobs':>4} {'docs':>6} {'s':>7} {'docs/s':>7} {'MB/s':>6} {'MB/s/core':>9} "
              f"{'x floor':>7} {'main MB':>7} {'worker MB':>9} {'CPU ms/doc':>10} {'main CPU s':>10} failed")
        for jobs, docs, r in rows:
            run_mb = mb * docs / args.docs
            per_core = run_mb / r["seconds"] / jobs
            ratio = (1 / per_core) / floor_per_mb
            print(f"{jobs:>4} {docs:>6} {r['seconds']:>7.1f} {docs / r['seconds']:>7.1f} {run_mb / r['seconds']:>6.2f} "
                  f"{per_core:>9.2f} {ratio:>7.0f} {r['peak_main_mb']:>7.0f} {r['peak_worker_mb']:>9.0f} "
                  f"{r['worker_cpu'] / docs * 1000:>10.1f} {r['main_cpu']:>10.2f} {r['failed']}")
        if args.stages:
            print_stages(in_process("stages", folder), args.docs)
        print_unseen([in_process("unseen", path) for path in sorted(CORPUS.glob("*.txt"))])
        if args.long:
            print_long([in_process("long", CORPUS, copies=copies) for copies in (40, 160, -2000, -8000)])
            row = in_process("in-a-row", CORPUS)
            print(f"four different long documents of {row['bytes'] / 1e6:.1f} MB in a row, peak memory after each: "
                  f"{', '.join(f'{peak} MB' for peak in row['peaks'])}")
        one, two = rows[0][2]["seconds"], rows[1][2]["seconds"]
        print(f"scaling 1 -> 2 jobs: {one / two:.2f}x (the machine's own, pure-Python loop: "
              f"{machine_scaling():.2f}x)")
        print(goals(mb / one, one / mb / floor_per_mb))
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
