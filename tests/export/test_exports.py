"""Issue 5: each export read back by its own reader."""
import csv
import json
import subprocess
import sys

import networkx as nx
import pyarrow.parquet as pq
import pytest

from concord.errors import ConfigError
from concord.export import export_store


def test_jsonl_records_follow_the_extraction_spec(sample_store, tmp_path):
    store, docs = sample_store
    result = export_store(store, "jsonl", tmp_path / "out.jsonl")
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert result["counts"]["documents"] == len(records) == 3
    for record in records:
        for entity in record["entities"]:
            for m in entity["mentions"]:
                assert record["text"][m["start"]:m["end"]] == m["text"]


def test_csv_and_parquet_tables_read_back(sample_store, tmp_path):
    store, _ = sample_store
    export_store(store, "csv", tmp_path / "csv")
    export_store(store, "parquet", tmp_path / "pq")
    with (tmp_path / "csv" / "events.csv").open() as f:
        events = list(csv.DictReader(f))
    assert sorted(e["type"] for e in events) == ["MEETING", "SUMMIT"]
    summit = next(e for e in events if e["type"] == "SUMMIT")
    assert summit["sources"] == "2"
    table = pq.read_table(tmp_path / "pq" / "quotes.parquet")
    assert table.num_rows == 2 and "speaker_name" in table.column_names
    roles = pq.read_table(tmp_path / "pq" / "roles.parquet").to_pylist()
    assert roles[0]["person_name"] == "Hun Manet" and roles[0]["title"] == "Prime Minister"


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_formats_read_back_with_networkx(sample_store, tmp_path, fmt, reader):
    store, _ = sample_store
    path = tmp_path / f"g.{fmt}"
    counts = export_store(store, fmt, path)["counts"]
    graph = reader(path)
    assert graph.number_of_nodes() == counts["nodes"] and graph.number_of_edges() == counts["edges"]
    labels = {data.get("label") for _, _, data in graph.edges(data=True)}
    assert {"took_part_in", "co_occurs"} <= labels


def test_plover_events_name_one_record_per_real_event(sample_store, tmp_path):
    store, (a, b, _) = sample_store
    export_store(store, "plover", tmp_path / "p.jsonl")
    events = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text().splitlines()]
    summit = next(e for e in events if e["context"] == ["summit"])
    assert summit["event"] == "CONSULT" and summit["mode"] == "meet"
    assert {s["document_id"] for s in summit["sources"]} == {a.id, b.id}
    assert summit["location"]["id"] == "Q3630"


def test_unknown_format_is_a_clear_error(sample_store):
    store, _ = sample_store
    with pytest.raises(ConfigError, match="unknown export format"):
        export_store(store, "xlsx")


def test_cli_export_writes_and_reports(sample_store, tmp_path):
    store, _ = sample_store
    out = tmp_path / "cli.graphml"
    run = subprocess.run([sys.executable, "-m", "concord", "export", "--db", str(store.path),
                          "--format", "graphml", "--out", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "wrote graphml" in run.stdout and out.is_file()
