"""Load the output of a Spark run into the SQLite store, so the laptop web UI can browse it.

    from concord.runner.spark_load import load_records
    summary = load_records("/data/concord-out", "concord.db")

Each record becomes a Document (`Document.from_record`) and is stored by
`concord.pipeline.store_document`, the same call `concord ingest` makes: the
document is upserted by its id, joins its near-duplicate cluster (computed here,
with the same rule), and its facts go to the graph tables in the same
transaction. Failures of the Spark run are recorded in the store's failures
table. Loading the same folder twice changes nothing; an interrupted load is
simply run again. Needs no Spark.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from concord.document import Document, Failure
from concord.errors import ConfigError, StoreError
from concord.runner.spark_plan import FAILURES, RECORDS
from concord.store import Store

Progress = Callable[[str, "Document | Failure"], None]


@dataclass(slots=True)
class LoadSummary:
    records: int = 0           # record lines read
    new: int = 0
    duplicates: int = 0        # already in the store (same id)
    failures: int = 0          # failures of the Spark run, recorded in the store
    bad_lines: list[Failure] = field(default_factory=list)   # record lines that could not be loaded

    def line(self) -> str:
        return (f"records {self.records}, new {self.new}, duplicates {self.duplicates}, "
                f"failures recorded {self.failures}, unreadable lines {len(self.bad_lines)}")


def load_records(out_dir: str | Path, db_path: str | Path, progress: Progress | None = None) -> LoadSummary:
    """Store every record and failure found in a `run_on_spark` output folder."""
    from concord.pipeline import store_document

    folder = Path(out_dir)
    record_files = sorted((folder / RECORDS).glob("part-*.jsonl"))
    failure_files = sorted((folder / FAILURES).glob("part-*.jsonl"))
    if not record_files and not failure_files:
        raise ConfigError(f"{folder}: no records/part-*.jsonl or failures/part-*.jsonl here; "
                          "name the --out folder of `concord spark-extract`")
    summary = LoadSummary()
    with Store(db_path) as store, store.batch() as batch:
        for item in _lines(record_files, _to_document):
            if isinstance(item, Failure):
                summary.bad_lines.append(item)
                store.add_failure(item)
            else:
                summary.records += 1
                status = _store(store, item, store_document, summary)
                if progress is not None:
                    progress(status, item)
            batch.tick()
        for item in _lines(failure_files, _to_failure):
            if isinstance(item, Failure) and item.stage == "load":
                summary.bad_lines.append(item)
            else:
                summary.failures += 1
            store.add_failure(item)
            if progress is not None:
                progress("failed", item)
            batch.tick()
    return summary


def _store(store: Store, doc: Document, store_document, summary: LoadSummary) -> str:
    try:
        status = store_document(store, doc)
    except StoreError:
        raise   # the store itself is broken: stop, nothing is half-written
    except Exception as exc:  # the graph hook failed on this document: it was rolled back
        failure = Failure(doc.source, f"cannot store its facts: {type(exc).__name__}: {exc}", None, "graph")
        store.add_failure(failure)
        summary.bad_lines.append(failure)
        return "failed"
    if status == "new":
        summary.new += 1
    else:
        summary.duplicates += 1
    return status


def _lines(files: list[Path], convert) -> Iterator[Document | Failure]:
    """Every line of the files, converted; a Failure (stage "load") for a line that is not."""
    for path in files:
        try:
            handle = open(path, encoding="utf-8")
        except OSError as exc:
            yield Failure(str(path), f"cannot open: {exc.strerror or exc}", None, "load")
            continue
        with handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield convert(json.loads(line))
                except (ValueError, TypeError, KeyError) as exc:
                    yield Failure(str(path), f"not a valid line of Spark output: {exc}; "
                                             "was the file cut short or edited?", f"line {number}", "load")


def _to_document(record: dict) -> Document:
    if not record.get("id") or not isinstance(record.get("text"), str):
        raise ValueError("a record needs an id and a text")
    doc = Document.from_record(record)
    # The Spark record carries the provenance `concord ingest` keeps; the original
    # page is not shipped back, so the cleaned text stands for it.
    doc.format = record.get("format") or "txt"
    doc.read_at = record.get("read_at")
    doc.original = doc.text
    return doc


def _to_failure(value: dict) -> Failure:
    return Failure(source=value["source"], reason=value["reason"], locator=value.get("locator"),
                   stage=value.get("stage") or "ingest")
