"""khuyencong-extract: structured, traceable data from Vietnamese khuyến công decisions.

Python API (the CLI is a thin layer over it)::

    from khuyencong_extract import extract_text, extract_file, run_batch, load_dataset
"""

__version__ = "0.1.0"

from khuyencong_extract.pipeline import extract_bytes, extract_file, extract_text  # noqa: E402
from khuyencong_extract.batch import load_dataset, run_batch  # noqa: E402

__all__ = ["extract_bytes", "extract_file", "extract_text", "load_dataset", "run_batch", "__version__"]
