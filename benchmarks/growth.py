"""Growth sweep: does any input shape make the pipeline slower than linear in its length?

Most shapes are built from the package's own patterns, so that each pattern meets long
runs of what it looks for: every compiled pattern at module level gives its literal
characters and its words. Such a shape is a short unit repeated: two of those characters
("%1", "\\n9", '"3'), or one word followed by a separator ("Căn cứ 1 ", "lớp\\n- "). The
others are the kinds of line a decision is made of (`LINES`: citations, duties, numbered
sections, amounts, web chrome ...) and every line of the corpus files (`corpus_lines`),
numbered so that no two repeat, each either as lines or run together on one line. Each shape runs
through `extract_text` at two lengths (default 20,000 and 80,000 characters) in worker
processes; the script prints the slowest shapes (seconds per MB at the longer length) and
every shape whose time grew more than ``--max-growth`` times (default 8, where linear
time grows 4 times and quadratic time 16 times) while taking at least ``--min-seconds``
(shorter times are mostly noise); such a shape is timed again, the fastest of three runs
kept, before it is reported. A shape on which `extract_text` raises is reported with its
error. Exits 1 when a shape grew too fast or raised.

A shape slower than the batch's time limit per MB (30 s) is not a failure here: a document
of it over 1 MB is stopped at its limit and listed as failed, by design. Not a test: a
full sweep takes 10-20 minutes on two cores. Usage::

    python benchmarks/growth.py [--jobs 2] [--sizes 20000 80000] [--only TEXT] [--sample 300] [--show 15]
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import pkgutil
import random
import re
import sys
import time
from multiprocessing import Pool
from pathlib import Path

import regex

SEPARATORS = [" ", " 1 ", ", ", "\n", ": ", " 2021 ", "\n- ", ".\n"]
"""What follows a word in a word shape: a space, a figure, a list, a line break, a label."""
_PUNCTUATION = set(" .,/-:;()|\"'%")
"""The characters besides letters and digits that a shape takes from a pattern."""
_LETTERS = sorted("aAĐư")
"""The letters paired with every other character (a pattern's own letters are not paired)."""
ALWAYS = _PUNCTUATION | {"\n", "1"} | set(_LETTERS)
"""Characters every sweep pairs, besides those the patterns hold."""
LINES = {
    "citations": "Căn cứ Quyết định số {i}/QĐ-UBND ngày 2 tháng 3 năm 2020 của UBND tỉnh;\n",
    "mentions": "Nghị quyết số {i}/NQ-HĐND, Thông tư số {i}/2018/TT-BCT, ",
    "duties": "{i}. Sở Công Thương chủ trì, phối hợp với Sở Tài chính và UBND huyện {i} thực hiện.\n",
    "sections": "{i}. Mục tiêu số {i}\n- Đào tạo {i} lớp nghề cho lao động nông thôn.\n",
    "articles": "Điều {i}. Giao Sở Công Thương thực hiện việc số {i}.\n",
    "letters": "a) Nội dung {i}: hỗ trợ {i} cơ sở.\n",
    "headings": "PHẦN {i}\nNỘI DUNG CHƯƠNG TRÌNH SỐ {i}\n",
    "amounts": "- Kinh phí hỗ trợ đợt {i}: {i},5 tỷ đồng từ ngân sách tỉnh.\n",
    "objectives": "- Phấn đấu đến năm 2025 có {i} sản phẩm công nghiệp nông thôn tiêu biểu.\n",
    "wrapped": "hỗ trợ các cơ sở công nghiệp nông thôn số {i}\nứng dụng máy móc thiết bị\n",
    "chrome": "Trang chủ > Tin tức {i}\nChia sẻ Facebook Twitter In bài {i}\n",
    "agencies": "UBND huyện Số{i}, Sở Ngành{i}, Phòng Kinh tế {i}, ",
    "dates": "ngày {i}/3/2021, ",
    "run together": "củaBộCông Thương vàUBND theoQuyết định số {i}",
}
"""Line shapes: ``{i}`` is replaced by the number of each copy."""
_WORD = regex.compile(r"\p{L}[\p{L} ]{2,}\p{L}")
"""A word (or a few words) written literally in a pattern."""
CORPUS = Path(__file__).resolve().parent.parent / "corpus"
_DIGITS = regex.compile(r"\d+")
_MIN_LINE = 12
"""Corpus lines shorter than this (markers, blank lines) are left out: other shapes cover them."""


def corpus_lines() -> dict[str, str]:
    """Name -> unit for each distinct line of the corpus files: its figures replaced by the
    copy's number (a line without one gets it at its end), as a line of its own
    (``corpus line``) and run into one long line (``corpus run``)."""
    lines = sorted({line.strip() for path in sorted(CORPUS.glob("*.txt"))
                    for line in path.read_text("utf-8").splitlines() if len(line.strip()) >= _MIN_LINE})
    units = {}
    for number, line in enumerate(lines):
        numbered = _DIGITS.sub("{i}", line) if _DIGITS.search(line) else line + " {i}"
        units[f"corpus line {number:04d}"] = numbered + "\n"
        units[f"corpus run {number:04d}"] = numbered + " "
    return units


def package_patterns() -> list[regex.Pattern | re.Pattern]:
    """Every compiled text pattern held by a module of the package (module-level names; the
    reader's patterns over bytes are left out: they never meet the text shapes built here)."""
    import khuyencong_extract

    found: dict[int, regex.Pattern | re.Pattern] = {}
    for module in pkgutil.iter_modules(khuyencong_extract.__path__):
        if module.name == "__main__":
            continue
        names = vars(importlib.import_module(f"khuyencong_extract.{module.name}"))
        found.update((id(value), value) for value in names.values()
                     if isinstance(value, (regex.Pattern, re.Pattern)) and isinstance(value.pattern, str))
    return list(found.values())


def shapes(patterns) -> dict[str, str]:
    """Name -> repeated unit: character pairs and word-separator pairs from ``patterns``,
    and the `LINES`."""
    chars, words = set(ALWAYS), set()
    for pattern in patterns:
        chars |= {c for c in pattern.pattern if c.isalnum() or c in _PUNCTUATION}
        words |= set(_WORD.findall(pattern.pattern))
    units = {}
    paired = sorted(c for c in chars if not c.isalpha()) + _LETTERS
    for a, b in itertools.permutations(paired, 2):
        units[f"pair {a + b!r}"] = a + b
    for c in sorted(chars):
        units[f"run {c!r}"] = c * 3 + " "
    for word, separator in itertools.product(sorted(words), SEPARATORS):
        units[f"word {word + separator!r}"] = word + separator
    units.update((f"lines {name}", line) for name, line in LINES.items())
    units.update(corpus_lines())
    return units


def repeated(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` characters, each copy's ``{i}`` replaced by its number."""
    if "{i}" not in unit:
        return unit * (size // len(unit))
    copies, length = [], 0
    for number in itertools.count(1):
        copy = unit.replace("{i}", str(number))
        if length + len(copy) > size:
            return "".join(copies)
        copies.append(copy)
        length += len(copy)


def _warm_up() -> None:
    """Load what a first document loads (data files, pyvi for an unknown unit)."""
    from khuyencong_extract.pipeline import extract_text

    extract_text("Điều 1. Đào tạo 3 lớp, hỗ trợ 2 thuyền.")


def timed(job: tuple[str, str, tuple[int, ...], int]) -> tuple[str, list[float] | str, float]:
    """The fewest seconds `extract_text` takes on ``unit`` repeated to each size, over
    ``runs`` runs, and the MB (UTF-8) of the longest text; the error instead of the
    seconds when it raises."""
    from khuyencong_extract.engines import internal_error
    from khuyencong_extract.pipeline import extract_text

    name, unit, sizes, runs = job
    seconds = []
    for size in sizes:
        text = repeated(unit, size)
        best = float("inf")
        for _ in range(runs):
            started = time.perf_counter()
            try:
                extract_text(text)
            except Exception as error:  # reported, and the sweep goes on
                return name, f"at {size} characters: {internal_error(error)}", 0.0
            best = min(best, time.perf_counter() - started)
        seconds.append(best)
    return name, seconds, len(text.encode("utf-8")) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sizes", type=int, nargs=2, default=[20_000, 80_000], metavar=("SHORT", "LONG"))
    parser.add_argument("--only", help="run the shapes whose name holds this text")
    parser.add_argument("--sample", type=int, help="run this many shapes, drawn at random (seed 1)")
    parser.add_argument("--show", type=int, default=15, help="slowest shapes printed")
    parser.add_argument("--max-growth", type=float, default=8.0)
    parser.add_argument("--min-seconds", type=float, default=0.5)
    args = parser.parse_args()

    units = shapes(package_patterns())
    names = sorted(name for name in units if args.only is None or args.only in name)
    if args.sample:
        names = sorted(random.Random(1).sample(names, min(args.sample, len(names))))
    ratio = args.sizes[1] / args.sizes[0]
    print(f"{len(names)} shapes at {args.sizes[0]} and {args.sizes[1]} characters, {args.jobs} jobs", flush=True)
    results, megabytes, errors = {}, {}, {}
    with Pool(args.jobs, initializer=_warm_up) as pool:
        jobs = [(name, units[name], tuple(args.sizes), 1) for name in names]
        for done, (name, seconds, mb) in enumerate(pool.imap_unordered(timed, jobs, chunksize=4), 1):
            if isinstance(seconds, str):
                errors[name] = seconds
            else:
                results[name], megabytes[name] = seconds, mb
            if done % 100 == 0:
                print(f"  {done}/{len(jobs)}", file=sys.stderr, flush=True)
        again = [(name, units[name], tuple(args.sizes), 3) for name in _growing(results, args)]
        for name, seconds, _ in pool.imap_unordered(timed, again):  # one run can be slowed by the machine
            results[name] = seconds

    print(f"\nslowest shapes ({args.sizes[1]} characters; linear growth x{ratio:g}):")
    print(f"{'shape':44} {'s':>7} {'s/MB':>7} {'growth':>7}")
    for name in sorted(results, key=lambda n: -results[n][1])[:args.show]:
        short, long = results[name]
        print(f"{name[:44]:44} {long:7.2f} {long / megabytes[name]:7.1f} {long / max(short, 1e-6):7.1f}")
    fast_growing = _growing(results, args)
    print(f"\ngrew more than x{args.max_growth:g}: {', '.join(fast_growing) or 'none'}")
    print(f"raised: {'none' if not errors else ''}")
    for name in sorted(errors):
        print(f"  {name}: {errors[name]}")
    return 1 if fast_growing or errors else 0


def _growing(results: dict[str, list[float]], args) -> list[str]:
    """Shapes whose time grew more than ``--max-growth`` times, at ``--min-seconds`` at least."""
    return sorted(name for name, (short, long) in results.items()
                  if long >= args.min_seconds and long / max(short, 1e-6) > args.max_growth)


if __name__ == "__main__":
    sys.exit(main())
