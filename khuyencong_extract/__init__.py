"""khuyencong-extract: structured, traceable data from Vietnamese khuyến công decisions.

Python API (the CLI is a thin layer over it)::

    from khuyencong_extract import extract_text, extract_file, run_batch, load_dataset

The API is imported on first use, so that ``khuyencong-extract --help`` or a module that
needs only ``__version__`` does not load the pipeline, pandas and pyarrow (~1 s).
"""

from importlib import import_module
from importlib.machinery import EXTENSION_SUFFIXES
from importlib.util import find_spec

__version__ = "0.1.0"

_API = {
    "extract_bytes": "khuyencong_extract.pipeline",
    "extract_file": "khuyencong_extract.pipeline",
    "extract_text": "khuyencong_extract.pipeline",
    "load_dataset": "khuyencong_extract.batch",
    "run_batch": "khuyencong_extract.batch",
}
"""Each public function and the module that defines it."""

__all__ = [*_API, "__version__"]


def __getattr__(name: str):
    if name not in _API:
        raise AttributeError(f"module 'khuyencong_extract' has no attribute {name!r}")
    value = getattr(import_module(_API[name]), name)
    globals()[name] = value
    return value


def compiled() -> bool:
    """Whether the stages run compiled by mypyc (``pip install .``, see ``setup.py``) rather
    than as Python (an editable install, ``KHUYENCONG_PURE=1``, no C compiler)."""
    spec = find_spec("khuyencong_extract.segment")
    return spec is not None and spec.origin is not None and spec.origin.endswith(tuple(EXTENSION_SUFFIXES))


def build_kind() -> str:
    """`compiled` in words, for ``--version`` and the benchmark."""
    return "stages compiled by mypyc" if compiled() else "stages run as Python"


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])
