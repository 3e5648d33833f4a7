"""The one record that flows through the pipeline, and the annotations on it.

ingest → clean → (metadata) → extract → link → store: every stage takes a
`Document` and fills in more of it. Annotations are character spans into
`Document.text` (Unicode code points, end exclusive), so every fact keeps its
evidence: ``doc.text[m.start:m.end] == m.text``.

`Document.to_record()` gives the public extraction record of
``shared/spec/extract-output.md``; `Document.from_record()` reads it back.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

ENTITY_TYPES = ("PERSON", "COUNTRY", "ORGANIZATION", "FRAMEWORK", "PLACE")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    """One real-world entity in one document, with all its mentions."""
    id: str                      # KB id (a Wikidata id where known), else a local id like "p:sok-siphana"
    name: str                    # canonical name
    type: str                    # one of ENTITY_TYPES
    wikidata: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 1.0

    def ref(self) -> dict:
        return {"id": self.id, "name": self.name}


@dataclass(slots=True)
class Role:
    person: dict                 # {"id", "name"}
    title: str
    organization: dict | None    # {"id", "name"} or None when implicit
    start: int
    end: int


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: dict | None         # {"id", "name"} or None
    cue: str | None = None       # the reporting verb: "said", "underlined"
    direct: bool = True


@dataclass(slots=True)
class Event:
    id: str
    type: str                    # SUMMIT, MEETING, FORUM, WORKSHOP, DIALOGUE, CONFERENCE, VISIT, SIGNING, STATEMENT, ...
    name: str
    date: str | None             # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    date_precision: str | None   # "day", "month", "year" or None
    location: dict | None        # {"id", "name"}; {"id": "virtual", "name": "virtual"} for online
    participants: list[dict] = field(default_factory=list)
    organizers: list[dict] = field(default_factory=list)
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class Flag:
    kind: str                    # "garbled_name", "kb_conflict", ...
    message: str
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Failure:
    """An input that could not be read or processed, kept with its reason."""
    source: str
    reason: str
    locator: str | None = None   # "line 12", "record 3"
    stage: str = "ingest"


@dataclass(slots=True)
class Document:
    """An article on its way through the pipeline.

    `original` is the decoded input as read (HTML or text); `text` is the cleaned
    body that every span points into.
    """
    source: str                          # input path or URL as given (plus "#line=N"/"#record=N" inside containers)
    original: str = ""
    text: str = ""
    format: str = "txt"                  # reader that produced it: txt, html, jsonl, warc, wet, feed
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    dateline: str | None = None
    language: str | None = None
    hints: dict[str, Any] = field(default_factory=dict)   # metadata given by the container (JSONL fields, WARC headers)
    id: str = ""
    cluster_id: str | None = None
    read_at: str | None = None           # ISO timestamp when it was read
    entities: list[Entity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)

    def assign_id(self) -> str:
        """Give the document its stable id from its cleaned text."""
        self.id = document_id(self.text or self.original)
        return self.id

    def to_record(self) -> dict:
        """The public extraction record (shared/spec/extract-output.md)."""
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "outlet": self.outlet,
            "author": self.author,
            "dateline": self.dateline,
            "language": self.language,
            "cluster_id": self.cluster_id,
            "text": self.text,
            "entities": [_entity_dict(e) for e in self.entities],
            "roles": [_flat_dict(r) for r in self.roles],
            "quotes": [_flat_dict(q) for q in self.quotes],
            "events": [_flat_dict(e) for e in self.events],
            "flags": [_flat_dict(f) for f in self.flags],
        }

    @classmethod
    def from_record(cls, record: dict) -> "Document":
        doc = cls(source=record.get("source", ""), text=record.get("text", ""))
        for key in ("id", "url", "title", "published", "outlet", "author", "dateline", "language", "cluster_id"):
            setattr(doc, key, record.get(key))
        doc.id = doc.id or ""
        doc.entities = [
            Entity(**{**e, "mentions": [Mention(**m) for m in e.get("mentions", [])]})
            for e in record.get("entities", [])
        ]
        doc.roles = [Role(**r) for r in record.get("roles", [])]
        doc.quotes = [Quote(**q) for q in record.get("quotes", [])]
        doc.events = [Event(**e) for e in record.get("events", [])]
        doc.flags = [Flag(**f) for f in record.get("flags", [])]
        return doc


def _flat_dict(obj) -> dict:
    """A dataclass as a dict, one level deep: its dict/list fields are already JSON-ready.
    (dataclasses.asdict deep-copies recursively and costs milliseconds per document.)"""
    return {name: getattr(obj, name) for name in obj.__slots__}


def _entity_dict(entity: Entity) -> dict:
    record = _flat_dict(entity)
    record["mentions"] = [{"start": m.start, "end": m.end, "text": m.text} for m in entity.mentions]
    return record


_SPACE = re.compile(r"\s+")


def fingerprint_text(text: str) -> str:
    """Text as compared for exact duplicates: NFKC, case folded, spaces collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def document_id(text: str) -> str:
    """Stable document id: the same article text gives the same id on any machine."""
    digest = hashlib.sha256(fingerprint_text(text).encode("utf-8")).hexdigest()
    return f"d:{digest[:16]}"
