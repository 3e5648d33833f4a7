"""`concord spark-extract` and `concord load-records`: the pipeline on Spark, and back to the store.

    concord spark-extract /archive/2024/ --out /data/out --master local[4]
    concord load-records /data/out --db concord.db

spark-extract prints one summary line on standard error and exits non-zero
only when nothing at all could be read; the failures themselves are in the
output folder (``failures/part-*.jsonl``), not on the terminal, since a run over
millions of pages may have thousands. Under spark-submit, leave out --master.
"""
from __future__ import annotations

import sys

import click

from concord.cli import main
from concord.document import Document, Failure
from concord.cli.ingest import _settings, db_option, failure_line, kb_option, reporter


@main.command("spark-extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder (on a filesystem every executor sees); rerun with the same one to resume.")
@click.option("--master", default=None,
              help="Spark master, e.g. local[2] or spark://host:7077 [default: spark-submit's, else local[*]].")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Shards (Spark tasks) for a new output folder [default: about 100 files each, "
                   "at least 4 per core]. Kept by the folder for later runs.")
@kb_option
def spark_extract(paths: tuple[str, ...], out_dir: str, master: str | None, partitions: int | None,
                  kb_dir: tuple[str, ...]) -> None:
    """Clean and extract PATHS on Spark into extraction records under --out (resumable)."""
    from concord.runner.spark import require_pyspark, run_on_spark, spark_session
    from concord.runner.spark_plan import check_paths

    require_pyspark()   # before anything else, so a missing install says so at once
    check_paths(paths)  # and a name Spark cannot read, before the JVM takes its seconds to start
    settings = _settings(kb_dir=kb_dir)
    from pyspark import SparkContext

    # Run inside a program that has Spark going already (a notebook, a test): leave it running.
    # (getActiveSession is per JVM thread, and py4j may answer on another: the context is not.)
    existing = SparkContext._active_spark_context
    spark = spark_session(master)
    spark.sparkContext.setLogLevel("ERROR")
    try:
        summary = run_on_spark(list(paths), out_dir, settings, spark=spark, partitions=partitions)
    finally:
        if existing is None:
            spark.stop()
    click.echo(summary.line(), err=True)
    if summary.failures:
        click.echo(f"failures with their reasons: {out_dir}/failures/", err=True)
    if summary.documents == 0:
        click.echo("error: nothing could be read from " + " ".join(paths), err=True)
        sys.exit(1)


@main.command("load-records")
@click.argument("out_dir", type=click.Path(file_okay=False, exists=True))
@db_option
def load_records(out_dir: str, db: str | None) -> None:
    """Store the records of a spark-extract output folder in the SQLite store (no Spark needed)."""
    from concord.runner.spark_load import load_records as load

    settings = _settings(db=db)
    with reporter("doc") as progress:
        summary = load(out_dir, settings.db, progress=_only_bad_lines(progress))
    for failure in summary.bad_lines:
        click.echo(failure_line(failure), err=True)
    click.echo(summary.line(), err=True)
    if summary.records == 0:
        click.echo(f"error: no record could be loaded from {out_dir}", err=True)
        sys.exit(1)


def _only_bad_lines(progress):
    # The Spark run's failures are listed in its folder already: count them rather than
    # print thousands of lines; broken lines of the folder itself are printed at the end.
    def quiet(status: str, item: Document | Failure) -> None:
        if not isinstance(item, Failure):
            progress(status, item)
    return quiet
