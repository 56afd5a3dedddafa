"""The benchmark's built corpus (not its timings: those are the script's, never a test's)."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_bench():
    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_built_documents_are_distinct(tmp_path):
    """A batch processes identical bytes once: 11 of the 200 documents were repeats of
    another (the short news texts have few variants), counted as documents that cost nothing."""
    bench = load_bench()
    size = bench.build(tmp_path, 200)
    files = sorted(tmp_path.iterdir())
    assert len(files) == 200 and size == sum(path.stat().st_size for path in files)
    assert len({hashlib.sha256(path.read_bytes()).digest() for path in files}) == 200
