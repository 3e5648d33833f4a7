"""What one Spark task does on an executor: read, clean and extract one shard.

The stages are `concord.pipeline.build_stages` (the same list that runs in
process and in the worker pool), built once per Python worker and kept in a
module-level cache: Spark reuses its Python workers between tasks, so the
knowledge base loads once per worker, not once per task or document.

A shard's outputs appear whole or not at all: the records and failures are
written to temporary files, renamed into place, and only then is the marker
written that tells later runs the shard is done. A task killed half-way (or
retried, or run twice by speculation) leaves nothing a rerun would trust.
"""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict
from pathlib import Path
from typing import Any, Iterable, Iterator

from concord.document import Document, Failure
from concord.runner.spark_plan import FAILURES, RECORDS, Input, marker_path, part_name
from concord.settings import Settings

_STAGES: dict[str, list] = {}


def worker_stages(values: dict) -> list:
    """The pipeline stages for these settings, built on first use in this worker."""
    key = json.dumps(values, sort_keys=True, default=str)
    if key not in _STAGES:
        from concord.pipeline import build_stages
        _STAGES[key] = build_stages(Settings(values))
    return _STAGES[key]


def record_of(doc: Document) -> dict:
    """The public extraction record, plus what `load-records` needs for provenance.

    `cluster_id` is null: near-duplicate groups need every document at once, and
    `concord load-records` assigns them with the same rule as `concord ingest`.
    """
    record = doc.to_record()
    record["cluster_id"] = None
    record["format"] = doc.format
    record["read_at"] = doc.read_at
    return record


def process_inputs(inputs: Iterable[Input], values: dict) -> Iterator[dict | Failure]:
    """Records and Failures of some inputs, in order, read by the local readers."""
    from concord.ingest import iter_inputs
    from concord.pipeline import run_stages

    stages = worker_stages(values)
    settings = Settings(values)
    for item in iter_inputs([i.source for i in inputs], settings):
        if isinstance(item, Document):
            item = run_stages(item, stages)
        yield item if isinstance(item, Failure) else record_of(item)


def run_shard(shard: int, inputs: list[Input], out_dir: str, values: dict, config: dict) -> dict:
    """Process one shard and write its part files and marker; returns its counts."""
    out = Path(out_dir)
    records_tmp, failures_tmp = _tmp(out / RECORDS, shard), _tmp(out / FAILURES, shard)
    documents = failures = 0
    try:
        with open(records_tmp, "w", encoding="utf-8") as rec, \
                open(failures_tmp, "w", encoding="utf-8") as fail:
            for item in process_inputs(inputs, values):
                if isinstance(item, Failure):
                    fail.write(json.dumps(asdict(item), ensure_ascii=False) + "\n")
                    failures += 1
                else:
                    rec.write(json.dumps(item, ensure_ascii=False) + "\n")
                    documents += 1
        _publish(records_tmp, out / RECORDS / part_name(shard), documents)
        _publish(failures_tmp, out / FAILURES / part_name(shard), failures)
    finally:
        for tmp in (records_tmp, failures_tmp):
            tmp.unlink(missing_ok=True)
    counts = {"shard": shard, "inputs": len(inputs), "documents": documents, "failures": failures}
    marker = {**counts, "config": config, "inputs": [i.key() for i in inputs]}
    _write_atomic(marker_path(out, shard), json.dumps(marker, ensure_ascii=False) + "\n")
    return counts


def run_partition(shards: Iterable[tuple[int, list[list[Any]]]], out_dir: str, values: dict,
                  config: dict) -> Iterator[dict]:
    """The function Spark maps over partitions: each element is one shard."""
    for shard, keys in shards:
        yield run_shard(shard, [Input(*key) for key in keys], out_dir, values, config)


def _tmp(folder: Path, shard: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f".{part_name(shard)}.tmp-{uuid.uuid4().hex[:12]}"


def _publish(tmp: Path, final: Path, lines: int) -> None:
    # No part file for a shard with nothing to say; one left by an earlier run goes.
    if lines:
        os.replace(tmp, final)
    else:
        final.unlink(missing_ok=True)


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:12]}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)

