"""`concord ingest`, `stats`, `extract` and `reextract`: thin commands over concord.pipeline.

Output rules: records and reports go to standard output; progress, one line
per bad input and the summary line go to standard error, so
``concord extract ... > out.jsonl`` gives clean JSON Lines. A progress bar is
drawn only when standard error is a terminal. The exit code is non-zero only
when nothing at all could be read.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
from contextlib import contextmanager
from typing import Iterator

import click

from concord.cli import main
from concord.document import Document, Failure
from concord.settings import load_settings


def failure_line(failure: Failure) -> str:
    where = failure.source + (f" ({failure.locator})" if failure.locator else "")
    stage = "" if failure.stage == "ingest" else f" [{failure.stage}]"
    return f"skipped {where}{stage}: {failure.reason}"


@contextmanager
def reporter(unit: str) -> Iterator:
    """A progress callback: bar on a terminal, one stderr line per failure."""
    bar = None
    if sys.stderr.isatty():
        from tqdm import tqdm
        # A terminal that reports no size (0x0: some pseudo-terminals, CI runners)
        # makes tqdm draw nothing at all; shutil falls back to 80x24 then.
        size = shutil.get_terminal_size()
        bar = tqdm(unit=unit, file=sys.stderr, ncols=size.columns, nrows=size.lines, leave=False)

    def progress(status: str, item: Document | Failure) -> None:
        if isinstance(item, Failure):
            line = failure_line(item)
            bar.write(line, file=sys.stderr) if bar is not None else click.echo(line, err=True)
        if bar is not None:
            bar.update(1)

    try:
        yield progress
    finally:
        if bar is not None:
            bar.close()


def _settings(**overrides):
    kb_dir = overrides.pop("kb_dir", None)
    if kb_dir:
        overrides["kb_dir"] = [os.path.abspath(d) for d in kb_dir]
        # Every stage that loads the KB on its own (the graph's linking, worker
        # processes) reads the setting: pass --kb-dir on through the environment.
        os.environ["CONCORD_KB_DIR"] = os.pathsep.join(overrides["kb_dir"])
    return load_settings(overrides=overrides)


db_option = click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
                         help="SQLite file of the store [default: setting db, ./concord.db].")
workers_option = click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
                              help="Worker processes [default: setting workers, 1].")
kb_option = click.option("--kb-dir", "kb_dir", multiple=True, type=click.Path(file_okay=False, exists=True),
                         help="Extra knowledge-base folder that adds or overrides entities (repeatable).")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@workers_option
@kb_option
def ingest(paths: tuple[str, ...], db: str | None, workers: int | None, kb_dir: tuple[str, ...]) -> None:
    """Read, clean, extract and store PATHS (files, folders, globs, '-' for stdin, http(s) URLs).

    Each bad input gets one line on standard error and the run goes on; the
    last line counts what was read, new, duplicate and failed. Running it again
    adds nothing twice, and a run that was killed resumes where it stopped.
    The exit status is 1 only when nothing at all could be read.
    """
    from concord.pipeline import ingest_paths

    settings = _settings(db=db, workers=workers, kb_dir=kb_dir)
    with reporter("doc") as progress:
        summary = ingest_paths(paths, settings.db, settings, progress=progress)
    click.echo(summary.line(), err=True)
    if summary.new + summary.duplicates == 0:
        click.echo("error: nothing could be read from " + " ".join(paths), err=True)
        sys.exit(1)


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def stats(db: str | None, fmt: str) -> None:
    """Counts of the store: documents, duplicate clusters, failures, by source and by year."""
    from concord.store import Store

    settings = _settings(db=db)
    with Store(settings.db, create=False) as store:
        counts = store.stats()
    if fmt == "json":
        click.echo(json.dumps(counts, ensure_ascii=False, indent=2))
    else:
        click.echo(format_stats(counts, settings.db))


def format_stats(counts: dict, db: str) -> str:
    first, last = counts["published_first"], counts["published_last"]
    lines = [
        f"store              {db}",
        f"documents          {counts['documents']}",
        f"sources            {counts['sources']}",
        f"duplicate clusters {counts['duplicate_clusters']} "
        f"({counts['documents_in_duplicate_clusters']} documents)",
        f"failures           {counts['failures']}",
        f"published          {first} to {last}" if first else "published          (no dates)",
    ]
    for title, key in (("by format", "by_format"), ("by source", "by_origin"), ("by year", "by_year"),
                       ("failures by stage", "failures_by_stage")):
        if counts[key]:
            lines.append(f"{title}:")
            width = max(len(str(k)) for k in counts[key])
            lines.extend(f"  {str(k):<{width}}  {v}" for k, v in counts[key].items())
    if counts.get("top_names"):
        lines.append("most mentioned:")
        width = max(len(n["name"] or "") for n in counts["top_names"])
        lines.extend(f"  {n['name']:<{width}}  {n['mentions']} mentions in {n['documents']} documents"
                     for n in counts["top_names"])
    return "\n".join(lines)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format: one extraction record per line (see docs on the record).")
@workers_option
@kb_option
def extract(paths: tuple[str, ...], fmt: str, workers: int | None, kb_dir: tuple[str, ...]) -> None:
    """Print the extraction record of every input document, in input order, without a store."""
    from concord.pipeline import extract_paths

    settings = _settings(workers=workers, kb_dir=kb_dir)
    read = printed = failed = 0
    out = sys.stdout
    try:
        with reporter("doc") as progress:
            for item in extract_paths(paths, settings, workers=settings.workers):
                read += 1
                if isinstance(item, Failure):
                    failed += 1
                    progress("failed", item)
                    continue
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
                printed += 1
                progress("done", item)
        out.flush()
    except BrokenPipeError:
        # The reader went away (`concord extract ... | head`): stop quietly, as cat does.
        sys.stderr.close()
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    click.echo(f"read {read}, extracted {printed}, failed {failed}", err=True)
    if printed == 0:
        click.echo("error: nothing could be read from " + " ".join(paths), err=True)
        sys.exit(1)


@main.command()
@db_option
@workers_option
@kb_option
def reextract(db: str | None, workers: int | None, kb_dir: tuple[str, ...]) -> None:
    """Run extraction again over every stored document, replacing its facts."""
    from concord.pipeline import reextract_store

    settings = _settings(db=db, workers=workers, kb_dir=kb_dir)
    with reporter("doc") as progress:
        summary = reextract_store(settings.db, settings, workers=settings.workers, progress=progress)
    click.echo(f"re-extracted {summary.documents}, failed {summary.failed}", err=True)
