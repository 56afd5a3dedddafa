"""Targets found versus the hand count, per corpus document: precision and recall.

Reads the corpus files and ``HAND_TARGETS`` (``(value, unit)`` pairs kept in
tests/test_targets.py); prints one line per document and the totals, then the
targets missed and the ones found beyond the hand count.

    python scripts/target_recall.py [--corpus corpus]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path

from khuyencong_extract import extract_file

ROOT = Path(__file__).resolve().parent.parent


def hand_targets() -> dict[str, list[tuple[float, str]]]:
    """The hand count kept beside the tests (tests/ on the path for its conftest import)."""
    sys.path.insert(0, str(ROOT / "tests"))
    spec = importlib.util.spec_from_file_location("test_targets", ROOT / "tests" / "test_targets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.HAND_TARGETS


def score(found: Counter, expected: Counter) -> tuple[int, float, float]:
    """Matched count, precision and recall (1.0 when there is nothing to find or found)."""
    matched = sum((found & expected).values())
    precision = matched / sum(found.values()) if found else 1.0
    recall = matched / sum(expected.values()) if expected else 1.0
    return matched, precision, recall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = parser.parse_args(argv)
    hand = hand_targets()
    totals = Counter()
    notes = []
    print(f"{'document':36} {'found':>5} {'hand':>5} {'match':>5} {'precision':>9} {'recall':>6}")
    for stem, expected_list in sorted(hand.items()):
        doc = extract_file(args.corpus / f"{stem}.txt")
        found = Counter((t.value, t.unit) for t in doc.targets)
        expected = Counter((float(v), u) for v, u in expected_list)
        matched, precision, recall = score(found, expected)
        totals.update(found=sum(found.values()), hand=sum(expected.values()), matched=matched)
        print(f"{stem:36} {sum(found.values()):5} {sum(expected.values()):5} {matched:5} {precision:9.2f} {recall:6.2f}")
        notes += [f"  missed   {stem}: {v:g} {u}" for (v, u) in (expected - found).elements()]
        notes += [f"  extra    {stem}: {v:g} {u}" for (v, u) in (found - expected).elements()]
    precision = totals["matched"] / totals["found"] if totals["found"] else 1.0
    recall = totals["matched"] / totals["hand"] if totals["hand"] else 1.0
    print(f"{'all':36} {totals['found']:5} {totals['hand']:5} {totals['matched']:5} {precision:9.2f} {recall:6.2f}")
    print("\n".join(notes) or "no target missed, none extra")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
