"""The knowledge graph across articles: facts merged into one node per real-world
entity and event, each with its evidence, and the queries an analyst asks of it.

    from concord.graph import save_facts, queries
    save_facts(store, doc)                 # after extraction; replaces the document's facts
    queries.entity_profile(store, "Q57788")
"""
from __future__ import annotations

from concord.graph import queries
from concord.graph.queries import NotFound
from concord.graph.save import forget_document, save_facts

__all__ = ["save_facts", "forget_document", "queries", "NotFound"]
