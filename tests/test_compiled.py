"""The compiled build (``pip install .``: the stages compiled by mypyc, see ``setup.py``)
reads every text as the Python modules do: the same JSON for the corpus, its mutations and
the hostile inputs of `test_armour`, no error where the Python modules raise none, and the
tests of what the stages read (`BEHAVIOUR_TESTS`) pass on it.

The tests themselves run on the Python modules (an editable install is not compiled), so
this is what holds the compiled build to them. The wheel is built once per session, with
pip, from a copy of the package (a build writes its C sources beside ``setup.py``): a
minute or two.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

from khuyencong_extract import extract_text

from conftest import CORPUS_FILES, ROOT, corpus_text
from test_armour import PATHOLOGICAL, nested_markers

PACKAGE = "khuyencong_extract"


def compiled_names() -> list[str]:
    """`COMPILED` of ``setup.py``, read without running it."""
    tree = ast.parse((ROOT / "setup.py").read_text("utf-8"))
    assignment = next(node for node in tree.body if isinstance(node, ast.Assign)
                      and any(getattr(target, "id", None) == "COMPILED" for target in node.targets))
    return list(ast.literal_eval(assignment.value))


def mutations() -> dict[str, str]:
    """Each corpus text as it is, in NFD, with Windows line ends, with every third line
    dropped and in capitals; then the pathological inputs and 10,000 nested markers."""
    texts = {}
    for path in CORPUS_FILES:
        text = corpus_text(path)
        lines = text.split("\n")
        texts[path.stem] = text
        texts[f"{path.stem} NFD"] = unicodedata.normalize("NFD", text)
        texts[f"{path.stem} CRLF"] = text.replace("\n", "\r\n")
        texts[f"{path.stem} lines dropped"] = "\n".join(line for i, line in enumerate(lines) if i % 3 != 2)
        texts[f"{path.stem} upper"] = text.upper()
    texts.update({f"pathological {name}": text for name, text in PATHOLOGICAL.items()})
    texts["nested markers"] = nested_markers(10_000)
    return texts


def extracted(texts: dict[str, str]) -> dict[str, str]:
    """Each text's Document as JSON, or the error it raised."""
    out = {}
    for name, text in texts.items():
        try:
            out[name] = extract_text(text).model_dump_json()
        except Exception as error:  # compared, not hidden: the two builds must agree
            out[name] = f"{type(error).__name__}: {error}"
    return out


BEHAVIOUR_TESTS = ("test_golden.py", "test_fuzz.py", "test_normalise.py", "test_segment.py", "test_metadata.py",
                   "test_citations.py", "test_objectives.py", "test_targets.py", "test_budget.py", "test_duties.py")
"""The tests of what the stages read in real text, run again on the compiled build (but for
those marked ``python_modules``)."""

TESTS_RUNNER = """
import sys
import khuyencong_extract, pytest
assert khuyencong_extract.compiled(), khuyencong_extract.__file__
sys.exit(pytest.main(sys.argv[1:]))
"""

RUNNER = """
import json, sys
import khuyencong_extract
from test_compiled import extracted
assert khuyencong_extract.compiled(), khuyencong_extract.__file__
texts = json.loads(open(sys.argv[1], encoding="utf-8").read())
open(sys.argv[2], "w", encoding="utf-8").write(json.dumps(extracted(texts)))
"""


@pytest.fixture(scope="session")
def compiled_site(tmp_path_factory) -> Path:
    """A folder holding the package as the wheel of ``pip install .`` installs it."""
    if not (shutil.which("cc") or shutil.which("gcc")):
        pytest.skip("no C compiler here: the package installs as Python alone")
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / PACKAGE, source / PACKAGE, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    wheels = tmp_path_factory.mktemp("wheels")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "-w", str(wheels), str(source)],
                           capture_output=True, text=True)
    output = build.stdout + build.stderr
    assert build.returncode == 0, output[-3000:]
    assert "khuyencong-extract build:" not in output, output[-3000:]  # it fell back to Python: mypyc says why
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(next(wheels.glob("*.whl"))) as wheel:
        wheel.extractall(site)
    return site


def test_every_listed_stage_is_compiled(compiled_site):
    built = {path.name.split(".")[0] for path in (compiled_site / PACKAGE).glob("*.so")}
    assert set(compiled_names()) <= built


def test_compiled_build_extracts_as_the_python_modules(compiled_site, tmp_path):
    texts = mutations()
    (tmp_path / "texts.json").write_text(json.dumps(texts), "utf-8")
    tests_dir = str(Path(__file__).parent)
    run = subprocess.run(
        [sys.executable, "-c", RUNNER, str(tmp_path / "texts.json"), str(tmp_path / "out.json")],
        cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": f"{compiled_site}{os.pathsep}{tests_dir}"})
    assert run.returncode == 0, run.stderr[-3000:]
    compiled = json.loads((tmp_path / "out.json").read_text("utf-8"))
    python = extracted(texts)
    assert not [name for name in texts if name not in compiled or compiled[name] != python[name]]
    assert not [name for name, out in python.items() if not out.startswith("{")]  # none raised


def test_behaviour_tests_pass_on_the_compiled_build(compiled_site, tmp_path):
    tests = Path(__file__).parent
    run = subprocess.run(
        [sys.executable, "-c", TESTS_RUNNER, "-q", "-p", "no:cacheprovider", "-m", "not python_modules",
         "--rootdir", str(ROOT), *(str(tests / name) for name in BEHAVIOUR_TESTS)],
        cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(compiled_site)})
    assert run.returncode == 0, (run.stdout + run.stderr)[-5000:]

