"""`concord kb validate`: every problem of the KB data, reported at once with its place.

Checks: each line is a JSON object of the schema (docs/kb.md); ids are unique
within a directory (a user directory may override on purpose); an alias shared by
two entities is reported unless one of them lists it in `ambiguous_aliases`; the
terms of a single-holder office (titles.json) do not overlap; every dated fact has
a source; every `of`/`member` id exists; the titles file has no variant claimed twice.

Problems are errors (the KB is wrong) or warnings (probably fine, worth a look).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from concord.document import ENTITY_TYPES
from concord.errors import KnowledgeBaseError
from concord.kb.base import written_aliases
from concord.kb.load import kb_files, read_records
from concord.kb.model import ATTR_ROLES, ROLES, KBEntity, attr_ids, attr_memberships, is_date, parse_date
from concord.kb.normalize import normalize_name
from concord.kb.titles import Titles, default_titles

_ID = re.compile(r"^(Q\d+|[a-z]+:[a-z0-9][a-z0-9._-]*)$")
_QID = re.compile(r"^Q\d+$")
KNOWN_KEYS = {"id", "type", "name", "wikidata", "aliases", "ambiguous_aliases", "offices",
              "memberships", "members", "attrs"}
_SPAN_KEYS = {"start", "end", "source", "note"}


@dataclass
class Report:
    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    entities: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, where: str, message: str) -> None:
        self.errors.append((where, message))

    def warn(self, where: str, message: str) -> None:
        self.warnings.append((where, message))

    def lines(self) -> list[str]:
        out = [f"error: {w}: {m}" for w, m in self.errors]
        out += [f"warning: {w}: {m}" for w, m in self.warnings]
        out.append(f"{self.entities} entities, {len(self.errors)} errors, {len(self.warnings)} warnings")
        return out

    def to_dict(self) -> dict:
        return {"ok": self.ok, "entities": self.entities,
                "errors": [{"where": w, "message": m} for w, m in self.errors],
                "warnings": [{"where": w, "message": m} for w, m in self.warnings]}


def _check_span(item: dict, where: str, report: Report) -> bool:
    """Dates are ISO and ordered; a dated fact has a source. False when dates are unusable."""
    good = True
    for key in ("start", "end"):
        value = item.get(key)
        if value is not None and not is_date(value):
            report.error(where, f"{key} {value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
            good = False
    if good and item.get("start") and item.get("end") and parse_date(item["start"]) > parse_date(item["end"], end=True):
        report.error(where, f"start {item['start']} is after end {item['end']}")
        good = False
    if (item.get("start") or item.get("end")) and not str(item.get("source") or "").strip():
        report.error(where, "dated fact without a source; add \"source\": a URL or document name")
    return good


def _check_record(record: dict, where: str, titles: Titles, report: Report) -> bool:
    """Schema of one entity line; False when it cannot be loaded at all."""
    missing = [k for k in ("id", "type", "name") if not record.get(k)]
    if missing:
        report.error(where, f"missing {', '.join(missing)}")
        return False
    if not _ID.match(str(record["id"])):
        report.error(where, f"id {record['id']!r} is neither a Wikidata QID nor a local id like 'org:name'")
    if record["type"] not in ENTITY_TYPES:
        report.error(where, f"type {record['type']!r} is not one of {', '.join(ENTITY_TYPES)}")
    if record.get("wikidata") and not _QID.match(str(record["wikidata"])):
        report.error(where, f"wikidata {record['wikidata']!r} is not a QID like Q424")
    if _QID.match(str(record["id"])) and record.get("wikidata") not in (None, record["id"]):
        report.error(where, f"id {record['id']} and wikidata {record['wikidata']} disagree")
    for key in sorted(set(record) - KNOWN_KEYS):
        report.warn(where, f"unknown key {key!r} (known: {', '.join(sorted(KNOWN_KEYS))})")
    for key in ("aliases", "ambiguous_aliases", "offices", "memberships", "members"):
        if not isinstance(record.get(key) or [], list):
            report.error(where, f"{key} must be a list")
            return False
    if not isinstance(record.get("attrs") or {}, dict):
        report.error(where, "attrs must be an object")
        return False
    for n, office in enumerate(record.get("offices") or [], 1):
        at = f"{where} office {n}"
        if not isinstance(office, dict) or not office.get("title") or not office.get("of"):
            report.error(at, "an office needs at least \"title\" and \"of\" (an entity id)")
            return False
        _unknown_keys(office, {"title", "of", "local_title", "acting", "checked_until"} | _SPAN_KEYS, at, report)
        if not titles.known(office["title"]):
            report.warn(at, f"title {office['title']!r} is not in titles.json; add it or a variant")
        _check_span(office, at, report)
    for key, other in (("memberships", "of"), ("members", "member")):
        for n, item in enumerate(record.get(key) or [], 1):
            at = f"{where} {key[:-1]} {n}"
            if not isinstance(item, dict) or not item.get(other):
                report.error(at, f"needs \"{other}\" (an entity id)")
                return False
            _unknown_keys(item, {other, "role"} | _SPAN_KEYS, at, report)
            if item.get("role", "member") not in ROLES:
                report.error(at, f"role {item['role']!r} is not one of {', '.join(ROLES)}")
            _check_span(item, at, report)
    _check_attr_lists(record["attrs"] if isinstance(record.get("attrs"), dict) else {}, where, report)
    return True


def _check_attr_lists(attrs: dict, where: str, report: Report) -> None:
    """`attrs` lists read as memberships (sectoral_partners) and `chairs` are well formed."""
    for key in ATTR_ROLES:
        for n, item in enumerate(attrs.get(key) or [], 1):
            at = f"{where} attrs.{key} {n}"
            if not isinstance(item, dict) or not (item.get("country") or item.get("member")):
                report.error(at, "needs \"country\" (an entity id) and a \"source\"")
                continue
            _check_span(item, at, report)
    for n, item in enumerate(attrs.get("chairs") or [], 1):
        at = f"{where} attrs.chairs {n}"
        if not isinstance(item, dict) or not isinstance(item.get("year"), int) or not item.get("country"):
            report.error(at, "a chair needs \"year\" (a number) and \"country\" (an entity id)")
        elif not str(item.get("source") or "").strip():
            report.error(at, "a chair year needs \"source\": a URL or document name")


def _unknown_keys(item: dict, known: set[str], where: str, report: Report) -> None:
    for key in sorted(set(item) - known):
        report.warn(where, f"unknown key {key!r}")


def _check_references(entities: dict[str, KBEntity], report: Report) -> None:
    for entity in entities.values():
        refs = [(f"office {o.title!r}", o.of) for o in entity.offices]
        refs += [("membership", m.of) for m in entity.memberships]
        refs += [("member", m.member) for m in entity.members]
        refs += [(f"attrs {m.role}", m.member) for m in attr_memberships(entity)]
        for what, target in refs:
            if target not in entities:
                report.error(entity.origin, f"{entity.id} {what}: {target!r} is not an entity id in the KB")
        # Ids in attrs (parent, series, chairs[].country, ...) are cues, so a dangling one is a warning.
        attrs = {k: v for k, v in entity.attrs.items() if k not in ATTR_ROLES}
        for target in dict.fromkeys(attr_ids(attrs)):
            if _ID.match(target) and target not in entities:
                report.warn(entity.origin, f"{entity.id} attrs: {target!r} is not an entity id in the KB")


def _check_aliases(entities: dict[str, KBEntity], report: Report) -> None:
    """An alias naming two entities must be marked ambiguous by one of them."""
    owners: dict[str, dict[str, bool]] = defaultdict(dict)     # key -> {entity id: written by hand}
    allowed: dict[str, set[str]] = defaultdict(set)
    for entity in entities.values():
        acronyms = entity.attrs.get("acronyms") or []
        acronyms = [acronyms] if isinstance(acronyms, str) else acronyms
        written = {normalize_name(str(a)) for a in (entity.name, *entity.aliases, *acronyms)}
        for text in written_aliases(entity):
            key = normalize_name(text)
            if key:
                owners[key][entity.id] = owners[key].get(entity.id, False) or key in written
        for text in entity.ambiguous_aliases:
            allowed[normalize_name(text)].add(entity.id)
    for key, ids in sorted(owners.items()):
        if len(ids) < 2 or allowed[key] & set(ids):
            continue
        names = ", ".join(f"{entities[i].name} [{i}]" for i in sorted(ids))
        message = f"alias {key!r} names {names}; list it in \"ambiguous_aliases\" of one of them if meant"
        first = entities[sorted(ids)[0]].origin
        if sum(ids.values()) >= 2:
            report.error(first, message)
        else:
            report.warn(first, message + " (one side only through a generated form)")


@dataclass(frozen=True, slots=True)
class _Term:
    """One spell of a single-holder office, its possibly partial dates widened to intervals."""
    entity: KBEntity
    start: str
    end: str | None
    start_lo: str       # earliest and latest day the term may have started
    start_hi: str
    end_lo: str         # earliest and latest day it may have ended (open: far future)
    end_hi: str

    @classmethod
    def of(cls, entity: KBEntity, start: str, end: str | None) -> "_Term":
        # "2002-07" as a start means some day of July 2002: any of them, not just the 1st.
        end_lo, end_hi = (parse_date(end), parse_date(end, end=True)) if end else (_OPEN, _OPEN)
        return cls(entity, start, end, parse_date(start), parse_date(start, end=True), end_lo, end_hi)

    def span(self) -> str:
        return f"{self.start} – {self.end or 'present'}"


_OPEN = "9999-12-31"


def _overlap(a: _Term, b: _Term) -> str | None:
    """"certain", "possible" or None. Terms are inclusive and a handover day is not an
    overlap, so b overlaps a when b starts strictly before a ends, and a before b ends."""
    if b.start_hi < a.end_lo and a.start_hi < b.end_lo:
        return "certain"
    if b.start_lo < a.end_hi and a.start_lo < b.end_hi:
        return "possible"
    return None


def _check_terms(entities: dict[str, KBEntity], titles: Titles, report: Report) -> None:
    """No two people hold a single-holder office in the same `of` at once.

    Partial dates are intervals: an overlap that every reading of them gives is an
    error, one that only some readings give ("2002-07" against a term ending on
    2002-07-12) is a warning asking for the exact day.
    """
    terms: dict[tuple[str, str], list[_Term]] = defaultdict(list)
    for entity in entities.values():
        for office in entity.offices:
            if office.start is None or not is_date(office.start) or (office.end and not is_date(office.end)):
                continue
            for title in titles.counts_as(office.title, office.of):
                if titles.single_holder(title):
                    terms[(title, office.of)].append(_Term.of(entity, office.start, office.end))
    for (title, of), spells in terms.items():
        spells.sort(key=lambda t: (t.start_lo, t.start_hi))
        for n, a in enumerate(spells):
            for b in spells[n + 1:]:
                if b.start_lo >= a.end_hi:
                    break       # sorted by earliest start: no later term can overlap a either
                kind = None if a.entity is b.entity else _overlap(a, b)
                where = f"{title} of {of}: {b.entity.name} from {b.start}"
                if kind == "certain":
                    report.error(b.entity.origin, f"{where} overlaps {a.entity.name} ({a.span()})")
                elif kind == "possible":
                    report.warn(b.entity.origin, f"{where} may overlap {a.entity.name} ({a.span()}); "
                                                 "a partial date leaves it open: give the exact day")


def _check_word_lists(report: Report) -> None:
    """The packaged honorifics and Wikidata class table are well formed."""
    from concord.kb.normalize import honorifics
    from concord.kb.wikidata import class_types
    try:
        if not all(h.strip() for h in honorifics()):
            report.error("honorifics.json", "an honorific has an empty text")
    except (KeyError, TypeError, ValueError) as exc:
        report.error("honorifics.json", f"cannot read: {exc}; expected {{\"honorifics\": [{{\"text\": ...}}]}}")
    for qid, kind in class_types().items():
        if not _QID.match(qid) or kind not in ENTITY_TYPES:
            report.error("wikidata_classes.json", f"{qid}: {kind!r} is not a QID mapped to one of {ENTITY_TYPES}")


def validate_dirs(directories: Iterable[Path], titles: Titles | None = None) -> Report:
    """Validate the entity files of these directories, read in order (later ones override)."""
    titles = titles or default_titles()
    report = Report()
    for clash in titles.clashes:
        report.error("titles.json", clash)
    _check_word_lists(report)
    entities: dict[str, KBEntity] = {}
    for directory in directories:
        seen_here: dict[str, str] = {}
        try:
            files = kb_files(Path(directory))
        except KnowledgeBaseError as exc:
            report.error(str(directory), str(exc))
            continue
        for path in files:
            for origin, record, error in read_records(path):
                origin = f"{directory.name}/{origin}" if directory.name != "data" else origin
                if error or not isinstance(record, dict):
                    report.error(origin, error or "a line must be one JSON object")
                    continue
                if not _check_record(record, origin, titles, report):
                    continue
                entity = KBEntity.from_dict(record, origin)
                if entity.id in seen_here:
                    report.error(origin, f"id {entity.id} already used at {seen_here[entity.id]}")
                seen_here[entity.id] = origin
                entities[entity.id] = entity
    report.entities = len(entities)
    _check_references(entities, report)
    _check_aliases(entities, report)
    _check_terms(entities, titles, report)
    return report
