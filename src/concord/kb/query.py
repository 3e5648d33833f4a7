"""Date-bounded questions to the knowledge base: who held an office, who was a member.

`show` gives an entity as a plain dict (the JSON of `concord kb show`), with
offices and memberships restricted to a date when one is given and the ids of
their `of` resolved to names.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from concord.errors import KnowledgeBaseError
from concord.kb.model import MEMBER, ROLES, KBEntity, Membership, Office, attr_ids, coerce_date

if TYPE_CHECKING:
    from concord.kb.base import KnowledgeBase

_BODIES = ("COUNTRY", "ORGANIZATION", "FRAMEWORK")


def _check_date(on: str | None) -> str | None:
    """`on` as an ISO date ("15 May 2025" is accepted too); KnowledgeBaseError if not a date."""
    return None if on is None else coerce_date(on)


def _candidates(kb: "KnowledgeBase", name_or_id: str) -> list[str]:
    """Ids `name_or_id` may mean, states and organisations first; raises when none."""
    key = name_or_id.strip()
    if kb.get(key) is not None or kb.memberships_of(key):
        # An id used by memberships counts even before its own record is loaded.
        return [key]
    # "--of Cambodian" means the state; resolve raises with suggestions when nothing fits.
    found = kb.lookup(name_or_id) or kb.lookup_demonym(name_or_id) or [kb.resolve(name_or_id)]
    bodies = [e for e in found if e.type in _BODIES]
    return [e.id for e in bodies + [e for e in found if e.type not in _BODIES]]


def holders(kb: "KnowledgeBase", title: str, of: str, on: str | None = None) -> list[tuple[KBEntity, Office]]:
    """(person, office) pairs for `title` (any variant) in `of` on `on`, earliest start first.

    `of` is a name or an id; when a name means several entities (Singapore the
    state and the city) the first one that has holders of this title is used.
    """
    on = _check_date(on)
    canonical = kb.titles.canonical(title)
    results: list[tuple[KBEntity, Office]] = []
    for body in _candidates(kb, of):
        pairs = kb.offices_of(canonical, body)
        results = [(kb.get(pid), office) for pid, office in pairs if office.covers(on)]
        if pairs:
            break
    results = [(person, office) for person, office in results if person is not None]
    if not results:
        results = _combined(kb, canonical, of, on)
    if on and kb.titles.single_holder(canonical):
        results = _handover(results, on)
    return sorted(results, key=lambda pair: (pair[1].start or "", pair[0].name))


def _combined(kb: "KnowledgeBase", canonical: str, of: str, on: str | None) -> list[tuple[KBEntity, Office]]:
    """For a combined title ("Deputy Prime Minister cum Foreign Minister"), the people
    holding every part of it in `of`, when nobody is recorded under the combined title."""
    entry = kb.titles.by_title.get(canonical)
    if entry is None or len(entry.includes) < 2:
        return []
    parts = [holders(kb, part, of, on) for part in entry.includes]
    common = set.intersection(*({p.id for p, _ in found} for found in parts))
    return [(p, o) for p, o in parts[-1] if p.id in common]


def _handover(results: list[tuple[KBEntity, Office]], on: str) -> list[tuple[KBEntity, Office]]:
    """On a handover day of a single-holder office, the incoming holder is the holder.

    Terms are inclusive at both ends, so without this the day Hun Manet took office
    would give two prime ministers.
    """
    incoming = any(office.start == on for _, office in results)
    if not incoming:
        return results
    return [(p, o) for p, o in results if not (o.end == on and o.start != on)]


def members(kb: "KnowledgeBase", org: str, on: str | None = None,
            role: str = MEMBER) -> list[tuple[KBEntity, Membership]]:
    """(member, membership) pairs of `org` with this `role` on `on`, by name."""
    on = _check_date(on)
    if role not in ROLES:
        raise KnowledgeBaseError(f"membership role {role!r} is unknown; use one of {', '.join(ROLES)}")
    results: list[tuple[KBEntity, Membership]] = []
    for body in _candidates(kb, org):
        pairs = [(mid, m) for mid, m in kb.memberships_of(body) if m.role == role]
        results = [(kb.get(mid), m) for mid, m in pairs if m.covers(on)]
        if pairs:
            break
    return sorted(((e, m) for e, m in results if e is not None), key=lambda pair: pair[0].name)


def _ref(kb: "KnowledgeBase", entity_id: str) -> dict:
    other = kb.get(entity_id)
    return {"id": entity_id, "name": other.name if other else None}


_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&-]{1,9}$")


def short_name(entity: KBEntity) -> str | None:
    """The acronym news uses for an organisation ("ACMECS"), when its name is longer."""
    if entity.type not in ("ORGANIZATION", "FRAMEWORK"):
        return None         # "PH" for the Philippines is a code, not a name news uses
    acronyms = entity.attrs.get("acronyms") or []
    written = [acronyms] if isinstance(acronyms, str) else list(acronyms)
    candidates = written + [a for a in entity.aliases if _ACRONYM.match(a) and a.upper() == a]
    return next((a for a in candidates if a != entity.name), None)


def _refs(kb: "KnowledgeBase", entity: KBEntity) -> dict[str, dict]:
    """Every entity id named in `attrs`, with its name: the JSON keeps the ids and adds names."""
    out = {}
    for entity_id in dict.fromkeys(attr_ids(entity.attrs)):
        other = kb.get(entity_id)
        ref = {"id": entity_id, "name": other.name if other else None,
               "type": other.type if other else None}
        if other and short_name(other):
            ref["acronym"] = short_name(other)
        out[entity_id] = ref
    return out


def chairs_on(entity: KBEntity, on: str) -> list[dict]:
    """The `attrs.chairs` entries (chair by calendar year) for the year of `on`."""
    year = int(on[:4])
    return [c for c in entity.attrs.get("chairs") or [] if isinstance(c, dict) and c.get("year") == year]


def show(kb: "KnowledgeBase", name_or_id: str, on: str | None = None) -> dict:
    """The entity named by `name_or_id` as a dict; offices/memberships limited to `on` if given.

    Ids stay ids (`attrs` as in the data file); `refs` gives the name of each id
    named in `attrs`, and the `of`/`member` of relations are {"id", "name"}.
    """
    on = _check_date(on)
    entity = kb.resolve(name_or_id)
    record = entity.to_dict()
    record["offices"] = [{**o.to_dict(), "of": _ref(kb, o.of)} for o in entity.offices if o.covers(on)]
    # Memberships however written: on this entity, on the organisation, or in its attrs.
    record["memberships"] = [{**m.to_dict(), "of": _ref(kb, m.of)}
                             for m in kb.memberships_in(entity.id) if m.covers(on)]
    # Who holds offices in it and who belongs to it, so one `show` answers both directions.
    record["members"] = sorted(
        ({**m.to_dict(), "member": _ref(kb, mid)} for mid, m in kb.memberships_of(entity.id) if m.covers(on)),
        key=lambda m: (ROLES.index(m.get("role", MEMBER)), m["member"]["name"] or m["member"]["id"]))
    record["office_holders"] = _office_holders(kb, entity.id, on) if on else []
    record["refs"] = _refs(kb, entity)
    record["other_matches"] = [e.ref() for e in kb.lookup(name_or_id) if e.id != entity.id]
    if on:
        record["on"] = on
        if entity.attrs.get("chairs"):
            record["chair_on"] = [{**c, "country": _ref(kb, c.get("country", ""))} for c in chairs_on(entity, on)]
    return record


def _office_holders(kb: "KnowledgeBase", of_id: str, on: str) -> list[dict]:
    seen: set[tuple[str, str]] = set()
    out = []
    for title in sorted(kb.titles.by_title):
        for pid, office in kb.offices_of(title, of_id):
            if office.covers(on) and (pid, office.title) not in seen:
                seen.add((pid, office.title))
                out.append({**office.to_dict(), "person": _ref(kb, pid)})
    return out


def describe_office(kb: "KnowledgeBase", office: Office) -> str:
    """One line for text output: "Foreign Minister of Cambodia, 2016-04-04 – 2023-08-22"."""
    of = kb.get(office.of)
    end = office.end or (f"present? (checked to {office.checked_until})" if office.checked_until else "present")
    span = f"{office.start or '?'} – {end}"
    return f"{office.title} of {of.name if of else office.of}, {span}"
