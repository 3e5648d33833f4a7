"""The pipeline: a plain list of stages, and the functions that run it.

    read (concord.ingest.iter_inputs)          in this process, streaming
      → clean (concord.clean.clean_document)   in the workers (runner/local.py)
      → extract (concord.extract.Extractor)    in the workers, when installed
      → store (Store.add_document, then the    in this process: each document whole
        graph hook concord.graph.save_facts)   (a savepoint), committed in small batches

Every stage is a callable ``doc -> doc``. A stage that raises turns the
document into a `Failure` naming the stage; the batch goes on. Extraction is
looked up lazily, so the pipeline runs (with empty annotations) before the
extractor exists and picks it up as soon as it does.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from concord.document import Document, Failure
from concord.errors import ConcordError, InputError, StoreError
from concord.settings import Settings
from concord.store import Store
from concord.store.clusters import MemoryClusters, assign_cluster, compute_signature
from concord.runner.local import map_ordered

Progress = Callable[[str, "Document | Failure"], None]
KEEP_FAILURES = 1000   # failures kept in a summary; all are in the store and passed to `progress`


class Stage(NamedTuple):
    name: str                                # named in failures: "clean", "extract"
    run: Callable[[Document], Document]


@dataclass(slots=True)
class IngestSummary:
    read: int = 0          # inputs read: documents and failures
    new: int = 0
    duplicates: int = 0    # already stored (same id), including inputs skipped on resume
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)   # the first KEEP_FAILURES

    def line(self) -> str:
        return f"read {self.read}, new {self.new}, duplicates {self.duplicates}, failed {self.failed}"


# -- the stages ---------------------------------------------------------------

def load_extractor(settings: Settings) -> Callable[[Document], Document]:
    """`concord.extract.Extractor` over the knowledge base (packaged data plus the
    `kb_dir` folders).

    The KB is loaded here, before any worker starts, so forked workers share it.
    """
    from concord.extract import Extractor
    return Extractor(knowledge_base(settings))


def knowledge_base(settings: Settings):
    """The KB of these settings (packaged data plus the `kb_dir` folders), loaded once."""
    from concord.kb import default_kb
    return default_kb(tuple(settings.kb_dir or ()))


def build_stages(settings: Settings, *, clean: bool = True, extract: bool = True) -> list[Stage]:
    """The processing stages, in order; storing happens after them, in the main process."""
    stages: list[Stage] = []
    if clean:
        from concord.clean import clean_document
        stages.append(Stage("clean", clean_document))
    if extract:
        stages.append(Stage("extract", load_extractor(settings)))
    return stages


def run_stages(doc: Document, stages: list[Stage]) -> Document | Failure:
    """Pass one document through the stages; a stage that fails gives a Failure."""
    for stage in stages:
        try:
            doc = stage.run(doc)
        except InputError as exc:
            return Failure(doc.source, exc.reason, exc.locator, stage.name)
        except ConcordError as exc:
            # The failure line names the source already; do not say it twice.
            reason = str(exc).removeprefix(f"{doc.source}: ")
            return Failure(doc.source, reason, None, stage.name)
        except Exception as exc:  # a bug in one stage must not end a batch of thousands
            return Failure(doc.source, f"internal error in {stage.name}: {type(exc).__name__}: {exc}",
                           None, stage.name)
    if not doc.id:
        doc.assign_id()
    return doc


# -- the worker side ----------------------------------------------------------

class Processed(NamedTuple):
    item: Document | Failure
    signature: Any = None      # MinHash of the cleaned text, computed in the worker
    done: bool = False         # outcome known from an earlier run: not processed again


_WORKER_STAGES: list[Stage] | None = None


def init_worker(values: dict, clean: bool, extract: bool) -> None:
    """Build the stages once per process (the KB loads here). With fork, the
    parent has built them already and the worker inherits them."""
    global _WORKER_STAGES
    if _WORKER_STAGES is None:
        _WORKER_STAGES = build_stages(Settings(values), clean=clean, extract=extract)


def process(entry: Processed) -> Processed:
    """The worker's job: one entry through the stages built by `init_worker`."""
    return _process(entry, _WORKER_STAGES or [])


def _process(entry: Processed, stages: list[Stage]) -> Processed:
    if entry.done or isinstance(entry.item, Failure):
        return entry
    result = run_stages(entry.item, stages)
    if isinstance(result, Failure):
        return Processed(result)
    return Processed(result, compute_signature(result.text))


def _run(entries: Iterable[Processed], settings: Settings, workers: int, *, clean: bool = True,
         extract: bool = True) -> Iterator[Processed]:
    global _WORKER_STAGES
    # Built here first so a bad --kb-dir fails once, clearly, before any worker starts.
    stages = build_stages(settings, clean=clean, extract=extract)
    if workers <= 1:
        for entry in entries:
            yield _process(entry, stages)
        return
    _WORKER_STAGES = stages   # forked workers inherit them: the KB is loaded once
    try:
        yield from map_ordered(process, entries, workers=workers, chunksize=8,
                               initializer=init_worker, initargs=(settings.as_dict(), clean, extract))
    finally:
        _WORKER_STAGES = None


def _inputs(paths: Iterable[str], settings: Settings) -> Iterator[Document | Failure]:
    from concord.ingest import iter_inputs
    return iter_inputs(list(paths), settings)


# -- storing ------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def graph_hook() -> Callable[[Store, Document], Any] | None:
    """The function that stores a document's facts in the graph (`concord.graph.save_facts`).
    A function, not an import, so tests of storing alone can replace it with None."""
    from concord.graph import save_facts
    return save_facts


def store_document(store: Store, doc: Document, signature: Any = None, kb: Any = None) -> str:
    """Store one processed document and its facts in one transaction; "new" or "duplicate".

    `kb` is the knowledge base the document was linked against (default: `default_kb()`).
    """
    save_facts = graph_hook()
    with store.transaction():
        status = store.add_document(doc, signature)
        # GRAPH HOOK: the one place where extracted facts go to the graph tables.
        # Only new documents: a duplicate's facts were stored with its first copy.
        if status == "new" and save_facts is not None:
            save_facts(store, doc, new=True, kb=kb)
    return status


def ingest_document(store: Store, doc: Document, settings: Settings) -> tuple[str, Document | Failure]:
    """Clean, extract and store one document read elsewhere (e.g. posted to the API).

    Returns ("new" | "duplicate", the document) or ("failed", the Failure), which is recorded.
    """
    entry = _process(Processed(doc), build_stages(settings))
    return _store_entry(store, entry, knowledge_base(settings))


class _Resume:
    """Knows which input files an earlier run stored, and notes files as they are stored.

    For a file that is unchanged since an earlier run (complete or killed
    half-way), each document whose outcome is stored is not processed again.

    Inputs are read a window ahead of storing, so what is known of a file is
    kept for the last CACHE files only: enough for any window, bounded for a
    run over millions of files.
    """

    CACHE = 4096

    def __init__(self, store: Store):
        self.store = store
        self.files: dict[str, tuple[int, int] | None] = {}   # path → (size, mtime) of a regular file
        self.done: dict[str, bool] = {}                      # path → stored by an earlier run
        self.current: str | None = None
        self.counts = [0, 0]

    def file_of(self, source: str) -> str | None:
        base = source.split("#", 1)[0]
        if base not in self.files:
            try:
                st = os.stat(base)
                self.files[base] = (st.st_size, st.st_mtime_ns) if Path(base).is_file() else None
            except (OSError, ValueError):
                self.files[base] = None
            _bound(self.files, self.CACHE)
        return base if self.files[base] else None

    def entry(self, item: Document | Failure) -> Processed:
        path = self.file_of(item.source)
        if isinstance(item, Document) and path and self.read_before(path):
            known = self.store.known_outcome(item.source)
            if known is not None:
                return Processed(known, done=True)
        return Processed(item)

    def read_before(self, path: str) -> bool:
        """An earlier run stored (some or all of) this file as it is now."""
        if path not in self.done:
            self.done[path] = self.store.input_state(path, *self.files[path]) is not None
            _bound(self.done, self.CACHE)
        return self.done[path]

    def stored(self, item: Document | Failure) -> None:
        path = self.file_of(item.source)
        if path != self.current:
            self.finish()
            self.current = path
            if path is not None:
                self.store.mark_started(path, *self.files[path])
        self.counts[isinstance(item, Failure)] += 1

    def finish(self) -> None:
        if self.current is not None:
            self.store.mark_finished(self.current, *self.files[self.current], *self.counts)
        self.current, self.counts = None, [0, 0]


def _bound(cache: dict, size: int) -> None:
    while len(cache) > size:
        del cache[next(iter(cache))]   # the oldest entry: dicts keep insertion order


def ingest_paths(paths: Iterable[str], db_path: str | Path, settings: Settings,
                 progress: Progress | None = None) -> IngestSummary:
    """Read, clean, extract and store every input; record every failure.

    Safe to interrupt at any point: each document is written whole (a
    savepoint) and committed in small batches, so a killed run loses at most
    the last batch, which the rerun redoes. Documents an earlier run stored
    from a file that is unchanged since are not cleaned or extracted again.
    """
    summary = IngestSummary()
    with Store(db_path) as store, store.batch() as batch:
        resume, kb = _Resume(store), knowledge_base(settings)
        own = _store_files(db_path)
        entries = (resume.entry(item) for item in _inputs(paths, settings)
                   if _real_path(item.source.split("#", 1)[0]) not in own)
        for entry in _run(entries, settings, settings.workers):
            status, item = _store_entry(store, entry, kb)
            summary.read += 1
            if status == "failed":
                summary.failed += 1
                if len(summary.failures) < KEEP_FAILURES:
                    summary.failures.append(item)
            elif status == "new":
                summary.new += 1
            else:
                summary.duplicates += 1
            resume.stored(item)
            batch.tick()
            if progress is not None:
                progress(status, item)
        resume.finish()
    return summary


@functools.lru_cache(maxsize=4096)
def _real_path(path: str) -> str:
    # Cached: every line of a JSON Lines file or record of a WARC names the same file,
    # and realpath makes a system call per folder of the path.
    return os.path.realpath(path)


def _store_files(db_path: str | Path) -> set[str]:
    """The store's own files, which `concord ingest .` must not try to read as articles."""
    base = os.path.realpath(db_path)
    return {base + suffix for suffix in ("", "-wal", "-shm", "-journal")}


def _store_entry(store: Store, entry: Processed, kb: Any = None) -> tuple[str, Document | Failure]:
    item = entry.item
    if isinstance(item, Failure):
        store.add_failure(item)
        return "failed", item
    if entry.done:
        return "duplicate", item
    try:
        return store_document(store, item, entry.signature, kb), item
    except StoreError:
        raise  # the store itself is broken (disk full, locked): stop, nothing is half-written
    except Exception as exc:  # the graph hook failed on this document: it was rolled back
        failure = Failure(item.source, f"cannot store its facts: {type(exc).__name__}: {exc}", None, "graph")
        store.add_failure(failure)
        return "failed", failure


# -- without a store ----------------------------------------------------------

def extract_paths(paths: Iterable[str], settings: Settings, workers: int = 1) -> Iterator[dict | Failure]:
    """The extraction record of every input (shared/spec/extract-output.md), in
    input order, or a Failure for an input that could not be read or processed."""
    clusters = MemoryClusters()
    entries = (Processed(item) for item in _inputs(paths, settings))
    for entry in _run(entries, settings, workers):
        item = entry.item
        if isinstance(item, Failure):
            yield item
            continue
        item.cluster_id = assign_cluster(clusters, item.id, entry.signature) if entry.signature else item.id
        yield item.to_record()


@dataclass(slots=True)
class ReextractSummary:
    documents: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)


def reextract_store(db_path: str | Path, settings: Settings, workers: int = 1,
                    progress: Progress | None = None) -> ReextractSummary:
    """Run extraction again over every stored document, replacing its facts."""
    summary, kb = ReextractSummary(), knowledge_base(settings)
    save_facts = graph_hook()
    with Store(db_path, create=False) as store:
        entries = (Processed(_without_annotations(doc)) for doc in store.iter_documents())
        for entry in _run(entries, settings, workers, clean=False):
            item = entry.item
            if isinstance(item, Failure):
                summary.failed += 1
                if len(summary.failures) < KEEP_FAILURES:
                    summary.failures.append(item)
                store.add_failure(item)
            else:
                with store.transaction():
                    store.save_annotations(item)
                    if save_facts is not None:  # GRAPH HOOK (replacing): see store_document
                        save_facts(store, item, kb=kb)
                summary.documents += 1
            if progress is not None:
                progress("failed" if isinstance(item, Failure) else "done", item)
    return summary


def _without_annotations(doc: Document) -> Document:
    doc.entities, doc.roles, doc.quotes, doc.events, doc.flags = [], [], [], [], []
    return doc
