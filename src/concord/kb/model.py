"""The records of the knowledge base: entities with dated offices and memberships.

One `KBEntity` is one line of a ``kb/data/*.jsonl`` file. Dates are ISO strings
(``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``); a partial start counts from the first day
of its period and a partial end to its last day, so "2004" as an end still covers
2004-12-31. Both ends are inclusive.
"""
from __future__ import annotations

import calendar
import re
from datetime import datetime
from dataclasses import dataclass, field
from typing import Any

from concord.errors import KnowledgeBaseError

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MEMBER = "member"
SECTORAL = "sectoral_partner"
ROLES = (MEMBER, "dialogue_partner", SECTORAL, "observer", "associate")
# attrs keys whose values are entity ids, also inside lists of objects ("chairs": [{"country"}]).
ID_ATTRS = ("parent", "series", "country", "capital_of", "headquarters", "successor", "predecessor",
            "member", "id")
# attrs lists read as memberships of the entity holding them, with this role (docs/kb.md).
ATTR_ROLES = {"sectoral_partners": SECTORAL}


def parse_date(value: str, *, end: bool = False) -> str:
    """A full ``YYYY-MM-DD`` from a possibly partial ISO date; `end` picks the last day."""
    match = _DATE.match(value or "")
    if not match:
        raise KnowledgeBaseError(
            f"date {value!r} is not ISO YYYY-MM-DD, YYYY-MM or YYYY; write it like 2025-10-26")
    year, month, day = match.groups()
    if day:
        return value
    if month:
        last = calendar.monthrange(int(year), int(month))[1] if end else 1
        return f"{year}-{month}-{last:02d}"
    return f"{year}-12-31" if end else f"{year}-01-01"


_WRITTEN_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")
_MONTH_FORMATS = ("%B %Y", "%b %Y")


def coerce_date(value: str) -> str:
    """An ISO date from what a user types: ISO as is, or "15 May 2025", "May 15, 2025", "May 2025"."""
    text = " ".join(value.replace(".", " ").split())
    match = _DATE.match(text)
    if match:
        year, month, day = match.groups()
        try:
            datetime(int(year), int(month or 1), int(day or 1))
        except ValueError:
            raise KnowledgeBaseError(f"date {value!r} does not exist; check month and day") from None
        return text
    for formats, width in ((_WRITTEN_FORMATS, 10), (_MONTH_FORMATS, 7)):
        for fmt in formats:
            try:
                return datetime.strptime(text, fmt).date().isoformat()[:width]
            except ValueError:
                continue
    raise KnowledgeBaseError(
        f"date {value!r} is not understood; write it as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2025-05-15)")


def is_date(value: Any) -> bool:
    return isinstance(value, str) and bool(_DATE.match(value))


def attr_ids(value: Any, key: str = "") -> list[str]:
    """The entity ids in an `attrs` value: strings under an ID_ATTRS key, in lists and objects too."""
    if isinstance(value, str):
        return [value] if key in ID_ATTRS else []
    if isinstance(value, dict):
        return [i for k, v in value.items() for i in attr_ids(v, k)]
    if isinstance(value, list):
        return [i for v in value for i in attr_ids(v, key)]
    return []


@dataclass(slots=True)
class Span:
    """Something true between two dates (both inclusive); None = open."""
    start: str | None = None
    end: str | None = None

    def covers(self, on: str | None) -> bool:
        """True when `on` (any ISO date, possibly partial) falls inside the span.

        A partial `on` ("2025") counts when the span touches any day of that period.
        """
        if on is None:
            return True
        on_first, on_last = parse_date(on), parse_date(on, end=True)
        if self.start and parse_date(self.start) > on_last:
            return False
        if self.end and parse_date(self.end, end=True) < on_first:
            return False
        return True

    def current(self) -> bool:
        return self.end is None


@dataclass(slots=True)
class Office(Span):
    """A title held by a person in a state or organisation (`of` is an entity id)."""
    title: str = ""
    of: str = ""
    source: str | None = None
    note: str | None = None
    local_title: str | None = None      # the title as that state writes it ("Secretary of Foreign Affairs")
    acting: bool = False                # an acting or interim holder
    # For a term with no end: the last date it was checked to be current. Past that
    # date the KB does not know who holds the office (an election may have changed
    # it), and says nobody rather than risk naming the wrong holder.
    checked_until: str | None = None

    def covers(self, on: str | None) -> bool:
        if not Span.covers(self, on):
            return False
        if on is not None and self.end is None and self.checked_until:
            return parse_date(on) <= parse_date(self.checked_until, end=True)
        return True

    def to_dict(self) -> dict:
        out = {"title": self.title, "of": self.of, "start": self.start, "end": self.end,
               "source": self.source}
        for key in ("local_title", "acting", "note", "checked_until"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out


@dataclass(slots=True)
class Membership(Span):
    """Membership of entity `member` in `of` (both entity ids).

    Written either on the member (its `memberships`, `member` implied) or on the
    organisation (its `members`, `of` implied): both end up in the same index.
    """
    of: str = ""
    member: str = ""
    role: str = MEMBER
    source: str | None = None
    note: str | None = None

    def to_dict(self) -> dict:
        out = {"of": self.of, "member": self.member, "start": self.start, "end": self.end,
               "source": self.source}
        if self.role != MEMBER:
            out["role"] = self.role
        if self.note:
            out["note"] = self.note
        return out


@dataclass(slots=True)
class KBEntity:
    """One entity of the knowledge base, as in its data file."""
    id: str
    type: str
    name: str
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)
    ambiguous_aliases: list[str] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    members: list[Membership] = field(default_factory=list)     # declared on an organisation
    attrs: dict[str, Any] = field(default_factory=dict)
    origin: str = ""            # "file:line" it was read from, for error messages

    def ref(self) -> dict:
        """The {"id", "name"} reference used in extraction records."""
        return {"id": self.id, "name": self.name}

    def offices_on(self, on: str | None) -> list[Office]:
        return [o for o in self.offices if o.covers(on)]

    def to_dict(self) -> dict:
        """The entity as a data-file line (the shape `from_dict` reads)."""
        out: dict[str, Any] = {"id": self.id, "type": self.type, "name": self.name,
                               "wikidata": self.wikidata, "aliases": list(self.aliases)}
        if self.ambiguous_aliases:
            out["ambiguous_aliases"] = list(self.ambiguous_aliases)
        out["offices"] = [o.to_dict() for o in self.offices]
        out["memberships"] = [_drop(m.to_dict(), "member") for m in self.memberships]
        if self.members:
            out["members"] = [_drop(m.to_dict(), "of") for m in self.members]
        out["attrs"] = dict(self.attrs)
        return out

    @classmethod
    def from_dict(cls, record: dict, origin: str = "") -> "KBEntity":
        """Build an entity from one data-file record; light checks only (see validate)."""
        where = f"{origin}: " if origin else ""
        if not isinstance(record, dict):
            raise KnowledgeBaseError(f"{where}an entity must be a JSON object, got {type(record).__name__}")
        missing = [k for k in ("id", "type", "name") if not record.get(k)]
        if missing:
            raise KnowledgeBaseError(f"{where}entity lacks {', '.join(missing)}; every line needs id, type and name")
        try:
            offices = [Office(**_span_keys(o, ("title", "of", "source", "note", "local_title", "acting",
                                                 "checked_until")))
                       for o in record.get("offices") or []]
            memberships = [Membership(member=str(record["id"]), **_span_keys(m, ("of", "role", "source", "note")))
                           for m in record.get("memberships") or []]
            members = [Membership(of=str(record["id"]), **_span_keys(m, ("member", "role", "source", "note")))
                       for m in record.get("members") or []]
        except (TypeError, AttributeError) as exc:
            raise KnowledgeBaseError(f"{where}entity {record['id']}: bad office or membership: {exc}") from exc
        return cls(
            id=str(record["id"]), type=str(record["type"]), name=str(record["name"]),
            wikidata=record.get("wikidata"),
            aliases=[str(a) for a in record.get("aliases") or []],
            ambiguous_aliases=[str(a) for a in record.get("ambiguous_aliases") or []],
            offices=offices, memberships=memberships, members=members,
            attrs=dict(record.get("attrs") or {}), origin=origin,
        )


def attr_memberships(entity: KBEntity) -> list[Membership]:
    """Memberships written as an `attrs` list on the organisation (`attrs.sectoral_partners`).

    ASEAN's sectoral dialogue partners were curated as a list of
    ``{"country", "start", "source", "note"}``; reading them as memberships with role
    ``sectoral_partner`` lets `members(..., role="sectoral_partner")` answer without
    changing the data. Items without a member id are skipped here; validate reports them.
    """
    out = []
    for key, role in ATTR_ROLES.items():
        for item in entity.attrs.get(key) or ():
            member = (item.get("member") or item.get("country")) if isinstance(item, dict) else None
            if not isinstance(member, str) or not member:
                continue
            out.append(Membership(of=entity.id, member=member, role=role,
                                  **_span_keys(item, ("source", "note"))))
    return out


def _drop(record: dict, key: str) -> dict:
    record.pop(key, None)
    return record


def _span_keys(item: dict, keys: tuple[str, ...]) -> dict:
    """Keep the known keys of an office/membership; unknown keys are left to validate."""
    out = {k: item.get(k) for k in ("start", "end") if item.get(k)}
    out.update({k: item[k] for k in keys if item.get(k) is not None})
    return out
