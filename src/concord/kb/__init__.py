"""The knowledge base: states, organisations, frameworks, people and places, as data.

    from concord.kb import default_kb
    kb = default_kb()
    kb.lookup("Việt Nam")                                # [KBEntity(id="Q881", ...)]
    kb.holders("Foreign Minister", "Cambodia", on="2025-05-15")
    kb.members("ASEAN", on="2025-10-27")

Data files live in ``kb/data`` (see docs/kb.md for the schema); user directories add
or override entities by id.
"""
from concord.kb.base import KnowledgeBase
from concord.kb.load import clear_cache, default_kb, load_kb
from concord.kb.model import KBEntity, Membership, Office
from concord.kb.normalize import normalize_name, strip_honorifics

__all__ = ["KnowledgeBase", "KBEntity", "Membership", "Office", "clear_cache", "default_kb",
           "load_kb", "normalize_name", "strip_honorifics"]
