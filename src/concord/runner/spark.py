"""The same pipeline on Apache Spark, for archives of millions of pages.

    from concord.runner.spark import run_on_spark
    summary = run_on_spark(["/archive/**/*.warc.gz"], "/data/concord-out", settings)
    # then, on a laptop:  concord load-records /data/concord-out --db concord.db

The driver lists the inputs (`spark_plan`), spreads them over shards by a stable
hash of their names, and sends each unfinished shard to an executor as one task
(`spark_task`). Executors read the files with Concord's own readers (text, HTML,
JSON Lines, WARC/WET, feeds; containers are streamed, not loaded whole) and run
the stage list of `concord.pipeline.build_stages`, the one that also runs in
process and in the worker pool, so records and ids are the same as
`concord extract` gives. Input and output paths must be on a filesystem every
executor sees at the same path (local disk in local mode, NFS, a FUSE mount).

The output folder (see docs/spark.md):

    records/part-NNNNN.jsonl    extraction records, one document a line
    failures/part-NNNNN.jsonl   every input, line or record that failed, with its reason
    failures/part-listing.jsonl names that led to no file (missing paths, empty globs)
    _shards/part-NNNNN.json     a finished shard: its inputs, counts and configuration
    _manifest.json, summary.json, _SUCCESS

pyspark is an optional extra: ``pip install 'concord-kg[spark]'`` (it needs Java 17).
"""
from __future__ import annotations

import json
import os
import re
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable

from concord.document import Failure
from concord.errors import ConcordError, ConfigError
from concord.runner import spark_plan as plan
from concord.settings import Settings

INSTALL_HINT = "pip install 'concord-kg[spark]'"


@dataclass(slots=True)
class SparkSummary:
    inputs: int = 0            # files and URLs listed
    shards: int = 0
    shards_run: int = 0        # processed in this run
    shards_skipped: int = 0    # finished by an earlier run, left as they were
    documents: int = 0         # records in the output folder, all shards
    failures: int = 0          # failure lines in the output folder, listing included
    seconds: float = 0.0

    def line(self) -> str:
        return (f"inputs {self.inputs}, shards {self.shards} ({self.shards_run} run, "
                f"{self.shards_skipped} already done), documents {self.documents}, "
                f"failed {self.failures}, {self.seconds:.1f} s")


def require_pyspark() -> Any:
    """The pyspark module, or a ConfigError that says how to install it."""
    try:
        import pyspark
    except ImportError:
        raise ConfigError(f"pyspark is not installed: install the extra with `{INSTALL_HINT}` "
                          "(Spark also needs Java 17 or later on the PATH)") from None
    return pyspark


def spark_session(master: str | None = None, app_name: str = "concord",
                  conf: dict[str, str] | None = None) -> Any:
    """A Spark session. With a ``local[...]`` master, Spark listens on 127.0.0.1 only
    and its Python workers run this interpreter (the one Concord is installed in).
    Without a master, spark-submit's is used (or the running session's), else ``local[*]``."""
    require_pyspark()
    from pyspark.sql import SparkSession

    if master is None and not _submitted() and SparkSession.getActiveSession() is None:
        master = "local[*]"

    builder = (SparkSession.builder.appName(app_name).config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false"))
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = (builder.config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1"))
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _submitted() -> bool:
    # spark-submit starts the Python driver with its JVM already running and says so here.
    return bool(os.environ.get("PYSPARK_GATEWAY_PORT"))


def run_on_spark(paths_or_glob: str | Iterable[str], out_dir: str | Path, settings: Settings,
                 spark: Any = None, partitions: int | None = None) -> SparkSummary:
    """Clean and extract every input on Spark into `out_dir`; resumable.

    Shards finished by an earlier run with the same inputs and configuration are
    skipped, so a rerun after a crash does only what is missing, and a rerun
    after success does nothing and changes no file. Every input that fails is
    written to ``failures/`` with its reason; one bad input never stops a shard.
    """
    started = time.monotonic()
    paths = [paths_or_glob] if isinstance(paths_or_glob, (str, os.PathLike)) else list(paths_or_glob)
    if not paths:
        raise ConfigError("no input named: give at least one file, folder, glob or URL")
    out = Path(out_dir).absolute()
    inputs, listing_failures = plan.list_inputs([str(p) for p in paths])
    spark = spark or spark_session()
    sc = spark.sparkContext
    shards = plan.resolve_shards(out, partitions, len(inputs), sc.defaultParallelism)
    config = plan.run_config(settings)
    by_shard = plan.assign(inputs, shards)
    markers = {s: plan.read_marker(out, s) for s in by_shard}
    todo = [(s, [i.key() for i in items]) for s, items in by_shard.items()
            if not plan.is_done(markers[s], items, config)]
    summary = SparkSummary(inputs=len(inputs), shards=shards, shards_run=len(todo),
                           shards_skipped=shards - len(todo))
    if todo:
        (out / "_SUCCESS").unlink(missing_ok=True)   # back only once every shard is done
        for counts in _run_shards(sc, todo, str(out), settings.as_dict(), config):
            markers[counts["shard"]] = counts
    summary.documents = sum(m["documents"] for m in markers.values())
    summary.failures = len(listing_failures) + sum(m["failures"] for m in markers.values())
    _write_listing_failures(out, listing_failures)
    _write_summary(out, summary)
    summary.seconds = time.monotonic() - started
    return summary


def _run_shards(sc: Any, todo: list, out_dir: str, values: dict, config: dict) -> list[dict]:
    from concord.runner.spark_task import run_partition

    # One shard per partition: Spark schedules, retries and balances whole shards.
    rdd = sc.parallelize(todo, numSlices=len(todo))
    try:
        return rdd.mapPartitions(lambda part: run_partition(part, out_dir, values, config)).collect()
    except Exception as exc:  # Py4JJavaError and friends: one line, not the JVM trace
        raise ConcordError(f"the Spark job stopped: {_cause(exc)}; finished shards are kept, so "
                           f"rerun the same command to resume (output in {out_dir})") from exc


_EXCEPTION_LINE = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception))(?::\s.*)?$")


def _cause(exc: Exception) -> str:
    """The Python error inside a Spark failure (its message carries the worker's
    traceback among JVM frames), else the message's first line."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    python = [line for line in lines if _EXCEPTION_LINE.match(line)
              and not line.startswith(("org.", "java.", "py4j.", "scala."))]
    return python[-1] if python else (lines[0] if lines else type(exc).__name__)


def _write_listing_failures(out: Path, failures: list[Failure]) -> None:
    path = out / plan.FAILURES / plan.LISTING_FAILURES
    if failures:
        text = "".join(json.dumps(asdict(f), ensure_ascii=False) + "\n" for f in failures)
        plan.write_if_changed(path, text)
    else:
        path.unlink(missing_ok=True)


def _write_summary(out: Path, summary: SparkSummary) -> None:
    # Totals only, nothing about this particular run, so that a rerun rewrites nothing.
    totals = {"inputs": summary.inputs, "shards": summary.shards,
              "documents": summary.documents, "failures": summary.failures}
    plan.write_if_changed(out / "summary.json", json.dumps(totals, indent=2) + "\n")
    success = out / "_SUCCESS"
    if not success.exists():
        success.touch()
