"""`concord export`: the store as records, tables or a graph for other tools."""
from __future__ import annotations

import click

from concord.cli import main
from concord.settings import load_settings


@main.command()
@click.option("--db", help="SQLite store to export (default: setting db, ./concord.db).")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["jsonl", "csv", "parquet", "graphml", "gexf", "plover"]),
              help="jsonl records; csv or parquet tables (a folder); graphml or gexf graph; plover events.")
@click.option("--out", help="File or folder to write (default: concord.<format> or concord-<format>/).")
def export(db: str | None, fmt: str, out: str | None) -> None:
    """Export the store: records, tables, graph or PLOVER-style events."""
    from concord.export import export_store
    from concord.store import Store
    settings = load_settings({"db": db})
    with Store(settings.db, create=False) as store:
        result = export_store(store, fmt, out)
    counts = ", ".join(f"{k} {v}" for k, v in result["counts"].items())
    click.echo(f"wrote {result['format']} to {result['path']}: {counts}")
