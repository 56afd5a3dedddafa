"""Command line: ``khuyencong-extract run | schema | golden | report``.

Exit codes: 0 every input ok; 1 some inputs failed (listed in manifest.json);
2 usage error (bad arguments, missing input, input folders without a file, an output
folder that cannot be made, is an input folder or holds a json/, tables or a manifest no
run wrote, a Dask scheduler that cannot be reached, a Dask worker that runs other
pipeline code);
3 the run stopped before its output was complete (a full disk, permissions, a lost Dask
scheduler, an internal error: the previous output stays; -v shows the traceback);
130 interrupted (Ctrl-C); 143 terminated (SIGTERM).
"""

from __future__ import annotations

import argparse
import logging
import math
import signal
import sys
from pathlib import Path

from khuyencong_extract import __version__, build_kind
from khuyencong_extract.stops import Terminated, stopped_by_signals

EXAMPLES = {
    "run": """examples:
  khuyencong-extract run corpus/ --out out/                 all cores; a rerun skips unchanged files
  khuyencong-extract run corpus/ --out out/ --partition-by province
  khuyencong-extract run corpus/ --out out/ --engine dask   a local Dask cluster of --jobs workers
  khuyencong-extract run /shared/decisions --out /shared/out --engine dask --scheduler tcp://HOST:8786

Dask on several machines (pip install '.[dask]' everywhere; inputs are sent to the workers):
  HOST$   dask scheduler --port 8786
  each$   dask worker tcp://HOST:8786 --nworkers auto --nthreads 1
One thread per worker: a document over its time limit ends its worker process.""",
    "schema": "example: khuyencong-extract schema --out schemas/",
    "golden": "examples: khuyencong-extract golden check   |   khuyencong-extract golden update",
    "report": "example: khuyencong-extract report out/ --html report.html",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="khuyencong-extract", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"{__version__} ({build_kind()})")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="extract documents into an output folder", epilog=EXAMPLES["run"],
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("inputs", nargs="+", help="files or folders of decision texts")
    run.add_argument("--out", required=True, help="output folder (created if missing)")
    run.add_argument("-j", "--jobs", type=positive_int, default=None,
                     help="worker processes (default: the number of cores)")
    run.add_argument("--engine", choices=["local", "dask"], default="local",
                     help="local process pool (default) or a Dask cluster (needs the dask extra)")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="Dask scheduler, e.g. tcp://HOST:8786 (default: start a local cluster)")
    run.add_argument("--partition-by", choices=["province"], default=None,
                     help="write each table as a folder partitioned by this column (hive style)")
    run.add_argument("--force", action="store_true",
                     help="reprocess every input: no reuse of documents unchanged since the last run, "
                          "nor of those an interrupted run processed")
    run.add_argument("--max-bytes", type=positive_int, default=None,
                     help="refuse inputs larger than this (default: 20000000)")
    run.add_argument("--time-limit", type=non_negative_seconds, default=None, metavar="SECONDS",
                     help="seconds a document may take per MB, at least one MB (default: 30; 0: no limit)")
    run.add_argument("--max-json-per-mb", type=non_negative_int, default=None, metavar="BYTES",
                     help="fail a document whose JSON has more bytes than this per MB of input, "
                          "at least one MB (default: 100000000; 0: no limit)")
    bar = run.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None,
                     help="draw a progress bar on stderr (default: when stderr is a terminal)")
    bar.add_argument("--no-progress", dest="progress", action="store_false", help="never draw the bar")
    run.add_argument("-q", "--quiet", action="store_true", help="only errors")
    run.add_argument("-v", "--verbose", action="store_true",
                     help="log every document, and the log of Dask's scheduler and workers")

    schema = sub.add_parser("schema", help="write the JSON Schema of the output", epilog=EXAMPLES["schema"])
    schema.add_argument("--out", default="schemas", help="folder for the schema files (default: schemas/)")

    golden = sub.add_parser("golden", help="compare with or rewrite the golden files", epilog=EXAMPLES["golden"])
    golden.add_argument("action", choices=["check", "update"])
    golden.add_argument("--corpus", default="corpus", help="corpus folder (default: corpus/)")
    golden.add_argument("--golden", default="golden", help="golden folder (default: golden/)")

    report = sub.add_parser("report", help="write an HTML report of an output folder", epilog=EXAMPLES["report"])
    report.add_argument("out", help="output folder written by `khuyencong-extract run`")
    report.add_argument("--html", default="report.html", help="HTML file to write (default: report.html)")
    report.add_argument("--source-root", action="append", default=[],
                        help="extra folder to look for relative source paths in (repeatable)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = {"run": cmd_run, "schema": cmd_schema, "golden": cmd_golden, "report": cmd_report}[args.command]
    try:
        with stopped_by_signals():
            return command(args)
    except KeyboardInterrupt as stop:  # before a command could say more (while it loads, say)
        said, code = stopped_by(stop)
        say_error(said)
        return code


def positive_int(text: str) -> int:
    return _int_from(text, 1)


def non_negative_int(text: str) -> int:
    return _int_from(text, 0)


def non_negative_seconds(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, at least 0, not {text}")
    return value


def _int_from(text: str, least: int) -> int:
    value = int(text)
    if value < least:
        raise argparse.ArgumentTypeError(f"must be at least {least}, not {value}")
    return value


def setup_logging(quiet: bool = False, verbose: bool = False) -> None:
    """Errors only (-q); the summary and failures (default); every document too (-v).

    Other libraries' records reach stderr only with -v: Dask's scheduler and nannies log
    each worker joining and leaving at INFO, and a worker ended by a time limit at ERROR,
    which the run reports as the document's failure. Dask sets its loggers' levels when it
    is imported (after this), so the line is drawn by a filter on the stderr handler.
    A process whose logging was set up before (an application, pytest) keeps its own."""
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO
    root = logging.getLogger()
    ours = not root.handlers
    logging.basicConfig(level=level, format="%(levelname)s %(message)s", stream=sys.stderr)
    if ours and not verbose:
        root.handlers[0].addFilter(_own_records)


def _own_records(record: logging.LogRecord) -> bool:
    return record.name.partition(".")[0] == "khuyencong_extract" or record.levelno >= logging.CRITICAL


def cmd_run(args) -> int:
    from khuyencong_extract.batch import DEFAULT_MAX_BYTES, OutputBusy, RunRefused, run_batch
    from khuyencong_extract.engines import DEFAULT_MAX_JSON_PER_MB, DEFAULT_TIME_LIMIT, SchedulerLost, internal_error

    setup_logging(args.quiet, args.verbose)
    log = logging.getLogger("khuyencong_extract.cli")
    missing = [p for p in args.inputs if not Path(p).exists()]
    if missing:
        log.error("no such file or folder: %s", ", ".join(missing))
        return 2
    if args.scheduler and args.engine != "dask":
        log.error("--scheduler needs --engine dask")
        return 2
    try:
        Path(args.out).mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = "a file is there" if isinstance(error, FileExistsError) else error.strerror or error
        log.error("cannot use %s as the output folder: %s", args.out, reason)
        return 2
    time_limit = DEFAULT_TIME_LIMIT if args.time_limit is None else (args.time_limit or None)
    max_json = DEFAULT_MAX_JSON_PER_MB if args.max_json_per_mb is None else (args.max_json_per_mb or None)
    try:
        manifest = run_batch(
            args.inputs, args.out, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
            partition_by=args.partition_by, force=args.force, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES,
            time_limit=time_limit, max_json_per_mb=max_json, progress=False if args.quiet else args.progress,
        )
    except (OutputBusy, RunRefused, RuntimeError) as error:  # a busy folder; bad in or out; no dask extra or scheduler
        log.error("%s", error)
        return 2
    except KeyboardInterrupt as stop:  # Ctrl-C, or SIGTERM (`Terminated`)
        said, code = stopped_by(stop)
        log.error("%s: %s", said, resumable_later(args.out))
        return code
    except SchedulerLost as error:
        log.error("%s; %s", error, resumable_later(args.out))
        return 3
    except OSError as error:
        log.error("cannot write the output in %s: %s; its previous complete output stays", args.out,
                  error.strerror or error)
        return 3
    except Exception as error:  # a bug: one line, the traceback with -v
        log.debug("traceback of the internal error", exc_info=True)
        log.error("%s; %s keeps its previous complete output", internal_error(error), args.out)
        return 3
    return 1 if manifest.failed else 0


def resumable_later(out: str) -> str:
    """What a run stopped midway leaves: the previous output, and its work for the next run."""
    return f"{out} keeps its previous complete output; the next run goes on where this one stopped"


def stopped_by(stop: KeyboardInterrupt) -> tuple[str, int]:
    """What stopped a command, as said on its last line, and its exit code."""
    if isinstance(stop, Terminated):
        return "terminated", 128 + signal.SIGTERM
    return "interrupted", 128 + signal.SIGINT


def say_error(message: str) -> None:
    """Say ``message`` on one line of stderr, named by the program, as argparse does."""
    print(f"khuyencong-extract: {message}", file=sys.stderr)


def usage_error(message: str) -> int:
    """`say_error`; the exit code of a usage error."""
    say_error(message)
    return 2


def cmd_schema(args) -> int:
    from khuyencong_extract.schema import write_schemas

    try:
        paths = write_schemas(Path(args.out))
    except OSError as error:
        return usage_error(f"cannot write the schemas to {args.out}: {error.strerror or error}")
    print(*paths, sep="\n")
    return 0


def cmd_golden(args) -> int:
    from khuyencong_extract import golden

    corpus, gold = Path(args.corpus), Path(args.golden)
    if not corpus.is_dir():
        return usage_error(f"no corpus folder {corpus}")
    if args.action == "update":
        for path in golden.update(corpus, gold):
            print(f"rewrote {path}")
        return 0
    changed = 0
    for name, lines in golden.check(corpus, gold).items():
        if lines:
            changed += 1
            print(f"{name}: {len(lines)} facts differ", *lines, sep="\n  ")
    print("golden files match" if not changed else f"{changed} documents differ from golden")
    return 1 if changed else 0


def cmd_report(args) -> int:
    from khuyencong_extract.report import ReportError, write_report

    setup_logging()
    try:
        path = write_report(args.out, args.html, [Path(root) for root in args.source_root])
    except ReportError as error:
        return usage_error(str(error))
    except OSError as error:  # the --html path: a folder, no such folder, no permission
        return usage_error(f"cannot write the report to {args.html}: {error.strerror or error}")
    if path is not None:  # not after a page sent to stdout or a pipe
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
