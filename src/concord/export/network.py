"""The graph for network tools: entities and events as nodes, typed and weighted edges.

Edges: the relations of the graph (member_of, held_office, took_part_in, organised,
hosted), and co_occurs between entities named in the same article, weighted by the
number of such articles.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx


def build_graph(store) -> nx.MultiDiGraph:
    conn = store.conn
    graph = nx.MultiDiGraph(name="Concord")
    for node_id, name, etype, wikidata in conn.execute(
            "SELECT id, name, type, wikidata FROM graph_entities"):
        graph.add_node(node_id, label=name, kind="entity", type=etype, wikidata=wikidata or "")
    for node_id, name, etype, date, place in conn.execute(
            "SELECT id, name, type, date, location_name FROM graph_events"):
        graph.add_node(node_id, label=name, kind="event", type=etype, date=date or "", place=place or "")
    for subject, predicate, obj, weight in conn.execute(
            "SELECT subject_id, predicate, object_id, COUNT(*) FROM graph_relations"
            " WHERE predicate != 'said' GROUP BY subject_id, predicate, object_id"):
        if subject in graph and obj in graph:
            graph.add_edge(subject, obj, key=predicate, label=predicate, weight=weight)
    for a, b, weight in conn.execute(
            "SELECT a.entity_id, b.entity_id, COUNT(DISTINCT a.document_id) FROM"
            " (SELECT DISTINCT document_id, entity_id FROM graph_mentions) a JOIN"
            " (SELECT DISTINCT document_id, entity_id FROM graph_mentions) b"
            " ON a.document_id = b.document_id AND a.entity_id < b.entity_id GROUP BY a.entity_id, b.entity_id"):
        graph.add_edge(a, b, key="co_occurs", label="co_occurs", weight=weight)
    return graph


def _counts(graph) -> dict:
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


def export_graphml(store, path: Path) -> dict:
    path.parent.mkdir(parents=True, exist_ok=True)
    graph = build_graph(store)
    nx.write_graphml(graph, path)
    return _counts(graph)


def export_gexf(store, path: Path) -> dict:
    path.parent.mkdir(parents=True, exist_ok=True)
    graph = build_graph(store)
    nx.write_gexf(graph, path)
    return _counts(graph)
