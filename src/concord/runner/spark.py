"""The same pipeline on Apache Spark: an RDD of (source, bytes) → extraction records.

    from concord.runner.spark import extract_rdd, spark_session
    spark = spark_session()                                  # local[*] unless given a master
    rdd = spark.sparkContext.binaryFiles("hdfs:///news/*.warc.gz")
    records = extract_rdd(rdd, settings)                     # RDD of ("record", dict) / ("failure", dict)

Each partition builds the stage list once (`concord.pipeline.build_stages`: the
cleaner and, when installed, the extractor with its knowledge base) and keeps it
for the life of the Python worker, so the KB loads once per worker, not per
document. Bytes are read by the same readers as local files, so containers
(JSON Lines, WARC, feeds) give one record per article inside them.

pyspark is an optional extra: ``pip install 'concord-kg[spark]'`` (it needs Java).
"""
from __future__ import annotations

import io
from dataclasses import asdict
from typing import Any, Iterable, Iterator

from concord.document import Document, Failure
from concord.errors import ConfigError, InputError
from concord.settings import Settings

_STAGES: dict[tuple, list] = {}


def require_pyspark() -> Any:
    try:
        import pyspark
    except ImportError:
        raise ConfigError("pyspark is not installed: install the extra with "
                          "`pip install 'concord-kg[spark]'` (Spark also needs Java 17)") from None
    return pyspark


def spark_session(master: str = "local[*]", app_name: str = "concord") -> Any:
    """A Spark session; `master` is ignored when a session already exists."""
    require_pyspark()
    from pyspark.sql import SparkSession
    return (SparkSession.builder.master(master).appName(app_name)
            .config("spark.ui.enabled", "false").getOrCreate())


def read_bytes(source: str, data: bytes, max_bytes: int) -> Iterator[Document | Failure]:
    """The documents in one input given as bytes, as `concord.ingest` reads a file."""
    from concord.ingest.readers import read_opened
    from concord.ingest.streams import Opened

    opened = Opened(io.BytesIO(data), name=source, size=len(data))
    try:
        yield from read_opened(opened, source, max_bytes)
    except InputError as exc:
        yield Failure(source, exc.reason, exc.locator)
    except (OSError, EOFError) as exc:
        yield Failure(source, f"reading stopped: {exc}")


def _stages(values: dict, extract: bool) -> list:
    key = (tuple(sorted((k, str(v)) for k, v in values.items())), extract)
    if key not in _STAGES:
        from concord.pipeline import build_stages
        _STAGES[key] = build_stages(Settings(values), extract=extract)
    return _STAGES[key]


def process_partition(pairs: Iterable[tuple[str, bytes]], values: dict,
                      extract: bool = True) -> Iterator[tuple[str, dict]]:
    """What one Spark task does: read, clean and extract every input of its partition."""
    from concord.pipeline import run_stages

    stages = _stages(values, extract)
    for source, data in pairs:
        for item in read_bytes(_local_name(source), bytes(data), int(values["max_bytes"])):
            if not isinstance(item, Failure):
                item = run_stages(item, stages)
            if isinstance(item, Failure):
                yield "failure", asdict(item)
            else:
                yield "record", item.to_record()


def _local_name(source: str) -> str:
    # binaryFiles names local files "file:/path"; keep the path as a user would give it.
    return source[5:] if source.startswith("file:/") and not source.startswith("file://") else source


def extract_rdd(rdd: Any, settings: Settings, extract: bool = True) -> Any:
    """Map an RDD of (source, bytes) to ("record", record) and ("failure", failure) pairs,
    keeping the order of the input RDD (partitions in order, items in order)."""
    values = settings.as_dict()
    return rdd.mapPartitions(lambda pairs: process_partition(pairs, values, extract),
                             preservesPartitioning=True)


def extract_with_spark(paths: list[str], settings: Settings, spark: Any = None,
                       partitions: int | None = None) -> Iterator[dict | Failure]:
    """Like `concord.pipeline.extract_paths`, on Spark: records (and Failures) in the
    order of the files' names. Paths are anything `SparkContext.binaryFiles` takes."""
    spark = spark or spark_session()
    sc = spark.sparkContext
    rdd = sc.union([sc.binaryFiles(path, minPartitions=partitions) for path in paths])
    rdd = rdd.sortByKey(numPartitions=partitions or sc.defaultParallelism)
    for kind, value in extract_rdd(rdd, settings).toLocalIterator():
        yield Failure(**value) if kind == "failure" else value
