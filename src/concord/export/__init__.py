"""Exports of the store for other tools.

    export_store(store, "parquet", "out/")        # one function, one format name

| format  | what is written |
|---------|-----------------|
| jsonl   | one extraction record (shared/spec/extract-output.md) per document |
| csv     | a folder of tables: documents, entities, mentions, roles, quotes, events, event_sources, relations, flags |
| parquet | the same tables as Parquet files (pandas, polars, DuckDB) |
| graphml | the graph of entities and events with typed edges (Gephi, networkx, yEd) |
| gexf    | the same graph as GEXF (Gephi) |
| plover  | PLOVER-style event records, one JSON object per line, for event-data users |
"""
from __future__ import annotations

from pathlib import Path

from concord.errors import ConfigError
from concord.export.records import export_jsonl
from concord.export.tables import export_csv, export_parquet
from concord.export.network import export_gexf, export_graphml
from concord.export.plover import export_plover

EXPORTERS = {
    "jsonl": export_jsonl,
    "csv": export_csv,
    "parquet": export_parquet,
    "graphml": export_graphml,
    "gexf": export_gexf,
    "plover": export_plover,
}

# Where output goes when no path is named: a file for one-file formats, a folder for tables.
DEFAULT_OUT = {"jsonl": "concord.jsonl", "csv": "concord-csv", "parquet": "concord-parquet",
               "graphml": "concord.graphml", "gexf": "concord.gexf", "plover": "concord-plover.jsonl"}


def export_store(store, fmt: str, out: str | Path | None = None) -> dict:
    """Write the store in format `fmt` to `out`; returns {"format", "path", "counts"}."""
    if fmt not in EXPORTERS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTERS)}")
    path = Path(out or DEFAULT_OUT[fmt])
    counts = EXPORTERS[fmt](store, path)
    return {"format": fmt, "path": str(path), "counts": counts}


__all__ = ["export_store", "EXPORTERS", "DEFAULT_OUT"]
