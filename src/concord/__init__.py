"""Concord: a provenance-tracked knowledge graph of Asia-Pacific diplomacy from news.

The public surface is small; import from here rather than from submodules.
"""
from __future__ import annotations

from concord.document import Document, Entity, Event, Failure, Flag, Mention, Quote, Role
from concord.errors import ConcordError, InputError, KnowledgeBaseError, StoreError

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "Document", "Entity", "Event", "Failure", "Flag", "Mention", "Quote", "Role",
    "ConcordError", "InputError", "KnowledgeBaseError", "StoreError",
]
