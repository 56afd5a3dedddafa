"""Build of khuyencong-extract: the modules each document runs through, compiled to C with
mypyc (0.68-0.85 of the CPU time a document takes as Python, 1.2 times a batch's
throughput; the README's Performance section has the figures). Everything else stays Python.

The compiled modules are the Python ones, unchanged: mypyc reads their type annotations.
An editable install (``pip install -e``) is not compiled: a compiled module would hide edits
to its source. Set ``KHUYENCONG_PURE=1`` not to compile a regular install either. Where
compiling is not possible (no mypyc, no C compiler, a failed build) the package is installed
as Python alone, with a warning, and behaves the same, only slower.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

PACKAGE = "khuyencong_extract"

COMPILED = (
    "textmap", "texttools", "tones", "chrome", "damage", "linejoin", "blocks", "normalise",
    "segment", "context", "dates", "docnumbers", "agencies", "issuers", "metadata", "citations",
    "objectives", "numbers", "tables", "targets", "budget", "duties",
)
"""The per-document stages and their helpers (`pipeline` runs them; reading, batch runs,
writing and reports stay Python: they wait on files and on pandas, not on the interpreter)."""


def _warn(message: str) -> None:
    print(f"khuyencong-extract build: {message}; installing the Python modules alone", file=sys.stderr)


BUILDING_COMMANDS = frozenset({"bdist_wheel", "build", "build_ext", "install"})
"""The commands that install or package the modules; not the steps that only read the
metadata (``egg_info``, ``dist_info``) nor an editable install (``editable_wheel``)."""


class CompilingBuildExt(build_ext):
    """`build_ext` of the mypyc extensions (`compiled_modules`), made only for a command of
    `BUILDING_COMMANDS`, on every core, all or nothing: a module that fails to compile leaves
    the package wholly Python (a compiled module calls the others compiled)."""

    def finalize_options(self) -> None:
        building = not BUILDING_COMMANDS.isdisjoint(self.distribution.commands)
        self.distribution.ext_modules = compiled_modules() if building else []
        super().finalize_options()
        self.parallel = self.parallel or os.cpu_count() or 1

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # a compiler error is raised as one of several types
            _warn(f"compiling failed ({error})")
            for ext in self.extensions:
                Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
            self.extensions = []


def compiled_modules() -> list[Extension]:
    """The mypyc extensions of `COMPILED`, or none (see the module docstring)."""
    if os.environ.get("KHUYENCONG_PURE") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _warn("mypyc is not installed")
        return []
    paths = [f"{PACKAGE}/{name}.py" for name in COMPILED]
    try:
        return mypycify(paths + ["--ignore-missing-imports"], opt_level="3", separate=True)
    except (Exception, SystemExit) as error:  # mypyc exits on a type error; Ctrl-C still stops the build
        _warn(f"mypyc could not translate the modules ({error!r})")
        return []


# The extension listed here only marks the package as built per platform; `CompilingBuildExt`
# builds the real ones in its place.
setup(ext_modules=[Extension(f"{PACKAGE}.stages", sources=[])], cmdclass={"build_ext": CompilingBuildExt})
